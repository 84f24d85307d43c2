"""Looking after the hub's database (issue 9): the figures of the admin page and the benchmark
(``stats``, ``database_bytes``), emptying it, loading many rows at once for a benchmark or a
demo, reading every package back, and purging packages delivered long ago.

``HubStore`` (db/hub/store.py) inherits these; like its other methods, each is one short
transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select, update

from db.hub.models import HubKeyRow, HubPackageRow, HubRefusalRow, HubUnitRow, utcnow


class HubUpkeep:
    """The upkeep methods of ``HubStore``."""

    def stats(self) -> dict:
        with self._session() as s:
            total = s.scalar(select(func.count()).select_from(HubPackageRow)) or 0
            by_kind = {
                k: n for k, n in s.execute(select(HubPackageRow.kind, func.count()).group_by(HubPackageRow.kind))
            }
            by_state = {
                k: n for k, n in s.execute(select(HubPackageRow.state, func.count()).group_by(HubPackageRow.state))
            }
            units = s.scalar(select(func.count()).select_from(HubUnitRow)) or 0
            size = s.scalar(select(func.coalesce(func.sum(HubPackageRow.size), 0))) or 0
        by_status = {"waiting": by_state.get("waiting", 0), "delivered": by_state.get("delivered", 0)}
        if by_state.get("purged"):  # content dropped by `hub purge`, tombstone kept
            by_status["purged"] = by_state["purged"]
        with self._session() as s:
            oldest = s.scalar(select(func.min(HubPackageRow.uploaded_at)).where(HubPackageRow.state == "waiting"))
            last_upload = s.scalar(select(func.max(HubPackageRow.uploaded_at)))
            day_ago = utcnow() - timedelta(days=1)
            uploads_24h = (
                s.scalar(select(func.count()).select_from(HubPackageRow).where(HubPackageRow.uploaded_at >= day_ago))
                or 0
            )
            refusals_24h = {
                e: n
                for e, n in s.execute(
                    select(HubRefusalRow.error, func.count())
                    .where(HubRefusalRow.at >= day_ago)
                    .group_by(HubRefusalRow.error)
                )
            }
            seen_24h = (
                s.scalar(select(func.count()).select_from(HubUnitRow).where(HubUnitRow.last_seen_at >= day_ago)) or 0
            )
            never_seen = (
                s.scalar(select(func.count()).select_from(HubUnitRow).where(HubUnitRow.last_seen_at.is_(None))) or 0
            )
            revoked = s.scalar(select(func.count()).select_from(HubKeyRow).where(HubKeyRow.status == "revoked")) or 0

        def iso(d):
            return d.isoformat(timespec="seconds") + "Z" if d else None

        return {
            "packages_total": total,
            "by_kind": dict(sorted(by_kind.items())),
            "by_status": by_status,
            "units": units,
            "bytes_total": int(size),
            "oldest_waiting_at": iso(oldest),
            "last_upload_at": iso(last_upload),
            "uploads_last_24h": int(uploads_24h),
            "units_seen_last_24h": int(seen_24h),
            "units_never_seen": int(never_seen),
            "refusals_last_24h": dict(sorted(refusals_24h.items())),
            "revoked_keys": int(revoked),
        }

    # ------------------------------------------------------------ bulk (demo data, benchmarks)
    def is_empty(self) -> bool:
        with self._reader.connect() as c:
            return (
                c.execute(select(HubUnitRow.code).limit(1)).first() is None
                and c.execute(select(HubPackageRow.id).limit(1)).first() is None
            )

    def clear(self) -> None:
        """Delete every unit, key, package and nonce (``demo --profile city --force``)."""
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(
                    "TRUNCATE hub_packages, hub_keys, hub_units, hub_nonces, hub_refusals RESTART IDENTITY"
                )
            else:
                for t in ("hub_packages", "hub_keys", "hub_units", "hub_nonces", "hub_refusals"):
                    conn.exec_driver_sql(f"DELETE FROM {t}")
        if self.dialect == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("VACUUM")

    _PACKAGE_COLUMNS = (
        "package_id",
        "kind",
        "sender_code",
        "recipient_code",
        "size",
        "sha256",
        "content",
        "state",
        "uploaded_at",
        "delivered_at",
    )

    def bulk_insert(self, *, units=(), keys=(), packages=()) -> None:
        """Insert many rows in ONE transaction: units, then keys, then packages (dicts with the
        column names). PostgreSQL packages go through COPY (one round trip for the batch)."""
        with self.engine.begin() as conn:
            if units:
                conn.execute(HubUnitRow.__table__.insert(), list(units))
            if keys:
                conn.execute(HubKeyRow.__table__.insert(), list(keys))
            if packages:
                if self.dialect == "postgresql":
                    cols = self._PACKAGE_COLUMNS
                    cur = conn.connection.driver_connection.cursor()
                    with cur.copy(f"COPY hub_packages ({', '.join(cols)}) FROM STDIN") as cp:
                        for r in packages:
                            cp.write_row(tuple(r.get(c) for c in cols))
                else:
                    conn.execute(HubPackageRow.__table__.insert(), list(packages))

    def analyze(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()

    def database_bytes(self) -> int:
        if self.dialect == "postgresql":
            with self._reader.connect() as c:
                return int(c.exec_driver_sql("SELECT pg_database_size(current_database())").scalar() or 0)
        path = self.engine.url.database
        if not path or path == ":memory:":
            return 0
        return sum(Path(path + sfx).stat().st_size for sfx in ("", "-wal") if Path(path + sfx).exists())

    def all_packages(self, *, batch: int = 500):
        """(package_id, sender, recipient, state, content) of every stored package, in id order,
        read in batches (checks of the demo data)."""
        last = 0
        while True:
            with self._reader.connect() as c:
                rows = c.execute(
                    select(
                        HubPackageRow.id,
                        HubPackageRow.package_id,
                        HubPackageRow.sender_code,
                        HubPackageRow.recipient_code,
                        HubPackageRow.state,
                        HubPackageRow.content,
                    )
                    .where(HubPackageRow.id > last)
                    .order_by(HubPackageRow.id)
                    .limit(batch)
                ).all()
            if not rows:
                return
            for r in rows:
                yield r[1], r[2], r[3], r[4], bytes(r[5])
            last = rows[-1][0]

    # ------------------------------------------------------------ housekeeping
    def purge_delivered(self, older_than: datetime, *, dry_run: bool = False) -> tuple[int, int]:
        """Drop the CONTENT of packages delivered (acknowledged by their recipient) before
        ``older_than``. The row stays as a tombstone (state 'purged', sha256 kept), so a
        re-upload of the same package still answers "already have it". Waiting packages are
        never touched. Returns (packages, bytes freed)."""
        cond = (
            HubPackageRow.state == "delivered",
            HubPackageRow.delivered_at.is_not(None),
            HubPackageRow.delivered_at < older_than,
        )
        with self.engine.begin() as conn:
            n, size = conn.execute(
                select(func.count(), func.coalesce(func.sum(HubPackageRow.size), 0)).where(*cond)
            ).one()
            if not dry_run and n:
                conn.execute(update(HubPackageRow).where(*cond).values(state="purged", content=b""))
        if not dry_run and n and self.dialect == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return int(n), int(size)
