"""The whole branch's year-end self-assessment at once (issue 19 item 9): members × the quality
groups in one grid, saved all-or-nothing, and the same grid as a spreadsheet to fill in and bring
back (checked and previewed first: nothing is written unless every row is right).

The sheet: one row per member (number, full name, date of birth, then one column per quality
group holding "Đạt" or "Chưa đạt"). Members are matched by the number in the first column, which
the template carries, and their name must still match; a row of another branch or an unknown
number is refused with its row number.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.members import name_key
from desktop.domain.recognition import CHUA_DAT, DAT, quality_groups
from desktop.i18n.formatting import format_date_short
from desktop.services.changes import Changes
from desktop.services.context import AppContext

MAX_SHEET_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
WORDS = {DAT: "Đạt", CHUA_DAT: "Chưa đạt"}
_READ = {
    "dat": DAT,
    "d": DAT,
    "x": DAT,
    "co": DAT,
    "chua dat": CHUA_DAT,
    "khong dat": CHUA_DAT,
    "cd": CHUA_DAT,
    "khong": CHUA_DAT,
}


@dataclass
class SheetPreview:
    """What a filled-in sheet would write: {member id: {group: result}}, or the problems found."""

    results: dict[int, dict[str, str]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # "Dòng 7: …", in Vietnamese

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.results)


def save_all(ctx: AppContext, unit_code: str, period_label: str, grid: dict[int, dict[str, str]]) -> Changes:
    """Save the self-assessment of many members in one go: every row is checked first and
    nothing is written if one is wrong (the evidence already recorded for a group is kept)."""
    from desktop.services.year import recognition as rec

    if not grid:
        return Changes()
    board = rec.member_board(ctx, unit_code, period_label)
    standing = {r.member.id: r for r in board.rows}
    groups = [g.id for g in quality_groups(board.catalog)]
    unknown = [mid for mid in grid if mid not in standing]
    if unknown:
        raise DomainError(
            f"Có {len(unknown)} đoàn viên không thuộc chi đoàn trong kỳ {board.period.label}: "
            "tải lại danh sách rồi thử lại.",
            field="members",
        )
    payload = {}
    for mid, results in grid.items():
        r = standing[mid]
        missing = [g for g in groups if results.get(g) not in (DAT, CHUA_DAT)]
        if missing:
            raise DomainError(
                f"{r.member.full_name}: chưa chọn Đạt/Chưa đạt cho nhóm {', '.join(missing)}.", field=missing[0]
            )
        payload[mid] = {g: (results[g], (r.results.get(g) or ("", ""))[1]) for g in groups}
    return rec.save_self_assessments(ctx, unit_code, board.period.label, payload)


def write_sheet(ctx: AppContext, unit_code: str, period_label: str, path) -> Path:
    """The grid as a spreadsheet to fill in: the members of the period with what is recorded."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from db.backup import atomic_write_bytes
    from desktop.services.year import recognition as rec

    board = rec.member_board(ctx, unit_code, period_label)
    groups = quality_groups(board.catalog)
    wb = Workbook()
    ws = wb.active
    ws.title = "Tự đánh giá"
    ws.append([f"TỰ ĐÁNH GIÁ ĐOÀN VIÊN XHCN — {board.unit.name} — kỳ {board.period.label}"])
    ws.append(["Ghi “Đạt” hoặc “Chưa đạt” vào mỗi nhóm; không sửa cột Mã số."])
    head = ["Mã số", "Họ và tên", "Ngày sinh"] + [f"{g.id}. {g.title_vi}" for g in groups]
    ws.append(head)
    for c in ws[3]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in board.rows:
        ws.append(
            [r.member.id, r.member.full_name, format_date_short(r.member.date_of_birth)]
            + [WORDS.get((r.results.get(g.id) or ("", ""))[0], "") for g in groups]
        )
    dv = DataValidation(type="list", formula1='"Đạt,Chưa đạt"', allow_blank=True)
    ws.add_data_validation(dv)
    if board.rows:
        dv.add(f"D4:{chr(ord('C') + len(groups))}{3 + len(board.rows)}")
    ws.column_dimensions["B"].width = 28
    for i in range(len(groups)):
        ws.column_dimensions[chr(ord("D") + i)].width = 18
    import io

    from desktop.sheets import protect

    protect(wb)  # no name or title is ever read as a formula (issue 18), as every export
    buf = io.BytesIO()
    wb.save(buf)
    return atomic_write_bytes(Path(path), buf.getvalue())


