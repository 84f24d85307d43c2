"""Opening a spreadsheet: .xlsx (openpyxl's archive and styles, our own cell loop), .xls (xlrd)
or .csv, told apart by their first bytes, never by the name alone. A ``Book`` lists its sheets
(the active one first) and reads one sheet, or only its first rows (to find a header before
reading everything). Every read is bounded: rows, columns, the length of one cell (limits.py);
the file itself was checked before any reader opened it (``check_spreadsheet``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.sheets import limits, messages

ProgressFn = Callable[[int, int, str], None]


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, tuple]]  # (row number as Excel shows it, values; blank cells None)
    formula_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, 0-based col) without a saved result

    def is_blank(self) -> bool:
        return not any(any(v is not None and str(v).strip() for v in vals) for _, vals in self.rows)


class _Passthrough(Exception):
    """An exception of the caller's progress / cancel callback, carried through the readers'
    "a broken file raises anything" handlers unchanged."""

    def __init__(self, exc: BaseException):
        super().__init__()
        self.exc = exc


def col_letter(i: int) -> str:
    """0-based column index -> Excel letters."""
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _no_progress(done: int, total: int, message: str = "") -> None:
    return None


def _no_cancel() -> None:
    return None


class Book:
    """An open spreadsheet. Use as a context manager; ``read`` returns a bounded ``Sheet``."""

    kind = ""

    def __init__(
        self,
        path: Path,
        max_rows: int,
        progress: ProgressFn | None,
        cancel: Callable[[], None] | None,
        what: str = "dòng",
    ):
        self.path = path
        self.max_rows = max_rows
        self.what = what
        self._progress = progress or _no_progress
        self._cancel = cancel or _no_cancel

    # --- what every reader uses
    def tick(self, done: int, total: int, message: str) -> None:
        try:
            self._progress(done, total, message)
            self._cancel()
        except BaseException as exc:  # noqa: BLE001 - handed back unchanged by ``read``
            raise _Passthrough(exc) from None

    def check_row(self, sheet: str, row_no: int, values: tuple) -> None:
        """Columns and cell length of one row (the row count is the reader's)."""
        if len(values) > limits.MAX_COLUMNS:
            last = max(i for i, v in enumerate(values) if v is not None)
            if last >= limits.MAX_COLUMNS:
                raise messages.too_many_columns(self.path, sheet, row_no, col_letter(last), limits.MAX_COLUMNS)
        for i, v in enumerate(values):
            if isinstance(v, str) and len(v) > limits.MAX_CELL_CHARS:
                raise messages.cell_too_long(self.path, row_no, col_letter(i), len(v), limits.MAX_CELL_CHARS)

    def too_many(self) -> DomainError:
        return messages.too_many_rows(self.path, self.max_rows, self.what)

    @property
    def row_bound(self) -> int:
        """Non-blank rows allowed in one sheet: the data rows and a title, a header, a row of
        column numbers, a total and a signature block around them."""
        return self.max_rows + limits.ROWS_AROUND_DATA

    # --- the face
    def sheet_names(self, active_first: bool = True) -> list[str]:
        """The sheets' names: the active one first (the sheet Excel opens on), or in the
        workbook's order."""
        raise NotImplementedError

    def read(self, name: str | None = None, last_row: int | None = None) -> Sheet:
        """The rows of sheet ``name`` (the first of ``sheet_names`` when None), up to ``last_row``."""
        try:
            return self._read(name if name is not None else self.sheet_names()[0], last_row)
        except _Passthrough as p:
            raise p.exc from None

    def _read(self, name: str, last_row: int | None) -> Sheet:
        raise NotImplementedError

    def close(self) -> None:
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def sniff(path: Path) -> str:
    """ "xlsx", "ole" (.xls, or an encrypted .xlsx), "csv" or "unknown", from the first bytes."""
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if path.suffix.lower() in (".csv", ".txt"):
        return "csv"
    return "unknown"


def open_book(
    path,
    *,
    max_rows: int,
    progress: ProgressFn | None = None,
    cancel: Callable[[], None] | None = None,
    csv: bool = True,
    what: str = "dòng",
) -> Book:
    """Open ``path`` for reading, or refuse it (DomainError, Vietnamese, naming the file):
    missing, a folder, beyond the limits, not a spreadsheet, an OpenDocument file, protected by
    a password, damaged. ``max_rows``: more non-blank rows than this in one sheet is refused.
    ``cancel`` is called now and then (a CancelToken's ``check``); whatever it raises comes out
    unchanged. ``csv=False`` when only Excel files are accepted. ``what`` names a row in the
    refusal of too many rows ("đoàn viên")."""
    from desktop.paths import long_path_safe

    path = long_path_safe(path)
    if not path.exists():
        raise messages.not_found(path)
    if path.is_dir():
        raise messages.is_folder(path)
    try:
        limits.check_spreadsheet(path)  # size, zip parts, compression ratio: before any reader
        kind = sniff(path)
    except OSError as exc:
        raise messages.unreadable(path, exc.strerror or str(exc)) from None
    if kind == "xlsx":
        from desktop.sheets.xlsx import XlsxBook

        return XlsxBook(path, max_rows, progress, cancel, what)
    if kind == "ole":
        with open(path, "rb") as fh:
            blob = fh.read()
        if "EncryptedPackage".encode("utf-16-le") in blob:
            raise messages.protected(path)
        from desktop.sheets.xls import XlsBook

        return XlsBook(path, max_rows, progress, cancel, what)
    if kind == "csv" and csv:
        from desktop.sheets.csvfile import CsvBook

        return CsvBook(path, max_rows, progress, cancel, what)
    raise messages.not_a_spreadsheet(path, csv=csv)
