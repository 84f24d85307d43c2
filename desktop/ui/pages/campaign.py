"""The criteria screen ("Theo dõi tiêu chí"): the 16 Chi đoàn XHCN criteria grouped as in the
regulations, each with its status colour, measured value against the threshold, a plain
explanation and the evidence behind it; the completion share and the ≥ 80 % verdict; a view
quarter by quarter (BRIEF §1, §3.1 step 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QTreeWidgetItem

from desktop.domain.bilingual import catalog_text
from desktop.domain.evaluation_rules import quarter_name
from desktop.domain.evaluation import NEEDS_JUDGEMENT, NOT_APPLICABLE, CriterionResult, Evaluation
from desktop.domain.logs import kind_for_criterion
from desktop.i18n.formatting import format_date_short
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.year import get_log
from desktop.services.year import evaluate_quarters, evaluate_unit
from desktop.ui.cycle_common import cycle_page_available, status_colours, status_label
from desktop.ui.campaign_layout import CampaignLayout
from desktop.ui.pages import Page, PageSpec
from desktop.i18n.catalogue import say

_SHARE_MEASURES = {"pct_members", "flag_100", "per_member_min"}
# Where the records of a criterion that is not kept in the evidence logs are entered.
_OTHER_PAGES = {
    "CD-2.2": "volunteer",
    "CD-2.3": "volunteer",
    "CD-3.6": "volunteer",
    "CD-3.3": "members",
    "CD-3.4": "members",
    "CD-3.5": "members",
    "CD-3.8": "recognition",
}


def result_text(r: CriterionResult, measure: str) -> str:
    def fmt(v):
        if v is None:
            return "—"
        if isinstance(v, bool):
            return "✓" if v else "✗"
        if measure in _SHARE_MEASURES:
            return ui_formatter().percent(float(v), digits=1 if abs(v * 100 - round(v * 100)) > 1e-6 else 0)
        return ui_formatter().number(v, digits=1)

    if r.status == NOT_APPLICABLE:
        return "—"
    if r.threshold is None:
        return fmt(r.value)
    return f"{fmt(r.value)} / {fmt(r.threshold)}"


class CampaignPage(CampaignLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self.evaluation: Evaluation | None = None
        self.quarters = []
        self._build(env)
        self.retranslate()
        self.bar.reload_units()
        self.reload()

    # ------------------------------------------------------------------ page protocol
    def watches(self):
        return ("cycle", "members", "volunteer", "settings", "unit", "recognition", "sync")

    def lang(self) -> str:
        return self.env.translator.language

    def activate(self, **kw):
        if kw.get("unit") or kw.get("period"):
            self.bar.select(kw.get("unit"), kw.get("period"))
        if kw.get("criterion"):
            self._select(kw["criterion"])

    def reload(self):
        if self.bar.unit() is None:
            self.bar.reload_units()
        unit = self.bar.unit()
        if unit is None:
            self.summary.setText(self.tr("No branch to show: add the branches this Đoàn cơ sở holds."))
            return
        code, label, ctx = unit.code, self.bar.period_label_value(), self.env.ctx

        own = self._own_branch()

        def work():
            from desktop.services import exchange as flow_down, exchange as sending
            from desktop.services.catalogs import in_force_source

            ev = evaluate_unit(ctx, code, label)
            packages = {}
            if own:
                for q in range(1, 5):
                    packages[q] = (
                        sending.latest_submission(ctx, "quarterly", ev.period.label, q),
                        flow_down.returned_for(ctx, "quarterly", ev.period.label, q),
                    )
            return ev, evaluate_quarters(ctx, code, label), in_force_source(ctx, "chi-doan-xhcn", label), packages

        self.env.runner.run(
            work, on_done=self._loaded, on_error=self._failed, label=self.tr("Evaluating the criteria…"), parent=self
        )
        from desktop.services.exchange import decision_lines

        self.env.runner.run(
            lambda: decision_lines(ctx, code, label),
            on_done=self._show_decisions,
            on_error=lambda *_: self.decision.setVisible(False),
        )

    def _show_decisions(self, lines):
        self.decision.setText("<br>".join(lines))
        self.decision.setStyleSheet("background: #d8f0d8; color: #1d5e20; padding: 4px;")
        self.decision.setVisible(bool(lines))

    def _loaded(self, result):
        self.evaluation, self.quarters, self._catalog_source, self._quarter_packages = result
        self._render()
        self._quarter_button()

    def _own_branch(self) -> bool:
        from desktop.domain.units import UnitKind
        from desktop.services.units import self_unit

        me, unit = self_unit(self.env.ctx), self.bar.unit()
        return bool(me and unit and me.code == unit.code and me.kind is UnitKind.CHI_DOAN)

    def _chosen_quarter(self) -> int | None:
        """The quarter whose column is selected in the table, else the last one that has begun."""
        started = [q for q in self.quarters if q.started]
        cols = sorted({i.column() for i in self.quarter_table.selectedIndexes()} - {0})
        if cols and cols[0] - 1 < len(self.quarters) and self.quarters[cols[0] - 1].started:
            return self.quarters[cols[0] - 1].index
        return started[-1].index if started else None

    def _quarter_button(self):
        q = self._chosen_quarter()
        self.quarter_send.setVisible(self._own_branch())
        self.quarter_send.setEnabled(q is not None)
        self.quarter_send.setText(self.tr("Submit the report of quarter {0} to the Đoàn cơ sở…").format(q or ""))
        item, returned = self._quarter_packages.get(q, (None, None)) if q else (None, None)
        lines = []
        if returned:
            lines.append(self.tr("Returned for correction by the upper level: {0}").format(returned))
        if item is not None:
            from desktop.services import exchange as sending

            lines.append(sending.where(item, self.lang()))
        self.quarter_status.setText("\n".join(lines))
        self.quarter_status.setStyleSheet("color: #8a1c14;" if returned else "")

    def _submit_quarter(self):
        from desktop.ui.submit_dialog import open_submit_dialog

        q = self._chosen_quarter()
        if q is None or self.evaluation is None:
            return
        label = self.evaluation.period.label
        self.submit_dialog = open_submit_dialog(self.env, "quarterly", label, q, parent=self)

    def _failed(self, exc, tb):
        self.evaluation, self.quarters = None, []
        self.summary.setStyleSheet("background: #f8d7d5; color: #8a1c14;")
        self.summary.setText(str(exc))
        self.tree.clear()

    # ------------------------------------------------------------------ rendering
    def _render(self):
        ev = self.evaluation
        if ev is None:
            return
        lang = self.lang()
        self.as_of.setText(self.tr("As of {0}").format(format_date_short(ev.as_of)))
        cat_in_force, source = self._catalog_source
        if cat_in_force is not None:
            self.catalog_label.setText(
                self.tr("Criteria catalog {0}, version {1}").format(
                    f"“{catalog_text(cat_in_force, 'title', lang)}”", cat_in_force.version
                )
                + (self.tr(" (update from {0})").format(source) if source else "")
            )
        verdict = say(ev.recognition, lang)
        counts = ev.counts()
        parts = [
            f"{counts[st]} {status_label(st, lang).lower()}"
            for st in ("met", "at_risk", "not_met", "needs_judgement", "not_applicable")
            if counts[st]
        ]
        colour = "#d8f0d8; color: #1d5e20" if ev.recognisable else "#fde9c4; color: #7a4b00"
        if ev.no_members:  # no counts of "met" criteria: nothing is achieved without members
            colour, parts = "#e6e6e6; color: #555", []
        self.summary.setStyleSheet(f"background: {colour}; font-size: 11pt;")
        self.summary.setText(f"<b>{verdict}</b><br>" + " · ".join(parts))
        current = self.tree.currentItem().data(0, Qt.UserRole) if self.tree.currentItem() else None
        cat = self.env.ctx.catalogs.get(ev.campaign)
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        select_item = None
        for g in cat.groups:
            results = [r for r in ev.criteria if r.group == g.id]
            met = sum(1 for r in results if r.status == "met")
            appl = sum(1 for r in results if r.status != NOT_APPLICABLE)
            gi = QTreeWidgetItem(
                [self.tr("Group {0}: {1}").format(g.id, catalog_text(g, "title", lang)), "", f"{met}/{appl}", ""]
            )
            for col in range(4):
                gi.setFont(col, bold)
            gi.setToolTip(0, catalog_text(g, "title", lang))
            gi.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(gi)
            for r in results:
                crit = cat.criterion(r.id)
                title = catalog_text(r, "title", lang)
                expl = say(r.explanation, lang)
                it = QTreeWidgetItem(
                    [f"{r.id}  {title}", status_label(r.status, lang), result_text(r, crit.measure), expl]
                )
                it.setData(0, Qt.UserRole, r.id)
                it.setToolTip(0, title)
                it.setToolTip(3, expl)
                bg, fg = status_colours(r.status)
                it.setBackground(1, QBrush(bg))
                it.setForeground(1, QBrush(fg))
                it.setFont(1, bold)
                self.tree.addTopLevelItem(it)
                if r.id == current:
                    select_item = it
        if select_item is None and self.tree.topLevelItemCount() > 1:
            select_item = self.tree.topLevelItem(1)
        if select_item is not None:
            self.tree.setCurrentItem(select_item)
        self._render_quarters()

    def _render_quarters(self):
        ev, lang = self.evaluation, self.lang()
        qs = self.quarters
        t = self.quarter_table
        t.clear()
        t.setColumnCount(1 + len(qs))
        t.setRowCount(len(ev.criteria))
        heads = [self.tr("Criterion")]
        for q in qs:
            name = say(quarter_name(ev.period, q.index), lang)
            heads.append(f"{name}\n{format_date_short(q.start)} – {format_date_short(q.end)}")
        t.setHorizontalHeaderLabels(heads)
        for row, r in enumerate(ev.criteria):
            t.setItem(row, 0, QTableWidgetItem(f"{r.id}  {catalog_text(r, 'title', lang)}"))
            for col, q in enumerate(qs, start=1):
                if q.evaluation is None:
                    item = QTableWidgetItem(self.tr("not started"))
                else:
                    qr = q.evaluation.result(r.id)
                    item = QTableWidgetItem(status_label(qr.status, lang))
                    item.setToolTip(say(qr.explanation, lang))
                    bg, fg = status_colours(qr.status)
                    item.setBackground(QBrush(bg))
                    item.setForeground(QBrush(fg))
                t.setItem(row, col, item)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, 1 + len(qs)):
            t.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeToContents)

    def _select(self, cid: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            it = self.tree.topLevelItem(i)
            if it.data(0, Qt.UserRole) == cid:
                self.tabs.setCurrentIndex(0)
                self.tree.setCurrentItem(it)
                self.tree.scrollToItem(it)
                return

    def current_result(self) -> CriterionResult | None:
        it = self.tree.currentItem()
        cid = it.data(0, Qt.UserRole) if it else None
        if not cid or self.evaluation is None:
            return None
        return self.evaluation.result(cid)

    def _show_detail(self, *_):
        r = self.current_result()
        lang = self.lang()
        self.evidence.clear()
        if r is None:
            self.detail_title.clear()
            self.detail_text.clear()
            for b in (self.add_btn, self.judge_btn, self.open_btn):
                b.setEnabled(False)
            return
        title = catalog_text(r, "title", lang)
        self.detail_title.setText(f"<b>{r.id}</b> — {title}")
        self.detail_text.setText(f"<b>{status_label(r.status, lang)}.</b> " + say(r.explanation, lang))
        for e in r.evidence:
            when = format_date_short(e.on_date) + " — " if e.on_date else ""
            it = QListWidgetItem(when + e.label)
            it.setData(Qt.UserRole, (e.kind, e.id))
            self.evidence.addItem(it)
        if not r.evidence:
            self.evidence.addItem(self.tr("No record yet."))
        cat = self.env.ctx.catalogs.get(self.evaluation.campaign)
        qualitative = cat.criterion(r.id).measure == "qualitative"
        kind = kind_for_criterion(r.id)
        self.add_btn.setEnabled(kind is not None or r.id in _OTHER_PAGES)
        self.judge_btn.setEnabled(qualitative)
        self.judge_btn.setDefault(r.status == NEEDS_JUDGEMENT)
        self.open_btn.setEnabled(kind is not None or self._page_exists(_OTHER_PAGES.get(r.id)))

    # ------------------------------------------------------------------ actions
    def _page_exists(self, key: str | None) -> bool:
        w = self.env.window
        return bool(key and w is not None and any(s.key == key for s in w.visible_specs()))

    def _go(self, key: str, **kw) -> None:
        if self._page_exists(key):
            self.env.navigate(key, **kw)

    def _add_record(self):
        r = self.current_result()
        if r is None:
            return
        kind = kind_for_criterion(r.id)
        if kind is None:
            self._go(_OTHER_PAGES.get(r.id, ""), criterion=r.id)
            return
        from desktop.ui.cycle_log_dialog import LogDialog

        dlg = LogDialog(self.env, self.bar.unit_code(), kind, parent=self)
        dlg.open()

    def _judge(self):
        r = self.current_result()
        if r is None:
            return
        from desktop.ui.cycle_judgement_dialog import JudgementDialog

        lang = self.lang()
        dlg = JudgementDialog(
            self.env,
            self.bar.unit_code(),
            self.evaluation.period.label,
            r.id,
            catalog_text(r, "title", lang),
            parent=self,
        )
        dlg.open()

    def _help(self):
        from desktop.ui.help import show_help

        r = self.current_result()
        show_help(self, r.id if r is not None else None, self.env)

    def _open_page(self):
        r = self.current_result()
        if r is None:
            return
        kind = kind_for_criterion(r.id)
        if kind is not None:
            self._go("logs", kind=kind, unit=self.bar.unit_code(), period=self.bar.period_label_value())
        else:
            self._go(_OTHER_PAGES.get(r.id, ""), criterion=r.id)

    def _open_evidence(self, item: QListWidgetItem):
        data = item.data(Qt.UserRole)
        if not data:
            return
        kind, ident = data
        if ident is None or kind in ("member", "judgement", "volunteer_activity"):
            return
        from desktop.ui.cycle_log_dialog import LogDialog

        entry = get_log(self.env.ctx, ident)
        LogDialog(self.env, entry.unit_code, entry.kind, entry, parent=self).open()


PAGE = PageSpec(
    key="campaign",
    order=20,
    title=QT_TRANSLATE_NOOP("Navigation", "Criteria"),
    factory=CampaignPage,
    available=cycle_page_available,
    icon="criteria.svg",
)
