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
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from db.repo import members as repo
from desktop.domain.collation import person_key
from desktop.domain.errors import DomainError
from desktop.domain.identity import describe_vi, identity_changes, same_person
from desktop.domain.members import (ENTERING, EVENT_LABELS_VI, FIELD_LABELS_VI, GENDER_LABELS_VI,
                                    JOINED, LEAVING, LEFT, TRANSFERRED_IN, TRANSFERRED_OUT, Member,
                                    MembershipEvent, card_text, comparable, date_problem,
                                    STORED_FIELDS, latest_stint, member_problems, name_key,
                                    normalise_id_number, normalise_phone, normalise_values,
                                    parse_bool, parse_date_value, parse_gender, sorted_events)
from desktop.domain.text import csv_cell
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.membership.identity import others_in_union
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sheets import Sheet, col_letter, open_book, safe_row, save_csv, save_xlsx
from desktop.sheets import messages as sheet_messages

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
    Column("full_name", "Họ và tên", "name", 26,
           ("ho ten", "ho va ten doan vien", "ho ten doan vien", "ten doan vien", "ho va ten dv",
            "full name", "name", "ho va ten khai sinh")),
    Column("date_of_birth", "Ngày sinh", "dob", 12,
           ("ngay thang nam sinh", "ngay sinh", "nam sinh", "sinh ngay", "ns", "date of birth",
            "birth date", "dob", "ngay sinh dd mm yyyy")),
    Column("gender", "Giới tính", "gender", 9, ("gt", "nam nu", "phai", "gender", "sex")),
    Column("phone", "Số điện thoại", "phone", 14,
           ("dien thoai", "sdt", "so dt", "dt", "dien thoai lien he", "so dien thoai lien he",
            "phone", "mobile", "dtdd")),
    Column("id_number", "Số CCCD", "id", 15,
           ("cccd", "can cuoc cong dan", "so can cuoc cong dan", "so can cuoc", "can cuoc",
            "so cmnd", "cmnd", "cmnd cccd", "so cmnd cccd", "cccd cmnd", "so cccd cmnd",
            "so dinh danh", "so dinh danh ca nhan", "id number")),
    Column("union_join_date", "Ngày vào Đoàn", "date", 12,
           ("ngay ket nap doan", "ngay vao doan tncs", "ngay vao doan tncs ho chi minh",
            "ngay ket nap", "ngay ket nap vao doan", "union join date")),
    Column("union_card_no", "Số thẻ đoàn viên", "card", 14,
           ("so the doan", "so the", "so the dv", "ma doan vien", "ma dv", "the doan vien",
            "so the doan vien", "union card", "card number")),
    Column("is_party_member", "Đảng viên", "party", 9,
           ("la dang vien", "dang vien co khong", "party member")),
    Column("party_join_date", "Ngày vào Đảng", "date", 12,
           ("ngay ket nap dang", "ngay vao dang cs", "party join date")),
    Column("residence", "Nơi cư trú (thôn/tổ dân phố)", "text", 24,
           ("noi cu tru", "thon to dan pho", "thon", "to dan pho", "noi o hien nay", "noi o",
            "cho o hien nay", "dia chi", "dia chi thuong tru", "noi thuong tru", "residence",
            "address")),
    Column("training_registered", "Đăng ký Rèn luyện đoàn viên", "training", 13,
           ("ren luyen doan vien", "dang ky ren luyen", "dang ky chuong trinh ren luyen doan vien",
            "dk ren luyen doan vien", "rldv")),
    Column("training_registered_on", "Ngày đăng ký Rèn luyện đoàn viên", "date", 13,
           ("ngay dang ky ren luyen", "ngay dk ren luyen doan vien")),
    Column("ebook_issued", "Đã cấp sổ đoàn điện tử", "bool", 11,
           ("so doan dien tu", "cap so doan dien tu", "so doan vien dien tu", "da cap so doan")),
    Column("ecard_issued", "Đã cấp thẻ đoàn điện tử", "bool", 11,
           ("the doan dien tu", "cap the doan dien tu", "the doan vien dien tu", "da cap the doan")),
    Column("residence_activity", "Sinh hoạt Đoàn nơi cư trú", "bool", 11,
           ("sinh hoat noi cu tru", "sinh hoat doan tai noi cu tru", "sh noi cu tru",
            "tham gia sinh hoat noi cu tru", "sinh hoat tai noi cu tru")),
    Column("entry_date", "Ngày vào chi đoàn", "date", 12,
           ("ngay sinh hoat tai chi doan", "ngay bat dau sinh hoat", "ngay chuyen den")),
    Column("entry_kind", "Hình thức vào chi đoàn", "entry_kind", 13,
           ("hinh thuc vao", "hinh thuc vao chi doan ket nap chuyen den")),
    Column("exit_date", "Ngày rời chi đoàn", "date", 12,
           ("ngay chuyen di", "ngay chuyen sinh hoat", "ngay ra khoi doan", "ngay roi")),
    Column("exit_kind", "Hình thức rời chi đoàn", "exit_kind", 13,
           ("hinh thuc roi", "ly do roi chi doan", "hinh thuc roi chi doan chuyen di ra khoi doan")),
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
_EXIT_HEADER_KIND = {"ngay chuyen di": TRANSFERRED_OUT, "ngay chuyen sinh hoat": TRANSFERRED_OUT,
                     "ngay ra khoi doan": LEFT}
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


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Issue:
    """An error of the file: Excel row number, column header (as in the file), Vietnamese reason."""

    row: int | None
    column: str | None
    message: str
    letter: str | None = None

    def as_json(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class ParsedRow:
    row: int
    values: dict  # field -> converted value (only non-blank cells of known columns)


@dataclass
class ParsedFile:
    name: str
    sheet: str
    header_row: int
    columns: dict  # field -> (0-based index, header text as in the file)
    rows: list[ParsedRow] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    ignored_rows: list[tuple[int, str]] = field(default_factory=list)

    def header_of(self, key: str) -> str:
        if key in self.columns:
            return self.columns[key][1]
        if key == "full_name" and "_surname" in self.columns:
            return self.columns["_surname"][1]
        return BY_KEY[key].header if key in BY_KEY else FIELD_LABELS_VI.get(key, key)

    def letter_of(self, key: str) -> str | None:
        if key in self.columns:
            return col_letter(self.columns[key][0])
        return None


@dataclass(frozen=True)
class PlannedAdd:
    row: int
    member: Member
    events: tuple[MembershipEvent, ...]


@dataclass(frozen=True)
class PlannedUpdate:
    row: int
    before: Member
    after: Member
    changed: tuple[str, ...]  # field keys (incl. "entry"/"exit" for history)
    new_events: tuple[MembershipEvent, ...] = ()
    fixed_events: tuple[tuple[int, MembershipEvent, MembershipEvent], ...] = ()  # (id, old, new)
    # Matched by card number but naming another person (full_name / date_of_birth): written
    # only when the user accepts it (desktop/domain/identity.py).
    identity: tuple[str, ...] = ()


@dataclass
class ImportPlan:
    file: ParsedFile
    unit_code: str
    adds: list[PlannedAdd] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged: list[tuple[int, Member]] = field(default_factory=list)
    duplicates: list[Issue] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)  # every problem, duplicates included
    example_rows: list[int] = field(default_factory=list)  # the template's example, not imported
    fingerprint: tuple = ()  # of the stored roster the plan was made against
    numbers: dict = field(default_factory=dict)  # row -> (e-book no., e-card no.), this period's facts
    # Not errors, shown before importing: the person is already active in another branch of the
    # same Đoàn cơ sở (the import goes ahead; a transfer should then be recorded).
    warnings: list[Issue] = field(default_factory=list)

    @property
    def identity_changes(self) -> list[PlannedUpdate]:
        return [u for u in self.updates if u.identity]

    @property
    def ignored_rows(self) -> list[tuple[int, str]]:
        return sorted(self.file.ignored_rows + [(r, "dòng ví dụ của tệp mẫu") for r in self.example_rows])

    @property
    def invalid_rows(self) -> set[int]:
        return {e.row for e in self.errors if e.row is not None}

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def counts(self) -> dict:
        return {"added": len(self.adds), "updated": len(self.updates),
                "unchanged": len(self.unchanged), "skipped": len(self.invalid_rows)}

    def as_json(self, *, written: bool, dry_run: bool) -> dict:
        out = self.counts()
        out["errors"] = [e.as_json() for e in self.errors]
        out["warnings"] = [w.as_json() for w in self.warnings]
        out["identity_changes"] = [
            {"row": u.row, "card": u.before.union_card_no, "stored": describe_vi(u.before),
             "in_file": describe_vi(u.after), "fields": list(u.identity)} for u in self.identity_changes]
        out.update({"written": written, "dry_run": dry_run, "sheet": self.file.sheet,
                    "header_row": self.file.header_row,
                    "ignored_columns": list(self.file.ignored_columns),
                    "ignored_rows": [{"row": r, "reason": why} for r, why in self.ignored_rows]})
        return out


