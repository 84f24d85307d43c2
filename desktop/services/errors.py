"""Turn known exceptions from lower layers into Vietnamese messages for the user."""

from __future__ import annotations


def user_message(exc: BaseException) -> str | None:
    from db.uow import ReadOnlyError

    if isinstance(exc, ReadOnlyError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return f"Không có quyền truy cập tệp hoặc thư mục: {exc.filename or exc}."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp: {exc.filename or exc}."
    if isinstance(exc, IsADirectoryError):
        return f"Đường dẫn là một thư mục, không phải tệp: {exc.filename or exc}."
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "Ổ đĩa đã đầy: không thể ghi dữ liệu."
    return None
