"""Reading the audit trail (issue 8 §5): the history of a member, an activity, a criterion or any
entity, the most recent entries, and the subjects a history can be asked for, each entry with
the names of the commune's records it mentions. The words an entry is told in: audit.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from db import audit as audit_db
from desktop.domain.errors import DomainError
from desktop.services.safety.audit import (
    INVITATION_KEY,
    PACKAGE_ENTITIES,
    PACKAGE_KEY,
    AuditEntry,
    invitation_words,
    package_words,
)


# An invitation this unit made, one it joined with (as the exchange's invitations store them).
ISSUED, JOINED = "issued", "joined"

# What "the history of X" covers.
KINDS = {"member": ("member", "membership_event"), "activity": ("volunteer_activity", "cycle_log")}


def commune_names(ctx) -> dict[str, str]:
    """{id: name} of the commune models (city and local) and their criteria: a city criterion as
    "CQTT-3.6 — <name>" (the number of its guide), a local one by its name only (its code is made
    up), a local topic as "<model>: <criterion>". The Chi đoàn catalogs keep their codes."""
    from desktop.services.catalogs import all_catalogs, bundled_catalogs, is_youth_catalog

    try:
        cats = all_catalogs(ctx)
    except Exception:  # noqa: BLE001 - the history must open even if a catalog cannot be read
        return {}
    from desktop.domain.commune import made_up_codes

    city = bundled_catalogs()
    out: dict[str, str] = {}
    for cid, cat in cats.items():
        if is_youth_catalog(cat):
            continue
        out[cid] = cat.title_vi
        coded = cid in city or not made_up_codes(cat)
        for c in cat.criteria:
            out[c.id] = f"{c.id} — {c.title_vi}" if coded else c.title_vi
            out[f"{cid}/{c.id}"] = f"{cat.title_vi}: {c.title_vi}"
    return out


def unit_names(ctx) -> dict[str, Any]:
    """{code: name} of every unit this installation knows (its own, those below it, those it
    exchanges packages with, those named on an invitation), and the invitations in words
    (audit.invitation_words) under "invitation:<id>": the history says a unit by its name and an
    invitation by the unit and its date, never by a code or an id."""
    from db.repo import sync as sync_repo
    from db.repo import units as units_repo

    out: dict[str, Any] = {}
    with ctx.uow.read() as s:
        invitations = [*sync_repo.list_invitations(s, ISSUED), *sync_repo.list_invitations(s, JOINED)]
        for i in invitations:
            out[i.branch_code] = i.branch_name
            out[i.parent_code] = i.parent_name
        out.update({u.unit_code: u.name for u in sync_repo.list_enrolled(s) if u.name})
        out.update({u.code: u.name for u in units_repo.list_all(s)})
    for i in invitations:
        issued = i.direction == ISSUED
        code, name = (i.branch_code, i.branch_name) if issued else (i.parent_code, i.parent_name)
        out[INVITATION_KEY + i.invitation_id] = invitation_words(
            issued, out.get(code) or name, _local(i.created_at).date()
        )
    return out


def package_names(ctx, package_ids: set[str], units: dict[str, Any] | None = None) -> dict[str, Any]:
    """The packages sent and received in words (audit.package_words) under "package:<id>" (a
    received one also under "package:<its row number>", as a record brought in names it), with
    {code: name} of the units they went to or came from."""
    from db.repo import received as received_repo
    from db.repo import sync as sync_repo

    units = unit_names(ctx) if units is None else units
    with ctx.uow.read() as s:
        out: dict[str, Any] = dict(units)
        for it in sync_repo.outbox_items(s, package_ids=sorted(package_ids)):
            to = units.get(it.recipient_code, it.recipient_code)
            out[PACKAGE_KEY + it.package_id] = package_words(it.kind, it.period, it.quarter, to=to)
        rest = sorted(package_ids - {k[len(PACKAGE_KEY) :] for k in out if k.startswith(PACKAGE_KEY)})
        for pid, r in received_repo.received_by_packages(s, [p for p in rest if not p.isdigit()]).items():
            sender = r.sender_name or units.get(r.sender_code or "", r.sender_code or "")
            out[PACKAGE_KEY + pid] = package_words(r.kind, r.period, r.quarter, sender=sender)
        for row_id in (p for p in rest if p.isdigit()):
            r = received_repo.received_row(s, int(row_id))
            if r is not None:
                sender = r.sender_name or units.get(r.sender_code or "", r.sender_code or "")
                out[PACKAGE_KEY + row_id] = package_words(r.kind, r.period, r.quarter, sender=sender)
    return out


def _with_names(ctx, entries: list[AuditEntry]) -> list[AuditEntry]:
    from dataclasses import replace

    if not entries:
        return entries
    units = unit_names(ctx)
    packages = {str(e.entity_id) for e in entries if e.entity in PACKAGE_ENTITIES and e.entity_id}
    packages |= {  # a package a record names ("package": the return that reopened a registration)
        v["package"]
        for e in entries
        for v in (e.before, e.after)
        if isinstance(v, dict) and isinstance(v.get("package"), str) and v["package"]
    }
    names = {**catalog_names(ctx), **(package_names(ctx, packages, units) if packages else units)}
    names.update(owner_titles(ctx, entries))
    if any(e.entity.startswith("commune_") for e in entries):
        commune = {**names, **commune_names(ctx)}
        return [replace(e, names=commune if e.entity.startswith("commune_") else names) for e in entries]
    return [replace(e, names=names) for e in entries]


def owner_titles(ctx, entries: list[AuditEntry]) -> dict[str, str]:
    """{"cycle_log:<id>": title} of the evidence records the files in ``entries`` are attached to:
    from the records' own entries (a deleted record too), else from the database."""
    wanted = {
        str(v["owner_id"])
        for e in entries
        if e.entity == "attachment"
        for v in (e.before, e.after)
        if isinstance(v, dict) and v.get("owner_kind") == "cycle_log" and v.get("owner_id") is not None
    }
    if not wanted:
        return {}
    out: dict[str, str] = {}
    for e in entries:
        if e.entity == "cycle_log" and str(e.entity_id) in wanted and f"cycle_log:{e.entity_id}" not in out:
            title = e._said("title")
            if title:
                out[f"cycle_log:{e.entity_id}"] = title
    missing = [i for i in wanted if f"cycle_log:{i}" not in out and i.isdigit()]
    if missing:
        from db.repo import cycle as cycle_repo

        with ctx.uow.read() as s:
            for i in missing:
                log = cycle_repo.get_log(s, int(i))
                if log is not None and log.title:
                    out[f"cycle_log:{i}"] = log.title
    return out


