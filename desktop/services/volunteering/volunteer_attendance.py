"""Attendance import: credit the members listed in an Excel sheet to an activity.

Same rules as the member import (issue 3): a preview first — who will be credited, who already
is, names listed twice, unknown names and every error with its row number and column — and
writing is all or nothing: a sheet with errors writes nothing unless the user chooses to skip
the listed rows (``skip_invalid``). Importing the same sheet twice changes nothing the second
time (the members are already credited).

The activity is either an existing one (``activity_id``, CLI ``--activity ID``) or described by
the header block of the sheet (Tên hoạt động, Loại, Ngày, Số ngày …; see
desktop/domain/volunteer_sheet.py), which creates it.
"""

from __future__ import annotations

import difflib
import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from db.repo import volunteer as repo
from desktop.domain.errors import DomainError
from desktop.domain.members import name_key
from desktop.domain.volunteer import Activity, Overlap, check_dates_in_period, format_dates_vi, parse_dates
from desktop.domain.volunteer_sheet import BLOCK_TITLES_VI, ParsedSheet, SheetEntry, SheetError, parse_rows
from desktop.paths import long_path_safe
from desktop.services.context import AppContext
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.services.volunteering.volunteer import (
    RosterEntry,
    _live,
    _period,
    _roster,
    _settings,
    _unit,
    record_activity,
    update_activity,
)

MAX_ROWS = 5000


# --------------------------------------------------------------------------- reading Excel


def read_sheet(path: str | os.PathLike) -> list[tuple[int, list]]:
    """(row number, cell values) of the attendance sheet: the sheet named like "Điểm danh" if
    there is one, else the first sheet. Read by desktop/sheets (the one bounded reader of
    spreadsheets, with its refusals of a file that is not Excel, damaged, protected or too big)."""
    from desktop.sheets import messages, read_first_sheet

    path = long_path_safe(path)
    sheet = read_first_sheet(
        path, max_rows=MAX_ROWS, prefer=lambda name: "diem danh" in name_key(name), active_first=False, csv=False
    )
    rows = [(n, list(values)) for n, values in sheet.rows]
    while rows and not any(v not in (None, "") for v in rows[-1][1]):
        rows.pop()
    if not rows:
        raise messages.empty(path)
    return rows


# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class MatchedRow:
    row: int
    member_id: int
    name: str


@dataclass
class AttendancePreview:
    file: str
    activity: Activity | None  # the target (id None: will be created from the header block)
    new_activity: bool
    to_add: list[MatchedRow] = field(default_factory=list)
    already: list[MatchedRow] = field(default_factory=list)
    duplicates: list[tuple[int, int, str]] = field(default_factory=list)  # (row, first row, name)
    unknown: list[tuple[int, str]] = field(default_factory=list)
    overlaps: list[tuple[int, Overlap]] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)  # rows that cannot be credited
    fatal: list[SheetError] = field(default_factory=list)  # the activity itself is not valid
    extra_columns: list[str] = field(default_factory=list)
    overlaps_allowed: bool = False
    # filled by import_attendance
    written: bool = False
    activity_id: int | None = None
    skipped: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors and not self.fatal

    @property
    def error_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    def as_json(self, *, dry_run: bool = False) -> dict:
        a = self.activity
        return {
            "file": self.file,
            "activity_id": self.activity_id if self.activity_id is not None else (a.id if a else None),
            "new_activity": self.new_activity,
            "activity": None
            if a is None
            else {
                "name": a.name,
                "kind": a.kind,
                "focus": a.focus,
                "dates": [d.isoformat() for d in a.dates],
                "days": a.days,
                "level": a.level,
                "place": a.place,
                "guests": a.guests,
            },
            "added": len(self.to_add),
            "already": len(self.already),
            "skipped": self.skipped,
            "duplicates": [{"row": r, "first_row": f, "name": n} for r, f, n in self.duplicates],
            "unknown": [{"row": r, "name": n} for r, n in self.unknown],
            "overlaps": [
                {
                    "row": r,
                    "member_id": o.member_id,
                    "name": o.member_name,
                    "date": o.day.isoformat(),
                    "activity_id": o.activity_id,
                    "activity": o.activity_name,
                    "confirmed": self.overlaps_allowed,
                }
                for r, o in self.overlaps
            ],
            "errors": [e.as_dict() for e in sorted(self.fatal + self.errors, key=lambda e: (e.row, e.column))],
            "extra_columns": self.extra_columns,
            "dry_run": dry_run,
            "written": self.written,
        }


