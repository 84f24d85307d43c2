"""Volunteer activities and their participants (issue 4)."""

from db.base import Base  # noqa: F401
