"""The first-run wizard's pages that start from a file (issue 11, issue 17): restore a backup,
import a unit-data file, or join with the upper level's invitation. Each reads its file off
the GUI thread, shows what it holds (or a Vietnamese message naming what is wrong), and does
the work through the TaskRunner with a progress dialog; nothing is written from a bad file.

The wizard itself, its welcome and unit-profile pages are desktop/ui/wizard.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.domain.bilingual import catalog_text, in_language
from desktop.domain.errors import DomainError
from desktop.services.units import self_unit, set_signer
from desktop.ui.files import open_file

if TYPE_CHECKING:
    from desktop.ui.wizard import FirstRunWizard

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
    and the upper level (name, code and key) in one step (desktop/services/exchange/joining.py)."""

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
