"""What the "Ngày tình nguyện" page shows and how it reads (issue 4): the unit and year above,
the tabs (activities, members and their days, who is short, totals by kind and month, the
CD-2.2 / CD-2.3 activities) and their buttons, built once; the texts set again on a change of
language.

Like the layout class Qt Designer writes beside a form, ``VolunteerLayout`` has no behaviour of
its own: the page (desktop/ui/pages/volunteer.py) inherits it and holds what it loads and does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.collation import person_key
from desktop.domain.volunteer import KINDS, format_dates_vi, label_words
from desktop.ui.i18n import ui_formatter
from desktop.ui.empty_hint import EmptyHint
from desktop.ui.volunteer_models import Column, ProgressDelegate, RowsModel


_RISK_COLOURS = {
    "missed": ("#f8d7d5", "#8a1c14"),
    "critical": ("#f8d7d5", "#8a1c14"),
    "high": ("#fde9c4", "#7a4b00"),
    "medium": ("#fff6d6", "#5e4a00"),
}


def _table(name: str, model, sortable: bool = True) -> QTableView:
    t = QTableView()
    t.setObjectName(name)
    t.setModel(model)
    t.setSortingEnabled(sortable)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(24)
    t.setWordWrap(False)
    t.setAlternatingRowColors(True)
    t.setTabKeyNavigation(False)
    return t


class VolunteerLayout:
    """The widgets and texts of ``VolunteerPage``."""

    def _build(self, env):
        # ---------------------------------------------------------------- top bar
        self.unit_label, self.period_label = QLabel(), QLabel()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("vol_unit")
        self.unit_combo.setMinimumContentsLength(22)
        self.unit_combo.currentIndexChanged.connect(lambda _: self._unit_changed())
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("vol_period")
        self.period_combo.currentIndexChanged.connect(lambda _: self.reload())
        self._read_only = False  # the branch sends its data in packages: view only here
        self.new_btn = QPushButton()
        self.new_btn.setObjectName("vol_new")
        self.new_btn.clicked.connect(self.new_activity)
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("vol_import")
        self.import_btn.clicked.connect(self.import_attendance)
        bar = QHBoxLayout()
        bar.addWidget(self.unit_label)
        bar.addWidget(self.unit_combo)
        bar.addSpacing(10)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period_combo)
        bar.addStretch(1)
        bar.addWidget(self.new_btn)
        bar.addWidget(self.import_btn)
        self.headline = QLabel()
        self.headline.setObjectName("vol_headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold; padding: 2px 0;")
        QShortcut(QKeySequence.New, self, activated=self.new_activity)

        # ---------------------------------------------------------------- activities tab
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("vol_kind_filter")
        self.kind_filter.addItem("", None)
        for k in KINDS:
            self.kind_filter.addItem("", k)
        self.kind_filter.currentIndexChanged.connect(lambda _: self._fill_activities())
        self.show_deleted = QCheckBox()
        self.show_deleted.setObjectName("vol_show_deleted")
        self.show_deleted.toggled.connect(lambda _: self.reload())
        self.act_model = RowsModel(
            [
                Column("dates", lambda a: format_dates_vi(a.dates), sort=lambda a: (a.first_day, a.id)),
                Column("name", lambda a: a.name),
                Column("kind", lambda a: self._kind_text(a)),
                Column("level", lambda a: self._words(label_words("level", a.level))),
                Column("days", lambda a: ui_formatter().days(a.days), sort=lambda a: a.days, right=True),
                Column("members", lambda a: str(a.participant_count), sort=lambda a: a.participant_count, right=True),
                Column("guests", lambda a: str(a.guests) if a.guests else "", sort=lambda a: a.guests, right=True),
                Column(
                    "files",
                    lambda a: str(self.evidence_counts.get(a.id, "")),
                    sort=lambda a: self.evidence_counts.get(a.id, 0),
                    right=True,
                ),
            ],
            self,
        )
        self.evidence_counts: dict[int, int] = {}
        self.act_table = _table("vol_activities", self.act_model)
        self.act_empty = EmptyHint(self.act_table, "vol_activities_empty")
        head = self.act_table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.Stretch)
        head.setSectionResizeMode(2, QHeaderView.Interactive)
        head.resizeSection(2, 250)
        self.act_table.doubleClicked.connect(lambda _: self.edit_activity())
        QShortcut(QKeySequence(Qt.Key_Return), self.act_table, activated=self.edit_activity, context=Qt.WidgetShortcut)
        QShortcut(
            QKeySequence(Qt.Key_Delete), self.act_table, activated=self.delete_activity, context=Qt.WidgetShortcut
        )
        self.edit_btn, self.delete_btn, self.restore_btn, self.history_btn = (QPushButton() for _ in range(4))
        for b, name, slot in (
            (self.edit_btn, "vol_edit", self.edit_activity),
            (self.delete_btn, "vol_delete", self.delete_activity),
            (self.restore_btn, "vol_restore", self.restore_activity),
            (self.history_btn, "vol_history", self.show_history),
        ):
            b.setObjectName(name)
            b.clicked.connect(slot)
        tools = QHBoxLayout()
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.show_deleted)
        tools.addStretch(1)
        for b in (self.edit_btn, self.delete_btn, self.restore_btn, self.history_btn):
            tools.addWidget(b)
        acts = QWidget()
        al = QVBoxLayout(acts)
        al.addLayout(tools)
        al.addWidget(self.act_table, 1)

        # ---------------------------------------------------------------- members tab
        self.mem_model = RowsModel(
            [
                Column("name", lambda m: m.name, sort=lambda m: person_key(m.name)),
                Column(
                    "progress",
                    lambda m: f"{ui_formatter().days(m.days)} / {ui_formatter().days(m.required)}",
                    sort=lambda m: m.days,
                ),
                Column(
                    "needed",
                    lambda m: ui_formatter().days(m.needed) if m.needed else "✓",
                    sort=lambda m: m.needed,
                    right=True,
                ),
                Column("activities", lambda m: str(m.activities), sort=lambda m: m.activities, right=True),
                Column("status", lambda m: self._status_text(m.status)),
            ],
            self,
        )
        self.mem_model.colours = lambda m, _key: None if m.counted else ("#eeeeee", "#666666")
        self.mem_table = _table("vol_members", self.mem_model)
        self.mem_table.setItemDelegateForColumn(1, ProgressDelegate(self.mem_table))
        self.mem_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.mem_table.horizontalHeader().resizeSection(1, 110)
        self.mem_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_member())
        self.member_title = QLabel()
        self.member_title.setObjectName("vol_member_title")
        self.member_title.setWordWrap(True)
        self.member_acts = RowsModel(
            [
                Column("dates", lambda t: format_dates_vi(t[0].dates), sort=lambda t: t[0].first_day),
                Column("name", lambda t: t[0].name),
                Column("kind", lambda t: self._kind_text(t[0])),
                Column("days", lambda t: ui_formatter().days(t[1]), sort=lambda t: t[1], right=True),
            ],
            self,
        )
        self.member_table = _table("vol_member_activities", self.member_acts)
        mh = self.member_table.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeToContents)
        mh.setSectionResizeMode(1, QHeaderView.Stretch)
        mh.setSectionResizeMode(2, QHeaderView.Interactive)
        mh.resizeSection(2, 170)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.member_title)
        rl.addWidget(self.member_table, 1)
        mem_split = QSplitter()
        mem_split.addWidget(self.mem_table)
        mem_split.addWidget(right)
        mem_split.setSizes([560, 480])

        # ---------------------------------------------------------------- branch overview tab
        self.criteria = QLabel()
        self.criteria.setObjectName("vol_criteria")
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.RichText)
        self.short_title = QLabel()
        self.short_title.setWordWrap(True)  # fits a 1093 px wide screen (1366×768 at 125 %)
        self.short_model = RowsModel(
            [
                Column("name", lambda m: m.name, sort=lambda m: self._short_order(m)),
                Column("days", lambda m: ui_formatter().days(m.days), sort=lambda m: m.days, right=True),
                Column("needed", lambda m: ui_formatter().days(m.needed), sort=lambda m: m.needed, right=True),
                Column("risk", lambda m: self._risk_text(m), sort=lambda m: self._short_order(m)),
            ],
            self,
        )
        self.short_model.colours = lambda m, _key: _RISK_COLOURS.get(self.summary.risk_of(m)) if self.summary else None
        self.short_table = _table("vol_short", self.short_model)
        self.short_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.short_table.doubleClicked.connect(self._short_to_member)
        self.totals_title = QLabel()
        self.totals_title.setWordWrap(True)
        self.totals_model = RowsModel([], self)
        self.totals_table = _table("vol_totals", self.totals_model, sortable=False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.short_title)
        ll.addWidget(self.short_table, 1)
        rightw = QWidget()
        rl2 = QVBoxLayout(rightw)
        rl2.setContentsMargins(0, 0, 0, 0)
        rl2.addWidget(self.totals_title)
        rl2.addWidget(self.totals_table, 1)
        ov_split = QSplitter()
        ov_split.addWidget(left)
        ov_split.addWidget(rightw)
        ov_split.setSizes([470, 570])
        overview = QWidget()
        ol = QVBoxLayout(overview)
        ol.addWidget(self.criteria)
        ol.addWidget(ov_split, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("vol_tabs")
        self.tabs.addTab(acts, "")
        self.tabs.addTab(mem_split, "")
        self.tabs.addTab(overview, "")
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.headline)
        lay.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.unit_label.setText(self.tr("Unit:"))
        self.period_label.setText(self.tr("Year:"))
        self.new_btn.setText(self.tr("New activity"))
        self.new_btn.setToolTip(self.tr("Record an activity and credit its participants (Ctrl+N)"))
        self.import_btn.setText(self.tr("Import attendance…"))
        self.act_empty.setText(
            self.tr(
                "No activity recorded in this year yet.\nClick “New activity” (Ctrl+N) to credit many members "
                "at once, or “Import attendance…” to read a sign-in sheet from Excel."
            )
        )
        self.kind_filter.setItemText(0, self.tr("All kinds"))
        for i, k in enumerate(KINDS, start=1):
            self.kind_filter.setItemText(i, self._words(label_words("kind", k)))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.edit_btn.setText(self.tr("Edit"))
        self.delete_btn.setText(self.tr("Delete"))
        self.restore_btn.setText(self.tr("Restore"))
        self.history_btn.setText(self.tr("History"))
        self.tabs.setTabText(0, self.tr("Activities"))
        self.tabs.setTabText(1, self.tr("Members"))
        self.tabs.setTabText(2, self.tr("Branch overview"))
        self.act_model.set_headers(
            [
                self.tr("Date(s)"),
                self.tr("Activity"),
                self.tr("Kind"),
                self.tr("Organised by"),
                self.tr("Days each"),
                self.tr("Members"),
                self.tr("Guests"),
                self.tr("Files"),
            ]
        )
        self.mem_model.set_headers(
            [self.tr("Member"), self.tr("Days / 5"), self.tr("Still needed"), self.tr("Activities"), self.tr("Status")]
        )
        self.member_acts.set_headers([self.tr("Date(s)"), self.tr("Activity"), self.tr("Kind"), self.tr("Days")])
        self.short_model.set_headers([self.tr("Member"), self.tr("Days"), self.tr("Still needed"), self.tr("Risk")])
        self._fill()
