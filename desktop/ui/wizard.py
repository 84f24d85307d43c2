"""First run: three ways to start (issue 11).

1. create the unit profile (with the upper level's name printed on reports),
2. restore a backup zip made by Sổ Thi Đua (desktop/services/safety/backup.py, the same restore as the
   Backups page: checked, staged, all or nothing),
3. import a unit-data file made by ``sothidua data export`` (desktop/services/exchange/interchange.py:
   checked and summarised first, then written in one transaction).

The restore and the import run off the GUI thread through the TaskRunner with a progress dialog;
a bad file gives a Vietnamese message naming the file and what is wrong, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.bilingual import catalog_text, in_language
from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.services.units import save_self_unit, self_unit, set_signer, set_unit_setting
from desktop.ui.files import open_file
from desktop.ui.screen import fit_to_screen
from desktop.ui.unit_form import UnitForm

PAGE_WELCOME, PAGE_UNIT, PAGE_RESTORE, PAGE_IMPORT, PAGE_JOIN = range(5)
ERROR_STYLE = "color: #b00020;"


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    from desktop.services.errors import user_message

    return user_message(exc) or str(exc)


class _Page(QWizardPage):
    def changeEvent(self, e):
        if e.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass


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


class _PathEdit(QLineEdit):
    """A path typed or pasted, then Enter: read here, not taken by the wizard as "Finish"."""

    def keyPressEvent(self, e) -> None:
        super().keyPressEvent(e)
        if e.key() in (Qt.Key_Return, Qt.Key_Enter):
            e.accept()


class _FilePage(_Page):
    """Choose a file, see what it holds, then Finish runs the work off the GUI thread."""

    object_name = ""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__()
        self.wiz = wizard
        self.setObjectName(self.object_name)
        self.path: Path | None = None
        self.preview = None  # what the chosen file holds, once it was read without error
        self.busy = False
        self.finished_ok = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.file_label = QLabel()
        self.file_edit = _PathEdit()
        self.file_edit.setObjectName(self.object_name + "_file")
        self.file_edit.returnPressed.connect(self._typed)
        self.browse = QPushButton()
        self.browse.setObjectName(self.object_name + "_browse")
        self.browse.clicked.connect(self._browse)
        self.summary = QLabel()
        self.summary.setObjectName(self.object_name + "_summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName(self.object_name + "_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addSpacing(6)
        lay.addWidget(self.file_label)
        lay.addLayout(row)
        lay.addSpacing(6)
        lay.addWidget(self.summary)
        lay.addWidget(self.error)
        lay.addStretch(1)

    # Replaced in tests (no modal dialogs there).
    def choose_file(self) -> str:
        return ""

    def _typed(self) -> None:
        text = self.file_edit.text().strip().strip('"')
        if text and (self.path is None or Path(text) != self.path or self.preview is None):
            self.set_file(text)

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.set_file(path)

    def nextId(self) -> int:
        return -1

    def isComplete(self) -> bool:
        return self.preview is not None and not self.busy

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.browse.setEnabled(not busy)
        back = self.wiz.button(QWizard.BackButton)
        back.setEnabled(not busy)
        self.completeChanged.emit()

    def set_file(self, path: str | Path) -> None:
        """Read what the file holds (off the GUI thread) and show it; Finish is enabled when good."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.preview = None
        self.summary.clear()
        self.error.clear()
        self.set_busy(True)
        path = self.path
        self.wiz.runner.run(
            lambda: self.read(path),
            on_done=self._read_done,
            on_error=self._read_failed,
            label=self.tr("Reading the file…"),
            parent=self,
        )

    def _read_done(self, preview) -> None:
        self.set_busy(False)
        problem = self.problem_of(preview)
        if problem:
            self.error.setText(self.refusal(problem))
            return
        self.preview = preview
        self.summary.setText(self.describe(preview))
        self.completeChanged.emit()
        self.wiz.button(QWizard.FinishButton).setFocus()  # Enter now restores / imports

    def _read_failed(self, exc: BaseException, tb: str) -> None:
        self.set_busy(False)
        self.error.setText(self.refusal(_error_text(exc)))

    def refusal(self, what: str) -> str:
        name = self.path.name if self.path else ""
        head = "" if name and f"“{name}”" in what else self.tr("The file “{0}” cannot be used:").format(name) + "\n"
        return head + what + "\n" + self.tr("Nothing was written. Choose another file.")

    def validatePage(self) -> bool:
        if self.finished_ok:
            return True
        if self.preview is None or self.busy:
            return False
        self.error.clear()
        self.set_busy(True)
        ctx, path = self.wiz.ctx, self.path
        self.wiz.runner.run(
            lambda p, c: self.work(ctx, path, p, c),
            on_done=self._work_done,
            on_error=self._work_failed,
            label=self.working_label(),
            parent=self,
        )
        return False

    def _work_done(self, result) -> None:
        self.set_busy(False)
        if not self.wiz.after_restore_login():
            self.error.setText(self.tr("Not logged in: the data was kept, log in the next time you start."))
            return
        self.wiz.created = self_unit(self.wiz.ctx)
        self.wiz.result_of_work = result
        if self.wiz.created is None:
            self.error.setText(self.refusal(self.tr("it holds no unit of this installation.")))
            return
        self.finished_ok = True
        QTimer.singleShot(0, self.wiz.accept)

    def _work_failed(self, exc: BaseException, tb: str) -> None:
        self.set_busy(False)
        self.error.setText(self.refusal(_error_text(exc)))

    # To implement: read(path) -> preview (may raise), problem_of(preview) -> str | None,
    # describe(preview) -> str, work(ctx, path, progress, cancel), working_label() -> str.


