"""Upper levels judge the model (issue 23): which criteria fail most across the tree, by branch type
and by Đoàn cơ sở, against the model's targets; the year-end emulation ranking (D10) with the rule
applied; the trend over the years of the interim (2027) and final (2030) reviews (D11), as a table
and a chart. Everything comes from desktop/services/reporting/reviews.py, computed off the GUI thread; the
documents are printed from the Printed reports page (the buttons open it on the right kind)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPen

from desktop.domain import reviews as R
from desktop.domain.units import UnitKind
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import reporting as reviews
from desktop.ui.reviews_layout import BLUE, GREEN, GREY, ORANGE, ReviewsLayout, _n, _pct
from desktop.ui.pages import Page, PageSpec
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel


def available(unit) -> bool:
    return unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)


def trend_chart(trend: reviews.Trend, titles: dict[str, str]) -> QChart:
    """Per year: branches registered, branches recognised, members recognised (%), with the 80 %
    titles target of 2030 as a line."""
    chart = QChart()
    chart.setTitle(titles["title"])
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignBottom)
    years = [str(y.year) for y in trend.years]
    series = QBarSeries()
    for key, colour, name in (
        ("registered_share", BLUE, titles["registered"]),
        ("recognised_share", GREEN, titles["recognised"]),
        ("members_recognised_share", ORANGE, titles["members"]),
    ):
        s = QBarSet(name)
        s.setColor(QColor(colour))
        s.setBorderColor(QColor(colour))
        for y in trend.years:
            v = y.totals.get(key)
            s.append(0.0 if v is None else round(v * 100, 1))
        series.append(s)
    chart.addSeries(series)
    target = QLineSeries()
    target.setName(titles["target"])
    pen = QPen(QColor(GREY))
    pen.setStyle(Qt.DashLine)
    pen.setWidth(2)
    target.setPen(pen)
    target.append(QPointF(-0.5, R.TARGET_TITLES * 100))
    target.append(QPointF(len(years) - 0.5, R.TARGET_TITLES * 100))
    chart.addSeries(target)
    x = QBarCategoryAxis()
    x.append(years)
    y = QValueAxis()
    y.setRange(0, 100)
    y.setLabelFormat("%d%%")
    y.setTickCount(6)
    chart.addAxis(x, Qt.AlignBottom)
    chart.addAxis(y, Qt.AlignLeft)
    for s in (series, target):
        s.attachAxis(x)
        s.attachAxis(y)
    return chart


class ReviewsPage(ReviewsLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self._build(env)
        self.across: reviews.CriteriaAcross | None = None
        self.rank: reviews.Ranking | None = None
        self.trend: reviews.Trend | None = None
        self.retranslate()

    def _title_columns(self, labels) -> list:
        cols = [Col("branch", lambda b: b["name"]), Col("unit", lambda b: b["union"])]
        for label in labels:
            cols.append(
                Col(
                    f"t{label}",
                    lambda b, lb=label: (
                        ("✓" if b["titles"].get(lb) else "—")
                        + (f" · {b['members_recognised'][lb]}" if b["members_recognised"].get(lb) else "")
                    ),
                    sort=lambda b, lb=label: (bool(b["titles"].get(lb)), b["members_recognised"].get(lb) or 0),
                )
            )
        cols.append(
            Col(
                "years",
                lambda b: str(sum(1 for v in b["titles"].values() if v)),
                sort=lambda b: sum(1 for v in b["titles"].values() if v),
                right=True,
            )
        )
        return cols

    def _member_columns(self) -> list:
        return [
            Col("member", lambda m: m["name"]),
            Col("branch", lambda m: m["branch"]),
            Col("years", lambda m: ", ".join(m["titles"]), sort=lambda m: len(m["titles"])),
        ]

    def watches(self):
        return ("sync", "unit", "settings", "recognition")

    def _lang(self) -> str:
        return self.env.translator.language

    def activate(self, **kw) -> None:
        self.reload()
        self.reload_trend()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            return reviews.criteria_across(ctx, period), reviews.ranking(ctx, period)

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda e, _tb: show_refusal(self, e), parent=self)

    def reload_trend(self) -> None:
        ctx, first, last = self.env.ctx, self.first.value(), self.last.value()
        if first > last:
            self.verdict.setText(self.tr("The first year comes after the last year."))
            return

        def load():
            return reviews.trend(ctx, first, last), reviews.title_history(ctx, first, last)

        self.env.runner.run(
            load, on_done=self._trend_loaded, on_error=lambda e, _tb: show_refusal(self, e), parent=self
        )

    def _loaded(self, result) -> None:
        self.across, self.rank = result
        self._show()

    def _trend_loaded(self, result) -> None:
        self.trend, self.history = result
        self._show_trend()
        self._show_titles()

    def _show_titles(self) -> None:
        h = self.history
        if h is None:
            return
        model = RowsModel(self._title_columns(h.labels))
        model.set_titles([self.tr("Branch"), self.tr("Unit")] + list(h.labels) + [self.tr("Years with the title")])
        model.set_rows(h.branches)
        self.branch_titles = model
        self.branch_titles_view.setModel(model)
        self.branch_titles_view.setColumnWidth(0, 280)
        self.branch_titles_view.setColumnWidth(1, 220)
        self.member_titles.set_rows(h.members)
        self.member_titles_view.setVisible(bool(h.members))
        legend = self.tr(
            "✓: Socialist branch that year; the number after it: members recognised Socialist members that year."
        )
        if h.members:  # the Đoàn cơ sở keeps the decisions, so the names
            count = (
                self.tr("%1 branches, %2 members with a title.")
                .replace("%1", str(len(h.branches)))
                .replace("%2", str(len(h.members)))
            )
        else:
            count = self.tr("%1 branches; the members' names stay with their Đoàn cơ sở.").replace(
                "%1", str(len(h.branches))
            )
        self.titles_note.setText(f"{legend} {count}")

    def _print(self, kind: str, period: str) -> None:
        self.env.navigate("reports", kind=kind, period=period)

    def _show(self) -> None:
        a = self.across
        if a is None:
            self.shares.setText(self.tr("Loading…"))
            return
        t = a.totals
        self.shares.setText(
            self.tr(
                "%1 branches: registered %2 (target 100% every year); Socialist branches %3 and Socialist "
                "members %4 (target 80% by 2030). Criteria reported by %5 branches."
            )
            .replace("%1", str(t["branches"]))
            .replace("%2", _pct(t["registered_share"]))
            .replace("%3", _pct(t["recognised_share"]))
            .replace("%4", _pct(t["members_recognised_share"]))
            .replace("%5", str(a.reported))
            + self._partial(t)
        )
        self.criteria.set_rows(a.criteria)
        self.units.set_rows(a.by_union)
        r = self.rank
        if r is not None:
            self.ranked.set_rows(r.rows)
            rules = R.RankingRules(
                **{
                    "points_registered": r.rules["points_registered"],
                    "points_on_time": r.rules["points_on_time"],
                    "points_recognised": r.rules["points_recognised"],
                    "points_members": r.rules["points_members"],
                    "excellent": r.rules["excellent"],
                    "good": r.rules["good"],
                    "passing": r.rules["pass"],
                }
            )
            self.rules.setText(
                " ".join(reviews.rules_vi(rules, r.level))
                + " "
                + self.tr("The points and thresholds are rules of this unit, in Settings.")
            )

    def _partial(self, t: dict) -> str:
        """Where only part of the branches have results: over how many the titles' shares are."""
        base = t.get("recognition_base", t["branches"])
        if base >= t["branches"]:
            return ""
        return " " + self.tr("Titles: over the %1 of %2 branches with results that year.").replace(
            "%1", _n(base)
        ).replace("%2", _n(t["branches"]))

    def _show_trend(self) -> None:
        tr = self.trend
        if tr is None:
            return
        self.years.set_rows(tr.years)
        last = next((y for y in reversed(tr.years) if y.totals["branches"]), None)
        if last is None:
            self.verdict.setText(self.tr("No figures received for these years yet."))
        else:
            g = last.totals
            self.verdict.setText(
                self.tr(
                    "%1: Socialist branches %2, Socialist members %3 — target 80% by 2030; registered %4 — "
                    "target 100% every year."
                )
                .replace("%1", str(last.year))
                .replace("%2", _pct(g["recognised_share"]))
                .replace("%3", _pct(g["members_recognised_share"]))
                .replace("%4", _pct(g["registered_share"]))
                + self._partial(g)
            )
        self.chart.setChart(
            trend_chart(
                tr,
                {
                    "title": self.tr("Shares per year"),
                    "registered": self.tr("Branches registered"),
                    "recognised": self.tr("Socialist branches"),
                    "members": self.tr("Socialist members"),
                    "target": self.tr("Target 2030 (80%)"),
                },
            )
        )


PAGE = PageSpec(
    key="reviews",
    order=14,
    title=QT_TRANSLATE_NOOP("Navigation", "Review and ranking"),
    factory=ReviewsPage,
    available=available,
    icon="review.svg",
)
