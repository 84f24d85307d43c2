"""The hub's HTTP API (issue 9; docs/hub-protocol.md). ``build_app(store)`` takes any
object with the methods of db.hub.store.HubStore; ``desktop.hubapp.create_app(db_url)`` wires the
real one.

Longer than 500 lines on purpose: ``build_app`` is one closure (about 490 lines) because every
endpoint shares the state of one running hub (its key, the key cache, the batched "last seen"
and refusals, the upload semaphore) without module globals, so that two hubs in one process (the
tests, the benchmark) never see each other's. Read it endpoint by endpoint, in the order listed
below.

Endpoints (all under /v1, all signed — see protocol.py — except /v1/health):

    PUT  /v1/packages/{package_id}       upload (body: the .stpkg bytes) -> 201 stored | 200 already_have
    GET  /v1/packages/{package_id}       the sender asks what became of its package
    GET  /v1/inbox?limit=N               packages waiting for the calling unit (oldest first, ≤ 500)
    GET  /v1/inbox/{package_id}          download one (only the recipient may)
    POST /v1/inbox/{package_id}/ack      the recipient imported it: it leaves the inbox
    POST /v1/introductions               a parent introduces a child unit (signed document)
    POST /v1/revocations                 a parent (or the unit itself) revokes a lost/stolen key
    GET  /v1/revocations                 revoked keys of the caller's parent, children and itself
    GET  /admin                          read-only operator page (admin token; admin.py)

Errors: ``{"error": code, "message": Vietnamese, "message_en": English}`` with a 4xx status.
Every answer under /v1 is signed with the hub's key (protocol.py), so a client can tell the hub
from any other web server that answers 200.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import logging
import re
import threading
import time
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from desktop import __version__
from desktop.domain import bounded_json
from desktop.sync import package as pkg
from desktop.sync.hub import protocol as proto
from desktop.sync.keys import Identity, b64, fingerprint, unb64, verify_signature
from desktop.sync.verify import Limits, Rejected, open_package, read_manifest

log = logging.getLogger("sothidua.hub")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

DEFAULT_MAX_PACKAGE = 64 * 1024 * 1024
MAX_LIST = 500
INLINE_MAX = 256 * 1024  # uploads up to this size are handled on the event loop (see upload())
KEY_CACHE_S = 10.0  # a revoked key stops working within this many seconds
ACTIVITY_FLUSH_S = 15.0  # "last seen" and refusals are written at most this often (batched)
MAX_BUFFERED_REFUSALS = 1000  # refusals kept in memory between two writes (a flood is cut off)
LARGE_UPLOADS_AT_ONCE = 4  # authenticated uploads above INLINE_MAX read at the same time
SMALL_BODY = 16 * 1024  # introductions, revocations, acknowledgements
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")
_NONCE = re.compile(r"^[0-9a-fA-F]{16,64}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_EMPTY_SHA = hashlib.sha256(b"").hexdigest()

ERRORS = {
    "unsigned": (401, "Yêu cầu thiếu chữ ký của đơn vị.", "The request is not signed."),
    "unknown_unit": (401, "Đơn vị chưa đăng ký với máy chủ.", "The unit is not enrolled at this hub."),
    "bad_signature": (401, "Chữ ký của yêu cầu không hợp lệ.", "The request signature is invalid."),
    "revoked_key": (401, "Khóa này đã bị thu hồi.", "This key has been revoked."),
    "stale_request": (
        401,
        "Thời điểm ký yêu cầu lệch quá 5 phút: kiểm tra đồng hồ máy tính.",
        "The request timestamp is outside the allowed window: check the computer's clock.",
    ),
    "replayed": (
        401,
        "Yêu cầu này đã được gửi trước đó (phát lại bị từ chối).",
        "This request was already seen (replay refused).",
    ),
    "too_large": (413, "Gói quá lớn so với giới hạn của máy chủ.", "The package exceeds the hub's size limit."),
    "bad_package": (422, "Tệp gửi lên không phải gói Sổ Thi Đua hợp lệ.", "The upload is not a valid package."),
    "bad_package_signature": (
        422,
        "Chữ ký của gói không hợp lệ với khóa của đơn vị gửi.",
        "The package signature does not match the sender's key.",
    ),
    "id_mismatch": (
        422,
        "Mã gói trên đường dẫn khác mã gói trong tệp kê khai.",
        "The package id in the path differs from the manifest.",
    ),
    "not_sender": (403, "Đơn vị chỉ được gửi gói do chính mình ký.", "A unit may only upload its own packages."),
    "recipient_unknown": (422, "Đơn vị nhận chưa đăng ký với máy chủ.", "The recipient is not enrolled at this hub."),
    "not_related": (
        403,
        "Chỉ gửi được cho đơn vị cấp trên trực tiếp hoặc đơn vị trực thuộc.",
        "Packages go only to the direct parent or a direct child.",
    ),
    "conflict": (
        409,
        "Mã gói này đã có trên máy chủ với nội dung khác.",
        "This package id is already stored with different content.",
    ),
    "not_found": (404, "Không có gói này trong hộp thư của đơn vị.", "No such package in this unit's inbox."),
    "not_parent": (
        403,
        "Chỉ đơn vị cấp trên trực tiếp mới giới thiệu hoặc thu hồi khóa của đơn vị này.",
        "Only the direct parent may introduce this unit or revoke its key.",
    ),
    "bad_introduction": (422, "Giấy giới thiệu đơn vị không hợp lệ.", "The introduction is not valid."),
    "bad_request": (400, "Yêu cầu không hợp lệ.", "Bad request."),
    "server_error": (500, "Máy chủ gặp lỗi, hãy thử lại sau.", "The hub had an error; try again later."),
}


class HubError(Exception):
    def __init__(self, code: str, detail: str = ""):
        super().__init__(code)
        self.code, self.detail = code, detail


def hub_identity(store) -> Identity:
    """The hub's own Ed25519 key, created once and kept in its database (every worker process
    and every restart signs with the same key, so clients can pin it)."""
    fresh = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    if hasattr(store, "meta_setdefault"):
        raw = unb64(store.meta_setdefault("signing_key", b64(fresh)))
    else:  # a store without settings (tests): a key for this process only
        raw = fresh
    return Identity(Ed25519PrivateKey.from_private_bytes(raw), "")


def _payload(code: str, detail: str = "") -> tuple[int, dict]:
    status, vi, en = ERRORS[code]
    body = {"error": code, "message": vi, "message_en": en}
    if detail:
        body["detail"] = detail
    return status, body


def build_app(
    store,
    *,
    max_package_bytes: int = DEFAULT_MAX_PACKAGE,
    window_s: int = proto.WINDOW_S,
    clock=time.time,
    activity_flush_s: float = ACTIVITY_FLUSH_S,
    admin_token: str | None = None,
    silent_days: int = 14,
) -> FastAPI:
    app = FastAPI(
        title="Sổ Thi Đua — máy chủ đồng bộ (hub)",
        version=__version__,
        description="Moves the signed packages of Sổ Thi Đua between units. Every request "
        "under /v1 except /v1/health is signed with the unit's Ed25519 key.",
    )
    app.state.store = store
    limits = Limits(max_package_bytes=max_package_bytes)
    ident = hub_identity(store)
    app.state.hub_fingerprint = ident.fingerprint
    large_uploads = asyncio.Semaphore(LARGE_UPLOADS_AT_ONCE)
    activity = {"seen": {}, "refusals": [], "flushed": time.monotonic(), "lock": threading.Lock()}
    app.state.flush_activity = lambda: flush_activity(force=True)
    app.router.add_event_handler("shutdown", lambda: flush_activity(force=True))

    def answer(
        request: Request,
        content: bytes,
        status: int = 200,
        *,
        media_type: str = "application/json",
        headers: dict | None = None,
    ) -> Response:
        """A response signed with the hub's key over the request's nonce (protocol.py)."""
        nonce = request.headers.get(proto.H_NONCE, "")[:64]
        sig = b64(ident.sign(proto.answer_to_sign(nonce, status, content)))
        h = {proto.H_HUB_KEY: ident.fingerprint, proto.H_HUB_SIG: sig, **(headers or {})}
        return Response(content, status_code=status, media_type=media_type, headers=h)

    def answer_json(request: Request, value: dict, status: int = 200) -> Response:
        return answer(request, json.dumps(value, ensure_ascii=False).encode("utf-8"), status)

    def flush_activity(force: bool = False) -> None:
        """Write "last seen" and the refusals, batched (one transaction every ACTIVITY_FLUSH_S)."""
        now = time.monotonic()
        if not force and now - activity["flushed"] < activity_flush_s:
            return
        with activity["lock"]:
            seen, refusals = activity["seen"], activity["refusals"]
            activity["seen"], activity["refusals"], activity["flushed"] = {}, [], now
        if not (seen or refusals):
            return
        try:
            if seen and hasattr(store, "touch_seen"):
                store.touch_seen(seen)
            if refusals and hasattr(store, "record_refusals"):
                store.record_refusals(refusals)
        except Exception:
            log.exception("could not record activity")

    def refused(request: Request, code: str, detail: str) -> None:
        with activity["lock"]:
            if len(activity["refusals"]) < MAX_BUFFERED_REFUSALS:
                activity["refusals"].append(
                    (
                        datetime.now(UTC).replace(tzinfo=None),
                        (request.headers.get(proto.H_UNIT) or "-")[:40],
                        code,
                        detail[:300],
                        request.url.path[:200],
                    )
                )

    @app.exception_handler(HubError)
    async def _hub_error(request: Request, exc: HubError):
        unit = request.headers.get(proto.H_UNIT, "-")
        log.warning("refused %s %s unit=%s error=%s %s", request.method, request.url.path, unit, exc.code, exc.detail)
        refused(request, exc.code, exc.detail)
        status, body = _payload(exc.code, exc.detail)
        if exc.code == "stale_request":
            body["hub_time"] = int(clock())  # the client says how far its clock is off
        resp = answer_json(request, body, status)
        await run_in_threadpool(flush_activity)
        return resp

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("error %s %s: %s", request.method, request.url.path, exc)
        status, body = _payload("server_error")
        return answer_json(request, body, status)

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

    def authenticate(request: Request, digest: str) -> str:
        """Who sends this request, from its headers alone (``digest``: the SHA-256 of the body the
        signature covers, checked against the body once read). Runs with the request's own
        database work, before any body is read (issue 17)."""
        h = request.headers
        unit, fp, ts, nonce, sig = (
            h.get(proto.H_UNIT),
            h.get(proto.H_KEY),
            h.get(proto.H_TS),
            h.get(proto.H_NONCE),
            h.get(proto.H_SIG),
        )
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
            raise HubError("stale_request", f"{int(when - now)} s")
        u = unit_of(unit)
        if u is None:
            raise HubError("unknown_unit", unit)
        u, key = key_of(u, fp)
        if key is None or key[0] == "retired":
            raise HubError("bad_signature", "unknown key")
        if key[0] == "revoked":
            raise HubError("revoked_key", fp)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        message = proto.string_to_sign_digest(request.method, target, unit, ts, nonce, digest)
        if not verify_signature(base64.b64decode(key[1]), signature, message):
            raise HubError("bad_signature")
        at = datetime.fromtimestamp(now, UTC).replace(tzinfo=None)
        if not store.remember_nonce(unit, nonce, at, timedelta(seconds=window_s)):
            raise HubError("replayed")
        request.state.unit = u
        with activity["lock"]:
            activity["seen"][unit] = at
        flush_activity()
        return unit

    def _check_id(package_id: str) -> None:
        if not _UUID.match(package_id):
            raise HubError("not_found")

    def _declared_digest(request: Request) -> str | None:
        declared = request.headers.get(proto.H_BODY_SHA)
        if declared is None:
            return None
        declared = declared.strip().lower()
        if not _SHA256.match(declared):
            raise HubError("bad_request", proto.H_BODY_SHA)
        return declared

    def _declared_length(request: Request) -> int | None:
        value = request.headers.get("content-length")
        try:
            return int(value) if value is not None else None
        except ValueError:
            raise HubError("bad_request", "Content-Length") from None

    async def signed_body(request: Request, limit: int, *, inline: bool) -> tuple[str, bytes]:
        """Authenticate from the headers, THEN read the body (≤ limit) and check it is the body
        that was signed. A request without the digest header (a client older than issue 17) is
        read only up to INLINE_MAX before it is authenticated: an unauthenticated request never
        costs the hub more memory than that."""
        declared = _declared_digest(request)
        if declared is None:
            length = _declared_length(request)
            if length is None or length > INLINE_MAX:
                raise HubError("unsigned", f"{proto.H_BODY_SHA} is required above {INLINE_MAX} bytes")
            body = await read_body(request, min(limit, INLINE_MAX))
            digest = hashlib.sha256(body).hexdigest()
            unit = authenticate(request, digest) if inline else await run_in_threadpool(authenticate, request, digest)
            return unit, body
        unit = authenticate(request, declared) if inline else await run_in_threadpool(authenticate, request, declared)
        if inline:
            body = await read_body(request, limit)
        else:
            async with large_uploads:  # bounds the memory that authenticated large uploads hold at once
                body = await read_body(request, limit)
        if hashlib.sha256(body).hexdigest() != declared:
            raise HubError("bad_signature", "body differs from its signed digest")
        return unit, body

    @app.get(f"{proto.API}/health")
    async def health(request: Request):
        """Unsigned. Proves it is the hub: the answer carries the hub's public key and is signed
        over the nonce the client chose; ``time`` lets the client check its clock."""
        return answer_json(
            request,
            {
                "status": "ok",
                "service": proto.SERVICE,
                "protocol": proto.PROTOCOL,
                "version": __version__,
                "time": int(clock()),
                "window_s": window_s,
                "hub_key": ident.public_b64,
                "hub_fingerprint": ident.fingerprint,
            },
        )

    @app.put(
        f"{proto.API}/packages/{{package_id}}",
        status_code=201,
        responses={200: {"description": "already_have"}, 201: {"description": "stored"}},
    )
    async def upload(package_id: str, request: Request):
        length = _declared_length(request)
        if length is not None and length > max_package_bytes:
            raise HubError("too_large", f"{length} > {max_package_bytes} bytes")
        # A usual package (a few dozen KB) is checked and stored right here on the event loop: about
        # 1 ms of CPU and one database round trip, cheaper than the hop to a worker thread and the
        # GIL hand-over (bench_hub with the city data: 205 -> 265 uploads/s on 2 cores). A large
        # one (evidence photos, up to the size limit) goes to the thread pool so that hashing and
        # unzipping it never stalls the other requests.
        inline = length is not None and length <= INLINE_MAX
        unit, body = await signed_body(request, max_package_bytes, inline=inline)
        _check_id(package_id)
        if len(body) <= INLINE_MAX:
            created, sha = _store_upload(request.state.unit, package_id, body)
        else:
            created, sha = await run_in_threadpool(_store_upload, request.state.unit, package_id, body)
        log.info(
            "upload unit=%s package=%s size=%d %s", unit, package_id, len(body), "stored" if created else "already_have"
        )
        if created:
            return answer_json(request, {"status": "stored", "package_id": package_id, "sha256": sha}, 201)
        return answer_json(
            request,
            {
                "status": "already_have",
                "package_id": package_id,
                "sha256": sha,
                "message": "Máy chủ đã có gói này.",
                "message_en": "The hub already has it.",
            },
        )

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
            sig = bounded_json.loads(sig_raw, pkg.SIGNATURE)  # depth and numbers bounded (issue 18)
            signature = base64.b64decode(sig["signature"], validate=True)
            fp = sig["key_fingerprint"]
        except (TypeError, ValueError, KeyError, binascii.Error, bounded_json.JsonRefused):
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
        created, old = store.put_package(
            package_id=package_id,
            kind=manifest.kind,
            sender_code=sender.code,
            recipient_code=recipient.code,
            sha256=sha,
            content=body,
        )
        if not created and old != sha:
            raise HubError("conflict")
        return created, sha

    async def signed_lookup(request: Request, body: bytes, lookup):
        """Authenticate, then ``lookup(unit)`` — in the worker thread, together; a None result is
        "not found" (a unit never learns whether a package addressed to another exists)."""

        def work():
            unit = authenticate(request, hashlib.sha256(body).hexdigest())
            return unit, lookup(unit)

        unit, found = await run_in_threadpool(work)
        if found is None:
            raise HubError("not_found")
        return unit, found

    @app.get(f"{proto.API}/packages/{{package_id}}")
    async def package_state(package_id: str, request: Request):
        _unit, state = await signed_lookup(request, b"", lambda unit: store.package_state(unit, package_id))
        return answer_json(request, {"package_id": package_id, "state": state})

    @app.get(f"{proto.API}/inbox")
    async def inbox(request: Request, limit: int = 100):
        limit = max(1, min(limit, MAX_LIST))
        unit, rows = await run_in_threadpool(lambda: _inbox(authenticate(request, _EMPTY_SHA), limit))
        log.info("inbox unit=%s listed=%d", unit, len(rows))
        return answer_json(
            request,
            {
                "unit": unit,
                "packages": [
                    {
                        "package_id": r.package_id,
                        "kind": r.kind,
                        "sender": r.sender_code,
                        "size": r.size,
                        "sha256": r.sha256,
                        "uploaded_at": r.uploaded_at.isoformat() + "Z",
                    }
                    for r in rows
                ],
            },
        )

    def _inbox(unit: str, limit: int):
        return unit, store.inbox(unit, limit=limit)

    @app.get(f"{proto.API}/inbox/{{package_id}}")
    async def download(package_id: str, request: Request):
        unit, (content, sha) = await signed_lookup(request, b"", lambda unit: store.content_for(unit, package_id))
        log.info("download unit=%s package=%s size=%d", unit, package_id, len(content))
        return answer(request, content, media_type="application/octet-stream", headers={"X-SoThiDua-SHA256": sha})

    @app.post(f"{proto.API}/inbox/{{package_id}}/ack")
    async def ack(package_id: str, request: Request):
        body = await read_body(request, 4096)
        unit, state = await signed_lookup(request, body, lambda unit: store.acknowledge(unit, package_id))
        log.info("ack unit=%s package=%s", unit, package_id)
        return answer_json(request, {"package_id": package_id, "state": state})

    # ------------------------------------------------------------ trust follows the hierarchy
    def forget_cache() -> None:
        cache["until"] = 0.0
        cache["units"] = {}

    @app.post(f"{proto.API}/introductions")
    async def introduce(request: Request):
        """A parent introduces one of its children (the hub then trusts the child's key)."""
        unit, body = await signed_body(request, SMALL_BODY, inline=False)
        result = await run_in_threadpool(_introduce, request.state.unit, body)
        log.info("introduction parent=%s child=%s %s", unit, result["unit"], result["status"])
        return answer_json(request, result)

    def _introduce(parent, body: bytes) -> dict:
        try:
            doc = bounded_json.loads(body, "introduction")  # depth and numbers bounded, as every input
            intro, sig, fp = doc["introduction"], unb64(doc["signature"]), doc["key_fingerprint"]
            child = intro["child"]
            code, name, kind, pub = (
                str(child["code"]),
                str(child["name"]),
                str(child["kind"]),
                unb64(child["public_key"]),
            )
            if intro.get("type") != proto.INTRODUCTION_TYPE or len(pub) != 32:
                raise ValueError("type")
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise HubError("bad_introduction", "format") from None
        if intro.get("parent_code") != parent.code or not _CODE.match(code) or code == parent.code:
            raise HubError("bad_introduction", "parent_code")
        parent, key = key_of(parent, fp)
        if key is None or key[0] != "active" or not verify_signature(unb64(key[1]), sig, proto.canonical(intro)):
            raise HubError("bad_introduction", "signature")
        known = unit_of(code, fresh=True)
        if known is not None and known.parent_code != parent.code:
            raise HubError("not_parent", f"{code}: {known.parent_code or '—'}")
        child_fp = fingerprint(pub)
        if known is not None and any(f == child_fp and st == "revoked" for f, st, _p in known.keys):
            raise HubError("revoked_key", child_fp)
        status = store.enrol(
            code=code,
            name=name[:200],
            kind=kind[:20],
            parent_code=parent.code,
            public_key=b64(pub),
            fingerprint=child_fp,
            introduced_by=parent.code,
        )
        forget_cache()
        return {"status": status, "unit": code, "fingerprint": child_fp}

    @app.post(f"{proto.API}/revocations")
    async def revoke(request: Request):
        """The unit's parent (or the unit itself) revokes a lost or stolen key."""
        unit, body = await signed_body(request, SMALL_BODY, inline=False)
        try:
            doc = bounded_json.loads(body, "revocation")
            code, fp = str(doc["unit"]), doc.get("fingerprint")
            if fp is not None and not isinstance(fp, str):
                raise ValueError("fingerprint")
        except (ValueError, KeyError, TypeError):
            raise HubError("bad_request", "revocation") from None
        caller = request.state.unit

        def work():
            target = unit_of(code, fresh=True)
            if target is None:
                raise HubError("unknown_unit", code)
            if code != caller.code and target.parent_code != caller.code:
                raise HubError("not_parent", code)
            n = store.revoke_keys(code, fp, by=caller.code)
            forget_cache()
            return n

        n = await run_in_threadpool(work)
        log.warning("revocation unit=%s fingerprint=%s by=%s revoked=%d", code, fp or "*", unit, n)
        return answer_json(request, {"status": "revoked", "unit": code, "revoked": n})

    @app.get(f"{proto.API}/revocations")
    async def revocations(request: Request):
        """Revoked keys of the caller's parent, its children and itself: the revocation travels."""

        def work():
            unit = authenticate(request, _EMPTY_SHA)
            me = request.state.unit
            units = cache["units"] or store.units_snapshot()
            related = [c for c, u in units.items() if u.parent_code == unit]
            related += [me.code] + ([me.parent_code] if me.parent_code else [])
            return store.revocations(related) if hasattr(store, "revocations") else []

        rows = await run_in_threadpool(work)
        return answer_json(
            request,
            {
                "revocations": [
                    {
                        "unit": u,
                        "fingerprint": fp,
                        "revoked_at": at.isoformat(timespec="seconds") + "Z" if at else None,
                        "by": by,
                    }
                    for u, fp, at, by in rows
                ]
            },
        )

    from desktop.sync.hub.admin import install_admin_page

    install_admin_page(
        app,
        store,
        admin_token=admin_token,
        silent_days=silent_days,
        errors=ERRORS,
        before=lambda: flush_activity(force=True),
    )
    return app