def catalog_names(ctx) -> dict[str, Any]:
    """{id: title} of the Chi đoàn criteria catalogs ("Phong trào: chi-doan-xhcn" is said by its
    title, in the language the history is read in)."""
    from desktop.domain.phrases import CatalogText
    from desktop.services.catalogs import all_catalogs, is_youth_catalog

    try:
        cats = all_catalogs(ctx)
    except Exception:  # noqa: BLE001 - the history must open even if a catalog cannot be read
        return {}
    return {cid: CatalogText(cat, "title") for cid, cat in cats.items() if is_youth_catalog(cat)}


def _local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _entry(d: dict) -> AuditEntry:
    return AuditEntry(
        id=d["id"],
        at=_local(d["at"]),
        actor=d["actor"],
        action=d["action"],
        entity=d["entity"],
        entity_id=d["entity_id"],
        unit_code=d["unit_code"],
        before=d["before"],
        after=d["after"],
    )


def history_of(ctx, kind: str, key: Any, *, limit: int = 5000) -> list[AuditEntry]:
    """Oldest first. kind "member" / "activity" (by id), "criterion" (by ID such as "CD-1.2":
    every entry whose values mention it), or any entity name."""
    key = str(key).strip()
    if not key:
        raise DomainError("Chưa nhập mã cần xem lịch sử.", field="key")
    with ctx.uow.read() as s:
        if kind == "criterion":
            rows = audit_db.search(s, mentions=key, limit=limit)
            rows = [r for r in rows if _mentions_criterion(r, key)]
        else:
            rows = audit_db.search(s, entities=KINDS.get(kind, (kind,)), entity_id=key, limit=limit)
    return _with_names(ctx, [_entry(r) for r in rows])


def _mentions_criterion(row: dict, cid: str) -> bool:
    """Exact criterion ID ("CD-1.2" must not match "CD-1.21")."""
    if row["entity_id"] == cid:
        return True
    text = json.dumps([row["before"], row["after"]], ensure_ascii=False)
    return f'"{cid}"' in text


def recent(
    ctx, *, entity: str | None = None, actor: str | None = None, text: str | None = None, limit: int = 1000
) -> list[AuditEntry]:
    with ctx.uow.read() as s:
        rows = audit_db.search(
            s, entities=(entity,) if entity else None, actor=actor, mentions=text or None, limit=limit
        )
    return _with_names(ctx, [_entry(r) for r in rows])


def entity_kinds(ctx) -> list[tuple[str, int]]:
    with ctx.uow.read() as s:
        return audit_db.entity_kinds(s)


def subjects_of(ctx, kind: str) -> list[tuple[str, str]]:
    """(key, label) of every member / activity / … the trail mentions (deleted ones too)."""
    with ctx.uow.read() as s:
        found = audit_db.subjects(s, KINDS.get(kind, (kind,))[:1])
    return [(k, "" if label == audit_db.REDACTED_VALUE else label) for k, label in found]
