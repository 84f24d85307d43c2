"""Commune: the list of thôn / tổ dân phố (issue 20 item 6) and, per hamlet, the indicators
counted "100% thôn, tổ dân phố …" (model of self-management, citizens' initiatives, suggestion
boxes). The list is typed or imported from a sheet; places in the log are chosen from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.commune import HAMLET_KINDS, Hamlet
from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as rec
from desktop.ui.files import open_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.writes import run_write
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected

SHEETS = QT_TRANSLATE_NOOP("CommuneHamletsPage", "Spreadsheets (*.xlsx *.xls *.csv)")


class CommuneHamletsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_file = lambda: open_file(self, self.tr("List of hamlets"), self.tr(SHEETS))
        self.ask_name = lambda title, text, value: QInputDialog.getText(self, title, text, QLineEdit.Normal, value)
        self.confirm = lambda text: QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.Yes
        self.hamlets: list[Hamlet] = []
        # The list
        self.list_box = QGroupBox()
        self.model = RowsModel([Col("name", lambda h: h.name), Col("kind", lambda h: HAMLET_KINDS.get(h.kind, h.kind))])
        self.view = make_table(self.model, "commune_hamlets_table")
        self.view.setColumnWidth(0, 240)
        self.name = QLineEdit()
        self.name.setObjectName("commune_hamlet_name")
        self.kind = QComboBox()
        self.kind.setObjectName("commune_hamlet_kind")
        for k, label in HAMLET_KINDS.items():
            self.kind.addItem(label, k)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("commune_hamlet_add")
        self.add_btn.clicked.connect(lambda: self.add())
        self.name.returnPressed.connect(self.add)
        self.rename_btn = QPushButton()
        self.rename_btn.setObjectName("commune_hamlet_rename")
        self.rename_btn.clicked.connect(lambda: self.rename())
        self.stop_btn = QPushButton()
        self.stop_btn.setObjectName("commune_hamlet_stop")
        self.stop_btn.clicked.connect(lambda: self.stop_counting())
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("commune_hamlet_import")
        self.import_btn.clicked.connect(lambda: self.import_sheet())
        self.count = QLabel()
        self.count.setObjectName("commune_hamlet_count")
        self.count.setWordWrap(True)
        lb = QVBoxLayout(self.list_box)
        lb.addWidget(self.count)
        lb.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.kind)
        row.addWidget(self.add_btn)
        lb.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.rename_btn)
        row2.addWidget(self.stop_btn)
        row2.addStretch(1)
        row2.addWidget(self.import_btn)
        lb.addLayout(row2)
        # Per-hamlet indicators
        self.facts_box = QGroupBox()
        self.period = period_combo(env.ctx, "commune_hamlets_period")
        self.period.currentIndexChanged.connect(lambda _i: self.load_facts())
        self.criterion = QComboBox()
        self.criterion.setObjectName("commune_hamlet_criterion")
        self.criterion.currentIndexChanged.connect(lambda _i: self.load_facts())
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("commune_hamlet_facts")
        self.grid.verticalHeader().setVisible(False)
        self.grid.setColumnWidth(0, 200)
        self.grid.setColumnWidth(1, 70)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("commune_hamlet_facts_save")
        self.save_btn.clicked.connect(lambda: self.save_facts())
        self.facts_summary = QLabel()
        self.facts_summary.setObjectName("commune_hamlet_facts_summary")
        self.facts_summary.setWordWrap(True)
        self.period_label, self.criterion_label = QLabel(), QLabel()
        fb = QVBoxLayout(self.facts_box)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.criterion_label)
        top.addWidget(self.criterion, 1)
        fb.addLayout(top)
        fb.addWidget(self.grid, 1)
        fb.addWidget(self.facts_summary)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_btn)
        fb.addLayout(bottom)
        lay = QHBoxLayout(self)
        lay.addWidget(self.list_box, 2)
        lay.addWidget(self.facts_box, 3)
        self._facts: dict = {}
        self.retranslate()

    def watches(self):
        return ("commune",)

    def retranslate(self) -> None:
        self.list_box.setTitle(self.tr("Hamlets and residential groups of the commune"))
        self.facts_box.setTitle(self.tr("Indicators counted per hamlet"))
        self.name.setPlaceholderText(self.tr("Name, e.g. Thôn Đông"))
        self.add_btn.setText(self.tr("Add"))
        self.rename_btn.setText(self.tr("Rename…"))
        self.stop_btn.setText(self.tr("Stop counting (merged or dissolved)"))
        self.import_btn.setText(self.tr("Import from Excel…"))
        self.period_label.setText(self.tr("Year:"))
        self.criterion_label.setText(self.tr("Indicator:"))
        self.save_btn.setText(self.tr("Save the marks"))
        self.model.set_titles([self.tr("Name"), self.tr("Kind")])
        self.grid.setHorizontalHeaderLabels([self.tr("Hamlet"), self.tr("Met"), self.tr("Note")])
        self._show_count()

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx = self.env.ctx

        def load():
            return rec.hamlets(ctx), rec.hamlet_criteria(ctx)

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        self.hamlets, criteria = result
        self.model.set_rows(self.hamlets)
        self._show_count()
        current = self.criterion.currentData()
        self.criterion.blockSignals(True)
        self.criterion.clear()
        for campaign, cid, title in criteria:
            self.criterion.addItem(title, f"{campaign}|{cid}")
        i = self.criterion.findData(current) if current else -1
        self.criterion.setCurrentIndex(max(i, 0))
        self.criterion.blockSignals(False)
        self.load_facts()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%1 hamlet(s) and residential group(s) counted.").replace("%1", str(len(self.hamlets)))
            if self.hamlets
            else self.tr(
                "No list yet: add the hamlets one by one or import the list from Excel. "
                "Every “100% of hamlets” indicator is then computed from it."
            )
        )

    def _write(self, fn, then=None) -> None:
        run_write(self, fn, then=(lambda _result: then()) if then else None)

    def add(self) -> None:
        name, kind, ctx = self.name.text(), self.kind.currentData(), self.env.ctx
        self._write(lambda: rec.add_hamlet(ctx, name, kind)[1], then=self.name.clear)

    def rename(self) -> None:
        h = selected(self.view, self.model)
        if h is None:
            show_refusal(self, DomainError(self.tr("Choose a hamlet in the list first.")))
            return
        new, ok = self.ask_name(self.tr("Rename"), self.tr("New name:"), h.name)
        if ok and new.strip() and new.strip() != h.name:
            ctx = self.env.ctx
            self._write(lambda: rec.update_hamlet(ctx, Hamlet(h.id, new, h.kind, True)))

    def stop_counting(self) -> None:
        h = selected(self.view, self.model)
        if h is None:
            show_refusal(self, DomainError(self.tr("Choose a hamlet in the list first.")))
            return
        if not self.confirm(
            self.tr(
                "Stop counting “%1”? Its past records stay; it no longer counts in the indicators from now on."
            ).replace("%1", h.name)
        ):
            return
        ctx = self.env.ctx
        self._write(lambda: rec.update_hamlet(ctx, Hamlet(h.id, h.name, h.kind, False)))

    def import_sheet(self) -> None:
        path = self.choose_file()
        if not path:
            return
        ctx = self.env.ctx

        def preview():
            return rec.import_hamlets(ctx, path, dry_run=True)[0]

        def show(result):
            if result.errors:
                QMessageBox.warning(self, self.tr("Not imported"), "\n".join(result.errors[:12]))
                return
            if not result.added:
                QMessageBox.information(
                    self, self.tr("Nothing new"), self.tr("Every hamlet in the file is already in the list.")
                )
                return
            text = (
                self.tr("Add %1 hamlet(s): %2?")
                .replace("%1", str(len(result.added)))
                .replace("%2", ", ".join(result.added[:15]) + (" …" if len(result.added) > 15 else ""))
            )
            if result.existing:
                text += "\n" + self.tr("Already in the list: %1.").replace("%1", str(len(result.existing)))
            if self.confirm(text):
                self._write(lambda: rec.import_hamlets(ctx, path)[1])

        self.env.runner.run(
            preview,
            on_done=show,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Reading the file…"),
            parent=self,
        )

    # ---------------------------------------------------------------- per-hamlet facts

    def load_facts(self) -> None:
        data = self.criterion.currentData()
        if not data or not self.hamlets:
            self.grid.setRowCount(0)
            self.facts_summary.setText("" if self.hamlets else self.tr("Add the list of hamlets first."))
            return
        campaign, cid = data.split("|", 1)
        ctx, period = self.env.ctx, self.period.currentData()
        self.env.runner.run(
            lambda: rec.hamlet_facts(ctx, campaign, cid, period),
            on_done=self._show_facts,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def _show_facts(self, facts) -> None:
        self._facts = facts
        self.grid.setRowCount(len(self.hamlets))
        for r, h in enumerate(self.hamlets):
            name = QTableWidgetItem(h.name)
            name.setFlags(Qt.ItemIsEnabled)
            self.grid.setItem(r, 0, name)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
            f = facts.get(h.id)
            check.setCheckState(Qt.Checked if f is not None and f.met else Qt.Unchecked)
            self.grid.setItem(r, 1, check)
            self.grid.setItem(r, 2, QTableWidgetItem(f.note if f else ""))
        met = sum(1 for h in self.hamlets if facts.get(h.id) is not None and facts[h.id].met)
        self.facts_summary.setText(
            self.tr("%1 of %2 hamlets meet this indicator.")
            .replace("%1", str(met))
            .replace("%2", str(len(self.hamlets)))
        )

    def marks(self) -> dict[int, tuple[bool, str]]:
        out = {}
        for r, h in enumerate(self.hamlets):
            check, note = self.grid.item(r, 1), self.grid.item(r, 2)
            out[h.id] = (check is not None and check.checkState() == Qt.Checked, note.text() if note else "")
        return out

    def save_facts(self) -> None:
        data = self.criterion.currentData()
        if not data:
            return
        campaign, cid = data.split("|", 1)
        ctx, period, marks = self.env.ctx, self.period.currentData(), self.marks()
        self._write(lambda: rec.set_hamlet_facts(ctx, campaign, cid, period, marks), then=self.load_facts)


PAGE = PageSpec(
    key="commune_hamlets",
    order=26,
    title=QT_TRANSLATE_NOOP("Navigation", "Hamlets"),
    factory=CommuneHamletsPage,
    available=is_commune,
    icon="members.svg",
)
