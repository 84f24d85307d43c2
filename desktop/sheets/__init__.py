"""Spreadsheets in and out, without Qt and without the database (issue 22): the one reader of
.xlsx, .xls and .csv for every import — members, volunteer attendance, thôn / tổ dân phố and
surveys, branch lists, the self-assessment grid — bounded in size, rows, columns and cell length
and safe from zip bombs, refusing a bad file in one set of Vietnamese words; and the writers of
exports that cannot run code (formula-safe .xlsx, .csv that Excel opens).

    with open_book(path, max_rows=10_000, progress=..., cancel=token.check) as book:
        for name in book.sheet_names():      # the active sheet first
            head = book.read(name, last_row=30)
            ...
        sheet = book.read(name)              # Sheet(name, rows=[(row no., values)], formula_cells)

    read_first_sheet(path, max_rows=...)     # the first sheet (or the first one ``prefer`` likes)
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.sheets import messages
from desktop.sheets.book import Book, ProgressFn, Sheet, col_letter, open_book
from desktop.sheets.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_SPREADSHEET_BYTES,
    ROWS_AROUND_DATA,
    check_spreadsheet,
)
from desktop.sheets.writing import encode, list_separator, protect, safe_row, safe_value, save_csv, save_xlsx, writer


def read_first_sheet(
    path,
    *,
    max_rows: int,
    prefer: Callable[[str], bool] | None = None,
    active_first: bool = True,
    csv: bool = True,
    progress: ProgressFn | None = None,
    cancel: Callable[[], None] | None = None,
) -> Sheet:
    """The sheet ``prefer`` picks by its name, else the first sheet (the active one for .xlsx
    unless ``active_first`` is False)."""
    with open_book(path, max_rows=max_rows, csv=csv, progress=progress, cancel=cancel) as book:
        names = book.sheet_names(active_first)
        if not names:
            raise messages.empty(book.path)
        name = next((n for n in names if prefer is not None and prefer(n)), names[0])
        return book.read(name)


__all__ = [
    "Book",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_SPREADSHEET_BYTES",
    "ROWS_AROUND_DATA",
    "Sheet",
    "check_spreadsheet",
    "col_letter",
    "encode",
    "list_separator",
    "messages",
    "open_book",
    "protect",
    "read_first_sheet",
    "safe_row",
    "safe_value",
    "save_csv",
    "save_xlsx",
    "writer",
]