class _RestorePage(_FilePage):
    object_name = "wizard_restore"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.retranslate()

    def choose_file(self) -> str:
        return open_file(self, self.tr("Open a backup file"), self.tr("Sổ Thi Đua backups (*.zip *.db)"))

    def retranslate(self):
        self.setTitle(self.tr("Restore from a backup"))
        self.setSubTitle(
            self.tr("Your unit's data, members, records and evidence files as they were when the backup was made.")
        )
        self.intro.setText(
            self.tr(
                "Choose a backup file made by Sổ Thi Đua (“Back up now” or “Back up to a USB stick”; its "
                "name starts with “sothidua” and the date it was made). It is checked before anything is written."
            )
        )
        self.file_label.setText(self.tr("Backup file:"))
        self.browse.setText(self.tr("Choose a file…"))
        if self.preview is not None:
            self.summary.setText(self.describe(self.preview))

    @staticmethod
    def read(path: Path):
        from desktop.services import safety as backup

        return backup.read_backup(path)

    def problem_of(self, info) -> str | None:
        from desktop.services import safety as backup

        try:
            backup.check_restorable(info)
        except DomainError as exc:
            return str(exc)
        return None

    def describe(self, info) -> str:
        lang = self.wiz.language()
        text = self.tr("Backup of {0}, made on {1} ({2}).").format(
            info.unit_name or self.tr("an unnamed unit"),
            info.created_at.strftime("%d/%m/%Y %H:%M"),
            catalog_text(info, "kind", lang),
        )
        parts = [f"{in_language(vi_label, en_label, lang)}: {n}" for _k, vi_label, en_label, n in info.summary()]
        if parts:
            text += "\n" + ", ".join(parts)
        return text + "\n\n" + self.tr("Press Finish to restore it.")

    @staticmethod
    def work(ctx, path, progress, cancel):
        from desktop.services import safety as opening

        return opening.restore(ctx, path, progress=progress, cancel=cancel)

    def working_label(self) -> str:
        return self.tr("Restoring…")


class _ImportPage(_FilePage):
    object_name = "wizard_import"

    def __init__(self, wizard):
        super().__init__(wizard)
        self.retranslate()

    def choose_file(self) -> str:
        return open_file(self, self.tr("Open a data file"), self.tr("Sổ Thi Đua data files (*.json)"))

    def retranslate(self):
        self.setTitle(self.tr("Import data from a file"))
        self.setSubTitle(self.tr("The unit, its branches, members and records from a data file."))
        self.intro.setText(
            self.tr(
                "Choose a unit data file (.json) exported from Sổ Thi Đua on another computer. It is checked "
                "completely first: if anything is wrong, you see every problem and nothing is written."
            )
        )
        self.file_label.setText(self.tr("Data file:"))
        self.browse.setText(self.tr("Choose a file…"))
        if self.preview is not None:
            self.summary.setText(self.describe(self.preview))

    def read(self, path: Path):
        from desktop.services import exchange as interchange

        return interchange.preview_interchange_file(self.wiz.ctx, path)

    def problem_of(self, preview) -> str | None:
        return None

    def describe(self, preview) -> str:
        u = preview.unit
        text = self.tr("{0} ({1}, code {2}).").format(
            u.name, catalog_text(u.kind, "label", self.wiz.language()), u.code
        )
        c = preview.counts
        text += "\n" + self.tr("Units: {0}; members: {1}; activity records: {2}; volunteer activities: {3}.").format(
            c["units"], c["members"], c["logs"], c["volunteer_activities"]
        )
        if len(preview.units) > 1:
            names = ", ".join(x.name for x in preview.units[1:6])
            more = "…" if len(preview.units) > 6 else ""
            text += "\n" + self.tr("Branches: {0}").format(names + more)
        if preview.warnings:
            shown = [w.removeprefix("Trùng người: ") for w in preview.warnings[:3]]
            more = "\n…" if len(preview.warnings) > 3 else ""
            text += (
                "\n\n⚠ "
                + self.tr("{0} people are active members twice in this file (each copy counts in the base):").format(
                    len(preview.warnings)
                )
                + "\n"
                + "\n".join(shown)
                + more
            )
        return text + "\n\n" + self.tr("Press Finish to import it; it becomes this computer's unit.")

    @staticmethod
    def work(ctx, path, progress, cancel):
        from desktop.services import exchange as interchange

        return interchange.import_file(ctx, path, progress=progress)

    def working_label(self) -> str:
        return self.tr("Importing…")


