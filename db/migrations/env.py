"""Alembic environment for Sổ Thi Đua.

Always run programmatically by db.schema (the connection is passed in ``config.attributes``).
SQLite batch mode recreates tables: foreign keys are OFF on the migration connection (the
engine is made with ``foreign_keys=False``) so the DROP of the old table cannot cascade and
delete child rows, and after the migrations ``PRAGMA foreign_key_check`` must return nothing
(docs/architecture.md, traps).
"""

from alembic import context

from db.base import metadata
import db.models  # noqa: F401  (registers every table)

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    is_sqlite = connection.dialect.name == "sqlite"
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=is_sqlite, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
    if is_sqlite:
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign_key_check failed after migration: {problems[:5]}")


if context.is_offline_mode():
    raise RuntimeError("Offline (--sql) migrations are not supported (batch mode on SQLite).")
run_migrations_online()
