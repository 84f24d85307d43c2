"""“Kết nối máy chủ” on the Gửi – nhận page (issue 24): the hub address, an optional CA file, the
explicit acknowledgement that plain http is acceptable, “Thử kết nối” naming the exact problem,
“Lưu” taking effect at once, and a visible “Gửi – nhận ngay”. Everything that touches the network
or the database runs on the task runner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.services.changes import Changes

OK_STYLE = "background: #d8f0d8; color: #1d5e20; padding: 3px;"
BAD_STYLE = "background: #f8d7d5; color: #8a1c14; padding: 3px;"
INFO_STYLE = "color: #333333; padding: 3px;"


def _online():
    from desktop.services import exchange as online_sync

    return online_sync


class HubConnectionBox(QGroupBox):
    def __init__(self, env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("hub_connection")
        self.url = QLineEdit()
        self.url.setObjectName("hub_url")
        self.url.setClearButtonEnabled(True)
        self.test_btn = QPushButton()
        self.test_btn.setObjectName("hub_test")
        self.test_btn.clicked.connect(self.test)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("hub_save")
        self.save_btn.clicked.connect(self.save)
        self.now_btn = QPushButton()
        self.now_btn.setObjectName("hub_send_now")
        self.now_btn.clicked.connect(self.send_now)
        self.ca = QLineEdit()
        self.ca.setObjectName("hub_ca_file")
        self.ca.setReadOnly(True)
        self.ca_btn = QPushButton()
        self.ca_btn.setObjectName("hub_ca_choose")
        self.ca_btn.clicked.connect(self._choose_ca)
        self.ca_clear = QPushButton()
        self.ca_clear.setObjectName("hub_ca_clear")
        self.ca_clear.clicked.connect(lambda: self.ca.setText(""))
        self.allow_http = QCheckBox()
        self.allow_http.setObjectName("hub_allow_http")
        self.result = QLabel()
        self.result.setObjectName("hub_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.accept_btn = QPushButton()
        self.accept_btn.setObjectName("hub_accept_key")
        self.accept_btn.clicked.connect(self._accept_key)
        self.accept_btn.setVisible(False)
        self.url_label = QLabel()
        self.url_label.setBuddy(self.url)
        self.ca_label = QLabel()
        self.ca_label.setBuddy(self.ca_btn)
        row1 = QHBoxLayout()
        row1.addWidget(self.url_label)
        row1.addWidget(self.url, 1)
        row1.addWidget(self.test_btn)
        row1.addWidget(self.save_btn)
        row1.addWidget(self.now_btn)
        row2 = QHBoxLayout()
        row2.addWidget(self.ca_label)
        row2.addWidget(self.ca, 1)
        row2.addWidget(self.ca_btn)
        row2.addWidget(self.ca_clear)
        row2.addWidget(self.allow_http)
        row3 = QHBoxLayout()
        row3.addWidget(self.result, 1)
        row3.addWidget(self.accept_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(3)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addLayout(row3)
        self.diagnosis = None
        self.busy = False
        self.retranslate()
        env.bus.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------ text
    def retranslate(self) -> None:
        self.setTitle(self.tr("Hub connection (online sending)"))
        self.url_label.setText(self.tr("Hub address:"))
        self.url.setPlaceholderText(
            self.tr("https://… (given by the upper level)")
            if self._party()
            else self.tr("https://… (given by the city Youth Union)")
        )
        self.test_btn.setText(self.tr("Test connection"))
        self.save_btn.setText(self.tr("Save"))
        self.now_btn.setText(self.tr("Send – receive now"))
        self.now_btn.setToolTip(
            self.tr(
                "Sends every waiting package and fetches what waits at the hub. "
                "This also happens by itself within seconds of queuing a package, "
                "and every minute and a half while the app is open."
            )
        )
        self.ca_label.setText(self.tr("CA certificate:"))
        self.ca.setPlaceholderText(self.tr("not needed for a public https certificate"))
        self.ca_btn.setText(self.tr("Choose…"))
        self.ca_clear.setText(self.tr("Clear"))
        self.allow_http.setText(self.tr("Allow unencrypted http (trusted internal network)"))
        self.allow_http.setToolTip(
            self.tr(
                "With http, member names, votes and volunteer days travel readable on "
                "the network. Your acknowledgement is recorded with your name and the "
                "time."
            )
        )
        self.accept_btn.setText(self.tr("Accept the new hub key"))

    def changeEvent(self, e):
        from PySide6.QtCore import QEvent

        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # ------------------------------------------------------------------ data
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("settings"):
            self.reload()

    def reload(self) -> None:
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: _online().connection(ctx), on_done=self._show, on_error=lambda exc, tb: None, parent=self
        )

    def _show(self, conn) -> None:
        if not self.url.isModified():
            self.url.setText(conn.url or "")
        self.ca.setText(conn.ca_file or "")
        self.allow_http.setChecked(conn.allow_http)
        if self.diagnosis is None and not self.result.text():
            if conn.url and conn.hub_fingerprint:
                self._say(
                    self.tr("Connected before to this hub (key fingerprint {0}…).").format(conn.hub_fingerprint[:19]),
                    INFO_STYLE,
                )
            elif not conn.url and self._party():  # the Party line: no Thành đoàn in its words (issue 20)
                self._say(
                    self.tr(
                        "No hub address yet: packages are sent as files (Export…). Enter the address "
                        "the upper level gave you, then Test connection and Save."
                    ),
                    INFO_STYLE,
                )
            elif not conn.url:
                self._say(
                    self.tr(
                        "No hub address yet: packages are sent as files (Export…). Enter the address "
                        "the city Youth Union gave you, then Test connection and Save."
                    ),
                    INFO_STYLE,
                )

    def _party(self) -> bool:
        from desktop.services.units import self_unit

        try:
            unit = self_unit(self.env.ctx)
        except Exception:  # noqa: BLE001 - no unit yet: the Union's words
            return False
        return unit is not None and unit.kind.is_party

    def _say(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)

    def _choose_ca(self) -> None:
        from desktop.ui.files import open_file

        path = open_file(
            self, self.tr("CA certificate of the hub"), self.tr("Certificates (*.pem *.crt *.cer);;All files (*)")
        )
        if path:
            self.ca.setText(str(path))

    def _settings(self):
        return self.url.text().strip(), (self.ca.text().strip() or None), self.allow_http.isChecked()

    def _busy(self, on: bool) -> None:
        self.busy = on
        for b in (self.test_btn, self.save_btn, self.now_btn):
            b.setEnabled(not on)

    # ------------------------------------------------------------------ actions
    def test(self) -> None:
        url, ca, allow = self._settings()
        ctx = self.env.ctx
        self._busy(True)
        self.accept_btn.setVisible(False)
        self._say(self.tr("Testing the connection to {0}…").format(url or "—"), INFO_STYLE)
        self.env.runner.run(
            lambda: _online().test_connection(ctx, url, ca_file=ca, allow_http=allow),
            on_done=self._tested,
            on_error=self._error,
            parent=self,
        )

    def _tested(self, d) -> None:
        self._busy(False)
        self.diagnosis = d
        self._say(d.message, OK_STYLE if d.ok else BAD_STYLE)
        self.accept_btn.setVisible(d.kind == "hub_changed" and bool(d.hub_key))

    def _error(self, exc, tb) -> None:
        self._busy(False)
        self._say(str(exc), BAD_STYLE)

    def save(self, accept_key: str | None = None) -> None:
        url, ca, allow = self._settings()
        ctx = self.env.ctx
        if allow and url.startswith("http://"):
            box = QMessageBox(
                QMessageBox.Warning,
                self.tr("Unencrypted connection"),
                self.tr(
                    "With http, member names, votes and volunteer days travel readable on the "
                    "network to {0}. Allow it anyway? Your name and the time are recorded."
                ).format(url),
                QMessageBox.Yes | QMessageBox.No,
                self,
            )
            box.setObjectName("hub_http_confirm")
            box.button(QMessageBox.Yes).setText(self.tr("Allow http"))
            box.button(QMessageBox.No).setText(self.tr("Cancel"))
            box.setDefaultButton(QMessageBox.No)
            if box.exec() != QMessageBox.Yes:
                return
        self._busy(True)

        def work():
            return _online().save_connection(ctx, url, ca_file=ca, allow_http=allow, accept_key=accept_key)

        self.env.runner.run(work, on_done=self._saved, on_error=self._save_failed, parent=self)

    def _saved(self, changes) -> None:
        self._busy(False)
        self.url.setModified(False)
        self.accept_btn.setVisible(False)
        self.env.bus.emit(changes)
        url = self.url.text().strip()
        if url:
            self._say(self.tr("Saved. Sending and receiving through {0} starts now.").format(url), OK_STYLE)
            self.send_now()
        else:
            self._say(self.tr("Saved: online sending is off; packages are sent as files."), INFO_STYLE)

    def _save_failed(self, exc, tb) -> None:
        self._busy(False)
        if isinstance(exc, DomainError):
            self._say(str(exc), BAD_STYLE)
        else:
            self._say(self.tr("Could not save: {0}").format(exc), BAD_STYLE)

    def _accept_key(self) -> None:
        if self.diagnosis is not None and self.diagnosis.hub_key:
            self.save(accept_key=self.diagnosis.hub_key)

    def send_now(self) -> None:
        """The same round as the status bar's: one sender for the whole window."""
        sender = getattr(self.env.window, "sync_status", None) if self.env.window is not None else None
        if sender is not None:
            sender.sync_now()
            return
        ctx = self.env.ctx
        self._busy(True)
        self.env.runner.run(
            lambda: _online().sync_now(ctx), on_done=self._round_done, on_error=self._error, parent=self
        )

    def _round_done(self, res) -> None:
        self._busy(False)
        if res.error:
            self._say(res.error, BAD_STYLE)
        else:
            self._say(
                self.tr("Sent {0}, received {1}; {2} still waiting.").format(
                    len(res.sent), len(res.received), res.pending
                ),
                OK_STYLE,
            )
        self.env.bus.emit(Changes.of("sync"))


