"""Pure-Python domain: units, periods, campaigns, criteria, deadlines, evaluation.

Nothing here imports Qt, SQLAlchemy, Alembic or ReportLab (checked by import-linter).
"""
