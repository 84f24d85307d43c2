"""Online sync tells the truth (issue 24): only the hub's own signed answer marks a package sent;
a portal page, a 404, a proxy's 500, a stopped hub, a bad certificate, a wrong clock or a refusal
each leave the package "chờ gửi" with a Vietnamese sentence saying what is wrong and what to do,
on the outbox row and in the status the status bar shows."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from db.hub.store import HubStore
from desktop.domain.errors import DomainError
from desktop.services.exchange import online_sync, sync
from desktop.sync.hub import protocol as proto
from desktop.sync.hub.app import build_app
from tests.conftest import run_cli
from tests.sync.certs import make_ca_and_server
from tests.sync.conftest_hub import HubProcess, enrol_at_hub, free_port
from tests.sync.conftest_sync import pair, put_quarterly  # noqa: F401 - fixture


# ------------------------------------------------------------------ impostors on loopback
class FakeServer:
    """A web server on 127.0.0.1 that answers every request the same way."""

    def __init__(self, status: int, body: bytes, ctype: str):
        outer = self
        self.requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                n = int(self.headers.get("content-length") or 0)
                if n:
                    self.rfile.read(n)
                outer.requests.append(f"{self.command} {self.path}")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_PUT = do_POST = _answer

            def log_message(self, *a):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


PORTAL = b"<html><body><h1>Wi-Fi Khach san</h1><form>Dang nhap de su dung Internet</form></body></html>"


@pytest.fixture
def fake():
    servers = []

    def make(status, body, ctype):
        s = FakeServer(status, body, ctype)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()


def _truth(ctx, item):
    """(status, reason) of the outbox row, and what the status bar would say."""
    row = next(i for i in sync.outbox(ctx) if i.package_id == item.package_id)
    return row.status, row.reason or "", online_sync.status(ctx)


@pytest.mark.parametrize(
    "status,body,ctype,expected",
    [
        (200, PORTAL, "text/html; charset=utf-8", "trả về một trang web chứ không phải máy chủ Sổ Thi Đua"),
        (
            404,
            b"<html>Not Found</html>",
            "text/html",
            "không có máy chủ đồng bộ Sổ Thi Đua (trang không tồn tại, mã 404)",
        ),
        (500, b"Internal Server Error", "text/plain", "trả lỗi 500: dịch vụ đồng bộ có thể đang dừng"),
        # a server that says what the old client wanted to hear, unsigned
        (
            200,
            json.dumps({"status": "stored", "service": "sothidua-hub", "packages": []}).encode(),
            "application/json",
            "không phải máy chủ đồng bộ Sổ Thi Đua",
        ),
    ],
)
def test_a_server_that_is_not_the_hub_never_gets_a_package_marked_sent(
    pair,
    fake,
    status,
    body,
    ctype,  # noqa: F811
    expected,
):
    server = fake(status, body, ctype)
    item = put_quarterly(pair.branch)
    res = online_sync.sync_now(pair.branch, server.url)
    assert not res.ok and res.sent == [] and expected in res.error
    state, reason, st = _truth(pair.branch, item)
    assert state == "pending" and expected in reason  # "Chờ gửi", with the cause on the row
    assert expected in st.last_error and st.pending == 1
    assert not any(r.startswith("PUT") for r in server.requests)  # nothing was even offered to it
    # pull does not read the page as an empty inbox: the round is an error, not a success
    got = online_sync.pull(pair.branch, online_sync.make_transport(pair.branch, server.url))
    assert not got.ok and expected in got.error
    assert online_sync.load_state(pair.branch).last_success_at is None
    # the CLI says so too, with exit code 3
    code, out, err = run_cli("sync", "push", "--hub", server.url, data_dir=pair.branch.data.root)
    assert code == 3 and "Đã gửi 0 gói" in out and expected in err
    # a temporary cause (a 500) is retried within a minute; a wrong address is probed too
    assert online_sync.seconds_until_due(pair.branch) <= online_sync.BACKOFF_MAX_S


def test_a_stopped_hub_is_named_and_retried_within_a_minute(pair):  # noqa: F811
    item = put_quarterly(pair.branch)
    port = free_port()
    for n in range(6):
        res = online_sync.sync_now(pair.branch, f"http://127.0.0.1:{port}", manual=False)
    assert not res.ok and res.problem == "refused"
    state, reason, st = _truth(pair.branch, item)
    assert state == "pending"
    assert f"Máy chủ 127.0.0.1:{port} từ chối kết nối: dịch vụ đồng bộ chưa chạy hoặc sai cổng" in reason
    assert st.failures == 6 and 55 <= online_sync.seconds_until_due(pair.branch) <= 60  # capped at a minute


@pytest.fixture
def hub(pair, tmp_path):  # noqa: F811
    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    pair.store = store
    pair.app = build_app(store, activity_flush_s=0, admin_token="mã-quản-trị-thử")
    pair.client = TestClient(pair.app, base_url="http://hub.test")
    yield pair
    pair.client.close()
    store.close()


def sync_round(ctx, client, **kw):
    return online_sync.sync_now(ctx, "http://hub.test", client=client, **kw)


def test_recipient_unknown_is_written_on_the_row_held_and_sent_once_the_hub_knows_it(hub):
    enrol_at_hub(hub.store, hub.branch, tmp=hub.tmp)  # the Đoàn cơ sở is not on the hub yet
    item = put_quarterly(hub.branch)
    res = sync_round(hub.branch, hub.client)
    assert res.ok and res.sent == [] and res.held == [item.package_id]  # the hub is fine; this package is not
    state, reason, st = _truth(hub.branch, item)
    assert state == "pending"
    assert reason.startswith(
        "Máy chủ chưa biết Đoàn cơ sở DCS-LECHAN (Đoàn phường Lê Chân) — báo Thành đoàn đăng ký đơn vị này với máy chủ"
    )
    assert st.held == 1 and st.held_reasons == (reason,)
    # the background rounds do not hammer the hub with it ("stop retrying until something changes")
    refusals = len(hub.store.refusals())
    sync_round(hub.branch, hub.client, manual=False)
    assert len(hub.store.refusals()) == refusals and _truth(hub.branch, item)[0] == "pending"
    # the Thành đoàn enrols the Đoàn cơ sở; "Gửi – nhận ngay" sends it and clears the reason
    enrol_at_hub(hub.store, hub.dcs, tmp=hub.tmp)
    res = sync_round(hub.branch, hub.client)
    state, reason, st = _truth(hub.branch, item)
    assert res.sent == [item.package_id] and state == "sent" and reason == "" and st.held == 0


def test_a_unit_the_hub_does_not_know_is_told_who_introduces_it(hub):
    enrol_at_hub(hub.store, hub.dcs, tmp=hub.tmp)
    item = put_quarterly(hub.branch)
    res = sync_round(hub.branch, hub.client)
    assert not res.ok and res.problem == "unit_unknown" and res.permanent
    state, _reason, st = _truth(hub.branch, item)
    assert state == "pending"
    assert (
        "Máy chủ chưa biết đơn vị của bạn (CD-TDP3) — báo Đoàn cơ sở DCS-LECHAN (Đoàn phường Lê Chân) mở Sổ "
        "Thi Đua và bấm “Gửi – nhận ngay”" in st.last_error
    )
    assert online_sync.seconds_until_due(hub.branch) > 600  # not retried every minute: nothing changed yet


def test_parents_introduce_their_children_so_only_the_top_unit_is_enrolled_by_hand(hub):
    enrol_at_hub(hub.store, hub.dcs, tmp=hub.tmp)  # the operator enrols ONE unit
    res = sync_round(hub.dcs, hub.client)
    assert res.ok and res.introduced == ["CD-TDP3"]
    known = hub.store.unit("CD-TDP3")
    assert known.parent_code == "DCS-LECHAN" and [k[1] for k in known.keys] == ["active"]
    assert sync_round(hub.dcs, hub.client).introduced == []  # once only
    item = put_quarterly(hub.branch)
    res = sync_round(hub.branch, hub.client)
    assert res.ok and res.sent == [item.package_id]
    assert sync_round(hub.dcs, hub.client).received[0].status == "accepted"
    # an introduction is a signed document of the parent: another unit cannot introduce a child
    enrol_at_hub(hub.store, hub.branch, tmp=hub.tmp)
    t = online_sync.make_transport(hub.branch, "http://hub.test", client=hub.client)
    ident = sync.keystore(hub.branch).identity()
    doc = proto.introduction(
        ident,
        "CD-TDP3",
        {"code": "DCS-LECHAN", "name": "x", "kind": "doan-co-so", "public_key": ident.public_b64},
        issued_at="2026-12-07T00:00:00Z",
    )
    with pytest.raises(online_sync.HubRefused) as err:
        t.introduce(doc)
    assert err.value.body["error"] == "not_parent"


def test_a_parent_revokes_a_stolen_key_and_the_revocation_travels(hub):
    enrol_at_hub(hub.store, hub.dcs, tmp=hub.tmp)
    sync_round(hub.dcs, hub.client)  # introduces the branch
    put_quarterly(hub.branch)
    assert sync_round(hub.branch, hub.client).ok
    online_sync.revoke_child_key(hub.dcs, "CD-TDP3")
    res = sync_round(hub.dcs, hub.client)
    assert res.ok
    assert [k[1] for k in hub.store.unit("CD-TDP3").keys] == ["revoked"]
    put_quarterly(hub.branch, quarter=4)
    res = sync_round(hub.branch, hub.client)
    assert not res.ok and res.problem == "revoked" and "Khóa của đơn vị bạn đã bị thu hồi" in res.error
    # the branch's parent learns it from the hub too (another installation of the same Đoàn cơ sở)
    rows = online_sync.make_transport(hub.dcs, "http://hub.test", client=hub.client).revocations()
    assert [(r["unit"], r["by"]) for r in rows] == [("CD-TDP3", "DCS-LECHAN")]


def test_a_wrong_clock_is_named_in_hours(pair, tmp_path):  # noqa: F811
    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    ahead = TestClient(build_app(store, clock=lambda: time.time() + 2 * 3600), base_url="http://hub.test")
    item = put_quarterly(pair.branch)
    res = online_sync.sync_now(pair.branch, "http://hub.test", client=ahead)
    assert not res.ok and res.problem == "clock"
    assert res.error.startswith("Đồng hồ máy lệch 2 giờ (máy này chậm hơn máy chủ)")
    assert _truth(pair.branch, item)[:1] == ("pending",)
    ahead.close()
    store.close()


# ------------------------------------------------------------------ TLS
@pytest.fixture
def tls_hub(pair, tmp_path):  # noqa: F811
    hubs = []

    def start(expired=False):
        certs = make_ca_and_server(tmp_path / f"certs{len(hubs)}", expired=expired)
        db = f"sqlite:///{tmp_path / f'tls{len(hubs)}.db'}"
        store = HubStore(db)
        enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
        store.close()
        h = HubProcess(db, log=tmp_path / "hub.log", tls_cert=certs["cert"], tls_key=certs["key"]).start()
        hubs.append(h)
        return f"https://127.0.0.1:{h.port}", certs

    yield start
    for h in hubs:
        h.stop()


def test_an_internal_ca_needs_its_file_and_then_works(pair, tls_hub):  # noqa: F811
    url, certs = tls_hub()
    item = put_quarterly(pair.branch)
    res = online_sync.sync_now(pair.branch, url)
    assert not res.ok and res.problem == "certificate"
    assert "không do nơi mà máy này tin cậy cấp (tự ký hoặc CA nội bộ): chọn tệp chứng chỉ CA" in res.error
    assert _truth(pair.branch, item)[0] == "pending"
    d = online_sync.test_connection(pair.branch, url, ca_file=str(certs["ca"]))
    assert d.ok and d.unit_known and "Kết nối tốt" in d.message
    online_sync.save_connection(pair.branch, url, ca_file=str(certs["ca"]))
    res = online_sync.sync_now(pair.branch)
    assert res.ok and res.sent == [item.package_id] and _truth(pair.branch, item)[0] == "sent"


def test_an_expired_certificate_is_named(pair, tls_hub):  # noqa: F811
    url, certs = tls_hub(expired=True)
    online_sync.save_connection(pair.branch, url, ca_file=str(certs["ca"]))
    item = put_quarterly(pair.branch)
    res = online_sync.sync_now(pair.branch)
    assert not res.ok and res.problem == "certificate"
    assert "đã hết hạn: báo người quản trị máy chủ gia hạn chứng chỉ" in res.error
    assert _truth(pair.branch, item)[0] == "pending"


def test_plain_http_to_another_computer_needs_a_recorded_acknowledgement(pair):  # noqa: F811
    with pytest.raises(DomainError, match="dùng http không mã hóa"):
        online_sync.save_connection(pair.branch, "http://hub.thanhdoan.vn")
    with pytest.raises(DomainError, match="thiếu phần https:// ở đầu: nhập dạng https://hub.thanhdoan.vn"):
        online_sync.save_connection(pair.branch, "hub.thanhdoan.vn")
    online_sync.save_connection(pair.branch, "http://hub.thanhdoan.vn", allow_http=True)
    conn = online_sync.connection(pair.branch)
    assert conn.allow_http and conn.http_ack["by"] == "test" and conn.http_ack["url"] == "http://hub.thanhdoan.vn"
    with pair.branch.uow.read() as s:
        from sqlalchemy import select

        from db.models.core import AuditRow

        after = s.execute(select(AuditRow.after_json).where(AuditRow.entity_id == "hub_connection")).scalars().all()
    assert "http://hub.thanhdoan.vn" in after[-1] and '"by":"test"' in after[-1]
    online_sync.save_connection(pair.branch, "http://127.0.0.1:8765")  # this computer: no question
    assert online_sync.connection(pair.branch).http_ack is None


def test_the_hub_key_is_pinned_and_another_server_on_the_same_address_is_refused(pair, tmp_path):  # noqa: F811
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    dbs = []
    for n in range(2):
        db = f"sqlite:///{tmp_path / f'hub{n}.db'}"
        store = HubStore(db)
        enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
        store.close()
        dbs.append(db)
    first = HubProcess(dbs[0], port=port, log=tmp_path / "a.log").start()
    try:
        online_sync.save_connection(pair.branch, url)
        assert online_sync.sync_now(pair.branch).ok
        pinned = online_sync.connection(pair.branch).hub_fingerprint
        assert pinned
    finally:
        first.stop()
    second = HubProcess(dbs[1], port=port, log=tmp_path / "b.log").start()  # another key
    try:
        item = put_quarterly(pair.branch)
        res = online_sync.sync_now(pair.branch)
        assert not res.ok and res.problem == "hub_changed" and "có thể là máy giả mạo, nên không gửi gì" in res.error
        assert _truth(pair.branch, item)[0] == "pending"
        d = online_sync.test_connection(pair.branch, url)
        assert d.kind == "hub_changed" and d.hub_key
        online_sync.save_connection(pair.branch, url, accept_key=d.hub_key)
        assert online_sync.sync_now(pair.branch).sent == [item.package_id]
    finally:
        second.stop()


# ------------------------------------------------------------------ issue 17 item 4
def _raw_request(port: int, head: str) -> bytes:
    """Send only the request head (no body) and read the answer: the hub must answer without
    waiting for a body it has not authenticated."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(head.encode("ascii"))
        s.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        return data


