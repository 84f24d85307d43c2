"""The online transport (issues 9 and 24): the same signed packages, through a hub (desktop/sync/hub).

Implements the Transport contract of transports.py:

* ``hello`` asks the hub's health answer first: it must be JSON from a Sổ Thi Đua hub, signed
  with the hub's key over a nonce chosen here. The key is pinned at first contact (or given by
  the unit's connection settings); a different key later is refused. The hub's clock is compared
  with ours. Anything else — a captive portal, a proxy page, a 404, a TLS failure — raises a
  ``HubProblem`` whose message names the cause and says what to do (Vietnamese).
* ``deliver`` uploads each outbox item (PUT, idempotent by package id). ONLY a signed answer
  ``stored`` / ``already_have`` for that package id marks it delivered. A refusal of one package
  (``recipient_unknown``, ``not_related``, ``too_large`` …) is a Delivery(ok=False) with a
  sentence and ``permanent``; a refusal of the unit itself (not enrolled, key revoked, clock)
  or a hub that cannot be reached stops the round: ``problem`` is set, the rest stay pending.
* ``fetch`` lists the unit's inbox (a signed JSON answer; never a page read as "empty") and
  downloads each package (checking its SHA-256).
* ``acknowledge`` tells the hub the package was imported (only after the import committed).

The problems it raises, checking an address and the TLS context are desktop/sync/hub_problems.py;
their names are reachable here too.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Iterator

from desktop.sync.hub import protocol as proto
from desktop.sync.hub_problems import (
    CLOCK_MARGIN_S,
    SEND_NOW,
    UNIT_REFUSALS,
    UNREACHABLE,
    HubProblem,
    HubRefused,
    HubUnreachable,
    check_url,
    clock_problem,
    is_local_host,
    not_hub_problem,
    package_refusal,
    ssl_context,
    transport_problem,
)
from desktop.sync.keys import b64, fingerprint, unb64, verify_signature
from desktop.sync.transports import Delivery, ImportOutcome, Incoming, OutgoingPackage, ProgressFn


# Named here for the callers of the transport (defined in desktop/sync/hub_problems.py).
__all__ = [
    "HubProblem",
    "HubRefused",
    "HubTransport",
    "HubUnreachable",
    "UNREACHABLE",
    "check_url",
    "clock_problem",
    "is_local_host",
    "not_hub_problem",
    "package_refusal",
    "ssl_context",
    "transport_problem",
]


class HubTransport:
    key = "hub"
    delivered_status = "sent"

    def __init__(
        self,
        url: str,
        unit_code: str,
        identity,
        *,
        client=None,
        timeout: float = 30.0,
        page: int = 50,
        ca_file: str | None = None,
        allow_http: bool = False,
        hub_key: str | None = None,
        names: dict[str, str] | None = None,
        parent_name: str = "",
    ):
        import httpx  # imported on first use: the app starts without it (~0.1 s)

        self._own = client is None
        # An injected client (tests, the in-process hub) is not a network connection: the address
        # rules are for the connections this class opens itself.
        self.url = check_url(url, allow_http=allow_http) if self._own else url.rstrip("/")
        self.unit_code = unit_code
        self.identity = identity
        # a hub that does not answer must not hold the (single) task thread for long
        self.timeout = timeout
        self.client = client or httpx.Client(
            base_url=self.url,
            timeout=httpx.Timeout(timeout, connect=5.0),
            verify=ssl_context(ca_file) if self.url.startswith("https") else True,
        )
        self.page = page
        self.hub_key: bytes | None = unb64(hub_key) if hub_key else None
        self.pinned_now: str | None = None  # the hub key pinned at this first contact (b64)
        self.names = names or {}
        self.parent_name = parent_name
        self.info: dict | None = None
        self.problem: HubProblem | None = None
        self.acknowledged: list[str] = []

    @property
    def unreachable(self) -> str | None:  # issue 9 name: the message of what stopped the round
        return self.problem.message if self.problem else None

    def close(self) -> None:
        if self._own:
            self.client.close()

    # ------------------------------------------------------------ HTTP
    def _send(self, method: str, target: str, *, content: bytes = b"", headers: dict):
        import httpx

        try:
            return self.client.request(method, target, content=content, headers=headers)
        except httpx.TransportError as exc:  # connect errors, resets, cut mid-body, timeouts, TLS
            raise transport_problem(self.url, exc, self.timeout) from exc

    def _check_answer(self, resp, nonce: str) -> None:
        """The answer must be signed by the hub we know, over our nonce."""
        sig = resp.headers.get(proto.H_HUB_SIG)
        if not sig or self.hub_key is None:
            raise not_hub_problem(self.url, resp)
        try:
            ok = verify_signature(self.hub_key, unb64(sig), proto.answer_to_sign(nonce, resp.status_code, resp.content))
        except ValueError:
            ok = False
        if not ok:
            raise self._changed(resp.headers.get(proto.H_HUB_KEY) or "?")

    def _changed(self, new_fp: str) -> HubProblem:
        old = fingerprint(self.hub_key) if self.hub_key else "?"
        return HubProblem(
            "hub_changed",
            f"Máy ở địa chỉ {self.url} không ký bằng khóa của máy chủ đã kết nối "
            f"trước đây (mã vân tay {old[:14]}…, nay {new_fp[:14]}…): có thể là máy "
            "giả mạo, nên không gửi gì. Nếu Thành đoàn báo đã thay máy chủ, mở "
            "“Kết nối máy chủ”, bấm “Thử kết nối” rồi nhận khóa mới.",
            permanent=True,
            detail=new_fp,
        )

    def hello(self) -> dict:
        """The hub's signed health answer: proves it is the hub (and pins its key at first
        contact) and that our clock agrees with it. Raises HubProblem otherwise."""
        if self.info is not None:
            return self.info
        nonce = secrets.token_hex(16)
        resp = self._send("GET", proto.API + "/health", headers={proto.H_NONCE: nonce})
        try:
            body = resp.json()
        except (json.JSONDecodeError, ValueError):
            body = None
        if (
            resp.status_code == 200
            and isinstance(body, dict)
            and body.get("status") == "ok"
            and "version" in body
            and "service" not in body
        ):
            raise HubProblem(
                "not_hub",
                f"Máy chủ đồng bộ tại {self.url} là phiên bản cũ, chưa ký các câu trả lời: "
                "báo người quản trị máy chủ cập nhật.",
                detail=str(body.get("version")),
            )
        if resp.status_code != 200 or not isinstance(body, dict) or body.get("service") != proto.SERVICE:
            raise not_hub_problem(self.url, resp)
        try:
            key = unb64(body["hub_key"])
        except (KeyError, TypeError, ValueError):
            raise not_hub_problem(self.url, resp) from None
        if self.hub_key is not None and key != self.hub_key:
            raise self._changed(fingerprint(key))
        sig = resp.headers.get(proto.H_HUB_SIG) or ""
        try:
            ok = verify_signature(key, unb64(sig), proto.answer_to_sign(nonce, 200, resp.content))
        except ValueError:
            ok = False
        if not ok:
            raise not_hub_problem(self.url, resp)
        if self.hub_key is None:
            self.hub_key, self.pinned_now = key, b64(key)
        skew = time.time() - float(body.get("time") or time.time())
        window = float(body.get("window_s") or proto.WINDOW_S)
        if abs(skew) > window - CLOCK_MARGIN_S:
            raise clock_problem(skew)
        self.info = {**body, "skew_s": skew, "fingerprint": fingerprint(key)}
        return self.info

    def request(self, method: str, path: str, *, body: bytes = b"", params: dict | None = None):
        """A signed request; the answer's signature is checked (HubProblem if it is not the hub's)."""
        import httpx

        self.hello()
        target = proto.API + path
        if params:
            target += "?" + str(httpx.QueryParams(params))
        headers = proto.sign_headers(self.identity, self.unit_code, method, target, body)
        if body:
            headers["Content-Type"] = "application/octet-stream"
        resp = self._send(method, target, content=body, headers=headers)
        self._check_answer(resp, headers[proto.H_NONCE])
        return resp

    @staticmethod
    def _json(resp) -> dict:
        try:
            value = resp.json()
            return value if isinstance(value, dict) else {}
        except (json.JSONDecodeError, ValueError):
            return {}

    def unit_problem(self, resp) -> HubProblem:
        """A signed refusal of this unit (every request would be refused alike)."""
        body = self._json(resp)
        code = body.get("error") or ""
        me = self.unit_code
        parent = self.parent_name or "đơn vị cấp trên"
        if code == "unknown_unit":
            return HubProblem(
                "unit_unknown",
                f"Máy chủ chưa biết đơn vị của bạn ({me}) — báo {parent} mở Sổ Thi "
                f"Đua và bấm {SEND_NOW} để giới thiệu đơn vị với máy chủ (hoặc báo "
                "Thành đoàn đăng ký).",
                permanent=True,
                detail=code,
            )
        if code == "revoked_key":
            return HubProblem(
                "revoked",
                "Khóa của đơn vị bạn đã bị thu hồi trên máy chủ (báo mất hoặc lộ khóa) — "
                "tạo khóa mới (Đổi khóa…) rồi báo cấp trên xác nhận khóa mới.",
                permanent=True,
                detail=code,
            )
        if code == "bad_signature":
            return HubProblem(
                "key_unknown",
                f"Máy chủ chưa nhận khóa hiện tại của đơn vị bạn (khóa đã đổi) — báo "
                f"{parent} mở Sổ Thi Đua và bấm {SEND_NOW} để giới thiệu lại.",
                permanent=True,
                detail=code,
            )
        if code == "stale_request":
            try:
                return clock_problem(time.time() - float(body["hub_time"]))
            except (KeyError, TypeError, ValueError):
                return HubProblem(
                    "clock",
                    "Đồng hồ máy tính lệch quá 5 phút so với máy chủ: chỉnh lại ngày giờ "
                    "của máy rồi bấm " + SEND_NOW + ".",
                    detail=code,
                )
        if resp.status_code >= 500:
            return HubProblem(
                "server",
                f"Máy chủ đồng bộ gặp lỗi ({resp.status_code}). Sẽ tự thử lại.",
                detail=f"HTTP {resp.status_code}",
            )
        return HubProblem(
            "refused_request",
            f"Máy chủ từ chối yêu cầu: {body.get('message') or resp.status_code}",
            detail=code or str(resp.status_code),
        )

    def _is_unit_refusal(self, resp) -> bool:
        return resp.status_code >= 500 or self._json(resp).get("error") in UNIT_REFUSALS

    # ------------------------------------------------------------ Transport
    def deliver(self, items: list[OutgoingPackage], progress: ProgressFn, cancel) -> list[Delivery]:
        out: list[Delivery] = []
        try:
            self.hello()
        except HubProblem as exc:
            self.problem = exc
        for n, item in enumerate(items):
            if self.problem:
                out.append(Delivery(item.package_id, False, self.url, self.problem.message))
                continue
            if cancel is not None:
                cancel.check()
            progress(n, len(items), item.file_name)
            try:
                content = item.path.read_bytes()
            except OSError as exc:
                out.append(
                    Delivery(
                        item.package_id,
                        False,
                        self.url,
                        f"Không đọc được tệp gói trong hộp thư đi: {exc.strerror or exc}",
                    )
                )
                continue
            if hashlib.sha256(content).hexdigest() != item.sha256:
                out.append(
                    Delivery(
                        item.package_id, False, self.url, "Tệp trong hộp thư đi đã bị thay đổi hoặc hỏng: không gửi."
                    )
                )
                continue
            try:
                resp = self.request("PUT", f"/packages/{item.package_id}", body=content)
            except HubProblem as exc:
                self.problem = exc
                out.append(Delivery(item.package_id, False, self.url, exc.message))
                continue
            body = self._json(resp)
            if (
                resp.status_code in (200, 201)
                and body.get("status") in ("stored", "already_have")
                and body.get("package_id") == item.package_id
            ):
                out.append(Delivery(item.package_id, True, self.url, body["status"]))
            elif self._is_unit_refusal(resp):
                self.problem = self.unit_problem(resp)
                out.append(Delivery(item.package_id, False, self.url, self.problem.message))
            elif resp.status_code in (200, 201):  # signed but not a delivery: never taken as one
                self.problem = HubProblem(
                    "not_hub",
                    f"Máy chủ {self.url} trả lời không đúng giao thức khi nhận gói: báo người quản trị máy chủ.",
                    detail=str(body)[:200],
                )
                out.append(Delivery(item.package_id, False, self.url, self.problem.message))
            else:
                code = body.get("error") or str(resp.status_code)
                text, permanent = package_refusal(code, body, item, self.names)
                out.append(Delivery(item.package_id, False, self.url, text, refusal=code, permanent=permanent))
        progress(len(items), len(items), "")
        return out

    def waiting(self) -> list[dict]:
        resp = self.request("GET", "/inbox", params={"limit": self.page})
        if resp.status_code != 200:
            raise self.unit_problem(resp)
        body = self._json(resp)
        packages = body.get("packages")
        if not isinstance(packages, list):
            raise HubProblem(
                "not_hub",
                f"Máy chủ {self.url} trả lời hộp thư không đúng giao thức: báo người quản trị máy chủ.",
                detail=str(body)[:200],
            )
        return packages

    def fetch(self, progress: ProgressFn, cancel) -> Iterator[Incoming]:
        listed = self.waiting()
        for n, entry in enumerate(listed):
            if cancel is not None:
                cancel.check()
            pid = entry["package_id"]
            progress(n, len(listed), pid)
            resp = self.request("GET", f"/inbox/{pid}")
            if resp.status_code == 404:
                continue  # acknowledged meanwhile by another session of the same unit
            if resp.status_code != 200:
                raise self.unit_problem(resp)
            content = resp.content
            if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
                raise HubProblem("cut", f"Gói {pid} tải về từ máy chủ không trọn vẹn. Sẽ tự thử lại.")
            yield Incoming(name=f"hub:{pid}", content=content, token=pid)

    def acknowledge(self, incoming: Incoming, outcome: ImportOutcome) -> None:
        if not incoming.token:
            return
        resp = self.request("POST", f"/inbox/{incoming.token}/ack")
        if resp.status_code not in (200, 404):
            raise self.unit_problem(resp)
        self.acknowledged.append(incoming.token)

    # ------------------------------------------------------------ trust follows the hierarchy
    def introduce(self, document: dict) -> dict:
        """Introduce one child unit to the hub (a signed introduction, protocol.introduction)."""
        resp = self.request("POST", "/introductions", body=json.dumps(document, ensure_ascii=False).encode("utf-8"))
        body = self._json(resp)
        if resp.status_code != 200:
            if self._is_unit_refusal(resp):
                raise self.unit_problem(resp)
            raise HubRefused(resp.status_code, body)
        return body

    def revoke(self, unit_code: str, key_fingerprint: str | None) -> dict:
        doc = {"unit": unit_code, "fingerprint": key_fingerprint}
        resp = self.request("POST", "/revocations", body=json.dumps(doc).encode("utf-8"))
        body = self._json(resp)
        if resp.status_code != 200:
            if self._is_unit_refusal(resp):
                raise self.unit_problem(resp)
            raise HubRefused(resp.status_code, body)
        return body

    def revocations(self) -> list[dict]:
        resp = self.request("GET", "/revocations")
        if resp.status_code != 200:
            raise self.unit_problem(resp)
        rows = self._json(resp).get("revocations")
        return rows if isinstance(rows, list) else []
