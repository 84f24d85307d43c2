"""First run: three ways to start (issue 11).

1. create the unit profile (with the upper level's name printed on reports),
2. restore a backup zip made by Sổ Thi Đua (desktop/services/safety/backup.py, the same restore as the
   Backups page: checked, staged, all or nothing),
3. import a unit-data file made by ``sothidua data export`` (desktop/services/exchange/interchange.py:
   checked and summarised first, then written in one transaction).

The restore and the import run off the GUI thread through the TaskRunner with a progress dialog;
a bad file gives a Vietnamese message naming the file and what is wrong, and nothing is written.
The pages that start from a file (restore, import, join) are desktop/ui/wizard_files.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.services.units import save_self_unit, set_signer, set_unit_setting
from desktop.ui.screen import fit_to_screen
from desktop.ui.unit_form import UnitForm
from desktop.ui.wizard_files import _ImportPage, _JoinPage, _Page, _RestorePage

PAGE_WELCOME, PAGE_UNIT, PAGE_RESTORE, PAGE_IMPORT, PAGE_JOIN = range(5)


class _WelcomePage(_Page):
    def __init__(self):
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.create = QRadioButton()
        self.create.setObjectName("start_create")
        self.restore = QRadioButton()
        self.restore.setObjectName("start_restore")
        self.import_ = QRadioButton()
        self.import_.setObjectName("start_import")
        self.join = QRadioButton()
        self.join.setObjectName("start_join")
        self.group = QButtonGroup(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text)
        lay.addSpacing(8)
        self.notes = []
        for button in (self.join, self.create, self.restore, self.import_):
            self.group.addButton(button)
            note = QLabel()
            note.setWordWrap(True)
            note.setIndent(24)
            self.notes.append(note)
            lay.addWidget(button)
            lay.addWidget(note)
            lay.addSpacing(4)
        lay.addStretch(1)
        self.create.setChecked(True)
        self.retranslate()

    def retranslate(self):
        self.setTitle(self.tr("Welcome to Sổ Thi Đua"))
        self.text.setText(
            self.tr(
                "Sổ Thi Đua keeps your unit's record of the “Chi đoàn XHCN gắn với Đoàn viên XHCN” "
                "campaign: registration, quarterly monitoring of the 16 criteria, volunteer days, "
                "and the reports your upper level needs. Everything stays on this computer.\n\n"
                "How do you want to start?"
            )
        )
        self.create.setText(self.tr("Create my unit"))
        self.restore.setText(self.tr("Restore from a backup"))
        self.import_.setText(self.tr("Import data from a file"))
        self.join.setText(self.tr("Accept an invitation from my upper level"))
        for note, text in zip(
            self.notes,
            (
                self.tr(
                    "Your Đoàn cơ sở sent an invitation file (.stmoi) by Zalo, e-mail or USB: it sets up "
                    "your branch and connects it to the Đoàn cơ sở in one step."
                ),
                self.tr("The first time you use Sổ Thi Đua: enter your unit's name and code."),
                self.tr(
                    "Moving to a new computer, or after a reinstall: choose a backup file (.zip) "
                    "made by Sổ Thi Đua, for example from a USB stick."
                ),
                self.tr(
                    "A unit data file (.json) exported from Sổ Thi Đua on another computer, for "
                    "example sent by your upper level."
                ),
            ),
        ):
            note.setText(text)

    def nextId(self) -> int:
        if self.join.isChecked():
            return PAGE_JOIN
        if self.restore.isChecked():
            return PAGE_RESTORE
        if self.import_.isChecked():
            return PAGE_IMPORT
        return PAGE_UNIT


# The signer's title the wizard proposes for the unit kind (printed under the signature).
SIGNER_TITLE_PREFILL = {UnitKind.DANG_CAP_TREN: "TRƯỞNG BAN", UnitKind.CHI_DOAN: "BÍ THƯ"}


class _UnitPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        self.form = UnitForm(with_upper_level=True)
        # Who signs the unit's documents: printed under every signature (issue 19).
        self.signer_box = QGroupBox()
        self.signer_title = QLineEdit("BÍ THƯ")
        self.signer_title.setObjectName("signer_title")
        self.signer_title.setMaxLength(80)
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName("signer_name")
        self.signer_name.setMaxLength(120)
        self.signer_title_label, self.signer_name_label = QLabel(), QLabel()
        self.signer_title_label.setBuddy(self.signer_title)
        self.signer_name_label.setBuddy(self.signer_name)
        sf = QFormLayout(self.signer_box)
        sf.addRow(self.signer_title_label, self.signer_title)
        sf.addRow(self.signer_name_label, self.signer_name)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(self.signer_box)
        self.form.changed.connect(self.completeChanged)
        self.form.kind.currentIndexChanged.connect(self._prefill_signer_title)
        self.signer_name.textChanged.connect(self.completeChanged)
        self.signer_title.textChanged.connect(self.completeChanged)
        self.retranslate()

    def _prefill_signer_title(self) -> None:
        """The head of a Ban Tuyên giáo và Dân vận is its Trưởng ban, not a Bí thư; a title the
        user typed is kept."""
        title = self.signer_title.text().strip()
        if title in SIGNER_TITLE_PREFILL.values():
            self.signer_title.setText(SIGNER_TITLE_PREFILL.get(UnitKind(self.form.kind.currentData()), "BÍ THƯ"))

    def retranslate(self):
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(self.tr("The unit code is used on reports and when sending to the upper level."))
        self.signer_box.setTitle(self.tr("Who signs the unit's documents"))
        self.signer_title_label.setText(self.tr("Title (e.g. BÍ THƯ)"))
        self.signer_name_label.setText(self.tr("Full name"))
        self.signer_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hoa — printed under the signature"))

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return bool(
            self.form.name.text().strip()
            and self.form.code.text().strip()
            and self.form.upper_level_name()
            and self.signer_name.text().strip()
            and self.signer_title.text().strip()
        )

    def validatePage(self) -> bool:
        try:
            unit = self.form.unit()
            save_self_unit(self.wiz.ctx, unit)
            # The issuing-body block of printed reports (settings.py: report_upper_level).
            set_unit_setting(self.wiz.ctx, unit.code, "report_upper_level", self.form.upper_level_name())
            set_signer(
                self.wiz.ctx, unit.code, title=self.signer_title.text().upper(), full_name=self.signer_name.text()
            )
        except DomainError as exc:
            self.form.error.setText(str(exc))
            return False
        self.wiz.created = unit
        return True


class FirstRunWizard(QWizard):
    def __init__(self, ctx, parent: QWidget | None = None, *, runner=None, translator=None):
        super().__init__(parent)
        from desktop.ui.tasks import TaskRunner

        self.ctx = ctx
        self.runner = runner or TaskRunner(self)
        self.translator = translator
        self.created = None
        self.result_of_work = None
        self.setObjectName("first_run_wizard")
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.welcome = _WelcomePage()
        self.unit_page = _UnitPage(self)
        self.restore_page = _RestorePage(self)
        self.import_page = _ImportPage(self)
        self.join_page = _JoinPage(self)
        self.setPage(PAGE_WELCOME, self.welcome)
        self.setPage(PAGE_UNIT, self.unit_page)
        self.setPage(PAGE_RESTORE, self.restore_page)
        self.setPage(PAGE_IMPORT, self.import_page)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setStartId(PAGE_WELCOME)
        fit_to_screen(self, 680, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sổ Thi Đua — first run"))

    def changeEvent(self, e):
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def language(self) -> str:
        if self.translator is not None:
            return self.translator.language
        from PySide6.QtCore import QLocale

        return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"

    def after_restore_login(self) -> bool:
        """A restored backup brings its own accounts: log in when it needs it."""
        from desktop.services import safety as auth
        from desktop.services.safety import current_user

        if not auth.login_required(self.ctx) or current_user(self.ctx) is not None:
            return True
        from desktop.ui.login import LoginDialog

        return LoginDialog(self.ctx, self).exec() == LoginDialog.Accepted

    def reject(self) -> None:
        if self.restore_page.busy or self.import_page.busy or self.join_page.busy:
            return  # the work finishes first (it is all or nothing, and short)
        super().reject()
