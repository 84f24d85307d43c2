"""The unit profile form, shared by the first-run wizard and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind


class UnitForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("unit_name")
        self.code = QLineEdit()
        self.code.setObjectName("unit_code")
        self.kind = QComboBox()
        self.kind.setObjectName("unit_kind")
        self.branch_type = QComboBox()
        self.branch_type.setObjectName("unit_branch_type")
        self.grade = QSpinBox()
        self.grade.setObjectName("unit_grade")
        self.grade.setRange(0, 12)
        self.all_party = QCheckBox()
        self.all_party.setObjectName("unit_all_party")
        self.parent_code = QLineEdit()
        self.parent_code.setObjectName("unit_parent")
        self.error = QLabel()
        self.error.setObjectName("unit_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        for k in UnitKind:
            self.kind.addItem(k.label_vi, k.value)
        for b in BranchType:
            self.branch_type.addItem(b.label_vi, b.value)

        self.form = QFormLayout()
        self.form.addRow("", self.name)
        self.form.addRow("", self.code)
        self.form.addRow("", self.kind)
        self.form.addRow("", self.branch_type)
        self.form.addRow("", self.grade)
        self.form.addRow("", self.all_party)
        self.form.addRow("", self.parent_code)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addStretch(1)
        self.kind.currentIndexChanged.connect(self._update_enabled)
        self.branch_type.currentIndexChanged.connect(self._update_enabled)
        for w in (self.name, self.code, self.parent_code):
            w.textChanged.connect(self.changed)
        self.retranslate()
        self._update_enabled()

    def retranslate(self) -> None:
        labels = [self.tr("Unit name"), self.tr("Unit code"), self.tr("Kind of unit"),
                  self.tr("Branch type"), self.tr("Grade (student branches)"), "",
                  self.tr("Parent unit code")]
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.LabelRole)
            if item and item.widget():
                item.widget().setText(text)
        self.all_party.setText(self.tr("100% of members are Party members"))
        self.name.setPlaceholderText(self.tr("e.g. Chi đoàn Tổ dân phố số 3"))
        self.code.setPlaceholderText(self.tr("e.g. CD-TDP3 (letters without accents, digits, -)"))
        self.parent_code.setPlaceholderText(self.tr("e.g. DCS-LECHAN (optional)"))
        self.grade.setSpecialValueText(self.tr("Not a student branch"))
        lang_vi = QLocale().language() == QLocale.Language.Vietnamese
        for i, k in enumerate(UnitKind):
            self.kind.setItemText(i, k.label_vi if lang_vi else k.label_en)
        for i, b in enumerate(BranchType):
            self.branch_type.setItemText(i, b.label_vi if lang_vi else b.label_en)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_enabled(self) -> None:
        is_branch = self.kind.currentData() == UnitKind.CHI_DOAN.value
        self.branch_type.setEnabled(is_branch)
        self.all_party.setEnabled(is_branch)
        school = is_branch and self.branch_type.currentData() == BranchType.TRUONG_HOC.value
        self.grade.setEnabled(school)
        if not school:
            self.grade.setValue(0)
        self.changed.emit()

    def set_unit(self, unit: Unit) -> None:
        self.name.setText(unit.name)
        self.code.setText(unit.code)
        self.kind.setCurrentIndex(self.kind.findData(unit.kind.value))
        if unit.branch_type:
            self.branch_type.setCurrentIndex(self.branch_type.findData(unit.branch_type.value))
        self.grade.setValue(unit.grade or 0)
        self.all_party.setChecked(unit.all_party_members)
        self.parent_code.setText(unit.parent_code or "")

    def unit(self) -> Unit:
        """The entered unit, validated; shows the Vietnamese message next to the form on error."""
        is_branch = self.kind.currentData() == UnitKind.CHI_DOAN.value
        unit = Unit(
            code=self.code.text(), name=self.name.text(), kind=UnitKind(self.kind.currentData()),
            branch_type=BranchType(self.branch_type.currentData()) if is_branch else None,
            grade=self.grade.value() or None, all_party_members=is_branch and self.all_party.isChecked(),
            parent_code=self.parent_code.text() or None,
        )
        try:
            unit = unit.validated()
        except DomainError as exc:
            self.error.setText(str(exc))
            widget = {"code": self.code, "name": self.name, "branch_type": self.branch_type,
                      "grade": self.grade, "parent_code": self.parent_code}.get(exc.field)
            if widget:
                widget.setFocus()
            raise
        self.error.clear()
        return unit
