"""Step 3 of the cycle: member assessments, votes, branch proposals, appraisals, recognition decisions (issue 5)."""

from db.base import Base  # noqa: F401
