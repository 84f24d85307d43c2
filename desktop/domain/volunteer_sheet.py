"""Reading an attendance sheet ("danh sách điểm danh"): a list of names, optionally under a
header block that describes the activity. Pure Python over rows of cell values; the Excel
reading is in desktop/services/volunteering/volunteer.py.

Layout accepted (what secretaries actually send):

    Tên hoạt động:   Chủ nhật xanh tháng 4            ← header block, optional: "Nhãn" | giá trị
    Loại:            Hoạt động tình nguyện               (or "Nhãn: giá trị" in one cell)
    Ngày:            05/04/2026
    Số ngày:         1
    (merged title cells, blank rows …)
    STT | Họ và tên | Ngày sinh | Số thẻ đoàn | Ghi chú  ← the table header: a "Họ và tên" column
    1   | Nguyễn Thị Hoa | 12/03/2001 | …              ← one member per row
    …
    Người lập biểu / Bí thư / Tổng cộng …              ← a signature block ends the table

Headers are matched without diacritics or case ("HỌ TÊN", "Ho ten", "Họ và tên").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.members import name_key

NAME_HEADERS = {
    "ho va ten",
    "ho ten",
    "ho va ten doan vien",
    "ho ten doan vien",
    "ten doan vien",
    "full name",
    "name",
    "doan vien",
}
COLUMN_HEADERS = {
    "dob": {"ngay sinh", "ngay thang nam sinh", "nam sinh", "ngay sinh dd mm yyyy"},
    "card": {"so the doan", "so the", "ma the doan", "the doan", "so the doan vien", "ma doan vien", "so the dv"},
    "stt": {"stt", "tt", "so thu tu", "so tt"},
    "note": {"ghi chu"},
}
BLOCK_LABELS = {
    "name": {"ten hoat dong", "hoat dong", "ten cong trinh", "ten cong trinh phan viec"},
    "kind": {"loai", "loai hoat dong", "hinh thuc"},
    "focus": {"linh vuc", "trong tam", "linh vuc cong trinh"},
    "dates": {"ngay", "ngay to chuc", "ngay dien ra", "thoi gian", "ngay thuc hien", "ngay hoat dong"},
    "place": {"dia diem", "noi to chuc"},
    "level": {"cap to chuc", "cap", "don vi to chuc"},
    "days": {
        "so ngay",
        "so ngay tinh nguyen",
        "so ngay ghi nhan",
        "ngay tinh nguyen",
        "so ngay tinh nguyen ghi nhan",
        "so ngay ghi nhan moi nguoi",
    },
    "guests": {"khach", "so khach", "khach moi", "nguoi ngoai doan", "so nguoi ngoai doan"},
    "confirmed_by": {"nguoi xac nhan", "xac nhan", "xac nhan boi"},
    "notes": {"ghi chu"},
}
BLOCK_TITLES_VI = {
    "name": "Tên hoạt động",
    "kind": "Loại",
    "focus": "Lĩnh vực",
    "dates": "Ngày",
    "place": "Địa điểm",
    "level": "Cấp tổ chức",
    "days": "Số ngày",
    "guests": "Số khách",
    "confirmed_by": "Người xác nhận",
    "notes": "Ghi chú",
}
# A row whose first text starts with these ends the table (signature block, totals).
_FOOTER_RE = re.compile(
    r"^(tong|cong|nguoi lap|xac nhan|bi thu|pho bi thu|t/?m|ky ten|"
    r"danh sach co|.*ngay \d+ thang)"
)


def col_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB'."""
    s = ""
    index += 1
    while index:
        index, r = divmod(index - 1, 26)
        s = chr(65 + r) + s
    return s


def _key(value) -> str:
    if value is None:
        return ""
    text = str(value).strip().rstrip(":").strip()
    return name_key(re.sub(r"[(),./*:_-]", " ", text))


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


@dataclass(frozen=True)
class SheetEntry:
    row: int  # 1-based row number as Excel shows it
    name: str
    dob: date | None = None
    dob_year: int | None = None
    card: str | None = None


