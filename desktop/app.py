"""The one place that builds everything: settings, database, services, QApplication, window."""

from __future__ import annotations

import sys
from pathlib import Path


def build_env(ctx, app, *, synchronous: bool = False):
    from desktop.ui.env import ChangeBus, UiEnv
    from desktop.ui.i18n import DEFAULT_LANGUAGE, Translator
    from desktop.ui.tasks import SyncTaskRunner, TaskRunner
    from desktop.services.units import app_setting

    translator = Translator(app)
    translator.set_language(app_setting(ctx, "language", DEFAULT_LANGUAGE))
    runner = SyncTaskRunner() if synchronous else TaskRunner()
    return UiEnv(ctx=ctx, runner=runner, bus=ChangeBus(), translator=translator)


def _import_core_first() -> None:
    """Import the Qt-free stack the first screen needs (SQLAlchemy, the models, the services of
    the safety checks and of the home page) BEFORE PySide6: once PySide6 is loaded, its import
    hook (``__feature__``) runs for every later import and makes them slower — ~0.1 s of start-up
    on the 2-core machine (issue 13)."""
    import desktop.services.auth  # noqa: F401
    import desktop.services.backup  # noqa: F401
    import desktop.services.context  # noqa: F401
    import desktop.i18n.formatting  # noqa: F401  (Babel's locale data)
    import desktop.services.evaluation  # noqa: F401  (the home page's figures)
    import desktop.services.home  # noqa: F401
    import desktop.services.integrity  # noqa: F401
    import desktop.services.session  # noqa: F401
    import desktop.services.units  # noqa: F401


def freeze_start_up_objects() -> None:
    """Move every object alive once the window is up (modules, SQLAlchemy's and Qt's structures,
    ~100,000 tracked objects) out of the garbage collector's sight: a full collection then scans only what
    the screens make later, instead of stalling the GUI thread (or the task runner's thread, which
    holds the GIL) for 50–150 ms each time (issue 13: the GUI after a members change with 5,000
    members, 0.21 -> 0.07 s). Freed by reference counting as before; only reference cycles that
    were already garbage at this moment are never collected (a one-off few hundred KB at most)."""
    import gc

    gc.freeze()
    gc.enable()  # off since the first line of run_gui


def run_gui(data_dir: Path) -> int:
    import gc

    # No garbage collection while starting: ~230 collections cost ~80 ms, for ~1,000 objects of
    # garbage (a few hundred KB); back on, with the start-up objects frozen, once the window is up.
    gc.disable()
    from desktop.paths import DataDir
    from desktop.services import quick_check

    quick_check.prefetch(DataDir(Path(data_dir)).database)  # on the second core while we import
    _import_core_first()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("SoThiDua")
    from PySide6.QtGui import QIcon

    from desktop.paths import icons_dir

    app.setWindowIcon(QIcon(str(icons_dir() / "sothidua.png")))
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

        gc.enable()  # a long interactive session: collect as usual
        wizard = FirstRunWizard(ctx)
        if wizard.exec() != FirstRunWizard.Accepted or wizard.created is None:
            ctx.close()
            return 0
    window = MainWindow(env)
    safety.install(window, env)  # read-only banner, idle lock, daily backup, refusal messages
    from desktop.ui import sync_status

    sync_status.install(window, env)  # online sync: status bar + background sender (issue 9)
    screen = app.primaryScreen()
    if screen is not None and screen.availableGeometry().width() <= 1440:
        window.showMaximized()  # the office PCs' 1366×768: use every pixel
    else:
        window.show()
    import os

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, freeze_start_up_objects)  # once the first screen is built and shown
    if os.environ.get("SOTHIDUA_EXIT_WHEN_IDLE") == "1":
        # Start-up benchmark (tests/bench): leave as soon as the shown window's event loop is
        # idle (a 0 ms timer runs once every pending event has been handled); timed from outside.
        QTimer.singleShot(0, lambda: (sys.stdout.flush(), os._exit(0)))
    try:
        return app.exec()
    finally:
        safety.backup_on_close(env)
        ctx.close()
