"""The hub's own database (issue 9): a SEPARATE metadata and Alembic environment from the desktop
schema. SQLite by default, PostgreSQL through a ``postgresql+psycopg://`` URL."""
