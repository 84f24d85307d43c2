"""The document register (sổ đăng ký văn bản) for report numbers (issue 6)."""

from db.base import Base  # noqa: F401
