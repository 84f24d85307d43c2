"""The connection to the hub (issues 9 and 24): the hub address (unit setting ``hub_url``), an
optional CA file, the recorded acknowledgement that plain http is acceptable, and the hub's key
pinned at first contact (installation settings ``online.*``); testing the connection, and the
transport a round of online sync uses (desktop/services/exchange/online_sync.py).

Saving the connection takes effect at once: the backoff and held items are forgotten, because
something changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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
from desktop.sync.online import HubProblem, HubTransport, check_url, ssl_context
from desktop.services.exchange.hub_state import (
    CA_FILE,
    ENV_HUB_URL,
    HTTP_ACK,
    HUB_KEY,
    _iso,
    _now,
    _save_state,
    load_state,
)


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
    from desktop.services.exchange.online_sync import _clear_reasons

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
