"""What the upper levels' reviews page shows and how it reads (issue 23): the year above, the
tabs (criteria that fail most across the tree, the year-end ranking, the trend over the years
with its chart) with their tables and buttons, built once; the texts set again on a change of
language.

Like the layout class Qt Designer writes beside a form, ``ReviewsLayout`` has no behaviour of
its own: the page (desktop/ui/pages/reviews.py) inherits it and holds what it loads and does.
"""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import reviews as R
from desktop.domain.bilingual import catalog_text
from desktop.domain.units import BranchType
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import reporting as reviews
from desktop.ui.pages.commune_common import period_combo
from desktop.ui.safety_widgets import Col, RowsModel, make_table


TIERS = {
    "excellent": QT_TRANSLATE_NOOP("ReviewTier", "Completed the tasks excellently"),
    "good": QT_TRANSLATE_NOOP("ReviewTier", "Completed the tasks well"),
    "pass": QT_TRANSLATE_NOOP("ReviewTier", "Completed the tasks"),
    "fail": QT_TRANSLATE_NOOP("ReviewTier", "Did not complete the tasks"),
    "none": QT_TRANSLATE_NOOP("ReviewTier", "Not ranked (no results summary)"),
}
SOURCES = {
    "results": QT_TRANSLATE_NOOP("ReviewTier", "results summary"),
    "registration": QT_TRANSLATE_NOOP("ReviewTier", "registration summary only"),
    "history": QT_TRANSLATE_NOOP("ReviewTier", "titles from a later summary"),
    "none": QT_TRANSLATE_NOOP("ReviewTier", "nothing received"),
    "local": QT_TRANSLATE_NOOP("ReviewTier", "records kept here"),
}
RED, AMBER = ("#f8d7da", "#842029"), ("#fff3cd", "#664d03")
GREEN, BLUE, ORANGE, GREY = "#2e7d32", "#1565c0", "#ef6c00", "#616161"


def _t(text: str) -> str:
    return QCoreApplication.translate("ReviewTier", text)


def _pct(v) -> str:
    return "—" if v is None else ui_formatter().percent(v, digits=1)


def _n(v: int) -> str:
    return ui_formatter().number(v, digits=0)


def _of(n: int, base: int, whole: int, share) -> str:
    """'47 (58,8%)'; '47/80 (58,8%)' when only 80 of the whole have results (as on paper)."""
    if share is None:
        return "—"
    return f"{_n(n)}/{_n(base)} ({_pct(share)})" if base < whole else f"{_n(n)} ({_pct(share)})"


def _type(bt: str, lang: str = "vi") -> str:
    try:
        t = BranchType(bt)
    except ValueError:
        return "—"
    return catalog_text(t, "label", lang)


