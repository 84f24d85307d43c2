"""Issue 17: the Đoàn cơ sở window vanished (segfault in libshiboken6) after importing a branch's
first package (refused: the branch was not enrolled) and then the branch's enrolment file. The
same sequence through the real window, with the real task runner's worker thread."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services.exchange import sync
from desktop.services.units import save_self_unit
from tests.sync.conftest_sync import BRANCH, DCS, open_unit, put_quarterly


@pytest.fixture
def threaded_dcs(qapp, ctx, tmp_path):
    """The Đoàn cơ sở's app as it runs for a person: a real worker thread, and garbage collected
    the way desktop/app.py sets it up once the window is up."""
    from desktop.app import build_env
    from desktop.ui import gc_guard

    save_self_unit(ctx, DCS)
    env = build_env(ctx, qapp)
    was_enabled = gc.isenabled()
    collector = gc_guard.install(qapp)
    yield env
    env.runner.wait(10000)
    collector.timer.stop()
    if was_enabled:
        gc.enable()


def _dismiss_dialogs(qtbot, seen: list):
    """Close whatever modal dialog the page opens (as the user pressing Close/OK)."""
    from PySide6.QtCore import QTimer

    def close():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                seen.append(w.objectName() or type(w).__name__)
                w.done(0)

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(50)
    return timer


def test_import_refused_package_then_enrolment_file_keeps_the_window(qtbot, threaded_dcs, tmp_path, monkeypatch):
    import desktop.ui.pages.outbox as outbox_page
    from desktop.ui.main_window import MainWindow

    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    parent_key = tmp_path / "dcs-key.stpkg"
    dcs_side = threaded_dcs.ctx
    sync.enrol_export(dcs_side, parent_key)
    sync.enrol_import(branch, parent_key)  # the branch knows its parent; the parent not yet the branch
    put_quarterly(branch, quarter=3)
    sync.export_outbox(branch, tmp_path / "usb")
    branch_key = tmp_path / "SoThiDua_dang-ky-khoa_CD-TDP3.stpkg"
    sync.enrol_export(branch, branch_key)
    branch.close()

    window = MainWindow(threaded_dcs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_loading, timeout=60000)
    window.show_page("outbox")
    page = window.page("outbox")
    seen: list = []
    timer = _dismiss_dialogs(qtbot, seen)

    monkeypatch.setattr(outbox_page, "open_files", lambda *a, **k: [str(p) for p in (tmp_path / "usb").iterdir()])
    page._import_files()
    qtbot.waitUntil(lambda: "import_results" in seen, timeout=60000)
    qtbot.waitUntil(lambda: page.in_model.rowCount() == 1, timeout=60000)

    monkeypatch.setattr(outbox_page, "open_file", lambda *a, **k: str(branch_key))
    page._enrol_import()
    qtbot.waitUntil(lambda: page.units_model.rowCount() == 1, timeout=60000)

    # The worker goes on allocating (the pages reload after the enrolment): any collection it
    # triggered used to free the import-results dialog on that thread and kill the process.
    threaded_dcs.runner.run(lambda: len([[i] for i in range(300000)]))
    threaded_dcs.runner.wait(10000)
    qtbot.waitUntil(lambda: not gc.isenabled(), timeout=1000)  # only the GUI thread collects
    collector = QApplication.instance()._sothidua_gc
    with qtbot.waitSignal(collector.timer.timeout, timeout=2000):  # one turn of the GUI-thread collector
        pass
    timer.stop()
    assert window.isVisible()
    assert page.units_model.row(0).unit_code == BRANCH.code


def test_the_gui_thread_collector_collects_what_the_worker_left(qtbot, qapp):
    """Garbage made on the worker thread is collected by the GUI thread's timer, generation by
    generation with Python's own thresholds (so memory does not grow with collection off)."""
    import weakref

    from desktop.ui import gc_guard

    was_enabled = gc.isenabled()
    collector = gc_guard.install(qapp)
    try:

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # a reference cycle: only the collector frees it
        gone = weakref.ref(a)
        del a, b
        kept = [[] for _ in range(2000)]  # enough live allocations to cross generation 0's threshold
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the 500 ms timer on this thread
        assert gone() is None and not gc.isenabled() and len(kept) == 2000
    finally:
        collector.timer.stop()
        if was_enabled:
            gc.enable()
