"""The bounds of every spreadsheet the app reads (issue 18 §4, issue 22): checked before a reader
opens the file — the file's size, and for .xlsx (a zip of XML parts) the number of parts, their
total uncompressed size and each part's compression ratio, so a "zip bomb" is refused at once —
and while reading: rows, columns and the length of one cell. Each refusal names the file and the
place. Packages have their own, similar limits (desktop/sync/verify.py); JSON files are bounded by
desktop/domain/bounded_json.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.sheets import messages

MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024  # 10.000 members take ~2 MB as .xlsx, ~5 MB as .xls
MAX_XLSX_PARTS = 2_000
MAX_XLSX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_XLSX_RATIO = 100  # real sheets compress 5–20×; a bomb 1.000× and more
RATIO_FROM_BYTES = 1024 * 1024  # small parts (styles, a tiny sheet) may compress very well
ROWS_AROUND_DATA = 30  # a title, a header, column numbers, a total, a signature block
MAX_COLUMNS = 512  # Excel's own limit is 16.384; no list the app reads has more than ~40
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell


def check_spreadsheet(path: Path) -> None:
    """Refuse (DomainError, Vietnamese, naming the file and the part) a spreadsheet beyond the
    limits. Reads only the file's size and the zip directory."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_SPREADSHEET_BYTES:
        raise messages.too_big(path, size, MAX_SPREADSHEET_BYTES)
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader reports a damaged file in its own words
    if len(infos) > MAX_XLSX_PARTS:
        raise messages.too_many_parts(path, len(infos), MAX_XLSX_PARTS)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_XLSX_RATIO * max(info.compress_size, 1):
            raise messages.zip_bomb(
                path, info.filename, info.file_size // max(info.compress_size, 1), info.file_size, MAX_XLSX_RATIO
            )
        if total > MAX_XLSX_UNCOMPRESSED:
            raise messages.too_much_inside(path, info.filename, MAX_XLSX_UNCOMPRESSED)
