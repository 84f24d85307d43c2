"""The hub's HTTP API (issue 9; docs/hub-protocol.md). ``build_app(store)`` takes any
object with the methods of db.hub.store.HubStore; ``desktop.hubapp.create_app(db_url)`` wires the
real one.

Endpoints (all under /v1, all signed — see protocol.py — except /v1/health):

    PUT  /v1/packages/{package_id}       upload (body: the .stpkg bytes) -> 201 stored | 200 already_have
    GET  /v1/packages/{package_id}       the sender asks what became of its package
    GET  /v1/inbox?limit=N               packages waiting for the calling unit (oldest first, ≤ 500)
    GET  /v1/inbox/{package_id}          download one (only the recipient may)
    POST /v1/inbox/{package_id}/ack      the recipient imported it: it leaves the inbox

Errors: ``{"error": code, "message": Vietnamese, "message_en": English}`` with a 4xx status.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import time
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from desktop import __version__
from desktop.sync import package as pkg
from desktop.sync.hub import protocol as proto
from desktop.sync.keys import verify_signature
from desktop.sync.verify import Limits, Rejected, open_package, read_manifest

log = logging.getLogger("sothidua.hub")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

DEFAULT_MAX_PACKAGE = 64 * 1024 * 1024
MAX_LIST = 500
INLINE_MAX = 256 * 1024  # uploads up to this size are handled on the event loop (see upload())
KEY_CACHE_S = 10.0  # a revoked key stops working within this many seconds
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")
_NONCE = re.compile(r"^[0-9a-fA-F]{16,64}$")

ERRORS = {
    "unsigned": (401, "Yêu cầu thiếu chữ ký của đơn vị.", "The request is not signed."),
    "unknown_unit": (401, "Đơn vị chưa đăng ký với máy chủ.", "The unit is not enrolled at this hub."),
    "bad_signature": (401, "Chữ ký của yêu cầu không hợp lệ.", "The request signature is invalid."),
    "revoked_key": (401, "Khóa này đã bị thu hồi.", "This key has been revoked."),
    "stale_request": (401, "Thời điểm ký yêu cầu lệch quá 5 phút: kiểm tra đồng hồ máy tính.",
                      "The request timestamp is outside the allowed window: check the computer's clock."),
    "replayed": (401, "Yêu cầu này đã được gửi trước đó (phát lại bị từ chối).",
                 "This request was already seen (replay refused)."),
    "too_large": (413, "Gói quá lớn so với giới hạn của máy chủ.", "The package exceeds the hub's size limit."),
    "bad_package": (422, "Tệp gửi lên không phải gói Sổ Thi Đua hợp lệ.", "The upload is not a valid package."),
    "bad_package_signature": (422, "Chữ ký của gói không hợp lệ với khóa của đơn vị gửi.",
                              "The package signature does not match the sender's key."),
    "id_mismatch": (422, "Mã gói trên đường dẫn khác mã gói trong tệp kê khai.",
                    "The package id in the path differs from the manifest."),
    "not_sender": (403, "Đơn vị chỉ được gửi gói do chính mình ký.", "A unit may only upload its own packages."),
    "recipient_unknown": (422, "Đơn vị nhận chưa đăng ký với máy chủ.", "The recipient is not enrolled at this hub."),
    "not_related": (403, "Chỉ gửi được cho đơn vị cấp trên trực tiếp hoặc đơn vị trực thuộc.",
                    "Packages go only to the direct parent or a direct child."),
    "conflict": (409, "Mã gói này đã có trên máy chủ với nội dung khác.",
                 "This package id is already stored with different content."),
    "not_found": (404, "Không có gói này trong hộp thư của đơn vị.", "No such package in this unit's inbox."),
    "bad_request": (400, "Yêu cầu không hợp lệ.", "Bad request."),
    "server_error": (500, "Máy chủ gặp lỗi, hãy thử lại sau.", "The hub had an error; try again later."),
}


class HubError(Exception):
    def __init__(self, code: str, detail: str = ""):
        super().__init__(code)
        self.code, self.detail = code, detail


def _error(code: str, detail: str = "") -> JSONResponse:
    status, vi, en = ERRORS[code]
    body = {"error": code, "message": vi, "message_en": en}
    if detail:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


def build_app(store, *, max_package_bytes: int = DEFAULT_MAX_PACKAGE, window_s: int = proto.WINDOW_S,
              clock=time.time) -> FastAPI:
    app = FastAPI(title="Sổ Thi Đua — máy chủ đồng bộ (hub)", version=__version__,
                  description="Moves the signed packages of Sổ Thi Đua between units. Every request "
                              "under /v1 except /v1/health is signed with the unit's Ed25519 key.")
    app.state.store = store
    limits = Limits(max_package_bytes=max_package_bytes)

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError):
        unit = request.headers.get(proto.H_UNIT, "-")
        log.warning("refused %s %s unit=%s error=%s %s", request.method, request.url.path, unit, exc.code,
                    exc.detail)
        return _error(exc.code, exc.detail)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("error %s %s: %s", request.method, request.url.path, exc)
        return _error("server_error")

    async def read_body(request: Request, limit: int) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    raise HubError("too_large", f"{declared} > {limit} bytes")
            except ValueError:
                raise HubError("bad_request", "Content-Length") from None
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise HubError("too_large", f"> {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    cache: dict = {"until": 0.0, "units": {}}
    snapshot = getattr(store, "units_snapshot", None)

    def unit_of(code: str, *, fresh: bool = False):
        """Units and keys change rarely (enrolment, rotation, revocation): every KEY_CACHE_S
        seconds all of them are read in ONE query (a city's 8,000 branches each upload now and
        then, so a per-unit cache would miss on nearly every upload: two round trips each). A unit
        not in the snapshot, or ``fresh``, is read at once (enrolled or rotated a moment ago)."""
        now = time.monotonic()
        if snapshot is not None and now >= cache["until"]:
            cache["units"], cache["until"] = snapshot(), now + KEY_CACHE_S
        u = None if fresh else cache["units"].get(code)
        if u is None:
            u = store.unit(code)
            if u is not None:
                cache["units"][code] = u
        return u

    def key_of(u, fp: str):
        """(status, public key) of the key ``fp`` of unit ``u``; an unknown fingerprint is looked
        up again fresh (the unit may have rotated its key since the snapshot)."""
        key = next(((st, pub) for f, st, pub in u.keys if f == fp), None)
        if key is None:
            u = unit_of(u.code, fresh=True) or u
            key = next(((st, pub) for f, st, pub in u.keys if f == fp), None)
        return u, key

    def authenticate(request: Request, body: bytes) -> str:
        """Runs in the worker thread together with the request's own database work."""
        h = request.headers
        unit, fp, ts, nonce, sig = (h.get(proto.H_UNIT), h.get(proto.H_KEY), h.get(proto.H_TS),
                                    h.get(proto.H_NONCE), h.get(proto.H_SIG))
        if not all((unit, fp, ts, nonce, sig)):
            raise HubError("unsigned")
        if not _NONCE.match(nonce):
            raise HubError("bad_request", "nonce")
        try:
            when = int(ts)
            signature = base64.b64decode(sig, validate=True)
        except (ValueError, binascii.Error):
            raise HubError("bad_signature", "malformed header") from None
        now = clock()
        if abs(now - when) > window_s:
            raise HubError("stale_request")
        u = unit_of(unit)
        if u is None:
            raise HubError("unknown_unit", unit)
        u, key = key_of(u, fp)
        if key is None or key[0] == "retired":
            raise HubError("bad_signature", "unknown key")
        if key[0] == "revoked":
            raise HubError("revoked_key")
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        message = proto.string_to_sign(request.method, target, unit, ts, nonce, body)
        if not verify_signature(base64.b64decode(key[1]), signature, message):
            raise HubError("bad_signature")
        if not store.remember_nonce(unit, nonce, datetime.fromtimestamp(now, UTC).replace(tzinfo=None),
                                    timedelta(seconds=window_s)):
            raise HubError("replayed")
        request.state.unit = u
        return unit

    def _check_id(package_id: str) -> None:
        if not _UUID.match(package_id):
            raise HubError("not_found")

    @app.get(f"{proto.API}/health")
    async def health():
        return {"status": "ok", "version": __version__}

    @app.put(f"{proto.API}/packages/{{package_id}}", status_code=201,
             responses={200: {"description": "already_have"}, 201: {"description": "stored"}})
    async def upload(package_id: str, request: Request):
        body = await read_body(request, max_package_bytes)

        def work():
            unit = authenticate(request, body)
            _check_id(package_id)
            return (unit, *_store_upload(request.state.unit, package_id, body))

        # A usual package (a few dozen KB) is checked and stored right here on the event loop: about
        # 1 ms of CPU and one database round trip, cheaper than the hop to a worker thread and the
        # GIL hand-over (bench_hub with the city data: 205 -> 265 uploads/s on 2 cores). A large
        # one (evidence photos, up to the size limit) goes to the thread pool so that hashing and
        # unzipping it never stalls the other requests.
        if len(body) <= INLINE_MAX:
            unit, created, sha = work()
        else:
            unit, created, sha = await run_in_threadpool(work)
        log.info("upload unit=%s package=%s size=%d %s", unit, package_id, len(body),
                 "stored" if created else "already_have")
        if created:
            return JSONResponse({"status": "stored", "package_id": package_id, "sha256": sha}, status_code=201)
        return JSONResponse({"status": "already_have", "package_id": package_id, "sha256": sha,
                             "message": "Máy chủ đã có gói này.", "message_en": "The hub already has it."},
                            status_code=200)

    def _store_upload(sender, package_id: str, body: bytes):
        try:
            opened = open_package(body, limits)
            manifest = read_manifest(opened, limits)
        except Rejected as exc:
            if exc.code == "too_large":
                raise HubError("too_large") from None
            raise HubError("bad_package", exc.reason) from None
        if manifest.package_id != package_id:
            raise HubError("id_mismatch")
        if manifest.sender_code != sender.code:
            raise HubError("not_sender", manifest.sender_code)
        sig_raw = opened.members.get(pkg.SIGNATURE)
        try:
            sig = json.loads(sig_raw)
            signature = base64.b64decode(sig["signature"], validate=True)
            fp = sig["key_fingerprint"]
        except (TypeError, ValueError, KeyError, binascii.Error):
            raise HubError("bad_package", "signature.json") from None
        sender, found = key_of(sender, fp)
        key = found[1] if found and found[0] in ("active", "retired") else None
        if key is None or not verify_signature(base64.b64decode(key), signature, opened.members[pkg.MANIFEST]):
            raise HubError("bad_package_signature")
        recipient = unit_of(manifest.recipient_code)
        if recipient is None:
            raise HubError("recipient_unknown", manifest.recipient_code)
        if recipient.parent_code != sender.code and sender.parent_code != recipient.code:
            raise HubError("not_related", f"{sender.code} -> {recipient.code}")
        sha = opened.sha256  # SHA-256 of the whole upload, computed once by open_package
        created, old = store.put_package(package_id=package_id, kind=manifest.kind, sender_code=sender.code,
                                         recipient_code=recipient.code, sha256=sha, content=body)
        if not created and old != sha:
            raise HubError("conflict")
        return created, sha

    async def signed_lookup(request: Request, body: bytes, lookup):
        """Authenticate, then ``lookup(unit)`` — in the worker thread, together; a None result is
        "not found" (a unit never learns whether a package addressed to another exists)."""
        def work():
            unit = authenticate(request, body)
            return unit, lookup(unit)

        unit, found = await run_in_threadpool(work)
        if found is None:
            raise HubError("not_found")
        return unit, found

    @app.get(f"{proto.API}/packages/{{package_id}}")
    async def package_state(package_id: str, request: Request):
        _unit, state = await signed_lookup(request, b"", lambda unit: store.package_state(unit, package_id))
        return {"package_id": package_id, "state": state}

    @app.get(f"{proto.API}/inbox")
    async def inbox(request: Request, limit: int = 100):
        limit = max(1, min(limit, MAX_LIST))
        unit, rows = await run_in_threadpool(lambda: _inbox(authenticate(request, b""), limit))
        log.info("inbox unit=%s listed=%d", unit, len(rows))
        return JSONResponse({"unit": unit, "packages": [
            {"package_id": r.package_id, "kind": r.kind, "sender": r.sender_code, "size": r.size,
             "sha256": r.sha256, "uploaded_at": r.uploaded_at.isoformat() + "Z"} for r in rows]})

    def _inbox(unit: str, limit: int):
        return unit, store.inbox(unit, limit=limit)

    @app.get(f"{proto.API}/inbox/{{package_id}}")
    async def download(package_id: str, request: Request):
        unit, (content, sha) = await signed_lookup(request, b"", lambda unit: store.content_for(unit, package_id))
        log.info("download unit=%s package=%s size=%d", unit, package_id, len(content))
        return Response(content, media_type="application/octet-stream",
                        headers={"X-SoThiDua-SHA256": sha})

    @app.post(f"{proto.API}/inbox/{{package_id}}/ack")
    async def ack(package_id: str, request: Request):
        body = await read_body(request, 4096)
        unit, state = await signed_lookup(request, body, lambda unit: store.acknowledge(unit, package_id))
        log.info("ack unit=%s package=%s", unit, package_id)
        return {"package_id": package_id, "state": state}

    return app
