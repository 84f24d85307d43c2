"""Members to and from Excel: the template, tolerant reading, preview, import, export.

Reading accepts what branch secretaries really have (issue 3): .xlsx (openpyxl, read-only
streaming), the older .xls (xlrd) and CSV; columns in any order; headers with or without
diacritics and in several spellings ("Họ và tên", "Ho ten", "HỌ TÊN"); a header row below a
merged title; a row of column numbers "(1) (2) (3)" under the header; dates as Excel dates,
dd/mm/yyyy text or a year alone; blank rows; a total/signature block at the end; extra
columns (ignored and listed).

Nothing is written by reading: ``preview_import`` returns an ``ImportPlan`` (rows to add, to
update, unchanged, duplicates inside the file, every error with row, column and a Vietnamese
reason). ``apply_import`` writes all of it in one transaction, or nothing when errors remain
and the user did not choose to skip the listed rows. Matching an existing member: Union card
number, else name + date of birth. A blank cell never erases what is stored, so importing the
same file twice changes nothing the second time.

Split in four modules (columns, reading, planning, export), each readable in one sitting; this
module is their face and writes the imports: ``from desktop.services.membership.member_excel import …``
gives every public name of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from db.repo import members as repo
from desktop.domain.errors import DomainError
from desktop.domain.members import comparable
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.membership.identity import others_in_union
from desktop.services.membership.member_columns import (
    BY_KEY,
    COLUMNS,
    HEADER_SCAN_ROWS,
    MAX_ROWS,
    TEMPLATE_EXAMPLE_NOTE,
    Column,
    column_for_header,
    header_key,
)
from desktop.services.membership.member_export import _current_ticks, export_members, export_row, write_template
from desktop.services.membership.member_import_plan import (
    IdentityChangeRefused,
    ImportPlan,
    ImportRefused,
    PlannedAdd,
    PlannedUpdate,
    plan_rows,
)
from desktop.services.membership.member_sheet import Issue, ParsedFile, ParsedRow, parse_file
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sheets import col_letter

__all__ = [
    "BY_KEY",
    "COLUMNS",
    "Column",
    "HEADER_SCAN_ROWS",
    "IdentityChangeRefused",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "Issue",
    "MAX_ROWS",
    "ParsedFile",
    "ParsedRow",
    "PlannedAdd",
    "PlannedUpdate",
    "TEMPLATE_EXAMPLE_NOTE",
    "apply_import",
    "col_letter",
    "column_for_header",
    "export_members",
    "export_row",
    "header_key",
    "import_file",
    "parse_file",
    "plan_rows",
    "preview_import",
    "write_template",
]


# --------------------------------------------------------------------------- services
def preview_import(
    ctx: AppContext, unit_code: str, path, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> ImportPlan:
    """Read the file and say what importing it would do. Writes nothing."""
    from desktop.services.membership.members import bulk_objects

    with bulk_objects():
        return _preview(ctx, unit_code, path, progress, cancel)


def _preview(ctx: AppContext, unit_code: str, path, progress: ProgressFn, cancel: CancelToken | None) -> ImportPlan:
    from desktop.services.membership.members import default_entry_date

    today = ctx.today()
    pf = parse_file(path, today, progress, cancel)
    default_entry = default_entry_date(ctx, unit_code)
    with ctx.uow.read() as s:
        if repo.unit_id(s, unit_code) is None:
            raise DomainError(f"Không có đơn vị mã “{unit_code}”.", field="unit_code")
        existing = _current_ticks(s, ctx, repo.list_for_unit(s, unit_code))
        histories = repo.events_for_unit(s, unit_code)
        fp = repo.fingerprint(s, unit_code)
        others, names = others_in_union(s, unit_code, today)
    progress(1, 1, "Đã đọc xong tệp.")
    plan = plan_rows(pf, unit_code, existing, histories, today, default_entry, others, names)
    plan.fingerprint = (today, default_entry, fp)
    return plan


@dataclass(frozen=True)
class ImportResult:
    plan: ImportPlan
    written: bool
    changes: Changes

    def as_json(self, dry_run: bool = False) -> dict:
        return self.plan.as_json(written=self.written, dry_run=dry_run)


def apply_import(
    ctx: AppContext,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    accept_identity: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Write a previewed import in one transaction: everything or nothing.

    The rows are matched again inside the write transaction, so a change made since the preview
    cannot cause a duplicate. With errors and without ``skip_invalid`` nothing is written and
    ``ImportRefused`` is raised. Rows that would change the name or date of birth of a member
    found by card number raise ``IdentityChangeRefused`` unless ``accept_identity``."""
    from desktop.services.membership.members import bulk_objects, default_entry_date

    cancel = cancel or CancelToken()
    today = ctx.today()
    default_entry = default_entry_date(ctx, plan.unit_code)
    pf = plan.file
    from desktop.services.safety import ensure_writable

    with bulk_objects(), ctx.uow.begin() as s:
        ensure_writable(s, plan.unit_code)
        if plan.fingerprint == (today, default_entry, repo.fingerprint(s, plan.unit_code)):
            fresh = plan
        else:
            existing = _current_ticks(s, ctx, repo.list_for_unit(s, plan.unit_code))
            histories = repo.events_for_unit(s, plan.unit_code)
            others, names = others_in_union(s, plan.unit_code, today)
            fresh = plan_rows(pf, plan.unit_code, existing, histories, today, default_entry, others, names)
        if fresh.has_errors and not skip_invalid:
            raise ImportRefused(fresh)
        if fresh.identity_changes and not accept_identity:
            raise IdentityChangeRefused(fresh)
        cancel.check()
        _write(ctx, s, fresh, progress, cancel)
    wrote = bool(fresh.adds or fresh.updates)
    return ImportResult(fresh, True, Changes.of("members") if wrote else Changes())


