"""Charts (Qt Charts, issue 11 item 2) drawn from desktop.services.home.HomeData:

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
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

GREEN, ORANGE, BLUE, GREY, RED = "#2e7d32", "#ef6c00", "#1565c0", "#90a4ae", "#c62828"


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
    ax.append([QCoreApplication.translate("Charts", "Quarter {0}").format(lbl[1:]) for lbl in data.quarter_labels] or [""])
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
    chart = _base(QCoreApplication.translate("Charts", "Volunteer days per member (CD-3.6: at least {0} days)").format(f"{req:g}"))
    buckets = volunteer_buckets(data.volunteer_days, req)
    series = QStackedBarSeries()
    series.append(_set(QCoreApplication.translate("Charts", "Below {0} days").format(f"{req:g}"), [0 if ok else c for _l, c, ok in buckets], ORANGE))
    series.append(_set(QCoreApplication.translate("Charts", "Reached"), [c if ok else 0 for _l, c, ok in buckets], GREEN))
    series.setLabelsVisible(False)
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append([lbl for lbl, _c, _ok in buckets])
    ax.setTitleText(QCoreApplication.translate("Charts", "days"))
    ay = QValueAxis()
    top = max([c for _l, c, _ok in buckets] + [1])
    ay.setRange(0, max(4, top + (top // 5) + 1))
    ay.setLabelFormat("%d")
    ay.setTickCount(5)
    ay.setTitleText(QCoreApplication.translate("Charts", "members"))
    for a in (ax, ay):
        _axis_font(a)
    chart.addAxis(ax, Qt.AlignBottom)
    chart.addAxis(ay, Qt.AlignLeft)
    series.attachAxis(ax)
    series.attachAxis(ay)
    return chart


def monthly_chart(data, lang: str = "vi") -> QChart:
    """Evidence records and volunteer activities per month of the period."""
    chart = _base(QCoreApplication.translate("Charts", "Activity per month"))
    series = QBarSeries()
    series.append(_set(QCoreApplication.translate("Charts", "Evidence records"), [r for _m, r, _v in data.monthly], BLUE))
    series.append(_set(QCoreApplication.translate("Charts", "Volunteer activities"), [v for _m, _r, v in data.monthly], GREEN))
    chart.addSeries(series)
    ax = QBarCategoryAxis()
    ax.append([(f"T{m.month}" if lang == "vi" else m.strftime("%b")) for m, _r, _v in data.monthly] or [""])
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


def branches_chart(data, lang: str = "vi", limit: int = 15) -> QChart:
    """A Đoàn cơ sở's branches by completion share (the 80 % of BRIEF §1 in green)."""
    chart = _base(QCoreApplication.translate("Charts", "Branches by completion share (80% needed)"))
    rows = [b for b in data.branches][:limit]
    rows = list(reversed(rows))  # largest at the top of a horizontal chart
    stacked = QHorizontalStackedBarSeries()
    stacked.append(_set(QCoreApplication.translate("Charts", "Below 80%"), [round((b.share or 0) * 100) if (b.share or 0) < 0.8 else 0 for b in rows], ORANGE))
    stacked.append(_set(QCoreApplication.translate("Charts", "80% or more"), [round((b.share or 0) * 100) if (b.share or 0) >= 0.8 else 0 for b in rows], GREEN))
    chart.addSeries(stacked)
    ay = QBarCategoryAxis()
    ay.append([_short(b.name) for b in rows] or [""])
    return _attach(chart, stacked, bottom=_percent_axis(), left=ay)



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

def _short(name: str, n: int = 28) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"


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
    from desktop.services.home import home_data

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return {key: render_png(chart, folder / f"{key}.png", width, height)
            for key, chart in charts_for(home_data(ctx), lang)}
