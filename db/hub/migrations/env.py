"""Alembic environment of the HUB database (issue 9) — separate from db/migrations (desktop).

Run programmatically by db.hub.store.upgrade (connection in ``config.attributes``) or from the
command line: ``alembic -c db/hub/alembic.ini -x url=sqlite:///hub.db upgrade head``.
"""

from alembic import context
from sqlalchemy import create_engine

from db.hub.models import hub_metadata

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=hub_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        version_table="hub_alembic_version",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Offline (--sql) migrations are not supported.")
connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
