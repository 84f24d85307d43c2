"""The Đoàn cơ sở's list of branches and their invitations (issue 17): add a branch by hand or
from a sheet, invite one branch or every branch not connected yet. The invitation files and ONE
PDF to print are written to a folder the user chooses; the table says who is connected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.units import BranchType
from desktop.services import exchange as invitations
from desktop.services.changes import Changes
from desktop.ui.files import choose_folder, open_file
from desktop.ui.screen import fit_to_screen
from desktop.ui.sync_widgets import Column, RowsModel, make_table, selected_rows
from desktop.ui.writes import run_write

GOOD, WAIT, NONE = ("#d8f0d8", "#1d5e20"), ("#fde9c4", "#7a4b00"), ("#e6e6e6", "#555555")


class AddBranchDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None, *, title: str | None = None, with_type: bool = True):
        super().__init__(parent)
        self.setObjectName("add_branch")
        self.setWindowTitle(title or self.tr("Add a branch"))
        self.with_type = with_type
        self.code = QLineEdit()
        self.code.setObjectName("branch_code")
        self.name = QLineEdit()
        self.name.setObjectName("branch_name")
        self.type = QComboBox()
        self.type.setObjectName("branch_type")
        for b in BranchType:
            self.type.addItem(catalog_text(b, "label", lang), b.value)
        self.grade = QSpinBox()
        self.grade.setObjectName("branch_grade")
        self.grade.setRange(0, 12)
        self.grade.setSpecialValueText("—")
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        if with_type:  # a commune's Party committee or a Đoàn xã has no branch type
            form.addRow(self.tr("Branch type:"), self.type)
            form.addRow(self.tr("School grade:"), self.grade)
        else:
            self.type.hide()
            self.grade.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def values(self) -> dict:
        typed = self.with_type
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "branch_type": self.type.currentData() if typed else None,
            "grade": (self.grade.value() or None) if typed else None,
        }


class InvitationsDialog(QDialog):
    def __init__(self, env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.setObjectName("branch_invitations")
        from desktop.domain.units import UnitKind
        from desktop.services.units import self_unit

        me = self_unit(env.ctx)
        # Whom this unit invites (issue 20): branches; a Party upper level its communes; a commune's
        # Party committee its Đoàn xã (which shares its summaries, keeping its Union parent).
        self.invited = invitations.invited_kind(me) if me is not None else UnitKind.CHI_DOAN
        self.with_type = self.invited is UnitKind.CHI_DOAN
        self.words = self._words()
        self.setWindowTitle(self.words["title"])
        fit_to_screen(self, 900, 520)
        self.lines: list = []
        lang = env.translator.language
        self.model = RowsModel(
            [
                Column("code", lambda b: b.code),
                Column("name", lambda b: b.name),
                Column(
                    "type", lambda b: catalog_text(BranchType(b.branch_type), "label", lang) if b.branch_type else ""
                ),
                Column("grade", lambda b: str(b.grade or ""), right=True),
                Column("state", self._state),
            ]
        )
        self.model.colours = lambda b, key: (
            (GOOD if b.connected else WAIT if b.invitation == "open" else NONE) if key == "state" else None
        )
        self.model.set_headers(
            [self.tr("Code"), self.words["unit"], self.tr("Type"), self.tr("Grade"), self.tr("Connection")]
        )
        self.view = make_table(self.model, "invitations_table")
        for col, w in enumerate((110, 300, 170, 60)):
            self.view.setColumnWidth(col, w)
        if not self.with_type:
            self.view.setColumnHidden(2, True)
            self.view.setColumnHidden(3, True)
        self.intro = QLabel(self.words["intro"])
        self.intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("invitations_status")
        self.status.setWordWrap(True)
        self.add_btn = QPushButton(self.words["add"])
        self.add_btn.setObjectName("add_branch_btn")
        self.add_btn.clicked.connect(lambda: self.add_branch())
        self.sheet_btn = QPushButton(self.tr("Add from a spreadsheet…"))
        self.sheet_btn.setObjectName("branch_sheet_btn")
        self.sheet_btn.clicked.connect(lambda: self.import_sheet())
        self.sheet_btn.setVisible(self.with_type)
        self.invite_btn = QPushButton(self.words["invite"])
        self.invite_btn.setObjectName("invite_selected")
        self.invite_btn.clicked.connect(lambda: self.invite(self._selected_codes()))
        self.invite_all_btn = QPushButton(self.words["invite_all"])
        self.invite_all_btn.setObjectName("invite_all")
        self.invite_all_btn.clicked.connect(lambda: self.invite(None))
        row = QHBoxLayout()
        row.addWidget(self.add_btn)
        row.addWidget(self.sheet_btn)
        row.addStretch(1)
        row.addWidget(self.invite_btn)
        row.addWidget(self.invite_all_btn)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)
        lay.addLayout(row)
        lay.addWidget(close)
        self.reload()

    def _words(self) -> dict[str, str]:
        from desktop.domain.units import UnitKind

        if self.invited is UnitKind.DANG_UY_XA:
            return {
                "title": self.tr("Commune Party committees and invitations"),
                "unit": self.tr("Party committee"),
                "intro": self.tr(
                    "Each commune, ward or special-zone Party committee gets an invitation file and a printed page "
                    "with its invitation code. The committee opens the file in Sổ Thi Đua (first start, Settings "
                    "or Send and receive): its reports are then accepted here at once."
                ),
                "add": self.tr("Add a Party committee…"),
                "invite": self.tr("Invite the selected committees…"),
                "invite_all": self.tr("Invite every committee not connected…"),
                "count": self.tr("{0} Party committees, {1} connected."),
            }
        if self.invited is UnitKind.DOAN_CO_SO:
            return {
                "title": self.tr("The commune's Youth Union and its invitation"),
                "unit": self.tr("Đoàn xã"),
                "intro": self.tr(
                    "Invite the commune's Đoàn xã (Đoàn cơ sở) to share its summaries with the committee. It keeps "
                    "reporting to its own Youth Union upper level; each summary it sends goes to the committee "
                    "too."
                ),
                "add": self.tr("Add the Đoàn xã…"),
                "invite": self.tr("Invite the selected Đoàn xã…"),
                "invite_all": self.tr("Invite every Đoàn xã not connected…"),
                "count": self.tr("{0} Đoàn xã, {1} connected."),
            }
        return {
            "title": self.tr("Branches and invitations"),
            "unit": self.tr("Branch"),
            "intro": self.tr(
                "Each branch gets an invitation file and a printed page with its invitation code. The branch opens "
                "the file in Sổ Thi Đua (first start, or Settings): its first package is then accepted here at "
                "once."
            ),
            "add": self.tr("Add a branch…"),
            "invite": self.tr("Invite the selected branches…"),
            "invite_all": self.tr("Invite every branch not connected…"),
            "count": self.tr("{0} branches, {1} connected."),
        }

    def _state(self, b) -> str:
        if b.connected:
            return self.tr("Connected")
        if b.invitation == "open":
            return self.tr("Invited, not connected yet")
        return self.tr("Not invited")

    def reload(self) -> None:
        self.lines = invitations.branch_list(self.env.ctx)
        self.model.set_rows(self.lines)
        connected = sum(1 for b in self.lines if b.connected)
        self.status.setText(self.words["count"].format(len(self.lines), connected))

    def _selected_codes(self) -> list[str]:
        return [b.code for b in selected_rows(self.view)]

    def add_branch(self, values: dict | None = None) -> None:
        if values is None:
            dlg = AddBranchDialog(
                self.env.translator.language, self, title=self.words["add"].rstrip("…"), with_type=self.with_type
            )
            if dlg.exec() != QDialog.Accepted:
                return
            values = dlg.values()
        ctx = self.env.ctx
        run_write(self, lambda: invitations.add_branch(ctx, **values), then=lambda _c: self.reload())

    def import_sheet(self, path: str | None = None) -> None:
        if path is None:
            path = open_file(self, self.tr("Branches from a spreadsheet"), self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        ctx = self.env.ctx
        run_write(self, lambda: invitations.import_branch_sheet(ctx, Path(path)), then=self._imported)

    def _imported(self, res) -> None:
        self.env.bus.emit(Changes.of("unit"))
        self.reload()
        text = self.tr("{0} branches added or corrected, {1} unchanged.").format(res.added, res.unchanged)
        if res.errors:
            text += "\n\n" + self.tr("Rows not used:") + "\n" + "\n".join(res.errors[:20])
        self.last_message = text
        self.status.setText(text)

    def invite(self, codes: list[str] | None, folder: str | None = None) -> None:
        """Invitations for ``codes`` (None: every branch not connected), written to ``folder``."""
        if codes is not None and not codes:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Select the branches to invite.") if self.with_type else self.tr("Select the units to invite."),
            )
            return
        if folder is None:
            folder = choose_folder(self, self.tr("Save the invitations in a folder"))
        if not folder:
            return
        ctx = self.env.ctx

        def work():
            if codes is None:
                issued = invitations.invite_all(ctx)
            else:
                issued = [invitations.invite(ctx, c) for c in codes]
            return issued, invitations.write_invitations(ctx, issued, Path(folder))

        def done(result):
            issued, (_files, pdf) = result
            self.env.bus.emit(Changes.of("sync", "unit"))
            self.reload()
            if not issued:
                text = (
                    self.tr("Every branch in the list is connected: no invitation needed.")
                    if self.with_type
                    else self.tr("Everyone in the list is connected: no invitation needed.")
                )
            elif self.with_type:
                text = self.tr(
                    "{0} invitation(s) saved in {1}. Send each branch its file (Zalo, e-mail or USB) "
                    "and print the page for it: {2}"
                ).format(len(issued), folder, pdf.name if pdf else "")
            else:
                text = self.tr(
                    "{0} invitation(s) saved in {1}. Send each unit its file (Zalo, e-mail or USB) "
                    "and print the page for it: {2}"
                ).format(len(issued), folder, pdf.name if pdf else "")
            self.last_message = text
            self.status.setText(text)

        run_write(self, work, then=done, label=self.tr("Writing the invitations…"))
