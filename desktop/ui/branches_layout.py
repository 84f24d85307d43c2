"""What the "Các chi đoàn" page shows and how it reads (issue 7 item 6, issues 17 and 18): the
year and filter above, the totals, the tabs (branches, progress per criterion, people recorded
twice) and the buttons to send reminders and alerts, built once; the texts set again on a change
of language.

Like the layout class Qt Designer writes beside a form, ``BranchesLayout`` has no behaviour of
its own: the page (desktop/ui/pages/branches.py) inherits it and holds what it loads and does.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
)

from desktop.domain.bilingual import in_language
from desktop.domain.identity import describe_vi
from desktop.ui.i18n import ui_formatter
from desktop.ui.sync_widgets import Column, RowsModel, date_text, make_table


@lru_cache(maxsize=2048)
def _percent(formatter, v: float) -> str:
    # Babel takes ~1 ms per percentage: a table of 300 branches repaints the same few shares
    return formatter.percent(v, digits=0)


def _share(v) -> str:
    return _percent(ui_formatter(), v) if v is not None else "—"


class BranchesLayout:
    """The widgets and texts of ``BranchesPage``."""

    def _build(self, env):
        self.period_label = QLabel()
        self.year = QSpinBox()
        self.year.setObjectName("dashboard_year")
        self.year.setRange(2020, 2100)
        today = env.ctx.today()
        self.year.setValue(today.year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setObjectName("dashboard_filter")
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.refresh_btn = QPushButton()
        self.refresh_btn.clicked.connect(self.reload)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("open_branch")
        self.open_btn.clicked.connect(self._open_branch)
        self.packages_btn = QPushButton()
        self.packages_btn.setObjectName("branch_packages")
        self.packages_btn.clicked.connect(lambda: self.env.navigate("outbox", tab="received"))
        # What flows down (issue 17): one click reminds every late branch; a submission can be
        # returned for correction; an alert or share request is relayed to all branches.
        self.remind_btn = QPushButton()
        self.remind_btn.setObjectName("remind_late")
        self.remind_btn.clicked.connect(self._remind_late)
        # the two that need a form share one button (the bottom row fits 1366×768 at 125 %)
        self.down_btn = QToolButton()
        self.down_btn.setObjectName("send_down_menu")
        self.down_btn.setPopupMode(QToolButton.InstantPopup)
        self.down_btn.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.down_menu = QMenu(self.down_btn)
        self.return_action = self.down_menu.addAction("")
        self.return_action.setObjectName("return_branch")
        self.return_action.triggered.connect(self._return_selected)
        self.alert_action = self.down_menu.addAction("")
        self.alert_action.setObjectName("relay_alert")
        self.alert_action.triggered.connect(self._relay_alert)
        self.down_btn.setMenu(self.down_menu)
        self.invite_btn = QPushButton()
        self.invite_btn.setObjectName("branch_invitations")
        self.invite_btn.clicked.connect(self.open_invitations)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.remind_btn)
        top.addWidget(self.refresh_btn)
        self.totals = QLabel()
        self.totals.setObjectName("dashboard_totals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-size: 11pt; padding: 4px;")

        lang = self.lang
        self.model = RowsModel(
            [
                Column("code", lambda r: r.code),
                Column("name", lambda r: r.name),
                Column("type", lambda r: in_language(r.branch_type_vi, r.branch_type or "", lang())),
                Column("registered", self._reg_text, sort=lambda r: r.registered_on),
                Column(
                    "report",
                    self._report_text,
                    sort=lambda r: (r.report_source or "", r.last_quarter or 0, r.report_as_of),
                ),
                # Narrow columns: "…" while computing; "computing…" in the wider Recognisable column.
                Column(
                    "met",
                    lambda r: (
                        "…"
                        if r.evaluating
                        else (f"{r.met}/{r.applicable}" if r.met is not None and not self._empty(r) else "—")
                    ),
                    sort=lambda r: r.met,
                    right=True,
                ),
                Column(
                    "share",
                    lambda r: (
                        "…"
                        if r.evaluating
                        else (self.tr("No members yet") if self._empty(r) else _share(r.completion_share))
                    ),
                    sort=lambda r: r.completion_share,
                    right=True,
                ),
                Column(
                    "recognisable",
                    lambda r: self._computing(r) or self._yes_no(r.recognisable),
                    sort=lambda r: r.recognisable,
                ),
                Column("proposed", lambda r: self._yes_no(r.proposed), sort=lambda r: r.proposed),
                Column("recognised", lambda r: self._yes_no(r.recognised), sort=lambda r: r.recognised),
                Column("overdue", lambda r: "; ".join(self._overdue_texts(r))),
            ]
        )
        self.model.colours = self._colours
        self.model.tooltip = self._tooltip
        self.model.cache_texts = True  # the texts depend only on the (immutable) row and the language
        self.view = make_table(self.model, "branches_table")
        for col, w in enumerate((80, 165, 100, 145, 140, 40, 40, 100, 75, 90)):
            self.view.setColumnWidth(col, w)
        self.view.doubleClicked.connect(lambda _i: self._open_branch())
        self._sorted_by = None
        self.view.horizontalHeader().sortIndicatorChanged.connect(
            lambda section, order: setattr(self, "_sorted_by", (section, order))
        )

        self.crit_model = RowsModel(
            [
                Column("id", lambda c: c[0]),
                Column("title", lambda c: c[1]),
                Column("met", lambda c: f"{c[2]}/{c[3]}", sort=lambda c: c[2], right=True),
                Column(
                    "share",
                    lambda c: _share(c[2] / c[3]) if c[3] else "—",
                    sort=lambda c: (c[2] / c[3]) if c[3] else -1,
                    right=True,
                ),
            ]
        )
        self.crit_view = make_table(self.crit_model, "criteria_progress_table")
        self.crit_view.setColumnWidth(0, 70)
        self.crit_view.setColumnWidth(1, 700)

        self.union_model = RowsModel(
            [
                Column("code", lambda u: u.code),
                Column("name", lambda u: u.name),
                Column(
                    "branches",
                    lambda u: str(u.branches) if u.branches is not None else "—",
                    sort=lambda u: u.branches,
                    right=True,
                ),
                Column(
                    "registered",
                    lambda u: str(u.registered) if u.registered is not None else "—",
                    sort=lambda u: u.registered,
                    right=True,
                ),
                Column(
                    "recognisable",
                    lambda u: str(u.recognisable) if u.recognisable is not None else "—",
                    sort=lambda u: u.recognisable,
                    right=True,
                ),
                Column(
                    "recognised",
                    lambda u: str(u.recognised) if u.recognised is not None else "—",
                    sort=lambda u: u.recognised,
                    right=True,
                ),
                Column("as_of", lambda u: date_text(u.summary_as_of), sort=lambda u: u.summary_as_of),
            ]
        )
        self.union_view = make_table(self.union_model, "unions_table")
        self.union_view.setColumnWidth(1, 260)

        names = lambda: self.same.unit_names if self.same else {}  # noqa: E731
        self.same_model = RowsModel(
            [
                Column("person", lambda p: describe_vi(p.copies[0])),
                Column("branches", lambda p: ", ".join(names().get(c, c) for c in p.unit_codes)),
                Column("copies", lambda p: str(len(p.copies)), sort=lambda p: len(p.copies), right=True),
                Column(
                    "why",
                    lambda p: (
                        self.tr("same Union card number") if p.by_card else self.tr("same name and date of birth")
                    ),
                ),
            ]
        )
        self.same_view = make_table(self.same_model, "same_people_table")
        self.same_view.setColumnWidth(0, 300)
        self.same_view.setColumnWidth(1, 480)
        self.same_view.setColumnWidth(2, 80)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.addTab(self.view, "")
        self.tabs.addTab(self.crit_view, "")
        self.tabs.addTab(self.union_view, "")
        self.tabs.addTab(self.same_view, "")
        bottom = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.down_btn)
        bottom.addWidget(self.invite_btn)
        bottom.addWidget(self.packages_btn)
        bottom.addWidget(self.open_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.totals)
        lay.addWidget(self.tabs, 1)
        lay.addLayout(bottom)

    def retranslate(self):
        self.period_label.setText(self.tr("Assessment year:"))
        self.filter_label.setText(self.tr("Show:"))
        self.refresh_btn.setText(self.tr("Refresh"))
        self.open_btn.setText(self.tr("Open the branch's criteria"))
        self.packages_btn.setText(self.tr("Received packages"))
        self.remind_btn.setText(self.tr("Remind the late branches"))
        self.remind_btn.setToolTip(
            self.tr(
                "Sends a reminder to every branch with its own installation that is late "
                "or has sent nothing; it shows on the branch's home screen."
            )
        )
        self.down_btn.setText(self.tr("Send to the branches"))
        self.down_btn.setToolTip(
            self.tr("Return a branch's submission for correction, or relay an alert or a share request to every branch")
        )
        self.return_action.setText(self.tr("Return for correction…"))
        self.alert_action.setText(self.tr("Relay an alert…"))
        self.alert_action.setToolTip(
            self.tr(
                "A CD-1.3 warning or a CD-1.4 share request, sent once to every branch: "
                "each records it in its log with one click."
            )
        )
        self.invite_btn.setText(self.tr("Branch list and invitations…"))
        self.note.setText(
            self.tr(
                "School branches are shown with their school year (for 2026: 2025-2026). "
                "For the 20/11 summary choose the next year: the Registered column then "
                "shows who registered for it, and by which deadline."
            )
        )
        cur = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(
            self.FILTERS,
            (
                self.tr("All branches"),
                self.tr("Not registered"),
                self.tr("Registered late"),
                self.tr("With something overdue"),
                self.tr("Recognisable (≥ 80%)"),
                self.tr("Proposed"),
                self.tr("Recognised"),
            ),
        ):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(0, self.filter.findData(cur)))
        self.filter.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Branches"))
        self.tabs.setTabText(1, self.tr("By criterion"))
        self.tabs.setTabText(2, self.tr("Grassroots unions"))
        self.tabs.setTabText(3, self.tr("Same person twice ({0})").format(len(self.same.people) if self.same else 0))
        self.same_model.set_headers([self.tr("Person"), self.tr("Branches"), self.tr("Records"), self.tr("Why")])
        self.model.set_headers(
            [
                self.tr("Code"),
                self.tr("Branch"),
                self.tr("Type"),
                self.tr("Registered"),
                self.tr("Figures from"),
                self.tr("Met"),
                self.tr("Share"),
                self.tr("Recognisable"),
                self.tr("Proposed"),
                self.tr("Recognised"),
                self.tr("Overdue"),
            ]
        )
        self.crit_model.set_headers([self.tr("Criterion"), self.tr("Title"), self.tr("Branches met"), self.tr("Share")])
        self.union_model.set_headers(
            [
                self.tr("Code"),
                self.tr("Grassroots union"),
                self.tr("Branches"),
                self.tr("Registered"),
                self.tr("Recognisable"),
                self.tr("Recognised"),
                self.tr("Summary as of"),
            ]
        )
        self._render()
