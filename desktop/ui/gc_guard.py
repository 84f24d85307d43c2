"""Python's cycle collector runs only on the GUI thread.

Python runs a collection on whichever thread happens to allocate when a generation's threshold is
crossed. With the task runner's worker thread allocating most (SQLAlchemy rows, evaluations), that
is usually the worker. When a collection there frees a reference cycle holding a Qt widget (a
dialog whose slots or model callbacks point back at it), Qt destroys the widget on a thread
that does not own it, and the process dies in libshiboken6 with no message (issue 17: the Đoàn
cơ sở window vanished after importing a refused package, then an enrolment file).

So, once the window is up: automatic collection stays off and a timer on the GUI thread asks the
collector for the same generations, with Python's own thresholds, every 500 ms. Anything that
allocates on the worker only counts towards the next collection on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        gc.disable()
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose thresholds are crossed (on this, the GUI, thread)."""
        t0, t1, t2 = gc.get_threshold()
        c0, c1, c2 = gc.get_count()
        if c2 > t2 and t2:
            return gc.collect(2)
        if c1 > t1 and t1:
            return gc.collect(1)
        if c0 > t0 and t0:
            return gc.collect(0)
        return 0


def install(app) -> GuiThreadCollector | None:
    """Turn automatic collection off and collect from the GUI thread (once per application).
    Without an application (no GUI thread to collect on) automatic collection stays on."""
    if app is None:
        gc.enable()
        return None
    existing = getattr(app, "_sothidua_gc", None)
    if existing is None:
        existing = GuiThreadCollector(app)
        app._sothidua_gc = existing
    existing.start()
    return existing
