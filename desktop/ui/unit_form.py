"""The unit profile form, shared by the first-run wizard and the settings page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.ui.i18n import translate, ui_language
from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.domain.units import BranchType, Unit, UnitKind

# What the first-run wizard proposes as the upper level's name (unit setting
# ``report_upper_level``, printed above the unit at the top left of documents, 29-HD/TWĐTN-VP and
# 36-HD/VPTW; docs/formats/van-ban.md). Commune unions answer to Thành đoàn since 01/7/2025 (BRIEF §4.1:
# "e.g. directly Thành đoàn for commune unions"); a commune Party committee to the city Party
# organisation (BRIEF §4.2, the default of desktop/services/commune_party/work.py). A branch's Đoàn cơ sở
# cannot be guessed: the secretary types it (the placeholder shows an example).
UPPER_LEVEL_PREFILL = {
    UnitKind.CHI_DOAN: "",
    UnitKind.DOAN_CO_SO: "Thành đoàn Hải Phòng",
    UnitKind.DOAN_CAP_TREN: "Thành đoàn Hải Phòng",
    UnitKind.DANG_UY_XA: "Đảng bộ thành phố Hải Phòng",
    UnitKind.DANG_CAP_TREN: "Thành ủy Hải Phòng",  # the Ban Tuyên giáo và Dân vận is a Thành ủy's commission
}


class UnitForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, with_upper_level: bool = False):
        super().__init__(parent)
        self.with_upper_level = with_upper_level
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
        self.upper_level = QLineEdit()
        self.upper_level.setObjectName("unit_upper_level")
        self.upper_preview = QLabel()
        self.upper_preview.setObjectName("unit_upper_preview")
        self.upper_preview.setWordWrap(True)
        self._upper_auto = ""
        self.error = QLabel()
        self.error.setObjectName("unit_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        for k in UnitKind:
            self.kind.addItem(translate("UnitKind", k.label_en), k.value)
        for b in BranchType:
            self.branch_type.addItem(translate("BranchType", b.label_en), b.value)

        self.form = QFormLayout()
        # QFormLayout.addRow("", w) makes no label at all: each row gets its own QLabel, with a
        # buddy so Alt+letter and screen readers find the field.
        fields = [self.name, self.code, self.kind, self.branch_type, self.grade, self.all_party, self.parent_code] + (
            [self.upper_level, self.upper_preview] if with_upper_level else []
        )
        self.labels = []
        for w in fields:
            label = QLabel()
            label.setBuddy(w)
            self.labels.append(label)
            self.form.addRow(label, w)
        if not with_upper_level:
            self.upper_level.hide()
            self.upper_preview.hide()
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addStretch(1)
        self.kind.currentIndexChanged.connect(self._update_enabled)
        self.branch_type.currentIndexChanged.connect(self._update_enabled)
        for w in (self.name, self.code, self.parent_code, self.upper_level):
            w.textChanged.connect(self.changed)
        for w in (self.name, self.parent_code, self.upper_level):
            w.textChanged.connect(self._show_upper_preview)
        self.kind.currentIndexChanged.connect(self._prefill_upper_level)
        self.kind.currentIndexChanged.connect(self._show_upper_preview)
        self._prefill_upper_level()
        self.retranslate()
        self._update_enabled()

    def retranslate(self) -> None:
        labels = [
            self.tr("Unit name"),
            self.tr("Unit code"),
            self.tr("Kind of unit"),
            self.tr("Branch type"),
            self.tr("Grade (student branches)"),
            "",
            self.tr("Parent unit code"),
            self.tr("Upper level's name"),
            "",
        ]
        for label, text in zip(self.labels, labels):
            label.setText(text)
        self.all_party.setText(self.tr("100% of members are Party members"))
        self.name.setPlaceholderText(self.tr("e.g. Chi đoàn Tổ dân phố số 3"))
        self.code.setPlaceholderText(self.tr("e.g. CD-TDP3 (letters without accents, digits, -)"))
        # Not needed to start; needed to submit (issue 17): the invitation of the Đoàn cơ sở fills it
        # in, and the "Nộp" dialog asks for it when it is still empty.
        self._show_parent_placeholder()
        self.parent_code.setToolTip(
            self.tr(
                "The code of the unit you submit to (your Đoàn cơ sở). You can leave it empty for now: it is "
                "asked for when you first submit, and can be changed later in Settings → Unit profile."
            )
        )
        self.upper_level.setPlaceholderText(self.tr("e.g. Đoàn phường Lê Chân"))
        self.upper_level.setToolTip(
            self.tr(
                "Printed above your unit's name at the top left of every report. You can change it later in Settings."
            )
        )
        self._show_upper_preview()
        self.grade.setSpecialValueText(self.tr("Not a student branch"))
        lang = ui_language()
        for i, k in enumerate(UnitKind):
            self.kind.setItemText(i, catalog_text(k, "label", lang))
        for i, b in enumerate(BranchType):
            self.branch_type.setItemText(i, catalog_text(b, "label", lang))

    def changeEvent(self, event: QEvent) -> None:
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
        # A Đoàn cơ sở or a Party committee is not asked about a branch's type, grade or members:
        # those rows are shown only to a Chi đoàn. The Party line's upper level sends to nobody above.
        for w in (self.branch_type, self.grade, self.all_party):
            self.form.setRowVisible(w, is_branch)
        self.form.setRowVisible(self.parent_code, self.kind.currentData() != UnitKind.DANG_CAP_TREN.value)
        self._show_parent_placeholder()
        self.changed.emit()

    def _show_parent_placeholder(self) -> None:
        if UnitKind(self.kind.currentData()).is_party:
            self.parent_code.setPlaceholderText(
                self.tr("e.g. BTGDV-HP (the Party upper level's code; its invitation fills it in)")
            )
        else:
            self.parent_code.setPlaceholderText(self.tr("e.g. DCS-LECHAN (needed to submit; can be added later)"))

    def _prefill_upper_level(self) -> None:
        """Propose the upper level for the chosen kind, unless the user typed their own."""
        kind = UnitKind(self.kind.currentData())
        text = self.upper_level.text().strip()
        if not text or text == self._upper_auto:
            self._upper_auto = UPPER_LEVEL_PREFILL[kind]
            self.upper_level.setText(self._upper_auto)

    def _show_upper_preview(self) -> None:
        if not self.with_upper_level:
            return
        upper = self.upper_level.text().strip()
        party = UnitKind(self.kind.currentData()).is_party
        prefix = "" if party else "BCH "
        if upper:
            lines = [(prefix + upper).upper()]
            if self.name.text().strip():
                lines.append((prefix + self.name.text().strip()).upper())
            self.upper_preview.setText(self.tr("Reports will print at the top left:") + "\n" + "\n".join(lines))
            self.upper_preview.setStyleSheet("color: palette(text);")
        else:
            self.upper_preview.setText(
                self.tr(
                    "Write the name of your upper level (the Đoàn cơ sở your branch belongs to): reports "
                    "print it above your unit's name."
                )
            )
            self.upper_preview.setStyleSheet("color: #8a5300;")

    def upper_level_name(self) -> str:
        return " ".join(self.upper_level.text().split())

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
            code=self.code.text(),
            name=self.name.text(),
            kind=UnitKind(self.kind.currentData()),
            branch_type=BranchType(self.branch_type.currentData()) if is_branch else None,
            grade=self.grade.value() or None,
            all_party_members=is_branch and self.all_party.isChecked(),
            parent_code=self.parent_code.text() or None,
        )
        try:
            unit = unit.validated()
        except DomainError as exc:
            self.error.setText(str(exc))
            widget = {
                "code": self.code,
                "name": self.name,
                "branch_type": self.branch_type,
                "grade": self.grade,
                "parent_code": self.parent_code,
            }.get(exc.field)
            if widget:
                widget.setFocus()
            raise
        self.error.clear()
        return unit
