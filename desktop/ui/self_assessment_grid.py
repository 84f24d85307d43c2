"""The whole branch's self-assessment in one grid (issue 19 item 9): members × the quality
groups, Đạt / Chưa đạt in each cell, filled by hand, "all Đạt" for a row or a column, or from a
spreadsheet (checked and previewed first); saved all-or-nothing (desktop/services/year/self_assessment.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.collation import person_key
from desktop.domain.errors import DomainError
from desktop.domain.recognition import CHUA_DAT, DAT, quality_groups
from desktop.i18n.formatting import file_name
from desktop.services import year as sa
from desktop.ui.files import open_file, save_file
from desktop.ui.screen import fit_to_screen

_COLOURS = {DAT: ("#d8f0d8", "#1d5e20"), CHUA_DAT: ("#f8d7d5", "#8a1c14"), None: ("#ffffff", "#555555")}


class SelfAssessmentGrid(QDialog):
    """``SelfAssessmentGrid(env, board, lang)``: ``grid()`` is {member id: {group: result}}."""

    def __init__(self, env, board, lang: str, parent=None):
        super().__init__(parent)
        self.env, self.board, self.lang = env, board, lang
        self.setObjectName("self_assessment_grid")
        fit_to_screen(self, 1100, 640)
        self.groups = quality_groups(board.catalog)
        self.rows = sorted(board.rows, key=lambda r: person_key(r.member.full_name))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.rows), 1 + len(self.groups))
        self.table.setObjectName("self_assessment_table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.cellClicked.connect(self._toggle)
        self.table.horizontalHeader().sectionClicked.connect(self._column_met)
        for i, r in enumerate(self.rows):
            name = QTableWidgetItem(r.member.full_name)
            name.setData(Qt.UserRole, r.member.id)
            self.table.setItem(i, 0, name)
            for j, g in enumerate(self.groups, start=1):
                self._set(i, j, (r.results.get(g.id) or (None, ""))[0])
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(0, QHeaderView.Stretch)
        for j in range(1, 1 + len(self.groups)):
            hdr.setSectionResizeMode(j, QHeaderView.ResizeToContents)
        self.all_btn = QPushButton()
        self.all_btn.setObjectName("grid_all_met")
        self.all_btn.clicked.connect(self._all_met)
        self.template_btn = QPushButton()
        self.template_btn.setObjectName("grid_template")
        self.template_btn.clicked.connect(lambda: self.save_template())
        self.sheet_btn = QPushButton()
        self.sheet_btn.setObjectName("grid_from_sheet")
        self.sheet_btn.clicked.connect(lambda: self.from_sheet())
        self.status = QLabel()
        self.status.setObjectName("grid_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        tools = QHBoxLayout()
        for b in (self.all_btn, self.template_btn, self.sheet_btn):
            tools.addWidget(b)
        tools.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(tools)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.choose_save = lambda name: save_file(
            self, self.tr("Save the self-assessment sheet"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        self.choose_open = lambda: open_file(
            self, self.tr("Choose the filled-in sheet"), self.tr("Excel workbooks (*.xlsx)")
        )
        self.retranslate()
        self._count()

    def retranslate(self) -> None:
        b = self.board
        self.setWindowTitle(self.tr("Self-assessment of the whole branch — {0}").format(b.unit.name))
        self.intro.setText(
            self.tr(
                "Click a cell to switch between Met (Đạt) and Not met (Chưa đạt); click a group's "
                "title to mark the whole column Met. Every member needs a result in every "
                "group; nothing is saved until all are filled in."
            )
        )
        heads = [self.tr("Member")] + [f"{g.id}. {catalog_text(g, 'title', self.lang)}"[:38] for g in self.groups]
        self.table.setHorizontalHeaderLabels(heads)
        for j, g in enumerate(self.groups, start=1):
            self.table.horizontalHeaderItem(j).setToolTip(catalog_text(g, "title", self.lang))
        self.all_btn.setText(self.tr("Mark every empty cell Met"))
        self.template_btn.setText(self.tr("Save as a sheet to fill in…"))
        self.sheet_btn.setText(self.tr("Fill in from a sheet…"))

    # ------------------------------------------------------------------ cells
    def _word(self, result) -> str:
        return {DAT: self.tr("Met (Đạt)"), CHUA_DAT: self.tr("Not met (Chưa đạt)")}.get(result, "—")

    def _set(self, i: int, j: int, result) -> None:
        item = QTableWidgetItem(self._word(result))
        item.setData(Qt.UserRole, result)
        item.setTextAlignment(Qt.AlignCenter)
        bg, fg = _COLOURS.get(result, _COLOURS[None])
        item.setBackground(QBrush(QColor(bg)))
        item.setForeground(QBrush(QColor(fg)))
        self.table.setItem(i, j, item)

    def cell(self, i: int, j: int):
        return self.table.item(i, j).data(Qt.UserRole)

    def _toggle(self, i: int, j: int) -> None:
        if j == 0:
            return
        self._set(i, j, CHUA_DAT if self.cell(i, j) == DAT else DAT)
        self._count()

    def _column_met(self, j: int) -> None:
        if j == 0:
            return
        for i in range(self.table.rowCount()):
            self._set(i, j, DAT)
        self._count()

    def _all_met(self) -> None:
        for i in range(self.table.rowCount()):
            for j in range(1, self.table.columnCount()):
                if self.cell(i, j) is None:
                    self._set(i, j, DAT)
        self._count()

    def _count(self) -> None:
        empty = sum(
            1
            for i in range(self.table.rowCount())
            for j in range(1, self.table.columnCount())
            if self.cell(i, j) is None
        )
        full = sum(
            1
            for i in range(self.table.rowCount())
            if all(self.cell(i, j) == DAT for j in range(1, self.table.columnCount()))
        )
        self.status.setText(
            self.tr("{0} members; {1} met every group; {2} cells still empty.").format(
                self.table.rowCount(), full, empty
            )
        )

    def grid(self) -> dict[int, dict[str, str]]:
        return {
            self.table.item(i, 0).data(Qt.UserRole): {g.id: self.cell(i, j) for j, g in enumerate(self.groups, start=1)}
            for i in range(self.table.rowCount())
        }

    # ------------------------------------------------------------------ sheet
    def save_template(self, path: str | None = None) -> str | None:
        b = self.board
        path = path or self.choose_save(file_name("Tự đánh giá đoàn viên", b.unit.name, b.period.label, ext="xlsx"))
        if not path:
            return None
        try:
            sa.write_sheet(self.env.ctx, b.unit.code, b.period.label, path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Self-assessment"), exc.message)
            return None
        self.status.setText(
            self.tr("Saved the sheet: fill in Đạt or Chưa đạt and bring it back with “Fill in from a sheet…”.")
        )
        return path

    def from_sheet(self, path: str | None = None) -> bool:
        b = self.board
        path = path or self.choose_open()
        if not path:
            return False
        try:
            preview = sa.read_sheet(self.env.ctx, b.unit.code, b.period.label, path)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Self-assessment"), exc.message)
            return False
        if not preview.ok:
            shown = "\n".join(preview.errors[:15])
            more = self.tr("\n… and {0} more.").format(len(preview.errors) - 15) if len(preview.errors) > 15 else ""
            QMessageBox.warning(
                self,
                self.tr("The sheet has errors"),
                self.tr("Nothing was taken from the sheet. Correct these rows and choose it again:\n\n{0}{1}").format(
                    shown, more
                ),
            )
            return False
        changed = 0
        for i in range(self.table.rowCount()):
            mid = self.table.item(i, 0).data(Qt.UserRole)
            got = preview.results.get(mid)
            if got is None:
                continue
            for j, g in enumerate(self.groups, start=1):
                if self.cell(i, j) != got[g.id]:
                    changed += 1
                self._set(i, j, got[g.id])
        self._count()
        self.status.setText(
            self.tr("Filled in from the sheet: {0} members, {1} cells changed. Check the grid, then Save.").format(
                len(preview.results), changed
            )
        )
        return True

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        b, grid = self.board, self.grid()
        if any(v is None for row in grid.values() for v in row.values()):
            QMessageBox.warning(
                self,
                self.tr("Self-assessment"),
                self.tr(
                    "Some cells are still empty: every member needs Met or Not met in every group. Nothing was saved."
                ),
            )
            return
        ctx = self.env.ctx

        def done(changes) -> None:
            self.changes = changes
            self.env.bus.emit(changes)
            self.accept()

        def failed(exc, _tb) -> None:
            QMessageBox.warning(self, self.tr("Self-assessment"), getattr(exc, "message", str(exc)))

        # Off the GUI thread (the TaskRunner): the whole branch is one transaction.
        self.env.runner.run(
            lambda: sa.save_all(ctx, b.unit.code, b.period.label, grid),
            on_done=done,
            on_error=failed,
            label=self.tr("Self-assessment"),
            parent=self,
        )
