"""Steps 1 and 2 of the cycle: registrations, evidence logs, judgements (issue 5).

Every function takes the caller's session and returns domain objects. The data-interchange
area uses the same functions to export and import (``list_logs`` / ``insert_log``,
``registrations`` / ``insert_registration``, ``judgements`` / ``insert_judgement``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import fields as dataclass_fields
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.models.core import AttachmentRow, UnitRow
from db.models.cycle import (
    JudgementRow,
    LogParticipantRow,
    LogRow,
    RegistrationItemRow,
    RegistrationMemberRow,
    RegistrationRow,
)
from db.models.members import MemberRow, MembershipEventRow
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import Judgement, MemberFacts
from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent
from desktop.domain.registration import Registration, RegistrationItem

LOG_OWNER = "cycle_log"  # attachments.owner_kind of an evidence record
_CHUNK = 500


def _unit_id(session: Session, unit_code: str) -> int:
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit_code")
    return uid


def _chunks(items: list, n: int = _CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def check_members(session: Session, unit_code: str, member_ids: Iterable[int], what: str) -> None:
    """Refuse member ids that are not members of the unit (names the first wrong id)."""
    ids = sorted(set(member_ids))
    if not ids:
        return
    uid = _unit_id(session, unit_code)
    found: set[int] = set()
    for chunk in _chunks(ids):
        found |= set(
            session.execute(select(MemberRow.id).where(MemberRow.id.in_(chunk), MemberRow.unit_id == uid)).scalars()
        )
    wrong = [i for i in ids if i not in found]
    if wrong:
        raise DomainError(
            f"{what}: đoàn viên số {wrong[0]} không thuộc đơn vị “{unit_code}”"
            + (f" (và {len(wrong) - 1} người khác)." if len(wrong) > 1 else "."),
            field="participants",
        )


# ------------------------------------------------------------------------------ logs


def _to_entry(row: LogRow, unit_code: str, participants: frozenset[int], attachments: int) -> LogEntry:
    return LogEntry(
        id=row.id,
        unit_code=unit_code,
        kind=row.kind,
        on_date=row.on_date,
        title=row.title,
        description=row.description,
        category=row.category,
        channel=row.channel,
        member_id=row.member_id,
        ref_no=row.ref_no,
        counterpart=row.counterpart,
        received_on=row.received_on,
        link=row.link,
        participants=participants,
        attachments=attachments,
    )


def _apply(row: LogRow, e: LogEntry) -> None:
    row.kind = e.kind
    row.on_date = e.on_date
    row.title = e.title
    row.description = e.description
    row.category = e.category
    row.channel = e.channel
    row.member_id = e.member_id
    row.ref_no = e.ref_no
    row.counterpart = e.counterpart
    row.received_on = e.received_on
    row.link = e.link


def insert_log(session: Session, entry: LogEntry, actor: str) -> int:
    """Insert a validated entry (``entry.validated()``) with its participants; returns its id."""
    uid = _unit_id(session, entry.unit_code)
    row = LogRow(unit_id=uid, created_by=actor)
    _apply(row, entry)
    session.add(row)
    session.flush()
    if entry.participants:
        session.execute(
            insert(LogParticipantRow), [{"log_id": row.id, "member_id": m} for m in sorted(entry.participants)]
        )
    return row.id


def update_log(session: Session, entry: LogEntry) -> None:
    row = session.get(LogRow, entry.id)
    if row is None:
        raise DomainError(f"Không có bản ghi số {entry.id}.", field="id")
    _apply(row, entry)
    session.execute(delete(LogParticipantRow).where(LogParticipantRow.log_id == row.id))
    if entry.participants:
        session.execute(
            insert(LogParticipantRow), [{"log_id": row.id, "member_id": m} for m in sorted(entry.participants)]
        )


def delete_log(session: Session, log_id: int) -> None:
    session.execute(delete(LogRow).where(LogRow.id == log_id))


def get_log(session: Session, log_id: int) -> LogEntry | None:
    row = session.get(LogRow, log_id)
    if row is None:
        return None
    code = session.execute(select(UnitRow.code).where(UnitRow.id == row.unit_id)).scalar_one()
    parts = frozenset(
        session.execute(select(LogParticipantRow.member_id).where(LogParticipantRow.log_id == log_id)).scalars()
    )
    n = session.execute(
        select(func.count())
        .select_from(AttachmentRow)
        .where(AttachmentRow.owner_kind == LOG_OWNER, AttachmentRow.owner_id == log_id)
    ).scalar_one()
    return _to_entry(row, code, parts, n)


def list_logs(
    session: Session,
    unit_code: str,
    start: date | None = None,
    end: date | None = None,
    kinds: Iterable[str] | None = None,
) -> list[LogEntry]:
    """The unit's records dated in [start, end] (either bound optional), oldest first."""
    uid = session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
    if uid is None:
        return []
    return list_logs_for_units(session, {uid: unit_code}, start, end, kinds).get(unit_code, [])


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


# ------------------------------------------------------------------------------ judgements


def insert_judgement(
    session: Session, unit_code: str, campaign: str, period_label: str, j: Judgement, actor: str
) -> int:
    row = JudgementRow(
        unit_id=_unit_id(session, unit_code),
        campaign=campaign,
        period_label=period_label,
        criterion_id=j.criterion_id,
        verdict=j.verdict,
        author=j.author,
        judged_on=j.judged_on,
        note=j.note,
        judged_by=j.by or "",
        created_by=actor,
    )
    session.add(row)
    session.flush()
    return row.id


