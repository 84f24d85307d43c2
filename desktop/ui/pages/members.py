"""Members ("Đoàn viên"): the roster with search, filters, editing, groups, Excel in and out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.ui.writes import run_write
from desktop.domain.errors import DomainError
from desktop.domain.identity import same_people
from desktop.domain.members import ACTIVE, LEFT, TRANSFERRED_OUT
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import membership as svc
from desktop.services.membership import export_members, write_template
from desktop.services.units import self_unit
from desktop.ui.files import open_file, save_file
from desktop.ui.members_bulk import BulkFlagsDialog, GroupsDialog
from desktop.ui.members_dialog import MemberDialog
from desktop.ui.members_import import ImportDialog
from desktop.ui.members_model import COLUMNS, Filter, MembersTableModel
from desktop.ui.pages import Page, PageSpec

_ALL = "all"


class MembersPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.unit = self_unit(env.ctx)
        self.unit_code = self.unit.code if self.unit else ""
        self._group_ids: dict[int, set[int]] = {}

        self.search = QLineEdit()
        self.search.setObjectName("members_search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("members_status")
        self.missing = QComboBox()
        self.missing.setObjectName("members_missing")
        self.party = QComboBox()
        self.party.setObjectName("members_party")
        self.group = QComboBox()
        self.group.setObjectName("members_group")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for combo in (self.status, self.missing, self.party, self.group):
            combo.currentIndexChanged.connect(self.apply_filter)

        self.add_btn = QPushButton()
        self.add_btn.setObjectName("members_add")
        self.edit_btn = QPushButton()
        self.edit_btn.setObjectName("members_edit")
        self.bulk_btn = QPushButton()
        self.bulk_btn.setObjectName("members_bulk")
        self.groups_btn = QPushButton()
        self.groups_btn.setObjectName("members_groups")
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("members_delete")
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("members_import")
        self.export_btn = QPushButton()
        self.export_btn.setObjectName("members_export")
        self.template_btn = QPushButton()
        self.template_btn.setObjectName("members_template")
        self.add_btn.clicked.connect(self.add_member)
        self.edit_btn.clicked.connect(self.edit_selected)
        self.bulk_btn.clicked.connect(self.bulk_edit)
        self.groups_btn.clicked.connect(self.manage_groups)
        self.delete_btn.clicked.connect(self.delete_selected)
        self.import_btn.clicked.connect(self.import_file)
        self.export_btn.clicked.connect(self.export_file)
        self.template_btn.clicked.connect(self.save_template)

        self.model = MembersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("members_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSortIndicator(0, Qt.AscendingOrder)
        widths = {
            "full_name": 175,
            "date_of_birth": 78,
            "gender": 52,
            "union_card_no": 82,
            "phone": 88,
            "residence": 105,
            "status": 100,
            "entry_date": 84,
        }
        for i, (key, _) in enumerate(COLUMNS):
            self.table.setColumnWidth(i, widths.get(key, 66))
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        # Keyboard: Ctrl+N adds, Ctrl+F goes to the search box, Enter opens, Delete asks first.
        QShortcut(QKeySequence.New, self, activated=self.add_member)
        QShortcut(QKeySequence.Find, self, activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        QShortcut(QKeySequence(Qt.Key_Return), self.table, activated=self.edit_selected, context=Qt.WidgetShortcut)
        QShortcut(QKeySequence.Delete, self.table, activated=self.delete_selected, context=Qt.WidgetShortcut)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel()
        self.count.setObjectName("members_count")
        # One person with two active records is counted twice in the base (issue 18).
        self.same_note = QLabel()
        self.same_note.setObjectName("members_same_people")
        self.same_note.setWordWrap(True)
        self.same_note.setStyleSheet("color: #8a1c14;")
        self.same_note.setVisible(False)
        self._same: list = []

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.missing, 1)
        filters.addWidget(self.party, 1)
        filters.addWidget(self.group, 1)
        actions = QHBoxLayout()
        for b in (self.add_btn, self.edit_btn, self.bulk_btn, self.groups_btn, self.delete_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.import_btn, self.export_btn, self.template_btn):
            actions.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(actions)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count)
        lay.addWidget(self.same_note)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ page API
    def watches(self):
        return ("members", "unit")

    def retranslate(self) -> None:
        self._show_same()
        self.search.setPlaceholderText(self.tr("Search by name, card number or phone (no accents needed)"))
        self._fill_combo(
            self.status,
            [
                (ACTIVE, self.tr("Active members")),
                (_ALL, self.tr("Everyone ever")),
                (TRANSFERRED_OUT, self.tr("Transferred out")),
                (LEFT, self.tr("Left the Union")),
            ],
        )
        self._fill_combo(
            self.missing,
            [
                (None, self.tr("Any flags")),
                ("residence_activity", self.tr("Not active at residence (CD-3.3)")),
                ("training_registered", self.tr("Not registered for self-training (CD-3.4)")),
                ("ebook_issued", self.tr("No e-book yet (CD-3.5)")),
                ("ecard_issued", self.tr("No e-card yet (CD-3.5)")),
            ],
        )
        self._fill_combo(
            self.party,
            [(None, self.tr("Party or not")), (True, self.tr("Party members")), (False, self.tr("Not Party members"))],
        )
        if self.group.count():  # the group names are data: only the "all" entry is translated
            self.group.setItemText(0, self.tr("All groups"))
        else:
            self.group.addItem(self.tr("All groups"), None)
        self.add_btn.setText(self.tr("Add"))
        self.add_btn.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.search.setToolTip(self.tr("Search (Ctrl+F)"))
        self.edit_btn.setText(self.tr("Edit / history"))
        self.bulk_btn.setText(self.tr("Update flags…"))
        self.groups_btn.setText(self.tr("Groups…"))
        self.delete_btn.setText(self.tr("Delete"))
        self.delete_btn.setToolTip(
            self.tr("Only for a member entered by mistake; record a transfer or leaving in the history instead.")
        )
        self.import_btn.setText(self.tr("Import Excel…"))
        self.export_btn.setText(self.tr("Export…"))
        self.template_btn.setText(self.tr("Excel template…"))
        self.model.retranslate()
        self._update_count()

    def _fill_combo(self, combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        idx = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, idx))
        combo.blockSignals(False)

    def _fill_groups(self, groups) -> None:
        self._group_ids = {g.id: set(g.member_ids) for g in groups}
        self._fill_combo(self.group, [(None, self.tr("All groups"))] + [(g.id, g.name) for g in groups])

    def reload(self) -> None:
        """Read the roster on the task runner (thousands of members: not on the GUI thread after
        every change, issue 13) and show it when it is read."""
        ctx = self.env.ctx

        def load():
            unit = self_unit(ctx)
            code = unit.code if unit else ""
            entries = svc.roster(ctx, code) if code else []
            same = same_people([e.member for e in entries if e.status == ACTIVE])
            return code, entries, (svc.list_groups(ctx, code) if code else []), same

        shown = self.count.text()
        self.env.runner.run(
            load, on_done=lambda result: self._loaded(result, shown), on_error=self._failed, parent=self
        )

    def _loaded(self, result, shown_before: str) -> None:
        code, entries, groups, same = result
        message = self.count.text()  # a result set while reading ("Added 5,000 …") stays shown
        self.unit_code = code
        self._same = same
        self._show_same()
        selected = set(self.selected_ids())
        self.model.set_entries(entries)
        self._fill_groups(groups)
        self.apply_filter()
        self._reselect(selected)
        if message != shown_before:
            self.count.setText(message)

    def _show_same(self) -> None:
        same = self._same
        self.same_note.setVisible(bool(same))
        if same:
            names = "; ".join(p.copies[0].full_name for p in same[:5]) + ("…" if len(same) > 5 else "")
            self.same_note.setText(
                "⚠ "
                + self.tr(
                    "{0} people have two active records here and are counted twice: {1}. Delete the extra "
                    "record or correct it."
                ).format(len(same), names)
            )

    def activate(self, **kwargs) -> None:
        if kwargs.get("search") is not None:
            self.search.setText(kwargs["search"])
            self.apply_filter()

    # ------------------------------------------------------------------ filtering
    def apply_filter(self) -> None:
        status = self.status.currentData()
        self.model.set_filter(
            Filter(
                text=self.search.text(),
                status=None if status == _ALL else status,
                missing_flag=self.missing.currentData(),
                party=self.party.currentData(),
            )
        )
        gid = self.group.currentData()
        if gid is not None:
            ids = self._group_ids.get(gid, set())
            self.model.beginResetModel()
            self.model._view = [i for i in self.model._view if self.model._entries[i].member.id in ids]
            self.model.endResetModel()
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(
            self.tr("Showing {0} of {1} members").format(ui_formatter().number(shown), ui_formatter().number(total))
        )

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return self.model.member_ids(self.selected_rows())

    def _reselect(self, ids: set[int]) -> None:
        if not ids:
            return
        sm = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for mid in ids:
            row = self.model.row_of(mid)
            if row is not None:
                sm.select(self.model.index(row, 0), flags)

    def _update_buttons(self) -> None:
        n = len(self.selected_rows())
        self.edit_btn.setEnabled(n == 1)
        self.delete_btn.setEnabled(n == 1)
        self.bulk_btn.setEnabled(n >= 1)

    # ------------------------------------------------------------------ actions
    def add_member(self) -> MemberDialog:
        dlg = MemberDialog(self.env, self.unit_code, parent=self)
        dlg.open()
        return dlg

    def edit_selected(self) -> MemberDialog | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        dlg = MemberDialog(self.env, self.unit_code, self.model.entry(rows[0]).member, parent=self)
        dlg.open()
        return dlg

    def bulk_edit(self) -> BulkFlagsDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dlg = BulkFlagsDialog(self.env, ids, parent=self)
        dlg.open()
        return dlg

    def manage_groups(self) -> GroupsDialog:
        dlg = GroupsDialog(self.env, self.unit_code, self.selected_ids(), parent=self)
        dlg.open()
        return dlg

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        m = self.model.entry(rows[0]).member
        answer = QMessageBox.question(
            self,
            self.tr("Delete member"),
            self.tr(
                "Delete {0} completely? Use this only for a member entered by mistake: a member who "
                "transferred out or left should be recorded in the history, so past reports keep them."
            ).format(m.full_name),
        )
        if answer != QMessageBox.Yes:
            return
        ctx, member_id = self.env.ctx, m.id
        run_write(self, lambda: svc.delete_member(ctx, member_id))

    def import_file(self, path: str | None = None) -> ImportDialog | None:
        if not path:
            path = open_file(
                self,
                self.tr("Import members"),
                self.tr("Excel or CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)"),
            )
            if not path:
                return None
        dlg = ImportDialog(self.env, self.unit_code, path, parent=self)
        dlg.accepted.connect(lambda: self.count.setText(dlg.result_text()))
        dlg.open()
        dlg.start()
        return dlg

    def export_file(self, path: str | None = None) -> None:
        if not path:
            path = save_file(
                self,
                self.tr("Export members"),
                "danh-sach-doan-vien.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"),
            )
            if not path:
                return
        if not Path(path).suffix:
            path += ".xlsx"
        self.env.runner.run(
            lambda progress: export_members(self.env.ctx, self.unit_code, path, progress),
            on_done=lambda n: self._exported(n, path),
            on_error=self._failed,
            label=self.tr("Exporting members…"),
            parent=self,
        )

    def _exported(self, n: int, path: str) -> None:
        self.count.setText(self.tr("Exported {0} members to {1}").format(ui_formatter().number(n), path))

    def save_template(self, path: str | None = None) -> None:
        if not path:
            path = save_file(
                self,
                self.tr("Save the Excel template"),
                "mau-danh-sach-doan-vien.xlsx",
                self.tr("Excel workbook (*.xlsx)"),
            )
            if not path:
                return
        try:
            write_template(path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Excel template"), exc.message)
            return
        self.count.setText(self.tr("Template saved to {0}").format(path))

    def _failed(self, exc, tb) -> None:
        msg = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, self.tr("Members"), msg)


PAGE = PageSpec(
    key="members",
    order=10,
    title=QT_TRANSLATE_NOOP("Navigation", "Members"),
    factory=MembersPage,
    available=lambda unit: unit is not None and unit.kind.is_union,
    icon="members.svg",
)
