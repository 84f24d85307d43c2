"""The one set of Vietnamese messages for a spreadsheet that cannot be read (issue 22): every
import — members, volunteer attendance, thôn / tổ dân phố, surveys, branch lists, the self-
assessment grid — refuses a bad file in the same words, naming the file and, where there is
one, the row, the column or the part of the file."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import DomainError

SAVE_AS_XLSX = "hãy mở tệp bằng Excel và lưu lại dạng “Excel Workbook (.xlsx)”"


def _n(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _mb(n: int) -> str:
    return f"{n / 1048576:.0f} MB"


def _err(text: str) -> DomainError:
    return DomainError(text, field="file")


def not_found(path: Path) -> DomainError:
    return _err(f"Không tìm thấy tệp “{path}”.")


def is_folder(path: Path) -> DomainError:
    return _err(f"“{path}” là thư mục, không phải tệp.")


def unreadable(path: Path, why: str) -> DomainError:
    return _err(f"Không đọc được tệp “{path.name}”: {why}.")


def not_a_spreadsheet(path: Path, csv: bool = True) -> DomainError:
    return _err(f"Tệp “{path.name}” không phải là tệp Excel (.xlsx, .xls){' hoặc CSV' if csv else ''}: {SAVE_AS_XLSX}.")


def opendocument(path: Path) -> DomainError:
    return _err(
        f"Tệp “{path.name}” là bảng tính OpenDocument (.ods): hãy mở bằng LibreOffice hoặc Excel rồi lưu dạng .xlsx."
    )


def corrupt(path: Path) -> DomainError:
    return _err(f"Tệp “{path.name}” bị hỏng hoặc không đọc được: hãy mở bằng Excel, kiểm tra rồi lưu lại dạng .xlsx.")


def protected(path: Path) -> DomainError:
    return _err(
        f"Tệp “{path.name}” được đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → "
        "Bảo vệ sổ làm việc) rồi lưu lại và nhập."
    )


def empty(path: Path) -> DomainError:
    return _err(f"Tệp “{path.name}” không có dữ liệu: trang tính trống.")


def too_many_rows(path: Path, limit: int, what: str = "dòng") -> DomainError:
    return _err(
        f"Tệp “{path.name}” có hơn {_n(limit)} dòng dữ liệu: quá nhiều cho một lần nhập. Hãy tách "
        f"thành nhiều tệp (mỗi tệp tối đa {_n(limit)} {what})."
    )


def too_many_columns(path: Path, sheet: str, row: int, column: str, limit: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}”, trang “{sheet}”, dòng {row}: có ô ở cột {column}, quá giới hạn {_n(limit)} "
        "cột của một danh sách. Hãy xóa các cột thừa rồi lưu lại. Chưa ghi gì."
    )


def cell_too_long(path: Path, row: int, column: str | None, chars: int, limit: int) -> DomainError:
    where = f"dòng {row}" + (f", cột {column}" if column else "")
    return _err(
        f"Tệp “{path.name}”, {where}: một ô dài {_n(chars)} ký tự, quá giới hạn {_n(limit)} ký tự "
        "của một ô. Chưa ghi gì."
    )


def broken_csv_line(path: Path, line: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}”, dòng {line}: một ô quá dài hoặc dấu ngoặc kép không khớp, không đọc được. Chưa ghi gì."
    )


def too_big(path: Path, size: int, limit: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}” lớn {_mb(size)}, quá giới hạn {_mb(limit)} cho một bảng tính: hãy tách "
        "thành nhiều tệp. Chưa ghi gì."
    )


def too_many_parts(path: Path, parts: int, limit: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}” có {parts} phần bên trong, quá giới hạn {limit}: không phải một bảng "
        "tính bình thường. Chưa ghi gì."
    )


def zip_bomb(path: Path, part: str, ratio: int, unpacked: int, limit: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}”, phần “{part}”: nén {ratio} lần (giải nén ra {_mb(unpacked)}), quá giới "
        f"hạn {limit} lần — tệp có dấu hiệu “bom nén”, không mở. Chưa ghi gì."
    )


def too_much_inside(path: Path, part: str, limit: int) -> DomainError:
    return _err(
        f"Tệp “{path.name}”: giải nén ra hơn {_mb(limit)} (đến phần “{part}”), quá giới hạn cho một "
        "bảng tính. Chưa ghi gì."
    )


def cannot_write(path: Path, hint: str = " Hãy đóng tệp rồi thử lại.") -> DomainError:
    return _err(f"Không ghi được “{path.name}”: tệp đang mở trong Excel hoặc thư mục không cho phép ghi." + hint)
