"""Members' facts per assessment period (CD-3.3–3.5 ticks and the facts behind them), read and
saved in bulk for a unit or a list of members."""

from collections.abc import Iterable
from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from db.models.core import utcnow
from db.models.members import MemberFactRow
from db.repo.member_writes import _insert_many
from desktop.domain.members import PeriodFacts


_FACT_COLUMNS = (
    "member_id",
    "period_label",
    "residence_activity",
    "residence_on",
    "training_registered",
    "training_on",
    "ebook_issued",
    "ebook_no",
    "ebook_on",
    "ecard_issued",
    "ecard_no",
    "ecard_on",
)


def _facts_rows(session: Session, where: str, params: tuple, labels) -> list[tuple]:
    """Fact rows read on the driver (15,000-member rosters: no ORM objects)."""
    cols = ", ".join(f"f.{c}" for c in _FACT_COLUMNS)
    sql = f"SELECT {cols} FROM member_period_facts f {where}"
    if labels is not None:
        labels = sorted(set(labels))
        if not labels:
            return []
        sql += (" AND " if "WHERE" in where else " WHERE ") + f"f.period_label IN ({', '.join('?' * len(labels))})"
        params = params + tuple(labels)
    return session.connection().exec_driver_sql(sql, params).fetchall()


def _facts_from(rows: list[tuple]) -> dict[int, dict[str, PeriodFacts]]:
    out: dict[int, dict[str, PeriodFacts]] = {}
    new, days = object.__new__, {None: None}
    for row in rows:
        values = list(row)
        for i in (3, 5, 8, 11):  # the dates, parsed once per distinct day
            t = values[i]
            if not isinstance(t, date) or t is None:
                d = days.get(t, days)
                if d is days:
                    d = days[t] = date.fromisoformat(str(t)[:10])
                values[i] = d
        for i in (2, 4, 6, 9):
            values[i] = bool(values[i])
        f = new(PeriodFacts)
        f.__dict__.update(zip(_FACT_COLUMNS, values))
        out.setdefault(f.member_id, {})[f.period_label] = f
    return out


def period_facts(
    session: Session, member_ids: Iterable[int], labels: Iterable[str] | None = None
) -> dict[int, dict[str, PeriodFacts]]:
    """{member id: {period label: facts}} (CD-3.3 … CD-3.5 per member and period)."""
    ids = sorted({int(i) for i in member_ids})
    rows: list[tuple] = []
    for i in range(0, len(ids), 900):
        chunk = tuple(ids[i : i + 900])
        rows += _facts_rows(session, f"WHERE f.member_id IN ({', '.join('?' * len(chunk))})", chunk, labels)
    return _facts_from(rows)


def period_facts_for_unit(
    session: Session, unit_code: str, labels: Iterable[str] | None = None
) -> dict[int, dict[str, PeriodFacts]]:
    """``period_facts`` of every member of a unit, in one query."""
    return _facts_from(
        _facts_rows(
            session,
            "JOIN members m ON m.id = f.member_id JOIN units u ON u.id = m.unit_id WHERE u.code = ?",
            (unit_code,),
            labels,
        )
    )


def save_period_facts(session: Session, facts: Iterable[PeriodFacts], actor: str) -> None:
    """Insert or replace the facts of each (member, period)."""

    facts = list(facts)
    if not facts:
        return
    keys = {(f.member_id, f.period_label) for f in facts}
    existing = {}
    mids = sorted({m for m, _ in keys})
    conn = session.connection()
    for i in range(0, len(mids), 900):
        chunk = tuple(mids[i : i + 900])
        existing.update(
            {
                (m, lbl): fid
                for fid, m, lbl in conn.exec_driver_sql(
                    "SELECT id, member_id, period_label FROM member_period_facts WHERE member_id IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            }
        )
    now = utcnow()
    fresh = []
    for f in facts:
        values = {c: getattr(f, c) for c in _FACT_COLUMNS}
        fid = existing.get((f.member_id, f.period_label))
        if fid is None:
            fresh.append({**values, "updated_at": now, "updated_by": actor})
        else:
            session.execute(
                update(MemberFactRow).where(MemberFactRow.id == fid).values(**values, updated_at=now, updated_by=actor)
            )
    _insert_many(session, MemberFactRow.__table__, fresh)


def ticks_for_unit(session: Session, unit_code: str, label: str) -> dict[int, tuple]:
    """{member id: (residence_activity, training_registered, training_on, ebook_issued, ecard_issued)}
    in force in period ``label`` for every member of a unit with any fact recorded (CD-3.3 and 3.4 of
    that period, the book and card issued in it or earlier), worked out by SQLite in one query."""
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT f.member_id, "
            "MAX(CASE WHEN f.period_label = ? THEN f.residence_activity ELSE 0 END), "
            "MAX(CASE WHEN f.period_label = ? THEN f.training_registered ELSE 0 END), "
            "MAX(CASE WHEN f.period_label = ? THEN f.training_on END), "
            "MAX(CASE WHEN f.period_label <= ? THEN f.ebook_issued ELSE 0 END), "
            "MAX(CASE WHEN f.period_label <= ? THEN f.ecard_issued ELSE 0 END) "
            "FROM member_period_facts f JOIN members m ON m.id = f.member_id "
            "WHERE m.unit_id = (SELECT id FROM units WHERE code = ?) GROUP BY f.member_id",
            (label, label, label, label, label, unit_code),
        )
        .fetchall()
    )
    days: dict = {None: None}
    out = {}
    for mid, res, trained, on, book, card in rows:
        d = days.get(on, days)
        if d is days:
            d = days[on] = on if isinstance(on, date) else date.fromisoformat(str(on)[:10])
        out[mid] = (bool(res), bool(trained), d, bool(book), bool(card))
    return out
