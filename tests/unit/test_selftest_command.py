"""`sothidua selftest` without the GUI part: resources and a new database, never the user's data."""

from __future__ import annotations

import json


def test_selftest_checks_resources_and_a_new_database(cli, data_dir):
    code, out, err = cli("selftest", "--no-gui", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    checks = {c["name"]: c for c in report["checks"]}
    assert set(checks) == {"install", "resources", "database"}
    assert "chi-doan-xhcn" in checks["resources"]["catalogs"]
    assert checks["resources"]["translations"] == {"sothidua_vi.qm": True, "qt_vi.qm": True}
    assert checks["database"]["schema"] == checks["database"]["head"]
    # the temporary folder is gone and the user's data folder was never touched
    assert not report["kept"]
    assert not (data_dir / "sothidua.db").exists()


def test_selftest_keeps_a_folder_when_asked(cli, tmp_path):
    folder = tmp_path / "kiem-tra"
    code, out, err = cli("selftest", "--no-gui", "--keep-in", str(folder))
    assert code == 0, err
    assert "Kết quả: ĐẠT" in out
    assert (folder / "sothidua.db").is_file()


def test_selftest_refuses_a_folder_that_already_holds_data(cli, tmp_path):
    folder = tmp_path / "du-lieu"
    folder.mkdir()
    (folder / "sothidua.db").write_bytes(b"data of a real unit")
    code, _out, err = cli("selftest", "--no-gui", "--keep-in", str(folder))
    assert code == 2
    assert "không rỗng" in err
    assert (folder / "sothidua.db").read_bytes() == b"data of a real unit"