class _JoinPage(_FilePage):
    """The fourth way to start: the invitation file the upper level sent. It sets the unit profile
    and the upper level (name, code and key) in one step (desktop/services/exchange/invitations.py)."""

    object_name = "wizard_join"

    def __init__(self, wizard):
        super().__init__(wizard)
        # The code printed on the invitation page, typed to check the file is the one meant for
        # this unit (optional: the code is also shown below for comparison).
        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("wizard_join_code")
        self.code.setMaxLength(40)
        self.code.textChanged.connect(self._code_changed)
        self.code_state = QLabel()
        self.code_state.setObjectName("wizard_join_code_state")
        lay = self.layout()
        at = lay.indexOf(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.code_label)
        row.addWidget(self.code, 1)
        row.addWidget(self.code_state)
        lay.insertLayout(at, row)
        # Who signs the unit's documents (issue 19): the invitation names the unit, not its signer,
        # so it is asked here as on the page that creates a unit; otherwise every document would
        # print an empty line under "BÍ THƯ".
        self.signer_box = QGroupBox()
        self.signer_title = QLineEdit("BÍ THƯ")
        self.signer_title.setObjectName("join_signer_title")
        self.signer_title.setMaxLength(80)
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName("join_signer_name")
        self.signer_name.setMaxLength(120)
        self.signer_title_label, self.signer_name_label = QLabel(), QLabel()
        self.signer_title_label.setBuddy(self.signer_title)
        self.signer_name_label.setBuddy(self.signer_name)
        sf = QFormLayout(self.signer_box)
        sf.addRow(self.signer_title_label, self.signer_title)
        sf.addRow(self.signer_name_label, self.signer_name)
        lay.insertWidget(lay.indexOf(self.summary) + 1, self.signer_box)
        self.signer_name.textChanged.connect(self.completeChanged)
        self.signer_title.textChanged.connect(self.completeChanged)
        self._signer = ("", "")
        self.retranslate()

    def _code_ok(self) -> bool | None:
        from desktop.sync.invitation import code_matches

        if not self.code.text().strip() or self.preview is None:
            return None
        return code_matches(self.preview, self.code.text())

    def _code_changed(self) -> None:
        ok = self._code_ok()
        self.code_state.setText("" if ok is None else self.tr("matches") if ok else self.tr("does not match this file"))
        self.code_state.setStyleSheet("" if ok is None else "color: #1d5e20;" if ok else "color: #8a1c14;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            super().isComplete()
            and self._code_ok() is not False
            and bool(self.signer_name.text().strip() and self.signer_title.text().strip())
        )

    def validatePage(self) -> bool:
        self._signer = (self.signer_title.text().upper(), self.signer_name.text())
        return super().validatePage()

    def _read_done(self, preview) -> None:
        super()._read_done(preview)
        self._code_changed()

    def choose_file(self) -> str:
        return open_file(self, self.tr("Open an invitation"), self.tr("Sổ Thi Đua invitations (*.stmoi)"))

    def retranslate(self):
        self.setTitle(self.tr("Accept an invitation"))
        self.setSubTitle(self.tr("Your unit and its upper level, from the invitation file."))
        self.intro.setText(
            self.tr(
                "Choose the invitation file (.stmoi) your upper level sent (your Đoàn cơ sở, or the Ban Tuyên "
                "giáo và Dân vận for a Party committee). Check that the invitation code shown "
                "below is the one printed on the invitation page."
            )
        )
        self.file_label.setText(self.tr("Invitation file:"))
        self.browse.setText(self.tr("Choose a file…"))
        self.code_label.setText(self.tr("Invitation code on the printed page (optional):"))
        self.signer_box.setTitle(self.tr("Who signs the unit's documents"))
        self.signer_title_label.setText(self.tr("Title (e.g. BÍ THƯ)"))
        self.signer_name_label.setText(self.tr("Full name"))
        self.signer_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hoa — printed under the signature"))
        self._code_changed()
        if self.preview is not None:
            self.summary.setText(self.describe(self.preview))

    def read(self, path: Path):
        from desktop.services import exchange as invitations

        return invitations.read_invitation_file(path)

    def problem_of(self, invitation) -> str | None:
        return None

    def describe(self, invitation) -> str:
        b, p = invitation.branch, invitation.parent
        text = self.tr("Your unit: {0} (code {1}).").format(b.name, b.code)
        text += "\n" + self.tr("Upper level: {0} (code {1}).").format(p.name, p.code)
        text += "\n" + self.tr("Invitation code: {0}").format(invitation.short_code)
        return text + "\n\n" + self.tr("Press Finish to set up your unit and connect it to {0}.").format(p.name)

    def work(self, ctx, path, progress, cancel):
        from desktop.services import exchange as invitations

        result = invitations.join_invitation(ctx, self.preview)
        title, name = self._signer
        set_signer(ctx, self.preview.branch.code, title=title, full_name=name)
        return result

    def working_label(self) -> str:
        return self.tr("Connecting…")


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
