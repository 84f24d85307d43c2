"""What can go wrong between a unit and its hub, said so a person can act on it (issues 9 and 24):
the problems (unreachable, refused, not a hub, a clock too far off), checking a hub address
(plain http only to this computer unless acknowledged), the TLS context, and the sentence for a
refusal of one package. Every message names the cause and what to do (Vietnamese).

The transport that meets them is desktop/sync/online.py.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from urllib.parse import urlsplit

from desktop.sync.transports import OutgoingPackage


UNREACHABLE = "Không kết nối được máy chủ đồng bộ"
SEND_NOW = "“Gửi – nhận ngay”"
CLOCK_MARGIN_S = 30  # warn a little before the hub's window refuses us

# The refusals that concern the unit or the connection (every package would be refused alike):
# they stop the round. The others concern one package.
UNIT_REFUSALS = {"unsigned", "unknown_unit", "bad_signature", "revoked_key", "stale_request", "replayed"}


class HubProblem(Exception):
    """The hub could not be used. ``kind``: address | insecure | not_found | refused | timeout |
    cut | certificate | tls | not_hub | hub_changed | clock | server | unit_unknown | key_unknown |
    revoked | refused_request. ``message``: a Vietnamese sentence that says what to do.
    ``permanent``: trying again cannot help until something changes (settings, key, enrolment)."""

    def __init__(self, kind: str, message: str, *, permanent: bool = False, detail: str = ""):
        super().__init__(message)
        self.kind, self.message, self.permanent, self.detail = kind, message, permanent, detail


class HubUnreachable(HubProblem):
    """Kept for callers of issue 9: the hub could not be reached or used."""

    def __init__(self, message: str, kind: str = "refused", *, permanent: bool = False, detail: str = ""):
        super().__init__(kind, message, permanent=permanent, detail=detail)


class HubRefused(HubProblem):
    def __init__(
        self,
        status: int,
        body: dict,
        message: str | None = None,
        *,
        kind: str = "refused_request",
        permanent: bool = False,
    ):
        self.status, self.body = status, body
        super().__init__(
            kind,
            message or f"Máy chủ từ chối: {body.get('message') or status}",
            permanent=permanent,
            detail=str(body.get("error") or status),
        )


# ------------------------------------------------------------------ addresses
def is_local_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_http: bool = False) -> str:
    """The hub address as the client will use it, or a HubProblem naming what is wrong with it.
    https is expected; plain http only to this computer or after an explicit acknowledgement."""
    raw = (url or "").strip()
    if not raw:
        raise HubProblem(
            "address",
            "Chưa nhập địa chỉ máy chủ đồng bộ: nhập dạng https://ten-may-chu (Thành đoàn cung cấp).",
            permanent=True,
        )
    if "://" not in raw:
        raise HubProblem(
            "address",
            f"Địa chỉ máy chủ “{raw}” thiếu phần https:// ở đầu: nhập dạng https://{raw.split('/')[0]}.",
            permanent=True,
        )
    parts = urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https"):
        raise HubProblem("address", f"Địa chỉ máy chủ “{raw}” phải bắt đầu bằng https://.", permanent=True)
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise HubProblem(
            "address", f"Cổng trong địa chỉ “{raw}” không đúng (phải là một số, ví dụ :8765).", permanent=True
        ) from None
    if not host or " " in parts.netloc:
        raise HubProblem(
            "address", f"Địa chỉ máy chủ “{raw}” thiếu tên máy chủ: nhập dạng https://ten-may-chu.", permanent=True
        )
    if parts.username or parts.password:
        raise HubProblem("address", "Địa chỉ máy chủ không được chứa tên đăng nhập hay mật khẩu.", permanent=True)
    if parts.query or parts.fragment:
        raise HubProblem(
            "address", f"Địa chỉ máy chủ “{raw}” có phần thừa sau dấu ? hoặc #: bỏ phần đó đi.", permanent=True
        )
    if parts.scheme.lower() == "http" and not is_local_host(host) and not allow_http:
        raise HubProblem(
            "insecure",
            f"Địa chỉ “{raw}” dùng http không mã hóa: tên, phiếu bầu, ngày tình nguyện "
            "của đoàn viên sẽ đi qua mạng ở dạng đọc được. Dùng địa chỉ https://, "
            "hoặc đánh dấu “Cho phép http không mã hóa” nếu máy chủ nằm trong mạng "
            "nội bộ tin cậy.",
            permanent=True,
        )
    del port
    return f"{parts.scheme.lower()}://{parts.netloc}{parts.path}".rstrip("/")


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    """The operating system's trust store (truststore: Windows/macOS/Linux), plus the CA file the
    user chose for an internal certificate authority."""
    try:
        import truststore

        ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency; stdlib as a last resort
        ctx = ssl.create_default_context()
    if ca_file:
        try:
            ctx.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise HubProblem(
                "certificate",
                f"Không đọc được tệp chứng chỉ CA “{ca_file}”: "
                f"{getattr(exc, 'strerror', None) or exc}. Chọn lại tệp .pem/.crt "
                "do người quản trị máy chủ cung cấp.",
                permanent=True,
            ) from None
    return ctx


def _causes(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _span(seconds: float) -> str:
    s = abs(int(seconds))
    if s >= 2 * 86400:
        return f"{round(s / 86400)} ngày"
    if s >= 3600:
        h = s / 3600
        return f"{round(h)} giờ" if h >= 1.75 or abs(h - 1) < 0.25 else f"{h:.1f} giờ".replace(".", ",")
    return f"{max(1, round(s / 60))} phút"


def clock_problem(skew_s: float) -> HubProblem:
    """``skew_s``: our clock minus the hub's."""
    way = "nhanh" if skew_s > 0 else "chậm"
    return HubProblem(
        "clock",
        f"Đồng hồ máy lệch {_span(skew_s)} (máy này {way} hơn máy chủ): chỉnh lại ngày "
        "giờ của máy tính (bật “Đặt giờ tự động”) rồi bấm " + SEND_NOW + ".",
        detail=f"{int(skew_s)} s",
    )


