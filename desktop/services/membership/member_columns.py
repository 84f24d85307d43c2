"""Members' spreadsheets, part 1 of 4: the columns (issue 3).

The template's columns with the other spellings secretaries use for their headers (compared
without diacritics and case), and how the header row is found in a sheet: the row naming the
most known columns among the first rows, below a merged title; a row of column numbers
"(1) (2) (3)" under it and a total / signature block at the end are recognised. The face of the
members' spreadsheets is desktop/services/membership/member_excel.py.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.domain.members import LEFT, TRANSFERRED_IN, TRANSFERRED_OUT, name_key
from desktop.sheets import col_letter

MAX_ROWS = 10_000  # more data rows than this in one file is refused (issue 3, bad input)
HEADER_SCAN_ROWS = 30
TEMPLATE_EXAMPLE_NOTE = "Dòng ví dụ — xóa dòng này trước khi nhập"


# --------------------------------------------------------------------------- columns
@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the template's Vietnamese header
    kind: str
    width: int = 14
    aliases: tuple[str, ...] = ()  # other spellings, compared without diacritics and case


COLUMNS: tuple[Column, ...] = (
    Column(
        "full_name",
        "Họ và tên",
        "name",
        26,
        (
            "ho ten",
            "ho va ten doan vien",
            "ho ten doan vien",
            "ten doan vien",
            "ho va ten dv",
            "full name",
            "name",
            "ho va ten khai sinh",
        ),
    ),
    Column(
        "date_of_birth",
        "Ngày sinh",
        "dob",
        12,
        (
            "ngay thang nam sinh",
            "ngay sinh",
            "nam sinh",
            "sinh ngay",
            "ns",
            "date of birth",
            "birth date",
            "dob",
            "ngay sinh dd mm yyyy",
        ),
    ),
    Column("gender", "Giới tính", "gender", 9, ("gt", "nam nu", "phai", "gender", "sex")),
    Column(
        "phone",
        "Số điện thoại",
        "phone",
        14,
        ("dien thoai", "sdt", "so dt", "dt", "dien thoai lien he", "so dien thoai lien he", "phone", "mobile", "dtdd"),
    ),
    Column(
        "id_number",
        "Số CCCD",
        "id",
        15,
        (
            "cccd",
            "can cuoc cong dan",
            "so can cuoc cong dan",
            "so can cuoc",
            "can cuoc",
            "so cmnd",
            "cmnd",
            "cmnd cccd",
            "so cmnd cccd",
            "cccd cmnd",
            "so cccd cmnd",
            "so dinh danh",
            "so dinh danh ca nhan",
            "id number",
        ),
    ),
    Column(
        "union_join_date",
        "Ngày vào Đoàn",
        "date",
        12,
        (
            "ngay ket nap doan",
            "ngay vao doan tncs",
            "ngay vao doan tncs ho chi minh",
            "ngay ket nap",
            "ngay ket nap vao doan",
            "union join date",
        ),
    ),
    Column(
        "union_card_no",
        "Số thẻ đoàn viên",
        "card",
        14,
        (
            "so the doan",
            "so the",
            "so the dv",
            "ma doan vien",
            "ma dv",
            "the doan vien",
            "so the doan vien",
            "union card",
            "card number",
        ),
    ),
    Column("is_party_member", "Đảng viên", "party", 9, ("la dang vien", "dang vien co khong", "party member")),
    Column(
        "party_join_date", "Ngày vào Đảng", "date", 12, ("ngay ket nap dang", "ngay vao dang cs", "party join date")
    ),
    Column(
        "residence",
        "Nơi cư trú (thôn/tổ dân phố)",
        "text",
        24,
        (
            "noi cu tru",
            "thon to dan pho",
            "thon",
            "to dan pho",
            "noi o hien nay",
            "noi o",
            "cho o hien nay",
            "dia chi",
            "dia chi thuong tru",
            "noi thuong tru",
            "residence",
            "address",
        ),
    ),
    Column(
        "training_registered",
        "Đăng ký Rèn luyện đoàn viên",
        "training",
        13,
        (
            "ren luyen doan vien",
            "dang ky ren luyen",
            "dang ky chuong trinh ren luyen doan vien",
            "dk ren luyen doan vien",
            "rldv",
        ),
    ),
    Column(
        "training_registered_on",
        "Ngày đăng ký Rèn luyện đoàn viên",
        "date",
        13,
        ("ngay dang ky ren luyen", "ngay dk ren luyen doan vien"),
    ),
    Column(
        "ebook_issued",
        "Đã cấp sổ đoàn điện tử",
        "bool",
        11,
        ("so doan dien tu", "cap so doan dien tu", "so doan vien dien tu", "da cap so doan"),
    ),
    Column(
        "ecard_issued",
        "Đã cấp thẻ đoàn điện tử",
        "bool",
        11,
        ("the doan dien tu", "cap the doan dien tu", "the doan vien dien tu", "da cap the doan"),
    ),
    Column(
        "residence_activity",
        "Sinh hoạt Đoàn nơi cư trú",
        "bool",
        11,
        (
            "sinh hoat noi cu tru",
            "sinh hoat doan tai noi cu tru",
            "sh noi cu tru",
            "tham gia sinh hoat noi cu tru",
            "sinh hoat tai noi cu tru",
        ),
    ),
    Column(
        "entry_date",
        "Ngày vào chi đoàn",
        "date",
        12,
        ("ngay sinh hoat tai chi doan", "ngay bat dau sinh hoat", "ngay chuyen den"),
    ),
    Column(
        "entry_kind",
        "Hình thức vào chi đoàn",
        "entry_kind",
        13,
        ("hinh thuc vao", "hinh thuc vao chi doan ket nap chuyen den"),
    ),
    Column(
        "exit_date",
        "Ngày rời chi đoàn",
        "date",
        12,
        ("ngay chuyen di", "ngay chuyen sinh hoat", "ngay ra khoi doan", "ngay roi"),
    ),
    Column(
        "exit_kind",
        "Hình thức rời chi đoàn",
        "exit_kind",
        13,
        ("hinh thuc roi", "ly do roi chi doan", "hinh thuc roi chi doan chuyen di ra khoi doan"),
    ),
    Column("notes", "Ghi chú", "text", 20, ("ghi chu", "note", "notes")),
    # The numbers of the book and card (issue 19 item 7): facts of the period, not member fields;
    # last, so that sheets made from older templates keep their column order.
    Column("ebook_no", "Số sổ đoàn điện tử", "text", 14, ("so so doan vien dien tu", "ma so doan dien tu")),
    Column("ecard_no", "Số thẻ đoàn điện tử", "text", 14, ("so the doan vien dien tu", "ma the doan dien tu")),
)
BY_KEY = {c.key: c for c in COLUMNS}
# Name split over two columns ("Họ và tên đệm" + "Tên"), used when there is no full-name column.
SURNAME_ALIASES = ("ho va ten dem", "ho dem", "ho", "ho va dem", "ho va chu lot", "ho lot")
GIVEN_ALIASES = ("ten", "ten goi")
SKIP_ALIASES = ("stt", "tt", "so tt", "so thu tu", "thu tu", "no")
_EXIT_HEADER_KIND = {
    "ngay chuyen di": TRANSFERRED_OUT,
    "ngay chuyen sinh hoat": TRANSFERRED_OUT,
    "ngay ra khoi doan": LEFT,
}
_ENTRY_HEADER_KIND = {"ngay chuyen den": TRANSFERRED_IN}


def header_key(text) -> str:
    """'Ngày, tháng, năm sinh (*)' -> 'ngay thang nam sinh'; bracketed hints are dropped."""
    if text is None:
        return ""
    t = name_key(str(text))
    t = re.sub(r"\((?:co/khong|x|dd/mm/yyyy|ngay/thang/nam|\*|bat buoc)\)", " ", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


def _header_key_loose(text) -> str:
    t = name_key(str(text or ""))
    t = re.sub(r"\(.*?\)", " ", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return " ".join(t.split())


_ALIAS_INDEX: dict[str, str] = {}
for _c in COLUMNS:
    for _a in (header_key(_c.header), *(header_key(a) for a in _c.aliases)):
        _ALIAS_INDEX.setdefault(_a, _c.key)
for _a in SURNAME_ALIASES:
    _ALIAS_INDEX.setdefault(_a, "_surname")
for _a in GIVEN_ALIASES:
    _ALIAS_INDEX.setdefault(_a, "_given")
for _a in SKIP_ALIASES:
    _ALIAS_INDEX.setdefault(_a, "_skip")


def column_for_header(text) -> str | None:
    """The field a header names, or None (an extra column)."""
    if text is None or str(text).strip() == "":
        return None
    k = header_key(text)
    found = _ALIAS_INDEX.get(k)
    if found is None:
        found = _ALIAS_INDEX.get(_header_key_loose(text))
    return found


# --------------------------------------------------------------------------- header detection
def _find_header(rows) -> tuple[int, dict, list] | None:
    """(0-based index of the header row, {field: (col, header)}, [extra headers]) or None.
    The header is the row naming the most known columns among the first rows, and it must name
    the full name (or surname + given name)."""
    best = None
    for i, values in enumerate(rows[:HEADER_SCAN_ROWS]):
        if not values:
            continue
        found: dict[str, tuple[int, str]] = {}
        extras = []
        for j, v in enumerate(values):
            if v is None or str(v).strip() == "":
                continue
            key = column_for_header(v)
            if key is None:
                extras.append(f"{col_letter(j)}: {' '.join(str(v).split())}")
            elif key not in found:
                found[key] = (j, " ".join(unicodedata.normalize("NFC", str(v)).split()))
        has_name = "full_name" in found or ("_surname" in found and "_given" in found)
        score = len([k for k in found if not k.startswith("_skip")])
        if has_name and (best is None or score > best[0]):
            best = (score, i, found, extras)
    if best is None:
        return None
    _, i, found, extras = best
    if "full_name" in found:
        found.pop("_surname", None)
        found.pop("_given", None)
    found.pop("_skip", None)
    return i, found, extras


_COLUMN_NUMBER = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
_FOOTER = re.compile(
    r"^(tong cong|tong so|t/m|tm |bi thu|pho bi thu|nguoi lap|xac nhan|"
    r"ban chap hanh|hai phong, ngay|ngay .* thang .* nam)"
)


def _is_number_row(values) -> bool:
    cells = [v for v in values if v is not None and str(v).strip() != ""]
    if len(cells) < 2:
        return False
    for v in cells:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if not float(v).is_integer() or not 0 < v < 100:
                return False
        elif not _COLUMN_NUMBER.match(str(v).strip()):
            return False
    return True