def _record_numbers(s, ctx: AppContext, unit_code: str, numbers: dict[int, tuple]) -> None:
    """The e-book and e-card numbers of the sheet, as facts of the period running today."""
    from desktop.domain.members import PeriodFacts
    from desktop.services.units import period_in

    label = period_in(s, unit_code, None, ctx.today()).label
    known = repo.period_facts(s, list(numbers), [label])
    out = []
    for mid, (book, card) in numbers.items():
        f = known.get(mid, {}).get(label) or PeriodFacts(mid, label)
        new = replace(
            f,
            ebook_no=book or f.ebook_no,
            ecard_no=card or f.ecard_no,
            ebook_issued=f.ebook_issued or bool(book),
            ecard_issued=f.ecard_issued or bool(card),
            ebook_on=f.ebook_on or (ctx.today() if book and not f.ebook_issued else None),
            ecard_on=f.ecard_on or (ctx.today() if card and not f.ecard_issued else None),
        )
        if new != f:
            out.append(new)
    repo.save_period_facts(s, out, ctx.actor)


def _write(ctx: AppContext, s, plan: ImportPlan, progress: ProgressFn, cancel: CancelToken) -> None:
    unit = plan.unit_code
    total = len(plan.adds) + len(plan.updates)
    progress(0, total, "Đang ghi…")
    ids = repo.insert_members(s, unit, [a.member for a in plan.adds])
    cancel.check()
    events = [(mid, e) for mid, a in zip(ids, plan.adds) for e in a.events]
    audit = [
        {
            "action": "create",
            "entity": "member",
            "entity_id": mid,
            "unit_code": unit,
            "after": {
                **comparable(a.member),
                "events": [(e.kind, e.on_date, e.note) for e in a.events],
                "source": f"{plan.file.name}, dòng {a.row}",
            },
        }
        for mid, a in zip(ids, plan.adds)
    ]
    progress(len(plan.adds), total, "Đang ghi…")
    repo.update_members(s, [u.after for u in plan.updates])
    # The ticks of the sheet are this period's facts (CD-3.3 … CD-3.5, issue 19 item 7).
    from desktop.services.membership.period_facts import record_period_facts

    record_period_facts(
        s,
        ctx,
        [replace(a.member, id=mid, unit_code=unit) for mid, a in zip(ids, plan.adds)] + [u.after for u in plan.updates],
    )
    if plan.numbers:
        by_row = {a.row: mid for mid, a in zip(ids, plan.adds)}
        by_row.update({u.row: u.before.id for u in plan.updates})
        by_row.update({row: m.id for row, m in plan.unchanged})
        _record_numbers(s, ctx, unit, {by_row[r]: n for r, n in plan.numbers.items() if r in by_row})
    for u in plan.updates:
        events.extend((u.before.id, e) for e in u.new_events)
        for eid, _old, new in u.fixed_events:
            repo.correct_event(s, eid, new.kind, new.on_date, new.note)
        audit.append(
            {
                "action": "update",
                "entity": "member",
                "entity_id": u.before.id,
                "unit_code": unit,
                "before": {**comparable(u.before), "events": [(old.kind, old.on_date) for _, old, _ in u.fixed_events]},
                "after": {
                    **comparable(u.after),
                    "events": [(e.kind, e.on_date) for _, _, e in u.fixed_events]
                    + [(e.kind, e.on_date) for e in u.new_events],
                    "source": f"{plan.file.name}, dòng {u.row}",
                },
            }
        )
    repo.add_events(s, events, ctx.actor)
    cancel.check()
    repo.audit_many(s, ctx.actor, audit)
    progress(total, total, "Đã ghi xong.")


def import_file(
    ctx: AppContext,
    unit_code: str,
    path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    accept_identity: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ImportResult:
    """Preview and (unless ``dry_run``) write in one call (the CLI). Refused imports raise
    ``ImportRefused`` carrying the plan."""
    plan = preview_import(ctx, unit_code, path, progress, cancel)
    if dry_run:
        return ImportResult(plan, False, Changes())
    return apply_import(
        ctx, plan, skip_invalid=skip_invalid, accept_identity=accept_identity, progress=progress, cancel=cancel
    )
