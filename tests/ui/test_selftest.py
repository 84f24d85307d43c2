"""`sothidua selftest` with the GUI: first-run wizard and main window with every page."""

from __future__ import annotations

import json


def test_selftest_opens_the_main_window_with_every_page(qapp, cli, tmp_path):
    shot = tmp_path / "cua-so-chinh.png"
    code, out, err = cli("selftest", "--json", "--screenshot", str(shot))
    assert code == 0, out + err
    report = json.loads(out)
    gui = next(c for c in report["checks"] if c["name"] == "gui")
    assert gui["ok"], gui["detail"]
    window = gui["main_window"]
    assert window["visible"] and window["page_errors"] == {}
    assert window["pages"]
    assert gui["app_translation"] == "&Tệp"
    assert gui["qt_translation"] == "Hủy"
    assert gui["icon_loads"]
    assert shot.read_bytes()[:4] == b"\x89PNG"


def test_selftest_leaves_no_window_behind(qapp, cli):
    """In-process, the checked windows are gone afterwards: a stale window would keep reacting
    to language changes with a closed database (and break whatever runs next)."""
    code, out, err = cli("selftest")
    assert code == 0, out + err
    left = [w.objectName() for w in qapp.topLevelWidgets() if w.objectName() in ("main_window", "first_run_wizard")]
    assert left == []