def judgements(session: Session, unit_code: str, campaign: str, period_label: str) -> list[Judgement]:
    """Every judgement recorded for the unit and period, oldest first (the history)."""
    rows = session.execute(
        select(JudgementRow)
        .join(UnitRow, UnitRow.id == JudgementRow.unit_id)
        .where(UnitRow.code == unit_code, JudgementRow.campaign == campaign, JudgementRow.period_label == period_label)
        .order_by(JudgementRow.id)
    ).scalars()
    return [Judgement(r.criterion_id, r.verdict, r.author, r.judged_on, r.note, r.judged_by or "") for r in rows]


def judgements_in_force(session: Session, unit_code: str, campaign: str, period_label: str) -> dict[str, Judgement]:
    """The judgement in force per criterion: the Đoàn cơ sở's newest, else the branch's newest."""
    out: dict[str, Judgement] = {}
    for j in judgements(session, unit_code, campaign, period_label):
        out[j.criterion_id] = in_force(out.get(j.criterion_id), j)
    return out


def in_force(current: Judgement | None, newer: Judgement) -> Judgement:
    """Of two judgements (``newer`` recorded later), the one that counts: the Đoàn cơ sở's wins
    over the branch's own, whatever their order; otherwise the newer one."""
    if current is not None and current.by == "doan-co-so" and newer.by != "doan-co-so":
        return current
    return newer


# ------------------------------------------------------------------------------ registrations


def _to_registration(session: Session, row: RegistrationRow, unit_code: str) -> Registration:
    items = tuple(
        RegistrationItem(r.criterion_id, r.planned_activities, r.target_date, r.responsible)
        for r in session.execute(
            select(RegistrationItemRow)
            .where(RegistrationItemRow.registration_id == row.id)
            .order_by(RegistrationItemRow.id)
        ).scalars()
    )
    members = frozenset(
        session.execute(
            select(RegistrationMemberRow.member_id).where(RegistrationMemberRow.registration_id == row.id)
        ).scalars()
    )
    return Registration(
        id=row.id,
        unit_code=unit_code,
        campaign=row.campaign,
        period_label=row.period_label,
        version=row.version,
        status=row.status,
        deadline=row.deadline,
        submitted_on=row.submitted_on,
        submitted_by=row.submitted_by,
        late=bool(row.late),
        note=row.note,
        items=items,
        member_ids=members,
        created_by=row.created_by,
    )


def registrations(
    session: Session, unit_code: str, campaign: str, period_label: str | None = None
) -> list[Registration]:
    """Every version, oldest first (all periods when ``period_label`` is None)."""
    q = (
        select(RegistrationRow)
        .join(UnitRow, UnitRow.id == RegistrationRow.unit_id)
        .where(UnitRow.code == unit_code, RegistrationRow.campaign == campaign)
    )
    if period_label is not None:
        q = q.where(RegistrationRow.period_label == period_label)
    rows = session.execute(q.order_by(RegistrationRow.period_label, RegistrationRow.version)).scalars()
    return [_to_registration(session, r, unit_code) for r in rows]


def latest_registration(session: Session, unit_code: str, campaign: str, period_label: str) -> Registration | None:
    versions = registrations(session, unit_code, campaign, period_label)
    return versions[-1] if versions else None


def insert_registration(session: Session, reg: Registration, actor: str) -> int:
    """Insert one version as given (status, dates and all)."""
    row = RegistrationRow(
        unit_id=_unit_id(session, reg.unit_code),
        campaign=reg.campaign,
        period_label=reg.period_label,
        version=reg.version,
        status=reg.status,
        deadline=reg.deadline,
        submitted_on=reg.submitted_on,
        submitted_by=reg.submitted_by,
        late=reg.late,
        note=reg.note,
        created_by=reg.created_by or actor,
    )
    session.add(row)
    session.flush()
    _write_content(session, row.id, reg)
    return row.id


def _write_content(session: Session, reg_id: int, reg: Registration) -> None:
    session.execute(delete(RegistrationItemRow).where(RegistrationItemRow.registration_id == reg_id))
    session.execute(delete(RegistrationMemberRow).where(RegistrationMemberRow.registration_id == reg_id))
    if reg.items:
        session.execute(
            insert(RegistrationItemRow),
            [
                {
                    "registration_id": reg_id,
                    "criterion_id": it.criterion_id,
                    "planned_activities": it.planned_activities,
                    "target_date": it.target_date,
                    "responsible": it.responsible,
                }
                for it in reg.items
            ],
        )
    if reg.member_ids:
        session.execute(
            insert(RegistrationMemberRow), [{"registration_id": reg_id, "member_id": m} for m in sorted(reg.member_ids)]
        )


def update_draft(session: Session, reg: Registration) -> None:
    row = session.get(RegistrationRow, reg.id)
    if row is None:
        raise DomainError(f"Không có bản đăng ký số {reg.id}.", field="id")
    if row.status != "draft":
        raise DomainError(
            f"Bản đăng ký phiên bản {row.version} đã nộp nên không sửa được: hãy tạo bản điều chỉnh.", field="status"
        )
    row.note = reg.note
    row.deadline = reg.deadline
    _write_content(session, row.id, reg)


def mark_submitted(session: Session, reg_id: int, on: date, by: str, late: bool, deadline: date | None) -> None:
    row = session.get(RegistrationRow, reg_id)
    row.status = "submitted"
    row.submitted_on = on
    row.submitted_by = by
    row.late = late
    row.deadline = deadline
