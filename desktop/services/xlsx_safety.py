"""Spreadsheet exports that cannot run code (issue 18 §3): every .xlsx the app writes goes through
``safe_row`` (control characters dropped: openpyxl refuses them and the file would not be
written) and ``protect`` (text that starts like a formula is stored as a text cell with Excel's
"quote prefix": shown exactly as typed, never evaluated)."""

from __future__ import annotations

from desktop.domain.text import CONTROL_CHARS, looks_like_formula


def safe_value(value):
    return CONTROL_CHARS.sub("", value) if isinstance(value, str) else value


def safe_row(values) -> list:
    return [safe_value(v) for v in values]


def protect(wb) -> None:
    """Make every formula-looking cell of every sheet of ``wb`` plain text."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f" or looks_like_formula(cell.value):
                    cell.data_type = "s"
                    cell.quotePrefix = True
