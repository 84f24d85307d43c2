"""`sothidua data export|import` and `sothidua recognition …` from the command line."""

import json

from tests.unit.test_interchange import SAMPLE


def _write(tmp_path, doc, name="cd-tdp3.json"):
    p = tmp_path / name
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return p


def test_import_then_export_from_the_command_line(cli, tmp_path):
    code, out, err = cli("data", "import", str(_write(tmp_path, SAMPLE)), "--json")
    assert code == 0, err
    assert json.loads(out)["mode"] == "new_installation"
    code, out, _ = cli("data", "import", str(_write(tmp_path, SAMPLE)), "--json")
    assert json.loads(out)["changed"] is False
    target = tmp_path / "xuat.json"
    code, out, err = cli("data", "export", "--out", str(target), "--json")
    assert code == 0, err
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["unit"]["code"] == "CD-TDP3" and [m["full_name"] for m in doc["members"]] == [
        "Nguyễn Thị Hoa",
        "Trần Văn Đức",
    ]
    code, out, _ = cli("evaluate", "--period", "2026", "--json")
    assert json.loads(out)["criteria"][4]["status"] == "not_met"  # CD-2.1, the incident


def test_invalid_file_lists_errors_with_paths_and_exit_code_2(cli, tmp_path):
    bad = json.loads(json.dumps(SAMPLE))
    bad["members"][0]["date_of_birth"] = "2000-02-31"
    bad["logs"][1]["member"] = "khong-co"
    code, out, _ = cli("data", "import", str(_write(tmp_path, bad)), "--json")
    assert code == 2
    errors = {e["path"]: e["message"] for e in json.loads(out)["errors"]}
    assert errors["members[0].date_of_birth"] == "ngày “2000-02-31” không có thật."
    assert "khong-co" in errors["logs[1].member"]
    code, out, _err = cli("unit", "show", "--json")
    assert code != 0  # nothing was written: still no unit


def test_check_only_validates(cli, tmp_path):
    code, out, _ = cli("data", "import", str(_write(tmp_path, SAMPLE)), "--check", "--json")
    assert json.loads(out) == {"ok": True, "checked": True, "units": ["CD-TDP3"], "members": 2, "warnings": []}
    code, _, _ = cli("unit", "show", "--json")
    assert code != 0


def test_step_three_from_the_command_line(cli, tmp_path):
    cli("data", "import", str(_write(tmp_path, SAMPLE)))
    code, out, err = cli(
        "recognition",
        "assess",
        "--period",
        "2026",
        "--member",
        "1",
        "--group",
        "P1=dat:Tham gia học tập nghị quyết",
        "--group",
        "P2=chua_dat",
        "--json",
    )
    assert code == 0, err
    code, out, err = cli(
        "recognition",
        "vote",
        "--period",
        "2026",
        "--date",
        "2026-11-15",
        "--member",
        "1",
        "--for",
        "1",
        "--against",
        "0",
        "--absent",
        "0",
    )
    assert code == 0, err
    code, out, _ = cli("recognition", "members", "--period", "2026", "--json")
    hoa = json.loads(out)["members"][0]
    assert hoa["groups"]["P1"] == {"result": "dat", "evidence": "Tham gia học tập nghị quyết"}
    assert "Tự đánh giá “Chưa đạt” nhóm P2" in hoa["missing_vi"]
    assert hoa["recognition"]["decision_number"] == "15-QĐ/ĐTN"
    code, out, err = cli("recognition", "propose", "--period", "2026", "--member", "1")
    assert code == 2 and "chưa đủ điều kiện" in err
    code, out, err = cli("recognition", "submit", "--period", "2026", "--propose", "--claim", "CD-1.3=met:Đã cảnh báo")
    assert code == 0, err
    code, out, _ = cli("recognition", "branch", "--period", "2026", "--json")
    d = json.loads(out)
    assert d["status"] == "submitted" and d["proposes_recognition"] is True
    assert next(c for c in d["criteria"] if c["id"] == "CD-1.3")["comment"] == "Đã cảnh báo"


def test_a_doan_co_so_of_300_branches_is_named_in_one_line_not_300_codes():
    from desktop.commands.data import _units_text

    codes = ["DCS-LC"] + [f"DCS-LC-CD{i:03d}" for i in range(1, 301)]
    assert _units_text(codes) == "DCS-LC và 300 đơn vị trực thuộc (DCS-LC-CD001 … DCS-LC-CD300)"
    assert _units_text(codes[:3]) == "DCS-LC, DCS-LC-CD001, DCS-LC-CD002"