class IdentityChangeRefused(DomainError):
    """Rows match stored members by card number but name other people: nothing was written."""

    def __init__(self, plan: ImportPlan):
        rows = plan.identity_changes
        lines = [f"dòng {u.row}: số thẻ {u.before.union_card_no} là của {describe_vi(u.before)}, "
                 f"tệp ghi {describe_vi(u.after)}" for u in rows[:5]]
        more = f"; và {len(rows) - 5} dòng khác" if len(rows) > 5 else ""
        super().__init__(
            f"Tệp đổi họ tên hoặc ngày sinh của {len(rows)} đoàn viên đã có (nhận ra theo số thẻ đoàn viên): "
            + "; ".join(lines) + more + ". Chưa ghi gì. Nếu đúng là cùng người (sửa tên, sửa ngày sinh), "
            "hãy xác nhận việc đổi; nếu không, sửa số thẻ trong tệp.", field="union_card_no")
        self.plan = plan


class ImportRefused(DomainError):
    """The file has errors and the user did not choose to skip them: nothing was written."""

    def __init__(self, plan: ImportPlan):
        n = len(plan.invalid_rows)
        super().__init__(f"Tệp có lỗi ở {n} dòng: chưa ghi gì. Sửa các lỗi trong tệp rồi nhập lại, "
                         "hoặc chọn bỏ qua các dòng lỗi.")
        self.plan = plan


# --------------------------------------------------------------------------- reading cells
def _read_sheets(path: Path, progress: ProgressFn, cancel: CancelToken) -> list[Sheet]:
    """The candidate sheets (desktop/sheets: one bounded reader of .xlsx, .xls and .csv): in a
    workbook, the first sheet (the active one first) whose first rows hold a header is read
    whole; the others only so far as to know they hold none."""
    with open_book(path, max_rows=MAX_ROWS, progress=progress, cancel=cancel.check, what="đoàn viên") as book:
        if book.kind != "xlsx":
            return [book.read(name) for name in book.sheet_names()]
        heads = []
        for name in book.sheet_names():
            head = book.read(name, HEADER_SCAN_ROWS)
            if _find_header([v for _, v in head.rows]) is None:
                heads.append(head)
                continue
            return [book.read(name)]
        return heads


def _too_many(path: Path) -> DomainError:
    return sheet_messages.too_many_rows(path, MAX_ROWS, "đoàn viên")


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
_FOOTER = re.compile(r"^(tong cong|tong so|t/m|tm |bi thu|pho bi thu|nguoi lap|xac nhan|"
                     r"ban chap hanh|hai phong, ngay|ngay .* thang .* nam)")


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


