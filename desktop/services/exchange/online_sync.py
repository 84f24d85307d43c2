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
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db import audit
from db.repo import settings as settings_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.settings import with_defaults
from desktop.domain.units import UnitKind
from desktop.services.exchange import sync as sync_service
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.progress import CancelToken, ProgressFn, no_progress
from desktop.sync.files import atomic_write
from desktop.sync.hub import protocol as proto
from desktop.sync.online import HubProblem, HubRefused, HubTransport, HubUnreachable, check_url, ssl_context

__all__ = ["HubProblem", "HubRefused", "HubUnreachable"]

ENV_HUB_URL = "SOTHIDUA_HUB_URL"
STATE_FILE = "online_sync.json"
BACKOFF_BASE_S = 5  # first retry after a failure; doubles …
BACKOFF_MAX_S = 60  # … up to about a minute: "after an outage, minutes at most"
INTERVAL_S = 90  # a pull every minute and a half while the app is open
HELD_RECHECK_S = 3600  # permanent refusals are re-checked this often (the hub side may have changed)
CA_FILE, HTTP_ACK, HUB_KEY = "online.ca_file", "online.http_ack", "online.hub_key"


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
    last_error: str | None = None  # the Vietnamese sentence of the last problem (None: all well)
    hub_url: str | None = None
    problem_kind: str | None = None
    problem_permanent: bool = False
    held: dict = field(default_factory=dict)  # package id -> {"code", "reason", "at"}
    introduced: dict = field(default_factory=dict)  # child code -> fingerprint introduced to the hub
    revocations_to_send: list = field(default_factory=list)  # [{"unit", "fingerprint"}]
    last_round_at: str | None = None


def _state_path(ctx: AppContext) -> Path:
    return ctx.data.root / STATE_FILE


def load_state(ctx: AppContext) -> SyncState:
    try:
        raw = json.loads(_state_path(ctx).read_text(encoding="utf-8"))
        st = SyncState(**{k: raw.get(k) for k in SyncState.__dataclass_fields__ if k in raw})
        st.held = st.held if isinstance(st.held, dict) else {}
        st.introduced = st.introduced if isinstance(st.introduced, dict) else {}
        st.revocations_to_send = st.revocations_to_send if isinstance(st.revocations_to_send, list) else []
        st.failures = int(st.failures or 0)
        return st
    except (OSError, ValueError, TypeError):
        return SyncState()


def _save_state(ctx: AppContext, st: SyncState) -> None:
    atomic_write(_state_path(ctx), json.dumps(asdict(st), ensure_ascii=False, indent=2).encode("utf-8"))


def backoff_seconds(failures: int) -> int:
    if failures <= 0:
        return 0
    return min(BACKOFF_MAX_S, BACKOFF_BASE_S * 2 ** (failures - 1))


# ------------------------------------------------------------------ connection settings
@dataclass(frozen=True)
class Connection:
    url: str | None
    ca_file: str | None
    allow_http: bool
    http_ack: dict | None  # who acknowledged plain http for which address, and when
    hub_key: str | None  # pinned (base64), for this address only
    hub_fingerprint: str | None
    source: str  # "option" | "environment" | "setting" | ""


def hub_url(ctx: AppContext, override: str | None = None) -> str | None:
    """--hub wins, then $SOTHIDUA_HUB_URL, then the unit setting hub_url."""
    return connection(ctx, override).url


def connection(ctx: AppContext, override: str | None = None) -> Connection:
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        setting = ""
        if me is not None:
            setting = (with_defaults(settings_repo.all_for(s, me.code)).get("hub_url") or "").strip()
        ca = settings_repo.get(s, "", CA_FILE) or None
        ack = settings_repo.get(s, "", HTTP_ACK) or None
        pin = settings_repo.get(s, "", HUB_KEY) or None
    env = os.environ.get(ENV_HUB_URL, "").strip()
    if override and override.strip():
        url, source = override.strip(), "option"
    elif env:
        url, source = env, "environment"
    elif setting:
        url, source = setting, "setting"
    else:
        url, source = None, ""
    norm = _norm(url)
    allow = bool(ack and isinstance(ack, dict) and _norm(ack.get("url")) == norm and norm)
    key = pin.get("key") if isinstance(pin, dict) and norm and _norm(pin.get("url")) == norm else None
    return Connection(url, ca, allow, ack if allow else None, key, pin.get("fingerprint") if key else None, source)


