"""Home ("Tổng quan"): the unit, its current period and the next deadlines."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from desktop.domain.calendar import deadlines
from desktop.domain.periods import Period
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.units import self_unit
from desktop.ui.pages import Page, PageSpec


def current_period(unit, today) -> Period:
    if unit.is_school:
        year = today.year if today.month >= 9 else today.year - 1
        return Period.parse(f"{year}-{year + 1}")
    return Period.parse(str(today.year))


class HomePage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.period = QLabel()
        self.box = QGroupBox()
        self.deadlines = QLabel()
        self.deadlines.setObjectName("home_deadlines")
        self.deadlines.setWordWrap(True)
        QVBoxLayout(self.box).addWidget(self.deadlines)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.period)
        lay.addWidget(self.box)
        lay.addStretch(1)
        self.reload()

    def watches(self):
        return ("unit", "settings", "cycle")

    def retranslate(self):
        self.reload()

    def reload(self):
        ctx = self.env.ctx
        unit = self_unit(ctx)
        if unit is None:
            return
        today = ctx.today()
        period = current_period(unit, today)
        self.title.setText(unit.name)
        self.period.setText(self.tr("Assessment period: {0} ({1} – {2})").format(
            period.label, format_date_short(period.start), format_date_short(period.end)))
        self.box.setTitle(self.tr("Next deadlines"))
        cat = ctx.catalogs.get("chi-doan-xhcn")
        lines = []
        if cat:
            branch = unit.branch_type.value if unit.branch_type else None
            nxt = Period.parse(str(period.year + 1)) if not unit.is_school else Period.parse(
                f"{period.year + 1}-{period.year + 2}")
            items = [d for p in (period, nxt) for d in deadlines(cat, p, branch) if d.due >= today]
            actor = unit.kind.value
            for d in sorted(items, key=lambda d: d.due)[:5]:
                mine = d.actor == actor
                left = d.days_left(today)
                title = d.title_vi if self.env.translator.language == "vi" else d.title_en
                lines.append(("<b>" if mine else "") + self.tr("{0}: {1} — {2} days left").format(
                    title, format_date_short(d.due), left) + ("</b>" if mine else ""))
        self.deadlines.setText("<br>".join(lines) or self.tr("No upcoming deadline."))


PAGE = PageSpec(key="home", order=0, title=QT_TRANSLATE_NOOP("Navigation", "Overview"),
                factory=HomePage)
