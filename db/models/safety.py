"""Users and roles (issue 8)."""

from db.base import Base  # noqa: F401
