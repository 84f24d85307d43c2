"""The evidence logs ("Sổ theo dõi", BRIEF §1 evidence table, step 2): one list per kind of
record — information given, thematic sessions, alerts, share requests, incidents, weekly good
examples, branch meetings, Party introductions — with quick entry (Ctrl+N, "save and add
another") and the files attached to each record."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.logs import LOG_KINDS, LogEntry, category_words
from desktop.i18n.catalogue import say
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.year import delete_log, list_logs
from desktop.services.membership import roster
from desktop.ui.cycle_common import UnitPeriodBar, cycle_page_available
from desktop.ui.empty_hint import EmptyHint
from desktop.ui.pages import Page, PageSpec
from desktop.ui.rows_model import collator

_COLUMNS = ("date", "title", "detail", "people", "files")


class LogTableModel(QAbstractTableModel):
    """Thin adapter over immutable LogEntry rows; sorts inside the model (Vietnamese order)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[LogEntry] = []
        self.names: dict[int, str] = {}
        self.lang = "vi"
        self.headers = ["", "", "", "", ""]
        self._collator = collator()  # the app's one Vietnamese collation

    def set_rows(self, rows: list[LogEntry], names: dict[int, str], lang: str) -> None:
        self.beginResetModel()
        self.rows = sorted(rows, key=lambda e: (e.on_date, e.id or 0), reverse=True)
        self.names = names
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(_COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def detail(self, e: LogEntry) -> str:
        parts = []
        if e.category:
            parts.append(say(category_words(e.kind, e.category), self.lang))
        if e.member_id is not None:
            parts.append(self.names.get(e.member_id, f"#{e.member_id}"))
        for v in (e.counterpart, e.channel, e.ref_no):
            if v:
                parts.append(v)
        return " · ".join(parts)

    def text(self, e: LogEntry, col: int) -> str:
        key = _COLUMNS[col]
        if key == "date":
            return format_date_short(e.on_date)
        if key == "title":
            return e.title
        if key == "detail":
            return self.detail(e)
        if key == "people":
            return str(len(e.participants)) if e.spec.uses_participants else ""
        return str(e.attachments) if e.attachments else ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(e, index.column())
        if role == Qt.ToolTipRole and index.column() in (1, 2):
            return e.description or self.text(e, index.column())
        if role == Qt.TextAlignmentRole and _COLUMNS[index.column()] in ("people", "files"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return e
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        self.layoutAboutToBeChanged.emit()
        key = _COLUMNS[column]
        if key == "date":
            self.rows.sort(key=lambda e: (e.on_date, e.id or 0))
        elif key in ("people", "files"):
            self.rows.sort(key=lambda e: len(e.participants) if key == "people" else e.attachments)
        else:
            coll = self._collator
            self.rows.sort(key=lambda e: coll.sortKey(self.text(e, column)))
        if order == Qt.DescendingOrder:
            self.rows.reverse()
        self.layoutChanged.emit()


class LogsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.bar = UnitPeriodBar(env)
        self.bar.changed.connect(self.reload)
        self.kinds = QListWidget()
        self.kinds.setObjectName("log_kinds")
        self.kinds.setFixedWidth(330)
        for key in LOG_KINDS:
            it = QListWidgetItem()
            it.setData(Qt.UserRole, key)
            self.kinds.addItem(it)
        self.kinds.setCurrentRow(0)
        self.kinds.currentRowChanged.connect(lambda _: self._show_kind())

        self.heading = QLabel()
        self.heading.setObjectName("log_heading")
        self.heading.setWordWrap(True)
        self.model = LogTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("log_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda _: self._edit())
        self.empty = EmptyHint(self.table, "log_table_empty")
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("log_add")
        self.add_btn.clicked.connect(self._add)
        self.edit_btn = QPushButton()
        self.edit_btn.setObjectName("log_edit")
        self.edit_btn.clicked.connect(self._edit)
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("log_delete")
        self.delete_btn.clicked.connect(self._delete)
        self.count = QLabel()
        self.count.setObjectName("log_count")
        QShortcut(QKeySequence.New, self, activated=self._add)
        QShortcut(QKeySequence.Delete, self.table, activated=self._delete)
        from desktop.ui.evidence_drop import enable_log_row_drop

        enable_log_row_drop(self)  # drop a photo on a record to attach it (issue 11)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.edit_btn)
        buttons.addWidget(self.delete_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.table, 1)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.kinds)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        # Alerts and share requests relayed by the upper level, ready to confirm (issue 17).
        self.pending = QWidget()
        self.pending.setObjectName("log_pending")
        self.pending.setStyleSheet(
            "QWidget#log_pending { background: #fff3cd; border: 1px solid #e0b84c; border-radius: 4px; }"
        )
        self.pending.setAttribute(Qt.WA_StyledBackground, True)
        self.pending_text = QLabel()
        self.pending_text.setObjectName("log_pending_text")
        self.pending_text.setWordWrap(True)
        self.pending_btn = QPushButton()
        self.pending_btn.setObjectName("log_pending_confirm")
        self.pending_btn.clicked.connect(self._confirm_pending)
        pl = QHBoxLayout(self.pending)
        pl.setContentsMargins(6, 4, 6, 4)
        pl.addWidget(self.pending_text, 1)
        pl.addWidget(self.pending_btn)
        self.pending.setVisible(False)
        self._pending = []
        lay = QVBoxLayout(self)
        lay.addWidget(self.bar)
        lay.addWidget(self.pending)
        lay.addWidget(split, 1)
        self._counts: dict[str, int] = {}
        self._entries: list[LogEntry] = []
        self._names: dict[int, str] = {}
        self.retranslate()
        self.bar.reload_units()
        self.reload()

    def watches(self):
        return ("cycle", "members", "unit", "settings", "sync")

    def lang(self) -> str:
        return self.env.translator.language

    def kind(self) -> str:
        it = self.kinds.currentItem()
        return it.data(Qt.UserRole) if it else next(iter(LOG_KINDS))

    def retranslate(self):
        self.bar.retranslate()
        lang = self.lang()
        for i in range(self.kinds.count()):
            it = self.kinds.item(i)
            spec = LOG_KINDS[it.data(Qt.UserRole)]
            n = self._counts.get(spec.key)
            it.setText(f"{spec.criterion}  {catalog_text(spec, 'title', lang)}" + (f"  ({n})" if n else ""))
        self.model.headers = [
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Details"),
            self.tr("Members"),
            self.tr("Files"),
        ]
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(_COLUMNS) - 1)
        self.add_btn.setText(self.tr("Add (Ctrl+N)"))
        self.empty.setText(
            self.tr(
                "Nothing recorded for this criterion in this period yet.\nClick “Add (Ctrl+N)” to record the first one."
            )
        )
        self.edit_btn.setText(self.tr("Edit…"))
        self.delete_btn.setText(self.tr("Delete"))
        self._heading()

    def _heading(self):
        spec = LOG_KINDS[self.kind()]
        self.heading.setText(
            f"<b>{catalog_text(spec, 'title', self.lang())}</b> — "
            + self.tr("evidence for criterion {0}").format(spec.criterion)
        )
        self.count.setText(
            self.tr("{0} records in period {1}").format(self.model.rowCount(), self.bar.period_label_value() or "")
        )

    def activate(self, **kw):
        if kw.get("unit") or kw.get("period"):
            self.bar.select(kw.get("unit"), kw.get("period"))
        kind = kw.get("kind")
        if kind in LOG_KINDS:
            for i in range(self.kinds.count()):
                if self.kinds.item(i).data(Qt.UserRole) == kind:
                    self.kinds.setCurrentRow(i)
        if kw.get("new"):
            self._add()

    def reload(self):
        if self.bar.unit() is None:
            self.bar.reload_units()
        unit = self.bar.unit()
        if unit is None:
            return
        code, label, ctx = unit.code, self.bar.period_label_value(), self.env.ctx

        def work():
            from desktop.services import exchange as flow_down
            from desktop.services.units import self_unit

            entries = list_logs(ctx, code, label)
            names = {r.member.id: r.member.full_name for r in roster(ctx, code)}
            me = self_unit(ctx)
            pending = [i for i in flow_down.waiting(ctx) if i.kind == "alert"] if me and me.code == code else []
            return entries, names, pending

        self.env.runner.run(work, on_done=self._loaded, parent=self)

    def _loaded(self, result):
        self._entries, self._names, self._pending = result
        self._show_pending()
        writable = not self.bar.is_read_only()  # a branch sending packages: view only
        for b in (self.add_btn, self.edit_btn, self.delete_btn):
            b.setEnabled(writable)
        self._counts = {}
        for e in self._entries:
            self._counts[e.kind] = self._counts.get(e.kind, 0) + 1
        self._show_kind()

    def _show_pending(self):
        p = self._pending
        self.pending.setVisible(bool(p))
        if not p:
            return
        first = p[0]
        more = self.tr(" (and {0} more)").format(len(p) - 1) if len(p) > 1 else ""
        self.pending_text.setText(
            self.tr("From the upper level, waiting to be recorded{0}: <b>{1}</b> — {2}").format(
                more, first.title_vi, first.text_vi
            )
        )
        self.pending_btn.setText(self.tr("Record in the log ({0})").format(first.criterion))

    def _confirm_pending(self):
        from desktop.services import exchange as flow_down
        from desktop.services.changes import Changes

        if not self._pending:
            return
        item, ctx = self._pending[0], self.env.ctx

        def done(result):
            self.env.bus.emit(Changes.of("cycle", "sync"))
            self.activate(kind="alert" if item.criterion == "CD-1.3" else "share_request")

        self.env.runner.run(
            lambda: flow_down.confirm_alert(ctx, item.package_id),
            on_done=done,
            on_error=lambda exc, tb: QMessageBox.warning(self, self.tr("Logs"), str(exc)),
            parent=self,
        )

    def _show_kind(self):
        kind = self.kind()
        self.model.set_rows([e for e in self._entries if e.kind == kind], self._names, self.lang())
        self.retranslate()

    def current_entry(self) -> LogEntry | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, Qt.UserRole) if idx.isValid() else None

    def _add(self):
        from desktop.ui.cycle_log_dialog import LogDialog

        if self.bar.unit_code() is None or self.bar.is_read_only():
            return
        LogDialog(self.env, self.bar.unit_code(), self.kind(), parent=self).open()

    def _edit(self):
        from desktop.ui.cycle_log_dialog import LogDialog

        e = self.current_entry()
        if e is not None and not self.bar.is_read_only():
            LogDialog(self.env, e.unit_code, e.kind, e, parent=self).open()

    def _delete(self):
        e = self.current_entry()
        if e is None or self.bar.is_read_only():
            return
        ask = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr(
                "Delete the record of {0} “{1}”? Its evidence files are detached. The audit trail keeps "
                "what was deleted."
            ).format(format_date_short(e.on_date), e.title),
        )
        if ask != QMessageBox.Yes:
            return
        ctx = self.env.ctx
        self.env.runner.run(lambda: delete_log(ctx, e.id), on_done=self.env.bus.emit, parent=self)


PAGE = PageSpec(
    key="logs",
    order=25,
    title=QT_TRANSLATE_NOOP("Navigation", "Evidence logs"),
    factory=LogsPage,
    available=cycle_page_available,
    icon="logs.svg",
)