def test_the_hub_authenticates_before_reading_the_body(pair, tmp_path):  # noqa: F811
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    store = HubStore(db)
    enrol_at_hub(store, pair.dcs, pair.branch, tmp=tmp_path)
    hub = HubProcess(db, log=tmp_path / "hub.log").start()
    try:
        pid = "3f2a9c01-0000-4000-8000-000000000001"
        fake_sig = {
            proto.H_UNIT: "CD-TDP3",
            proto.H_KEY: "0000-0000-0000-0000-0000-0000-0000-0000",
            proto.H_TS: str(int(time.time())),
            proto.H_NONCE: "ab" * 16,
            proto.H_SIG: "AAAA",
            proto.H_BODY_SHA: "0" * 64,
        }
        head = (
            f"PUT /v1/packages/{pid} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in fake_sig.items())
            + "\r\n"
        )
        answer = _raw_request(hub.port, head)  # 50 MB announced, not one byte sent
        assert answer.startswith(b"HTTP/1.1 401")
        # without the digest header (an older client) only a small body is ever read unauthenticated
        head = f"PUT /v1/packages/{pid} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n"
        assert _raw_request(hub.port, head).startswith(b"HTTP/1.1 401")
        # the refusals are on record for the operator (written at the latest when the hub stops)
    finally:
        hub.stop()
    assert {r.error for r in store.refusals()} >= {"bad_signature"}
    store.close()


def test_an_invitation_brings_the_hub_address_unless_one_is_set(pair):  # noqa: F811
    assert online_sync.connect_from_invitation(pair.branch, "http://hub.thanhdoan.vn") is None  # not https
    assert online_sync.connection(pair.branch).url is None
    assert online_sync.connect_from_invitation(pair.branch, "https://hub.thanhdoan.vn") is not None
    assert online_sync.connection(pair.branch).url == "https://hub.thanhdoan.vn"
    assert online_sync.connect_from_invitation(pair.branch, "https://khac.vn") is None  # the user's choice stays
    assert online_sync.connection(pair.branch).url == "https://hub.thanhdoan.vn"


def test_waiting_packages_reach_the_hub_oldest_first(hub):
    enrol_at_hub(hub.store, hub.dcs, hub.branch, tmp=hub.tmp)
    items = [put_quarterly(hub.branch, quarter=q) for q in (1, 2, 3)]
    assert sync_round(hub.branch, hub.client).sent == [i.package_id for i in items]
    assert [p.package_id for p in hub.store.inbox("DCS-LECHAN")] == [i.package_id for i in items]
