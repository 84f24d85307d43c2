"""Turn known exceptions from lower layers into Vietnamese messages for the user."""

from __future__ import annotations


def user_message(exc: BaseException) -> str | None:
    from db.uow import ReadOnlyError

    if isinstance(exc, ReadOnlyError):
        return str(exc)
    damage = damage_message(exc, cli=False)
    if damage is not None:
        return damage
    if isinstance(exc, PermissionError):
        return f"Không có quyền truy cập tệp hoặc thư mục: {exc.filename or exc}."
    if isinstance(exc, FileNotFoundError):
        return f"Không tìm thấy tệp: {exc.filename or exc}."
    if isinstance(exc, IsADirectoryError):
        return f"Đường dẫn là một thư mục, không phải tệp: {exc.filename or exc}."
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "Ổ đĩa đã đầy: không thể ghi dữ liệu."
    return None


def damage_message(exc: BaseException, *, cli: bool = True) -> str | None:
    """The Vietnamese message for an error that means the data file is damaged (a page SQLite
    cannot read, raw bytes in its message), with the way out; None for other errors."""
    from db.integrity import damage_text

    text = damage_text(exc)
    if text is None:
        return None
    way = (
        "Kiểm tra: sothidua check; khôi phục bản sao lưu tốt gần nhất: sothidua restore --latest."
        if cli
        else "Hãy khôi phục bản sao lưu tốt gần nhất ở trang “Sao lưu”."
    )
    return f"Tệp dữ liệu bị hỏng, không đọc được phần cần dùng ({text}). {way}"