@dataclass(frozen=True)
class SheetError:
    row: int
    column: str
    message: str

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ParsedSheet:
    header: dict[str, tuple[int, str, object]] = field(default_factory=dict)  # field → (row, col, value)
    header_row: int | None = None
    name_column: str | None = None
    entries: list[SheetEntry] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)
    extra_columns: list[str] = field(default_factory=list)


def _parse_dob(value) -> tuple[date | None, int | None, str | None]:
    """(date, year-only, error) from an Excel date, 'dd/mm/yyyy' text or a year alone."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, datetime):
        return value.date(), None, None
    if isinstance(value, date):
        return value, None, None
    if isinstance(value, (int, float)) and 1900 <= int(value) <= 2100:
        return None, int(value), None
    text = _text(value)
    m = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None, None
        except ValueError:
            return None, None, f"Ngày sinh “{text}” không tồn tại."
    if re.match(r"^\d{4}$", text):
        return None, int(text), None
    return None, None, f"Ngày sinh “{text}” không đúng dạng ngày/tháng/năm hoặc năm sinh."


def parse_rows(rows: list[tuple[int, list]]) -> ParsedSheet:
    """Parse (row number, cell values) pairs into a header block and the name entries."""
    out = ParsedSheet()
    cols: dict[str, int] = {}
    it = iter(rows)
    for rownum, cells in it:
        keys = [_key(c) for c in cells]
        if any(k in NAME_HEADERS for k in keys):
            out.header_row = rownum
            for i, k in enumerate(keys):
                if k in NAME_HEADERS and "name" not in cols:
                    cols["name"] = i
                    continue
                hit = next((f for f, names in COLUMN_HEADERS.items() if k in names), None)
                if hit and hit not in cols:
                    cols[hit] = i
                elif k:
                    out.extra_columns.append(_text(cells[i]))
            break
        _read_block_row(out, rownum, cells)
    if out.header_row is None:
        out.errors.append(
            SheetError(
                0,
                "",
                "Không tìm thấy cột “Họ và tên” trong trang tính: thêm "
                "một dòng tiêu đề có ô “Họ và tên” phía trên danh sách.",
            )
        )
        return out
    out.name_column = col_letter(cols["name"])
    for rownum, cells in it:

        def cell(name: str, cells=cells):
            i = cols.get(name)
            return cells[i] if i is not None and i < len(cells) else None

        raw = cell("name")
        others = [c for i, c in enumerate(cells) if i != cols.get("stt") and i != cols["name"] and _text(c)]
        if not _text(raw):
            first = next((c for c in cells if _text(c)), None)
            if first is not None and _FOOTER_RE.match(_key(first)):
                break
            if others:
                out.errors.append(SheetError(rownum, out.name_column, "Thiếu họ và tên."))
            continue
        if isinstance(raw, (int, float, datetime, date)):
            out.errors.append(
                SheetError(rownum, out.name_column, f"“{_text(raw)}” không phải họ và tên của một đoàn viên.")
            )
            continue
        name = _text(raw)
        if _FOOTER_RE.match(_key(name)):
            break
        dob, year, err = _parse_dob(cell("dob"))
        if err:
            out.errors.append(SheetError(rownum, col_letter(cols["dob"]), err))
            continue
        card = _text(cell("card")) or None
        out.entries.append(SheetEntry(row=rownum, name=name, dob=dob, dob_year=year, card=card))
    if not out.entries and not out.errors:
        out.errors.append(
            SheetError(out.header_row, out.name_column, "Danh sách điểm danh không có tên đoàn viên nào.")
        )
    return out


def _read_block_row(out: ParsedSheet, rownum: int, cells: list) -> None:
    filled = [(i, c) for i, c in enumerate(cells) if _text(c)]
    if not filled:
        return
    i, first = filled[0]
    label, value, vcol = None, None, None
    if isinstance(first, str) and ":" in first:
        left, right = first.split(":", 1)
        label = _key(left)
        if right.strip():
            value, vcol = right.strip(), i
    else:
        label = _key(first)
    if value is None and len(filled) > 1:
        vcol, value = filled[1]
    fld = next((f for f, names in BLOCK_LABELS.items() if label in names), None)
    if fld and value is not None and fld not in out.header:
        out.header[fld] = (rownum, col_letter(vcol), value)
