"""A Đoàn cơ sở stores a branch's record (issue 7; issue 17 item 5): the newest record each
branch sent in a registration or year-end package is written into the Đoàn cơ sở's tables for
that branch (read-only there), only the sections the branch owns, with its evidence files; the
record's checksum tells whether it changed since the last one written.

What the other kinds of package do on arrival is desktop/services/exchange/records.py.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from db import audit
from db.repo import recognition as rec_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.members import name_key
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.sync import package as pkg


# ============================================================== a Đoàn cơ sở stores a branch's record
def record_sha(data: dict) -> str | None:
    rec = data.get("record") if isinstance(data, dict) else None
    return hashlib.sha256(pkg.canonical_json(rec)).hexdigest() if isinstance(rec, dict) else None


def _held(s, me: Unit, code: str) -> tuple[bool, bool]:
    """Whether the branch is stored here, and whether the Đoàn cơ sở decided anything about it."""
    exists = units_repo.row_id(s, code) is not None
    return exists, exists and rec_repo.decided_by(s, code, me.code)


def _owned_sections(ctx: AppContext, me: Unit, code: str, record: dict, held: tuple[bool, bool] | None = None) -> dict:
    """What the Đoàn cơ sở itself decided about the branch (appraisals, recognitions it issued)
    stays as it is here when a newer record of the branch arrives (``held``: ``_held``, when the
    caller read it already)."""
    from desktop.services.exchange.interchange_export import export_document

    if held is None:
        with ctx.uow.read() as s:
            held = _held(s, me, code)
    exists, decided = held
    if not exists:
        return {k: v for k, v in record.items() if k != "member_appraisals"}
    # The Đoàn cơ sở's appraisals of the branch's members are its own: never taken from the branch's
    # record; the import keeps those stored here for the members found again in the record.
    if not decided:  # nothing of ours to keep (most branches): what the export below would give
        out = {k: v for k, v in record.items() if k not in ("appraisals", "member_appraisals")}
        for k in ("branch_recognitions", "member_recognitions"):
            kept = [r for r in record.get(k, []) if r.get("issuer_code") != me.code]
            if kept:
                out[k] = kept
            else:
                out.pop(k, None)
        return out
    try:
        cur = export_document(ctx, code)
    except DomainError:
        return record
    out = dict(record)  # only whole sections are replaced below; the record is parsed afresh for each call
    out.pop("member_appraisals", None)
    out["appraisals"] = cur.get("appraisals", [])
    names = {m["id"]: name_key(m["full_name"]) for m in cur.get("members", [])}
    new_ids: dict[str, list[str]] = {}
    for m in out.get("members", []):
        new_ids.setdefault(name_key(m["full_name"]), []).append(m["id"])
    mine_b = [r for r in cur.get("branch_recognitions", []) if r.get("issuer_code") == me.code]
    mine_m = []
    for r in cur.get("member_recognitions", []):
        if r.get("issuer_code") != me.code:
            continue
        ids = new_ids.get(names.get(r["member"], ""), [])
        if len(ids) == 1:
            mine_m.append({**r, "member": ids[0]})
    out["branch_recognitions"] = mine_b + [
        r for r in record.get("branch_recognitions", []) if r.get("issuer_code") != me.code
    ]
    out["member_recognitions"] = mine_m + [
        r for r in record.get("member_recognitions", []) if r.get("issuer_code") != me.code
    ]
    for k in ("appraisals", "branch_recognitions", "member_recognitions"):
        if not out[k]:
            out.pop(k)
    return out


def apply_records(ctx: AppContext, me: Unit, senders, progress=None) -> dict[str, str]:
    """For each sender, write the newest record it sent into this installation's tables (once:
    an unchanged record is skipped). Returns a note per sender whose record could not be used."""
    from desktop.services.exchange.interchange import import_document

    notes: dict[str, str] = {}
    senders = sorted(set(senders))
    with ctx.uow.read() as s:
        records = repo.newest_records(s, senders, me.code)  # the senders with a record, at once
    for i, code in enumerate(senders):
        if progress is not None:
            progress(i, len(senders), f"Cập nhật dữ liệu chi đoàn {code}")
        newest, last = records.get(code, (None, None))
        if newest is None or newest[1] == last:
            continue
        with ctx.uow.read() as s:
            data = json.loads(repo.received_data(s, newest[0]) or "null")
            held = _held(s, me, code) if isinstance(data, dict) else None
        if not isinstance(data, dict):
            continue
        doc = _owned_sections(ctx, me, code, data["record"], held)

        def applied(s, row_id=newest[0], sha=newest[1], code=code) -> None:
            repo.mark_record_applied(s, row_id)
            audit.record(
                s,
                actor=ctx.actor,
                action="apply_record",
                entity="received_package",
                entity_id=str(row_id),
                unit_code=code,
                after={"record_sha256": sha},
            )

        try:
            if doc.get("attachments"):
                _store_evidence(ctx, newest[0])
            # Known by the record's own SHA-256; marked as applied in the same transaction; the
            # result's warnings are not shown here.
            import_document(ctx, doc, remember=False, then=applied, same_people=False)
        except DomainError as exc:
            note = f"Dữ liệu chi tiết của chi đoàn chưa cập nhật được: {str(exc)[:400]}"
            notes[code] = note
            with ctx.uow.begin() as s:
                repo.add_reason_note(s, newest[0], note)
            continue
    return notes


def _store_evidence(ctx: AppContext, row_id: int) -> None:
    """The evidence files that came in a package, into this installation's content-addressed
    store (attachments/<sha[:2]>/<sha><ext>), each checked against its name's SHA-256."""
    import os
    import tempfile

    from desktop.services.attachments import store_file
    from desktop.services.exchange.sync import stored_bytes
    from desktop.sync.verify import open_package

    with ctx.uow.read() as s:
        row = repo.received_row(s, row_id)
    if row is None or not row.stored_name:
        return
    opened = open_package(stored_bytes(ctx, row.stored_name))
    for name, content in opened.members.items():
        if not name.startswith(pkg.EVIDENCE_DIR):
            continue
        base = name[len(pkg.EVIDENCE_DIR) :]
        sha = base.split(".", 1)[0]
        if hashlib.sha256(content).hexdigest() != sha or list((ctx.data.attachments / sha[:2]).glob(sha + "*")):
            continue
        fd, tmp = tempfile.mkstemp(dir=ctx.data.root, suffix=Path(base).suffix)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
            store_file(ctx.data, tmp)
        finally:
            Path(tmp).unlink(missing_ok=True)