# --------------------------------------------------------------------------- parsing rows
def parse_file(path, today: date, progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> ParsedFile:
    """Read a members file into converted rows and cell errors. Raises DomainError for a file
    that cannot be imported at all (not Excel, protected, corrupt, empty, no name column)."""
    path = Path(path)
    cancel = cancel or CancelToken()
    sheets = _read_sheets(path, progress, cancel)
    chosen = None
    for sh in sheets:
        found = _find_header([v for _, v in sh.rows[:HEADER_SCAN_ROWS]])
        if found:
            chosen = (sh, found)
            break
    if chosen is None:
        if not any(any(v is not None and str(v).strip() for v in vals) for sh in sheets
                   for _, vals in sh.rows):
            raise DomainError(f"Tệp “{path.name}” không có dữ liệu: trang tính trống.", field="file")
        raise DomainError(
            f"Không tìm thấy cột họ tên trong tệp “{path.name}”: dòng tiêu đề phải có cột “Họ và tên” "
            "(hoặc “Họ tên”, “Ho ten”), hoặc hai cột “Họ và tên đệm” và “Tên”. Hãy tải tệp mẫu để "
            "xem cách ghi.", field="file")
    sheet, (hidx, columns, extras) = chosen
    pf = ParsedFile(name=path.name, sheet=sheet.name, header_row=sheet.rows[hidx][0],
                    columns=columns, ignored_columns=extras)
    _parse_rows(pf, sheet, hidx, today, progress, cancel)
    if len(pf.rows) > MAX_ROWS:
        raise _too_many(path)
    if not pf.rows and not pf.issues:
        raise DomainError(f"Tệp “{path.name}” có dòng tiêu đề nhưng chưa có đoàn viên nào "
                          f"(trang “{sheet.name}”).", field="file")
    return pf


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return unicodedata.normalize("NFC", " ".join(str(v).split()))


def _parse_rows(pf: ParsedFile, sheet: Sheet, hidx: int, today: date, progress: ProgressFn,
                cancel: CancelToken) -> None:
    cols = pf.columns
    plan = [(k, j, BY_KEY[k].kind) for k, (j, _) in cols.items() if k in BY_KEY]
    name_cols = ([cols["full_name"][0]] if "full_name" in cols
                 else [cols["_surname"][0], cols["_given"][0]])
    exit_default = _EXIT_HEADER_KIND.get(header_key(cols["exit_date"][1])) if "exit_date" in cols else None
    entry_default = _ENTRY_HEADER_KIND.get(header_key(cols["entry_date"][1])) if "entry_date" in cols else None
    total = len(sheet.rows)
    first_data = True
    after_footer = False
    field_cols = [j for k, j, _ in plan if k != "full_name"]
    for pos in range(hidx + 1, total):
        n, values = sheet.rows[pos]
        if pos % 500 == 0:
            progress(pos, total, f"Đang kiểm tra dòng {n}…")
            cancel.check()
        if not values or all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        if first_data and _is_number_row(values):
            pf.ignored_rows.append((n, "dòng đánh số cột (1), (2), (3)…"))
            first_data = False
            continue
        first_data = False
        name_parts = [values[j] for j in name_cols if j < len(values) and values[j] is not None
                      and str(values[j]).strip()]
        filled = [j for j in field_cols if j < len(values) and values[j] is not None
                  and str(values[j]).strip() != ""]
        first_text = next((_cell_text(v) for v in values if v is not None and str(v).strip()), "")
        if _FOOTER.match(name_key(first_text)):
            pf.ignored_rows.append((n, f"dòng cuối bảng: “{first_text[:40]}”"))
            after_footer = True
            continue
        if after_footer and len(filled) < 2:
            # Below the total line or the signature block ("BÍ THƯ", the signer's name).
            pf.ignored_rows.append((n, f"dưới phần ký tên: “{first_text[:40]}”"))
            continue
        if not name_parts:
            if any((n, j) in sheet.formula_cells for j in name_cols):
                pf.issues.append(Issue(n, pf.header_of("full_name"),
                                       f"{pf.header_of('full_name')}: ô có công thức nhưng chưa có kết quả "
                                       "(tệp chưa được mở và lưu bằng Excel). Hãy mở tệp bằng Excel, lưu "
                                       "lại, hoặc dán giá trị thay cho công thức.",
                                       col_letter(name_cols[0])))
                continue
            if not filled:
                continue  # a numbered but empty line (STT only) or notes outside the table
            pf.issues.append(Issue(n, pf.header_of("full_name"),
                                   "Thiếu họ và tên: dòng có dữ liệu nhưng ô họ tên để trống.",
                                   pf.letter_of("full_name") or col_letter(name_cols[0])))
            continue
        full_name = " ".join(_cell_text(p) for p in name_parts)
        vals: dict = {"full_name": full_name}
        row_issues = []
        for key, j, kind in plan:
            if key == "full_name":
                continue
            raw = values[j] if j < len(values) else None
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if (n, j) in sheet.formula_cells:
                    row_issues.append(Issue(
                        n, cols[key][1], f"{cols[key][1]}: ô có công thức nhưng chưa có kết quả "
                        "(tệp chưa được mở và lưu bằng Excel). Hãy mở tệp bằng Excel, lưu lại, hoặc "
                        "dán giá trị thay cho công thức.", col_letter(j)))
                continue
            try:
                _convert(vals, key, kind, raw, today)
            except DomainError as exc:
                label = cols[key][1]
                msg = exc.message
                if not name_key(msg).startswith(name_key(label)):
                    msg = f"{label}: {msg}"
                row_issues.append(Issue(n, label, msg, col_letter(j)))
        if "exit_date" in vals and "exit_kind" not in vals:
            vals["exit_kind"] = exit_default or TRANSFERRED_OUT
        if "entry_date" in vals and "entry_kind" not in vals and entry_default:
            vals["entry_kind"] = entry_default
        if row_issues:
            pf.issues.extend(row_issues)
        pf.rows.append(ParsedRow(n, vals))


def _convert(vals: dict, key: str, kind: str, raw, today: date) -> None:
    if kind == "text":
        vals[key] = _cell_text(raw)
    elif kind == "dob":
        d, year_only = parse_date_value(raw, today, allow_year_only=True)
        vals["date_of_birth"], vals["dob_year_only"] = d, year_only
    elif kind == "date":
        vals[key] = parse_date_value(raw, today)[0]
    elif kind == "bool":
        b = parse_bool(raw)
        if b is not None:
            vals[key] = b
    elif kind == "gender":
        vals[key] = parse_gender(raw)
    elif kind == "phone":
        vals[key] = normalise_phone(raw)
    elif kind == "id":
        vals[key] = normalise_id_number(raw)
    elif kind == "card":
        vals[key] = card_text(raw)
    elif kind in ("party", "training"):
        flag, date_key = (("is_party_member", "party_join_date") if kind == "party"
                          else ("training_registered", "training_registered_on"))
        try:
            b = parse_bool(raw)
        except DomainError:
            try:
                d, _ = parse_date_value(raw, today)
            except DomainError:
                raise DomainError(f"Giá trị “{_cell_text(raw)}” không hiểu được: ghi Có, Không hoặc "
                                  "ngày dạng dd/mm/yyyy.") from None
            vals[flag] = True
            vals.setdefault(date_key, d)
            return
        if b is not None:
            vals[flag] = b
    elif kind == "entry_kind":
        vals[key] = _event_kind(raw, ENTERING)
    elif kind == "exit_kind":
        vals[key] = _event_kind(raw, LEAVING)


_KIND_WORDS = {
    "ket nap": JOINED, "ket nap moi": JOINED, "vao doan": JOINED, "moi": JOINED, "joined": JOINED,
    "vao chi doan": JOINED, "ket nap vao chi doan": JOINED,
    "chuyen den": TRANSFERRED_IN, "chuyen sinh hoat den": TRANSFERRED_IN, "den": TRANSFERRED_IN,
    "transferred in": TRANSFERRED_IN,
    "chuyen di": TRANSFERRED_OUT, "chuyen sinh hoat": TRANSFERRED_OUT, "chuyen sinh hoat di": TRANSFERRED_OUT,
    "di": TRANSFERRED_OUT, "transferred out": TRANSFERRED_OUT,
    "ra khoi doan": LEFT, "ra doan": LEFT, "truong thanh doan": LEFT, "xoa ten": LEFT,
    "khai tru": LEFT, "left": LEFT, "left the union": LEFT,
}


def _event_kind(raw, allowed: set[str]) -> str:
    k = _KIND_WORDS.get(name_key(str(raw)).strip(" ./"))
    if k is None:
        k = _KIND_WORDS.get(header_key(raw))
    if k is None or k not in allowed:
        choices = " hoặc ".join(f"“{EVENT_LABELS_VI[x] if x != JOINED else 'Kết nạp'}”"
                                for x in (JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT) if x in allowed)
        raise DomainError(f"Giá trị “{_cell_text(raw)}” không hiểu được: ghi {choices}.")
    return k


# --------------------------------------------------------------------------- planning
_MEMBER_KEYS = {f for f in FIELD_LABELS_VI if f not in ("entry_date", "entry_kind", "exit_date",
                                                        "exit_kind")} | {"dob_year_only"}


class _Index:
    """Existing members of the unit, by Union card number and by name (+ date of birth)."""

    def __init__(self, members: list[Member]):
        self.by_card: dict[str, Member] = {}
        self.by_name: dict[str, list[Member]] = {}
        for m in members:
            if m.union_card_no:
                self.by_card.setdefault(m.union_card_no, m)
            self.by_name.setdefault(m.key, []).append(m)

    def match(self, key: str, card: str | None, dob: date | None, year_only: bool
              ) -> tuple[Member | None, str | None]:
        """(member, None) when found, (None, None) when new, (None, reason) when ambiguous."""
        if card and card in self.by_card:
            return self.by_card[card], None
        same = self.by_name.get(key, [])
        if not same:
            return None, None
        if dob is not None:
            hits = [m for m in same if m.date_of_birth is not None and _same_dob(
                m.date_of_birth, m.dob_year_only, dob, year_only)]
            if len(hits) == 1:
                hit = hits[0]
            elif len(hits) > 1:
                return None, (f"có {len(hits)} đoàn viên cùng họ tên và ngày sinh: ghi số thẻ đoàn "
                              "viên để phân biệt")
            else:
                undated = [m for m in same if m.date_of_birth is None]
                if len(undated) == 1 and len(same) == 1:
                    hit = undated[0]
                else:
                    return None, None
        else:
            if len(same) > 1:
                return None, (f"có {len(same)} đoàn viên tên “{same[0].full_name}”: ghi ngày sinh hoặc "
                              "số thẻ đoàn viên để biết là ai")
            hit = same[0]
        if card and hit.union_card_no and hit.union_card_no != card:
            return None, (f"trùng họ tên, ngày sinh với {hit.full_name} nhưng khác số thẻ đoàn viên "
                          f"({hit.union_card_no} ≠ {card})")
        return hit, None


def _same_dob(a: date, a_year: bool, b: date, b_year: bool) -> bool:
    if a_year or b_year:
        return a.year == b.year
    return a == b


def plan_rows(pf: ParsedFile, unit_code: str, existing: list[Member],
              histories: dict[int, list[MembershipEvent]], today: date,
              default_entry: date, others: list[Member] = (),
              unit_names: dict[str, str] | None = None) -> ImportPlan:
    """Classify every parsed row against the stored members (pure: nothing is written).
    ``others``: the members active in the other branches of the same Đoàn cơ sở (warnings)."""
    plan = ImportPlan(file=pf, unit_code=unit_code)
    plan.errors.extend(pf.issues)
    bad_rows = {i.row for i in pf.issues}
    index = _Index(existing)
    seen_card: dict[str, int] = {}
    seen_name: dict[tuple, int] = {}
    seen_name_card: dict[tuple, bool] = {}  # every row so far with this name had a card
    seen_target: dict[int, int] = {}
    for pr in pf.rows:
        v = pr.values
        book, card_no = v.pop("ebook_no", None), v.pop("ecard_no", None)
        if book or card_no:
            plan.numbers[pr.row] = (book, card_no)
            if book:  # a number is an issued book or card
                v.setdefault("ebook_issued", True)
            if card_no:
                v.setdefault("ecard_issued", True)
        if _is_template_example(v):
            plan.example_rows.append(pr.row)
            continue
        key = name_key(v["full_name"])
        card = v.get("union_card_no")
        dob = v.get("date_of_birth")
        # Duplicates inside the file: the first row wins, later ones are listed.
        dup = None
        if card and card in seen_card:
            dup = (seen_card[card], "union_card_no", f"cùng số thẻ đoàn viên {card}")
        elif (key, dob) in seen_name and not (card and seen_name_card[(key, dob)]):
            # Same name (and date of birth): the same person, unless both rows carry (different)
            # Union card numbers — the card is what identifies a member first.
            dup = (seen_name[(key, dob)], "full_name",
                   "cùng họ tên" + (" và ngày sinh" if dob else ""))
        target = None
        reason = None
        if dup is None:
            target, reason = index.match(key, card, dob, bool(v.get("dob_year_only")))
            if target is not None and target.id in seen_target:
                dup = (seen_target[target.id], "full_name", f"cùng là đoàn viên {target.full_name}")
        if dup is not None:
            first, fkey, why = dup
            issue = Issue(pr.row, pf.header_of(fkey),
                          f"Trùng với dòng {first} ({why}): dòng này không được nhập.", pf.letter_of(fkey))
            plan.duplicates.append(issue)
            plan.errors.append(issue)
            continue
        if card:
            seen_card[card] = pr.row
        seen_name.setdefault((key, dob), pr.row)
        seen_name_card[(key, dob)] = seen_name_card.get((key, dob), True) and bool(card)
        if pr.row in bad_rows:
            continue
        if reason:
            plan.errors.append(Issue(pr.row, pf.header_of("full_name"),
                                     f"Không xác định được đoàn viên: {reason}.", pf.letter_of("full_name")))
            continue
        if target is not None:
            seen_target[target.id] = pr.row
            _plan_update(plan, pr, target, histories.get(target.id, []), today)
            last = plan.updates[-1] if plan.updates else None
            if card and last is not None and last.row == pr.row and card == target.union_card_no:
                changed = identity_changes(last.before, last.after)
                if changed:
                    plan.updates[-1] = replace(last, identity=changed)
        else:
            _plan_add(plan, pr, unit_code, today, default_entry)
    if others:
        _warn_same_people(plan, others, unit_names or {})
    return plan


def _warn_same_people(plan: ImportPlan, others: list[Member], names: dict[str, str]) -> None:
    """A row naming a person already active in another branch of the Đoàn cơ sở."""
    by_card: dict[str, list[Member]] = {}
    by_name: dict[str, list[Member]] = {}
    for o in others:
        if o.union_card_no:
            by_card.setdefault(o.union_card_no.strip().upper(), []).append(o)
        by_name.setdefault(o.key, []).append(o)
    rows = [(a.row, a.member) for a in plan.adds] + [(u.row, u.after) for u in plan.updates] + \
        [(r, m) for r, m in plan.unchanged]
    pf = plan.file
    for row, m in sorted(rows, key=lambda x: x[0]):
        cands = by_card.get((m.union_card_no or "").strip().upper(), []) + by_name.get(m.key, [])
        hit = next((o for o in cands if same_person(m, o)), None)
        if hit is None:
            continue
        why = "cùng số thẻ đoàn viên" if same_person(m, hit) == "card" else "cùng họ tên và ngày sinh"
        plan.warnings.append(Issue(
            row, pf.header_of("full_name"),
            f"{describe_vi(m)} đang là đoàn viên của {names.get(hit.unit_code, hit.unit_code)} ({why}). "
            "Nếu đã chuyển sinh hoạt, hãy ghi mốc chuyển đi ở chi đoàn cũ; nếu không, kiểm tra lại dòng này.",
            pf.letter_of("full_name")))


def _is_template_example(v: dict) -> bool:
    return v.get("notes") == TEMPLATE_EXAMPLE_NOTE


def _file_values(v: dict) -> dict:
    """The member fields a row gives, tidied; "Không" for a flag also clears its date."""
    changes = {k: v[k] for k in _MEMBER_KEYS if k in v}
    if changes.get("is_party_member") is False and "party_join_date" not in v:
        changes["party_join_date"] = None
    if changes.get("training_registered") is False and "training_registered_on" not in v:
        changes["training_registered_on"] = None
    return changes


def _field_issues(plan: ImportPlan, row: int, problems: dict[str, str]) -> None:
    pf = plan.file
    for f, msg in problems.items():
        col = f if f in pf.columns or f != "is_party_member" else "party_join_date"
        plan.errors.append(Issue(row, pf.header_of(col), msg, pf.letter_of(col)))


def _stint_problems(pf: ParsedFile, v: dict, dob: date | None, entry: date | None, today: date,
                    row: int) -> list[Issue]:
    out = []
    for k in ("entry_date", "exit_date"):
        d = v.get(k)
        if d is None:
            continue
        msg = date_problem(d, today, pf.header_of(k))
        if msg is None and dob is not None and d <= dob:
            msg = f"{pf.header_of(k)} {d:%d/%m/%Y} không thể trước ngày sinh."
        if msg:
            out.append(Issue(row, pf.header_of(k), msg, pf.letter_of(k)))
    exit_date = v.get("exit_date")
    if exit_date and entry and exit_date < entry and not out:
        out.append(Issue(row, pf.header_of("exit_date"),
                         f"{pf.header_of('exit_date')} {exit_date:%d/%m/%Y} trước ngày vào chi đoàn "
                         f"{entry:%d/%m/%Y}.", pf.letter_of("exit_date")))
    if "exit_kind" in v and "exit_date" not in v:
        out.append(Issue(row, pf.header_of("exit_date"),
                         "Có hình thức rời chi đoàn nhưng thiếu ngày rời chi đoàn.",
                         pf.letter_of("exit_kind")))
    if "entry_kind" in v and "entry_date" not in v and "union_join_date" not in v:
        pass  # the kind alone is kept; the date falls back as for any new member
    return out


def _plan_add(plan: ImportPlan, pr: ParsedRow, unit_code: str, today: date, default_entry: date) -> None:
    v = pr.values
    m = Member(id=None, unit_code=unit_code, **normalise_values(
        {**_EMPTY, **_file_values(v)}, complete=True))
    if m.training_registered and m.training_registered_on is None:
        m = m.dated(today)
    problems = member_problems(m, today)
    entry = v.get("entry_date") or m.union_join_date
    note = None
    if entry is None:
        entry = default_entry
        note = "Tệp nhập không ghi ngày vào chi đoàn: tính từ ngày này."
        if m.date_of_birth and entry <= m.date_of_birth:
            entry = today
    issues = _stint_problems(plan.file, v, m.date_of_birth, entry, today, pr.row)
    if problems or issues:
        _field_issues(plan, pr.row, problems)
        plan.errors.extend(issues)
        return
    events = [MembershipEvent(v.get("entry_kind", JOINED), entry, note)]
    if v.get("exit_date"):
        events.append(MembershipEvent(v["exit_kind"], v["exit_date"]))
    plan.adds.append(PlannedAdd(pr.row, m, tuple(events)))


_EMPTY = {f: getattr(Member(None, "", ""), f) for f in STORED_FIELDS}
_HISTORY_KEYS = ("entry_date", "entry_kind", "exit_date", "exit_kind")


def _plan_update(plan: ImportPlan, pr: ParsedRow, before: Member, events: list[MembershipEvent],
                 today: date) -> None:
    v = pr.values
    fv = normalise_values(_file_values(v))
    same = all(getattr(before, k) == x for k, x in fv.items())
    stint = latest_stint(events)
    if same and not any(k in v for k in _HISTORY_KEYS):
        plan.unchanged.append((pr.row, before))
        return
    after = replace(before, **fv).normalised().dated(today) if not same else before
    problems = member_problems(after, today) if not same else {}
    entry_for_check = v.get("entry_date") or stint.entry_date
    issues = _stint_problems(plan.file, v, after.date_of_birth, entry_for_check, today, pr.row)
    if problems or issues:
        _field_issues(plan, pr.row, problems)
        plan.errors.extend(issues)
        return
    changed = [f for f in _MEMBER_KEYS if getattr(before, f) != getattr(after, f)]
    new_events: list[MembershipEvent] = []
    fixed: list[tuple[int, MembershipEvent, MembershipEvent]] = []
    evs = sorted_events(events)
    entry_ev = _stint_event(evs, stint.entry_kind, stint.entry_date)
    exit_ev = _stint_event(evs, stint.exit_kind, stint.exit_date)
    f_entry, f_entry_kind = v.get("entry_date"), v.get("entry_kind")
    f_exit, f_exit_kind = v.get("exit_date"), v.get("exit_kind")
    if f_entry and stint.exit_date and f_entry > stint.exit_date:
        # Came back after leaving: a new stay, history kept.
        new_events.append(MembershipEvent(f_entry_kind or TRANSFERRED_IN, f_entry))
        if f_exit and f_exit >= f_entry:
            new_events.append(MembershipEvent(f_exit_kind, f_exit))
        changed.append("entry")
    else:
        if entry_ev is not None and (f_entry or f_entry_kind):
            new = MembershipEvent(f_entry_kind or entry_ev.kind, f_entry or entry_ev.on_date,
                                  entry_ev.note if (f_entry or entry_ev.on_date) == entry_ev.on_date else None)
            if (new.kind, new.on_date) != (entry_ev.kind, entry_ev.on_date):
                fixed.append((entry_ev.id, entry_ev, new))
                changed.append("entry")
        if f_exit:
            if exit_ev is None:
                new_events.append(MembershipEvent(f_exit_kind, f_exit))
                changed.append("exit")
            elif (f_exit_kind, f_exit) != (exit_ev.kind, exit_ev.on_date):
                fixed.append((exit_ev.id, exit_ev, MembershipEvent(f_exit_kind, f_exit, exit_ev.note)))
                changed.append("exit")
    if not changed:
        plan.unchanged.append((pr.row, before))
        return
    plan.updates.append(PlannedUpdate(pr.row, before, after, tuple(changed), tuple(new_events),
                                      tuple(fixed)))


def _stint_event(evs, kind, on) -> MembershipEvent | None:
    if kind is None:
        return None
    for e in reversed(evs):
        if e.kind == kind and e.on_date == on:
            return e
    return None


# --------------------------------------------------------------------------- services
def preview_import(ctx: AppContext, unit_code: str, path, progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> ImportPlan:
    """Read the file and say what importing it would do. Writes nothing."""
    from desktop.services.membership.members import bulk_objects

    with bulk_objects():
        return _preview(ctx, unit_code, path, progress, cancel)


def _preview(ctx: AppContext, unit_code: str, path, progress: ProgressFn,
             cancel: CancelToken | None) -> ImportPlan:
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


def apply_import(ctx: AppContext, plan: ImportPlan, *, skip_invalid: bool = False,
                 accept_identity: bool = False, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> ImportResult:
    """Write a previewed import in one transaction: everything or nothing.

    The rows are matched again inside the write transaction, so a change made since the preview
    cannot cause a duplicate. With errors and without ``skip_invalid`` nothing is written and
    ``ImportRefused`` is raised. Rows that would change the name or date of birth of a member
    found by card number raise ``IdentityChangeRefused`` unless ``accept_identity``."""
    from desktop.services.membership.members import default_entry_date

    from desktop.services.membership.members import bulk_objects

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
        new = replace(f, ebook_no=book or f.ebook_no, ecard_no=card or f.ecard_no,
                      ebook_issued=f.ebook_issued or bool(book), ecard_issued=f.ecard_issued or bool(card),
                      ebook_on=f.ebook_on or (ctx.today() if book and not f.ebook_issued else None),
                      ecard_on=f.ecard_on or (ctx.today() if card and not f.ecard_issued else None))
        if new != f:
            out.append(new)
    repo.save_period_facts(s, out, ctx.actor)


def _numbers_now(s, ctx: AppContext, unit_code: str) -> dict[int, tuple]:
    """{member id: (e-book no., e-card no.)}: the latest numbers recorded up to the period running today."""
    from desktop.services.units import period_in

    label = period_in(s, unit_code, None, ctx.today()).label
    out = {}
    for mid, by_label in repo.period_facts_for_unit(s, unit_code).items():
        known = sorted((lbl, f) for lbl, f in by_label.items() if lbl <= label)
        book = next((f.ebook_no for _, f in reversed(known) if f.ebook_no), None)
        card = next((f.ecard_no for _, f in reversed(known) if f.ecard_no), None)
        if book or card:
            out[mid] = (book, card)
    return out


def _current_ticks(s, ctx: AppContext, members: list):
    """The members with the CD-3.3 … CD-3.5 ticks of the period running today."""
    from desktop.services.membership.members import _in_period

    return _in_period(s, members, ctx.today())


def _write(ctx: AppContext, s, plan: ImportPlan, progress: ProgressFn, cancel: CancelToken) -> None:
    unit = plan.unit_code
    total = len(plan.adds) + len(plan.updates)
    progress(0, total, "Đang ghi…")
    ids = repo.insert_members(s, unit, [a.member for a in plan.adds])
    cancel.check()
    events = [(mid, e) for mid, a in zip(ids, plan.adds) for e in a.events]
    audit = [{"action": "create", "entity": "member", "entity_id": mid, "unit_code": unit,
              "after": {**comparable(a.member),
                        "events": [(e.kind, e.on_date, e.note) for e in a.events],
                        "source": f"{plan.file.name}, dòng {a.row}"}}
             for mid, a in zip(ids, plan.adds)]
    progress(len(plan.adds), total, "Đang ghi…")
    repo.update_members(s, [u.after for u in plan.updates])
    # The ticks of the sheet are this period's facts (CD-3.3 … CD-3.5, issue 19 item 7).
    from desktop.services.membership.members import record_period_facts

    record_period_facts(s, ctx, [replace(a.member, id=mid, unit_code=unit) for mid, a in zip(ids, plan.adds)]
                        + [u.after for u in plan.updates])
    if plan.numbers:
        by_row = {a.row: mid for mid, a in zip(ids, plan.adds)}
        by_row.update({u.row: u.before.id for u in plan.updates})
        by_row.update({row: m.id for row, m in plan.unchanged})
        _record_numbers(s, ctx, unit, {by_row[r]: n for r, n in plan.numbers.items() if r in by_row})
    for u in plan.updates:
        events.extend((u.before.id, e) for e in u.new_events)
        for eid, _old, new in u.fixed_events:
            repo.correct_event(s, eid, new.kind, new.on_date, new.note)
        audit.append({"action": "update", "entity": "member", "entity_id": u.before.id, "unit_code": unit,
                      "before": {**comparable(u.before), "events": [
                          (old.kind, old.on_date) for _, old, _ in u.fixed_events]},
                      "after": {**comparable(u.after),
                                "events": [(e.kind, e.on_date) for _, _, e in u.fixed_events]
                                + [(e.kind, e.on_date) for e in u.new_events],
                                "source": f"{plan.file.name}, dòng {u.row}"}})
    repo.add_events(s, events, ctx.actor)
    cancel.check()
    repo.audit_many(s, ctx.actor, audit)
    progress(total, total, "Đã ghi xong.")


def import_file(ctx: AppContext, unit_code: str, path, *, dry_run: bool = False,
                skip_invalid: bool = False, accept_identity: bool = False,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ImportResult:
    """Preview and (unless ``dry_run``) write in one call (the CLI). Refused imports raise
    ``ImportRefused`` carrying the plan."""
    plan = preview_import(ctx, unit_code, path, progress, cancel)
    if dry_run:
        return ImportResult(plan, False, Changes())
    return apply_import(ctx, plan, skip_invalid=skip_invalid, accept_identity=accept_identity,
                        progress=progress, cancel=cancel)


# --------------------------------------------------------------------------- writing files
def _yes_no(b: bool) -> str:
    return "Có" if b else "Không"


_KIND_TEXT = {JOINED: "Kết nạp", TRANSFERRED_IN: "Chuyển đến", TRANSFERRED_OUT: "Chuyển đi",
              LEFT: "Ra khỏi Đoàn"}


def export_row(m: Member, events: list[MembershipEvent], numbers: tuple | None = None) -> dict:
    """The template's columns for one member (dates as dates; the year alone as a number)."""
    st = latest_stint(events)
    return {
        "full_name": m.full_name,
        "date_of_birth": (m.date_of_birth.year if m.dob_year_only else m.date_of_birth)
        if m.date_of_birth else None,
        "gender": GENDER_LABELS_VI.get(m.gender) if m.gender else None,
        "phone": m.phone, "id_number": m.id_number, "union_join_date": m.union_join_date,
        "union_card_no": m.union_card_no, "is_party_member": _yes_no(m.is_party_member),
        "party_join_date": m.party_join_date, "residence": m.residence,
        "training_registered": _yes_no(m.is_training_registered),
        "training_registered_on": m.training_registered_on,
        "ebook_issued": _yes_no(m.ebook_issued), "ecard_issued": _yes_no(m.ecard_issued),
        "ebook_no": (numbers or (None, None))[0], "ecard_no": (numbers or (None, None))[1],
        "residence_activity": _yes_no(m.residence_activity),
        "entry_date": st.entry_date, "entry_kind": _KIND_TEXT.get(st.entry_kind),
        "exit_date": st.exit_date, "exit_kind": _KIND_TEXT.get(st.exit_kind),
        "notes": m.notes,
    }


_LISTS = {"bool": '"Có,Không"', "party": '"Có,Không"', "training": '"Có,Không"',
          "gender": '"Nam,Nữ,Khác"', "entry_kind": '"Kết nạp,Chuyển đến"',
          "exit_kind": '"Chuyển đi,Ra khỏi Đoàn"'}


def _workbook(rows: list[dict]):
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Đoàn viên"
    headers = ["STT"] + [c.header for c in COLUMNS]
    ws.append(headers)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, _ in enumerate(headers, 1):
        cell = ws.cell(row=1, column=j)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[1].height = 45
    ws.column_dimensions["A"].width = 5
    for j, c in enumerate(COLUMNS, 2):
        ws.column_dimensions[col_letter(j - 1)].width = c.width
    ws.freeze_panes = "C2"
    date_cols = [j for j, c in enumerate(COLUMNS, 2) if c.kind in ("date", "dob")]
    text_cols = [j for j, c in enumerate(COLUMNS, 2) if c.kind in ("phone", "id", "card")]
    for n, r in enumerate(rows, 1):
        ws.append(safe_row([n] + [r.get(c.key) for c in COLUMNS]))
    last = max(len(rows) + 1, 2)
    for j in date_cols:
        for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=j, max_col=j):
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "DD/MM/YYYY"
    for j in text_cols:
        for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=j, max_col=j):
            cell.number_format = "@"
    end = max(last, 1000) + 500
    for j, c in enumerate(COLUMNS, 2):
        if c.kind in _LISTS:
            dv = DataValidation(type="list", formula1=_LISTS[c.kind], allow_blank=True,
                                showErrorMessage=c.kind not in ("party", "training"))
            dv.error = "Chọn một giá trị trong danh sách."
            dv.errorTitle = c.header
            dv.prompt = "Chọn trong danh sách" + (" hoặc ghi ngày dd/mm/yyyy" if c.kind in (
                "party", "training") else "")
            dv.add(f"{col_letter(j - 1)}2:{col_letter(j - 1)}{end}")
            ws.add_data_validation(dv)
    guide = wb.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Cách ghi"])
    guide["A1"].font = bold
    guide["B1"].font = bold
    for c in COLUMNS:
        guide.append([c.header, _GUIDE[c.kind] + (" Bắt buộc." if c.key == "full_name" else "")])
    guide.append([])
    guide.append(["", "Đoàn viên đã có được nhận ra theo Số thẻ đoàn viên, nếu không có thì theo Họ và "
                      "tên + Ngày sinh. Ô để trống không xóa dữ liệu đã có. Nhập lại cùng một tệp "
                      "không thay đổi gì."])
    guide.column_dimensions["A"].width = 34
    guide.column_dimensions["B"].width = 100
    return wb


_GUIDE = {
    "name": "Họ và tên đầy đủ, có dấu.",
    "dob": "Ngày dạng dd/mm/yyyy (ví dụ 05/03/2001) hoặc chỉ ghi năm (2001).",
    "date": "Ngày dạng dd/mm/yyyy, không sau hôm nay, không trước năm 1950.",
    "gender": "Nam, Nữ hoặc Khác.",
    "phone": "10 chữ số (di động 03, 05, 07, 08, 09…) hoặc 11 chữ số (cố định 02…).",
    "id": "Căn cước công dân 12 chữ số (CMND cũ 9 chữ số). Không bắt buộc.",
    "card": "Số thẻ đoàn viên (dùng để nhận ra đoàn viên khi nhập lại).",
    "party": "Có hoặc Không (hoặc ghi ngày vào Đảng).",
    "training": "Có hoặc Không (tiêu chí CD-3.4).",
    "bool": "Có hoặc Không (tiêu chí CD-3.3, CD-3.5).",
    "text": "Chữ tự do.",
    "entry_kind": "Kết nạp hoặc Chuyển đến. Để trống: Kết nạp.",
    "exit_kind": "Chuyển đi hoặc Ra khỏi Đoàn (chỉ ghi khi đã rời chi đoàn).",
}


def write_template(path) -> Path:
    """The empty template with Vietnamese headers, one example row and lists for the flags."""
    path = Path(path)
    example = {
        "full_name": "Nguyễn Thị Hoa", "date_of_birth": date(2001, 3, 5), "gender": "Nữ",
        "phone": "0912345678", "id_number": "031301001234", "union_join_date": date(2016, 3, 26),
        "union_card_no": "DV0001", "is_party_member": "Không", "party_join_date": None,
        "residence": "Tổ dân phố số 3", "training_registered": "Có",
        "training_registered_on": date(2020, 2, 10), "ebook_issued": "Có", "ecard_issued": "Có",
        "residence_activity": "Có", "entry_date": date(2019, 9, 1), "entry_kind": "Kết nạp",
        "notes": TEMPLATE_EXAMPLE_NOTE,
    }
    wb = _workbook([example])
    save_xlsx(wb, path)
    return path


def export_members(ctx: AppContext, unit_code: str, path, progress: ProgressFn = no_progress) -> int:
    """Every member of the unit (also those who left, with their dates) to .xlsx (the template's
    columns, so that importing the export changes nothing) or .csv (UTF-8 with BOM, for Excel)."""
    from desktop.paths import long_path_safe

    path = long_path_safe(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DomainError(f"Chỉ xuất được tệp .xlsx hoặc .csv (không phải “{path.suffix}”).", field="file")
    with ctx.uow.read() as s:
        members = _current_ticks(s, ctx, repo.list_for_unit(s, unit_code))
        histories = repo.events_for_unit(s, unit_code)
        numbers = _numbers_now(s, ctx, unit_code)
    members.sort(key=lambda m: (person_key(m.full_name), m.id))  # the app's Vietnamese order
    rows = [export_row(m, histories.get(m.id, []), numbers.get(m.id)) for m in members]
    progress(len(rows) // 2, len(rows), "Đang ghi tệp…")
    if suffix == ".csv":
        _write_csv(path, rows)
    else:
        save_xlsx(_workbook(rows), path)
    progress(len(rows), len(rows), "Đã xuất xong.")
    return len(rows)


def _write_csv(path: Path, rows: list[dict]) -> None:
    from desktop.sheets import writer

    buf = io.StringIO()
    w = writer(buf)  # the Windows list separator (Excel splits on it)
    w.writerow(["STT"] + [c.header for c in COLUMNS])
    for n, r in enumerate(rows, 1):
        out = [n]
        for c in COLUMNS:
            v = r.get(c.key)
            if isinstance(v, date):
                v = f"{v:%d/%m/%Y}"
            out.append("" if v is None else csv_cell(v))
        w.writerow(out)
    save_csv(buf.getvalue(), path)
