"""Enrolled units, keys, outbox and received packages (issue 7)."""

from db.base import Base  # noqa: F401