def _word(value) -> str | None:
    text = unicodedata.normalize("NFC", str(value or "")).strip()
    if not text:
        return None
    return _READ.get(name_key(text).replace("đ", "d"))


def read_sheet(ctx: AppContext, unit_code: str, period_label: str, path) -> SheetPreview:
    """Check a filled-in sheet against the branch's members of the period: every problem, by row."""
    from desktop.services.year import recognition as rec
    from desktop.sheets import read_first_sheet

    p = Path(path)
    if not p.is_file():
        raise DomainError(f"Không tìm thấy tệp “{p.name}”.", field="file")
    if p.stat().st_size > MAX_SHEET_BYTES:
        raise DomainError(
            f"Tệp “{p.name}” lớn quá {MAX_SHEET_BYTES // 1048576} MB: không phải bảng tự đánh giá.", field="file"
        )
    # The one bounded reader of spreadsheets (desktop/sheets), with its refusals of a file that
    # is not Excel, damaged or protected.
    sheet = read_first_sheet(p, max_rows=MAX_ROWS, active_first=False, csv=False)
    board = rec.member_board(ctx, unit_code, period_label)
    groups = [g.id for g in quality_groups(board.catalog)]
    members = {r.member.id: r.member for r in board.rows}
    out = SheetPreview()
    rows = iter(sheet.rows)
    header_row, header = None, None
    for i, row in rows:
        if i > 20:
            break
        if row and str(row[0] or "").strip().lower() in ("mã số", "ma so"):
            header_row, header = i, list(row)
            break
    if header is None:
        raise DomainError(
            f"“{p.name}” không có dòng tiêu đề “Mã số, Họ và tên, …”: dùng tệp mẫu tải từ mục Tự đánh giá.",
            field="file",
        )
    cols = {}
    for j, h in enumerate(header):
        gid = str(h or "").split(".", 1)[0].strip().upper()
        if gid in groups:
            cols[gid] = j
    lacking = [g for g in groups if g not in cols]
    if lacking:
        raise DomainError(f"“{p.name}” thiếu cột nhóm {', '.join(lacking)}.", field="file")
    for i, row in rows:
        if i - header_row > MAX_ROWS:
            out.errors.append(f"Tệp có quá {MAX_ROWS} dòng: chỉ đọc {MAX_ROWS} dòng đầu.")
            break
        if not row or all(v in (None, "") for v in row):
            continue
        raw_id, name = row[0], str(row[1] or "").strip() if len(row) > 1 else ""
        try:
            mid = int(str(raw_id).strip())
        except (TypeError, ValueError):
            out.errors.append(f"Dòng {i}: cột Mã số “{raw_id or ''}” không phải mã đoàn viên của tệp mẫu.")
            continue
        m = members.get(mid)
        if m is None:
            out.errors.append(
                f"Dòng {i}: mã số {mid} ({name or 'không tên'}) không phải đoàn viên của "
                f"{board.unit.name} trong kỳ {board.period.label}."
            )
            continue
        if name and name_key(name) != name_key(m.full_name):
            out.errors.append(f"Dòng {i}: mã số {mid} là {m.full_name}, không phải “{name}”.")
            continue
        if mid in out.results:
            out.errors.append(f"Dòng {i}: {m.full_name} có hai dòng.")
            continue
        got, bad = {}, []
        for g in groups:
            v = row[cols[g]] if cols[g] < len(row) else None
            w = _word(v)
            if w is None:
                bad.append(f"{g} “{v or ''}”")
            got[g] = w
        if bad:
            out.errors.append(f"Dòng {i} ({m.full_name}): ghi “Đạt” hoặc “Chưa đạt” ở nhóm {', '.join(bad)}.")
            continue
        out.results[mid], out.names[mid] = got, m.full_name
    if not out.results and not out.errors:
        out.errors.append(f"“{p.name}” không có dòng đoàn viên nào.")
    return out


def apply_sheet(ctx: AppContext, unit_code: str, period_label: str, preview: SheetPreview) -> Changes:
    """Write a previewed sheet: refused when the preview found any problem (all or nothing)."""
    if not preview.ok:
        raise DomainError("Bảng tự đánh giá còn lỗi: sửa trong tệp rồi chọn lại, chưa ghi gì.", field="file")
    return save_all(ctx, unit_code, period_label, preview.results)