def _norm(url: str | None) -> str:
    return (url or "").strip().rstrip("/").lower()


def save_connection(
    ctx: AppContext, url: str, *, ca_file: str | None = None, allow_http: bool = False, accept_key: str | None = None
) -> Changes:
    """Save what the "Kết nối máy chủ" section holds; it takes effect at once (the backoff and
    held items are forgotten: something changed). Plain http to another computer needs
    ``allow_http`` — recorded with who and when, in the settings and the audit log."""
    url = (url or "").strip()
    if url:
        try:
            url = check_url(url, allow_http=allow_http)
        except HubProblem as exc:
            raise DomainError(exc.message, field="hub_url") from None
    if ca_file and not Path(ca_file).is_file():
        raise DomainError(f"Không tìm thấy tệp chứng chỉ CA “{ca_file}”.", field="ca_file")
    if ca_file:
        try:
            ssl_context(ca_file)
        except HubProblem as exc:
            raise DomainError(exc.message, field="ca_file") from None
    me = sync_service._self_unit(ctx)
    with ctx.uow.begin() as s:
        before = {
            "hub_url": with_defaults(settings_repo.all_for(s, me.code)).get("hub_url"),
            "ca_file": settings_repo.get(s, "", CA_FILE),
            "http_ack": settings_repo.get(s, "", HTTP_ACK),
        }
        settings_repo.put(s, me.code, "hub_url", url)
        settings_repo.put(s, "", CA_FILE, ca_file or "")
        insecure = url.startswith("http://") and allow_http
        ack = {"url": url, "by": ctx.actor, "at": _iso(_now())} if insecure else None
        old_ack = before["http_ack"] if isinstance(before["http_ack"], dict) else None
        if insecure and old_ack and _norm(old_ack.get("url")) == _norm(url):
            ack = old_ack  # already acknowledged for this address: keep who and when
        settings_repo.put(s, "", HTTP_ACK, ack or "")
        pin = settings_repo.get(s, "", HUB_KEY)
        if accept_key:
            from desktop.sync.keys import fingerprint, unb64

            settings_repo.put(
                s,
                "",
                HUB_KEY,
                {"url": url, "key": accept_key, "fingerprint": fingerprint(unb64(accept_key)), "at": _iso(_now())},
            )
        elif isinstance(pin, dict) and _norm(pin.get("url")) != _norm(url):
            settings_repo.put(s, "", HUB_KEY, "")
        after = {"hub_url": url, "ca_file": ca_file or "", "http_ack": ack}
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="setting",
            entity_id="hub_connection",
            unit_code=me.code,
            before=before,
            after=after,
        )
    st = load_state(ctx)
    st.failures, st.next_attempt_at, st.held = 0, None, {}
    st.last_error, st.problem_kind, st.problem_permanent = None, None, False
    st.hub_url = url or None
    _save_state(ctx, st)
    _clear_reasons(ctx)
    return Changes.of("settings", sync_service.AREA)


def connect_from_invitation(ctx: AppContext, url: str | None) -> Changes | None:
    """A unit that joins by invitation takes the hub address the parent wrote in it, unless it
    already has one. An address that cannot be used (plain http to another computer) is not
    taken: the user decides in "Kết nối máy chủ". Returns the changes, or None if nothing changed."""
    if not url or connection(ctx).url:
        return None
    try:
        check_url(url)
    except HubProblem:
        return None
    return save_connection(ctx, url)


@dataclass(frozen=True)
class Diagnosis:
    ok: bool
    kind: str  # "ok" or a HubProblem kind
    message: str
    url: str | None = None
    hub_fingerprint: str | None = None
    hub_key: str | None = None
    hub_version: str | None = None
    unit_known: bool | None = None  # does the hub know this unit (a signed request went through)


