"""Data interchange (issue 5 item 6): the whole record of a unit as ONE JSON document.

    export_document(ctx, unit_code=None) -> dict      `sothidua data export --out FILE.json`
    import_document(ctx, doc) -> ImportResult          `sothidua data import FILE.json`

The document is described by resources/schemas/unit-data.schema.json (draft 2020-12) and in
docs/formats/du-lieu-trao-doi.md. Records name members by a file-local id ("m1"), never a database id.

Import checks, in this order, and reports EVERY problem with its path (``members[12].date_of_birth``)
and a Vietnamese message: the JSON Schema; then the rules of each area (the same checks as the
screens: member fields, membership history, log kinds, volunteer days, periods, catalogs);
then it writes everything in one transaction — all or nothing:

* into an empty data folder: the file's unit becomes this installation's own unit (a unit
  moving to a new PC), with the units below it;
* into a Đoàn cơ sở (or higher) whose code is the file's ``parent_code`` (or a unit below it):
  the branch is added, or its data replaced;
* into the installation whose own unit is the file's unit: its data is replaced.

A unit in the file replaces ALL of that unit's records (members, logs, volunteer activities,
step-3 records, settings); units not in the file are never touched. References from other
units' records to a replaced member (a Đoàn cơ sở activity crediting a branch member) are kept
by matching the member again (card number, else name + date of birth); so are the rows hanging
off a replaced member that the file does not give (the Đoàn cơ sở's appraisals of members in an
older file, the members' facts of periods other than today's). Importing a file whose
content is already stored changes nothing (not even the audit trail).

This module writes a checked document; its parts: interchange_read.py (limits, errors, parsing,
the schema check), interchange_check.py and interchange_recognition.py (the rules of each
area, giving the plan of rows), interchange_export.py (the export).
"""

from __future__ import annotations

import hashlib
import json
import marshal
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from db import audit
from db.repo import interchange as repo
from db.repo import interchange_digest as digest
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.member_fast import member_of
from desktop.domain.members import Member
from desktop.domain.units import Unit
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.membership import bulk_objects, same_people_touching
from desktop.services.exchange.interchange_read import FORMAT, OWNERS, VERSION, _Plan, read_file
from desktop.services.exchange.interchange_check import check_document, file_same_people
from desktop.services.exchange.interchange_export import _differs_surely, doc_outline, export_in_session, plan_outline


def _ticks_as_facts(s, ctx: AppContext, plan: "_Plan", members: list[Member]) -> dict[str, str]:
    """The CD-3.3 … CD-3.5 ticks of members brought in: facts of the period running today, which
    depends on the unit's kind and settings only: those of the plan, as written (``period_in``
    would read them back), once per kind and settings (a Đoàn cơ sở's 300 branches: a few)."""
    from desktop.domain.periods import unit_period
    from desktop.domain.settings import with_defaults
    from desktop.services.membership import record_period_facts

    if not members:
        return {}
    today, labels, seen = ctx.today(), {}, {}
    for e in plan.units:
        u = e["unit"]
        key = (u.kind, u.is_school, text := json.dumps(e["rows"]["settings"], sort_keys=True, ensure_ascii=False))
        if key not in seen:
            settings = with_defaults(json.loads(text), u.kind)
            seen[key] = unit_period(None, school=u.is_school, settings=settings, on=today, unit_code=u.code).label
        labels[u.code] = seen[key]
    record_period_facts(s, ctx, members, labels)
    return labels


# ============================================================================= import: writing


@dataclass(frozen=True)
class ImportResult:
    changed: bool
    mode: str  # new_installation | own_unit | branch
    unit_code: str
    units: tuple[str, ...]
    counts: dict
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        return {
            "ok": True,
            "changed": self.changed,
            "mode": self.mode,
            "unit": self.unit_code,
            "units": list(self.units),
            "counts": self.counts,
            "warnings": list(self.warnings),
        }


