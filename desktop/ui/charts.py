"""Charts (Qt Charts, issue 11 item 2) drawn from desktop.services.reporting.home.HomeData:

- quarterly progress per criterion group (share of the group's criteria met at each quarter's
  end, BRIEF §3.1 step 2b);
- volunteer days per member, against the CD-3.6 threshold of 5 days;
- monthly activity (evidence records and volunteer activities per month);
- on a Đoàn cơ sở, its branches by completion share (80 % line of BRIEF §1).

``render_png(chart, path)`` and ``chart_images(ctx, folder)`` draw the same charts into image
files, for printed reports (desktop/reports can place the PNG with ReportLab's Image).
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP

GREEN, ORANGE, BLUE, GREY, RED = "#2e7d32", "#ef6c00", "#1565c0", "#90a4ae", "#c62828"


# Month names on the axis (Vietnamese "T1" … "T12").
_MONTHS = (
    QT_TRANSLATE_NOOP("Charts", "Jan"),
    QT_TRANSLATE_NOOP("Charts", "Feb"),
    QT_TRANSLATE_NOOP("Charts", "Mar"),
    QT_TRANSLATE_NOOP("Charts", "Apr"),
    QT_TRANSLATE_NOOP("Charts", "May"),
    QT_TRANSLATE_NOOP("Charts", "Jun"),
    QT_TRANSLATE_NOOP("Charts", "Jul"),
    QT_TRANSLATE_NOOP("Charts", "Aug"),
    QT_TRANSLATE_NOOP("Charts", "Sep"),
    QT_TRANSLATE_NOOP("Charts", "Oct"),
    QT_TRANSLATE_NOOP("Charts", "Nov"),
    QT_TRANSLATE_NOOP("Charts", "Dec"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _base(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    f = QFont()
    f.setPointSizeF(10)
    f.setBold(True)
    chart.setTitleFont(f)
    chart.setAnimationOptions(QChart.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignBottom)
    lf = QFont()
    lf.setPointSizeF(8.5)
    chart.legend().setFont(lf)
    return chart


def _axis_font(axis) -> None:
    f = QFont()
    f.setPointSizeF(8.5)
    axis.setLabelsFont(f)


def _set(name: str, values, color: str) -> QBarSet:
    s = QBarSet(name)
    s.setColor(QColor(color))
    s.setBorderColor(QColor(color))
    for v in values:
        s.append(float(v))
    return s


def quarter_progress_chart(data, lang: str = "vi") -> QChart:
    """Share of each criterion group met at the end of each quarter (%)."""
    chart = _base(QCoreApplication.translate("Charts", "Progress per criterion group, by quarter (% of criteria met)"))
    series = QBarSeries()
    colors = [BLUE, GREEN, ORANGE, GREY]
    for i, g in enumerate(data.quarters):
        name = QCoreApplication.translate("Charts", "Group {0}").format(g.group)
        series.append(_set(name, [round((s or 0) * 100) for s in g.shares], colors[i % len(colors)]))
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append(
        [QCoreApplication.translate("Charts", "Quarter {0}").format(lbl[1:]) for lbl in data.quarter_labels] or [""]
    )
    return _attach(chart, series, bottom=ax, left=_percent_axis())


def volunteer_buckets(days, required: float = 5.0) -> list[tuple[str, int, bool]]:
    """(label, members, reached) per whole number of days: 0, 1, 2, 3, 4, then ≥ required."""
    top = max(1, math.ceil(required))
    out = []
    for n in range(top):
        count = sum(1 for d in days if n <= d < n + 1 and d < required)
        out.append((str(n), count, False))
    out.append((f"≥{top}", sum(1 for d in days if d >= required), True))
    return out


def volunteer_chart(data, lang: str = "vi") -> QChart:
    """Members by number of volunteer days this period, against the 5 days of CD-3.6."""
    req = data.volunteer_required
    return _counts_chart(
        QCoreApplication.translate("Charts", "Volunteer days per member (CD-3.6: at least {0} days)").format(
            f"{req:g}"
        ),
        volunteer_buckets(data.volunteer_days, req),
        below=QCoreApplication.translate("Charts", "Below {0} days").format(f"{req:g}"),
        reached=QCoreApplication.translate("Charts", "Reached"),
        x_title=QCoreApplication.translate("Charts", "days"),
        y_title=QCoreApplication.translate("Charts", "members"),
    )


def _counts_chart(title: str, buckets, *, below: str, reached: str, x_title: str, y_title: str) -> QChart:
    """Vertical bars of how many (members, branches) fall in each bucket; reached buckets green."""
    chart = _base(title)
    series = QStackedBarSeries()
    series.append(_set(below, [0 if ok else c for _l, c, ok in buckets], ORANGE))
    series.append(_set(reached, [c if ok else 0 for _l, c, ok in buckets], GREEN))
    series.setLabelsVisible(False)
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append([lbl for lbl, _c, _ok in buckets])
    ax.setTitleText(x_title)
    ay = QValueAxis()
    top = max([c for _l, c, _ok in buckets] + [1])
    ay.setRange(0, max(4, top + (top // 5) + 1))
    ay.applyNiceNumbers()  # 0, 100, 200, 300 rather than 0, 81, 163, 245
    ay.setLabelFormat("%d")
    ay.setTitleText(y_title)
    return _attach(chart, series, bottom=ax, left=ay)


def monthly_chart(data, lang: str = "vi") -> QChart:
    """Evidence records and volunteer activities per month of the period."""
    chart = _base(QCoreApplication.translate("Charts", "Activity per month"))
    series = QBarSeries()
    series.append(
        _set(QCoreApplication.translate("Charts", "Evidence records"), [r for _m, r, _v in data.monthly], BLUE)
    )
    series.append(
        _set(QCoreApplication.translate("Charts", "Volunteer activities"), [v for _m, _r, v in data.monthly], GREEN)
    )
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append([texts(lang).translate("Charts", _MONTHS[m.month - 1]) for m, _r, _v in data.monthly] or [""])
    ay = QValueAxis()
    top = max([max(r, v) for _m, r, v in data.monthly] + [1])
    ay.setRange(0, max(4, top + 1))
    ay.setLabelFormat("%d")
    ay.setTickCount(5)
    for a in (ax, ay):
        _axis_font(a)
    chart.addAxis(ax, Qt.AlignBottom)
    chart.addAxis(ay, Qt.AlignLeft)
    series.attachAxis(ax)
    series.attachAxis(ay)
    return chart


def share_buckets(branches, required: float = 0.8) -> list[tuple[str, int, bool]]:
    """(label, branches, reached) per band of completion share: 0–19 %, 20–39 %, 40–59 %,
    60–79 %, then ≥ 80 % (BRIEF §1); branches with nothing known yet are left out."""
    bands = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, required)]
    shares = [b.share for b in branches if b.share is not None]
    out = [
        (f"{round(lo * 100)}–{round(hi * 100) - 1}%", sum(1 for x in shares if lo <= x < hi), False) for lo, hi in bands
    ]
    out.append((f"≥{round(required * 100)}%", sum(1 for x in shares if x >= required), True))
    return out


def branches_chart(data, lang: str = "vi") -> QChart:
    """A Đoàn cơ sở's branches by completion share: how many in each band, the 80 % of BRIEF §1
    in green. One bar per band reads at a glance with 300 branches (one bar per branch did not)."""
    return _counts_chart(
        QCoreApplication.translate("Charts", "Branches by completion share (80% needed)"),
        share_buckets(data.branches),
        below=QCoreApplication.translate("Charts", "Below 80%"),
        reached=QCoreApplication.translate("Charts", "80% or more"),
        x_title=QCoreApplication.translate("Charts", "share of criteria met"),
        y_title=QCoreApplication.translate("Charts", "branches"),
    )


def reporting_chart(rates: dict, level_names: dict) -> QChart:
    """Reporting rate and on-time rate per level (issue 23): for each level (branches, Đoàn cơ
    sở…), the share of the reports due that were sent, and sent on time. ``rates``: the
    ``Completeness.rates`` of desktop/services/reporting/tree.py; ``level_names``: level -> label."""
    chart = _base(QCoreApplication.translate("Charts", "Reports sent and sent on time, per level (% of those due)"))
    # Bars across: the levels' names ("Đoàn cấp trên") are read on the left, whole, in the
    # narrow column beside the table (upright bars cut them to "Đoàn cấ...").
    levels = list(rates)[::-1]  # the first level on top
    series = QHorizontalBarSeries()
    series.append(
        _set(
            QCoreApplication.translate("Charts", "Sent"),
            [round((rates[k]["reporting_rate"] or 0) * 100) for k in levels],
            BLUE,
        )
    )
    series.append(
        _set(
            QCoreApplication.translate("Charts", "On time"),
            [round((rates[k]["on_time_rate"] or 0) * 100) for k in levels],
            GREEN,
        )
    )
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append([level_names.get(k, k) for k in levels] or [""])
    return _attach(chart, series, bottom=_percent_axis(), left=ax)


def _percent_axis() -> QValueAxis:
    """0–100 % in steps of 20, as every share chart shows it."""
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setLabelFormat("%d%%")
    axis.setTickCount(6)
    return axis


def _attach(chart, series, *, bottom, left):
    """Put the two axes on the chart and the series on both; returns the chart."""
    for axis in (bottom, left):
        _axis_font(axis)
    chart.addAxis(bottom, Qt.AlignBottom)
    chart.addAxis(left, Qt.AlignLeft)
    series.attachAxis(bottom)
    series.attachAxis(left)
    return chart


def charts_for(data, lang: str = "vi") -> list[tuple[str, QChart]]:
    """The charts that make sense for this unit: (key, chart)."""
    if data is None:
        return []
    out = []
    if data.quarters:
        out.append(("quarters", quarter_progress_chart(data, lang)))
    if data.volunteer_days or data.quarters:
        out.append(("volunteer", volunteer_chart(data, lang)))
    if data.monthly:
        out.append(("monthly", monthly_chart(data, lang)))
    if data.branches:
        out.append(("branches", branches_chart(data, lang)))
    return out


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumSize(260, 200)
    return view


def render_png(chart: QChart, path: str | Path, width: int = 900, height: int = 480) -> Path:
    """Draw ``chart`` into a PNG file (for printed reports). Needs a QApplication (offscreen works)."""
    view = chart_view(chart)
    view.resize(width, height)
    view.grab().save(str(path), "PNG")
    return Path(path)


def chart_images(ctx, folder: str | Path, lang: str = "vi", width: int = 900, height: int = 480) -> dict[str, Path]:
    """Render this unit's home charts into ``folder`` as PNG files: {key: path}. For the reports
    engine: ``chart_images(ctx, tmpdir)["volunteer"]`` is the CD-3.6 distribution."""
    from desktop.services.reporting import home_data

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return {
        key: render_png(chart, folder / f"{key}.png", width, height) for key, chart in charts_for(home_data(ctx), lang)
    }
