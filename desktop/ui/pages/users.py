"""Accounts and login ("Tài khoản"): who may use this computer's data and with which role,
login on/off, the idle lock, and the recovery code (issue 8 §4)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.access import Role
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import safety as auth
from desktop.services.changes import Changes
from desktop.services.safety import can, current_user
from desktop.ui.pages import Page, PageSpec
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected
from desktop.ui.writes import run_write


def role_label(role: Role, language: str) -> str:
    return catalog_text(role, "label", language)


class UserDialog(QDialog):
    """A new account: name, full name, role, password twice; messages under the form."""

    def __init__(self, language: str, parent: QWidget | None = None, *, first: bool = False):
        super().__init__(parent)
        self.setObjectName("user_dialog")
        self.username = QLineEdit()
        self.username.setObjectName("new_username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("new_full_name")
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for r in (Role.ADMIN, Role.STAFF, Role.VIEWER) if not first else (Role.ADMIN,):
            self.role.addItem(role_label(r, language), r.value)
        self.pw1, self.pw2 = QLineEdit(), QLineEdit()
        self.pw1.setObjectName("new_password")
        self.pw2.setObjectName("new_password2")
        for w in (self.pw1, self.pw2):
            w.setEchoMode(QLineEdit.Password)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, w in zip(self.labels, (self.username, self.full_name, self.role, self.pw1, self.pw2)):
            form.addRow(label, w)
        self.error = QLabel()
        self.error.setObjectName("user_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.setWindowTitle(self.tr("New account"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Account name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Password"),
                self.tr("Repeat the password"),
            ),
        ):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. hoa.nguyen"))
        self.setMinimumWidth(440)

    def _check(self) -> None:
        if self.pw1.text() != self.pw2.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            return
        self.accept()


class UsersPage(Page):
    def __init__(self, env):
        super().__init__(env)
        # Replaced in tests (no modal dialogs there).
        self.ask_new_user = self._ask_new_user
        self.ask_password = self._ask_password
        self.ask_role = self._ask_role
        self.show_code = self._show_code
        self.ask_admin_login = self._ask_admin_login
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.Yes

        self.roles_text = QLabel()
        self.roles_text.setObjectName("roles_text")
        self.roles_text.setWordWrap(True)
        self.model = RowsModel(
            [
                Col("username", lambda u: u.username),
                Col("full_name", lambda u: u.full_name),
                Col("role", lambda u: role_label(u.role, self.env.translator.language), sort=lambda u: -u.role.rank),
                Col("active", lambda u: self.tr("active") if u.active else self.tr("disabled")),
                Col(
                    "last",
                    lambda u: u.last_login_at.strftime("%d/%m/%Y %H:%M") if u.last_login_at else "",
                    sort=lambda u: (u.last_login_at is not None, u.last_login_at or 0),
                ),
            ]
        )
        self.model.colour = lambda u: None if u.active else ("#eeeeee", "#777777")
        self.view = make_table(self.model, "users_table")
        for col, w in enumerate((150, 220, 180, 100)):
            self.view.setColumnWidth(col, w)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("add_user")
        self.add_btn.clicked.connect(lambda: self.add_user())
        self.role_btn = QPushButton()
        self.role_btn.setObjectName("change_role")
        self.role_btn.clicked.connect(lambda: self.change_role())
        self.pw_btn = QPushButton()
        self.pw_btn.setObjectName("set_password")
        self.pw_btn.clicked.connect(lambda: self.set_password())
        self.active_btn = QPushButton()
        self.active_btn.setObjectName("toggle_active")
        self.active_btn.clicked.connect(lambda: self.toggle_active())
        self.code_btn = QPushButton()
        self.code_btn.setObjectName("new_recovery_code")
        self.code_btn.clicked.connect(lambda: self.new_code())
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.role_btn, self.pw_btn, self.active_btn, self.code_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.login_box = QGroupBox()
        self.login_mode = QComboBox()
        self.login_mode.setObjectName("login_mode")
        for mode in ("auto", "on", "off"):
            self.login_mode.addItem(mode, mode)
        self.idle = QSpinBox()
        self.idle.setObjectName("idle_lock_minutes")
        self.idle.setRange(0, 480)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("save_login_settings")
        self.save_btn.clicked.connect(lambda: self.save_settings())
        self.mode_label, self.idle_label = QLabel(), QLabel()
        self.state = QLabel()
        self.state.setObjectName("login_state")
        self.state.setWordWrap(True)
        self.login_mode.setMinimumWidth(300)
        self.idle.setMaximumWidth(90)
        lf = QFormLayout()
        lf.addRow(self.mode_label, self.login_mode)
        lf.addRow(self.idle_label, self.idle)
        lb = QHBoxLayout(self.login_box)
        lb.addLayout(lf)
        lb.addWidget(self.state, 1)
        lb.addWidget(self.save_btn)

        lay = QVBoxLayout(self)
        lay.addWidget(self.roles_text)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.login_box)
        self.retranslate()
        self.reload()

    def watches(self):
        return ("users", "settings")

    def retranslate(self) -> None:
        self.roles_text.setText(
            self.tr(
                "Roles: “Secretary / administrator” does everything, including submitting and signing, "
                "accounts and restoring backups; “Staff” records and edits; “Viewer” reads and prints "
                "only. With no account, whoever uses this computer has every right."
            )
        )
        self.model.set_titles(
            [self.tr("Account"), self.tr("Full name"), self.tr("Role"), self.tr("State"), self.tr("Last login")]
        )
        self.add_btn.setText(self.tr("Add an account…"))
        self.role_btn.setText(self.tr("Change the role…"))
        self.pw_btn.setText(self.tr("Set the password…"))
        self.active_btn.setText(self.tr("Disable / enable"))
        self.code_btn.setText(self.tr("New recovery code…"))
        self.login_box.setTitle(self.tr("Login"))
        self.mode_label.setText(self.tr("Ask for a login at start"))
        for i, text in enumerate(
            (self.tr("automatic: from the second account on"), self.tr("always"), self.tr("never"))
        ):
            self.login_mode.setItemText(i, text)
        self.idle_label.setText(self.tr("Lock after minutes without use (0 = never)"))
        self.save_btn.setText(self.tr("Save"))
        self._update_state()

    def reload(self) -> None:
        ctx = self.env.ctx
        self.users = auth.list_users(ctx)
        self.model.set_rows(self.users)
        settings = auth.safety_settings(ctx)
        self.login_mode.setCurrentIndex(max(0, self.login_mode.findData(settings["login_mode"])))
        self.idle.setValue(settings["idle_lock_minutes"])
        admin = can(ctx, "admin") and not ctx.uow.read_only
        first = not self.users
        for w in (self.role_btn, self.active_btn, self.code_btn, self.login_mode, self.idle, self.save_btn):
            w.setEnabled(admin and not first)
        self.add_btn.setEnabled(admin)
        self.pw_btn.setEnabled(not first and (admin or current_user(ctx) is not None))
        self._update_state()

    def _update_state(self) -> None:
        if not hasattr(self, "users"):
            return
        required = auth.login_required(self.env.ctx)
        self.state.setText(self.tr("Login is required now.") if required else self.tr("Login is not required now."))

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def _ask_new_user(self, first: bool):
        dlg = UserDialog(self.env.translator.language, self, first=first)
        if dlg.exec() != QDialog.Accepted:
            return None
        return (dlg.username.text(), dlg.pw1.text(), dlg.role.currentData(), dlg.full_name.text())

    def _ask_password(self, username: str):
        pw, ok = QInputDialog.getText(
            self, self.tr("New password"), self.tr("New password for {0}:").format(username), QLineEdit.Password
        )
        if not ok:
            return None
        again, ok = QInputDialog.getText(
            self, self.tr("New password"), self.tr("Repeat the new password:"), QLineEdit.Password
        )
        if not ok:
            return None
        if pw != again:
            QMessageBox.warning(self, self.tr("New password"), self.tr("The two passwords are not the same."))
            return None
        return pw

    def _ask_role(self, user):
        lang = self.env.translator.language
        items = [role_label(r, lang) for r in (Role.ADMIN, Role.STAFF, Role.VIEWER)]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Role"),
            self.tr("Role of {0}:").format(user.username),
            items,
            items.index(role_label(user.role, lang)),
            False,
        )
        return (Role.ADMIN, Role.STAFF, Role.VIEWER)[items.index(text)] if ok else None

    def _ask_admin_login(self) -> bool:
        from desktop.ui.login import LoginDialog

        return LoginDialog(self.env.ctx, self, for_accounts=True).exec() == QDialog.Accepted

    def admin_present(self) -> bool:
        """Accounts exist but login is off and nobody logged in: whoever sits at the PC proves
        they are the administrator before managing accounts (desktop/services/safety/auth.py,
        require_account_admin). The first account needs no one: it makes the administrator."""
        if not self.users or current_user(self.env.ctx) is not None:
            return True
        if not self.ask_admin_login():
            return False
        self.env.bus.emit(Changes.of("users"))  # the header and this page show who is logged in
        return True

    def _show_code(self, code: str) -> None:
        from desktop.services.units import self_unit
        from desktop.ui.login import RecoveryCodeDialog

        unit = self_unit(self.env.ctx)
        RecoveryCodeDialog(code, self, unit_name=unit.name if unit else "").exec()

    # ---------------------------------------------------------------- actions
    def add_user(self) -> None:
        if not self.admin_present():
            return
        answer = self.ask_new_user(not self.users)
        if not answer:
            return
        username, password, role, full_name = answer
        ctx, first = self.env.ctx, not self.users

        def work():
            added = auth.add_user(ctx, username, password, role, full_name)
            if first:
                # The first account: the person at the PC becomes that administrator.
                from desktop.services.safety import apply_user

                apply_user(ctx, added.user)
            return added

        def done(added):
            if added.recovery_code:
                self.show_code(added.recovery_code)
            if added.login_turned_on:
                self.inform(
                    self.tr("Login turned on"),
                    self.tr("This computer now has two accounts: from the next start everyone logs in with their own."),
                )

        run_write(self, work, then=done)

    def change_role(self) -> None:
        user = selected(self.view, self.model)
        if user is None or not self.admin_present():
            return
        role, ctx = self.ask_role(user), self.env.ctx
        if role is not None:
            run_write(
                self,
                lambda: auth.set_role(ctx, user.username, role),
                then=lambda ok: self.env.bus.emit(Changes.of("users")) if ok else None,
            )

    def set_password(self) -> None:
        user = selected(self.view, self.model)
        me = current_user(self.env.ctx)
        if user is None or (not can(self.env.ctx, "admin") and (me is None or user.username != me.username)):
            user = me
        if user is None or (me is None and not self.admin_present()):
            return
        pw, ctx = self.ask_password(user.username), self.env.ctx
        if pw:
            run_write(
                self,
                lambda: auth.set_password(ctx, user.username, pw),
                then=lambda ok: (
                    self.inform(self.tr("Password"), self.tr("The password of {0} was changed.").format(user.username))
                    if ok
                    else None
                ),
            )

    def toggle_active(self) -> None:
        user, ctx = selected(self.view, self.model), self.env.ctx
        if user is not None and self.admin_present():
            run_write(
                self,
                lambda: auth.set_active(ctx, user.username, not user.active),
                then=lambda ok: self.env.bus.emit(Changes.of("users")) if ok else None,
            )

    def new_code(self) -> None:
        if not self.admin_present():
            return
        # The code kept on paper stops working: ask first (issue 11: confirmation for destructive actions).
        if not self.confirm(
            self.tr("New recovery code"),
            self.tr("Make a new recovery code? The code you kept before stops working; write down the new one."),
        ):
            return
        ctx = self.env.ctx
        run_write(self, lambda: auth.new_recovery_code(ctx), then=lambda code: self.show_code(code) if code else None)

    def save_settings(self) -> None:
        ctx = self.env.ctx
        wanted = (("login_mode", self.login_mode.currentData()), ("idle_lock_minutes", self.idle.value()))
        current = auth.safety_settings(ctx)
        if all(current[k] == v for k, v in wanted):
            return
        # who must log in is the administrator's decision, as the accounts are (auth.require_account_admin)
        if not self.admin_present():
            return

        def work():
            current, changes = auth.safety_settings(ctx), None
            for key, value in wanted:
                if current[key] != value:
                    c = auth.set_safety_setting(ctx, key, value)
                    changes = c if changes is None else changes | c
            return changes

        run_write(self, work)


PAGE = PageSpec(
    key="users",
    order=870,
    title=QT_TRANSLATE_NOOP("Navigation", "Accounts"),
    factory=UsersPage,
    available=lambda unit: unit is not None,
    icon="users.svg",
)
