"""CSV files that open correctly when a user double-clicks them into Excel.

Excel reads a .csv with the Windows "list separator" of the user's regional settings (Control
Panel › Region › Additional settings): a comma in English (United States), usually a semicolon
where the decimal mark is a comma (1,5), and whatever an office set by hand. A comma-separated
file opened on a PC whose list separator is ";" lands in one column. So on Windows the separator
is the user's list separator, read from the system; elsewhere (and when Windows answers
something unusable) a comma. The files start with the UTF-8 BOM, which
is how Excel knows the Vietnamese letters are UTF-8, and end their lines with CRLF. The app's own
CSV import recognises comma, semicolon and tab, so its exports always import back.
"""

from __future__ import annotations

import csv
import io
import sys

LOCALE_SLIST = 0x0000000C  # GetLocaleInfoEx: the list separator
USABLE = (",", ";", "\t", "|")


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