class ReviewsLayout:
    """The widgets and texts of ``ReviewsPage``."""

    def _build(self, env):
        self.period = period_combo(env.ctx, "reviews_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_label = QLabel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviews_tabs")

        # -- criteria across the tree
        self.shares = QLabel()
        self.shares.setObjectName("reviews_shares")
        self.shares.setWordWrap(True)
        self.criteria = RowsModel(
            [
                Col("id", lambda c: c.id),
                Col("title", lambda c: c.title_vi),
                Col("failed", lambda c: f"{c.failed}/{c.judged}", sort=lambda c: c.failed, right=True),
                Col("share", lambda c: _pct(c.fail_share), sort=lambda c: c.fail_share or 0, right=True),
                Col("at_risk", lambda c: str(c.at_risk), sort=lambda c: c.at_risk, right=True),
                Col(
                    "type",
                    lambda c: (
                        f"{_type(c.by_type[0][0], self._lang())} ({c.by_type[0][2]})"
                        if c.by_type and c.by_type[0][2]
                        else "—"
                    ),
                ),
                Col(
                    "union",
                    lambda c: f"{c.by_union[0][1]} ({c.by_union[0][2]})" if c.by_union and c.by_union[0][2] else "—",
                ),
            ]
        )
        self.criteria.colour = lambda c: RED if (c.fail_share or 0) >= 0.2 else None
        self.criteria_view = make_table(self.criteria, "reviews_criteria")
        self.criteria_view.setColumnWidth(1, 340)
        self.criteria_view.setColumnWidth(5, 170)
        self.criteria_view.setColumnWidth(6, 200)
        self.units = RowsModel(
            [
                Col("unit", lambda u: u[1]),
                Col("source", lambda u: _t(SOURCES.get(u[2], u[2]))),
                Col("branches", lambda u: str(u[3]["branches"]), sort=lambda u: u[3]["branches"], right=True),
                Col(
                    "registered",
                    lambda u: _pct(u[3]["registered_share"]),
                    sort=lambda u: u[3]["registered_share"] or 0,
                    right=True,
                ),
                Col(
                    "recognised",
                    lambda u: _pct(u[3]["recognised_share"]),
                    sort=lambda u: u[3]["recognised_share"] or 0,
                    right=True,
                ),
                Col(
                    "members",
                    lambda u: _pct(u[3]["members_recognised_share"]),
                    sort=lambda u: u[3]["members_recognised_share"] or 0,
                    right=True,
                ),
            ]
        )
        self.units.colour = lambda u: AMBER if u[2] in ("none", "history", "registration") else None
        self.units_view = make_table(self.units, "reviews_units")
        self.units_view.setColumnWidth(0, 280)
        self.units_view.setColumnWidth(1, 200)
        self.print_results = QPushButton()
        self.print_results.setObjectName("reviews_print_results")
        self.print_results.clicked.connect(lambda: self._print("results-summary", self.period.currentData()))
        crit = QWidget()
        c = QVBoxLayout(crit)
        c.addWidget(self.shares)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.criteria_view)
        split.addWidget(self.units_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        c.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_results)
        c.addLayout(row)
        self.tabs.addTab(crit, "")

        # -- D10 ranking
        self.rules = QLabel()
        self.rules.setObjectName("reviews_rules")
        self.rules.setWordWrap(True)
        self.ranked = RowsModel(
            [
                Col("rank", lambda r: str(r.rank) if r.rank else "—", sort=lambda r: r.rank or 10**9, right=True),
                Col("unit", lambda r: r.name),
                Col("score", lambda r: _pct(r.score), sort=lambda r: r.score or 0, right=True),
                Col("tier", lambda r: _t(TIERS[r.tier])),
                Col("note", lambda r: r.note),
            ]
        )
        self.ranked.colour = lambda r: RED if r.tier == "fail" else AMBER if r.tier == "none" else None
        self.ranked_view = make_table(self.ranked, "reviews_ranking")
        self.ranked_view.setColumnWidth(1, 300)
        self.ranked_view.setColumnWidth(3, 260)
        self.print_ranking = QPushButton()
        self.print_ranking.setObjectName("reviews_print_ranking")
        self.print_ranking.clicked.connect(lambda: self._print("ranking", self.period.currentData()))
        rank = QWidget()
        k = QVBoxLayout(rank)
        k.addWidget(self.rules)
        k.addWidget(self.ranked_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_ranking)
        k.addLayout(row)
        self.tabs.addTab(rank, "")

        # -- D11 trend
        self.first = QSpinBox()
        self.first.setObjectName("reviews_from")
        self.last = QSpinBox()
        self.last.setObjectName("reviews_to")
        for box in (self.first, self.last):
            box.setRange(2000, 2100)
        today = env.ctx.today()
        self.first.setValue(min(R.FIRST_YEAR, today.year))
        self.last.setValue(max(today.year, self.first.value()))
        self.first.valueChanged.connect(lambda _v: self.reload_trend())
        self.last.valueChanged.connect(lambda _v: self.reload_trend())
        self.from_label, self.to_label = QLabel(), QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("reviews_verdict")
        self.verdict.setWordWrap(True)
        self.years = RowsModel(
            [
                Col("year", lambda y: str(y.year)),
                Col("branches", lambda y: _n(y.totals["branches"]), right=True),
                Col("registered", lambda y: _pct(y.totals["registered_share"]), right=True),
                Col(
                    "recognised",
                    lambda y: _of(
                        y.totals["recognised"],
                        y.totals.get("recognition_base", y.totals["branches"]),
                        y.totals["branches"],
                        y.totals["recognised_share"],
                    ),
                    right=True,
                ),
                Col("members", lambda y: _n(y.totals["members"]), right=True),
                Col(
                    "members_recognised",
                    lambda y: (
                        "—"
                        if y.totals["members_recognised"] is None
                        else _of(
                            y.totals["members_recognised"],
                            y.totals.get("members_known", y.totals["members"]),
                            y.totals["members"],
                            y.totals["members_recognised_share"],
                        )
                    ),
                    right=True,
                ),
            ]
        )
        self.years_view = make_table(self.years, "reviews_years")
        self.years_view.setMaximumHeight(200)
        self.chart = QChartView()
        self.chart.setObjectName("reviews_chart")
        self.chart.setRenderHint(QPainter.Antialiasing)
        self.chart.setMinimumHeight(220)
        self.print_review = QPushButton()
        self.print_review.setObjectName("reviews_print_review")
        self.print_review.clicked.connect(lambda: self._print("review", str(self.last.value())))
        tr = QWidget()
        t = QVBoxLayout(tr)
        row = QHBoxLayout()
        row.addWidget(self.from_label)
        row.addWidget(self.first)
        row.addWidget(self.to_label)
        row.addWidget(self.last)
        row.addStretch(1)
        row.addWidget(self.print_review)
        t.addLayout(row)
        t.addWidget(self.verdict)
        t.addWidget(self.years_view)
        t.addWidget(self.chart, 1)
        self.tabs.addTab(tr, "")

        # -- title history (same years as the trend)
        self.titles_note = QLabel()
        self.titles_note.setObjectName("reviews_titles_note")
        self.titles_note.setWordWrap(True)
        self.branch_titles = RowsModel(self._title_columns(()))
        self.branch_titles_view = make_table(self.branch_titles, "reviews_branch_titles")
        self.member_titles = RowsModel(self._member_columns())
        self.member_titles_view = make_table(self.member_titles, "reviews_member_titles")
        ti = QWidget()
        h = QVBoxLayout(ti)
        h.addWidget(self.titles_note)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.branch_titles_view)
        split.addWidget(self.member_titles_view)
        h.addWidget(split, 1)
        self.tabs.addTab(ti, "")
        self.history: reviews.TitleHistory | None = None

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.tabs.setTabText(0, self.tr("Criteria across the units"))
        self.tabs.setTabText(1, self.tr("Year-end ranking"))
        self.tabs.setTabText(2, self.tr("Over the years"))
        self.tabs.setTabText(3, self.tr("Title history"))
        self.member_titles.set_titles([self.tr("Member"), self.tr("Branch"), self.tr("Recognised in")])
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.print_results.setText(self.tr("Print the results summary…"))
        self.print_ranking.setText(self.tr("Print the ranking…"))
        self.print_review.setText(self.tr("Print the review…"))
        self.criteria.set_titles(
            [
                self.tr("Criterion"),
                self.tr("Content"),
                self.tr("Not met"),
                self.tr("Share"),
                self.tr("At risk"),
                self.tr("Most in branch type"),
                self.tr("Most in unit"),
            ]
        )
        self.units.set_titles(
            [
                self.tr("Unit"),
                self.tr("Figures from"),
                self.tr("Branches"),
                self.tr("Registered"),
                self.tr("Socialist branches"),
                self.tr("Socialist members"),
            ]
        )
        self.ranked.set_titles(
            [self.tr("Rank"), self.tr("Unit"), self.tr("Score"), self.tr("Ranking"), self.tr("Note")]
        )
        self.years.set_titles(
            [
                self.tr("Year"),
                self.tr("Branches"),
                self.tr("Registered"),
                self.tr("Socialist branches"),
                self.tr("Members"),
                self.tr("Socialist members"),
            ]
        )
        self._show()
        self._show_trend()
        self._show_titles()
