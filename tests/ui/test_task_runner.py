"""The task runner delivers a job's result to whoever asked, unless that window is gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from desktop.ui.tasks import TaskRunner


class Page(QLabel):
    def show_result(self, result):
        self.setText(str(result))


def test_a_result_for_a_closed_page_is_dropped_and_the_next_one_arrives(qtbot, qapp):
    """Issue seen under load: a page's job finished after its window was closed and deleted, and
    the result's callback raised "Internal C++ object already deleted" on the GUI thread."""
    runner = TaskRunner()
    release = threading.Event()
    closed, open_page = Page(), Page()
    qtbot.addWidget(open_page)
    errors: list = []

    runner.run(lambda: release.wait(10) and 41, on_done=closed.show_result, on_error=lambda e, tb: errors.append(e))
    closed.deleteLater()
    qtbot.waitUntil(lambda: not _alive(closed), timeout=5000)
    release.set()
    with qtbot.waitSignal(runner.busy_changed, timeout=10000, check_params_cb=lambda busy: not busy):
        pass
    runner.run(lambda: 42, on_done=open_page.show_result)
    qtbot.waitUntil(lambda: open_page.text() == "42", timeout=10000)
    assert errors == []
    runner.wait()


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
