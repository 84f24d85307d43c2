"""The Đoàn cơ sở's dialogs for what flows down (issue 17 item 5): return a branch's submission
for correction with a reason per criterion; relay an alert (CD-1.3) or a share request (CD-1.4)
to every branch. The packages go into the outbox (and to the hub when one is configured)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.bilingual import catalog_text


class ReturnDialog(QDialog):
    """What to return (registration, a quarter's report, the year-end dossier), a reason for each
    criterion concerned, and a general note."""

    def __init__(self, branch_name: str, period: str, catalog, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("return_dialog")
        self.setWindowTitle(self.tr("Return for correction — {0}").format(branch_name))
        self.setMinimumSize(720, 520)
        self.what = QComboBox()
        self.what.setObjectName("return_what")
        for key, text in (
            ("registration", self.tr("Registration")),
            ("quarterly", self.tr("Quarterly report")),
            ("year-end", self.tr("Year-end result and proposal")),
        ):
            self.what.addItem(text, key)
        self.quarter = QSpinBox()
        self.quarter.setObjectName("return_quarter")
        self.quarter.setRange(1, 4)
        self.what.currentIndexChanged.connect(
            lambda _i: self.quarter.setEnabled(self.what.currentData() == "quarterly")
        )
        self.quarter.setEnabled(False)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("return_reasons")
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("What to correct")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setColumnWidth(0, 300)
        self.table.verticalHeader().setVisible(False)
        for c in catalog.criteria if catalog else ():
            r = self.table.rowCount()
            self.table.insertRow(r)
            head = QTableWidgetItem(f"{c.id}  {catalog_text(c, 'title', lang)}")
            head.setFlags(Qt.ItemIsEnabled)
            head.setData(Qt.UserRole, c.id)
            self.table.setItem(r, 0, head)
            self.table.setItem(r, 1, QTableWidgetItem(""))
        self.note = QLineEdit()
        self.note.setObjectName("return_note")
        self.note.setPlaceholderText(self.tr("e.g. the signature of the secretary is missing"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Period:"), QLabel(period))
        form.addRow(self.tr("Return:"), self.what)
        form.addRow(self.tr("Quarter:"), self.quarter)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Return to the branch"))
        buttons.button(QDialogButtonBox.Ok).setObjectName("return_ok")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Reasons, criterion by criterion (leave the others empty):")))
        lay.addWidget(self.table, 1)
        f2 = QFormLayout()
        f2.addRow(self.tr("General note:"), self.note)
        lay.addLayout(f2)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def reasons(self) -> list[tuple[str | None, str]]:
        out = []
        for r in range(self.table.rowCount()):
            text = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            if text:
                out.append((self.table.item(r, 0).data(Qt.UserRole), text))
        if self.note.text().strip():
            out.append((None, self.note.text().strip()))
        return out

    def _accept(self):
        if not self.reasons():
            self.error.setText(self.tr("Write what the branch should correct (for at least one criterion)."))
            return
        self.accept()

    def values(self) -> dict:
        kind = self.what.currentData()
        return {
            "kind": kind,
            "quarter": self.quarter.value() if kind == "quarterly" else None,
            "reasons": self.reasons(),
        }


class AlertDialog(QDialog):
    """Relay a CD-1.3 alert or a CD-1.4 share request to every branch, once."""

    def __init__(self, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("alert_dialog")
        self.setWindowTitle(self.tr("Alert or share request to the branches"))
        self.setMinimumWidth(640)
        self.criterion = QComboBox()
        self.criterion.setObjectName("alert_criterion")
        self.criterion.addItem(self.tr("CD-1.3 — warning about harmful (“xấu, độc”) information"), "CD-1.3")
        self.criterion.addItem(self.tr("CD-1.4 — request to share positive information"), "CD-1.4")
        self.title = QLineEdit()
        self.title.setObjectName("alert_title")
        self.content = QPlainTextEdit()
        self.content.setObjectName("alert_content")
        self.content.setFixedHeight(90)
        self.link = QLineEdit()
        self.link.setObjectName("alert_link")
        self.link.setPlaceholderText("https://…")
        self.source = QLineEdit()
        self.source.setObjectName("alert_source")
        self.source.setPlaceholderText(self.tr("e.g. the city Youth Union's propaganda board"))
        self.issued = QDateEdit(QDate(today.year, today.month, today.day))
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat("dd/MM/yyyy")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.criterion)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Content:"), self.content)
        form.addRow(self.tr("Link:"), self.link)
        form.addRow(self.tr("Issued by:"), self.source)
        form.addRow(self.tr("Date:"), self.issued)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Send to every branch"))
        buttons.button(QDialogButtonBox.Ok).setObjectName("alert_ok")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Each branch receives it in its log, ready to record with one click.")))
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def _accept(self):
        if not self.title.text().strip():
            self.error.setText(self.tr("Write the title of the alert or request."))
            return
        self.accept()

    def values(self) -> dict:
        d = self.issued.date()
        return {
            "criterion": self.criterion.currentData(),
            "title": self.title.text().strip(),
            "content": self.content.toPlainText().strip() or None,
            "link": self.link.text().strip() or None,
            "source": self.source.text().strip() or None,
            "issued_on": date(d.year(), d.month(), d.day()),
        }
