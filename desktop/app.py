"""The one place that builds everything: settings, database, services, QApplication, window.

Start-up (issue 13). When the data folder already holds this version's database with its unit
(``db.peek`` reads that with the standard ``sqlite3`` module), the main window is shown at once
as a shell — navigation, title, the unit in the header, status bar, a "Đang mở dữ liệu…" page —
while a worker thread imports the database stack (SQLAlchemy and the models alone take about
twice a bare PySide6 window's whole start) and opens the data exactly as before (finishing an
interrupted restore, the quick check with its read-only offer, the schema check, the context).
Back on the GUI thread: the damaged-file question, error messages, the login, then the real
pages. Anything else (first run, a schema to upgrade or a newer one to refuse, a restore to
finish, a file ``sqlite3`` cannot read) starts the classic way, one step after the other.

``SOTHIDUA_EXIT_WHEN_IDLE`` (tests/bench): ``shell`` leaves at the first idle moment after the
window is shown; ``1`` once the home page shows its real figures and the event loop is idle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def build_env(ctx, app, *, synchronous: bool = False, language: str | None = None):
    from desktop.ui.env import ChangeBus, UiEnv
    from desktop.ui.i18n import DEFAULT_LANGUAGE, Translator
    from desktop.ui.tasks import SyncTaskRunner, TaskRunner
    from desktop.services.units import app_setting

    translator = Translator(app)
    translator.set_language(language or app_setting(ctx, "language", DEFAULT_LANGUAGE))
    runner = SyncTaskRunner() if synchronous else TaskRunner()
    return UiEnv(ctx=ctx, runner=runner, bus=ChangeBus(), translator=translator)


def _import_core_first() -> None:
    """Import the Qt-free stack the first screen needs (SQLAlchemy, the models, the services of
    the safety checks and of the home page) BEFORE PySide6: once PySide6 is loaded, its import
    hook (``__feature__``) runs for every later import and makes them slower — ~0.1 s of start-up
    on the 2-core machine (issue 13)."""
    import desktop.services.safety.auth  # noqa: F401
    import desktop.services.safety.backup  # noqa: F401
    import desktop.services.context  # noqa: F401
    import desktop.i18n.formatting  # noqa: F401  (Babel's locale data)
    import desktop.services.year.evaluation  # noqa: F401  (the home page's figures)
    import desktop.services.reporting.home  # noqa: F401
    import desktop.services.safety.integrity  # noqa: F401
    import desktop.services.safety.session  # noqa: F401
    import desktop.services.units  # noqa: F401


def freeze_start_up_objects() -> None:
    """Move every object alive once the window is up (modules, SQLAlchemy's and Qt's structures,
    ~100,000 tracked objects) out of the garbage collector's sight: a full collection then scans only what
    the screens make later, instead of stalling the GUI thread (or the task runner's thread, which
    holds the GIL) for 50–150 ms each time (issue 13: the GUI after a members change with 5,000
    members, 0.21 -> 0.07 s). Freed by reference counting as before; only reference cycles that
    were already garbage at this moment are never collected (a one-off few hundred KB at most)."""
    import gc

    from PySide6.QtWidgets import QApplication

    from desktop.ui import gc_guard

    gc.freeze()
    # Off since the first line of run_gui; from now on collected on the GUI thread only (a widget
    # freed by a collection on the task runner's thread crashes the process).
    gc_guard.install(QApplication.instance())


_T0 = None
_ORIGINAL_IMPORT = None  # builtins.__import__ before PySide6 replaced it


def trace(what: str) -> None:
    """``SOTHIDUA_TRACE_START=1``: print the time since ``run_gui`` began (start-up analysis)."""
    import os
    import time

    if os.environ.get("SOTHIDUA_TRACE_START") == "1":
        import threading

        print(
            f"[start] {(time.perf_counter() - _T0) * 1000:7.1f} ms  {threading.current_thread().name}: {what}",
            file=sys.stderr,
            flush=True,
        )


def _open_window(app, window) -> None:
    screen = app.primaryScreen()
    if screen is not None and screen.availableGeometry().width() <= 1440:
        window.showMaximized()  # the office PCs' 1366×768: use every pixel
    else:
        window.show()


def _exit_when_idle() -> None:
    """Leave as soon as the event loop is idle (a 0 ms timer runs once every pending event has
    been handled): the start-up benchmark times the whole process from outside."""
    import os

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: (trace("idle: exit"), sys.stdout.flush(), os._exit(0)))


def _bench_hooks(window) -> None:
    """``SOTHIDUA_EXIT_WHEN_IDLE=1``: leave once the home page shows its real figures (not its
    loading state) and the loop is idle; on a window without a home page, at the first idle."""
    import os

    if os.environ.get("SOTHIDUA_EXIT_WHEN_IDLE") != "1":
        return
    home = window.pages.get("home")
    if home is None or getattr(home, "is_loaded", True):
        _exit_when_idle()
    else:
        home.loaded.connect(lambda: (trace("home: data shown"), _exit_when_idle()))


def _finish_window(window, env, app) -> None:
    """What every start adds to the main window once the data is open."""
    from PySide6.QtCore import QTimer

    from desktop.ui import safety, sync_status

    safety.install(window, env)  # read-only banner, idle lock, daily backup, refusal messages
    sync_status.install(window, env)  # online sync: status bar + background sender (issue 9)
    QTimer.singleShot(0, freeze_start_up_objects)  # once the first screen is built and shown
    _bench_hooks(window)


def _make_app():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import APP_NAME
    from desktop.paths import icons_dir

    from desktop.ui.fonts import apply_interface_font

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("SoThiDua")
    app.setWindowIcon(QIcon(str(icons_dir() / "sothidua.png")))
    from desktop.ui import input_guard

    input_guard.install(app)  # the wizard and the login too: no wheel changes on unfocused inputs
    apply_interface_font(app)  # Segoe UI / a bundled font where the system's lacks Vietnamese
    return app


def run_gui(data_dir: Path) -> int:
    import gc
    import time

    import builtins

    global _T0, _ORIGINAL_IMPORT
    _T0 = time.perf_counter()
    if "PySide6" not in sys.modules:
        _ORIGINAL_IMPORT = builtins.__import__

    # No garbage collection while starting: ~230 collections cost ~80 ms, for ~1,000 objects of
    # garbage (a few hundred KB); back on, with the start-up objects frozen, once the window is up.
    gc.disable()
    from db.peek import peek
    from desktop.paths import DataDir

    import os

    seen = peek(DataDir(Path(data_dir)).database)
    if seen is not None and os.environ.get("SOTHIDUA_START") != "classic":  # classic: for comparison
        return _run_shell_first(Path(data_dir), seen)
    return _run_classic(data_dir)


def _run_classic(data_dir: Path) -> int:
    """One step after the other: first run (the wizard), upgrades, refusals, unreadable files."""
    from desktop.paths import DataDir
    from desktop.services import safety as quick_check

    quick_check.prefetch(DataDir(Path(data_dir)).database)  # on the second core while we import
    _import_core_first()
    from PySide6.QtWidgets import QMessageBox

    from desktop import APP_NAME

    app = _make_app()
    from desktop.ui import safety

    try:
        # Finishes an interrupted restore, quick-checks the file; on damage offers the newest
        # good backup or a read-only look (issue 8).
        ctx = safety.open_checked_context(data_dir)
        if ctx is None:
            return 3
    except Exception as exc:  # noqa: BLE001 - the user sees why, nothing is touched
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    env = build_env(ctx, app)
    if not safety.login(env):
        ctx.close()
        return 0
    from desktop.services.units import self_unit
    from desktop.ui.main_window import MainWindow

    if self_unit(ctx) is None:
        from desktop.ui.wizard import FirstRunWizard

        from desktop.ui import gc_guard

        gc_guard.install(app)  # a long interactive session: collect, on the GUI thread only
        wizard = FirstRunWizard(ctx, runner=env.runner, translator=env.translator)
        if wizard.exec() != FirstRunWizard.Accepted or wizard.created is None:
            ctx.close()
            return 0
    window = MainWindow(env)
    _open_window(app, window)
    _finish_window(window, env, app)
    try:
        return app.exec()
    finally:
        env.runner.wait(3000)  # a page's read still running: let it end before closing
        safety.backup_on_close(env)
        ctx.close()


def _first_home_data(ctx, language: str | None):
    """The home page's figures, read on the worker while the shell is on screen (also warms
    SQLAlchemy's mappers and statement cache for what the GUI reads next, and Babel's locale
    data for the percentages: ~16 ms the GUI thread no longer spends)."""
    try:
        from desktop.i18n.formatting import format_number, format_percent

        format_percent(0.5, locale=language or "vi")
        format_number(1.5, locale=language or "vi")
    except Exception:  # noqa: BLE001 - only a warm-up
        pass
    try:
        from desktop.services import reporting as home

        return home.home_data(ctx, charts=False)
    except Exception:  # noqa: BLE001 - the home page reads them again itself
        return None


class _Opening:
    """The data opened on a worker thread while the shell is on screen (issue 13)."""

    def __init__(self, data_dir: Path):
        import threading

        self.data_dir = data_dir
        self.state = None  # integrity.StartupState
        self.ctx = None
        self.login_required = False
        self.home = None  # the home page's first figures, read here (shown after any login)
        self.language: str | None = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._notify = None
        self.shell_shown = threading.Event()
        self._hook = None  # PySide6's import hook, bypassed by this thread while it imports
        self.done = False
        self._imported = False
        self.thread = threading.Thread(target=self._run, name="open_data", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        try:
            # Measured (issue 13): importing here while the GUI thread builds the shell only
            # shares the GIL — the shell came 40–50 ms later and the data no sooner. So the
            # worker starts once the shell is on screen (the quick check, in SQLite without
            # the GIL, runs from the start at a low priority); from then on the GUI thread still gets the GIL every few
            # milliseconds and stays responsive (longest stall while loading < 30 ms; ~130 ms
            # once, when the real pages are built and painted).
            self.shell_shown.wait(5)
            trace("worker: imports")
            try:
                _import_core_first()
            finally:
                self._imports_done()
            trace("worker: imported")
            from desktop.services import safety as auth, safety as integrity
            from desktop.services.units import app_setting

            # Finishes an interrupted restore, takes the quick check begun at the start.
            self.state = integrity.startup(self.data_dir)
            if not self.state.damaged:
                self.ctx = integrity.open_checked(self.data_dir, self.state)
                self.language = app_setting(self.ctx, "language", None)
                self.login_required = auth.login_required(self.ctx)
                trace("worker: data open")
                self.home = _first_home_data(self.ctx, self.language)
            trace("worker: done")
        except BaseException as exc:  # noqa: BLE001 - shown on the GUI thread
            self.error = exc
        with self._lock:
            self.done = True
            notify = self._notify
        if notify is not None:
            notify()

    def bypass_import_hook(self) -> None:
        """Called on the GUI thread right after PySide6 is imported. PySide6 replaces
        ``builtins.__import__`` with its ``__feature__`` hook, which makes every later import
        ~25 % slower (SQLAlchemy and the models: ~90 ms on the 2-core machine). The worker's
        imports are Qt-free (import-linter contracts), so while they run this thread uses the
        interpreter's own import and every other thread still goes through the hook; the hook
        is put back alone as soon as the worker's imports are done."""
        import builtins
        import threading

        hook = builtins.__import__
        original = _ORIGINAL_IMPORT
        if original is None or hook is original:
            return
        worker = self.thread.ident
        get_ident = threading.get_ident

        def importer(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
            if get_ident() == worker:
                return original(name, globals, locals, fromlist, level)
            return hook(name, globals, locals, fromlist, level)

        with self._lock:
            if self._imported:
                return
            self._hook = (hook, importer)
            builtins.__import__ = importer

    def _imports_done(self) -> None:
        import builtins

        with self._lock:
            self._imported = True
            if self._hook is not None:
                hook, importer = self._hook
                if builtins.__import__ is importer:
                    builtins.__import__ = hook
                self._hook = None

    def when_done(self, notify) -> None:
        """Call ``notify`` (from the worker thread: it must only post to the GUI thread) once
        done, at once when already done."""
        with self._lock:
            self._notify = notify
            done = self.done
        if done:
            notify()


def _lower_priority(thread_name: str) -> None:
    """Lower the OS priority of the running thread named ``thread_name`` (best effort)."""
    import os
    import threading

    thread = next((t for t in threading.enumerate() if t.name == thread_name), None)
    if thread is None or thread.native_id is None:
        return
    try:
        if sys.platform.startswith("linux"):
            os.setpriority(os.PRIO_PROCESS, thread.native_id, 10)  # per thread on Linux
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            handle = kernel32.OpenThread(0x0020, False, thread.native_id)  # THREAD_SET_INFORMATION
            if handle:
                kernel32.SetThreadPriority(handle, -1)  # THREAD_PRIORITY_BELOW_NORMAL
                kernel32.CloseHandle(handle)
    except (OSError, AttributeError, ValueError):
        pass  # only a speed matter


def _run_shell_first(data_dir: Path, seen) -> int:
    import os

    from desktop.paths import DataDir
    from desktop.services import safety as quick_check

    # The quick check (SQLite, without the GIL) from the very start, on the second core, at a
    # lower priority: when other programs keep the cores busy it gives way to the GUI thread.
    # Measured with the grassroots data (42 MB), load ~1: begun at normal priority it delayed the
    # shell (0.23 -> 0.36 s); begun only once the shell was shown it delayed the home data
    # (0.76 -> 0.83 s); at low priority from the start: 0.24 s and 0.76 s.
    quick_check.prefetch(DataDir(data_dir).database)
    _lower_priority("quick_check")
    import desktop.domain.units  # noqa: F401  (shared with the worker: imported before it starts)
    import desktop.services.changes  # noqa: F401

    opening = _Opening(data_dir)
    opening.start()
    from PySide6.QtCore import QObject, Signal

    opening.bypass_import_hook()
    from desktop.domain.units import Unit, UnitKind
    from desktop.ui.i18n import DEFAULT_LANGUAGE, Translator
    from desktop.ui.main_window import MainWindow

    trace("gui: imported")
    app = _make_app()
    trace("gui: QApplication")
    Translator(app).set_language(seen.language or DEFAULT_LANGUAGE)
    try:
        unit = Unit(code=seen.code, name=seen.name, kind=UnitKind(seen.kind))
    except ValueError:
        unit = None
    window = MainWindow.shell(unit, private=seen.private, language=seen.language or DEFAULT_LANGUAGE)
    trace("gui: shell built")
    _open_window(app, window)
    trace("gui: shell shown")
    opening.shell_shown.set()
    if os.environ.get("SOTHIDUA_EXIT_WHEN_IDLE") == "shell":
        _exit_when_idle()

    class Relay(QObject):
        ready = Signal()

    relay = Relay()
    outcome: dict = {"code": 0, "env": None}

    def ready() -> None:
        outcome["code"] = _follow_up(app, window, opening, outcome)
        if outcome["code"] is not None:
            app.exit(outcome["code"])

    relay.ready.connect(ready)  # queued: emitted from the worker thread
    opening.when_done(relay.ready.emit)
    try:
        code = app.exec()
    finally:
        opening.thread.join()  # the window closed while opening: let the worker finish first
        env = outcome["env"]
        if env is not None:
            from desktop.ui import safety

            env.runner.wait(3000)  # a page's read still running: let it end before closing
            safety.backup_on_close(env)
        ctx = env.ctx if env is not None else opening.ctx
        if ctx is not None:
            ctx.close()
    return code


def _follow_up(app, window, opening: _Opening, outcome: dict) -> int | None:
    """On the GUI thread once the worker is done: the same steps as the classic start after its
    ``open_checked_context``; an exit code to leave with, or None to go on."""
    from PySide6.QtWidgets import QMessageBox

    from desktop import APP_NAME
    from desktop.ui import safety

    trace("gui: data ready")
    ctx = opening.ctx
    must_ask = opening.login_required  # read on the worker
    try:
        if opening.error is not None:
            raise opening.error
        if ctx is None:  # damaged: the question, then the restore or a read-only look (issue 8)
            opening.thread.join()
            ctx = safety.open_checked_context(opening.data_dir)
            if ctx is None:
                return 3
            opening.ctx = ctx
            must_ask = True  # safety.login decides, as in the classic start
    except Exception as exc:  # noqa: BLE001 - the user sees why, nothing is touched
        window.hide()
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    env = build_env(ctx, app, language=opening.language)
    if must_ask and not safety.login(env, window):
        return 0  # nothing of the unit was shown; the context is closed on the way out
    outcome["env"] = env
    from desktop.services.units import self_unit

    if self_unit(ctx) is None:  # cannot happen after db.peek found it; the wizard just in case
        from desktop.ui.wizard import FirstRunWizard

        from desktop.ui import gc_guard

        gc_guard.install(app)
        window.hide()
        wizard = FirstRunWizard(ctx, runner=env.runner, translator=env.translator)
        if wizard.exec() != FirstRunWizard.Accepted or wizard.created is None:
            return 0
        _open_window(app, window)
    trace("gui: attaching")
    window.attach(env, prefetched={"home": opening.home} if opening.home is not None else None)
    _finish_window(window, env, app)
    trace("gui: attached")
    return None
