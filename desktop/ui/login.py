"""Login, the idle lock, password recovery with the printed code (issue 8 §4)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.access import Role
from desktop.domain.errors import DomainError
from desktop.services import safety as auth
from desktop.services.safety import apply_user, current_user
from desktop.services.units import app_setting, self_unit, set_app_setting


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("login_error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class LoginDialog(QDialog):
    """Log in at start, or unlock after the idle lock (``locked_user`` given)."""

    def __init__(
        self, ctx, parent: QWidget | None = None, *, locked_user: str | None = None, for_accounts: bool = False
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.user = None
        self.locked_user = locked_user
        # Login is off and nobody logged in, but accounts are to be managed: only an administrator
        # may, so the administrator logs in here (the rest of the app goes on without a login).
        self.for_accounts = for_accounts
        self.setObjectName("login_dialog")
        self.setModal(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.unit = QLabel()
        self.unit.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.username = QComboBox()
        self.username.setObjectName("login_username")
        self.username.setEditable(True)
        for u in auth.list_users(ctx):
            if u.active:
                self.username.addItem(u.username)
        last = locked_user or app_setting(ctx, "last_user", None)
        if last:
            self.username.setCurrentText(last)
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.Password)
        self.error = _error_label()
        self.form = QFormLayout()
        self.user_label, self.password_label = QLabel(), QLabel()
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.forgot = QPushButton()
        self.forgot.setObjectName("forgot_password")
        self.forgot.setFlat(True)
        self.forgot.setStyleSheet("text-align: left; color: #1f4a80; text-decoration: underline;")
        self.forgot.clicked.connect(self._forgot)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.unit)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.forgot)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        (self.password if last else self.username).setFocus()

    def retranslate(self) -> None:
        unit = self_unit(self.ctx) if not self.ctx.uow.read_only else None
        self.unit.setText(unit.name if unit else "Sổ Thi Đua")
        if self.locked_user:
            self.setWindowTitle(self.tr("Sổ Thi Đua is locked"))
            self.intro.setText(
                self.tr(
                    "The screen was locked because nobody used it for a while. Enter the password to "
                    "continue, or log in as another account."
                )
            )
        elif self.for_accounts:
            self.setWindowTitle(self.tr("Log in — Sổ Thi Đua"))
            self.intro.setText(
                self.tr(
                    "Only the secretary / administrator manages the accounts of this computer: log in "
                    "with the administrator account to go on."
                )
            )
        else:
            self.setWindowTitle(self.tr("Log in — Sổ Thi Đua"))
            self.intro.setText(self.tr("This computer's data is protected: log in with your account."))
        self.user_label.setText(self.tr("Account"))
        self.password_label.setText(self.tr("Password"))
        self.forgot.setText(self.tr("Forgot the administrator password?"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(
            self.tr("Cancel")
            if self.for_accounts
            else self.tr("Quit")
            if not self.locked_user
            else self.tr("Close Sổ Thi Đua")
        )

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def try_login(self) -> bool:
        name = self.username.currentText().strip()
        try:
            user = auth.authenticate(self.ctx, name, self.password.text())
        except DomainError as exc:
            self.error.setText(str(exc))
            self.password.clear()
            self.password.setFocus()
            return False
        if self.for_accounts and user.role is not Role.ADMIN:
            self.error.setText(
                self.tr("{0} is not an administrator account: log in as the secretary / administrator.").format(
                    user.username
                )
            )
            self.password.clear()
            return False
        self.user = user
        apply_user(self.ctx, user)
        try:
            set_app_setting(self.ctx, "last_user", user.username) if user.role.can_write else None
        except Exception:  # noqa: BLE001 - read-only data: remembering the name is optional
            pass
        self.accept()
        return True

    def _forgot(self) -> None:
        dlg = RecoveryDialog(self.ctx, self)
        if dlg.exec() == QDialog.Accepted:
            self.username.setCurrentText(dlg.username.text().strip())
            self.password.clear()
            self.error.setText(self.tr("The password was reset. Log in with the new password."))


class RecoveryDialog(QDialog):
    """Reset an administrator's password with the printed recovery code (no back door)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.new_code: str | None = None
        # Shows the new code (modal); tests replace it.
        self.show_new_code: Callable[[str], object] = lambda code: RecoveryCodeDialog(code, self).exec()
        self.setObjectName("recovery_dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("recovery_username")
        self.code = QLineEdit()
        self.code.setObjectName("recovery_code")
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        self.pw1, self.pw2 = QLineEdit(), QLineEdit()
        self.pw1.setObjectName("recovery_password")
        self.pw2.setObjectName("recovery_password2")
        for w in (self.pw1, self.pw2):
            w.setEchoMode(QLineEdit.Password)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, w in zip(self.labels, (self.username, self.code, self.pw1, self.pw2)):
            form.addRow(label, w)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset the administrator password"))
        self.intro.setText(
            self.tr(
                "Type the recovery code printed when the administrator account was created. It works "
                "once: a new code is shown afterwards, print it and keep it in a safe place."
            )
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Administrator account"),
                self.tr("Recovery code"),
                self.tr("New password"),
                self.tr("Repeat the new password"),
            ),
        ):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Reset the password"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def submit(self) -> bool:
        if self.pw1.text() != self.pw2.text():
            self.error.setText(self.tr("The two new passwords are not the same."))
            return False
        try:
            self.new_code = auth.recover_with_code(self.ctx, self.code.text(), self.username.text(), self.pw1.text())
        except DomainError as exc:
            self.error.setText(str(exc))
            return False
        self.show_new_code(self.new_code)
        self.accept()
        return True


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code once, with a Print button."""

    def __init__(self, code: str, parent: QWidget | None = None, *, unit_name: str = ""):
        super().__init__(parent)
        self.code = code
        self.unit_name = unit_name
        self.setObjectName("recovery_code_dialog")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recovery_code_text")
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignCenter)
        self.print_btn = QPushButton()
        self.print_btn.setObjectName("print_recovery_code")
        self.print_btn.clicked.connect(self._print)
        self.done_btn = QPushButton()
        self.done_btn.setObjectName("recovery_code_done")
        self.done_btn.clicked.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addWidget(self.code_label)
        lay.addWidget(self.print_btn)
        lay.addWidget(self.done_btn)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery code"))
        self.text.setText(
            self.tr(
                "This is the only way to reset a forgotten administrator password: there is no master "
                "password. It is shown only now. Print it (or copy it onto paper) and keep it locked "
                "away, apart from the computer."
            )
        )
        self.print_btn.setText(self.tr("Print…"))
        self.done_btn.setText(self.tr("I have printed or copied the code"))

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(
            "<h2>"
            + self.tr("Sổ Thi Đua — administrator recovery code")
            + "</h2>"
            + (f"<p>{self.unit_name}</p>" if self.unit_name else "")
            + f"<p style='font-size:20pt; font-family:monospace'><b>{self.code}</b></p>"
            + "<p>"
            + self.tr(
                "Use it when the administrator password is forgotten: on the login "
                "screen choose “Forgot the administrator password?”, or run "
                "sothidua user recover ACCOUNT --code CODE. It works once."
            )
            + "</p>"
        )
        return doc

    def print_to(self, printer) -> None:
        self.document().print_(printer)

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.Accepted:
            self.print_to(printer)


class IdleLock(QObject):
    """Locks the window after ``minutes`` without keyboard or mouse input (setting
    ``idle_lock_minutes``; 0 = never). Only when login is on."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        env,
        window: QWidget,
        *,
        clock: Callable[[], float] = time.monotonic,
        ask: Callable[[str], object] | None = None,
    ):
        super().__init__(window)
        self.env, self.window, self.clock = env, window, clock
        self.last = clock()
        self.is_locked = False
        self._ask = ask
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QApplication.instance().installEventFilter(self)

    def minutes(self) -> int:
        return int(auth.safety_settings(self.env.ctx)["idle_lock_minutes"])

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel):
            self.last = self.clock()
        return False

    def check(self) -> bool:
        if self.is_locked or current_user(self.env.ctx) is None:
            return False
        minutes = self.minutes()
        if minutes <= 0 or not auth.login_required(self.env.ctx):
            return False
        if self.clock() - self.last >= minutes * 60:
            self.lock()
            return True
        return False

    def lock(self) -> None:
        self.is_locked = True
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None:
            central.setVisible(False)  # nobody reads the members' data on an unattended screen
        self.locked.emit()
        before = current_user(self.env.ctx)
        result = self._ask(before.username) if self._ask else self._dialog(before.username)
        if result is None:
            QApplication.instance().quit()
            return
        if central is not None:
            central.setVisible(True)
        self.is_locked = False
        self.last = self.clock()
        if result.username != before.username or result.role != before.role:
            from desktop.services.safety import all_changes

            self.env.bus.emit(all_changes())  # another account: its role applies everywhere
        self.unlocked.emit()

    def _dialog(self, username: str):
        dlg = LoginDialog(self.env.ctx, self.window, locked_user=username)
        return dlg.user if dlg.exec() == QDialog.Accepted else None
