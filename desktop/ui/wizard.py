"""First run: create the unit profile."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizard, QWizardPage

from desktop.domain.errors import DomainError
from desktop.services.units import save_self_unit
from desktop.ui.unit_form import UnitForm


class _WelcomePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Welcome to Sổ Thi Đua"))
        self.text.setText(self.tr(
            "Sổ Thi Đua keeps your unit's record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” "
            "campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, "
            "and the reports your upper level needs.\n\nFirst, tell us about your unit. "
            "Everything stays on this computer."))

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)


class _UnitPage(QWizardPage):
    def __init__(self, wizard: "FirstRunWizard"):
        super().__init__()
        self.wiz = wizard
        self.form = UnitForm()
        QVBoxLayout(self).addWidget(self.form)
        self.form.changed.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(self.tr("The unit code is used on reports and when sending to the upper level."))

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.form.name.text().strip() and self.form.code.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            unit = self.form.unit()
            save_self_unit(self.wiz.ctx, unit)
        except DomainError:
            return False
        self.wiz.created = unit
        return True

    def changeEvent(self, e):  # noqa: N802
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)


class FirstRunWizard(QWizard):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.created = None
        self.setObjectName("first_run_wizard")
        self.setWizardStyle(QWizard.ClassicStyle)
        self.welcome = _WelcomePage()
        self.unit_page = _UnitPage(self)
        self.addPage(self.welcome)
        self.addPage(self.unit_page)
        self.resize(640, 520)
        self.setWindowTitle(self.tr("Sổ Thi Đua — first run"))
