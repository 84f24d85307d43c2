"""Upper levels: the units below, read-only (issue 23) — the drill-down from this unit to its
children, a child's branches and a branch's criteria (double-click a row to go one step down,
"Up one level" to come back), and who sent which report on time, late or not at all. Everything
comes from desktop/services/tree.py, computed off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from desktop.domain.units import UnitKind
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import tree
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import period_combo, status_word, value_text
from desktop.ui.safety import show_refusal
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("TreeState", text)


def _n(v) -> str:
    return "—" if v is None else str(v)


def _pct(v) -> str:
    return "—" if v is None else ui_formatter().percent(v, digits=1)


def _date(d) -> str:
    return f"{d:%d/%m/%Y}" if d else "—"


def available(unit) -> bool:
    return unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)


class TreePage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.trail: list[str] = []  # codes opened below this unit
        self.period = period_combo(env.ctx, "tree_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel()
        self.where = QLabel()
        self.where.setObjectName("tree_where")
        self.where.setWordWrap(True)
        self.up = QPushButton()
        self.up.setObjectName("tree_up")
        self.up.clicked.connect(self.go_up)
        self.nodes = RowsModel([
            Col("unit", lambda r: f"{r.name} ({r.code})"),
            Col("branches", lambda r: str(r.branches), sort=lambda r: r.branches, right=True),
            Col("registered", lambda r: f"{r.registered} ({r.registered_on_time})", sort=lambda r: r.registered,
                right=True),
            Col("recognisable", lambda r: str(r.recognisable), sort=lambda r: r.recognisable, right=True),
            Col("proposed", lambda r: str(r.proposed), sort=lambda r: r.proposed, right=True),
            Col("recognised", lambda r: str(r.recognised), sort=lambda r: r.recognised, right=True),
            Col("members", lambda r: _n(r.members), sort=lambda r: r.members or 0, right=True),
            Col("completion", lambda r: _pct(r.completion), sort=lambda r: r.completion or 0, right=True),
            Col("reported", lambda r: self.tr("yes") if r.reported else self.tr("nothing received")),
        ])
        self.nodes_view = make_table(self.nodes, "tree_nodes")
        self.nodes_view.setColumnWidth(0, 280)
        for col, width in ((1, 75), (2, 135), (3, 95), (4, 70), (5, 115), (6, 85), (7, 95), (8, 90)):
            self.nodes_view.setColumnWidth(col, width)
        self.nodes_view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.totals = QLabel()
        self.totals.setObjectName("tree_totals")
        self.totals.setWordWrap(True)
        self.criteria = RowsModel([
            Col("id", lambda c: c.id),
            Col("title", lambda c: c.title_vi),
            Col("status", lambda c: status_word(c.status)),
            Col("value", lambda c: f"{value_text(c.value)} / {value_text(c.threshold)}"),
            Col("facts", lambda c: c.facts_vi),
        ])
        self.criteria.colour = lambda c: COLOURS["missing"] if c.status == "not_met" else None
        self.criteria_view = make_table(self.criteria, "tree_criteria")
        self.criteria_view.setColumnWidth(1, 380)
        self.criteria_view.setColumnWidth(3, 150)
        self.criteria_note = QLabel()
        self.criteria_note.setObjectName("tree_criteria_note")
        self.criteria_note.setWordWrap(True)
        self.reports = RowsModel([
            Col("unit", lambda r: f"{r.name} ({r.code})"),
            Col("report", lambda r: _tr(REPORTS[r.report]).replace("%1", str(r.quarter or ""))),
            Col("due", lambda r: _date(r.due), sort=lambda r: r.due.toordinal() if r.due else 0),
            Col("sent", lambda r: _date(r.sent_on), sort=lambda r: r.sent_on.toordinal() if r.sent_on else 0),
            Col("state", lambda r: _tr(STATES[r.state])),
        ])
        self.reports.colour = lambda r: COLOURS.get(r.state)
        self.reports_view = make_table(self.reports, "tree_reports")
        self.reports_view.setColumnWidth(0, 340)
        self.reports_view.setColumnWidth(1, 190)
        self.rates = QLabel()
        self.rates.setObjectName("tree_rates")
        self.rates.setWordWrap(True)

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
        rep = QWidget()
        r = QVBoxLayout(rep)
        r.addWidget(self.rates)
        r.addWidget(self.reports_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tree_tabs")
        self.tabs.addTab(drill, "")
        self.tabs.addTab(rep, "")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.view: tree.TreeView | None = None
        self.comp: tree.Completeness | None = None
        self.retranslate()

    def watches(self):
        return ("sync", "unit", "settings")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.up.setText(self.tr("Up one level"))
        self.tabs.setTabText(0, self.tr("Units below"))
        self.tabs.setTabText(1, self.tr("Reports sent"))
        self.nodes.set_titles([self.tr("Unit"), self.tr("Branches"), self.tr("Registered (on time)"),
                               self.tr("Recognisable"), self.tr("Proposed"), self.tr("Recognised"),
                               self.tr("Members"), self.tr("Completion"), self.tr("Received")])
        self.criteria.set_titles([self.tr("Criterion"), self.tr("Content"), self.tr("Status"),
                                  self.tr("Value / threshold"), self.tr("Facts")])
        self.reports.set_titles([self.tr("Unit"), self.tr("Report"), self.tr("Deadline"), self.tr("Sent on"),
                                 self.tr("State")])
        self._show()

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()
        code = self.trail[-1] if self.trail else None

        def load():
            return tree.show(ctx, period, code), tree.completeness(ctx, period)

        self.env.runner.run(load, on_done=self._loaded, on_error=self._failed, parent=self)

    def _failed(self, exc, _tb) -> None:
        if self.trail:  # the unit opened is gone for this period: back to the top
            self.trail.clear()
        show_refusal(self, exc)

    def _loaded(self, result) -> None:
        self.view, self.comp = result
        self._show()

    def open_row(self, i: int) -> None:
        row = self.nodes.row(i)
        if row is None or self.view is None or row.code == self.view.code:
            return
        self.trail.append(row.code)
        self.reload()

    def go_up(self) -> None:
        if self.trail:
            self.trail.pop()
            self.reload()

    def _show(self) -> None:
        v = self.view
        self.up.setEnabled(bool(self.trail))
        if v is None:
            self.where.setText(self.tr("Loading…"))
            return
        self.where.setText(" › ".join(n for _c, n in v.path)
                           + (self.tr(" — double-click a row to open it") if v.kind != "chi-doan" else ""))
        self.nodes.set_rows(v.rows)
        t = v.totals
        self.totals.setText(self.tr("Total: %1 branches, %2 registered (%3 on time), %4 recognisable, "
                                    "%5 recognised, %6 members, mean completion %7.")
                            .replace("%1", str(t["branches"])).replace("%2", str(t["registered"]))
                            .replace("%3", str(t["registered_on_time"])).replace("%4", str(t["recognisable"]))
                            .replace("%5", str(t["recognised"])).replace("%6", str(t["members"]))
                            .replace("%7", _pct(t["completion"])))
        self.criteria.set_rows(v.criteria)
        self.criteria_view.setVisible(bool(v.criteria))
        # A branch opened: its own row is short, its criteria take the room.
        self.nodes_view.setMaximumHeight(80 if v.criteria else 16777215)
        self.criteria_note.setText(v.criteria_note)
        self.criteria_note.setVisible(bool(v.criteria_note))
        c = self.comp
        if c is not None:
            self.reports.set_rows(c.rows)
            lines = []
            for level, lv in c.rates.items():
                lines.append(self.tr("%1: sent %2 of %3 due (%4), on time %5 (%6).")
                             .replace("%1", _tr(LEVELS.get(level, level))).replace("%2", str(lv["received"]))
                             .replace("%3", str(lv["due"])).replace("%4", _pct(lv["reporting_rate"]))
                             .replace("%5", str(lv["on_time"])).replace("%6", _pct(lv["on_time_rate"])))
            self.rates.setText("\n".join(lines) or self.tr("Nothing is due yet for this year."))


PAGE = PageSpec(key="tree", order=13, title=QT_TRANSLATE_NOOP("Navigation", "Units below"),
                factory=TreePage, available=available, icon="branches.svg")
