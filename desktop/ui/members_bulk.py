"""Bulk edit of the per-member flags (CD-3.3 … CD-3.5, Party membership) for the selected
members, and the saved groups ("Tổ 1") used for fast entry elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui.writes import run_write
from desktop.domain.errors import DomainError
from desktop.services import membership as svc

BULK_FLAGS = ("residence_activity", "training_registered", "ebook_issued", "ecard_issued", "is_party_member")


class BulkFlagsDialog(QDialog):
    """One "Keep / Yes / No" choice per flag, applied to every selected member."""

    def __init__(self, env, member_ids: list[int], parent=None):
        super().__init__(parent)
        self.env = env
        self.member_ids = list(member_ids)
        self.changes = None
        self.setObjectName("bulk_flags_dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        for key in BULK_FLAGS:
            combo = QComboBox()
            combo.setObjectName(f"bulk_{key}")
            label = QLabel()
            self.choices[key] = combo
            self.labels[key] = label
            self.form.addRow(label, combo)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Update flags of the selected members"))
        self.intro.setText(
            self.tr("{0} members selected. Choose what to set; “Keep” leaves a flag as it is for each member.").format(
                len(self.member_ids)
            )
        )
        titles = {
            "residence_activity": self.tr("Takes part at the place of residence (CD-3.3)"),
            "training_registered": self.tr("Registered for “Rèn luyện đoàn viên” (CD-3.4)"),
            "ebook_issued": self.tr("Electronic Union book issued (CD-3.5)"),
            "ecard_issued": self.tr("Electronic Union card issued (CD-3.5)"),
            "is_party_member": self.tr("Party member"),
        }
        for key, combo in self.choices.items():
            self.labels[key].setText(titles[key])
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Keep"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Apply"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    def chosen(self) -> dict[str, bool]:
        return {k: c.currentData() for k, c in self.choices.items() if c.currentData() is not None}

    def apply(self) -> None:
        flags = self.chosen()
        if not flags:
            self.error.setText(self.tr("Choose “Yes” or “No” for at least one flag."))
            return
        ctx, ids = self.env.ctx, self.member_ids

        def done(changes):
            self.changes = changes
            self.accept()

        def refused(exc) -> bool:
            if not isinstance(exc, DomainError):
                return False
            self.error.setText(exc.message)
            return True

        run_write(self, lambda: svc.set_flags(ctx, ids, **flags), then=done, refused=refused)


class GroupsDialog(QDialog):
    """Saved groups of the unit: create from the selection, add the selection, rename, delete."""

    def __init__(self, env, unit_code: str, selected_ids: list[int], parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_code = unit_code
        self.selected_ids = list(selected_ids)
        self.setObjectName("groups_dialog")
        self.resize(460, 380)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("groups_list")
        self.new_btn = QPushButton()
        self.new_btn.setObjectName("group_new")
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("group_add_selected")
        self.replace_btn = QPushButton()
        self.replace_btn.setObjectName("group_replace")
        self.rename_btn = QPushButton()
        self.rename_btn.setObjectName("group_rename")
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("group_delete")
        self.error = QLabel()
        self.error.setObjectName("group_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.close_btn = QDialogButtonBox(QDialogButtonBox.Close)
        self.close_btn.rejected.connect(self.reject)
        self.new_btn.clicked.connect(self.create_group)
        self.add_btn.clicked.connect(self.add_selected)
        self.replace_btn.clicked.connect(self.replace_members)
        self.rename_btn.clicked.connect(self.rename)
        self.delete_btn.clicked.connect(self.delete)
        buttons = QVBoxLayout()
        for b in (self.new_btn, self.add_btn, self.replace_btn, self.rename_btn, self.delete_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(row, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.close_btn)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Member groups"))
        self.intro.setText(
            self.tr(
                "Groups such as “Tổ 1” let you pick their members at once when "
                "recording volunteer days or attendance. {0} members are selected "
                "in the table."
            ).format(len(self.selected_ids))
        )
        self.new_btn.setText(self.tr("New group from selection…"))
        self.add_btn.setText(self.tr("Add selection to group"))
        self.replace_btn.setText(self.tr("Group = selection"))
        self.rename_btn.setText(self.tr("Rename…"))
        self.delete_btn.setText(self.tr("Delete"))
        self.close_btn.button(QDialogButtonBox.Close).setText(self.tr("Close"))

    def reload(self) -> None:
        current = self.current_id()
        self.list.clear()
        for g in svc.list_groups(self.env.ctx, self.unit_code):
            item = QListWidgetItem(self.tr("{0} ({1} members)").format(g.name, len(g.member_ids)))
            item.setData(Qt.UserRole, g.id)
            self.list.addItem(item)
            if g.id == current:
                self.list.setCurrentItem(item)
        has_sel = bool(self.selected_ids)
        self.new_btn.setEnabled(has_sel)
        self.add_btn.setEnabled(has_sel)
        self.replace_btn.setEnabled(has_sel)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _run(self, fn) -> None:
        """A group change on the task runner; a refusal ("Đã có nhóm …") is shown in the dialog."""
        self.error.clear()

        def refused(exc) -> bool:
            if not isinstance(exc, DomainError):
                return False
            self.error.setText(exc.message)
            return True

        run_write(self, fn, then=lambda _result: self.reload(), refused=refused)

    def create_group(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Group name, e.g. Tổ 1:"))
            if not ok:
                return
        ctx, code, ids = self.env.ctx, self.unit_code, self.selected_ids
        self._run(lambda: svc.create_group(ctx, code, name, ids))

    def add_selected(self) -> None:
        gid = self.current_id()
        if gid is None:
            self.error.setText(self.tr("Choose a group in the list first."))
            return
        ctx, ids = self.env.ctx, self.selected_ids
        self._run(lambda: svc.add_to_group(ctx, gid, ids))

    def replace_members(self) -> None:
        gid = self.current_id()
        if gid is None:
            self.error.setText(self.tr("Choose a group in the list first."))
            return
        ctx, ids = self.env.ctx, self.selected_ids
        self._run(lambda: svc.update_group(ctx, gid, member_ids=ids))

    def rename(self) -> None:
        gid = self.current_id()
        if gid is None:
            self.error.setText(self.tr("Choose a group in the list first."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename group"), self.tr("New name:"))
        if ok:
            self._run(lambda: svc.update_group(self.env.ctx, gid, name=name))

    def delete(self) -> None:
        gid = self.current_id()
        if gid is None:
            return
        if (
            QMessageBox.question(
                self, self.tr("Delete group"), self.tr("Delete this group? Its members stay in the roster.")
            )
            == QMessageBox.Yes
        ):
            self._run(lambda: svc.delete_group(self.env.ctx, gid))