def _header_activity(parsed: ParsedSheet, unit_code: str) -> tuple[Activity | None, list[SheetError]]:
    """The activity described by the sheet's header block, or the errors that prevent it."""
    h = parsed.header
    errors: list[SheetError] = []
    missing = [f for f in ("name", "kind", "dates", "days") if f not in h]
    if missing:
        names = ", ".join(f"“{BLOCK_TITLES_VI[f]}”" for f in missing)
        errors.append(
            SheetError(
                1,
                "A",
                (
                    f"Tệp không cho biết hoạt động: thiếu {names} ở phần đầu trang tính. Chọn một hoạt động đã "
                    "ghi (trên dòng lệnh: --activity SỐ) hoặc ghi phần đầu theo mẫu (Tên hoạt động, Loại, "
                    "Ngày, Số ngày)."
                ),
            )
        )
        return None, errors

    def text(fld: str) -> str | None:
        v = h.get(fld, (0, "", None))[2]
        if v is None:
            return None
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        return str(v).strip() or None

    row_d, col_d, raw_dates = h["dates"]
    try:
        if isinstance(raw_dates, datetime):
            dates = (raw_dates.date(),)
        elif isinstance(raw_dates, date):
            dates = (raw_dates,)
        else:
            dates = parse_dates(str(raw_dates))
    except DomainError as exc:
        errors.append(SheetError(row_d, col_d, exc.message))
        return None, errors
    draft = Activity(
        id=None,
        unit_code=unit_code,
        name=text("name") or "",
        kind=text("kind") or "",
        focus=text("focus"),
        dates=dates,
        days=h["days"][2],
        level=text("level") or "chi-doan",
        place=text("place"),
        guests=h.get("guests", (0, "", 0))[2] or 0,
        confirmed_by=text("confirmed_by"),
        notes=text("notes"),
        participant_ids=(0,),
    )
    try:
        a = draft.validated()
    except DomainError as exc:
        fld = {"participants": None}.get(exc.field, exc.field)
        row, col, _ = h.get(fld, (h["name"][0], "A", None))
        errors.append(SheetError(row, col, exc.message))
        return None, errors
    return replace(a, participant_ids=()), errors


def _same_activity(session, unit_code: str, a: Activity) -> Activity | None:
    for other in repo.activities_in(session, unit_code, a.first_day, a.last_day, [a.kind], include_joined=False):
        if other.dates == a.dates and name_key(other.name) == name_key(a.name) and other.unit_code == unit_code:
            return other
    return None


def _match(
    entry: SheetEntry,
    by_key: dict[str, list[RosterEntry]],
    by_card: dict[str, RosterEntry],
    dates: tuple[date, ...],
    col: str,
) -> RosterEntry | SheetError | None:
    """The member a row names, an error, or None when the name is unknown."""
    key = name_key(entry.name)
    if entry.card and entry.card.lower() in by_card:
        m = by_card[entry.card.lower()]
        if m.key != key:
            return SheetError(
                entry.row,
                col,
                f"Số thẻ đoàn {entry.card} là của đoàn viên {m.name}, không khớp với họ tên “{entry.name}”.",
            )
        cands = [m]
    else:
        cands = list(by_key.get(key, []))
    if not cands:
        return None
    if len(cands) > 1:
        active = [c for c in cands if any(c.active_on(d) for d in dates)]
        cands = active or cands
    if len(cands) > 1 and (entry.dob or entry.dob_year):
        same = [
            c
            for c in cands
            if c.date_of_birth
            and (c.date_of_birth == entry.dob if entry.dob else c.date_of_birth.year == entry.dob_year)
        ]
        cands = same or cands
    if len(cands) > 1:
        births = ", ".join(f"{c.date_of_birth:%d/%m/%Y}" if c.date_of_birth else "không rõ ngày sinh" for c in cands)
        return SheetError(
            entry.row,
            col,
            (
                f"Có {len(cands)} đoàn viên cùng tên “{entry.name}” ({births}): thêm cột “Ngày sinh” hoặc "
                "“Số thẻ đoàn” để phân biệt."
            ),
        )
    m = cands[0]
    if entry.dob and m.date_of_birth and entry.dob != m.date_of_birth:
        return SheetError(
            entry.row,
            col,
            (
                f"Ngày sinh {entry.dob:%d/%m/%Y} không khớp với đoàn viên {m.name} trong danh sách "
                f"(ngày sinh {m.date_of_birth:%d/%m/%Y})."
            ),
        )
    if not any(m.active_on(d) for d in dates):
        left = m.left_on()
        why = f"đã chuyển đi hoặc ra khỏi Đoàn từ {left:%d/%m/%Y}" if left else "chưa sinh hoạt tại đơn vị"
        return SheetError(
            entry.row, col, (f"Đoàn viên {m.name} {why}: không ghi nhận được ngày {format_dates_vi(dates)}.")
        )
    return m


