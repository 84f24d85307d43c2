"""Run work off the GUI thread, one job at a time (SQLite has one writer anyway).

``TaskRunner.run(fn, on_done=..., on_error=..., label=...)`` calls ``fn(progress, cancel)`` on a
single worker thread and delivers the result on the GUI thread by signal. With ``on_partial``, it
calls ``fn(progress, cancel, partial)``: each ``partial(part)`` delivers a part of the result on the
GUI thread before the job ends (a long list shown as it fills in); the worker waits meanwhile
until the GUI thread has shown it (``show_now``), at most ``PARTIAL_WAIT_S``.

Why wait: a screen's table calls back into Python for every cell and role it paints (~1,600
calls for one screenful), and each call must take Python's lock from the worker, which keeps it
up to the switch interval: a repaint took 2-4x longer with a busy worker (measured, 1366x768). A progress dialog
appears only when the work takes longer than 600 ms and is updated at most every 100 ms
(Anki's qt/aqt/progress.py). ``SyncTaskRunner`` runs inline for tests.
"""

from __future__ import annotations

import inspect
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.progress import Cancelled, CancelToken

SHOW_AFTER_MS = 600
UPDATE_EVERY_S = 0.1
PARTIAL_WAIT_S = 1.0


def show_now() -> None:
    """Lay out and paint now what is waiting to be (on the GUI thread): before a worker goes on,
    so the two do not compete for Python's lock during the paint (see the module note)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)


_jobs = threading.local()


def in_runner_job() -> bool:
    """True while a runner job runs on this thread (the synchronous runner of the tests runs
    its jobs on the GUI thread: they count as off it)."""
    return getattr(_jobs, "depth", 0) > 0


def _call(fn: Callable, progress, cancel, partial=None) -> Any:
    params = inspect.signature(fn).parameters
    if len(params) >= 3 and partial is not None:
        return fn(progress, cancel, partial)
    if len(params) >= 2:
        return fn(progress, cancel)
    if len(params) == 1:
        return fn(progress)
    return fn()


def _receiver_gone(callback: Callable | None) -> bool:
    """True when ``callback`` is a method of a Qt object that no longer exists: a page or dialog
    closed (and deleted) while its job ran. Its result has nobody to show it to and is dropped;
    calling it would raise "Internal C++ object already deleted" on the GUI thread."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    partial = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, fn, signals: _Signals, cancel: CancelToken):
        super().__init__()
        self.fn, self.signals, self.cancel = fn, signals, cancel
        self._last = 0.0
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= UPDATE_EVERY_S or done >= total:
            self._last = now
            self.signals.progress.emit(done, total, message)
        self.cancel.check()

    def _partial(self, part) -> None:
        self.cancel.check()
        shown = threading.Event()
        self.signals.partial.emit(part, shown)
        shown.wait(PARTIAL_WAIT_S)  # the GUI thread shows the part meanwhile (module note)
        self.cancel.check()

    def run(self) -> None:
        try:
            try:
                result = _call(self.fn, self._progress, self.cancel, self._partial)
            except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
                self.signals.failed.emit(exc, traceback.format_exc())
            else:
                self.signals.done.emit(result)
        except RuntimeError:  # "Signal source has been deleted": the app closed meanwhile
            pass


class TaskRunner(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._active = 0
        self._keep: set = set()

    def run(
        self,
        fn: Callable,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        label: str | None = None,
        parent: QWidget | None = None,
        cancellable: bool = False,
        on_partial: Callable[[Any], None] | None = None,
    ) -> CancelToken:
        cancel = CancelToken()
        signals = _Signals()
        dialog_holder: dict[str, QProgressDialog] = {}
        timer = QTimer(self)
        timer.setSingleShot(True)

        def show_dialog():
            if label is None:
                return
            dlg = QProgressDialog(label, self.tr("Cancel") if cancellable else None, 0, 0, parent)
            dlg.setWindowModality(Qt.WindowModal)
            dlg.setMinimumDuration(0)
            dlg.setAutoClose(False)
            if cancellable:
                dlg.canceled.connect(cancel.cancel)
            dlg.show()
            dialog_holder["d"] = dlg

        def on_progress(done: int, total: int, message: str):
            dlg = dialog_holder.get("d")
            if dlg is not None:
                dlg.setMaximum(max(total, 0))
                dlg.setValue(min(done, total) if total else 0)
                if message:
                    dlg.setLabelText(message)

        def finish():
            timer.stop()
            dlg = dialog_holder.pop("d", None)
            if dlg is not None:
                dlg.close()
                dlg.deleteLater()
            self._keep.discard(signals)
            self._active -= 1
            if self._active == 0:
                self.busy_changed.emit(False)

        def done(result):
            finish()
            if on_done and not _receiver_gone(on_done):
                on_done(result)

        def failed(exc, tb):
            finish()
            if isinstance(exc, Cancelled) or _receiver_gone(on_error):
                return
            if on_error:
                on_error(exc, tb)
            else:
                raise exc

        def partial(part, shown):
            try:
                if on_partial is not None and not cancel.cancelled and not _receiver_gone(on_partial):
                    on_partial(part)
                    show_now()
            finally:
                shown.set()

        signals.done.connect(done)
        signals.failed.connect(failed)
        signals.partial.connect(partial)
        signals.progress.connect(on_progress)
        timer.timeout.connect(show_dialog)
        self._keep.add(signals)
        self._active += 1
        if self._active == 1:
            self.busy_changed.emit(True)
        timer.start(SHOW_AFTER_MS)
        self.pool.start(_Job(fn, signals, cancel))
        return cancel

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


class SyncTaskRunner(QObject):
    """Runs the job inline (tests): same interface, results delivered immediately."""

    busy_changed = Signal(bool)

    def run(self, fn, *, on_done=None, on_error=None, label=None, parent=None, cancellable=False, on_partial=None):
        cancel = CancelToken()
        parts: list = []
        _jobs.depth = getattr(_jobs, "depth", 0) + 1
        try:
            result = _call(fn, lambda d, t, m="": cancel.check(), cancel, parts.append if on_partial else None)
        except Cancelled:
            return cancel
        except BaseException as exc:  # noqa: BLE001
            if not on_error:
                raise
            failure = (exc, traceback.format_exc())
        else:
            failure = None
        finally:
            _jobs.depth -= 1
        # The callbacks run as they would on the GUI thread: outside the job, the parts first.
        for part in parts:
            on_partial(part)
        if failure is not None:
            on_error(*failure)
        elif on_done:
            on_done(result)
        return cancel

    def wait(self, msecs: int = 0) -> bool:
        return True
