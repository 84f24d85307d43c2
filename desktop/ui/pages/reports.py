"""Reports ("In văn bản"): choose a document, its period (and quarter, branch, date), preview it,
print it, save it as PDF; the document register of the unit below (issue 6)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.domain.units import UnitKind
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.reporting import ReportRequest, held_branches, kinds_for, register
from desktop.services.units import self_unit
from desktop.ui.pages import Page, PageSpec


class RegisterModel(QAbstractTableModel):
    """The document register: immutable rows, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RegisterModel", "Number"),
        QT_TRANSLATE_NOOP("RegisterModel", "Date"),
        QT_TRANSLATE_NOOP("RegisterModel", "Document"),
        QT_TRANSLATE_NOOP("RegisterModel", "Prints"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("RegisterModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (f"{r.number:02d}-{r.type_code}", format_date_short(r.issued_on), r.title, str(r.print_count))[
            index.column()
        ]


class ReportsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.unit = None
        self.needs_branch = self.needs_quarter = False
        self.kinds = QListWidget()
        self.kinds.setObjectName("report_kinds")
        self.kinds.setMinimumWidth(300)
        self.kinds.setWordWrap(True)
        self.kinds.setStyleSheet("QListWidget::item { padding: 6px 4px; }")

        self.options = QGroupBox()
        form = QFormLayout(self.options)
        self.period = QComboBox()
        self.period.setObjectName("report_period")
        self.period.setEditable(True)
        self.quarter = QComboBox()
        self.quarter.setObjectName("report_quarter")
        self.branch = QComboBox()
        self.branch.setObjectName("report_branch")
        self.issued_on = QDateEdit()
        self.issued_on.setObjectName("report_date")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.draft = QCheckBox()
        self.draft.setObjectName("report_draft")
        self.period_label, self.quarter_label = QLabel(), QLabel()
        self.branch_label, self.date_label = QLabel(), QLabel()
        form.addRow(self.period_label, self.period)
        form.addRow(self.quarter_label, self.quarter)
        form.addRow(self.branch_label, self.branch)
        form.addRow(self.date_label, self.issued_on)
        # Every preview is a draft (issue 19): the number is given by "Issue with a number…" in
        # the preview, never by opening it. The box stays for the layout of older translations.
        self.draft.hide()
        self.hint = QLabel()
        self.hint.setObjectName("report_hint")
        self.hint.setWordWrap(True)
        self.preview_btn = QPushButton()
        self.preview_btn.setObjectName("report_preview")
        self.preview_btn.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_btn)
        buttons.addStretch(1)

        self.register_box = QGroupBox()
        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setObjectName("report_register")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        QVBoxLayout(self.register_box).addWidget(self.table)

        right = QVBoxLayout()
        right.addWidget(self.options)
        right.addWidget(self.hint)
        right.addLayout(buttons)
        right.addWidget(self.register_box, 1)
        lay = QHBoxLayout(self)
        lay.addWidget(self.kinds, 2)
        lay.addLayout(right, 3)

        self.kinds.currentRowChanged.connect(lambda _r: self._kind_changed())
        self.preview_btn.clicked.connect(self.open_preview)
        self.kinds.itemActivated.connect(lambda _i: self.open_preview())
        # Ctrl+P on this page opens the preview, where Ctrl+P prints (desktop/ui/preview.py).
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence.Print, self, activated=lambda: self.preview_btn.isEnabled() and self.open_preview())
        self.preview_btn.setToolTip(QKeySequence(QKeySequence.Print).toString(QKeySequence.NativeText))
        self.retranslate()
        self.reload()

    def watches(self):
        return ("unit", "documents", "cycle", "recognition", "members", "volunteer", "settings")

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        self.options.setTitle(self.tr("Document"))
        self.period_label.setText(self.tr("Period:"))
        self.quarter_label.setText(self.tr("Quarter:"))
        self.branch_label.setText(self.tr("Branch:"))
        self.date_label.setText(self.tr("Date on the document:"))
        self.draft.setText(self.tr("Draft (no number from the register)"))
        self.preview_btn.setText(self.tr("Preview and print…"))
        self.register_box.setTitle(self.tr("Document register"))
        q = self.quarter.currentData()
        self.quarter.clear()
        for i in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {0}").format(i), i)
        if not q:  # first fill: the quarter we are in, the one a secretary reports on now
            q = (self.env.ctx.today().month - 1) // 3 + 1
        self.quarter.setCurrentIndex(self.quarter.findData(q))
        self._fill_kinds()
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(RegisterModel.HEADERS) - 1)

    def _fill_kinds(self) -> None:
        current = self.current_kind()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for k in kinds_for(self.unit):
            item = QListWidgetItem(QCoreApplication.translate("ReportKind", k.title_en))
            item.setData(Qt.UserRole, k.key)
            self.kinds.addItem(item)
        self.kinds.blockSignals(False)
        keys = [self.kinds.item(i).data(Qt.UserRole) for i in range(self.kinds.count())]
        self.kinds.setCurrentRow(keys.index(current) if current in keys else (0 if keys else -1))
        self._kind_changed()

    # ---------------------------------------------------------------- data
    def reload(self) -> None:
        ctx = self.env.ctx
        self.unit = self_unit(ctx)
        if self.unit is None:
            return
        today = ctx.today()
        self.issued_on.setDate(QDate(today.year, today.month, today.day))
        current = self.period.currentText()
        self.period.clear()
        if self.unit.is_school:
            y = today.year if today.month >= 9 else today.year - 1
            labels = [f"{y + i}-{y + i + 1}" for i in (1, 0, -1)]
        else:
            labels = [str(today.year + i) for i in (1, 0, -1)]
        self.period.addItems(labels)
        self.period.setCurrentText(current or labels[1])
        self.branch.clear()
        if self.unit.kind is not UnitKind.CHI_DOAN:
            for b in held_branches(ctx, self.unit.code):
                self.branch.addItem(f"{b.name} ({b.code})", b.code)
        self._fill_kinds()
        try:
            self.model.set_rows(register(ctx, with_branches=True))
        except Exception:  # noqa: BLE001 - no register yet is not an error for this page
            self.model.set_rows([])

    def activate(self, kind: str | None = None, period: str | None = None, **kw) -> None:
        """Opened from another page on one kind of document (e.g. the review page's "Print")."""
        if period:
            self.period.setCurrentText(period)
        if kind:
            for i in range(self.kinds.count()):
                if self.kinds.item(i).data(Qt.UserRole) == kind:
                    self.kinds.setCurrentRow(i)
                    break

    def current_kind(self) -> str | None:
        item = self.kinds.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _kind_changed(self) -> None:
        from desktop.reports.kinds import BRANCH, BY_KEY

        key = self.current_kind()
        kind = BY_KEY.get(key) if key else None
        branch_scope = bool(
            kind and kind.scope == BRANCH and self.unit is not None and self.unit.kind is not UnitKind.CHI_DOAN
        )
        self.needs_branch = branch_scope
        self.needs_quarter = bool(kind and kind.needs_quarter)
        self.branch.setVisible(branch_scope)
        self.branch_label.setVisible(branch_scope)
        self.quarter.setVisible(self.needs_quarter)
        self.quarter_label.setVisible(self.needs_quarter)
        self.draft.setEnabled(bool(kind and kind.numbered))
        self.preview_btn.setEnabled(kind is not None)
        if kind is None:
            self.hint.setText(self.tr("This unit has no document to print here."))
        elif kind.numbered:
            self.hint.setText(
                self.tr(
                    "The preview is a draft marked “BẢN NHÁP” and uses no number. "
                    "“Issue with a number…” in the preview gives the next number from the "
                    "document register; printing it again keeps the same number and date."
                )
            )
        else:
            self.hint.setText(self.tr("This document has no number."))

    def request(self) -> ReportRequest | None:
        key = self.current_kind()
        if key is None:
            return None
        d = self.issued_on.date()
        from datetime import date

        return ReportRequest(
            kind=key,
            period=self.period.currentText().strip() or None,
            branch=self.branch.currentData() if self.needs_branch else None,
            quarter=self.quarter.currentData() if self.needs_quarter else None,
            issued_on=date(d.year(), d.month(), d.day()),
            draft=True,
        )

    def open_preview(self):
        from desktop.services.changes import Changes
        from desktop.ui.preview import PreviewWindow

        req = self.request()
        if req is None:
            return None
        win = PreviewWindow(self.env, req, self.window())
        win.generated.connect(lambda _r: self.env.bus.emit(Changes.of("documents")))
        self._preview = win
        win.start()
        return win


PAGE = PageSpec(
    key="reports",
    order=80,
    title=QT_TRANSLATE_NOOP("Navigation", "Printed reports"),
    factory=ReportsPage,
    available=lambda unit: unit is not None and unit.kind.is_union,
    icon="reports.svg",
)
