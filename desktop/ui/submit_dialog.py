""" "Nộp" in one dialog (issue 17 item 2): what is submitted and for which period (taken from the
registration, the quarter or the year-end dossier, never typed again), the package built and put
in the outbox, sent to the hub when one is configured and answers, otherwise "Lưu tệp để gửi qua
Zalo/USB" under a name a person recognises; the status line says where the package is.

When the unit's profile has no upper-level code yet, the dialog asks for it here (it is stored
in Cài đặt → Hồ sơ đơn vị) instead of refusing to send."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import exchange as sending
from desktop.services.changes import Changes
from desktop.services.units import self_unit
from desktop.ui.files import save_file

KIND_TITLES = {
    "registration": QT_TRANSLATE_NOOP("SubmitDialog", "Registration for “Chi đoàn XHCN” {0}"),
    "quarterly": QT_TRANSLATE_NOOP("SubmitDialog", "Quarterly progress report, quarter {1} of {0}"),
    "year-end": QT_TRANSLATE_NOOP("SubmitDialog", "Year-end result and proposal for recognition {0}"),
}


class SubmitDialog(QDialog):
    """Build, send or save one submission. ``sent`` carries the SendResult once it is built."""

    sent = Signal(object)

    def __init__(self, env, kind: str, period: str, quarter: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("submit_dialog")
        self.env, self.kind, self.period, self.quarter = env, kind, period, quarter
        self.result_: sending.SendResult | None = None
        self.setWindowTitle(self.tr("Submit to the upper level"))
        self.setMinimumWidth(560)

        self.what = QLabel(self.tr(KIND_TITLES[kind]).format(period, quarter or ""))
        self.what.setObjectName("submit_what")
        self.what.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.what.setWordWrap(True)

        # the upper level: named when known, asked for when missing
        self.parent_box = QWidget()
        pl = QVBoxLayout(self.parent_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.parent_hint = QLabel(
            self.tr(
                "This unit's profile has no upper-level code yet, so the package has no addressee. If your Đoàn cơ "
                "sở sent an invitation, accept it in Settings (it fills in the name, code and key). Otherwise type its "
                "code here; it is saved in Settings → Unit profile, where you can change it later."
            )
        )
        self.parent_hint.setWordWrap(True)
        self.parent_hint.setStyleSheet("color: #7a4b00;")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Upper-level code:")))
        self.parent_code = QLineEdit()
        self.parent_code.setObjectName("submit_parent_code")
        self.parent_code.setPlaceholderText(self.tr("e.g. DCS-LECHAN"))
        row.addWidget(self.parent_code, 1)
        pl.addWidget(self.parent_hint)
        pl.addLayout(row)
        self.to_label = QLabel()
        self.to_label.setObjectName("submit_to")
        self.to_label.setWordWrap(True)

        self.evidence = QCheckBox(self.tr("With evidence files (photos and scans attached to the activities)"))
        self.evidence.setObjectName("submit_with_evidence")
        self.evidence.setVisible(kind in ("registration", "year-end"))

        self.status = QLabel()
        self.status.setObjectName("submit_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status.setMinimumHeight(60)

        self.send_btn = QPushButton(self.tr("Submit"))
        self.send_btn.setObjectName("submit_send")
        self.send_btn.clicked.connect(self.build)
        self.save_btn = QPushButton(self.tr("Save the file to send by Zalo/USB…"))
        self.save_btn.setObjectName("submit_save_file")
        self.save_btn.clicked.connect(self.save)
        self.save_btn.setEnabled(False)
        self.close_btn = QPushButton(self.tr("Close"))
        self.close_btn.setObjectName("submit_close")
        self.close_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_btn)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.close_btn)

        lay = QVBoxLayout(self)
        lay.addWidget(self.what)
        lay.addWidget(self.to_label)
        lay.addWidget(self.parent_box)
        lay.addWidget(self.evidence)
        lay.addWidget(self.status, 1)
        lay.addLayout(buttons)
        self._show_parent()

    # ------------------------------------------------------------------ steps
    def _show_parent(self):
        me = self_unit(self.env.ctx)
        has = bool(me and me.parent_code)
        self.parent_box.setVisible(not has)
        if has:
            from desktop.services.exchange import parent_name

            name = parent_name(self.env.ctx, me)  # as the invitation or the enrolment gave it
            self.to_label.setText(self.tr("To: {0}").format(f"{name} ({me.parent_code})" if name else me.parent_code))
        self.to_label.setVisible(has)

    def build(self):
        """Build the package, put it in the outbox, and send it to the hub when there is one."""
        ctx, kind, period, quarter = self.env.ctx, self.kind, self.period, self.quarter
        code = self.parent_code.text().strip() if self.parent_box.isVisible() else None
        if self.parent_box.isVisible() and not code:
            self._fail(self.tr("Type the upper-level code first."))
            return
        evidence = self.evidence.isChecked() and self.evidence.isVisible()
        self.send_btn.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Building the package…"))

        def work():
            if code:
                sending.set_parent_code(ctx, code)
            return sending.submit_and_send(ctx, kind, period, quarter, evidence=evidence)

        self.env.runner.run(
            work, on_done=self._built, on_error=self._error, parent=self, label=self.tr("Building the package…")
        )

    def _built(self, res: sending.SendResult):
        self.result_ = res
        self._show_parent()
        self.env.bus.emit(Changes.of("sync", "documents", "unit"))
        if res.sent:
            text = self.tr(
                "Sent to the upper level through the sync server. You will see “received” here and "
                "in Send and receive once they have imported it."
            )
        elif res.hub_configured:
            text = self.tr(
                "The sync server could not be reached ({0}): the package waits in the outbox and is "
                "sent automatically later. To send it now, save the file and send it by Zalo or on a "
                "USB stick."
            ).format(res.hub_error or "")
        else:
            text = self.tr(
                "The package is ready in the outbox. Save the file and send it to the upper level by "
                "Zalo, e-mail or on a USB stick."
            )
        self.status.setStyleSheet("color: #1d5e20;")
        self.status.setText(text + "\n" + self._where(res.item))
        self.save_btn.setEnabled(True)
        self.send_btn.setVisible(False)  # built: what is left is to save the file (or nothing)
        self.evidence.setEnabled(False)
        if not res.sent:
            self.save_btn.setDefault(True)
            self.save_btn.setFocus()
        self.sent.emit(res)

    def save(self):
        if self.result_ is None:
            return
        pid = self.result_.item.package_id
        path = save_file(
            self, self.tr("Save the package file"), self.result_.file_name, self.tr("Sổ Thi Đua packages (*.stpkg)")
        )
        if not path:
            return
        ctx = self.env.ctx

        def work():
            from desktop.services import exchange as sync

            written = sending.save_file(ctx, pid, Path(path))
            return written, sync.outbox_item(ctx, pid)

        def done(result):
            written, item = result
            self.env.bus.emit(Changes.of("sync"))
            self.status.setStyleSheet("color: #1d5e20;")
            self.status.setText(
                self.tr("Saved: {0}\nSend this file to the upper level by Zalo, e-mail or on a USB stick.").format(
                    written
                )
                + "\n"
                + self._where(item)
            )

        self.env.runner.run(work, on_done=done, on_error=self._error, parent=self)

    def _where(self, item) -> str:
        return sending.where(item, self.env.translator.language)

    def _error(self, exc, tb):
        from desktop.services.errors import user_message

        self.send_btn.setEnabled(self.result_ is None)
        self._fail(str(exc) if isinstance(exc, DomainError) else (user_message(exc) or f"{type(exc).__name__}: {exc}"))

    def _fail(self, text: str):
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)


def open_submit_dialog(
    env, kind: str, period: str, quarter: int | None = None, parent=None, start: bool = True
) -> SubmitDialog:
    """Open the dialog (window-modal, not blocking) and start building at once when the upper
    level is known: the click on "Nộp" on the page is the one step."""
    dlg = SubmitDialog(env, kind, period, quarter, parent)
    dlg.setAttribute(Qt.WA_DeleteOnClose, True)  # deleted by Qt when closed, never left to the garbage collector
    dlg.setWindowModality(Qt.WindowModal)
    dlg.show()
    if start and not dlg.parent_box.isVisible():
        # built at once (the click on "Nộp" was the step): evidence files are added from Gửi – nhận
        dlg.evidence.setVisible(False)
        dlg.build()
    return dlg


class SendDownDialog(QDialog):
    """A Đoàn cơ sở sends what it decided down to its branches in one step: the packages are built
    and put in the outbox, sent to the hub when one is configured, otherwise saved as files (one
    per branch, named after it) to send by Zalo or on a USB stick."""

    def __init__(self, env, title: str, work, parent: QWidget | None = None, ready_text: str | None = None):
        super().__init__(parent)
        self.setObjectName("send_down_dialog")
        self.env, self.work, self.ready_text = env, work, ready_text
        self.items = []
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.what = QLabel(title)
        self.what.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.status = QLabel()
        self.status.setObjectName("send_down_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status.setMinimumHeight(80)
        self.save_btn = QPushButton(self.tr("Save the files to send by Zalo/USB…"))
        self.save_btn.setObjectName("send_down_save")
        self.save_btn.setEnabled(False)
        self.save_btn.clicked.connect(self.save)
        self.close_btn = QPushButton(self.tr("Close"))
        self.close_btn.setObjectName("send_down_close")
        self.close_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.close_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.what)
        lay.addWidget(self.status, 1)
        lay.addLayout(buttons)

    def build(self):
        ctx, work = self.env.ctx, self.work
        self.status.setText(self.tr("Building the packages…"))

        def run():
            items = work()
            return items, *sending.deliver_now(ctx, [i.package_id for i in items])

        def done(result):
            self.items, configured, sent, err = result
            self.env.bus.emit(Changes.of("sync"))
            lines = [f"• {i.title}" for i in self.items]
            if configured and sent == len(self.items):
                head = self.tr("Sent through the sync server.")
            elif configured:
                head = self.tr(
                    "The sync server could not be reached ({0}): the packages wait in the outbox. To "
                    "send them now, save the files."
                ).format(err or "")
            else:
                head = self.ready_text or self.tr(
                    "The packages are ready in the outbox. Save the files and send "
                    "each branch its file by Zalo, e-mail or on a USB stick."
                )
            self.status.setStyleSheet("color: #1d5e20;")
            self.status.setText(head + "\n" + "\n".join(lines))
            self.save_btn.setEnabled(bool(self.items))
            if not (configured and sent == len(self.items)):
                self.save_btn.setDefault(True)

        def failed(exc, tb):
            self.status.setStyleSheet("color: #b00020;")
            self.status.setText(str(exc))

        self.env.runner.run(run, on_done=done, on_error=failed, parent=self, label=self.tr("Building the packages…"))

    def save(self):
        from desktop.ui.files import choose_folder

        folder = choose_folder(self, self.tr("Save the files in a folder"))
        if not folder:
            return
        ctx, ids = self.env.ctx, [i.package_id for i in self.items]

        def run():
            return [sending.save_file(ctx, pid, Path(folder)) for pid in ids]

        def done(paths):
            self.env.bus.emit(Changes.of("sync"))
            self.status.setText(
                self.tr("Saved in {0}:").format(folder) + "\n" + "\n".join(f"• {p.name}" for p in paths)
            )

        self.env.runner.run(run, on_done=done, parent=self, on_error=lambda exc, tb: self.status.setText(str(exc)))


def open_send_down_dialog(env, title: str, work, parent=None, ready_text: str | None = None) -> SendDownDialog:
    dlg = SendDownDialog(env, title, work, parent, ready_text)
    dlg.setAttribute(Qt.WA_DeleteOnClose, True)
    dlg.setWindowModality(Qt.WindowModal)
    dlg.show()
    dlg.build()
    return dlg
