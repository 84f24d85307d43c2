"""city scale: sync_received.light_json — a received package's data without the per-branch records
a Đoàn cơ sở's summary carries, made once on receipt so that the upper levels' views over every
summary (the city's Đoàn cơ sở, completeness, multi-year trends) do not parse those records; an
index for the views' query (recipient, kind, period, in force). Summaries already stored get their
light copy here, and their stored summary gets the "rollup" of their branch rows that the tree's
top level reads (the same counts as desktop/domain/rollup.py, which this build stores on receipt).

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


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _rollup(rows):  # as desktop/domain/rollup.rollup (a migration stays as it was written)
    out = {"branches": 0, "registered": 0, "registered_on_time": 0, "recognisable": 0, "proposed": 0,
           "recognised": 0, "members": 0, "members_n": 0, "completion_sum": 0.0, "completion_n": 0}
    for b in rows if isinstance(rows, list) else []:
        if not isinstance(b, dict):
            continue
        reg = bool(b.get("registered"))
        members, share = _num(b.get("member_count")), _num(b.get("completion_share"))
        out["branches"] += 1
        out["registered"] += reg
        out["registered_on_time"] += reg and b.get("on_time") is not False
        out["recognisable"] += bool(b.get("recognisable"))
        out["proposed"] += bool(b.get("proposed"))
        out["recognised"] += bool(b.get("recognised"))
        if members is not None:
            out["members"] += int(members)
            out["members_n"] += 1
        if share is not None:
            out["completion_sum"] += float(share)
            out["completion_n"] += 1
    return out


def upgrade() -> None:
    op.add_column("sync_received", sa.Column("light_json", sa.Text(), nullable=True))
    op.create_index("ix_sync_received_views", "sync_received", ["recipient_code", "kind", "period", "is_current"])
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, data_json, summary_json FROM sync_received WHERE kind = 'summary' "
                                "AND data_json IS NOT NULL")).fetchall()
    for row_id, raw, summary in rows:
        light = _light(raw) if '"record"' in raw else None
        try:
            data, summ = json.loads(raw), json.loads(summary or "{}")
        except ValueError:
            continue
        if isinstance(summ, dict) and isinstance(data, dict):
            summ["rollup"] = _rollup(data.get("branches"))
            summary = json.dumps(summ, ensure_ascii=False)
        conn.execute(sa.text("UPDATE sync_received SET light_json = :l, summary_json = :s WHERE id = :i"),
                     {"l": light, "s": summary, "i": row_id})


def downgrade() -> None:
    op.drop_index("ix_sync_received_views", table_name="sync_received")
    with op.batch_alter_table("sync_received") as batch:
        batch.drop_column("light_json")
