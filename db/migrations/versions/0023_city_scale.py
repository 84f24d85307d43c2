"""city scale: sync_received.light_json — a received package's data without the per-branch records
a Đoàn cơ sở's summary carries, made once on receipt so that the upper levels' views over every
summary (the city's Đoàn cơ sở, completeness, multi-year trends) do not parse those records; an
index for the views' query (recipient, kind, period, in force). Summaries already stored get their
light copy here.

Revision ID: 0023
Revises: 0012
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0020"
branch_labels = None
depends_on = None

HEAVY = ("record",)  # as desktop/services/submissions.HEAVY_BRANCH_KEYS


def _light(raw):
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    rows = data.get("branches") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not any(isinstance(b, dict) and any(k in b for k in HEAVY) for b in rows):
        return None
    data["branches"] = [{k: v for k, v in b.items() if k not in HEAVY} if isinstance(b, dict) else b for b in rows]
    return json.dumps(data, ensure_ascii=False)


def upgrade() -> None:
    op.add_column("sync_received", sa.Column("light_json", sa.Text(), nullable=True))
    op.create_index("ix_sync_received_views", "sync_received", ["recipient_code", "kind", "period", "is_current"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, data_json FROM sync_received WHERE kind = 'summary' "
                                "AND data_json LIKE '%\"record\"%'")).fetchall()
    for row_id, raw in rows:
        light = _light(raw)
        if light is not None:
            conn.execute(sa.text("UPDATE sync_received SET light_json = :l WHERE id = :i"), {"l": light, "i": row_id})


def downgrade() -> None:
    op.drop_index("ix_sync_received_views", table_name="sync_received")
    with op.batch_alter_table("sync_received") as batch:
        batch.drop_column("light_json")
