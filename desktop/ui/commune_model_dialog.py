"""Build a commune's local model in a form (issue 20 item 2): a name and its criteria, each with a
kind (times per week / month / quarter / year, a percentage, a value against a target, yes/no, none
to happen), its level, and what records it (a kind of the log, or the model's own activities)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.commune import COUNT_PERIODS, CRITERION_KINDS, LOG_KINDS, LocalCriterion

_COUNTED = [k for k in LOG_KINDS if LOG_KINDS[k].numbers is None and k not in ("model_activity", "dan_van_model")]


class LocalModelDialog(QDialog):
    COLS = 5  # content, kind, level, period, recorded by

    def __init__(self, parent):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New local model"))
        self.title = QLineEdit()
        self.title.setObjectName("local_model_title")
        self.title.setPlaceholderText(self.tr("e.g. Đặc khu Cát Hải “5 An”"))
        self.table = QTableWidget(0, self.COLS)
        self.table.setObjectName("local_model_criteria")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Kind"), self.tr("Level"), self.tr("Each"), self.tr("Recorded as")]
        )
        for col, w in enumerate((280, 150, 90, 80, 200)):
            self.table.setColumnWidth(col, w)
        self.table.verticalHeader().setVisible(False)
        self.add_btn = QPushButton(self.tr("Add an indicator"))
        self.add_btn.setObjectName("local_model_add_row")
        self.add_btn.clicked.connect(lambda: self.add_row())
        self.remove_btn = QPushButton(self.tr("Remove the selected indicator"))
        self.remove_btn.setObjectName("local_model_remove_row")
        self.remove_btn.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.hint = QLabel(
            self.tr(
                "Level: times for a count, % for a percentage, the target for a value. "
                "“The model's own activity” is recorded in the commune log under this "
                "indicator."
            )
        )
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name of the model:"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        rows = QHBoxLayout()
        rows.addWidget(self.add_btn)
        rows.addWidget(self.remove_btn)
        rows.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.table, 1)
        lay.addLayout(rows)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.add_row()
        self.resize(860, 460)

    def add_row(self) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(""))
        kind = QComboBox()
        for k, label in CRITERION_KINDS.items():
            kind.addItem(label, k)
        level = QDoubleSpinBox()
        level.setRange(0, 1_000_000)
        level.setDecimals(1)
        level.setValue(1)
        period = QComboBox()
        for k, label in COUNT_PERIODS.items():
            period.addItem(label, k)
        period.setCurrentIndex(period.findData("year"))
        source = QComboBox()
        source.addItem(self.tr("The model's own activity"), None)
        for k in _COUNTED:
            source.addItem(QCoreApplication.translate("CommuneLogKind", LOG_KINDS[k].label_en), k)
        for col, w in ((1, kind), (2, level), (3, period), (4, source)):
            self.table.setCellWidget(r, col, w)
        kind.currentIndexChanged.connect(lambda _i, r=r: self._kind_changed(r))
        self._kind_changed(r)
        return r

    def _kind_changed(self, r: int) -> None:
        kind = self.table.cellWidget(r, 1).currentData()
        self.table.cellWidget(r, 2).setEnabled(kind in ("count", "percent", "value"))
        self.table.cellWidget(r, 3).setEnabled(kind == "count")
        self.table.cellWidget(r, 4).setEnabled(kind in ("count", "zero"))
        if kind == "percent":
            self.table.cellWidget(r, 2).setValue(100)

    def criteria(self) -> list[LocalCriterion]:
        out = []
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            title = item.text().strip() if item else ""
            kind = self.table.cellWidget(r, 1).currentData()
            if not title:
                continue
            out.append(
                LocalCriterion(
                    title,
                    kind,
                    self.table.cellWidget(r, 2).value() if kind in ("count", "percent", "value") else None,
                    self.table.cellWidget(r, 3).currentData(),
                    self.table.cellWidget(r, 4).currentData() if kind in ("count", "zero") else None,
                )
            )
        return out