def transport_problem(url: str, exc: BaseException, timeout: float = 30.0) -> HubProblem:
    """A network failure, named: which address, refused, certificate, timeout, cut."""
    import httpx

    parts = urlsplit(url)
    host = parts.hostname or url
    where = f"{host}:{parts.port}" if parts.port else host
    for x in _causes(exc):
        if isinstance(x, ssl.SSLCertVerificationError):
            code, why = getattr(x, "verify_code", 0), getattr(x, "verify_message", "") or str(x)
            if code == 10 or "expired" in why:
                msg = (
                    f"Chứng chỉ bảo mật của máy chủ {host} đã hết hạn: báo người quản trị máy chủ gia hạn "
                    "chứng chỉ (kiểm tra cả ngày giờ của máy này)."
                )
            elif code in (18, 19, 20, 21) or "self" in why or "issuer" in why:
                msg = (
                    f"Chứng chỉ bảo mật của máy chủ {host} không do nơi mà máy này tin cậy cấp (tự ký hoặc "
                    "CA nội bộ): chọn tệp chứng chỉ CA của máy chủ trong “Kết nối máy chủ”, hoặc báo người "
                    "quản trị máy chủ."
                )
            elif code == 62 or "hostname" in why or "IP address mismatch" in why:
                msg = (
                    f"Chứng chỉ bảo mật của máy chủ không mang tên “{host}”: kiểm tra lại địa chỉ, hoặc báo "
                    "người quản trị máy chủ."
                )
            else:
                msg = f"Chứng chỉ bảo mật của máy chủ {host} không hợp lệ ({why}): báo người quản trị máy chủ."
            return HubProblem("certificate", msg, detail=why)
        if isinstance(x, ssl.SSLError):
            return HubProblem(
                "tls",
                f"Không thiết lập được kết nối bảo mật (https) với {where}: máy chủ có thể "
                "không dùng https ở cổng này — kiểm tra địa chỉ.",
                detail=str(x),
            )
        if isinstance(x, socket.gaierror):
            return HubProblem(
                "not_found",
                f"Không tìm thấy máy chủ “{host}”: kiểm tra lại địa chỉ (gõ sai tên), hoặc máy này chưa nối mạng.",
                detail=str(x),
            )
        if isinstance(x, ConnectionRefusedError):
            return HubProblem(
                "refused",
                f"Máy chủ {where} từ chối kết nối: dịch vụ đồng bộ chưa chạy hoặc sai cổng. Sẽ tự thử lại.",
                detail=str(x),
            )
    if isinstance(exc, httpx.TimeoutException):
        return HubProblem(
            "timeout",
            f"Máy chủ {where} không trả lời: mạng chậm hoặc máy chủ đang bận. Sẽ tự thử lại.",
            detail=type(exc).__name__,
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return HubProblem("address", f"Địa chỉ máy chủ “{url}” phải bắt đầu bằng https://.", permanent=True)
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return HubProblem(
            "cut",
            f"Kết nối với máy chủ {where} bị ngắt giữa chừng. Sẽ tự thử lại; không mất gì.",
            detail=type(exc).__name__,
        )
    return HubProblem(
        "refused", f"{UNREACHABLE} {where}: mạng không tới được máy chủ. Sẽ tự thử lại.", detail=type(exc).__name__
    )


def not_hub_problem(url: str, resp) -> HubProblem:
    """An answer that is not the hub's: a portal page, a 404, a proxy error, anything unsigned."""
    ctype = (resp.headers.get("content-type") or "").lower()
    status = resp.status_code
    if status >= 500:
        return HubProblem(
            "server",
            f"Máy chủ tại {url} trả lỗi {status}: dịch vụ đồng bộ có thể đang dừng hoặc "
            "đang khởi động lại. Sẽ tự thử lại.",
            detail=f"HTTP {status}",
        )
    if status == 404:
        return HubProblem(
            "not_hub",
            f"Địa chỉ {url} không có máy chủ đồng bộ Sổ Thi Đua (trang không tồn tại, "
            "mã 404): kiểm tra lại địa chỉ, nhất là phần sau tên máy chủ.",
            detail="HTTP 404",
        )
    if status in (401, 403, 407, 511) or "html" in ctype:
        return HubProblem(
            "not_hub",
            f"Địa chỉ {url} trả về một trang web chứ không phải máy chủ Sổ Thi Đua: "
            "mạng ở đây có thể bắt đăng nhập (Wi-Fi cơ quan, khách sạn) — mở trình duyệt "
            "để đăng nhập mạng, hoặc kiểm tra lại địa chỉ.",
            detail=f"HTTP {status} {ctype}",
        )
    return HubProblem(
        "not_hub",
        f"Máy ở địa chỉ {url} trả lời nhưng không phải máy chủ đồng bộ Sổ Thi Đua "
        "(câu trả lời không có chữ ký của máy chủ): kiểm tra lại địa chỉ.",
        detail=f"HTTP {status} {ctype}",
    )


def package_refusal(code: str, body: dict, item: OutgoingPackage, names: dict[str, str]) -> tuple[str, bool]:
    """(the sentence shown on the outbox row, permanent) for a hub's refusal of one package."""
    rc = item.recipient_code
    who = names.get(rc) or rc
    if code == "recipient_unknown":
        return (
            f"Máy chủ chưa biết {who} — báo Thành đoàn đăng ký đơn vị này với máy chủ (hoặc nhờ cấp trên "
            f"của {rc} mở Sổ Thi Đua để giới thiệu), rồi bấm {SEND_NOW}."
        ), True
    if code == "not_related":
        return (
            f"Máy chủ không cho gửi tới {who}: trên máy chủ hai đơn vị không phải cấp trên – cấp dưới trực "
            "tiếp — báo Thành đoàn kiểm tra đơn vị cấp trên đã đăng ký."
        ), True
    if code == "too_large":
        return (
            "Gói quá lớn so với giới hạn của máy chủ — bớt minh chứng (ảnh, tệp) rồi nộp lại, hoặc gửi bằng "
            "tệp qua USB."
        ), True
    if code == "conflict":
        return ("Máy chủ đã có một gói cùng mã nhưng nội dung khác — báo người quản trị máy chủ.", True)
    if code in ("bad_package", "bad_package_signature", "id_mismatch", "not_sender"):
        return (f"Máy chủ từ chối gói: {body.get('message') or code} — báo người quản trị máy chủ.", True)
    return (f"Máy chủ từ chối gói: {body.get('message') or code}.", False)