def preview_attendance(
    ctx: AppContext,
    unit_code: str,
    path: str | os.PathLike,
    *,
    activity_id: int | None = None,
    period=None,
    allow_overlap: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AttendancePreview:
    """Read the sheet and say what an import would do, writing nothing."""
    progress(0, 3, "Đang đọc tệp điểm danh…")
    rows = read_sheet(path)
    parsed = parse_rows(rows)
    if cancel:
        cancel.check()
    progress(1, 3, "Đang đối chiếu với danh sách đoàn viên…")
    pv = AttendancePreview(
        file=Path(path).name,
        activity=None,
        new_activity=activity_id is None,
        extra_columns=parsed.extra_columns,
        overlaps_allowed=allow_overlap,
    )
    no_table = parsed.header_row is None
    (pv.fatal if no_table else pv.errors).extend(parsed.errors)
    with ctx.uow.read() as s:
        unit = _unit(s, unit_code)
        if activity_id is not None:
            a = _live(s, activity_id)
            if a.unit_code not in repo.subtree(s, unit_code).values():
                raise DomainError(f"Hoạt động số {activity_id} không thuộc đơn vị “{unit_code}”.", field="activity")
        else:
            a, errs = _header_activity(parsed, unit_code)
            pv.fatal.extend(errs)
            same = a and _same_activity(s, unit_code, a)
            if same:  # the same sheet imported again: complete that activity, never a copy
                a, pv.new_activity = same, False
        if a is not None:
            target = None if period is None else _period(s, unit_code, period, ctx.today())
            try:
                check_dates_in_period(a.dates, school=unit.is_school, settings=_settings(s, unit_code), period=target)
            except DomainError as exc:
                row, col, _ = parsed.header.get("dates", (1, "A", None))
                pv.fatal.append(
                    SheetError(row if activity_id is None else 0, col if activity_id is None else "", exc.message)
                )
        pv.activity = a
        if no_table or a is None:
            return pv
        roster = _roster(s, unit_code)
        by_key: dict[str, list[RosterEntry]] = defaultdict(list)
        by_card: dict[str, RosterEntry] = {}
        for r in roster:
            by_key[r.key].append(r)
            if r.union_card_no:
                by_card[r.union_card_no.strip().lower()] = r
        current = set(a.participant_ids)
        seen: dict[int, int] = {}
        for entry in parsed.entries:
            hit = _match(entry, by_key, by_card, a.dates, parsed.name_column)
            if hit is None:
                pv.unknown.append((entry.row, entry.name))
                close = difflib.get_close_matches(name_key(entry.name), list(by_key), n=1, cutoff=0.85)
                hint = f" Có phải “{by_key[close[0]][0].name}”?" if close else ""
                pv.errors.append(
                    SheetError(
                        entry.row,
                        parsed.name_column,
                        (f"Không tìm thấy đoàn viên “{entry.name}” trong danh sách đoàn viên của đơn vị.{hint}"),
                    )
                )
            elif isinstance(hit, SheetError):
                pv.errors.append(hit)
            elif hit.member_id in seen:
                pv.duplicates.append((entry.row, seen[hit.member_id], hit.name))
            else:
                seen[hit.member_id] = entry.row
                (pv.already if hit.member_id in current else pv.to_add).append(
                    MatchedRow(entry.row, hit.member_id, hit.name)
                )
        row_of = {m.member_id: m.row for m in pv.to_add}
        found = repo.overlaps(s, list(row_of), a.dates, exclude_activity_id=a.id)
    for o in found:
        pv.overlaps.append((row_of[o.member_id], o))
        if not allow_overlap:
            pv.errors.append(
                SheetError(
                    row_of[o.member_id],
                    parsed.name_column,
                    (o.text_vi() + ": xác nhận vẫn ghi nhận (--allow-overlap) hoặc bỏ dòng này."),
                )
            )
    if not allow_overlap and found:
        bad = {o.member_id for o in found}
        pv.to_add = [m for m in pv.to_add if m.member_id not in bad]  # listed as errors instead
    progress(3, 3, "")
    return pv


def import_attendance(
    ctx: AppContext,
    unit_code: str,
    path: str | os.PathLike,
    *,
    activity_id: int | None = None,
    period=None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    allow_overlap: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> AttendancePreview:
    """Preview, then write all or nothing (one transaction). Returns the preview with
    ``written`` and ``activity_id`` set; ``skip_invalid`` credits the valid rows only."""
    pv = preview_attendance(
        ctx,
        unit_code,
        path,
        activity_id=activity_id,
        period=period,
        allow_overlap=allow_overlap,
        progress=progress,
        cancel=cancel,
    )
    bad_rows = set(pv.error_rows)
    if pv.fatal or (pv.errors and not skip_invalid):
        pv.to_add = [m for m in pv.to_add if m.row not in bad_rows]
        return pv
    pv.to_add = [m for m in pv.to_add if m.row not in bad_rows]
    pv.skipped = len(bad_rows) if skip_invalid else 0
    if not pv.to_add:
        if pv.new_activity:
            pv.fatal.append(
                SheetError(
                    0, "", ("Không có đoàn viên nào để ghi nhận: hoạt động phải có ít nhất 01 đoàn viên tham gia.")
                )
            )
        elif pv.already:
            pv.activity_id = pv.activity.id  # importing the same sheet twice changes nothing
        return pv
    if dry_run:
        return pv
    if cancel:
        cancel.check()
    new_ids = tuple(m.member_id for m in pv.to_add)
    a = pv.activity
    if pv.new_activity:
        res = record_activity(
            ctx, unit_code, replace(a, participant_ids=new_ids), period=period, allow_overlap=allow_overlap
        )
    else:
        res = update_activity(
            ctx,
            a.id,
            replace(a, participant_ids=a.participant_ids + new_ids),
            period=period,
            allow_overlap=allow_overlap,
        )
    pv.written = True
    pv.activity_id = res.activity_id
    return pv


# --------------------------------------------------------------------------- template


def write_attendance_template(
    path: str | os.PathLike, names: list[tuple[str, date | None]] | None = None, day: date | None = None
) -> Path:
    """An attendance sheet to fill in: the header block and the list (optionally pre-filled
    with the roster, so the secretary deletes who was absent)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from desktop.sheets import protect, safe_value

    path = long_path_safe(path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Điểm danh"
    ws["A1"] = "DANH SÁCH ĐOÀN VIÊN THAM GIA HOẠT ĐỘNG TÌNH NGUYỆN"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:E1")
    block = [
        ("Tên hoạt động:", "Chủ nhật xanh — dọn vệ sinh đường làng"),
        ("Loại:", "Hoạt động tình nguyện"),
        (
            "Lĩnh vực:",
            "(chỉ ghi khi là công trình, phần việc thanh niên: ma túy, an toàn giao "
            "thông, chuyển đổi số, chuyển đổi xanh, khác)",
        ),
        ("Ngày:", (day or date(2026, 4, 5)).strftime("%d/%m/%Y")),
        ("Số ngày:", 1),
        ("Địa điểm:", ""),
        ("Cấp tổ chức:", "Chi đoàn"),
        ("Số khách:", 0),
        ("Người xác nhận:", ""),
        ("Ghi chú:", ""),
    ]
    for i, (label, value) in enumerate(block, start=3):
        ws.cell(i, 1, label).font = Font(bold=True)
        ws.cell(i, 2, value)
    head = 3 + len(block) + 1
    for c, title in enumerate(["STT", "Họ và tên", "Ngày sinh", "Số thẻ đoàn", "Ghi chú"], start=1):
        cell = ws.cell(head, c, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for i, (name, dob) in enumerate(names or [("Nguyễn Thị Hoa", date(2001, 3, 12))], start=1):
        ws.cell(head + i, 1, i)
        ws.cell(head + i, 2, safe_value(name))
        ws.cell(head + i, 3, dob.strftime("%d/%m/%Y") if dob else None)
    for col, width in zip("ABCDE", (16, 34, 14, 16, 24)):
        ws.column_dimensions[col].width = width
    protect(wb)  # a name is never read as a formula (issue 18)
    tmp = path.with_name(f".{path.name}.tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return path
