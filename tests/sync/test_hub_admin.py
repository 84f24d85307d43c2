"""What the hub's operator sees (issue 24): `hub units` with last seen and counts, `hub stats`
beyond counts, `hub refusals`, `hub revoke`, and the read-only admin page — protected by the
admin token, in Vietnamese, and opened in a real browser (Debian's headless Chromium)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from fastapi.testclient import TestClient

from db.hub.store import HubStore
from desktop.services.exchange import online_sync
from desktop.sync.hub.app import build_app
from tests.conftest import run_cli
from tests.sync.conftest_hub import HubProcess, enrol_at_hub
from tests.sync.conftest_sync import OTHER, open_unit, pair, put_quarterly  # noqa: F401 - fixture

TOKEN = "thu-nghiem-quan-tri-2026"


@pytest.fixture
def city(pair, tmp_path):  # noqa: F811
    """A Đoàn cơ sở enrolled by the operator, one branch introduced by it and active, one branch
    known but silent, and two refusals."""
    db = f"sqlite:///{tmp_path / 'hub.db'}"
    store = HubStore(db)
    enrol_at_hub(store, pair.dcs, tmp=tmp_path)
    app = build_app(store, activity_flush_s=0, admin_token=TOKEN)
    client = TestClient(app, base_url="http://hub.test")
    assert online_sync.sync_now(pair.dcs, "http://hub.test", client=client).introduced == ["CD-TDP3"]
    put_quarterly(pair.branch)
    assert online_sync.sync_now(pair.branch, "http://hub.test", client=client).sent
    silent = open_unit(tmp_path / "chi-doan-7", OTHER)
    enrol_at_hub(store, silent, tmp=tmp_path)
    # refusals, recorded with their reasons: a package that is not there, an unsigned request
    t = online_sync.make_transport(pair.branch, "http://hub.test", client=client)
    r = t.request("GET", "/packages/00000000-0000-4000-8000-000000000000")
    assert r.status_code == 404
    with TestClient(build_app(store, activity_flush_s=0), base_url="http://hub.test") as c2:
        c2.get("/v1/inbox", headers={"X-SoThiDua-Unit": "CD-LA"})  # unsigned
    pair.db, pair.store, pair.app, pair.client, pair.silent = db, store, app, client, silent
    yield pair
    client.close()
    silent.close()
    store.close()


def test_hub_units_stats_refusals_and_revoke_from_the_cli(city):
    code, out, _ = run_cli("hub", "units", "--db", city.db, "--json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert code == 0 and set(rows) == {"DCS-LECHAN", "CD-TDP3", "CD-TDP7"}
    assert rows["CD-TDP3"]["introduced_by"] == "DCS-LECHAN" and rows["CD-TDP3"]["last_seen_at"]
    assert rows["CD-TDP3"]["sent"] == 1 and rows["DCS-LECHAN"]["waiting"] == 1
    assert rows["CD-TDP7"]["silent"] and rows["CD-TDP7"]["last_seen_at"] is None
    code, out, _ = run_cli("hub", "units", "--db", city.db)
    line = next(x for x in out.splitlines() if x.startswith("CD-TDP7"))
    assert "lần cuối liên lạc: chưa bao giờ" in line and "im lặng quá 14 ngày" in line
    code, out, _ = run_cli("hub", "stats", "--db", city.db)
    assert "24 giờ qua: nhận 1 gói; 2 đơn vị liên lạc; 1 đơn vị chưa liên lạc lần nào." in out
    code, out, _ = run_cli("hub", "refusals", "--db", city.db)
    assert "Yêu cầu thiếu chữ ký của đơn vị." in out and "CD-LA" in out
    code, out, _ = run_cli("hub", "revoke", "CD-TDP3", "--db", city.db)
    assert code == 0 and "Đã thu hồi 1 khóa của CD-TDP3" in out
    put_quarterly(city.branch, quarter=4)
    res = online_sync.sync_now(
        city.branch, "http://hub.test", client=TestClient(build_app(HubStore(city.db)), base_url="http://hub.test")
    )
    assert res.problem == "revoked"


def test_admin_page_needs_the_token_and_shows_units_last_seen_counts_refusals_and_silence(city):
    c = city.client
    r = c.get("/admin")
    assert r.status_code == 401 and "Nhập mã quản trị để xem" in r.text and "CD-TDP3" not in r.text
    r = c.get("/admin?token=sai")
    assert r.status_code == 401 and "Mã quản trị không đúng" in r.text
    r = c.get(f"/admin?token={TOKEN}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin"  # the token leaves the address bar
    assert "httponly" in r.headers["set-cookie"].lower()
    r = c.get("/admin")
    page = r.text
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    assert "Chi đoàn Tổ dân phố số 3" in page and "giới thiệu bởi DCS-LECHAN" in page
    assert "Im lặng quá 14 ngày (1 đơn vị)" in page and "Chi đoàn Tổ dân phố số 7" in page
    assert "Yêu cầu thiếu chữ ký của đơn vị." in page and "CD-LA (tự xưng)" in page
    assert "Không có gói này trong hộp thư của đơn vị." in page
    assert "vừa xong" in page  # last seen
    assert "đang dùng" in page and "built-in" not in page and "{{" not in page
    # switched off without a token, and it says how to switch it on
    with TestClient(build_app(city.store), base_url="http://hub.test") as off:
        r = off.get("/admin")
        assert r.status_code == 404 and "Trang quản trị chưa bật" in r.text


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed (.ci/setup installs it)")
def test_admin_page_in_headless_chromium(city, tmp_path, monkeypatch):
    monkeypatch.setenv("SOTHIDUA_HUB_ADMIN_TOKEN", TOKEN)
    hub = HubProcess(city.db, log=tmp_path / "hub.log").start()
    try:
        base = [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--window-size=1366,768",
        ]
        env = dict(os.environ, HOME=str(tmp_path))
        dom = subprocess.run(
            [*base, "--dump-dom", f"{hub.url}/admin?token={TOKEN}"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        ).stdout
        assert "Máy chủ đồng bộ Sổ Thi Đua" in dom and 'id="units"' in dom
        assert "Chi đoàn Tổ dân phố số 3" in dom and "Im lặng quá 14 ngày (1 đơn vị)" in dom
        shot = tmp_path / "admin.png"
        subprocess.run(
            [*base, f"--screenshot={shot}", f"{hub.url}/admin?token={TOKEN}"],
            capture_output=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert shot.exists() and shot.stat().st_size > 10_000
        keep = os.environ.get("SOTHIDUA_KEEP_SCREENSHOTS")
        if keep:
            shutil.copy(shot, keep)
        without = subprocess.run(
            [*base, "--user-data-dir=" + str(tmp_path / "other"), "--dump-dom", f"{hub.url}/admin"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        ).stdout
        assert "Nhập mã quản trị để xem" in without and "Chi đoàn Tổ dân phố số 3" not in without
    finally:
        hub.stop()