def _mode(s, root: Unit) -> str:
    me = units_repo.get_self(s)
    if me is None:
        return "new_installation"
    if me.code == root.code:
        return "own_unit"
    if root.parent_code and (root.parent_code == me.code or repo.is_below(s, root.parent_code, me.code)):
        if repo.is_below(s, root.code, me.code) or units_repo.get(s, root.code) is None:
            return "branch"
        raise DomainError(
            f"Mã đơn vị “{root.code}” đã dùng cho một đơn vị khác không trực thuộc “{me.code}”.", field="unit.code"
        )
    raise DomainError(
        f"Tệp là dữ liệu của “{root.code} — {root.name}” (cấp trên: {root.parent_code or 'không ghi'}), "
        f"không thuộc đơn vị của máy này (“{me.code} — {me.name}”). Chỉ nhập được: dữ liệu của chính đơn vị "
        f"này, của chi đoàn trực thuộc, hoặc vào một thư mục dữ liệu trống (chuyển sang máy mới).",
        field="unit.parent_code",
    )


def _counts(plan: _Plan) -> dict:
    return {
        "units": len(plan.units),
        "members": sum(len(e["rows"]["members"]) for e in plan.units),
        "logs": sum(len(e["rows"]["logs"]) for e in plan.units),
        "volunteer_activities": sum(len(e["rows"]["volunteer_activities"]) for e in plan.units),
    }


@dataclass(frozen=True)
class ImportPreview:
    """What a file would write, checked but not written (the first-run wizard's summary)."""

    unit: Unit
    units: tuple[Unit, ...]
    counts: dict
    mode: str  # new_installation | own_unit | branch
    warnings: tuple[str, ...] = ()  # the same person twice in the file (file_same_people)


def preview_interchange_file(ctx: AppContext, path: str | Path) -> ImportPreview:
    """Read and check a unit-data file without writing. Raises DomainError / InvalidDocument."""
    plan = check_document(ctx, read_file(path))
    root = plan.units[0]["unit"]
    with ctx.uow.read() as s:
        mode = _mode(s, root)
    return ImportPreview(
        root, tuple(e["unit"] for e in plan.units), _counts(plan), mode, tuple(file_same_people(plan, ctx.today()))
    )


