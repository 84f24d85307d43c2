"""The three-step cycle: registrations, evidence logs, judgements, assessments, appraisals, decisions (issue 5)."""

from db.base import Base  # noqa: F401
