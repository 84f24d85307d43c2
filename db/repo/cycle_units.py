"""Reads of the cycle for many units at once (issue 5; the evaluation of a whole tree and the
branch's record read them): evidence logs with their participants, member facts, judgements in
force and unit settings, in chunks that keep SQLite's bound-parameter limit. db/repo/cycle.py
re-exports them for its callers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields as dataclass_fields
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, UnitRow
from db.models.cycle import JudgementRow, LogParticipantRow, LogRow
from db.models.members import MemberRow, MembershipEventRow
from desktop.domain.evaluation import Judgement, MemberFacts
from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent


LOG_OWNER = "cycle_log"  # attachments.owner_kind of an evidence record
_CHUNK = 500


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def list_logs_for_units(
    session: Session,
    units: dict[int, str],
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
) -> dict[str, list[LogEntry]]:
    """Records of several units at once (unit row id -> code), keyed by unit code."""
    if not units:
        return {}
    if session.get_bind().dialect.name == "sqlite":
        return _logs_sqlite(session, units, start, end, kinds)
    return _logs_orm(session, units, start, end, kinds)


def _logs_orm(session: Session, units: dict[int, str], start, end, kinds) -> dict[str, list[LogEntry]]:
    cols = (
        LogRow.id,
        LogRow.unit_id,
        LogRow.kind,
        LogRow.on_date,
        LogRow.title,
        LogRow.description,
        LogRow.category,
        LogRow.channel,
        LogRow.member_id,
        LogRow.ref_no,
        LogRow.counterpart,
        LogRow.received_on,
        LogRow.link,
    )
    q = select(*cols).where(LogRow.unit_id.in_(list(units)))
    if start is not None:
        q = q.where(LogRow.on_date >= start)
    if end is not None:
        q = q.where(LogRow.on_date <= end)
    if kinds is not None:
        q = q.where(LogRow.kind.in_(list(kinds)))
    rows = session.execute(q.order_by(LogRow.on_date, LogRow.id)).all()
    parts: dict[int, set[int]] = defaultdict(set)
    atts: dict[int, int] = {}
    # Participants and attachment counts by unit (one query each), not by a long id list.
    # One row per record with its participants concatenated (SQLite group_concat): a year of a
    # Đoàn cơ sở has hundreds of thousands of participant rows, and fetching rows is the cost.
    pq = (
        select(LogParticipantRow.log_id, func.group_concat(LogParticipantRow.member_id))
        .join(LogRow, LogRow.id == LogParticipantRow.log_id)
        .where(LogRow.unit_id.in_(list(units)))
    )
    if start is not None:
        pq = pq.where(LogRow.on_date >= start)
    if end is not None:
        pq = pq.where(LogRow.on_date <= end)
    if kinds is not None:
        pq = pq.where(LogRow.kind.in_(list(kinds)))
    for lid, joined in session.execute(pq.group_by(LogParticipantRow.log_id)):
        parts[lid] = set(map(int, str(joined).split(",")))
    aq = (
        select(AttachmentRow.owner_id, func.count())
        .where(AttachmentRow.owner_kind == LOG_OWNER, AttachmentRow.unit_id.in_(list(units)))
        .group_by(AttachmentRow.owner_id)
    )
    for oid, n in session.execute(aq):
        atts[oid] = n
    out: dict[str, list[LogEntry]] = defaultdict(list)
    for (
        lid,
        uid,
        kind,
        on_date,
        title,
        description,
        category,
        channel,
        member_id,
        ref_no,
        counterpart,
        received_on,
        link,
    ) in rows:
        code = units[uid]
        out[code].append(
            LogEntry(
                id=lid,
                unit_code=code,
                kind=kind,
                on_date=on_date,
                title=title,
                description=description,
                category=category,
                channel=channel,
                member_id=member_id,
                ref_no=ref_no,
                counterpart=counterpart,
                received_on=received_on,
                link=link,
                participants=frozenset(parts.get(lid, ())),
                attachments=atts.get(lid, 0),
            )
        )
    return dict(out)


_LOG_FIELDS = tuple(f.name for f in dataclass_fields(LogEntry))
assert not hasattr(LogEntry, "__post_init__") and not hasattr(LogEntry, "__slots__")
assert _LOG_FIELDS[:13] == (
    "id",
    "unit_code",
    "kind",
    "on_date",
    "title",
    "description",
    "category",
    "channel",
    "member_id",
    "ref_no",
    "counterpart",
    "received_on",
    "link",
) and _LOG_FIELDS[13:] == ("participants", "attachments")


def _logs_sqlite(session: Session, units: dict[int, str], start, end, kinds) -> dict[str, list[LogEntry]]:
    """``list_logs_for_units`` read on the driver (the evaluation of a Đoàn cơ sở's 300 branches:
    20,000 records, 300,000 participants): dates parsed once per distinct day, records made
    without the frozen dataclass's field-by-field ``__init__``. The same values as the ORM path
    (SQLite stores a Date as 'YYYY-MM-DD', so ISO strings compare correctly)."""
    conn = session.connection()
    ids = list(units)
    where = f"l.unit_id IN ({', '.join('?' * len(ids))})"
    params: list = list(ids)
    if start is not None:
        where += " AND l.on_date >= ?"
        params.append(start.isoformat())
    if end is not None:
        where += " AND l.on_date <= ?"
        params.append(end.isoformat())
    if kinds is not None:
        kinds = list(kinds)
        where += f" AND l.kind IN ({', '.join('?' * len(kinds))})"
        params += kinds
    params = tuple(params)
    empty: frozenset[int] = frozenset()
    parts: dict[int, frozenset[int]] = {}
    for lid, joined in conn.exec_driver_sql(
        "SELECT p.log_id, group_concat(p.member_id) FROM cycle_log_participants p "
        f"JOIN cycle_logs l ON l.id = p.log_id WHERE {where} GROUP BY p.log_id",
        params,
    ).fetchall():
        parts[lid] = frozenset(map(int, str(joined).split(",")))
    atts = dict(
        conn.exec_driver_sql(
            "SELECT owner_id, count(*) FROM attachments WHERE owner_kind = ? "
            f"AND unit_id IN ({', '.join('?' * len(ids))}) GROUP BY owner_id",
            (LOG_OWNER, *ids),
        ).fetchall()
    )
    days: dict = {None: None}
    fromiso = date.fromisoformat
    new, names = object.__new__, _LOG_FIELDS
    out: dict[str, list[LogEntry]] = defaultdict(list)
    for row in conn.exec_driver_sql(
        "SELECT l.id, l.unit_id, l.kind, l.on_date, l.title, l.description, l.category, l.channel, "
        "l.member_id, l.ref_no, l.counterpart, l.received_on, l.link "
        f"FROM cycle_logs l WHERE {where} ORDER BY l.on_date, l.id",
        params,
    ).fetchall():
        lid, uid, kind, on_text, title, description, category, channel, member_id, ref_no, counterpart, got, link = row
        on = days.get(on_text, days)
        if on is days:
            on = days[on_text] = fromiso(on_text)
        received = days.get(got, days)
        if received is days:
            received = days[got] = fromiso(got)
        code = units[uid]
        e = new(LogEntry)
        e.__dict__.update(
            zip(
                names,
                (
                    lid,
                    code,
                    kind,
                    on,
                    title,
                    description,
                    category,
                    channel,
                    member_id,
                    ref_no,
                    counterpart,
                    received,
                    link,
                    parts.get(lid, empty),
                    atts.get(lid, 0),
                ),
            )
        )
        out[code].append(e)
    return dict(out)


# ------------------------------------------------------------------------------ bulk reads for the evaluation


def unit_ids(session: Session, codes: Iterable[str]) -> dict[int, str]:
    """{unit row id: code} for the given codes."""
    codes = list(codes)
    out: dict[int, str] = {}
    for chunk in _chunks(codes):
        out.update(dict(session.execute(select(UnitRow.id, UnitRow.code).where(UnitRow.code.in_(chunk))).all()))
    return out


def member_facts_for_units(session: Session, units: dict[int, str]) -> dict[str, list[MemberFacts]]:
    """What the evaluation needs of every member of several units, keyed by unit code."""
    if not units:
        return {}
    if session.get_bind().dialect.name == "sqlite":
        return _member_facts_sqlite(session, units)
    events: dict[int, list[MembershipEvent]] = defaultdict(list)
    for mid, kind, on_date, note in session.execute(
        select(
            MembershipEventRow.member_id, MembershipEventRow.kind, MembershipEventRow.on_date, MembershipEventRow.note
        )
        .join(MemberRow, MemberRow.id == MembershipEventRow.member_id)
        .where(MemberRow.unit_id.in_(list(units)))
        .order_by(MembershipEventRow.on_date, MembershipEventRow.id)
    ):
        events[mid].append(MembershipEvent(kind, on_date, note))
    out: dict[str, list[MemberFacts]] = defaultdict(list)
    for mid, uid, name, residence, training, trained, ebook, ecard, party in session.execute(
        select(
            MemberRow.id,
            MemberRow.unit_id,
            MemberRow.full_name,
            MemberRow.residence_activity,
            MemberRow.training_registered_on,
            MemberRow.training_registered,
            MemberRow.ebook_issued,
            MemberRow.ecard_issued,
            MemberRow.is_party_member,
        )
        .where(MemberRow.unit_id.in_(list(units)))
        .order_by(MemberRow.id)
    ):
        out[units[uid]].append(
            MemberFacts(
                id=mid,
                full_name=name,
                events=tuple(events.get(mid, ())),
                residence_activity=bool(residence),
                training_registered_on=training,
                training_registered=bool(trained),
                ebook_issued=bool(ebook),
                ecard_issued=bool(ecard),
                is_party_member=bool(party),
            )
        )
    return dict(out)


_FACT_FIELDS = tuple(f.name for f in dataclass_fields(MemberFacts))
assert not hasattr(MemberFacts, "__post_init__") and not hasattr(MemberFacts, "__slots__")


def _member_facts_sqlite(session: Session, units: dict[int, str]) -> dict[str, list[MemberFacts]]:
    """``member_facts_for_units`` read on the driver (issue 13: the home page after every change,
    the evaluation of 300 branches): dates parsed once per distinct day, identical events shared
    (they are immutable), facts made without the frozen dataclass's field-by-field ``__init__``.
    The same values as the ORM path."""
    conn = session.connection()
    days: dict[str | None, date | None] = {None: None}
    fromiso = date.fromisoformat
    shared: dict[tuple, MembershipEvent] = {}
    events: dict[int, list[MembershipEvent]] = {}
    ids = list(units)
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for mid, kind, text, note in conn.exec_driver_sql(
            "SELECT e.member_id, e.kind, e.on_date, e.note FROM membership_events e "
            f"JOIN members m ON m.id = e.member_id WHERE m.unit_id IN ({marks}) "
            "ORDER BY e.on_date, e.id",
            tuple(chunk),
        ).fetchall():
            key = (kind, text, note)
            ev = shared.get(key)
            if ev is None:
                on = days.get(text, days)
                if on is days:
                    on = days[text] = fromiso(text)
                ev = shared[key] = MembershipEvent(kind, on, note)
            lst = events.get(mid)
            if lst is None:
                events[mid] = [ev]
            else:
                lst.append(ev)
    out: dict[str, list[MemberFacts]] = defaultdict(list)
    new, names, empty = object.__new__, _FACT_FIELDS, ()
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for mid, uid, name, residence, training, trained, ebook, ecard, party in conn.exec_driver_sql(
            "SELECT id, unit_id, full_name, residence_activity, training_registered_on, "
            "training_registered, ebook_issued, ecard_issued, is_party_member FROM members "
            f"WHERE unit_id IN ({marks}) ORDER BY id",
            tuple(chunk),
        ).fetchall():
            on = days.get(training, days)
            if on is days:
                on = days[training] = fromiso(training)
            training = on
            f = new(MemberFacts)
            f.__dict__.update(
                zip(
                    names,
                    (
                        mid,
                        name,
                        tuple(events.get(mid, empty)),
                        bool(residence),
                        training,
                        bool(trained),
                        bool(ebook),
                        bool(ecard),
                        bool(party),
                    ),
                )
            )
            out[units[uid]].append(f)
    return dict(out)


def judgements_for_units(
    session: Session, units: dict[int, str], campaign: str
) -> dict[tuple[str, str], dict[str, Judgement]]:
    """{(unit code, period label): {criterion: newest judgement}} for several units."""
    out: dict[tuple[str, str], dict[str, Judgement]] = defaultdict(dict)
    if not units:
        return {}
    for r in session.execute(
        select(
            JudgementRow.unit_id,
            JudgementRow.period_label,
            JudgementRow.criterion_id,
            JudgementRow.verdict,
            JudgementRow.author,
            JudgementRow.judged_on,
            JudgementRow.note,
            JudgementRow.judged_by,
        )
        .where(JudgementRow.unit_id.in_(list(units)), JudgementRow.campaign == campaign)
        .order_by(JudgementRow.id)
    ):
        uid, label, cid, verdict, author, on, note, by = r
        key = (units[uid], label)
        out[key][cid] = in_force(out[key].get(cid), Judgement(cid, verdict, author, on, note, by or ""))
    return dict(out)


def settings_for_units(session: Session, codes: Iterable[str]) -> dict[str, dict]:
    """{unit code: {key: value}} of the stored (non-default) settings of several units."""
    import json

    from db.models.core import SettingRow

    out: dict[str, dict] = defaultdict(dict)
    for chunk in _chunks(list(codes)):
        for scope, key, value in session.execute(
            select(SettingRow.scope, SettingRow.key, SettingRow.value_json).where(SettingRow.scope.in_(chunk))
        ):
            out[scope][key] = json.loads(value)
    return dict(out)


def in_force(current: Judgement | None, newer: Judgement) -> Judgement:
    """Of two judgements (``newer`` recorded later), the one that counts: the Đoàn cơ sở's wins
    over the branch's own, whatever their order; otherwise the newer one."""
    if current is not None and current.by == "doan-co-so" and newer.by != "doan-co-so":
        return current
    return newer
