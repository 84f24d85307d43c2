"""Online sync through a hub (issue 9), Qt-free: push what waits in the outbox, pull what waits
at the hub and import it through services/sync.py, with exponential backoff kept on disk.

* The outbox status is the single source of truth: ``push`` sends the items "chờ gửi" (pending)
  only; a delivered item becomes "đã gửi" (sent). Uploads are idempotent by package id, so an
  item sent but not yet recorded (crash, cut) is simply sent again and the hub answers
  "already have it". Switching between file and hub transport therefore never sends a package
  as two versions and never loses one: an item exported to a file is no longer pending.
* ``pull`` downloads the unit's inbox and imports each package with the ordinary importer
  (verify, quarantine, duplicates); it acknowledges a package only after its import committed.
* Backoff state (DataDir/online_sync.json): failures double the wait (1 min … 1 h); any success
  resets it. The UI's background sender asks ``due()`` and calls ``sync_now``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.domain.settings import with_defaults
from desktop.services import sync as sync_service
from desktop.services.context import AppContext
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sync.files import atomic_write
from desktop.sync.online import HubRefused, HubTransport, HubUnreachable

ENV_HUB_URL = "SOTHIDUA_HUB_URL"
STATE_FILE = "online_sync.json"
BACKOFF_BASE_S = 60
BACKOFF_MAX_S = 3600
INTERVAL_S = 300  # the background sender's regular round ("every few minutes")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(d: datetime | None) -> str | None:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ") if d else None


def _parse(s: str | None) -> datetime | None:
    if not s:
        return None
    try:
        return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass
class SyncState:
    last_success_at: str | None = None
    last_attempt_at: str | None = None
    failures: int = 0
    next_attempt_at: str | None = None
    last_error: str | None = None
    hub_url: str | None = None


def _state_path(ctx: AppContext) -> Path:
    return ctx.data.root / STATE_FILE


def load_state(ctx: AppContext) -> SyncState:
    try:
        raw = json.loads(_state_path(ctx).read_text(encoding="utf-8"))
        return SyncState(**{k: raw.get(k) for k in SyncState.__dataclass_fields__ if k in raw})
    except (OSError, ValueError, TypeError):
        return SyncState()


def _save_state(ctx: AppContext, st: SyncState) -> None:
    atomic_write(_state_path(ctx), json.dumps(asdict(st), ensure_ascii=False, indent=2).encode("utf-8"))


def backoff_seconds(failures: int) -> int:
    if failures <= 0:
        return 0
    return min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (failures - 1))


def hub_url(ctx: AppContext, override: str | None = None) -> str | None:
    """--hub wins, then $SOTHIDUA_HUB_URL, then the unit setting hub_url."""
    if override:
        return override.strip()
    env = os.environ.get(ENV_HUB_URL, "").strip()
    if env:
        return env
    from db.repo import settings as settings_repo
    from db.repo import units as units_repo

    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        if me is None:
            return None
        value = with_defaults(settings_repo.all_for(s, me.code)).get("hub_url") or ""
    return value.strip() or None


def make_transport(ctx: AppContext, url: str | None = None, *, client=None) -> HubTransport:
    url = hub_url(ctx, url)
    if not url:
        raise DomainError("Chưa có địa chỉ máy chủ đồng bộ: đặt cài đặt “hub_url”, dùng --hub URL hoặc "
                          f"biến môi trường {ENV_HUB_URL}.", field="hub_url")
    me = sync_service._self_unit(ctx)
    return HubTransport(url, me.code, sync_service.keystore(ctx).identity(), client=client)


@dataclass
class SyncResult:
    sent: list[str] = field(default_factory=list)  # package ids now "đã gửi"
    failed: list[tuple[str, str]] = field(default_factory=list)  # (package id, why), still pending
    received: list = field(default_factory=list)  # ImportOutcome of each package pulled
    error: str | None = None  # the hub could not be reached / refused us: everything stays pending
    pending: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict:
        return {"ok": self.ok, "sent": self.sent, "failed": [{"package_id": p, "reason": r} for p, r in self.failed],
                "received": [o.to_json() for o in self.received], "error": self.error, "pending": self.pending}


def _pending(ctx: AppContext) -> int:
    return sync_service.outbox_counts(ctx).get(sync_service.PENDING, 0)


def push(ctx: AppContext, transport: HubTransport, *, progress: ProgressFn = no_progress,
         cancel: CancelToken | None = None) -> SyncResult:
    res = SyncResult()
    try:
        if not _pending(ctx):
            transport.health()  # nothing to send: still tell the user whether the hub is there
        deliveries = sync_service.deliver(ctx, transport, progress=progress, cancel=cancel)
    except HubUnreachable as exc:
        deliveries, res.error = [], str(exc)
    for d in deliveries:
        if d.ok:
            res.sent.append(d.package_id)
        else:
            res.failed.append((d.package_id, d.detail))
    if transport.unreachable:
        res.error = transport.unreachable
    res.pending = _pending(ctx)
    return res


def pull(ctx: AppContext, transport: HubTransport, *, progress: ProgressFn = no_progress,
         cancel: CancelToken | None = None) -> SyncResult:
    res = SyncResult()
    try:
        while True:  # page by page until the inbox is empty (acknowledged packages leave it)
            got = sync_service.receive(ctx, transport, progress=progress, cancel=cancel)
            res.received += got
            if len(got) < transport.page:
                break
    except HubUnreachable as exc:
        res.error = str(exc)
    except HubRefused as exc:
        res.error = f"Máy chủ từ chối: {exc.body.get('message') or exc.status}"
    res.pending = _pending(ctx)
    return res


def record(ctx: AppContext, res: SyncResult, url: str | None = None) -> SyncState:
    st = load_state(ctx)
    now = _now()
    st.last_attempt_at = _iso(now)
    st.hub_url = url or st.hub_url
    if res.ok:
        st.last_success_at, st.failures, st.last_error = _iso(now), 0, None
        st.next_attempt_at = _iso(now + timedelta(seconds=INTERVAL_S))
    else:
        st.failures = (st.failures or 0) + 1
        st.last_error = res.error
        st.next_attempt_at = _iso(now + timedelta(seconds=backoff_seconds(st.failures)))
    _save_state(ctx, st)
    return st


def sync_now(ctx: AppContext, url: str | None = None, *, client=None, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None) -> SyncResult:
    """Push then pull, and record the outcome (backoff). Never raises for network trouble."""
    transport = make_transport(ctx, url, client=client)
    try:
        res = push(ctx, transport, progress=progress, cancel=cancel)
        if res.ok:
            got = pull(ctx, transport, progress=progress, cancel=cancel)
            res.received, res.error = got.received, got.error
            # receipts for what we just imported wait in the outbox: send them in the same round
            if res.ok and _pending(ctx):
                more = push(ctx, transport, progress=progress, cancel=cancel)
                res.sent += more.sent
                res.failed += more.failed
                res.error = more.error
        res.pending = _pending(ctx)
    finally:
        transport.close()
    record(ctx, res, transport.url)
    return res


def due(ctx: AppContext, now: datetime | None = None) -> bool:
    st = load_state(ctx)
    nxt = _parse(st.next_attempt_at)
    return nxt is None or (now or _now()) >= nxt


def reset_backoff(ctx: AppContext) -> None:
    """The network came back: try now instead of waiting out the backoff."""
    st = load_state(ctx)
    st.next_attempt_at = None
    _save_state(ctx, st)


@dataclass(frozen=True)
class Status:
    configured: bool
    hub_url: str | None
    last_success_at: datetime | None
    pending: int
    failures: int
    last_error: str | None
    next_attempt_at: datetime | None


def status(ctx: AppContext) -> Status:
    st = load_state(ctx)
    try:
        url = hub_url(ctx)
    except Exception:  # noqa: BLE001 - status must never fail the status bar
        url = None
    return Status(bool(url), url, _parse(st.last_success_at), _pending(ctx), st.failures or 0, st.last_error,
                  _parse(st.next_attempt_at))