def test_connection(
    ctx: AppContext, url: str, *, ca_file: str | None = None, allow_http: bool = False, client=None
) -> Diagnosis:
    """ "Thử kết nối": the address, the network, the certificate, whether it is a Sổ Thi Đua hub,
    the clock, and whether the hub knows this unit — the first thing wrong, named."""
    conn = connection(ctx)
    pinned = conn.hub_key if _norm(url) == _norm(conn.url) else None
    try:
        t = _transport(ctx, url, client=client, ca_file=ca_file, allow_http=allow_http, hub_key=pinned)
    except HubProblem as exc:
        return Diagnosis(False, exc.kind, exc.message, url)
    try:
        info = t.hello()
        fp, key = info["fingerprint"], info["hub_key"]
        try:
            t.waiting()
        except HubProblem as exc:
            if exc.kind in ("unit_unknown", "key_unknown", "revoked", "clock"):
                return Diagnosis(
                    False,
                    exc.kind,
                    "Đã kết nối được máy chủ Sổ Thi Đua, nhưng: " + exc.message,
                    t.url,
                    fp,
                    key,
                    info.get("version"),
                    False,
                )
            raise
        return Diagnosis(
            True,
            "ok",
            f"Kết nối tốt: máy chủ Sổ Thi Đua {t.url} (mã vân tay {fp[:19]}…) đã nhận ra đơn vị này.",
            t.url,
            fp,
            key,
            info.get("version"),
            True,
        )
    except HubProblem as exc:
        key = None
        if exc.kind == "hub_changed":
            try:
                fresh = _transport(ctx, url, client=client, ca_file=ca_file, allow_http=allow_http)
                key = fresh.hello()["hub_key"]
                fresh.close()
            except HubProblem:
                key = None
        return Diagnosis(False, exc.kind, exc.message, t.url, exc.detail if exc.kind == "hub_changed" else None, key)
    finally:
        t.close()


def _names(ctx: AppContext) -> tuple[dict[str, str], str]:
    """Units as a person reads them ("Đoàn cơ sở DCS-KT (Đoàn xã Kiến Thụy)"), and our parent's name."""
    out: dict[str, str] = {}
    parent = ""
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        for code, kind, name in [(e.unit_code, e.kind, e.name) for e in repo.list_enrolled(s)] + [
            (u.code, u.kind, u.name) for u in units_repo.list_all(s)
        ]:
            try:
                label = UnitKind(kind).label_vi
            except ValueError:
                label = ""
            out[code] = f"{label} {code} ({name})".strip() if name else f"{label} {code}".strip()
        if me is not None and me.parent_code:
            parent = out.get(me.parent_code, me.parent_code)
    return out, parent


def _transport(
    ctx: AppContext,
    url: str | None,
    *,
    client=None,
    ca_file: str | None = None,
    allow_http: bool = False,
    hub_key: str | None = None,
) -> HubTransport:
    if not url:
        raise HubProblem(
            "address",
            "Chưa có địa chỉ máy chủ đồng bộ: nhập địa chỉ trong “Kết nối máy chủ” (trang Gửi – nhận).",
            permanent=True,
        )
    me = sync_service._self_unit(ctx)
    names, parent = _names(ctx)
    return HubTransport(
        url,
        me.code,
        sync_service.keystore(ctx).identity(),
        client=client,
        ca_file=ca_file,
        allow_http=allow_http,
        hub_key=hub_key,
        names=names,
        parent_name=parent,
    )


def make_transport(ctx: AppContext, url: str | None = None, *, client=None) -> HubTransport:
    conn = connection(ctx, url)
    if not conn.url:
        raise DomainError(
            "Chưa có địa chỉ máy chủ đồng bộ: nhập địa chỉ trong “Kết nối máy chủ” (trang Gửi – "
            f"nhận), hoặc dùng --hub URL, hoặc biến môi trường {ENV_HUB_URL}.",
            field="hub_url",
        )
    try:
        return _transport(
            ctx, conn.url, client=client, ca_file=conn.ca_file, allow_http=conn.allow_http, hub_key=conn.hub_key
        )
    except HubProblem as exc:
        raise DomainError(exc.message, field="hub_url") from None


def _pin(ctx: AppContext, transport: HubTransport) -> None:
    """First contact: keep the hub's key; every later answer must be signed with it."""
    if not transport.pinned_now:
        return
    from desktop.sync.keys import fingerprint, unb64

    with ctx.uow.begin() as s:
        settings_repo.put(
            s,
            "",
            HUB_KEY,
            {
                "url": transport.url,
                "key": transport.pinned_now,
                "fingerprint": fingerprint(unb64(transport.pinned_now)),
                "at": _iso(_now()),
            },
        )


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


