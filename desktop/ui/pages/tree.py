"""Upper levels: the units below, read-only (issue 23) — the drill-down from this unit to its
children, a child's branches and a branch's criteria with the facts behind them (double-click a
row to go one step down, "Up one level" to come back); who sent which report on time, late or not
at all, as a table and a chart, with one action to remind those who have not sent; and the
approval of the summaries (a Đoàn cấp trên approves or returns them; a Đoàn cơ sở sees what became
of its own and sends a corrected one). Everything comes from desktop/services/reporting/tree.py and
desktop/services/exchange/approval.py, computed off the GUI thread."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.units import UnitKind
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.domain.errors import DomainError
from desktop.services import exchange as approval, reporting as tree
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
    return "—" if v is None else str(v)


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
        self.nodes = RowsModel(
            [
                Col("unit", lambda r: f"{r.name} ({r.code})"),
                Col("branches", lambda r: str(r.branches), sort=lambda r: r.branches, right=True),
                Col(
                    "registered",
                    lambda r: f"{r.registered} ({r.registered_on_time})",
                    sort=lambda r: r.registered,
                    right=True,
                ),
                Col("recognisable", lambda r: str(r.recognisable), sort=lambda r: r.recognisable, right=True),
                Col("proposed", lambda r: str(r.proposed), sort=lambda r: r.proposed, right=True),
                Col("recognised", lambda r: str(r.recognised), sort=lambda r: r.recognised, right=True),
                Col("members", lambda r: _n(r.members), sort=lambda r: r.members or 0, right=True),
                Col("completion", lambda r: _pct(r.completion), sort=lambda r: r.completion or 0, right=True),
                Col("reported", self._received_text),
            ]
        )
        self.nodes_view = make_table(self.nodes, "tree_nodes")
        self.nodes_view.setColumnWidth(0, 280)
        for col, width in ((1, 75), (2, 135), (3, 95), (4, 70), (5, 115), (6, 85), (7, 95), (8, 90)):
            self.nodes_view.setColumnWidth(col, width)
        self.nodes_view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.totals = QLabel()
        self.totals.setObjectName("tree_totals")
        self.totals.setWordWrap(True)
        self.criteria = RowsModel(
            [
                Col("id", lambda c: c.id),
                Col("title", lambda c: c.title_vi),
                Col("status", lambda c: status_word(c.status)),
                Col("value", lambda c: f"{value_text(c.value)} / {value_text(c.threshold)}"),
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
        self.view: tree.TreeView | None = None
        self.comp: tree.Completeness | None = None
        self.appr: approval.Approvals | None = None
        self.retranslate()

    def watches(self):
        return ("sync", "unit", "settings")

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
        self.where.setText(
            " › ".join(n for _c, n in v.path)
            + (self.tr(" — double-click a row to open it") if v.kind != "chi-doan" else "")
        )
        self.nodes.set_rows(v.rows)
        t = v.totals
        self.totals.setText(
            self.tr(
                "Total: %1 branches, %2 registered (%3 on time), %4 recognisable, "
                "%5 recognised, %6 members, mean completion %7."
            )
            .replace("%1", str(t["branches"]))
            .replace("%2", str(t["registered"]))
            .replace("%3", str(t["registered_on_time"]))
            .replace("%4", str(t["recognisable"]))
            .replace("%5", str(t["recognised"]))
            .replace("%6", str(t["members"]))
            .replace("%7", _pct(t["completion"]))
        )
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
        return self.tr("yes") if r.reported else self.tr("nothing received")

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
                + (" " + self.tr("(and %1 more)").replace("%1", str(more)) if more > 0 else "")
            )
        self.detail.setText("<br>".join(lines))

    def _approval_selected(self, i: int) -> None:
        r = self.approvals.row(i) if i >= 0 else None
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
        reasons, note = dlg.reasons(), dlg.note_text()
        self._send(
            self.tr("Return the summary for correction"),
            lambda: [approval.decide(ctx, row.code, period, row.summary_kind, "returned", reasons, note)[0]],
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
