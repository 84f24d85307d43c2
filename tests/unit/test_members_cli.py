"""`sothidua members …` from scripts: JSON shape, exit codes, nothing written on errors."""

import json

import openpyxl
import pytest

from tests.unit.test_members_excel import messy_workbook


@pytest.fixture
def unit_cli(cli):
    code, _, err = cli(
        "unit",
        "init",
        "--code",
        "CD-TDP3",
        "--name",
        "Chi đoàn Tổ dân phố số 3",
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
    )
    assert code == 0, err
    return cli


def _list(cli, *extra):
    code, out, err = cli("members", "list", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_import_with_errors_exits_non_zero_and_writes_nothing(unit_cli, tmp_path):
    path = messy_workbook(tmp_path / "ds.xlsx")
    code, out, err = unit_cli("members", "import", str(path), "--json")
    assert code == 1 and "chưa ghi gì" in err
    report = json.loads(out)
    assert {k: report[k] for k in ("added", "updated", "unchanged", "skipped")} == {
        "added": 6,
        "updated": 0,
        "unchanged": 0,
        "skipped": 4,
    }
    assert report["errors"][0] == {
        "row": 9,
        "column": "Ngày, tháng, năm sinh",
        "message": "Ngày, tháng, năm sinh: Ngày “31/02/2000” không có thật (ngày/tháng/năm).",
    }
    assert [e["row"] for e in report["errors"]] == [9, 9, 10, 11, 12]
    assert report["written"] is False
    assert _list(unit_cli)["count"] == 0


def test_dry_run_then_skip_invalid_then_again(unit_cli, tmp_path):
    path = messy_workbook(tmp_path / "ds.xlsx")
    code, out, _ = unit_cli("members", "import", str(path), "--dry-run", "--json")
    assert code == 1 and json.loads(out)["added"] == 6
    assert _list(unit_cli)["count"] == 0
    code, out, _ = unit_cli("members", "import", str(path), "--skip-invalid", "--json")
    assert code == 0 and json.loads(out)["added"] == 6 and json.loads(out)["written"] is True
    code, out, _ = unit_cli("members", "import", str(path), "--skip-invalid", "--json")
    r = json.loads(out)
    assert code == 0 and (r["added"], r["updated"], r["unchanged"], r["skipped"]) == (0, 0, 6, 4)
    listed = _list(unit_cli)
    assert listed["count"] == 6
    hoa = next(m for m in listed["members"] if m["union_card_no"] == "DV001")
    assert hoa["full_name"] == "Nguyễn Thị Hoa" and hoa["date_of_birth"] == "2001-03-05"
    assert hoa["status"] == "active"


def test_clean_file_exits_zero(unit_cli, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Ho ten", "Ngay sinh", "Ngay vao chi doan"])
    wb.active.append(["Vũ Thị Lan", "12/04/2000", "01/09/2018"])
    wb.save(tmp_path / "ok.xlsx")
    code, out, _ = unit_cli("members", "import", str(tmp_path / "ok.xlsx"), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["added"] == 1 and _list(unit_cli)["count"] == 0
    code, out, _ = unit_cli("members", "import", str(tmp_path / "ok.xlsx"), "--json")
    assert code == 0 and json.loads(out)["errors"] == []


def test_unreadable_file_exits_2_with_a_json_error(unit_cli, tmp_path):
    p = tmp_path / "ds.xlsx"
    p.write_text("không phải Excel", encoding="utf-8")
    code, out, err = unit_cli("members", "import", str(p), "--json")
    assert code == 2 and "không phải là tệp Excel" in err
    assert json.loads(out)["errors"][0]["row"] is None


def test_list_on_a_date_and_transfer_out(unit_cli, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Ngày sinh", "Ngày vào chi đoàn"])
    wb.active.append(["Vũ Thị Lan", "12/04/2000", "01/09/2018"])
    wb.active.append(["Đỗ Văn Hùng", "03/03/1997", "01/03/2026"])
    wb.save(tmp_path / "ok.xlsx")
    assert unit_cli("members", "import", str(tmp_path / "ok.xlsx"))[0] == 0
    assert [m["full_name"] for m in _list(unit_cli, "--on", "15/01/2026")["members"]] == ["Vũ Thị Lan"]
    lan = _list(unit_cli)["members"][0]
    code, _, err = unit_cli("members", "event", str(lan["id"]), "chuyen-di", "30/06/2026")
    assert code == 0, err
    assert [m["full_name"] for m in _list(unit_cli, "--on", "2026-07-01")["members"]] == ["Đỗ Văn Hùng"]
    everyone = _list(unit_cli, "--all")["members"]
    assert {m["full_name"]: m["status"] for m in everyone} == {"Vũ Thị Lan": "transferred_out", "Đỗ Văn Hùng": "active"}
    code, out, _ = unit_cli("members", "show", str(lan["id"]), "--json")
    assert [h["kind"] for h in json.loads(out)["history"]] == ["joined", "transferred_out"]
    code, _, err = unit_cli("members", "list", "--on", "32/13/2026")
    assert code == 2 and "không hợp lệ" in err


def test_export_xlsx_and_csv(unit_cli, tmp_path):
    messy = messy_workbook(tmp_path / "ds.xlsx")
    unit_cli("members", "import", str(messy), "--skip-invalid")
    code, out, _ = unit_cli("members", "export", str(tmp_path / "x.xlsx"))
    assert code == 0 and "6 đoàn viên" in out
    code, _, _ = unit_cli("members", "export", str(tmp_path / "x.csv"))
    assert code == 0 and (tmp_path / "x.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    code, out, _ = unit_cli("members", "import", str(tmp_path / "x.xlsx"), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 6
    code, _, err = unit_cli("members", "export", str(tmp_path / "x.pdf"))
    assert code == 2 and ".xlsx hoặc .csv" in err
    code, _, _ = unit_cli("members", "template", str(tmp_path / "mau.xlsx"))
    assert code == 0 and (tmp_path / "mau.xlsx").exists()
