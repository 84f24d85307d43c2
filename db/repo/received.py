"""Received packages (issue 7): every file an import checked, accepted or not, its versions of
one submission (the current one and those it superseded), the records still to write into this
installation's tables, and the packages held until their sender is confirmed.

Rows come back as frozen dataclasses so the services never hold ORM objects. The services reach
these through ``db.repo.sync`` with the rest of the exchange's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, load_only

from db.models.core import utcnow
from db.models.sync import ReceivedPackageRow


# ------------------------------------------------------------------ received packages
@dataclass(frozen=True)
class ReceivedPackage:
    id: int
    package_id: str | None
    sender_code: str | None
    recipient_code: str | None
    kind: str | None
    campaign: str | None
    period: str | None
    quarter: int | None
    subject: str | None
    version: int | None
    supersedes: str | None
    in_reply_to: str | None
    sender_created_at: str | None
    received_at: datetime
    received_by: str
    status: str
    reason_code: str | None
    reason: str | None
    sha256: str | None
    manifest_sha256: str | None
    stored_name: str | None
    source_name: str
    superseded_by: str | None
    is_current: bool
    sender_name: str | None = None


_RECEIVED_FIELDS = (
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
    "superseded_by",
    "is_current",
    "sender_name",
)


def _received(r: ReceivedPackageRow) -> ReceivedPackage:
    return ReceivedPackage(**{f: getattr(r, f) for f in _RECEIVED_FIELDS})


def _select_received():
    """The rows as ReceivedPackage reads them: without the stored data (a city's summaries are
    ~400 KB each; listing the 210 of a period read ~100 MB for their ids and versions)."""
    return select(ReceivedPackageRow).options(load_only(*(getattr(ReceivedPackageRow, f) for f in _RECEIVED_FIELDS)))


def _printable(value):
    """Text that came out of a received file (its names, the reason it was refused) may hold
    control characters; they are shown as "�" instead of refusing to record the package."""
    from desktop.domain.text import CONTROL_CHARS

    return CONTROL_CHARS.sub("\ufffd", value) if isinstance(value, str) else value


def add_received(session: Session, **fields) -> int:
    """Insert one received-package row; returns its id."""
    row = ReceivedPackageRow(**{k: _printable(v) for k, v in fields.items()})
    session.add(row)
    session.flush()
    return row.id


def received_by_package(session: Session, package_id: str) -> ReceivedPackage | None:
    """The stored (not rejected) copy of a package id, if any."""
    r = session.execute(
        _select_received()
        .where(ReceivedPackageRow.package_id == package_id, ReceivedPackageRow.status != "rejected")
        .limit(1)
    ).scalar_one_or_none()
    return _received(r) if r else None


def received_by_packages(session: Session, package_ids: list[str]) -> dict[str, ReceivedPackage]:
    """{package id: a received copy} for the ids given, a stored copy rather than a refused one."""
    out: dict[str, ReceivedPackage] = {}
    for i in range(0, len(package_ids), 500):
        q = _select_received().where(ReceivedPackageRow.package_id.in_(package_ids[i : i + 500]))
        for r in session.execute(q.order_by(ReceivedPackageRow.id)).scalars():
            if r.package_id not in out or out[r.package_id].status == "rejected":
                out[r.package_id] = _received(r)
    return out


def known_package_ids(session: Session) -> dict[str, str]:
    """package id -> manifest hash of every stored (not rejected) package (for bulk imports)."""
    q = select(ReceivedPackageRow.package_id, ReceivedPackageRow.manifest_sha256).where(
        ReceivedPackageRow.status != "rejected"
    )
    return {pid: h for pid, h in session.execute(q)}


@dataclass(frozen=True)
class CurrentVersion:
    id: int
    package_id: str | None
    version: int | None
    sender_created_at: str | None


def current_for_subject(session: Session, sender_code: str, recipient_code: str, subject: str) -> CurrentVersion | None:
    """The version in force of one submission (only what supersession needs: no data)."""
    r = session.execute(
        select(
            ReceivedPackageRow.id,
            ReceivedPackageRow.package_id,
            ReceivedPackageRow.version,
            ReceivedPackageRow.sender_created_at,
        ).where(
            ReceivedPackageRow.sender_code == sender_code,
            ReceivedPackageRow.subject == subject,
            ReceivedPackageRow.recipient_code == recipient_code,
            ReceivedPackageRow.is_current.is_(True),
        )
    ).first()
    return CurrentVersion(*r) if r else None


def supersede(session: Session, row_id: int, by_package_id: str) -> None:
    session.execute(
        update(ReceivedPackageRow)
        .where(ReceivedPackageRow.id == row_id)
        .values(status="superseded", is_current=False, superseded_by=by_package_id)
    )


def history(session: Session, sender_code: str, subject: str) -> list[ReceivedPackage]:
    q = (
        _select_received()
        .where(
            ReceivedPackageRow.sender_code == sender_code,
            ReceivedPackageRow.subject == subject,
            ReceivedPackageRow.status != "rejected",
        )
        .order_by(ReceivedPackageRow.version.desc(), ReceivedPackageRow.id.desc())
    )
    return [_received(r) for r in session.execute(q).scalars()]


def list_received(
    session: Session,
    *,
    kinds: tuple[str, ...] | None = None,
    period: str | None = None,
    sender_code: str | None = None,
    status: str | None = None,
    current_only: bool = False,
    limit: int | None = None,
) -> list[ReceivedPackage]:
    q = _select_received().order_by(ReceivedPackageRow.id.desc())
    if kinds:
        q = q.where(ReceivedPackageRow.kind.in_(kinds))
    if period:
        q = q.where(ReceivedPackageRow.period == period)
    if sender_code:
        q = q.where(ReceivedPackageRow.sender_code == sender_code)
    if status:
        q = q.where(ReceivedPackageRow.status == status)
    if current_only:
        q = q.where(ReceivedPackageRow.is_current.is_(True))
    if limit:
        q = q.limit(limit)
    return [_received(r) for r in session.execute(q).scalars()]


def received_row(session: Session, row_id: int) -> ReceivedPackage | None:
    r = session.get(ReceivedPackageRow, row_id)
    return _received(r) if r else None


def received_data(session: Session, row_id: int) -> str | None:
    return session.execute(select(ReceivedPackageRow.data_json).where(ReceivedPackageRow.id == row_id)).scalar()


def current_summaries(
    session: Session,
    *,
    kinds: tuple[str, ...],
    recipient_code: str,
    campaign: str | None = None,
    periods: tuple[str, ...] | None = None,
    received_at: bool = False,
) -> list[tuple]:
    """(sender, kind, period, quarter, summary_json[, received_at]) of the versions in force — what
    the dashboard reads (never the full data)."""
    cols = [
        ReceivedPackageRow.sender_code,
        ReceivedPackageRow.kind,
        ReceivedPackageRow.period,
        ReceivedPackageRow.quarter,
        ReceivedPackageRow.summary_json,
    ]
    if received_at:
        cols.append(ReceivedPackageRow.received_at)
    q = select(*cols).where(
        ReceivedPackageRow.is_current.is_(True),
        ReceivedPackageRow.kind.in_(kinds),
        ReceivedPackageRow.recipient_code == recipient_code,
    )
    if campaign:
        q = q.where(ReceivedPackageRow.campaign == campaign)
    if periods:
        q = q.where(ReceivedPackageRow.period.in_(periods))
    return [tuple(r) for r in session.execute(q)]


def current_with_dates(
    session: Session,
    *,
    kinds: tuple[str, ...],
    recipient_code: str,
    campaign: str,
    periods: tuple[str, ...],
    sender_code: str | None = None,
    with_data: bool | str = False,
    contains: str | None = None,
) -> list[tuple]:
    """(row id, sender, kind, period, quarter, summary_json, sender_created_at, received_at[, data_json])
    of the versions in force sent to ``recipient_code`` — what the tree and completeness views read,
    in one query (``with_data``: the full data too; ``"light"``: the data without the per-branch
    records, ``light_json``, where the package had any; ``"reports"``: the compact digest of a
    summary's branch rows, ``reports_json``). ``contains``: only the packages
    whose digest (else light data) has this text, looked for by the database."""
    cols = [
        ReceivedPackageRow.id,
        ReceivedPackageRow.sender_code,
        ReceivedPackageRow.kind,
        ReceivedPackageRow.period,
        ReceivedPackageRow.quarter,
        ReceivedPackageRow.summary_json,
        ReceivedPackageRow.sender_created_at,
        ReceivedPackageRow.received_at,
    ]
    if with_data == "reports":  # the compact digest (None where none was stored)
        cols.append(ReceivedPackageRow.reports_json)
    elif with_data == "light":
        cols.append(func.coalesce(ReceivedPackageRow.light_json, ReceivedPackageRow.data_json))
    elif with_data:
        cols.append(ReceivedPackageRow.data_json)
    q = select(*cols).where(
        ReceivedPackageRow.is_current.is_(True),
        ReceivedPackageRow.kind.in_(kinds),
        ReceivedPackageRow.recipient_code == recipient_code,
        ReceivedPackageRow.campaign == campaign,
        ReceivedPackageRow.period.in_(periods),
    )
    if sender_code is not None:
        q = q.where(ReceivedPackageRow.sender_code == sender_code)
    if contains is not None:  # the digest holds every branch row's code and name: a few MB for a city's period
        q = q.where(
            func.coalesce(
                ReceivedPackageRow.reports_json, ReceivedPackageRow.light_json, ReceivedPackageRow.data_json
            ).contains(contains, autoescape=True)
        )
    return [tuple(r) for r in session.execute(q)]


def received_counts(session: Session) -> dict[str, int]:
    q = select(ReceivedPackageRow.status, func.count()).group_by(ReceivedPackageRow.status)
    return {s: n for s, n in session.execute(q)}


def newest_record(session: Session, sender_code: str, recipient_code: str) -> tuple[int, str, str | None] | None:
    """(row id, record hash, applied at) of the newest stored package from a sender that carries
    the sender's whole record."""
    r = session.execute(
        select(ReceivedPackageRow.id, ReceivedPackageRow.record_sha256, ReceivedPackageRow.record_applied_at)
        .where(
            ReceivedPackageRow.sender_code == sender_code,
            ReceivedPackageRow.recipient_code == recipient_code,
            ReceivedPackageRow.status != "rejected",
            ReceivedPackageRow.record_sha256.is_not(None),
        )
        .order_by(ReceivedPackageRow.sender_created_at.desc(), ReceivedPackageRow.id.desc())
        .limit(1)
    ).first()
    return tuple(r) if r else None


def newest_records(session: Session, sender_codes, recipient_code: str) -> dict[str, tuple[tuple, str | None]]:
    """{sender: (``newest_record``, ``last_applied_record``)} of the senders that have a stored
    package carrying their record, in two queries (a Đoàn cơ sở's 300 branches: 600 before)."""
    codes = list(dict.fromkeys(sender_codes))
    newest: dict[str, tuple] = {}
    applied: dict[str, str | None] = {}
    for i in range(0, len(codes), 500):
        chunk = codes[i : i + 500]
        for sender, *r in session.execute(
            select(
                ReceivedPackageRow.sender_code,
                ReceivedPackageRow.id,
                ReceivedPackageRow.record_sha256,
                ReceivedPackageRow.record_applied_at,
            )
            .where(
                ReceivedPackageRow.sender_code.in_(chunk),
                ReceivedPackageRow.recipient_code == recipient_code,
                ReceivedPackageRow.status != "rejected",
                ReceivedPackageRow.record_sha256.is_not(None),
            )
            .order_by(ReceivedPackageRow.sender_created_at.desc(), ReceivedPackageRow.id.desc())
        ):
            newest.setdefault(sender, tuple(r))
        for sender, sha in session.execute(
            select(ReceivedPackageRow.sender_code, ReceivedPackageRow.record_sha256)
            .where(ReceivedPackageRow.sender_code.in_(chunk), ReceivedPackageRow.record_applied_at.is_not(None))
            .order_by(ReceivedPackageRow.record_applied_at.desc(), ReceivedPackageRow.id.desc())
        ):
            applied.setdefault(sender, sha)
    return {c: (newest[c], applied.get(c)) for c in codes if c in newest}


def last_applied_record(session: Session, sender_code: str) -> str | None:
    return session.execute(
        select(ReceivedPackageRow.record_sha256)
        .where(ReceivedPackageRow.sender_code == sender_code, ReceivedPackageRow.record_applied_at.is_not(None))
        .order_by(ReceivedPackageRow.record_applied_at.desc(), ReceivedPackageRow.id.desc())
        .limit(1)
    ).scalar()


def mark_record_applied(session: Session, row_id: int) -> None:
    session.execute(
        update(ReceivedPackageRow).where(ReceivedPackageRow.id == row_id).values(record_applied_at=utcnow())
    )


def add_reason_note(session: Session, row_id: int, note: str) -> None:
    r = session.get(ReceivedPackageRow, row_id)
    if r is not None:
        r.reason = _printable(f"{r.reason} {note}".strip() if r.reason else note)


def held_rows(session: Session, sender_code: str | None = None) -> list[ReceivedPackage]:
    """Packages waiting for their sender to be confirmed: held, or refused earlier only because
    the sender was not known (before holding existed), with their file kept in the quarantine."""
    q = (
        _select_received()
        .where(
            ReceivedPackageRow.status == "rejected",
            ReceivedPackageRow.reason_code == "unknown_sender",
            ReceivedPackageRow.stored_name.is_not(None),
        )
        .order_by(ReceivedPackageRow.id)
    )
    if sender_code:
        q = q.where(ReceivedPackageRow.sender_code == sender_code)
    return [_received(r) for r in session.execute(q).scalars()]


def set_received_reason(session: Session, row_id: int, reason_code: str, reason: str | None) -> None:
    session.execute(
        update(ReceivedPackageRow)
        .where(ReceivedPackageRow.id == row_id)
        .values(reason_code=reason_code, reason=_printable(reason))
    )