def _canonical(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _file_root(doc: Any) -> str | None:
    """The code of the file's unit, when the document is shaped enough to say it."""
    unit = doc.get("unit") if isinstance(doc, dict) else None
    code = unit.get("code") if isinstance(unit, dict) else None
    if not isinstance(code, str) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        return None
    return code


def _doc_counts(doc: dict) -> tuple[tuple[str, ...], dict]:
    """The unit codes (depth first, as the plan lists them) and the counts of ``_counts``."""
    codes, docs = [], [doc]

    def walk(d: dict) -> None:
        codes.append(d["unit"]["code"])
        for child in d.get("branches", []):
            docs.append(child)
            walk(child)

    walk(doc)
    return tuple(codes), {
        "units": len(codes),
        "members": sum(len(d.get("members", [])) for d in docs),
        "logs": sum(len(d.get("logs", [])) for d in docs),
        "volunteer_activities": sum(len(d.get("volunteer_activities", [])) for d in docs),
    }


class _AlreadyStored(Exception):
    def __init__(self, mode: str):
        super().__init__(mode)
        self.mode = mode


_NOTHING_CHANGES = "Dữ liệu trong tệp đã có sẵn, không có gì thay đổi."


def _file_sha256(doc: Any) -> str | None:
    """SHA-256 of the document's content, or None when it holds something else than JSON values
    (refused by the check anyway). marshal version 2 spells every value out, with its type
    (true is not 1), in the document's order, never by reference to an object met before: the
    same file read again gives the same bytes (≈ 30 ms for 15.000 members; canonical JSON 0.3 s).
    The same content in another key order only gives another hash: a full import, never a
    change missed."""
    try:
        return hashlib.sha256(marshal.dumps(doc, 2)).hexdigest()
    except (ValueError, RecursionError):
        return None


def _same_json(stored: dict, doc: dict, doc_sha: str | None) -> bool:
    """Whether two equal documents are also the same JSON (``==`` takes true for 1): the same
    marshal bytes (same values, types and order: 30 ms), else the same canonical JSON (0.6 s)."""
    if doc_sha is not None and _file_sha256(stored) == doc_sha:
        return True
    return _canonical(stored) == _canonical(doc)


def import_document(
    ctx: AppContext,
    doc: Any,
    *,
    progress=None,
    remember: bool = True,
    then: Callable[[Any], None] | None = None,
    same_people: bool = True,
) -> ImportResult:
    """Validate and import a unit-data document (all or nothing). Raises InvalidDocument.

    A file that changes nothing is answered so without writing anything the user sees (no
    record, no audit entry), in one of three ways, from the cheapest:

    * the same file (its content) was imported here before, or found to change nothing, and
      every row an import of its units replaces is still exactly as it was then (one SHA-256 of
      those rows, db/repo/interchange_digest.py): a Đoàn cơ sở's 15.000 members again in about
      a second instead of 12–15 s of CPU (issue 23 item 7);
    * the file is exactly what this installation exports for the file's unit (exported here,
      or imported and exported again): nothing is checked, purged or written;
    * otherwise the file is checked and written; if the export of its units is then the same as
      before, the writing is undone. A branch whose file, and what it writes, show other names
      of members or other logs than its export would (``stored_outline``) is not exported.

    Any difference, one field of one member in the file, or one row changed here since, and the
    import goes the whole way. The stored records are read inside the write transaction.

    ``remember=False``: the file is not looked up nor remembered (a caller that already knows
    its records by their own hash, as a branch's record received in a package: a few ms each).

    ``then(session)``: written in the import's transaction once written or found unchanged (a
    package marked applied: both or neither). ``same_people=False``: no look for the same people
    in the Đoàn cơ sở for the result's warnings (a caller that does not show them)."""
    file_code = _file_root(doc)
    file_sha = _file_sha256(doc) if file_code and remember else None
    warnings: list[str] = []
    plan = None
    try:
        # The collector paused: the rows built and read are acyclic, and its passes over the
        # document's millions of objects cost a third of reading a Đoàn cơ sở's year back.
        with bulk_objects(), ctx.uow.begin() as s:
            stored = units_repo.get(s, file_code) if file_code else None
            if stored is not None and file_sha is not None:
                known = digest.known_state(s, file_code, file_sha)
                # The file was checked here before (its hash is only recorded then): its shape holds.
                if known is not None and known == digest.state_digest(s, list(_doc_counts(doc)[0])):
                    raise _AlreadyStored(_mode(s, stored))
            outline = repo.stored_outline(s, file_code) if stored is not None else None
            before = None
            if stored is not None and (outline is None or doc_outline(doc) in (None, outline)):
                before = export_in_session(s, file_code)
                # Equal dicts first (no copy, stops at the first difference), then the same JSON,
                # which also tells true from 1.
                if before == doc and _same_json(before, doc, file_sha):
                    raise _AlreadyStored(_mode(s, stored))  # nothing remembered: the export is as quick
            plan = check_document(ctx, doc)
            root = plan.units[0]["unit"]
            codes = [e["unit"].code for e in plan.units]
            counts = _counts(plan)
            mode = _mode(s, root)
            if root.code != file_code:  # pragma: no cover - the schema makes them one
                before = export_in_session(s, root.code) if units_repo.get(s, root.code) else None
            elif before is None and stored is not None and plan_outline(plan.units[0]) == outline:
                before = export_in_session(s, root.code)  # what it writes may be what is stored
            if before is None:
                _write(s, ctx, plan, mode, warnings, progress)
            else:
                # A savepoint: when the export comes out the same, the writing is undone but the
                # state found (unchanged) is remembered for the next time this file comes.
                nested = s.begin_nested()
                _write(s, ctx, plan, mode, warnings, progress)
                if not _differs_surely(before, plan) and before == export_in_session(s, root.code):
                    nested.rollback()
                    if file_sha is not None:
                        digest.remember(s, root.code, file_sha, digest.state_digest(s, codes))
                    if then is not None:
                        then(s)
                    return ImportResult(False, mode, root.code, tuple(codes), counts, (_NOTHING_CHANGES,))
                nested.commit()
            audit.record(
                s,
                actor=ctx.actor,
                action="import",
                entity="unit_data",
                entity_id=root.code,
                unit_code=root.code,
                before=None,
                after={"mode": mode, "units": codes, **counts},
            )
            if file_sha is not None:
                digest.remember(s, root.code, file_sha, digest.state_digest(s, codes))
            if then is not None:
                then(s)
    except _AlreadyStored as same:
        if then is not None:
            with ctx.uow.begin() as s:
                then(s)
        codes, counts = _doc_counts(doc)
        return ImportResult(False, same.mode, file_code, codes, counts, (_NOTHING_CHANGES,))
    if same_people:
        with bulk_objects():  # the file's objects are still alive: a pass of the collector costs 0.1 s
            warnings.extend(f"Trùng người: {t}" for t in same_people_touching(ctx, codes).texts_vi())
    return ImportResult(True, mode, root.code, tuple(codes), counts, tuple(warnings))


def _write(s, ctx: AppContext, plan: _Plan, mode: str, warnings: list[str], progress) -> None:
    existing = repo.stored_unit_ids(s, [e["unit"].code for e in plan.units])
    replaced = set(existing.values())
    old_identity = repo.member_identities(s, replaced) if replaced else {}
    # Links to the replaced units' members and rows hanging off them: none without members (a
    # branch's first record), then nothing to look for, nor to restore.
    links = repo.outside_links(s, replaced) if old_identity else None
    kept = repo.kept_rows(s, replaced) if old_identity else None  # appraisals, facts: not in the file
    if existing:
        repo.purge_units(s, existing)
    with repo.writing(s):
        _write_units(s, ctx, plan, mode, warnings, progress, (links, kept), old_identity, replaced)


def _write_units(
    s, ctx, plan: _Plan, mode: str, warnings: list[str], progress, carried, old_identity, replaced
) -> None:
    links, kept = carried
    unit_ids = repo.upsert_units(
        s,
        [
            (
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind.value,
                    "branch_type": u.branch_type.value if u.branch_type else None,
                    "grade": u.grade,
                    "all_party_members": u.all_party_members,
                    "parent_code": u.parent_code,
                },
                i == 0 and mode in ("new_installation", "own_unit"),
            )
            for i, u in enumerate(e["unit"] for e in plan.units)
        ],
    )
    # Members of every unit first: other records may point at members of another unit.
    member_ids: dict[tuple[int, int], int] = {}
    total = len(plan.units) * 2
    stored: list[Member] = []  # as written, for their ticks
    for ui, e in enumerate(plan.units):
        uid, code = unit_ids[e["unit"].code], e["unit"].code
        repo.write_settings(s, code, e["rows"]["settings"])
        ids = repo.insert_members(s, uid, e["rows"]["members"], ctx.actor)
        for mi, (mid, row) in enumerate(zip(ids, e["rows"]["members"])):
            member_ids[(ui, mi)] = mid
            stored.append(
                member_of(id=mid, unit_code=code, erased=row["erased"], **{f: row[f] for f in repo.MEMBER_FIELDS})
            )
        if progress:
            progress(ui + 1, total, e["unit"].name)
    # The facts of each period the file gives, then the ticks (today's period: they keep the
    # days of the facts still true, and win where they differ).
    repo.insert_member_facts(
        s,
        [{**f, "member_id": member_ids[f["member_id"]]} for e in plan.units for f in e["rows"]["member_facts"]],
        ctx.actor,
    )
    labels = _ticks_as_facts(s, ctx, plan, stored)  # the members of every unit at once

    M = member_ids.__getitem__  # a member's id from its place in the file (map: at C speed)

    for ui, e in enumerate(plan.units):
        uid, rows = unit_ids[e["unit"].code], e["rows"]
        repo.insert_groups(
            s, uid, [{"name": g["name"], "members": list(map(M, g["members"]))} for g in rows["member_groups"]]
        )
        repo.insert_registrations(s, uid, [{**r, "members": list(map(M, r["members"]))} for r in rows["registrations"]])
        log_ids = repo.insert_logs(
            s,
            uid,
            [
                {
                    **lg,
                    "member_id": M(lg["member_id"]) if lg["member_id"] else None,
                    "participants": list(map(M, lg["participants"])),
                }
                for lg in rows["logs"]
            ],
        )
        repo.insert_judgements(s, uid, rows["judgements"])
        act_ids = repo.insert_activities(
            s,
            uid,
            [
                {
                    **a,
                    "participants": list(map(M, a["participants"])),
                    "overlap_confirmed": list(map(M, a["overlap_confirmed"])),
                }
                for a in rows["volunteer_activities"]
            ],
        )
        e["db_logs"], e["db_acts"] = log_ids, act_ids
        repo.insert_documents(s, uid, rows["documents"], rows["document_counters"])
        repo.insert_recognition(
            s,
            uid,
            {
                "member_assessments": [{**a, "member_id": M(a["member_id"])} for a in rows["member_assessments"]],
                "member_votes": [{**v, "member_id": M(v["member_id"])} for v in rows["member_votes"]],
                "proposals": [{**p, "members": list(map(M, p["members"]))} for p in rows["proposals"]],
                "appraisals": rows["appraisals"],
                "branch_recognitions": rows["branch_recognitions"],
                "member_recognitions": [{**r, "member_id": M(r["member_id"])} for r in rows["member_recognitions"]],
            },
        )
        repo.insert_member_appraisals(
            s, uid, [{**a, "member_id": M(a["member_id"])} for a in rows["member_appraisals"]]
        )
        repo.add_signers(s, uid, rows["signers"])
        if progress:
            progress(len(plan.units) + ui + 1, total, e["unit"].name)
    for ui, e in enumerate(plan.units):
        uid = unit_ids[e["unit"].code]
        items = []
        for a in e["rows"]["attachments"]:
            tui, idx = a["target"]
            owner_id = (
                member_ids[(tui, idx)]
                if a["owner"] == "member"
                else plan.units[tui]["db_logs"][idx]
                if a["owner"] == "log"
                else plan.units[tui]["db_acts"][idx]
            )
            ext = Path(a["original_name"]).suffix.lower()
            ext = ext if 1 < len(ext) <= 11 and ext[1:].isalnum() else ""
            items.append(
                {
                    "owner_kind": OWNERS[a["owner"]],
                    "owner_id": owner_id,
                    "sha256": a["sha256"],
                    "original_name": a["original_name"],
                    "stored_name": f"{a['sha256'][:2]}/{a['sha256']}{ext}",
                    "size": a["size"],
                    "added_by": a["added_by"],
                }
            )
            if not (ctx.data.attachments / items[-1]["stored_name"]).exists():
                warnings.append(
                    f"Tệp minh chứng “{a['original_name']}” chưa có trong thư mục dữ liệu "
                    f"(chỉ nhập thông tin và mã SHA-256; chép tệp vào attachments/ để mở được)."
                )
        repo.insert_attachments(s, uid, items)
    if links is not None:
        new_identity = repo.member_identities(s, replaced)
        by_identity = {}
        for mid, key in new_identity.items():
            by_identity.setdefault(key, mid)
        remap = {old: by_identity[key] for old, key in old_identity.items() if key in by_identity}
        lost = repo.restore_links(s, links, remap)
        if lost:
            warnings.append(f"{lost} liên kết từ hồ sơ của đơn vị khác tới đoàn viên không còn trong tệp đã bị bỏ.")
        # What the file does not carry (the Đoàn cơ sở's appraisals of members, members' facts of
        # earlier periods) follows the member too; the file's ticks of today's period win.
        gone = repo.restore_kept(s, kept, remap, {(m.id, labels[m.unit_code]) for m in stored})
        if gone:
            warnings.append(
                f"{gone} kết quả thẩm định hoặc thông tin theo kỳ của đoàn viên không còn trong tệp đã bị bỏ."
            )


def import_file(ctx: AppContext, path: str | Path, *, progress=None) -> ImportResult:
    return import_document(ctx, read_file(path), progress=progress)


def changes() -> Changes:
    return Changes.of("unit", "settings", "members", "volunteer", "cycle", "recognition")


# Names reached through this module, defined in its parts (read_file, check_document… above).
from desktop.services.exchange.interchange_export import dumps, export_document, write_file  # noqa: E402, F401
from desktop.services.exchange.interchange_read import (  # noqa: E402, F401
    InvalidDocument,
    Problem,
    _fast_valid,
    schema,
    schema_problems,
)
