"""Spreadsheets the app writes, safe to open (issue 18 §3):

* every .xlsx goes through ``safe_row`` (control characters dropped: openpyxl refuses them and
  the file would not be written) and ``protect`` (text that starts like a formula is stored as a
  text cell with Excel's "quote prefix": shown exactly as typed, never evaluated); ``save_xlsx``
  does both and replaces the file only when it is whole;
* every .csv opens correctly when a user double-clicks it into Excel. Excel reads a .csv with
  the Windows "list separator" of the user's regional settings (Control Panel › Region ›
  Additional settings): a comma in English (United States), usually a semicolon where the
  decimal mark is a comma (1,5), and whatever an office set by hand. So on Windows the separator
  is the user's list separator, read from the system; elsewhere (and when Windows answers
  something unusable) a comma. The files start with the UTF-8 BOM, which is how Excel knows the
  Vietnamese letters are UTF-8, and end their lines with CRLF. The app's own CSV import
  recognises comma, semicolon and tab, so its exports always import back.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from desktop.domain.text import CONTROL_CHARS, looks_like_formula
from desktop.sheets import messages

LOCALE_SLIST = 0x0000000C  # GetLocaleInfoEx: the list separator
USABLE = (",", ";", "\t", "|")


# --------------------------------------------------------------------------- .xlsx
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


def save_xlsx(wb, path: Path, hint: str = " Hãy đóng tệp rồi thử lại.") -> Path:
    """``protect`` the workbook and write it through a temporary file: the old file stays whole
    when writing fails (DomainError naming the file)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    protect(wb)  # no cell of ours is ever read as a formula (issue 18)
    try:
        wb.save(tmp)
        tmp.replace(path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise messages.cannot_write(path, hint) from None
    return path


# --------------------------------------------------------------------------- .csv
def windows_list_separator() -> str | None:
    """The user's list separator (Control Panel › Region › Additional settings), or None."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        buf = ctypes.create_unicode_buffer(8)
        # LOCALE_NAME_USER_DEFAULT is NULL: the user's own regional format.
        if not ctypes.windll.kernel32.GetLocaleInfoEx(None, LOCALE_SLIST, buf, len(buf)):
            return None
        return buf.value
    except (OSError, AttributeError, ValueError):
        return None


def list_separator() -> str:
    sep = windows_list_separator()
    return sep if sep in USABLE else ","


def writer(buf: io.StringIO, delimiter: str | None = None):
    """A csv.writer for a file Excel will open: the list separator, CRLF line ends."""
    return csv.writer(buf, delimiter=delimiter or list_separator(), lineterminator="\r\n")


def encode(text: str) -> bytes:
    """UTF-8 with the BOM (Excel shows Vietnamese letters garbled without it)."""
    return ("\ufeff" + text.lstrip("\ufeff")).encode("utf-8")


def save_csv(text: str, path: Path, hint: str = "") -> Path:
    """``text`` as a CSV file Excel opens (``encode``), written through a temporary file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(encode(text))
        tmp.replace(path)
    except PermissionError:
        tmp.unlink(missing_ok=True)
        raise messages.cannot_write(path, hint) from None
    return path
