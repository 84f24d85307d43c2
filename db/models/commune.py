"""Commune party committee: action programmes, local models (issue 10)."""

from db.base import Base  # noqa: F401
