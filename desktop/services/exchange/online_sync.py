"""Online sync through a hub (issues 9 and 24), Qt-free: push what waits in the outbox, pull what
waits at the hub and import it through services/exchange/sync.py, and say truthfully what happened.

* The outbox status is the single source of truth: ``push`` sends the items "chờ gửi" (pending);
  only the hub's own signed answer ``stored`` / ``already_have`` makes an item "đã gửi" (sent).
  Uploads are idempotent by package id, so an item sent but not yet recorded (crash, cut) is
  simply sent again and the hub answers "already have it".
* A refusal is written where the user looks: the outbox row's "Lý do" (the item stays "chờ
  gửi"), the status bar and the home screen, as a Vietnamese sentence that says what to do.
  A permanent refusal (recipient not known to the hub, not related, too large …) HOLDS the item:
  it is not sent again automatically until something changes — the connection settings, a
  "Gửi – nhận ngay", or the hourly re-check (the hub side may have changed: an enrolment).
  A temporary failure (hub stopped, cut, server error) is retried with a backoff capped at
  about a minute, so delivery after an outage takes a minute at most.
* ``pull`` downloads the unit's inbox and imports each package with the ordinary importer; a
  page that is not the hub's signed answer is an error, never an empty inbox.
* Each round a parent introduces its enrolled children to the hub (signed introductions: no one
  enrols thousands of branches by hand), sends the revocations it made, and applies the
  revocations the hub knows of its parent and children.
* Connection settings: the hub address (unit setting ``hub_url``), an optional CA file, the
  recorded acknowledgement that plain http is acceptable, and the hub's key pinned at first
  contact (installation settings ``online.*``). State (DataDir/online_sync.json): last success,
  failures, next attempt, the last problem, held items, introductions made.

The state lives in hub_state.py, the connection in hub_connection.py, and the introductions and
revocations in hub_keys.py; this module is the round itself (push, pull, record, status).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.services.exchange import sync as sync_service
from desktop.services.context import AppContext
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sync.online import HubProblem, HubRefused, HubTransport, HubUnreachable
from desktop.services.exchange.hub_state import (
    BACKOFF_MAX_S,
    HELD_RECHECK_S,
    INTERVAL_S,
    SyncState,
    _iso,
    _now,
    _parse,
    _save_state,
    backoff_seconds,
    load_state,
)
from desktop.services.exchange.hub_connection import (
    Connection,
    Diagnosis,
    connect_from_invitation,
    connection,
    hub_url,
    make_transport,
    save_connection,
    test_connection,
    _pin,
)
from desktop.services.exchange.hub_keys import exchange_revocations, introduce_children, revoke_child_key

# Reachable from here too: the hub's problems, the state and the connection (their own modules).
__all__ = [
    "BACKOFF_MAX_S",
    "Connection",
    "Diagnosis",
    "HubProblem",
    "HubRefused",
    "HubUnreachable",
    "connect_from_invitation",
    "connection",
    "hub_url",
    "load_state",
    "make_transport",
    "revoke_child_key",
    "save_connection",
    "test_connection",
]


@dataclass
class SyncResult:
    sent: list[str] = field(default_factory=list)  # package ids now "đã gửi"
    failed: list[tuple[str, str]] = field(default_factory=list)  # (package id, why), still pending
    received: list = field(default_factory=list)  # ImportOutcome of each package pulled
    error: str | None = None  # what stopped the round (Vietnamese sentence): everything stays pending
    pending: int = 0
    problem: str | None = None  # the kind of problem (HubProblem.kind)
    permanent: bool = False
    held: list[str] = field(default_factory=list)  # package ids held after a permanent refusal
    introduced: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict:
        return {
            "ok": self.ok,
            "sent": self.sent,
            "failed": [{"package_id": p, "reason": r} for p, r in self.failed],
            "received": [o.to_json() for o in self.received],
            "error": self.error,
            "problem": self.problem,
            "held": self.held,
            "introduced": self.introduced,
            "pending": self.pending,
        }

    def fail(self, exc: HubProblem) -> None:
        self.error, self.problem, self.permanent = exc.message, exc.kind, exc.permanent


def _pending(ctx: AppContext) -> int:
    return sync_service.outbox_counts(ctx).get(sync_service.PENDING, 0)


def _pending_ids(ctx: AppContext) -> list[str]:
    return [i.package_id for i in reversed(sync_service.outbox(ctx, (sync_service.PENDING,)))]


def _set_reasons(ctx: AppContext, reasons: dict[str, str | None]) -> None:
    """Write why an item is still "chờ gửi" in its "Lý do" (None clears it)."""
    if not reasons:
        return
    with ctx.uow.begin() as s:
        for pid, why in reasons.items():
            item = repo.outbox_get(s, pid)
            if item is not None and item.status == sync_service.PENDING and item.reason != why:
                repo.set_outbox_status(s, pid, sync_service.PENDING, reason=why)


def _clear_reasons(ctx: AppContext) -> None:
    with ctx.uow.read() as s:
        items = [i.package_id for i in repo.outbox_items(s, (sync_service.PENDING,)) if i.reason]
    _set_reasons(ctx, dict.fromkeys(items))


class _InOrder:
    """The transport, handed the items oldest first (a version 1 reaches the hub before its
    version 2, as when the whole outbox is sent)."""

    def __init__(self, transport: HubTransport, ids: list[str]):
        self._t, self._rank = transport, {p: n for n, p in enumerate(ids)}

    def __getattr__(self, name):
        return getattr(self._t, name)

    def deliver(self, items, progress, cancel):
        return self._t.deliver(sorted(items, key=lambda i: self._rank.get(i.package_id, 0)), progress, cancel)


def push(
    ctx: AppContext,
    transport: HubTransport,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    retry_held: bool = True,
) -> SyncResult:
    """Send the pending items (those held after a permanent refusal only if ``retry_held``)."""
    res = SyncResult()
    st = load_state(ctx)
    ids = _pending_ids(ctx)
    if not retry_held:
        ids = [p for p in ids if p not in st.held]
    try:
        transport.hello()  # proves it is the hub (and checks the clock) even with nothing to send
        deliveries = (
            sync_service.deliver(ctx, _InOrder(transport, ids), ids, progress=progress, cancel=cancel) if ids else []
        )
    except HubProblem as exc:
        deliveries = []
        res.fail(exc)
    reasons: dict[str, str | None] = {}
    st = load_state(ctx)
    for d in deliveries:
        if d.ok:
            res.sent.append(d.package_id)
            st.held.pop(d.package_id, None)
        else:
            res.failed.append((d.package_id, d.detail))
            reasons[d.package_id] = d.detail
            if d.permanent:
                st.held[d.package_id] = {"code": d.refusal, "reason": d.detail, "at": _iso(_now())}
                res.held.append(d.package_id)
            else:
                st.held.pop(d.package_id, None)
    if transport.problem is not None:
        res.fail(transport.problem)
    if res.error:  # what stopped the round is also the reason of every item it left waiting
        for pid in ids:
            if pid not in res.sent and pid not in st.held:
                reasons[pid] = res.error
    _save_state(ctx, st)
    _pin(ctx, transport)
    _set_reasons(ctx, reasons)
    res.pending = _pending(ctx)
    return res


def pull(
    ctx: AppContext, transport: HubTransport, *, progress: ProgressFn = no_progress, cancel: CancelToken | None = None
) -> SyncResult:
    res = SyncResult()
    try:
        while True:  # page by page until the inbox is empty (acknowledged packages leave it)
            got = sync_service.receive(ctx, transport, progress=progress, cancel=cancel)
            res.received += got
            if len(got) < transport.page:
                break
    except HubProblem as exc:
        res.fail(exc)
    _pin(ctx, transport)
    res.pending = _pending(ctx)
    return res


# ------------------------------------------------------------------ one round
def record(ctx: AppContext, res: SyncResult, url: str | None = None) -> SyncState:
    st = load_state(ctx)
    now = _now()
    st.last_attempt_at = _iso(now)
    st.hub_url = url or st.hub_url
    if res.ok:
        st.last_success_at, st.failures, st.last_error = _iso(now), 0, None
        st.problem_kind, st.problem_permanent = None, False
        st.next_attempt_at = _iso(now + timedelta(seconds=INTERVAL_S))
    else:
        st.failures = (st.failures or 0) + 1
        st.last_error, st.problem_kind, st.problem_permanent = res.error, res.problem, res.permanent
        wait = HELD_RECHECK_S if res.permanent else backoff_seconds(st.failures)
        st.next_attempt_at = _iso(now + timedelta(seconds=wait))
    _save_state(ctx, st)
    return st


def sync_now(
    ctx: AppContext,
    url: str | None = None,
    *,
    client=None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    manual: bool = True,
) -> SyncResult:
    """Push then pull, and record the outcome. Never raises for network trouble. ``manual``
    ("Gửi – nhận ngay", the CLI): held items are tried again; the background rounds leave them
    held until the hourly re-check."""
    st = load_state(ctx)
    retry_held = manual or _due_recheck(st)
    if not connection(ctx, url).url:
        make_transport(ctx, url, client=client)  # raises: no address at all (online sync is off)
    try:
        transport = make_transport(ctx, url, client=client)
    except DomainError as exc:  # an address that cannot be used: said where the user looks
        res = SyncResult(pending=_pending(ctx))
        res.fail(HubProblem("address", str(exc), permanent=True))
        record(ctx, res, url)
        return res
    try:
        res = push(ctx, transport, progress=progress, cancel=cancel, retry_held=retry_held)
        if res.ok:
            try:
                introduce_children(ctx, transport, res)
                exchange_revocations(ctx, transport, res)
            except HubProblem as exc:
                res.fail(exc)
        if res.ok:
            got = pull(ctx, transport, progress=progress, cancel=cancel)
            res.received = got.received
            if not got.ok:
                res.error, res.problem, res.permanent = got.error, got.problem, got.permanent
            # receipts for what we just imported wait in the outbox: send them in the same round
            if res.ok and got.received and _pending(ctx):
                more = push(ctx, transport, progress=progress, cancel=cancel, retry_held=False)
                res.sent += more.sent
                res.failed += more.failed
                res.held += more.held
                if not more.ok:
                    res.error, res.problem, res.permanent = more.error, more.problem, more.permanent
        res.pending = _pending(ctx)
    finally:
        transport.close()
    st = record(ctx, res, transport.url)
    if retry_held and res.ok:
        st.last_round_at = _iso(_now())
        _save_state(ctx, st)
    return res


def _due_recheck(st: SyncState) -> bool:
    last = _parse(st.last_round_at)
    return bool(st.held) and (last is None or _now() - last >= timedelta(seconds=HELD_RECHECK_S))


def due(ctx: AppContext, now: datetime | None = None) -> bool:
    st = load_state(ctx)
    nxt = _parse(st.next_attempt_at)
    return nxt is None or (now or _now()) >= nxt


def seconds_until_due(ctx: AppContext) -> float:
    st = load_state(ctx)
    nxt = _parse(st.next_attempt_at)
    if nxt is None:
        return 0.0
    return max(0.0, (nxt - datetime.now(UTC)).total_seconds())


def reset_backoff(ctx: AppContext) -> None:
    """The network came back (or a package was queued): try now instead of waiting out the backoff.
    A permanent problem stays until something changes."""
    st = load_state(ctx)
    if st.problem_permanent:
        return
    st.next_attempt_at = None
    _save_state(ctx, st)


def sendable_pending(ctx: AppContext) -> int:
    """Pending items that a background round would send (not held after a permanent refusal)."""
    st = load_state(ctx)
    return len([p for p in _pending_ids(ctx) if p not in st.held])


@dataclass(frozen=True)
class Status:
    configured: bool
    hub_url: str | None
    last_success_at: datetime | None
    pending: int
    failures: int
    last_error: str | None
    next_attempt_at: datetime | None
    problem: str | None = None
    permanent: bool = False
    held: int = 0
    held_reasons: tuple[str, ...] = ()


def status(ctx: AppContext) -> Status:
    st = load_state(ctx)
    try:
        url = hub_url(ctx)
    except Exception:  # noqa: BLE001 - status must never fail the status bar
        url = None
    pending = _pending_ids(ctx)
    held = [p for p in pending if p in st.held]
    reasons = tuple(dict.fromkeys(st.held[p].get("reason") or "" for p in held))
    return Status(
        bool(url),
        url,
        _parse(st.last_success_at),
        len(pending),
        st.failures or 0,
        st.last_error,
        _parse(st.next_attempt_at),
        st.problem_kind,
        bool(st.problem_permanent),
        len(held),
        reasons,
    )
