"""city scale, measured: sync_received is rebuilt with its big columns last (reports_json, light_json,
data_json), and gets reports_json — what the completeness table reads of a summary's branch rows,
compact. SQLite reads a row's columns in order and walks the overflow pages of every large value
before the one asked for: with data_json in the middle of the row, reading the stored summary or the
state of the city's ~1,200 summaries read their whole data (≈ 100 MB for one period of a city),
which made the upper levels' views slow on a full city. Summaries already stored get their digest
here (the same as desktop/domain/rollup.reports_digest, which this build stores on receipt).

Revision ID: 0024
Revises: 0026
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0026"
branch_labels = None
depends_on = None

ORDER = (
    "id",
    "package_id",
    "sender_code",
    "recipient_code",
    "kind",
    "campaign",
    "period",
    "quarter",
    "subject",
    "version",
    "supersedes",
    "in_reply_to",
    "sender_created_at",
    "received_at",
    "received_by",
    "status",
    "reason_code",
    "reason",
    "sha256",
    "manifest_sha256",
    "stored_name",
    "source_name",
    "summary_json",
    "superseded_by",
    "is_current",
    "record_sha256",
    "record_applied_at",
    "sender_name",
    "reports_json",
    "light_json",
    "data_json",
)
REPORTS = ("registration", "quarterly", "year-end")


def _text(v):
    return v if isinstance(v, str) else None


def _digest(rows):  # as desktop/domain/rollup.reports_digest (a migration stays as it was written)
    out = []
    for b in rows if isinstance(rows, list) else []:
        if not isinstance(b, dict):
            continue
        reports = b.get("reports")
        if isinstance(reports, list):
            reports = [
                [x["report"], x.get("quarter"), _text(x.get("due")), _text(x.get("sent_on")), x.get("state")]
                for x in reports
                if isinstance(x, dict) and x.get("report") in REPORTS
            ]
        else:
            reports = None
        out.append(
            [
                b.get("code"),
                b.get("name"),
                _text(b.get("branch_type")),
                b.get("registered"),
                b.get("on_time"),
                _text(b.get("registered_on")),
                reports,
            ]
        )
    return out


def upgrade() -> None:
    with op.batch_alter_table("sync_received", recreate="always", partial_reordering=[ORDER]) as batch:
        batch.add_column(sa.Column("reports_json", sa.Text(), nullable=True))
    conn = op.get_bind()
    # One summary at a time: a city's five years of summaries are hundreds of MB of text.
    ids = [
        r[0]
        for r in conn.execute(
            sa.text("SELECT id FROM sync_received WHERE kind = 'summary' AND data_json IS NOT NULL ORDER BY id")
        )
    ]
    for row_id in ids:
        raw = conn.execute(
            sa.text("SELECT coalesce(light_json, data_json) FROM sync_received WHERE id = :i"), {"i": row_id}
        ).scalar()
        try:
            data = json.loads(raw)
        except (TypeError, ValueError):
            continue
        if isinstance(data, dict):
            conn.execute(
                sa.text("UPDATE sync_received SET reports_json = :r WHERE id = :i"),
                {"r": json.dumps(_digest(data.get("branches")), ensure_ascii=False), "i": row_id},
            )


def downgrade() -> None:
    with op.batch_alter_table("sync_received") as batch:
        batch.drop_column("reports_json")
