"""Upper levels: the units below, read-only (issue 23) — the drill-down from this unit to its
children, a child's branches and a branch's criteria with the facts behind them (double-click a
row to go one step down, "Up one level" to come back); who sent which report on time, late or not
at all, as a table and a chart, with one action to remind those who have not sent; and the
approval of the summaries (a Đoàn cấp trên approves or returns them; a Đoàn cơ sở sees what became
of its own and sends a corrected one). Everything comes from desktop/services/reporting/tree.py and
desktop/services/exchange/approval.py, computed off the GUI thread."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.domain.units import UnitKind
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.domain.errors import DomainError
from desktop.services import exchange as approval, reporting as tree
from desktop.ui.tree_layout import LEVELS, SUMMARIES, TreeLayout, _approval_state, _n, _pct, _tr
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import status_word
from desktop.ui.safety import show_refusal


def available(unit) -> bool:
    return unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)


class TreePage(TreeLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self.trail: list[str] = []  # codes opened below this unit
        self._build(env)
        self.view: tree.TreeView | None = None
        self.comp: tree.Completeness | None = None
        self.appr: approval.Approvals | None = None
        self.retranslate()

    def watches(self):
        return ("sync", "unit", "settings")

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()
        code = self.trail[-1] if self.trail else None

        def load():
            try:
                appr = approval.overview(ctx, period) if _is_upper(ctx) else approval.mine(ctx, period)
            except DomainError:
                appr = None  # a Đoàn cơ sở with no upper level recorded: nothing to show
            return tree.show(ctx, period, code), tree.completeness(ctx, period), appr

        self.env.runner.run(load, on_done=self._loaded, on_error=self._failed, parent=self)

    def _failed(self, exc, _tb) -> None:
        if self.trail:  # the unit opened is gone for this period: back to the top
            self.trail.clear()
        show_refusal(self, exc)

    def _loaded(self, result) -> None:
        self.view, self.comp, self.appr = result
        self._show()

    def step(self) -> None:
        """One step down or up: only the level shown is read again. Who reported and the approvals
        are of the period, not of the level: those of the city (~31,000 report rows) are kept."""
        ctx, period = self.env.ctx, self.period.currentData()
        if self.comp is None or self.comp.period != period:
            self.reload()
            return
        code = self.trail[-1] if self.trail else None
        self.env.runner.run(
            lambda: tree.show(ctx, period, code), on_done=self._stepped, on_error=self._failed, parent=self
        )

    def _stepped(self, view) -> None:
        self.view = view
        self._show()

    def open_row(self, i: int) -> None:
        row = self.nodes.row(i)
        if row is None or self.view is None or row.code == self.view.code:
            return
        self.trail.append(row.code)
        self.step()

    def go_up(self) -> None:
        if self.trail:
            self.trail.pop()
            self.step()

    def _show(self) -> None:
        v = self.view
        self.up.setEnabled(bool(self.trail))
        if v is None:
            self.where.setText(self.tr("Loading…"))
            return
        self.where.setText(
            " › ".join(n for _c, n in v.path)
            + (self.tr(" — double-click a row to open it") if v.kind != "chi-doan" else "")
        )
        self.nodes.set_rows(v.rows)
        t = v.totals
        judged = t["results_known"] > 0 or not t["reported"]  # else only registration summaries came
        text = (
            self.tr(
                "Total: %1 branches, %2 registered (%3 on time), %4 recognisable, "
                "%5 recognised, %6 members, mean completion %7."
            )
            .replace("%1", _n(t["branches"]))
            .replace("%2", _n(t["registered"]))
            .replace("%3", _n(t["registered_on_time"]))
            .replace("%4", _n(t["recognisable"]) if judged else "—")
            .replace("%5", _n(t["recognised"]) if judged else "—")
            .replace("%6", _n(t["members"]))
            .replace("%7", _pct(t["completion"]))
        )
        if 0 < t["results_known"] < t["reported"]:
            text += " " + self.tr("Recognisable and recognised: the %1 of %2 units that sent their results.").replace(
                "%1", str(t["results_known"])
            ).replace("%2", str(t["reported"]))
        self.totals.setText(text)
        self.criteria.set_rows(v.criteria)
        self._criterion(-1)
        self.criteria_view.setVisible(bool(v.criteria))
        # A branch opened: its own row is short, its criteria take the room.
        self.nodes_view.setMaximumHeight(80 if v.criteria else 16777215)
        self.criteria_note.setText(v.criteria_note)
        self.criteria_note.setVisible(bool(v.criteria_note))
        m = v.member_titles
        if m:
            text = (
                self.tr("Đoàn viên XHCN: %1 members, %2 registered, %3 proposed, %4 recognised.")
                .replace("%1", _n(m.get("total")))
                .replace("%2", _n(m.get("registered")))
                .replace("%3", _n(m.get("proposed")))
                .replace("%4", _n(m.get("recognised")))
            )
            if v.recognised_names:
                text += " " + ", ".join(v.recognised_names)
            self.titles.setText(text)
        self.titles.setVisible(bool(m))
        c = self.comp
        if c is not None:
            self.with_branches.setVisible(bool(c.below))
            self.reports.set_rows(c.rows + (c.below if self.with_branches.isChecked() else ()))
            lines = []
            for level, lv in c.rates.items():
                lines.append(
                    self.tr("%1: sent %2 of %3 due (%4), on time %5 (%6).")
                    .replace("%1", _tr(LEVELS.get(level, level)))
                    .replace("%2", str(lv["received"]))
                    .replace("%3", str(lv["due"]))
                    .replace("%4", _pct(lv["reporting_rate"]))
                    .replace("%5", str(lv["on_time"]))
                    .replace("%6", _pct(lv["on_time_rate"]))
                )
            self.rates.setText("\n".join(lines) or self.tr("Nothing is due yet for this year."))
            self._chart(c.rates)
            self.remind.setEnabled(any(r.state == "missing" for r in c.rows))
        a = self.appr
        upper = a is not None and a.side == "above"
        self.approve_btn.setVisible(upper)
        self.return_btn.setVisible(upper)
        self.resend_btn.setVisible(a is not None and not upper)
        self.approvals.set_rows(a.rows if a is not None else [])
        self._approval_selected(-1)
        if a is None:
            self.approvals_hint.setText(
                self.tr("Record the upper level in Settings to follow the summaries sent to it.")
            )
        elif upper:
            self.approvals_hint.setText(
                self.tr(
                    "The summaries your Đoàn cơ sở sent: select one, then approve it or return it with the reasons. "
                    "A corrected summary replaces the returned one."
                )
            )
        else:
            self.approvals_hint.setText(
                self.tr(
                    "Your summaries and what the upper level did with them. A returned summary shows the reasons: "
                    "correct the data, then send the summary again (the new version replaces the old one)."
                )
            )

    def _received_text(self, r) -> str:
        """Whether something came; at a Đoàn cấp trên, what it did with the Đoàn cơ sở's summary."""
        a = self.appr
        if a is not None and a.side == "above" and r.kind != "chi-doan":
            mine = {x.summary_kind: x for x in a.rows if x.code == r.code and x.state != "missing"}
            x = mine.get("results") or mine.get("registration")
            if x is not None:
                return _approval_state(x)
        return self.tr("Received") if r.reported else self.tr("Nothing received")

    def _criterion(self, i: int) -> None:
        c = self.criteria.row(i) if i >= 0 else None
        if c is None:
            self.detail.setText(
                self.tr("Select a criterion to see the facts behind it.") if self.criteria.rowCount() else ""
            )
            return
        lines = [f"<b>{escape(c.id)}</b> — {escape(c.title_vi)}: {escape(status_word(c.status))}"]
        if c.facts_vi:
            lines.append(escape(c.facts_vi))
        if c.evidence:
            more = c.evidence_total - len(c.evidence)
            lines.append(
                self.tr("Evidence:")
                + " "
                + escape("; ".join(c.evidence))
                + (" " + self.tr("(and %1 more)").replace("%1", str(more)) if more > 0 else "")
            )
        if c.members:
            more = c.members_total - len(c.members)
            lines.append(
                self.tr("Members:")
                + " "
                + escape(", ".join(c.members))
                + (" " + self.tr("(and %1 other members)").replace("%1", str(more)) if more > 0 else "")
            )
        self.detail.setText("<br>".join(lines))

    def _approval_selected(self, i: int) -> None:
        r = self.approvals.row(i) if i >= 0 else None
        # a decision already taken on this version is not taken again (nothing to decide on a missing one)
        self.approve_btn.setEnabled(r is None or r.state not in ("approved", "missing"))
        self.return_btn.setEnabled(r is None or r.state not in ("returned", "missing"))
        if r is None:
            self.approval_detail.setText("")
            return
        lines = [f"<b>{escape(r.name)}</b> — {escape(_tr(SUMMARIES[r.summary_kind]))}: {escape(_approval_state(r))}"]
        if r.reasons:
            lines.append(self.tr("Reasons:") + "<br>" + "<br>".join("• " + escape(x) for x in r.reasons))
        if r.note:
            lines.append(self.tr("Note:") + " " + escape(r.note))
        if r.reminder:
            lines.append(self.tr("Reminder:") + " " + escape(r.reminder))
        self.approval_detail.setText("<br>".join(lines))

    def _chart(self, rates: dict) -> None:
        from desktop.ui.charts import chart_view, reporting_chart

        if self.chart_view is not None:
            self.chart_box.removeWidget(self.chart_view)
            self.chart_view.deleteLater()
            self.chart_view = None
        if not rates:
            return
        self.chart_view = chart_view(reporting_chart(rates, {k: _tr(v) for k, v in LEVELS.items()}))
        self.chart_view.setObjectName("tree_rates_chart")
        self.chart_box.addWidget(self.chart_view)

    # ------------------------------------------------------------------ actions
    def _send(self, title: str, work, ready_text: str) -> None:
        from desktop.ui.submit_dialog import open_send_down_dialog

        self.sent_dialog = open_send_down_dialog(self.env, title, work, self, ready_text)

    def remind_missing(self) -> None:
        from desktop.services import exchange as flow_down

        ctx, period = self.env.ctx, self.period.currentData()
        self._send(
            self.tr("Remind those who have not sent"),
            lambda: flow_down.send_reminders(ctx, period),
            self.tr(
                "The reminders are ready in the outbox. Save the files and send each unit its file by "
                "Zalo, e-mail or on a USB stick."
            ),
        )

    def _selected_summary(self):
        from desktop.ui.sync_widgets import selected_rows

        rows = selected_rows(self.approvals_view)
        current = self.approvals_view.currentIndex()
        if not rows and current.isValid():  # the row the detail line below the table speaks of
            rows = [self.approvals_view.model().row(current.row())]
        if not rows:
            QMessageBox.information(self, self.tr("Summaries"), self.tr("Select a summary in the list."))
            return None
        return rows[0]

    def approve_selected(self) -> None:
        row = self._selected_summary()
        if row is None:
            return
        ctx, period = self.env.ctx, self.period.currentData()
        self._send(
            self.tr("Approve the summary"),
            lambda: [approval.decide(ctx, row.code, period, row.summary_kind, "approved")[0]],
            self.tr(
                "The approval is ready in the outbox. Save the file and send it to the Đoàn cơ sở by "
                "Zalo, e-mail or on a USB stick."
            ),
        )

    def return_selected(self) -> None:
        from desktop.ui.approval_dialog import ReturnSummaryDialog

        row = self._selected_summary()
        if row is None:
            return
        if row.state == "missing":
            QMessageBox.information(self, self.tr("Summaries"), self.tr("Nothing was received yet: nothing to return."))
            return
        ctx, period = self.env.ctx, self.period.currentData()
        try:
            inside = tree.show(ctx, period, row.code).rows
        except DomainError:
            inside = ()
        dlg = ReturnSummaryDialog(
            row.name, _tr(SUMMARIES[row.summary_kind]), period, [(b.code, b.name) for b in inside], self
        )
        self.return_dialog = dlg
        if dlg.exec() != QDialog.Accepted:
            return
        reasons, note, names = dlg.reasons(), dlg.note_text(), {b.code: b.name for b in inside}
        self._send(
            self.tr("Return the summary for correction"),
            lambda: [approval.decide(ctx, row.code, period, row.summary_kind, "returned", reasons, note, names)[0]],
            self.tr(
                "The return is ready in the outbox. Save the file and send it to the Đoàn cơ sở by "
                "Zalo, e-mail or on a USB stick."
            ),
        )

    def resend_selected(self) -> None:
        from desktop.services import exchange as submissions

        row = self._selected_summary()
        if row is None:
            return
        ctx, period = self.env.ctx, self.period.currentData()
        self._send(
            self.tr("Send this summary"),
            lambda: submissions.send_down_or_up(ctx, "summary", period=period, summary_kind=row.summary_kind),
            self.tr(
                "The summary is ready in the outbox. Save the file and send it to the upper level by "
                "Zalo, e-mail or on a USB stick; a new version replaces the one sent before."
            ),
        )


def _is_upper(ctx) -> bool:
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    return me is not None and me.kind is UnitKind.DOAN_CAP_TREN


PAGE = PageSpec(
    key="tree",
    order=13,
    title=QT_TRANSLATE_NOOP("Navigation", "Units below"),
    factory=TreePage,
    available=available,
    icon="branches.svg",
)
