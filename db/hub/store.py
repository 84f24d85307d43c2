"""Storage of the hub server (issue 9): enrolled units and keys, packages, nonces.

``HubStore(url)`` opens (and migrates to head) the hub database. Every method is one short
transaction; the web layer (desktop/sync/hub) never sees SQLAlchemy.
Its upkeep (figures, emptying, bulk loading, purging) is db/hub/upkeep.py, which it inherits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, delete, event, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from db.hub.upkeep import HubUpkeep
from db.hub.models import HubKeyRow, HubMetaRow, HubNonceRow, HubPackageRow, HubRefusalRow, HubUnitRow, utcnow

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def normalise_url(url: str) -> str:
    """A bare path means a SQLite file; ``postgresql://`` means psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_hub_engine(url: str, options: str | None = None):
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()

        return engine
    # pool_pre_ping: a connection left over from before a PostgreSQL restart is tested (one
    # "SELECT 1") and replaced before use, so a restart costs no failed request (issue 24).
    return create_engine(
        url,
        pool_size=20,
        max_overflow=20,
        pool_recycle=1800,
        pool_pre_ping=True,
        connect_args={"options": options} if options else {},
    )


def upgrade(engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


# The two inserts of every upload, built once (measured: building and compiling a fresh
# insert().values(...) per request cost about 0.2 ms of CPU each).
_INSERT_NONCE = HubNonceRow.__table__.insert()
_INSERT_PACKAGE = HubPackageRow.__table__.insert()
_UNITS_SQL = (
    "SELECT u.code, u.name, u.kind, u.parent_code, k.fingerprint, k.status, k.public_key "
    "FROM hub_units u LEFT JOIN hub_keys k ON k.unit_code = u.code"
)
_UNIT_ONE = text(_UNITS_SQL + " WHERE u.code = :code ORDER BY k.id")
_UNITS_ALL = text(_UNITS_SQL + " ORDER BY u.code, k.id")
_PG_INSERT_NONCE = "INSERT INTO hub_nonces (unit_code, nonce, seen_at) VALUES (%(unit_code)s, %(nonce)s, %(seen_at)s)"
_PG_INSERT_PACKAGE = (
    "INSERT INTO hub_packages (package_id, kind, sender_code, recipient_code, size, sha256, content, "
    "state, uploaded_at) VALUES (%(package_id)s, %(kind)s, %(sender_code)s, %(recipient_code)s, "
    "%(size)s, %(sha256)s, %(content)s, %(state)s, %(uploaded_at)s)"
)


@dataclass(frozen=True)
class HubUnit:
    code: str
    name: str
    kind: str
    parent_code: str | None
    keys: tuple[tuple[str, str, str], ...]  # (fingerprint, status, public key b64)


@dataclass(frozen=True)
class UnitView:
    """A unit as the operator sees it (hub units, the admin page)."""

    code: str
    name: str
    kind: str
    parent_code: str | None
    introduced_by: str | None
    enrolled_at: datetime
    last_seen_at: datetime | None
    keys: tuple[tuple[str, str], ...]  # (fingerprint, status)
    sent: int = 0
    received: int = 0
    waiting: int = 0
    refused: int = 0


@dataclass(frozen=True)
class Refusal:
    at: datetime
    unit_code: str
    error: str
    detail: str
    path: str


MAX_REFUSALS = 20_000  # refusals kept for the admin page (older ones are pruned)


@dataclass(frozen=True)
class WaitingPackage:
    package_id: str
    kind: str
    sender_code: str
    size: int
    sha256: str
    uploaded_at: datetime


class HubStore(HubUpkeep):
    def __init__(self, url: str, *, migrate: bool = True):
        self.url = normalise_url(url)
        self.engine = make_hub_engine(self.url)
        if migrate:
            upgrade(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        # Reads and nonces in autocommit: one round trip each (no BEGIN/COMMIT around them).
        self._reader = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._nonces = self._reader
        if self.dialect == "postgresql":
            self._nonces = make_hub_engine(self.url, options="-c synchronous_commit=off").execution_options(
                isolation_level="AUTOCOMMIT"
            )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def safe_url(self) -> str:
        """The URL without the password (for messages and logs)."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._nonces is not self._reader:
            self._nonces.engine.dispose()

    # ------------------------------------------------------------ units
    def enrol(
        self,
        *,
        code: str,
        name: str,
        kind: str,
        parent_code: str | None,
        public_key: str,
        fingerprint: str,
        retired: list[tuple[str, str]] = (),
        introduced_by: str | None = None,
    ) -> str:
        """Register a unit and its key. Returns enrolled | unchanged | rotated. A new key makes
        the previous active one 'retired' (the enrolment file of a rotation carries the chain,
        checked by the caller)."""
        with self._session.begin() as s:
            unit = s.get(HubUnitRow, code)
            status = "enrolled"
            if unit is None:
                s.add(HubUnitRow(code=code, name=name, kind=kind, parent_code=parent_code, introduced_by=introduced_by))
            else:
                unit.name, unit.kind, unit.parent_code, unit.updated_at = name, kind, parent_code, utcnow()
                if introduced_by:
                    unit.introduced_by = introduced_by
                status = "updated"
            keys = {k.fingerprint: k for k in s.scalars(select(HubKeyRow).where(HubKeyRow.unit_code == code))}
            for fp, pub in retired:
                if fp not in keys:
                    s.add(HubKeyRow(unit_code=code, public_key=pub, fingerprint=fp, status="retired"))
            if fingerprint in keys:
                if keys[fingerprint].status == "revoked":
                    raise ValueError(f"key {fingerprint} of {code} was revoked")
                if status == "updated":
                    status = "unchanged"
            else:
                for k in keys.values():
                    if k.status == "active":
                        k.status = "retired"
                        status = "rotated"
                s.add(HubKeyRow(unit_code=code, public_key=public_key, fingerprint=fingerprint, status="active"))
        return status

    def revoke_keys(self, code: str, fingerprint: str | None = None, *, by: str = "admin") -> int:
        """Revoke every key of ``code`` (or only ``fingerprint``). Returns how many changed."""
        with self._session.begin() as s:
            cond = [HubKeyRow.unit_code == code, HubKeyRow.status != "revoked"]
            if fingerprint:
                cond.append(HubKeyRow.fingerprint == fingerprint)
            res = s.execute(update(HubKeyRow).where(*cond).values(status="revoked", revoked_at=utcnow(), revoked_by=by))
            return res.rowcount or 0

    def revocations(self, codes: list[str]) -> list[tuple[str, str, datetime | None, str | None]]:
        """(unit, fingerprint, revoked at, by) of the revoked keys of ``codes``."""
        if not codes:
            return []
        with self._reader.connect() as c:
            return [
                tuple(r)
                for r in c.execute(
                    select(HubKeyRow.unit_code, HubKeyRow.fingerprint, HubKeyRow.revoked_at, HubKeyRow.revoked_by)
                    .where(HubKeyRow.unit_code.in_(codes), HubKeyRow.status == "revoked")
                    .order_by(HubKeyRow.id)
                )
            ]

    def set_introduced_by(self, code: str, parent_code: str) -> None:
        with self._session.begin() as s:
            s.execute(update(HubUnitRow).where(HubUnitRow.code == code).values(introduced_by=parent_code))

    # ------------------------------------------------------------ the hub's own key, activity
    def meta(self, key: str) -> str | None:
        with self._reader.connect() as c:
            return c.execute(select(HubMetaRow.value).where(HubMetaRow.key == key)).scalar()

    def meta_setdefault(self, key: str, value: str) -> str:
        """Store ``value`` unless the key exists (several workers start at once); the stored value."""
        try:
            with self._session.begin() as s:
                if s.get(HubMetaRow, key) is None:
                    s.add(HubMetaRow(key=key, value=value))
        except IntegrityError:
            pass
        return self.meta(key) or value

    def touch_seen(self, codes_at: dict[str, datetime]) -> None:
        """Record when units were last heard from (batched by the web layer)."""
        if not codes_at:
            return
        with self.engine.begin() as conn:
            for code, at in codes_at.items():
                conn.execute(update(HubUnitRow).where(HubUnitRow.code == code).values(last_seen_at=at))

    def record_refusals(self, rows: list[tuple]) -> None:
        """Rows of (at, unit code, error, detail, path)."""
        if not rows:
            return
        with self.engine.begin() as conn:
            conn.execute(
                HubRefusalRow.__table__.insert(),
                [
                    {"at": r[0], "unit_code": r[1][:40], "error": r[2][:40], "detail": r[3][:300], "path": r[4][:200]}
                    for r in rows
                ],
            )
            newest = conn.execute(select(func.max(HubRefusalRow.id))).scalar() or 0
            if newest > MAX_REFUSALS and newest % 100 < len(rows):
                conn.execute(delete(HubRefusalRow).where(HubRefusalRow.id <= newest - MAX_REFUSALS))

    def refusals(self, *, limit: int = 200, unit_code: str | None = None) -> list[Refusal]:
        q = (
            select(
                HubRefusalRow.at, HubRefusalRow.unit_code, HubRefusalRow.error, HubRefusalRow.detail, HubRefusalRow.path
            )
            .order_by(HubRefusalRow.id.desc())
            .limit(limit)
        )
        if unit_code:
            q = q.where(HubRefusalRow.unit_code == unit_code)
        with self._reader.connect() as c:
            return [Refusal(*r) for r in c.execute(q)]

    def overview(self) -> list[UnitView]:
        """Every unit with last seen and its sent / received / waiting / refused counts."""
        with self._reader.connect() as c:
            sent = dict(
                c.execute(select(HubPackageRow.sender_code, func.count()).group_by(HubPackageRow.sender_code)).all()
            )
            got = dict(
                c.execute(
                    select(HubPackageRow.recipient_code, func.count())
                    .where(HubPackageRow.state != "waiting")
                    .group_by(HubPackageRow.recipient_code)
                ).all()
            )
            waiting = dict(
                c.execute(
                    select(HubPackageRow.recipient_code, func.count())
                    .where(HubPackageRow.state == "waiting")
                    .group_by(HubPackageRow.recipient_code)
                ).all()
            )
            refused = dict(
                c.execute(select(HubRefusalRow.unit_code, func.count()).group_by(HubRefusalRow.unit_code)).all()
            )
            keys: dict[str, list] = {}
            for code, fp, st in c.execute(
                select(HubKeyRow.unit_code, HubKeyRow.fingerprint, HubKeyRow.status).order_by(HubKeyRow.id)
            ):
                keys.setdefault(code, []).append((fp, st))
            units = c.execute(
                select(
                    HubUnitRow.code,
                    HubUnitRow.name,
                    HubUnitRow.kind,
                    HubUnitRow.parent_code,
                    HubUnitRow.introduced_by,
                    HubUnitRow.enrolled_at,
                    HubUnitRow.last_seen_at,
                ).order_by(HubUnitRow.code)
            ).all()
        return [
            UnitView(
                *u,
                keys=tuple(keys.get(u[0], ())),
                sent=sent.get(u[0], 0),
                received=got.get(u[0], 0),
                waiting=waiting.get(u[0], 0),
                refused=refused.get(u[0], 0),
            )
            for u in units
        ]

    def unit(self, code: str) -> HubUnit | None:
        """One unit and its keys, in one round trip."""
        return self._units_where(_UNIT_ONE, {"code": code}).get(code)

    def units_snapshot(self) -> dict[str, HubUnit]:
        """Every unit with its keys, in one query (the web layer's cache of who may sign)."""
        return self._units_where(_UNITS_ALL, {})

    def _units_where(self, sql, params: dict) -> dict[str, HubUnit]:
        rows: dict[str, list] = {}
        with self._reader.connect() as c:
            for code, name, kind, parent, fp, status, pub in c.execute(sql, params):
                entry = rows.setdefault(code, [code, name, kind, parent, []])
                if fp is not None:
                    entry[4].append((fp, status, pub))
        return {code: HubUnit(e[0], e[1], e[2], e[3], tuple(e[4])) for code, e in rows.items()}

    def units(self) -> list[HubUnit]:
        with self._session() as s:
            keys: dict[str, list] = {}
            for k in s.scalars(select(HubKeyRow).order_by(HubKeyRow.id)):
                keys.setdefault(k.unit_code, []).append((k.fingerprint, k.status, k.public_key))
            return [
                HubUnit(u.code, u.name, u.kind, u.parent_code, tuple(keys.get(u.code, ())))
                for u in s.scalars(select(HubUnitRow).order_by(HubUnitRow.code))
            ]

    # ------------------------------------------------------------ nonces
    def remember_nonce(self, unit_code: str, nonce: str, now: datetime, window: timedelta) -> bool:
        """True the first time (unit, nonce) is seen; False for a replay. Old nonces (outside the
        timestamp window, which the caller refuses anyway) are pruned now and then."""
        # A nonce need not survive a power cut (its request is refused by the timestamp window
        # soon after anyway): committed without waiting for the disk, in one round trip.
        stmt, params = _INSERT_NONCE, {"unit_code": unit_code, "nonce": nonce, "seen_at": now}
        try:
            if self.dialect == "sqlite":
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                    conn.commit()
                    try:
                        with conn.begin():
                            conn.execute(stmt, params)
                    finally:
                        conn.exec_driver_sql("PRAGMA synchronous=FULL")
                        conn.commit()
            else:
                with self._nonces.connect() as conn:
                    conn.exec_driver_sql(_PG_INSERT_NONCE, params)
        except IntegrityError:
            return False
        if int.from_bytes(nonce.encode()[-2:], "big") % 64 == 0:
            with self._session.begin() as s:
                s.execute(delete(HubNonceRow).where(HubNonceRow.seen_at < now - 2 * window))
        return True

    # ------------------------------------------------------------ packages
    def put_package(
        self, *, package_id: str, kind: str, sender_code: str, recipient_code: str, sha256: str, content: bytes
    ) -> tuple[bool, str | None]:
        """(created, sha256 already stored). Idempotent by package id."""
        # One statement is atomic on its own: in autocommit it is ONE round trip (no BEGIN/COMMIT),
        # still durable (synchronous commit) on PostgreSQL; SQLite keeps its transaction.
        params = {
            "package_id": package_id,
            "kind": kind,
            "sender_code": sender_code,
            "recipient_code": recipient_code,
            "size": len(content),
            "sha256": sha256,
            "content": content,
            "state": "waiting",
            "uploaded_at": utcnow(),
        }
        try:
            if self.dialect == "postgresql":  # plain SQL: no statement building on the hot path
                with self._reader.connect() as conn:
                    conn.exec_driver_sql(_PG_INSERT_PACKAGE, params)
            else:
                with self.engine.begin() as conn:
                    conn.execute(_INSERT_PACKAGE, params)
            return True, sha256
        except IntegrityError:
            with self._reader.connect() as conn:
                old = conn.execute(select(HubPackageRow.sha256).where(HubPackageRow.package_id == package_id)).scalar()
            return False, old

    def inbox(self, recipient_code: str, *, limit: int = 100, after: int = 0) -> list[WaitingPackage]:
        with self._reader.connect() as s:
            rows = s.execute(
                select(
                    HubPackageRow.package_id,
                    HubPackageRow.kind,
                    HubPackageRow.sender_code,
                    HubPackageRow.size,
                    HubPackageRow.sha256,
                    HubPackageRow.uploaded_at,
                )
                .where(
                    HubPackageRow.recipient_code == recipient_code,
                    HubPackageRow.state == "waiting",
                    HubPackageRow.id > after,
                )
                .order_by(HubPackageRow.id)
                .limit(limit)
            ).all()
            return [WaitingPackage(*r) for r in rows]

    def inbox_count(self, recipient_code: str) -> int:
        with self._session() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(HubPackageRow)
                    .where(HubPackageRow.recipient_code == recipient_code, HubPackageRow.state == "waiting")
                )
                or 0
            )

    def content_for(self, recipient_code: str, package_id: str) -> tuple[bytes, str] | None:
        """The bytes of a package addressed to ``recipient_code`` (None for anyone else's)."""
        with self._reader.connect() as s:
            row = s.execute(
                select(HubPackageRow.content, HubPackageRow.sha256).where(
                    HubPackageRow.package_id == package_id,
                    HubPackageRow.state != "purged",
                    HubPackageRow.recipient_code == recipient_code,
                )
            ).first()
            return (bytes(row[0]), row[1]) if row else None

    def acknowledge(self, recipient_code: str, package_id: str) -> str | None:
        """waiting -> delivered. Returns the state after (None: not addressed to this unit)."""
        with self._session.begin() as s:
            row = s.execute(
                select(HubPackageRow.state).where(
                    HubPackageRow.package_id == package_id, HubPackageRow.recipient_code == recipient_code
                )
            ).first()
            if row is None:
                return None
            if row[0] == "waiting":
                s.execute(
                    update(HubPackageRow)
                    .where(HubPackageRow.package_id == package_id)
                    .values(state="delivered", delivered_at=utcnow())
                )
            return "delivered"

    def package_state(self, sender_code: str, package_id: str) -> str | None:
        with self._session() as s:
            state = s.scalar(
                select(HubPackageRow.state).where(
                    HubPackageRow.package_id == package_id, HubPackageRow.sender_code == sender_code
                )
            )
        return "delivered" if state == "purged" else state  # a purged package was delivered long ago


def session_for(store: HubStore) -> Session:  # for benchmarks/tests that bulk-load rows
    return store._session()
