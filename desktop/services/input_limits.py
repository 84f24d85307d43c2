"""Limits for the spreadsheets people bring in (issue 18 §4), checked BEFORE a reader opens them:
the file's size, and for .xlsx (a zip of XML parts) the number of parts, their total
uncompressed size and each part's compression ratio — so a "zip bomb" is refused at once instead
of after minutes and gigabytes. Each refusal names the file and the part. Packages have their
own, similar limits (desktop/sync/verify.py); JSON files are bounded by desktop/domain/bounded_json.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.domain.errors import DomainError

MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024  # 10.000 members take ~2 MB as .xlsx, ~5 MB as .xls
MAX_XLSX_PARTS = 2_000
MAX_XLSX_UNCOMPRESSED = 300 * 1024 * 1024
MAX_XLSX_RATIO = 100  # real sheets compress 5–20×; a bomb 1.000× and more
RATIO_FROM_BYTES = 1024 * 1024  # small parts (styles, a tiny sheet) may compress very well


def _mb(n: int) -> str:
    return f"{n / 1048576:.0f} MB"


def check_spreadsheet(path: Path) -> None:
    """Refuse (DomainError, Vietnamese, naming the file and the part) a spreadsheet beyond the
    limits. Reads only the file's size and the zip directory."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_SPREADSHEET_BYTES:
        raise DomainError(f"Tệp “{path.name}” lớn {_mb(size)}, quá giới hạn {_mb(MAX_SPREADSHEET_BYTES)} "
                          "cho một bảng tính: hãy tách thành nhiều tệp. Chưa ghi gì.", field="file")
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # the reader reports a damaged file in its own words
    if len(infos) > MAX_XLSX_PARTS:
        raise DomainError(f"Tệp “{path.name}” có {len(infos)} phần bên trong, quá giới hạn "
                          f"{MAX_XLSX_PARTS}: không phải một bảng tính bình thường. Chưa ghi gì.", field="file")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_XLSX_RATIO * max(info.compress_size, 1):
            raise DomainError(
                f"Tệp “{path.name}”, phần “{info.filename}”: nén {info.file_size // max(info.compress_size, 1)} "
                f"lần (giải nén ra {_mb(info.file_size)}), quá giới hạn {MAX_XLSX_RATIO} lần — tệp có dấu "
                "hiệu “bom nén”, không mở. Chưa ghi gì.", field="file")
        if total > MAX_XLSX_UNCOMPRESSED:
            raise DomainError(
                f"Tệp “{path.name}”: giải nén ra hơn {_mb(MAX_XLSX_UNCOMPRESSED)} (đến phần "
                f"“{info.filename}”), quá giới hạn cho một bảng tính. Chưa ghi gì.", field="file")
