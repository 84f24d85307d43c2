"""Data safety wired into the GUI (issue 8), called from desktop/app.py:

- ``open_checked_context``: finish an interrupted restore, quick-check the file; on damage
  offer the newest good backup or a read-only look, never silently continue;
- ``login``: the login dialog when the installation requires it;
- ``install``: a banner when the data is read-only (damaged file, viewer account), the acting
  account in the status bar, File menu actions (back up now, lock), the idle lock, the daily
  automatic backup, and one message box for refused writes from any screen;
- ``backup_on_close``: the backup made when the app closes.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QToolBar, QWidget

from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.paths import DataDir
from desktop.services import safety as auth, safety as backup, safety as integrity
from desktop.services.safety import ReadOnlyError, current_user, read_only_reason, role_of

AUTO_BACKUP_FIRST_MS = 20_000
AUTO_BACKUP_EVERY_MS = 30 * 60_000


class DamagedDialog(QMessageBox):
    """The start-up question when the data file is damaged."""

    def __init__(self, state: integrity.StartupState, parent=None):
        super().__init__(parent)
        self.setObjectName("damaged_dialog")
        self.setIcon(QMessageBox.Critical)
        self.setWindowTitle(self.tr("The data file is damaged"))
        good = state.newest_good
        text = (
            self.tr("Sổ Thi Đua found damage in its data file:")
            + "\n"
            + "\n".join("• " + p for p in state.problems[:4])
        )
        if good:
            text += "\n\n" + self.tr("The newest good backup is from {0}.").format(
                good.created_at.strftime("%d/%m/%Y %H:%M")
            )
        else:
            text += "\n\n" + self.tr("No good backup was found in the backups folder.")
        self.setText(text)
        if state.unreadable:
            self.setInformativeText(
                self.tr(
                    "The file is too damaged to be opened even for reading. Restoring keeps a copy of "
                    "the damaged file in the quarantine folder."
                )
            )
        else:
            self.setInformativeText(
                self.tr(
                    "Restoring keeps a copy of the damaged file in the quarantine folder. Opening "
                    "read-only lets you look and print, but nothing can be changed."
                )
            )
        self.restore_btn = (
            self.addButton(self.tr("Restore the newest good backup"), QMessageBox.AcceptRole) if good else None
        )
        # A file SQLite cannot read at all (its schema damaged) cannot be looked at either.
        self.read_only_btn = (
            None if state.unreadable else self.addButton(self.tr("Open read-only"), QMessageBox.ActionRole)
        )
        self.quit_btn = self.addButton(self.tr("Quit"), QMessageBox.RejectRole)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_btn:
            return "restore"
        if clicked is not None and clicked is self.read_only_btn:
            return "read_only"
        return "quit"


def _ask_damaged(state) -> str:
    dlg = DamagedDialog(state)
    dlg.exec()
    return dlg.choice()


def open_checked_context(data_dir: Path, *, ask=_ask_damaged):
    """The context for the GUI, or None when the user chose to quit."""
    state = integrity.startup(data_dir)
    if state.damaged:
        if ask is _ask_damaged:
            from desktop.ui.i18n import DEFAULT_LANGUAGE, Translator

            Translator(QApplication.instance()).set_language(DEFAULT_LANGUAGE)  # settings unreadable
        choice = ask(state)
        if choice == "quit":
            return None
        if choice == "restore" and state.newest_good is not None:
            # Nothing reliable to log in against on a damaged file; the damaged copy is kept.
            backup.restore_backup(DataDir(Path(data_dir)).ensure(), state.newest_good.path, actor="khôi phục khi mở")
            state = integrity.startup(data_dir)
    return integrity.open_checked(data_dir, state)


def login(env, parent: QWidget | None = None) -> bool:
    """True when the user may go on (logged in, or no login required)."""
    from desktop.ui.login import LoginDialog

    if not auth.login_required(env.ctx):
        return True
    return LoginDialog(env.ctx, parent).exec() == QDialog.Accepted


class SafetyBanner(QToolBar):
    """A red bar above the pages whenever changes are refused (damaged file, viewer)."""

    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("safety_banner")
        self.setMovable(False)
        self.setFloatable(False)
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel()
        self.label.setObjectName("safety_banner_text")
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("safety_banner_restore")
        self.button.clicked.connect(lambda: env.navigate("backups"))
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        self.addWidget(box)
        self.setStyleSheet(
            "QToolBar { background: #fbe3e1; border-bottom: 1px solid #c0392b; } "
            "QLabel { color: #7b1d12; font-weight: bold; }"
        )
        env.bus.changed.connect(lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        ctx = self.env.ctx
        damaged = read_only_reason(ctx)
        viewer = not role_of(ctx).can_write
        self.button.setVisible(bool(damaged))
        if damaged:
            self.label.setText(
                self.tr(
                    "The data file is damaged: it is open read-only and no change "
                    "can be saved. Restore the newest good backup."
                )
            )
            self.button.setText(self.tr("Backups and restore…"))
        elif viewer:
            self.label.setText(
                self.tr("You are logged in with the Viewer role: you can read and print, but not change anything.")
            )
        self.setVisible(bool(damaged or viewer))

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.refresh()
        super().changeEvent(e)


class UserBadge(QLabel):
    def __init__(self, env):
        super().__init__()
        self.env = env
        self.setObjectName("user_badge")
        env.bus.changed.connect(lambda _c: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        user = current_user(self.env.ctx)
        if user is None:
            self.setText("")
            return
        role = catalog_text(user.role, "label", self.env.translator.language)
        self.setText(self.tr("Account: {0} ({1})").format(user.username, role))

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.refresh()
        super().changeEvent(e)


class SafetyWiring(QWidget):
    """Owns the timers and menu actions; a hidden child of the main window."""

    def __init__(self, window, env):
        super().__init__(window)
        from desktop.ui.login import IdleLock

        self.window, self.env = window, env
        self.hide()
        self.banner = SafetyBanner(env, window)
        window.addToolBar(Qt.TopToolBarArea, self.banner)
        self.badge = UserBadge(env)
        window.statusBar().addPermanentWidget(self.badge)
        self.act_backup = QAction(window)
        self.act_backup.setObjectName("action_backup_now")
        self.act_backup.triggered.connect(self.backup_now)
        self.act_lock = QAction(window)
        self.act_lock.setObjectName("action_lock")
        self.act_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.act_lock.triggered.connect(self.lock_now)
        menu = getattr(window, "menu_file", None)
        if menu is not None:
            before = getattr(window, "act_quit", None)
            for act in (self.act_backup, self.act_lock):
                menu.insertAction(before, act) if before else menu.addAction(act)
        self.idle = IdleLock(env, window)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        QTimer.singleShot(AUTO_BACKUP_FIRST_MS, self.auto_backup)
        self.retranslate()

    def retranslate(self) -> None:
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_lock.setText(self.tr("&Lock / switch account"))
        self.act_lock.setVisible(auth.login_required(self.env.ctx))

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def auto_backup(self) -> None:
        ctx = self.env.ctx

        def done(info):
            if info is not None:
                # when, not the file's name: the backups are listed by date on the Backups page
                self.window.statusBar().showMessage(
                    self.tr("Automatic backup made at {0} (see Backups).").format(datetime.now().strftime("%H:%M")),
                    8000,
                )

        self.env.runner.run(
            lambda: backup.auto_backup_if_due(ctx),
            on_done=done,
            on_error=lambda exc, tb: self.window.statusBar().showMessage(
                self.tr("Automatic backup failed: {0}").format(exc), 15000
            ),
        )

    def backup_now(self) -> None:
        ctx = self.env.ctx

        def done(info):
            QMessageBox.information(
                self.window, self.tr("Backup made"), self.tr("The data was backed up to:\n{0}").format(info.path)
            )
            self.env.bus.emit(_backups_changed())

        self.env.runner.run(
            lambda p, c: backup.backup_now(ctx, progress=p, cancel=c),
            on_done=done,
            on_error=lambda exc, tb: show_refusal(self.window, exc),
            label=self.tr("Backing up…"),
            parent=self.window,
        )

    def lock_now(self) -> None:
        if current_user(self.env.ctx) is not None and not self.idle.is_locked:
            self.idle.lock()


def _backups_changed():
    from desktop.services.changes import Changes

    return Changes.of("backups")


def show_refusal(parent, exc: BaseException) -> bool:
    """One Vietnamese message box for refused or invalid actions; True if it was one."""
    from desktop.services.errors import user_message

    if isinstance(exc, (ReadOnlyError, DomainError)):
        text = str(exc)
    else:
        text = user_message(exc)
    if text is None:
        return False
    QMessageBox.warning(parent, QApplication.translate("Safety", "Not done"), text)
    return True


def _install_excepthook(window) -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        try:
            if show_refusal(window, exc):
                return
        except Exception:  # noqa: BLE001
            pass
        previous(exc_type, exc, tb)

    sys.excepthook = hook


def install(window, env) -> SafetyWiring:
    wiring = SafetyWiring(window, env)
    _install_excepthook(window)
    return wiring


def backup_on_close(env) -> None:
    try:
        backup.backup_on_close(env.ctx)
    except Exception as exc:  # noqa: BLE001 - closing must not fail; the next start retries
        print(f"Không sao lưu được khi đóng: {exc}", file=sys.stderr)
