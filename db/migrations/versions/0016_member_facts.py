"""member facts per period, and who judged CD-1.3 / CD-3.1: CD-3.3, CD-3.4 and CD-3.5 become dated facts per member and
assessment period, with the e-book and e-card numbers (member_period_facts). Today's flags on
the members become the facts of the period they belong to: the self-training registration of the
period containing its date, the other ticks of the period running today (in each unit's own
calendar: school year for school branches, the unit's year start otherwise).
cycle_judgements.judged_by: "chi-doan" for a branch's own judgement, "doan-co-so" for the Đoàn cơ
sở's (it wins); existing rows: the branch's own when recorded in the branch's own data (the judged
unit is this installation's unit), the Đoàn cơ sở's otherwise.

Revision ID: 0016
Revises: 0015
"""
import json
from datetime import UTC, date

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _month_day(raw, default):
    try:
        text = json.loads(raw) if raw is not None else None
        month, day = (int(x) for x in str(text).split("-"))
        date(2024, month, day)
        return month, day
    except (TypeError, ValueError):
        return default


def _label(day: date, school: bool, start: tuple[int, int]) -> str:
    """The label of the unit's period containing ``day`` (as desktop/domain/periods.py names them)."""
    first = date(day.year, *start)
    if school:  # a school year starts at its cut-off and is named after both years
        year = day.year if day >= first else day.year - 1
        return f"{year}-{year + 1}"
    if start == (1, 1):
        return str(day.year)
    # another cut-off (e.g. 01/12): year Y runs from the cut-off in Y-1 to the day before it in Y
    return str(day.year + 1 if day >= first else day.year)


def upgrade() -> None:
    with op.batch_alter_table("cycle_judgements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("judged_by", sa.String(length=20), server_default="", nullable=False))
    op.execute("UPDATE cycle_judgements SET judged_by = CASE WHEN (SELECT is_self FROM units "
               "WHERE units.id = cycle_judgements.unit_id) THEN 'chi-doan' ELSE 'doan-co-so' END")
    op.create_table(
        "member_period_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("period_label", sa.String(length=9), nullable=False),
        sa.Column("residence_activity", sa.Boolean(), nullable=False),
        sa.Column("residence_on", sa.Date(), nullable=True),
        sa.Column("training_registered", sa.Boolean(), nullable=False),
        sa.Column("training_on", sa.Date(), nullable=True),
        sa.Column("ebook_issued", sa.Boolean(), nullable=False),
        sa.Column("ebook_no", sa.String(length=40), nullable=True),
        sa.Column("ebook_on", sa.Date(), nullable=True),
        sa.Column("ecard_issued", sa.Boolean(), nullable=False),
        sa.Column("ecard_no", sa.String(length=40), nullable=True),
        sa.Column("ecard_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_id", "period_label", name="uq_member_period_facts"),
    )
    with op.batch_alter_table("member_period_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_period_facts_member_id"), ["member_id"], unique=False)

    bind = op.get_bind()
    today = date.today()
    settings = {(scope, key): value for scope, key, value in bind.execute(sa.text(
        "SELECT scope, key, value_json FROM settings WHERE key IN ('year_start', 'school_year_start')"))}
    rows = bind.execute(sa.text(
        "SELECT m.id, u.code, u.branch_type, m.residence_activity, m.training_registered, "
        "m.training_registered_on, m.ebook_issued, m.ecard_issued FROM members m JOIN units u ON u.id = m.unit_id "
        "WHERE m.residence_activity OR m.training_registered OR m.training_registered_on IS NOT NULL "
        "OR m.ebook_issued OR m.ecard_issued")).fetchall()
    facts: dict[tuple[int, str], dict] = {}
    for mid, code, branch_type, residence, trained, trained_on, ebook, ecard in rows:
        school = branch_type == "truong-hoc"
        start = (_month_day(settings.get((code, "school_year_start")), (9, 1)) if school
                 else _month_day(settings.get((code, "year_start")), (1, 1)))
        now = _label(today, school, start)

        def row(label, mid=mid):
            return facts.setdefault((mid, label), {
                "member_id": mid, "period_label": label, "residence_activity": False, "residence_on": None,
                "training_registered": False, "training_on": None, "ebook_issued": False, "ebook_no": None,
                "ebook_on": None, "ecard_issued": False, "ecard_no": None, "ecard_on": None})

        if residence:
            row(now)["residence_activity"] = True
        if trained or trained_on is not None:
            on = date.fromisoformat(str(trained_on)[:10]) if trained_on is not None else None
            r = row(_label(on, school, start) if on else now)
            r["training_registered"], r["training_on"] = True, on
        if ebook or ecard:
            r = row(now)
            r["ebook_issued"], r["ecard_issued"] = bool(ebook), bool(ecard)
    table = sa.table("member_period_facts", *(sa.column(c) for c in (
        "member_id", "period_label", "residence_activity", "residence_on", "training_registered", "training_on",
        "ebook_issued", "ebook_no", "ebook_on", "ecard_issued", "ecard_no", "ecard_on", "updated_at",
        "updated_by")))
    from datetime import datetime

    stamp = datetime.now(UTC).replace(tzinfo=None)
    if facts:
        op.bulk_insert(table, [{**f, "updated_at": stamp, "updated_by": "nâng cấp dữ liệu"} for f in facts.values()])


def downgrade() -> None:
    with op.batch_alter_table("member_period_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_period_facts_member_id"))
    op.drop_table("member_period_facts")
    with op.batch_alter_table("cycle_judgements", schema=None) as batch_op:
        batch_op.drop_column("judged_by")
