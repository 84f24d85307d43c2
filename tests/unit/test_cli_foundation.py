import json

from desktop import __version__


def test_version(cli):
    code, out, _ = cli("--version")
    assert code == 0 and out.strip() == f"sothidua {__version__}"


def test_command_needing_a_unit_says_how_to_create_one(cli):
    code, _, err = cli("unit", "show", "--json")
    assert code == 2
    assert "chưa có hồ sơ đơn vị" in err and "sothidua unit init" in err


def test_unit_init_then_show_json(cli):
    code, out, _ = cli(
        "unit",
        "init",
        "--code",
        "CD-10A1",
        "--name",
        "Chi đoàn lớp 10A1",
        "--kind",
        "chi-doan",
        "--branch-type",
        "truong-hoc",
        "--grade",
        "10",
        "--parent",
        "DCS-THPT-NQ",
    )
    assert code == 0 and "Đã tạo" in out
    code, out, _ = cli("unit", "show", "--json")
    data = json.loads(out)
    assert data == {
        "code": "CD-10A1",
        "name": "Chi đoàn lớp 10A1",
        "kind": "chi-doan",
        "kind_vi": "Chi đoàn",
        "branch_type": "truong-hoc",
        "branch_type_vi": "Khối trường học",
        "grade": 10,
        "all_party_members": False,
        "parent_code": "DCS-THPT-NQ",
        "parent_name": None,
    }


def test_unit_init_rejects_invalid_input_in_vietnamese(cli):
    code, _, err = cli("unit", "init", "--code", "CD1", "--name", "X", "--kind", "chi-doan")
    assert code == 2 and "loại hình chi đoàn" in err


def test_catalog_show_json_has_stable_keys(cli):
    code, out, _ = cli("catalog", "show", "chi-doan-xhcn", "--json")
    assert code == 0
    data = json.loads(out)
    assert {"id", "version", "title_vi", "title_en", "groups", "criteria", "recognition"} <= set(data)
    assert len(data["criteria"]) == 16
    assert data["recognition"]["min_share"] == 0.8 and data["recognition"]["rounding"] == "ceil"
    c37 = next(c for c in data["criteria"] if c["id"] == "CD-3.7")
    assert {"fact": "grade", "op": "not_in", "value": [10, 11]} in c37["applies_when"]
    for c in data["criteria"]:
        assert {"id", "group", "title_vi", "title_en", "measure", "threshold", "period", "applies_when"} <= set(c)


def test_catalog_list_and_unknown_catalog(cli):
    code, out, _ = cli("catalog", "list", "--json")
    assert code == 0 and any(c["id"] == "chi-doan-xhcn" for c in json.loads(out))
    code, _, err = cli("catalog", "show", "khong-co")
    assert code == 2 and "Không có danh mục" in err


def test_data_dir_from_environment(tmp_path, monkeypatch):
    from tests.conftest import run_cli

    d = tmp_path / "env-data"
    monkeypatch.setenv("SOTHIDUA_DATA_DIR", str(d))
    code, _, _ = run_cli("unit", "init", "--code", "DCS1", "--name", "Đoàn xã An Lão", "--kind", "doan-co-so")
    assert code == 0 and (d / "sothidua.db").exists()


def test_no_subcommand_opens_the_gui_with_the_chosen_data_dir(tmp_path, monkeypatch):
    import desktop.app
    from desktop.cli import main

    seen = {}
    monkeypatch.setattr(desktop.app, "run_gui", lambda d: seen.setdefault("dir", d) and 0)
    assert main(["--data-dir", str(tmp_path / "x")]) == 0
    assert seen["dir"] == (tmp_path / "x").resolve()