# ------------------------------------------------------------------ trust follows the hierarchy
def _children_to_introduce(ctx: AppContext, done: dict) -> list[dict]:
    """Enrolled children whose active key the hub has not been introduced to by us yet."""
    out = []
    with ctx.uow.read() as s:
        for e in repo.list_enrolled(s, "child"):
            key = next((k for k in reversed(repo.keys_for(s, e.unit_code)) if k.status == "active"), None)
            if key is None or done.get(e.unit_code) == key.fingerprint:
                continue
            unit = units_repo.get(s, e.unit_code)
            kind = unit.kind.value if unit is not None and hasattr(unit.kind, "value") else e.kind
            out.append(
                {
                    "code": e.unit_code,
                    "name": (unit.name if unit else e.name) or e.name,
                    "kind": kind,
                    "public_key": key.public_key,
                    "fingerprint": key.fingerprint,
                }
            )
    return out


def introduce_children(ctx: AppContext, transport: HubTransport, res: SyncResult) -> None:
    """Introduce each enrolled child once (and again after its key changes). A refusal of one
    child is a note, never a failed round."""
    st = load_state(ctx)
    todo = _children_to_introduce(ctx, st.introduced)
    if not todo:
        return
    me = sync_service._self_unit(ctx)
    ident = sync_service.keystore(ctx).identity()
    for child in todo:
        doc = proto.introduction(ident, me.code, child, issued_at=_iso(_now()))
        try:
            transport.introduce(doc)
        except HubRefused as exc:
            res.notes.append(f"{child['code']}: {exc.body.get('message') or exc.status}")
            continue
        st.introduced[child["code"]] = child["fingerprint"]
        res.introduced.append(child["code"])
    _save_state(ctx, st)


def revoke_child_key(ctx: AppContext, unit_code: str, key_fingerprint: str | None = None) -> Changes:
    """A parent revokes a lost or stolen key of one of its children: here at once, at the hub on
    the next round (and from there to everyone who asks)."""
    with ctx.uow.begin() as s:
        e = repo.get_enrolled(s, unit_code)
        if e is None or e.relation != "child":
            raise DomainError(f"{unit_code} không phải đơn vị trực thuộc đã đăng ký khóa.", field="unit_code")
        keys = [
            k
            for k in repo.keys_for(s, unit_code)
            if k.status != "revoked" and (key_fingerprint is None or k.fingerprint == key_fingerprint)
        ]
        if not keys:
            raise DomainError(f"Không có khóa nào của {unit_code} để thu hồi.", field="fingerprint")
        for k in keys:
            repo.set_key_status(s, unit_code, k.fingerprint, "revoked")
            audit.record(
                s,
                actor=ctx.actor,
                action="revoke",
                entity="unit_key",
                entity_id=k.fingerprint,
                unit_code=unit_code,
                before={"status": k.status},
                after={"status": "revoked"},
            )
    st = load_state(ctx)
    st.revocations_to_send += [{"unit": unit_code, "fingerprint": k.fingerprint} for k in keys]
    st.introduced.pop(unit_code, None)
    _save_state(ctx, st)
    return Changes.of(sync_service.AREA)


def exchange_revocations(ctx: AppContext, transport: HubTransport, res: SyncResult) -> None:
    st = load_state(ctx)
    left = []
    for r in st.revocations_to_send:
        try:
            transport.revoke(r["unit"], r.get("fingerprint"))
        except HubRefused as exc:
            if exc.status >= 500:
                left.append(r)
            else:
                res.notes.append(f"{r['unit']}: {exc.body.get('message') or exc.status}")
    if left != st.revocations_to_send:
        st.revocations_to_send = left
        _save_state(ctx, st)
    rows = transport.revocations()
    if not rows:
        return
    with ctx.uow.begin() as s:
        for r in rows:
            code, fp = r.get("unit"), r.get("fingerprint")
            known = next((k for k in repo.keys_for(s, code) if k.fingerprint == fp), None) if code and fp else None
            if known is not None and known.status != "revoked":
                repo.set_key_status(s, code, fp, "revoked")
                audit.record(
                    s,
                    actor="hub",
                    action="revoke",
                    entity="unit_key",
                    entity_id=fp,
                    unit_code=code,
                    before={"status": known.status},
                    after={"status": "revoked", "by": r.get("by")},
                )
                res.notes.append(f"{code}: khóa {fp} đã bị thu hồi")


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
