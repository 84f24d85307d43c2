"""Home ("Tổng quan"): the unit, its current period, the next deadlines and the concrete next
actions computed from the records (desktop.services.evaluation.next_actions); clicking an
action opens the page where it is done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

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
        self.actions_box = QGroupBox()
        self.actions = QListWidget()
        self.actions.setObjectName("home_actions")
        self.actions.setWordWrap(True)
        self.actions.itemActivated.connect(self._open_action)
        self.actions.itemClicked.connect(self._open_action)
        self.actions_hint = QLabel()
        self.actions_hint.setObjectName("home_actions_hint")
        al = QVBoxLayout(self.actions_box)
        al.addWidget(self.actions_hint)
        al.addWidget(self.actions, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.period)
        lay.addWidget(self.box)
        lay.addWidget(self.actions_box, 1)
        self._next_actions = []
        self.reload()

    def watches(self):
        return ("unit", "settings", "cycle", "members", "volunteer", "recognition")

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
        self._load_actions(unit)

    # ---------------------------------------------------------------- next actions
    def _load_actions(self, unit):
        self.actions_box.setTitle(self.tr("Next actions"))
        self.actions_hint.setText(self.tr("Click an action to open the page where it is done."))
        if unit.kind.value != "chi-doan":
            self.actions_box.setVisible(False)
            return
        self.actions_box.setVisible(True)
        from desktop.services.evaluation import next_actions

        ctx, code = self.env.ctx, unit.code
        self.env.runner.run(lambda: next_actions(ctx, code, limit=12), on_done=self._show_actions,
                            on_error=lambda exc, tb: self._show_actions([]), parent=self)

    def _show_actions(self, actions):
        self._next_actions = list(actions)
        lang = self.env.translator.language
        self.actions.clear()
        for a in self._next_actions:
            it = QListWidgetItem(a.text(lang))
            it.setData(Qt.UserRole, a)
            self.actions.addItem(it)
        if not self._next_actions:
            self.actions.addItem(self.tr("Nothing pending: every criterion is on track."))

    def _open_action(self, item):
        a = item.data(Qt.UserRole)
        w = self.env.window
        if a is None or w is None:
            return
        keys = {s.key for s in w.visible_specs()}
        page = a.page if a.page in keys else ("campaign" if "campaign" in keys else None)
        if page is not None:
            self.env.navigate(page, **(a.params if page == a.page else {"criterion": a.criterion_id}))


PAGE = PageSpec(key="home", order=0, title=QT_TRANSLATE_NOOP("Navigation", "Overview"),
                factory=HomePage)
