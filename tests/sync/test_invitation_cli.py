"""Issue 17 as it is checked: through the CLI, on separate data folders, files only."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def ok(*args, data_dir):
    code, out, err = run_cli(*args, data_dir=data_dir)
    assert code == 0, err or out
    return out


def test_invite_join_submit_first_import_accepted_and_second_installation_held(tmp_path):
    dcs, cd, cd2 = tmp_path / "dcs", tmp_path / "cd", tmp_path / "cd2"
    ok("unit", "init", "--code", "DCS-KIENTHUY", "--name", "Đoàn xã Kiến Thụy", "--kind", "doan-co-so", data_dir=dcs)
    out = json.loads(
        ok(
            "sync",
            "invite",
            "--branch",
            "CD-DONGHAI",
            "--name",
            "Chi đoàn thôn Đông Hải",
            "--branch-type",
            "dan-cu",
            "--out",
            str(tmp_path / "moi" / "LoiMoi.stmoi"),
            "--json",
            data_dir=dcs,
        )
    )
    [inv] = out["invitations"]
    assert out["pdf"].endswith("LoiMoi.pdf") and (tmp_path / "moi" / "LoiMoi.pdf").read_bytes()[:4] == b"%PDF"
    joined = json.loads(ok("unit", "join", inv["file"], "--code", inv["short_code"].lower(), "--json", data_dir=cd))
    assert joined["created"] and joined["unit"]["code"] == "CD-DONGHAI"
    assert joined["parent_name"] == "Đoàn xã Kiến Thụy" and joined["unit"]["parent_code"] == "DCS-KIENTHUY"
    assert "Đoàn xã Kiến Thụy" in ok("unit", "show", data_dir=cd)
    ok("unit", "settings", "--set", "report_signer_name", "Nguyễn Văn An", data_dir=cd)  # who signs (issue 19)
    ok("submit", "quarterly", "--period", "2026", "--quarter", "3", data_dir=cd)
    ok("sync", "export", "--out", str(tmp_path / "usb"), data_dir=cd)
    [res] = json.loads(ok("sync", "import", str(tmp_path / "usb"), "--json", data_dir=dcs))
    assert res["status"] == "accepted", res
    [branch] = json.loads(ok("sync", "branches", "--json", data_dir=dcs))["branches"]
    assert branch["connected"] and branch["invitation"] == "used"

    # The same invitation on another installation: no trust, the package waits.
    # ... joined naming its signer at once, as the first-run wizard asks (else the quarterly report,
    # numbered, would be refused: nobody to sign it)
    ok("unit", "join", inv["file"], "--signer-name", "Trần Thị Bình", data_dir=cd2)
    ok("submit", "quarterly", "--period", "2026", "--quarter", "3", data_dir=cd2)
    ok("sync", "export", "--out", str(tmp_path / "usb2"), data_dir=cd2)
    [res] = json.loads(ok("sync", "import", str(tmp_path / "usb2"), "--json", data_dir=dcs))
    assert res["status"] == "held" and "đã được dùng cho một máy khác" in res["reason"]
    units = json.loads(ok("sync", "units", "--json", data_dir=dcs))
    first = json.loads(ok("sync", "identity", "--json", data_dir=cd))["fingerprint"]
    assert [u["fingerprint"] for u in units] == [first]


def test_wrong_typed_code_is_refused(tmp_path):
    dcs = tmp_path / "dcs"
    ok("unit", "init", "--code", "DCS-A", "--name", "Đoàn phường A", "--kind", "doan-co-so", data_dir=dcs)
    ok(
        "sync",
        "invite",
        "--branch",
        "CD-1",
        "--name",
        "Chi đoàn 1",
        "--branch-type",
        "co-quan",
        "--out",
        str(tmp_path / "moi"),
        data_dir=dcs,
    )
    code, out, err = run_cli(
        "unit",
        "join",
        str(tmp_path / "moi" / "ThuMoi-ChiDoan1.stmoi"),
        "--code",
        "AAAA-BBBB-CCCC-DDDD",
        data_dir=tmp_path / "cd",
    )
    assert code != 0 and "Mã mời không khớp" in (err + out)


def test_unknown_branch_held_then_confirmed_without_reimport(tmp_path):
    dcs, cd = tmp_path / "dcs", tmp_path / "cd"
    ok("unit", "init", "--code", "DCS-A", "--name", "Đoàn phường A", "--kind", "doan-co-so", data_dir=dcs)
    ok(
        "unit",
        "init",
        "--code",
        "CD-1",
        "--name",
        "Chi đoàn 1",
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
        "--parent",
        "DCS-A",
        data_dir=cd,
    )
    ok("sync", "enrol-export", "--out", str(tmp_path / "dcs-key.stpkg"), data_dir=dcs)
    ok("sync", "enrol-import", str(tmp_path / "dcs-key.stpkg"), data_dir=cd)
    ok("unit", "settings", "--set", "report_signer_name", "Nguyễn Văn An", data_dir=cd)
    ok("submit", "quarterly", "--period", "2026", "--quarter", "3", data_dir=cd)
    ok("sync", "export", "--out", str(tmp_path / "usb"), data_dir=cd)
    [res] = json.loads(ok("sync", "import", str(tmp_path / "usb"), "--json", data_dir=dcs))
    assert res["status"] == "held" and "Chi đoàn 1" in res["reason"]
    [held] = json.loads(ok("sync", "held", "--json", data_dir=dcs))
    fp = json.loads(ok("sync", "identity", "--json", data_dir=cd))["fingerprint"]
    assert held["fingerprint"] == fp and held["name"] == "Chi đoàn 1"
    ok("sync", "confirm", "CD-1", "--fingerprint", fp, data_dir=dcs)
    rows = json.loads(ok("sync", "received", "--json", data_dir=dcs))
    assert sorted(r["status"] for r in rows) == ["accepted", "released"]
    assert json.loads(ok("sync", "held", "--json", data_dir=dcs)) == []


def test_branches_from_a_sheet_then_invite_all(tmp_path):
    from openpyxl import Workbook

    dcs = tmp_path / "dcs"
    ok("unit", "init", "--code", "DCS-A", "--name", "Đoàn phường A", "--kind", "doan-co-so", data_dir=dcs)
    wb = Workbook()
    ws = wb.active
    ws.append(["Mã", "Tên", "Loại hình", "Khối"])
    ws.append(["CD-10A1", "Chi đoàn lớp 10A1", "Khối trường học", 10])
    ws.append(["CD-TDP1", "Chi đoàn Tổ dân phố 1", "dân cư", None])
    ws.append(["CD-X", "Chi đoàn X", "không rõ", None])
    wb.save(tmp_path / "ds.xlsx")
    code, out, err = run_cli("sync", "branches", "--sheet", str(tmp_path / "ds.xlsx"), "--json", data_dir=dcs)
    res = json.loads(out)
    assert code == 1 and res["added"] == 2 and res["errors"] == ["Dòng 4: loại hình “không rõ” không có"]
    out = json.loads(ok("sync", "invite", "--all", "--out", str(tmp_path / "moi"), "--json", data_dir=dcs))
    assert sorted(i["branch"] for i in out["invitations"]) == ["CD-10A1", "CD-TDP1"]
    assert out["pdf"].endswith("ThuMoi-CacChiDoan.pdf")
    lines = json.loads(ok("sync", "branches", "--json", data_dir=dcs))["branches"]
    assert {b["code"]: (b["grade"], b["invitation"]) for b in lines} == {
        "CD-10A1": (10, "open"),
        "CD-TDP1": (None, "open"),
    }


def test_the_party_line_through_the_cli(tmp_path):
    """Issue 20 item 10: the Party line's upper level invites a commune, the commune joins (`unit join`)
    and submits its sơ kết as a file (`submit review --out`); `party communes|show --json` read it."""
    btg, du = tmp_path / "btg", tmp_path / "du"
    ok(
        "unit",
        "init",
        "--code",
        "BTGDV-HP",
        "--name",
        "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng",
        "--kind",
        "dang-cap-tren",
        data_dir=btg,
    )
    out = json.loads(
        ok(
            "sync",
            "invite",
            "--branch",
            "DU-ANLAO",
            "--name",
            "Đảng ủy xã An Lão",
            "--out",
            str(tmp_path / "moi"),
            "--json",
            data_dir=btg,
        )
    )
    [inv] = out["invitations"]
    joined = json.loads(ok("unit", "join", inv["file"], "--code", inv["short_code"], "--json", data_dir=du))
    assert joined["unit"]["kind"] == "dang-uy-xa" and joined["unit"]["parent_code"] == "BTGDV-HP"
    sent = json.loads(ok("submit", "review", "--period", "2026", "--out", str(tmp_path / "usb"), "--json", data_dir=du))
    assert sent["kind"] == "commune-report" and sent["recipient"] == "BTGDV-HP"
    assert sent["saved_to"].endswith("BaoCaoSoKet-2026-DangUyXaAnLao.stpkg")
    [res] = json.loads(ok("sync", "import", str(tmp_path / "usb"), "--json", data_dir=btg))
    assert res["status"] == "accepted", res
    view = json.loads(ok("party", "communes", "--period", "2026", "--json", data_dir=btg))
    assert view["totals"]["reviewed"] == 1 and view["communes"][0]["code"] == "DU-ANLAO"
    assert {m["id"] for m in view["models"]} >= {"chinh-quyen-than-thien", "dan-van-kheo"}
    one = json.loads(ok("party", "show", "DU-ANLAO", "--period", "2026", "--json", data_dir=btg))
    assert one["models"] and all("status_vi" in c for m in one["models"] for c in m["criteria"])
    code, _out, err = run_cli("submit", "year-end", "--period", "2026", data_dir=du)
    assert code != 0 and "báo cáo sơ kết" in (err + _out)
