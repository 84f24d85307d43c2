"""Members' spreadsheets, part 2 of 4: reading a file into checked rows (issue 3).

The file is read by desktop/sheets (the one bounded reader of .xlsx, .xls and .csv); here the
header is found, every row converted (dates as Excel dates, dd/mm/yyyy text or a year alone;
Có/Không; the kinds of joining and leaving) and every cell that cannot be read becomes an
``Issue`` with its row, column and a Vietnamese reason. Nothing is written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.members import (
    ENTERING,
    EVENT_LABELS_VI,
    FIELD_LABELS_VI,
    JOINED,
    LEAVING,
    LEFT,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    card_text,
    name_key,
    normalise_id_number,
    normalise_phone,
    parse_bool,
    parse_date_value,
    parse_gender,
)
from desktop.services.membership.member_columns import (
    _ENTRY_HEADER_KIND,
    _EXIT_HEADER_KIND,
    _FOOTER,
    BY_KEY,
    HEADER_SCAN_ROWS,
    MAX_ROWS,
    _find_header,
    _is_number_row,
    header_key,
)
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sheets import Sheet, col_letter, open_book
from desktop.sheets import messages as sheet_messages


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


# --------------------------------------------------------------------------- parsing rows
def parse_file(path, today: date, progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> ParsedFile:
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
        if not any(any(v is not None and str(v).strip() for v in vals) for sh in sheets for _, vals in sh.rows):
            raise DomainError(f"Tệp “{path.name}” không có dữ liệu: trang tính trống.", field="file")
        raise DomainError(
            f"Không tìm thấy cột họ tên trong tệp “{path.name}”: dòng tiêu đề phải có cột “Họ và tên” "
            "(hoặc “Họ tên”, “Ho ten”), hoặc hai cột “Họ và tên đệm” và “Tên”. Hãy tải tệp mẫu để "
            "xem cách ghi.",
            field="file",
        )
    sheet, (hidx, columns, extras) = chosen
    pf = ParsedFile(
        name=path.name, sheet=sheet.name, header_row=sheet.rows[hidx][0], columns=columns, ignored_columns=extras
    )
    _parse_rows(pf, sheet, hidx, today, progress, cancel)
    if len(pf.rows) > MAX_ROWS:
        raise _too_many(path)
    if not pf.rows and not pf.issues:
        raise DomainError(
            f"Tệp “{path.name}” có dòng tiêu đề nhưng chưa có đoàn viên nào (trang “{sheet.name}”).", field="file"
        )
    return pf


def _cell_text(v) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return unicodedata.normalize("NFC", " ".join(str(v).split()))


def _parse_rows(
    pf: ParsedFile, sheet: Sheet, hidx: int, today: date, progress: ProgressFn, cancel: CancelToken
) -> None:
    cols = pf.columns
    plan = [(k, j, BY_KEY[k].kind) for k, (j, _) in cols.items() if k in BY_KEY]
    name_cols = [cols["full_name"][0]] if "full_name" in cols else [cols["_surname"][0], cols["_given"][0]]
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
        name_parts = [
            values[j] for j in name_cols if j < len(values) and values[j] is not None and str(values[j]).strip()
        ]
        filled = [j for j in field_cols if j < len(values) and values[j] is not None and str(values[j]).strip() != ""]
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
                pf.issues.append(
                    Issue(
                        n,
                        pf.header_of("full_name"),
                        f"{pf.header_of('full_name')}: ô có công thức nhưng chưa có kết quả "
                        "(tệp chưa được mở và lưu bằng Excel). Hãy mở tệp bằng Excel, lưu "
                        "lại, hoặc dán giá trị thay cho công thức.",
                        col_letter(name_cols[0]),
                    )
                )
                continue
            if not filled:
                continue  # a numbered but empty line (STT only) or notes outside the table
            pf.issues.append(
                Issue(
                    n,
                    pf.header_of("full_name"),
                    "Thiếu họ và tên: dòng có dữ liệu nhưng ô họ tên để trống.",
                    pf.letter_of("full_name") or col_letter(name_cols[0]),
                )
            )
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
                    row_issues.append(
                        Issue(
                            n,
                            cols[key][1],
                            f"{cols[key][1]}: ô có công thức nhưng chưa có kết quả "
                            "(tệp chưa được mở và lưu bằng Excel). Hãy mở tệp bằng Excel, lưu lại, hoặc "
                            "dán giá trị thay cho công thức.",
                            col_letter(j),
                        )
                    )
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
        flag, date_key = (
            ("is_party_member", "party_join_date")
            if kind == "party"
            else ("training_registered", "training_registered_on")
        )
        try:
            b = parse_bool(raw)
        except DomainError:
            try:
                d, _ = parse_date_value(raw, today)
            except DomainError:
                raise DomainError(
                    f"Giá trị “{_cell_text(raw)}” không hiểu được: ghi Có, Không hoặc ngày dạng dd/mm/yyyy."
                ) from None
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
    "ket nap": JOINED,
    "ket nap moi": JOINED,
    "vao doan": JOINED,
    "moi": JOINED,
    "joined": JOINED,
    "vao chi doan": JOINED,
    "ket nap vao chi doan": JOINED,
    "chuyen den": TRANSFERRED_IN,
    "chuyen sinh hoat den": TRANSFERRED_IN,
    "den": TRANSFERRED_IN,
    "transferred in": TRANSFERRED_IN,
    "chuyen di": TRANSFERRED_OUT,
    "chuyen sinh hoat": TRANSFERRED_OUT,
    "chuyen sinh hoat di": TRANSFERRED_OUT,
    "di": TRANSFERRED_OUT,
    "transferred out": TRANSFERRED_OUT,
    "ra khoi doan": LEFT,
    "ra doan": LEFT,
    "truong thanh doan": LEFT,
    "xoa ten": LEFT,
    "khai tru": LEFT,
    "left": LEFT,
    "left the union": LEFT,
}


def _event_kind(raw, allowed: set[str]) -> str:
    k = _KIND_WORDS.get(name_key(str(raw)).strip(" ./"))
    if k is None:
        k = _KIND_WORDS.get(header_key(raw))
    if k is None or k not in allowed:
        choices = " hoặc ".join(
            f"“{EVENT_LABELS_VI[x] if x != JOINED else 'Kết nạp'}”"
            for x in (JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT)
            if x in allowed
        )
        raise DomainError(f"Giá trị “{_cell_text(raw)}” không hiểu được: ghi {choices}.")
    return k
