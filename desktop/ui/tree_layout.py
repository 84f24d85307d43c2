"""What the upper levels' page of the units below shows and how it reads (issue 23): the year
and where one stands in the tree, the tabs (the units below with their figures, who sent which
report, approval of the summaries) with their buttons and chart, built once; the texts set again
on a change of language.

Like the layout class Qt Designer writes beside a form, ``TreeLayout`` has no behaviour of its
own: the page (desktop/ui/pages/tree.py) inherits it and holds what it loads and does.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.ui.pages.commune_common import period_combo, status_word, value_text
from desktop.ui.safety_widgets import Col, RowsModel, make_table


STATES = {
    "on_time": QT_TRANSLATE_NOOP("TreeState", "On time"),
    "late": QT_TRANSLATE_NOOP("TreeState", "Late"),
    "missing": QT_TRANSLATE_NOOP("TreeState", "Not sent"),
    "not_due": QT_TRANSLATE_NOOP("TreeState", "Not due yet"),
    "kept_here": QT_TRANSLATE_NOOP("TreeState", "Records kept here"),
}
REPORTS = {
    "registration": QT_TRANSLATE_NOOP("TreeState", "Registration"),
    "quarterly": QT_TRANSLATE_NOOP("TreeState", "Quarter %1 report"),
    "year-end": QT_TRANSLATE_NOOP("TreeState", "Year-end result"),
    "registration-summary": QT_TRANSLATE_NOOP("TreeState", "Registration summary"),
    "results-summary": QT_TRANSLATE_NOOP("TreeState", "Results summary"),
}
LEVELS = {
    "chi-doan": QT_TRANSLATE_NOOP("TreeState", "Branches"),
    "doan-co-so": QT_TRANSLATE_NOOP("TreeState", "Grassroots unions"),
    "doan-cap-tren": QT_TRANSLATE_NOOP("TreeState", "Upper-level unions"),
}
COLOURS = {"late": ("#fff3cd", "#664d03"), "missing": ("#f8d7da", "#842029")}
APPROVAL_STATES = {
    "missing": QT_TRANSLATE_NOOP("TreeState", "Not sent"),
    "waiting": QT_TRANSLATE_NOOP("TreeState", "Waiting to be sent"),
    "sent": QT_TRANSLATE_NOOP("TreeState", "Sent"),
    "received": QT_TRANSLATE_NOOP("TreeState", "Received"),
    "approved": QT_TRANSLATE_NOOP("TreeState", "Approved"),
    "returned": QT_TRANSLATE_NOOP("TreeState", "Returned"),
    "rejected": QT_TRANSLATE_NOOP("TreeState", "Refused by the receiver"),
}
CORRECTED = QT_TRANSLATE_NOOP("TreeState", "corrected after a return")
SUMMARIES = {
    "registration": QT_TRANSLATE_NOOP("TreeState", "Registration summary"),
    "results": QT_TRANSLATE_NOOP("TreeState", "Results summary"),
}
APPROVAL_COLOURS = {
    "returned": ("#f8d7da", "#842029"),
    "approved": ("#d1e7dd", "#0f5132"),
    "missing": ("#fff3cd", "#664d03"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TreeState", text)


def _n(v) -> str:
    return "—" if v is None else ui_formatter().number(v, digits=0)


def _judged(r, value: int) -> str:
    """An eligible / proposed / recognised count; "—" where only a registration summary came."""
    return _n(value) if r.results_known else "—"


def _pct(v) -> str:
    return "—" if v is None else ui_formatter().percent(v, digits=1)


def _date(d) -> str:
    return f"{d:%d/%m/%Y}" if d else "—"


def _approval_state(r) -> str:
    text = _tr(APPROVAL_STATES[r.state])
    if r.resubmitted and r.state in ("received", "waiting", "sent"):
        text += " — " + _tr(CORRECTED)
    return text


def _approval_detail(r) -> str:
    parts = list(r.reasons)
    if r.note:
        parts.append(r.note)
    if r.reminder:
        parts.append(r.reminder)
    return "; ".join(parts)


class TreeLayout:
    """The widgets and texts of ``TreePage``."""

    def _build(self, env):
        self.period = period_combo(env.ctx, "tree_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel()
        self.where = QLabel()
        self.where.setObjectName("tree_where")
        self.where.setWordWrap(True)
        self.up = QPushButton()
        self.up.setObjectName("tree_up")
        self.up.clicked.connect(self.go_up)
        self.nodes = RowsModel(
            [
                Col("unit", lambda r: f"{r.name} ({r.code})"),
                Col("branches", lambda r: _n(r.branches), sort=lambda r: r.branches, right=True),
                Col(
                    "registered",
                    lambda r: f"{_n(r.registered)} ({_n(r.registered_on_time)})",
                    sort=lambda r: r.registered,
                    right=True,
                ),
                Col("recognisable", lambda r: _judged(r, r.recognisable), sort=lambda r: r.recognisable, right=True),
                Col("proposed", lambda r: _judged(r, r.proposed), sort=lambda r: r.proposed, right=True),
                Col("recognised", lambda r: _judged(r, r.recognised), sort=lambda r: r.recognised, right=True),
                Col("members", lambda r: _n(r.members), sort=lambda r: r.members or 0, right=True),
                Col("completion", lambda r: _pct(r.completion), sort=lambda r: r.completion or 0, right=True),
                Col("reported", self._received_text),
            ]
        )
        self.nodes_view = make_table(self.nodes, "tree_nodes")
        for col, width in ((1, 75), (2, 135), (3, 95), (4, 70), (5, 115), (6, 85), (7, 95), (8, 110)):
            self.nodes_view.setColumnWidth(col, width)
        # the unit's name takes the room left (at 1366×768 a branch's whole name shows)
        self.nodes_view.horizontalHeader().setStretchLastSection(False)
        self.nodes_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.nodes_view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.totals = QLabel()
        self.totals.setObjectName("tree_totals")
        self.totals.setWordWrap(True)
        self.criteria = RowsModel(
            [
                Col("id", lambda c: c.id),
                Col("title", lambda c: c.title_vi),
                Col("status", lambda c: status_word(c.status)),
                Col("value", lambda c: f"{value_text(c.value, c.unit)} / {value_text(c.threshold, c.unit)}"),
                Col("facts", lambda c: c.facts_vi),
                Col(
                    "evidence",
                    lambda c: (
                        "; ".join(c.evidence)
                        + (f" (+{c.evidence_total - len(c.evidence)})" if c.evidence_total > len(c.evidence) else "")
                    ),
                ),
                Col(
                    "members",
                    lambda c: (
                        ", ".join(c.members)
                        + (f" (+{c.members_total - len(c.members)})" if c.members_total > len(c.members) else "")
                    ),
                ),
            ]
        )
        self.criteria.colour = lambda c: COLOURS["missing"] if c.status == "not_met" else None
        self.criteria_view = make_table(self.criteria, "tree_criteria")
        self.criteria_view.setColumnWidth(1, 380)
        self.criteria_view.setColumnWidth(3, 150)
        self.criteria_note = QLabel()
        self.criteria_note.setObjectName("tree_criteria_note")
        self.criteria_note.setWordWrap(True)
        self.titles = QLabel()
        self.titles.setObjectName("tree_member_titles")
        self.titles.setWordWrap(True)
        self.detail = QLabel()  # the facts behind the criterion selected: one step further down
        self.detail.setObjectName("tree_criterion_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.criteria_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._criterion(cur.row()))
        self.reports = RowsModel(
            [
                Col("unit", lambda r: f"{r.name} ({r.code})"),
                Col("report", lambda r: _tr(REPORTS[r.report]).replace("%1", str(r.quarter or ""))),
                Col("due", lambda r: _date(r.due), sort=lambda r: r.due.toordinal() if r.due else 0),
                Col("sent", lambda r: _date(r.sent_on), sort=lambda r: r.sent_on.toordinal() if r.sent_on else 0),
                Col("state", lambda r: _tr(STATES[r.state])),
            ]
        )
        self.reports.colour = lambda r: COLOURS.get(r.state)
        self.reports_view = make_table(self.reports, "tree_reports")
        for col, width in ((0, 270), (1, 150), (2, 85), (3, 85)):
            self.reports_view.setColumnWidth(col, width)
        self.reports_view.horizontalHeader().setStretchLastSection(True)
        self.rates = QLabel()
        self.rates.setObjectName("tree_rates")
        self.rates.setWordWrap(True)
        self.with_branches = QCheckBox()
        self.with_branches.setObjectName("tree_with_branches")
        self.with_branches.toggled.connect(lambda _on: self._show())
        self.remind = QPushButton()
        self.remind.setObjectName("tree_remind")
        self.remind.clicked.connect(self.remind_missing)
        self.chart_box = QVBoxLayout()
        self.chart_view = None
        # Approval of the summaries (issue 23 item 4)
        self.approvals = RowsModel(
            [
                Col("unit", lambda r: f"{r.name} ({r.code})"),
                Col("summary", lambda r: _tr(SUMMARIES[r.summary_kind])),
                Col("version", lambda r: _n(r.version), sort=lambda r: r.version or 0, right=True),
                Col("sent", lambda r: _date(r.sent_on), sort=lambda r: r.sent_on.toordinal() if r.sent_on else 0),
                Col("state", _approval_state),
                Col("reasons", _approval_detail),
            ]
        )
        self.approvals.colour = lambda r: APPROVAL_COLOURS.get(r.state)
        self.approvals_view = make_table(self.approvals, "tree_approvals")
        self.approvals_view.setColumnWidth(0, 300)
        self.approvals_view.setColumnWidth(1, 180)
        self.approvals_view.setColumnWidth(2, 60)
        self.approvals_view.setColumnWidth(4, 200)
        self.approval_detail = QLabel()
        self.approval_detail.setObjectName("tree_approval_detail")
        self.approval_detail.setWordWrap(True)
        self.approval_detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.approvals_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._approval_selected(cur.row())
        )
        self.approvals_hint = QLabel()
        self.approvals_hint.setObjectName("tree_approvals_hint")
        self.approvals_hint.setWordWrap(True)
        self.approve_btn = QPushButton()
        self.approve_btn.setObjectName("tree_approve")
        self.approve_btn.clicked.connect(self.approve_selected)
        self.return_btn = QPushButton()
        self.return_btn.setObjectName("tree_return")
        self.return_btn.clicked.connect(self.return_selected)
        self.resend_btn = QPushButton()
        self.resend_btn.setObjectName("tree_resend")
        self.resend_btn.clicked.connect(self.resend_selected)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        drill = QWidget()
        d = QVBoxLayout(drill)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.up)
        d.addLayout(row)
        d.addWidget(self.nodes_view, 3)
        d.addWidget(self.totals)
        d.addWidget(self.criteria_view, 3)
        d.addWidget(self.criteria_note)
        d.addWidget(self.detail)
        d.addWidget(self.titles)
        rep = QWidget()
        r = QVBoxLayout(rep)
        head = QHBoxLayout()
        head.addWidget(self.rates, 1)
        head.addWidget(self.with_branches)
        head.addWidget(self.remind)
        r.addLayout(head)
        split = QSplitter()
        split.setObjectName("tree_reports_split")
        split.addWidget(self.reports_view)
        chart_holder = QWidget()
        chart_holder.setLayout(self.chart_box)
        split.addWidget(chart_holder)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 380])  # the table whole (its state column last), the chart beside it
        r.addWidget(split, 1)
        appr = QWidget()
        a = QVBoxLayout(appr)
        a.addWidget(self.approvals_hint)
        a.addWidget(self.approvals_view, 1)
        a.addWidget(self.approval_detail)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.approve_btn, self.return_btn, self.resend_btn):
            buttons.addWidget(b)
        a.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tree_tabs")
        self.tabs.addTab(drill, "")
        self.tabs.addTab(rep, "")
        self.tabs.addTab(appr, "")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.up.setText(self.tr("Up one level"))
        self.tabs.setTabText(0, self.tr("Units below"))
        self.tabs.setTabText(1, self.tr("Reports sent"))
        self.tabs.setTabText(2, self.tr("Summaries: approval"))
        self.remind.setText(self.tr("Remind those who have not sent…"))
        self.with_branches.setText(self.tr("Also list the branches"))
        self.approve_btn.setText(self.tr("Approve"))
        self.return_btn.setText(self.tr("Return for correction…"))
        self.resend_btn.setText(self.tr("Send this summary"))
        self.approvals.set_titles(
            [
                self.tr("Unit"),
                self.tr("Summary"),
                self.tr("Version"),
                self.tr("Sent on"),
                self.tr("State"),
                self.tr("Reasons, reminders"),
            ]
        )
        self.nodes.set_titles(
            [
                self.tr("Unit"),
                self.tr("Branches"),
                self.tr("Registered (on time)"),
                self.tr("Recognisable"),
                self.tr("Proposed"),
                self.tr("Recognised"),
                self.tr("Members"),
                self.tr("Completion"),
                self.tr("Received"),
            ]
        )
        self.criteria.set_titles(
            [
                self.tr("Criterion"),
                self.tr("Content"),
                self.tr("Status"),
                self.tr("Value / threshold"),
                self.tr("Facts"),
                self.tr("Evidence"),
                self.tr("Members"),
            ]
        )
        self.reports.set_titles(
            [self.tr("Unit"), self.tr("Report"), self.tr("Deadline"), self.tr("Sent on"), self.tr("State")]
        )
        self._show()
