"""A Đoàn cấp trên returns a Đoàn cơ sở's summary for correction (issue 23): a reason per branch
concerned (with the criterion, when one is meant), a reason for the whole summary, and a note.
The verdict goes down through desktop/services/exchange/approval.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ReturnSummaryDialog(QDialog):
    """``branches``: (code, name) of the branches inside the summary."""

    def __init__(self, unit_name: str, summary_text: str, period: str, branches, parent=None):
        super().__init__(parent)
        self.setObjectName("return_summary_dialog")
        self.setWindowTitle(self.tr("Return the summary for correction — {0}").format(unit_name))
        self.setMinimumSize(720, 480)
        self.general = QLineEdit()
        self.general.setObjectName("return_summary_general")
        self.general.setPlaceholderText(self.tr("e.g. the totals do not match the annex"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("return_summary_reasons")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Branch"), self.tr("Criterion (optional)"), self.tr("What to correct")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 130)
        self.table.verticalHeader().setVisible(False)
        for code, name in branches:
            r = self.table.rowCount()
            self.table.insertRow(r)
            head = QTableWidgetItem(f"{name} ({code})")
            head.setFlags(Qt.ItemIsEnabled)
            head.setData(Qt.UserRole, code)
            self.table.setItem(r, 0, head)
            self.table.setItem(r, 1, QTableWidgetItem(""))
            self.table.setItem(r, 2, QTableWidgetItem(""))
        self.note = QLineEdit()
        self.note.setObjectName("return_summary_note")
        self.note.setPlaceholderText(self.tr("e.g. send it again before 15/11"))
        self.error = QLabel()
        self.error.setObjectName("return_summary_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Summary:"), QLabel(f"{summary_text} {period}"))
        form.addRow(self.tr("Reason for the whole summary:"), self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Return to the Đoàn cơ sở"))
        buttons.button(QDialogButtonBox.Ok).setObjectName("return_summary_ok")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Reasons, branch by branch (leave the others empty):")))
        lay.addWidget(self.table, 1)
        f2 = QFormLayout()
        f2.addRow(self.tr("General note:"), self.note)
        lay.addLayout(f2)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        # the red line speaks of the reasons: it goes once one is being written
        self.general.textChanged.connect(lambda _t: self.error.clear())
        self.table.itemChanged.connect(lambda _i: self.error.clear())

    def set_reason(self, code: str, reason: str, criterion: str = "") -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.UserRole) == code:
                self.table.item(r, 1).setText(criterion)
                self.table.item(r, 2).setText(reason)
                return
        raise KeyError(code)

    def reasons(self) -> list[tuple[str | None, str | None, str]]:
        out: list[tuple[str | None, str | None, str]] = []
        if self.general.text().strip():
            out.append((None, None, self.general.text().strip()))
        for r in range(self.table.rowCount()):
            text = (self.table.item(r, 2).text() or "").strip()
            if text:
                crit = (self.table.item(r, 1).text() or "").strip().upper() or None
                out.append((self.table.item(r, 0).data(Qt.UserRole), crit, text))
        return out

    def note_text(self) -> str:
        return self.note.text().strip()

    def _accept(self) -> None:
        if not self.reasons():
            self.error.setText(self.tr("Write at least one reason, so that the Đoàn cơ sở knows what to correct."))
            return
        self.accept()