class RevokeKeyMenu(QObject):
    """Right-click (or the menu key) on a unit below in the enrolled units table: "Thu hồi khóa"
    when its key is lost or stolen. Revoked here at once; the hub is told on the next round, and
    from there everyone who deals with that unit (issue 24)."""

    def __init__(self, env, view):
        super().__init__(view)
        self.env, self.view = env, view
        view.setContextMenuPolicy(Qt.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu)

    def _unit_at(self, pos):
        index = self.view.indexAt(pos)
        if not index.isValid():
            return None
        return self.view.model().row(index.row())

    def _menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        unit = self._unit_at(pos)
        menu = QMenu(self.view)
        act = menu.addAction(self.tr("Revoke this unit's key (lost or stolen)…"))
        act.setEnabled(unit is not None and unit.relation == "child")
        if menu.exec(self.view.viewport().mapToGlobal(pos)) is act and unit is not None:
            self.revoke(unit)

    def revoke(self, unit) -> None:
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Revoke a key"),
            self.tr(
                "Revoke the key {0} of {1} ({2})? Nothing signed with it will be accepted any "
                "more, here or at the hub. The unit must then make a new key and have it "
                "confirmed."
            ).format(unit.fingerprint, unit.name, unit.unit_code),
            QMessageBox.Yes | QMessageBox.No,
            self.view.window(),
        )
        box.setObjectName("revoke_confirm")
        box.button(QMessageBox.Yes).setText(self.tr("Revoke"))
        box.button(QMessageBox.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.No)
        if box.exec() != QMessageBox.Yes:
            return
        ctx, code = self.env.ctx, unit.unit_code

        def done(changes):
            self.env.bus.emit(changes)
            QMessageBox.information(
                self.view.window(),
                self.tr("Revoke a key"),
                self.tr("The key of {0} is revoked here. The hub is told on the next send – receive round.").format(
                    code
                ),
            )

        self.env.runner.run(
            lambda: _online().revoke_child_key(ctx, code),
            on_done=done,
            on_error=lambda exc, tb: QMessageBox.warning(self.view.window(), self.tr("Revoke a key"), str(exc)),
            parent=self.view,
        )
