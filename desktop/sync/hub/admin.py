"""Registering units at the hub from their enrolment files (issue 7 format), and the operator's
read-only web page (issue 24)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from desktop.domain.errors import DomainError
from desktop.sync import keys as keymod
from desktop.sync.verify import Rejected, verify_enrolment


@dataclass(frozen=True)
class HubEnrolResult:
    code: str
    name: str
    parent_code: str | None
    fingerprint: str
    status: str


def enrol_file(store, content: bytes, *, name: str = "", replace_lost_key: bool = False) -> HubEnrolResult:
    """Trust the key of an enrolment file. A different key for a known unit is accepted when the
    file's rotation chain is vouched for by a key the hub knows, or explicitly as a replacement of
    a lost key (the old ones are then revoked)."""
    try:
        ve = verify_enrolment(content)
    except Rejected as exc:
        raise DomainError(f"Tệp đăng ký khóa “{name}” bị từ chối: {exc.reason}") from None
    u = ve.data["unit"]
    known = store.unit(u["code"])
    retired: list[tuple[str, str]] = []
    replaced = False
    if known is not None and ve.fingerprint not in {fp for fp, _s, _p in known.keys}:
        trusted = {fp for fp, st, _p in known.keys if st in ("active", "retired")}
        via = keymod.verify_rotation_chain(u["code"], ve.data.get("rotation") or [], ve.public_raw, trusted)
        if not via:
            if not replace_lost_key:
                raise DomainError(
                    f"Đơn vị {u['code']} đã đăng ký với khóa khác; tệp này mang khóa {ve.fingerprint} không "
                    "được khóa cũ xác nhận. Nếu đơn vị bị mất khóa, đối chiếu mã vân tay rồi dùng "
                    "--replace-lost-key."
                )
            store.revoke_keys(u["code"])
            replaced = True
    try:
        status = store.enrol(
            code=u["code"],
            name=u["name"],
            kind=u["kind"],
            parent_code=u.get("parent_code"),
            public_key=keymod.b64(ve.public_raw),
            fingerprint=ve.fingerprint,
            retired=retired,
        )
    except ValueError:
        raise DomainError(f"Khóa {ve.fingerprint} của {u['code']} đã bị thu hồi: đơn vị cần tạo khóa mới.") from None
    return HubEnrolResult(
        u["code"], u["name"], u.get("parent_code"), ve.fingerprint, "replaced" if replaced else status
    )


# ------------------------------------------------------------------ the operator's page (issue 24)
ADMIN_COOKIE = "sothidua_hub_admin"
TEMPLATES = Path(__file__).resolve().parent / "templates"
VN_TIME = timezone(timedelta(hours=7))  # Hải Phòng: the page shows local time


def _vn(d: datetime | None) -> str:
    if d is None:
        return ""
    return d.replace(tzinfo=UTC).astimezone(VN_TIME).strftime("%d/%m/%Y %H:%M")


def _ago(d: datetime | None, now: datetime) -> str:
    if d is None:
        return "chưa bao giờ"
    s = max(0, int((now - d).total_seconds()))
    if s < 120:
        return "vừa xong"
    if s < 7200:
        return f"{s // 60} phút trước"
    if s < 2 * 86400:
        return f"{s // 3600} giờ trước"
    return f"{s // 86400} ngày trước"


UNVERIFIED = {
    "unsigned",
    "unknown_unit",
    "bad_signature",
    "revoked_key",
    "stale_request",
    "replayed",
    "bad_request",
    "too_large",
}
KEY_VI = {"active": "đang dùng", "retired": "đã thay", "revoked": "đã thu hồi"}


def _kind_vi(kind: str) -> str:
    from desktop.domain.units import UnitKind

    try:
        return UnitKind(kind).label_vi
    except ValueError:
        return kind


def install_admin_page(app, store, *, admin_token: str | None, silent_days: int, errors: dict, before=None) -> None:
    """GET /admin: a read-only page for the hub's operator, in Vietnamese: units with when they
    were last heard from, what they sent and received, refusals with their reasons, and who has
    been silent longer than ``silent_days``. Protected by the admin token (environment variable
    SOTHIDUA_HUB_ADMIN_TOKEN of `hub serve`): opened once as /admin?token=…, it sets an HttpOnly
    cookie and redirects to /admin, so the token does not stay in the address bar."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    session = (
        hmac.new(admin_token.encode("utf-8"), b"sothidua-hub-admin-session", hashlib.sha256).hexdigest()
        if admin_token
        else None
    )

    def page(request, name: str, status: int = 200, **ctx):
        return templates.TemplateResponse(
            request,
            name,
            ctx,
            status_code=status,
            headers={
                "Cache-Control": "no-store",
                "X-Frame-Options": "DENY",
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
            },
        )

    @app.get("/admin", response_class=HTMLResponse, include_in_schema=False)
    async def admin(request: Request, token: str | None = None, silent: int | None = None):
        if session is None:
            return page(request, "admin_login.html", 404, disabled=True, wrong=False)
        if token is not None:
            if hmac.compare_digest(token.encode("utf-8"), admin_token.encode("utf-8")):
                resp = RedirectResponse("/admin", status_code=303)
                resp.set_cookie(
                    ADMIN_COOKIE,
                    session,
                    httponly=True,
                    samesite="strict",
                    secure=request.url.scheme == "https",
                    max_age=8 * 3600,
                )
                return resp
            return page(request, "admin_login.html", 401, disabled=False, wrong=True)
        if not hmac.compare_digest((request.cookies.get(ADMIN_COOKIE) or "").encode(), session.encode()):
            return page(request, "admin_login.html", 401, disabled=False, wrong=False)
        days = max(1, min(int(silent or silent_days), 3650))
        from starlette.concurrency import run_in_threadpool

        def read():
            if before is not None:
                before()
            return store.overview(), store.refusals(limit=200), store.stats()

        units, refusals, stats = await run_in_threadpool(read)
        now = datetime.now(UTC).replace(tzinfo=None)
        deadline = now - timedelta(days=days)
        rows = [
            {
                "u": u,
                "kind": _kind_vi(u.kind),
                "seen": _vn(u.last_seen_at),
                "ago": _ago(u.last_seen_at, now),
                "silent": u.last_seen_at is None or u.last_seen_at < deadline,
                "key_text": ", ".join(f"{fp[:9]}… {KEY_VI.get(st, st)}" for fp, st in u.keys),
            }
            for u in units
        ]
        silent_rows = [r for r in rows if r["silent"]]
        silent_rows.sort(key=lambda r: (r["u"].last_seen_at is not None, r["u"].last_seen_at or now))
        names = {u.code: u.name for u in units}
        # refused before the sender was authenticated: the unit code is only what the request claimed
        ref = [
            {
                "at": _vn(r.at),
                "unit": r.unit_code if r.error not in UNVERIFIED else f"{r.unit_code} (tự xưng)",
                "name": names.get(r.unit_code, "đơn vị không đăng ký"),
                "reason": errors.get(r.error, (0, r.error))[1],
                "detail": r.detail,
            }
            for r in refusals
        ]
        return page(
            request, "admin.html", rows=rows, silent=silent_rows, days=days, refusals=ref, stats=stats, now=_vn(now)
        )
