"""The online transport (issue 9): the same signed packages, through a hub (desktop/sync/hub).

Implements the Transport contract of transports.py:

* ``deliver`` uploads each outbox item (PUT, idempotent by package id: a second upload is
  answered "already_have" and counts as delivered). When the hub cannot be reached the
  remaining items are reported not delivered (they stay "chờ gửi") and ``unreachable`` is set.
* ``fetch`` lists the unit's inbox and downloads each package (checking its SHA-256).
* ``acknowledge`` tells the hub the package was imported (only called after the import
  committed), so it leaves the inbox; a package imported but not acknowledged (crash, cut)
  comes again and the importer answers "duplicate".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

from desktop.sync.hub import protocol as proto
from desktop.sync.transports import Delivery, ImportOutcome, Incoming, OutgoingPackage, ProgressFn

UNREACHABLE = "Không kết nối được máy chủ đồng bộ"


class HubUnreachable(Exception):
    """The hub could not be reached (network down, server stopped, cut mid-transfer)."""


class HubRefused(Exception):
    def __init__(self, status: int, body: dict):
        self.status, self.body = status, body
        super().__init__(f"{status} {body.get('error')}: {body.get('message')}")


class HubTransport:
    key = "hub"
    delivered_status = "sent"

    def __init__(self, url: str, unit_code: str, identity, *, client: httpx.Client | None = None,
                 timeout: float = 30.0, page: int = 50):
        import httpx  # imported on first use: the app starts without it (~0.1 s)

        self.url = url.rstrip("/")
        self.unit_code = unit_code
        self.identity = identity
        self._own = client is None
        # a hub that does not answer must not hold the (single) task thread for long
        self.client = client or httpx.Client(base_url=self.url, timeout=httpx.Timeout(timeout, connect=5.0))
        self.page = page
        self.unreachable: str | None = None
        self.acknowledged: list[str] = []

    def close(self) -> None:
        if self._own:
            self.client.close()

    # ------------------------------------------------------------ HTTP
    def request(self, method: str, path: str, *, body: bytes = b"", params: dict | None = None) -> httpx.Response:
        import httpx

        target = proto.API + path
        if params:
            target += "?" + str(httpx.QueryParams(params))
        headers = proto.sign_headers(self.identity, self.unit_code, method, target, body)
        if body:
            headers["Content-Type"] = "application/octet-stream"
        try:
            return self.client.request(method, target, content=body, headers=headers)
        except httpx.TransportError as exc:  # connect errors, resets, cut mid-body, timeouts
            raise HubUnreachable(f"{UNREACHABLE} ({self.url}): {type(exc).__name__}") from exc

    @staticmethod
    def _json(resp: httpx.Response) -> dict:
        try:
            value = resp.json()
            return value if isinstance(value, dict) else {}
        except (json.JSONDecodeError, ValueError):
            return {"error": "http", "message": resp.text[:200]}

    def health(self) -> dict:
        import httpx

        try:
            resp = self.client.get(proto.API + "/health")
        except httpx.TransportError as exc:
            raise HubUnreachable(f"{UNREACHABLE} ({self.url}): {type(exc).__name__}") from exc
        return self._json(resp)

    # ------------------------------------------------------------ Transport
    def deliver(self, items: list[OutgoingPackage], progress: ProgressFn, cancel) -> list[Delivery]:
        out: list[Delivery] = []
        for n, item in enumerate(items):
            if self.unreachable:
                out.append(Delivery(item.package_id, False, self.url, self.unreachable))
                continue
            if cancel is not None:
                cancel.check()
            progress(n, len(items), item.file_name)
            try:
                content = item.path.read_bytes()
            except OSError as exc:
                out.append(Delivery(item.package_id, False, self.url,
                                    f"Không đọc được tệp gói trong hộp thư đi: {exc.strerror or exc}"))
                continue
            if hashlib.sha256(content).hexdigest() != item.sha256:
                out.append(Delivery(item.package_id, False, self.url,
                                    "Tệp trong hộp thư đi đã bị thay đổi hoặc hỏng: không gửi."))
                continue
            try:
                resp = self.request("PUT", f"/packages/{item.package_id}", body=content)
            except HubUnreachable as exc:
                self.unreachable = str(exc)
                out.append(Delivery(item.package_id, False, self.url, self.unreachable))
                continue
            body = self._json(resp)
            if resp.status_code in (200, 201):
                out.append(Delivery(item.package_id, True, self.url, body.get("status", "")))
            elif resp.status_code >= 500:
                self.unreachable = f"{UNREACHABLE} ({self.url}): HTTP {resp.status_code}"
                out.append(Delivery(item.package_id, False, self.url, self.unreachable))
            else:
                out.append(Delivery(item.package_id, False, self.url,
                                    f"Máy chủ từ chối: {body.get('message') or resp.status_code}"
                                    + (f" ({body['detail']})" if body.get("detail") else "")))
        progress(len(items), len(items), "")
        return out

    def waiting(self) -> list[dict]:
        resp = self.request("GET", "/inbox", params={"limit": self.page})
        if resp.status_code != 200:
            raise HubRefused(resp.status_code, self._json(resp))
        return self._json(resp).get("packages", [])

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
                raise HubRefused(resp.status_code, self._json(resp))
            content = resp.content
            if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
                raise HubUnreachable(f"{UNREACHABLE}: gói {pid} tải về không trọn vẹn")
            yield Incoming(name=f"hub:{pid}", content=content, token=pid)

    def acknowledge(self, incoming: Incoming, outcome: ImportOutcome) -> None:
        if not incoming.token:
            return
        resp = self.request("POST", f"/inbox/{incoming.token}/ack")
        if resp.status_code not in (200, 404):
            raise HubRefused(resp.status_code, self._json(resp))
        self.acknowledged.append(incoming.token)
