"""Step 3 "Công nhận" (BRIEF §2.3, §3.1 step 3): the Đoàn viên XHCN board (self-assessment,
hard conditions, branch vote, proposal list), the Chi đoàn XHCN dossier (self-assessment,
proposal, the Đoàn cơ sở's appraisal) and the recognition decisions."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem

from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import year as svc
from desktop.services.units import self_unit
from desktop.ui.cycle_common import cycle_page_available
from desktop.ui.recognition_layout import RecognitionLayout
from desktop.ui.pages import Page, PageSpec
from desktop.ui.recognition_dialogs import DecisionDialog, SelfAssessmentDialog, VoteDialog
from desktop.ui.self_assessment_grid import SelfAssessmentGrid
from desktop.ui.writes import run_write


class RecognitionPage(RecognitionLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self.board = None
        self.dossier = None
        self._build(env)
        self.retranslate()
        self.bar.reload_units()
        self.reload()

    # ------------------------------------------------------------------ page protocol
    def watches(self):
        return ("recognition", "cycle", "members", "volunteer", "settings", "unit", "sync")

    def lang(self) -> str:
        return self.env.translator.language

    def is_upper(self) -> bool:
        me = self_unit(self.env.ctx)
        return bool(me and me.kind is not UnitKind.CHI_DOAN)

    def activate(self, **kw):
        if kw.get("unit") or kw.get("period"):
            self.bar.select(kw.get("unit"), kw.get("period"))

    def reload(self):
        if self.bar.unit() is None:
            self.bar.reload_units()
        unit = self.bar.unit()
        if unit is None:
            self.summary.setText(self.tr("No branch to show: add the branches this Đoàn cơ sở holds."))
            self.model.set_board(None)
            return
        code, label, ctx = unit.code, self.bar.period_label_value(), self.env.ctx

        upper = self.is_upper()

        own = self._own_branch(code)

        def work():
            from desktop.services import exchange as flow_down, exchange as sending

            review = svc.branches_for_review(ctx, label) if upper else []
            board, dossier = svc.member_board(ctx, code, label), svc.branch_dossier(ctx, code, label)
            note = []
            if own:
                returned = flow_down.returned_for(ctx, "year-end", dossier.period.label)
                if returned:
                    note.append(("return", returned))
                item = sending.latest_submission(ctx, "year-end", dossier.period.label)
                if item is not None:
                    note.append(("package", item))
            return board, dossier, svc.decisions(ctx, None), review, note

        self.env.runner.run(
            work, on_done=self._loaded, on_error=self._failed, label=self.tr("Loading step 3…"), parent=self
        )

    def _loaded(self, result) -> None:
        self.board, self.dossier, decisions, review, note = result
        self._show_package_note(note)
        self._fill_review(review)
        self.model.set_board(self.board)
        self.dossier_widget.set_dossier(self.dossier, self.lang(), self.is_upper())
        self._fill_decisions(decisions)
        self._render_summary()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_member()

    def _failed(self, exc, _tb) -> None:
        self.summary.setText(str(exc))

    # ------------------------------------------------------------------ rendering
    def _show_package_note(self, note) -> None:
        from desktop.services import exchange as sending

        lines = []
        for what, value in note:
            if what == "return":
                lines.append(self.tr("Returned for correction by the upper level: {0}").format(value))
            else:
                lines.append(sending.where(value, self.lang()))
        self.package_note.setText("\n".join(lines))
        self.package_note.setStyleSheet("color: #8a1c14;" if any(w == "return" for w, _ in note) else "")
        self.package_note.setVisible(bool(lines))

    def _render_summary(self) -> None:
        b = self.board
        if b is None:
            return
        n = len(b.rows)
        need = math.ceil(0.8 * n - 1e-9) if n else 0
        proposed = len(self.model.proposed_ids())
        criteria = catalog_text(b.catalog, "title", self.lang())
        if not n:  # nobody to recognise yet: no "needs 0" count
            text = self.tr(
                "No members in {0} yet: there is nobody to assess or propose as a Socialist member. Criteria: {1}."
            ).format(b.period.label, criteria)
        else:
            text = self.tr(
                "{0} members in {1}: {2} meet the rule, {3} proposed, {4} recognised "
                "(criterion 3.8, 80% of the members recognised, needs at least {5}). Criteria: {6}."
            ).format(n, b.period.label, b.eligible, proposed, b.recognised, need, criteria)
        if self.model.proposal_changed():
            text += " " + self.tr("The proposal list has unsaved changes.")
        self.summary.setText(text)

    def _current(self):
        idx = self.table.currentIndex()
        return self.model.standing(idx.row()) if idx.isValid() else None

    def _selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = [self.model.standing(r) for r in rows]
        cur = self._current()
        return [s for s in out if s] or ([cur] if cur else [])

    def _show_member(self) -> None:
        r = self._current()
        if r is None or self.board is None:
            self.detail.setText("")
            return
        lines = [f"<b>{r.member.full_name}</b>"]
        lines.append("<b>" + self.tr("Hard conditions") + "</b>")
        for c in r.verdict.conditions:
            mark = "✓" if c.met else ("✗" if c.blocking else "–")
            lines.append(f"{mark} {c.id}: {c.explanation_vi}")
        lines.append("<b>" + self.tr("Self-assessment") + "</b>")
        labels = {"dat": "Đạt", "chua_dat": "Chưa đạt"}
        for g in self.board.catalog.groups:
            if g.id in r.results:
                res, ev = r.results[g.id]
                lines.append(f"{g.id}: {labels.get(res, res)}" + (f" — {ev}" if ev else ""))
        if not r.results:
            lines.append(self.tr("Not yet recorded."))
        if r.vote:
            lines.append("<b>" + self.tr("Branch vote") + "</b>")
            lines.append(f"{format_date_short(r.meeting_date)}: {r.vote.summary_vi()}")
        if r.verdict.reasons_vi:
            lines.append("<b>" + self.tr("Still missing") + "</b>")
            lines.extend("• " + x for x in r.verdict.reasons_vi)
        if r.appraisal is not None:
            verdict = self.tr("accepted") if r.appraisal["accepted"] else self.tr("refused")
            lines.append(
                "<b>"
                + self.tr("Đoàn cơ sở's appraisal")
                + "</b> "
                + verdict
                + (f" — {html.escape(r.appraisal['reason'])}" if r.appraisal.get("reason") else "")
            )
        if r.recognition:
            lines.append("<b>" + self.tr("Recognised") + "</b> " + (r.recognition.get("decision_number") or ""))
        self.detail.setText("<br>".join(lines))

    def _fill_decisions(self, decisions) -> None:
        self.decisions.setRowCount(len(decisions))
        for i, d in enumerate(decisions):
            cells = [
                d["decision_number"],
                format_date_short(d["decision_date"]) if d["decision_date"] else "",
                d["issuer_name"],
                d["period_label"],
                ", ".join(d["branches"]),
                ", ".join(m["full_name"] for m in d["members"]),
            ]
            for j, text in enumerate(cells):
                self.decisions.setItem(i, j, QTableWidgetItem(text))
        self.decisions.resizeColumnsToContents()
        self.decisions.horizontalHeader().setSectionResizeMode(5, QHeaderView.Stretch)

    def _fill_review(self, dossiers) -> None:
        upper = self.is_upper()
        self.review.setVisible(upper)
        self.review_label.setVisible(upper)
        self.review.setRowCount(len(dossiers))
        status = {"none": self.tr("none"), "draft": self.tr("draft"), "submitted": self.tr("submitted")}
        for i, d in enumerate(dossiers):
            o = d.outcome
            verdict = (
                (
                    self.tr("{0}/{1} met, {2} needed").format(o.met, o.applicable, o.required)
                    + (" ✓" if o.recognisable else "")
                )
                if o and d.status != "none"
                else ""
            )
            rec = d.recognition["decision_number"] if d.recognition else ""
            cells = [
                f"{d.unit.name} ({d.unit.code})",
                status[d.status],
                self.tr("Yes") if d.proposes_recognition else "",
                verdict,
                rec,
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, d.unit.code)
                self.review.setItem(i, j, item)

    def _open_branch(self, row: int, _col: int) -> None:
        item = self.review.item(row, 0)
        if item is None:
            return
        self.bar.select(item.data(Qt.UserRole), None)
        self.tabs.setCurrentIndex(1)

    # ------------------------------------------------------------------ actions
    def _run_write(self, fn, title: str, after=None) -> None:
        def done(_result):
            self.reload()
            if after is not None:
                after()

        run_write(self, fn, then=done, label=title)

    def _unit_period(self):
        unit = self.bar.unit()
        return (unit.code if unit else None), (self.board.period.label if self.board else self.bar.period_label_value())

    def _assess(self) -> None:
        r = self._current()
        if r is None or self.board is None:
            return
        dlg = SelfAssessmentDialog(self.board.catalog, r, self.lang(), self)
        if dlg.exec() != SelfAssessmentDialog.Accepted:
            return
        code, label = self._unit_period()
        results, score, mid, ctx = dlg.results(), dlg.training_score(), r.member.id, self.env.ctx
        self._run_write(
            lambda: svc.save_self_assessment(ctx, code, label, mid, results, training_score=score),
            self.tr("Self-assessment"),
        )

    def _assess_all(self) -> SelfAssessmentGrid | None:
        """Every member × every quality group in one grid, or from a sheet (issue 19 item 9)."""
        if self.board is None or not self.board.rows:
            return None
        dlg = SelfAssessmentGrid(self.env, self.board, self.lang(), self)
        self.grid_dialog = dlg
        if self.open_grid(dlg) == SelfAssessmentGrid.Accepted:
            self.reload()
        return dlg

    def open_grid(self, dlg) -> int:
        return dlg.exec()

    def _vote(self) -> None:
        rows = self._selected()
        if not rows or self.board is None:
            return
        ctx = self.env.ctx
        count = len(self.board.rows)
        dlg = VoteDialog(rows, ctx.today(), count, self)
        if dlg.exec() != VoteDialog.Accepted:
            return
        code, label = self._unit_period()
        when, votes = dlg.meeting_date(), dlg.votes()
        self._run_write(lambda: svc.record_votes(ctx, code, label, when, votes), self.tr("Branch meeting votes"))

    def _save_proposals(self) -> None:
        code, label = self._unit_period()
        ids, ctx = sorted(self.model.proposed_ids()), self.env.ctx
        by_id = {r.member.id: r for r in self.board.rows} if self.board else {}
        short = [by_id[i] for i in ids if i in by_id and not by_id[i].verdict.eligible]
        force = False
        if short:
            names = "\n".join(f"• {r.member.full_name}: {'; '.join(r.verdict.reasons_vi)}" for r in short)
            answer = QMessageBox.question(
                self,
                self.tr("Proposal list"),
                self.tr("These members do not meet the rule yet:\n{0}\n\nPropose them anyway?").format(names),
            )
            if answer != QMessageBox.Yes:
                return
            force = True
        self._run_write(
            lambda: svc.set_member_proposals(ctx, code, label, ids, allow_ineligible=force), self.tr("Proposal list")
        )

    def _save_dossier(self, values: dict) -> None:
        code, label = self._unit_period()
        ctx = self.env.ctx
        if values["submit"]:
            answer = QMessageBox.question(
                self,
                self.tr("Submit"),
                self.tr("After submitting, the self-assessment is frozen until it is withdrawn. Submit now?"),
            )
            if answer != QMessageBox.Yes:
                return
        after = None
        if values["submit"] and self._own_branch(code):

            def after():  # "Nộp" sends: the same click builds the year-end package in the dialog
                from desktop.ui.submit_dialog import open_submit_dialog

                self.submit_dialog = open_submit_dialog(self.env, "year-end", label, parent=self)

        self._run_write(
            lambda: svc.save_branch_proposal(ctx, code, label, **values), self.tr("Branch proposal"), after=after
        )

    def _own_branch(self, code) -> bool:
        from desktop.domain.units import UnitKind

        me = self_unit(self.env.ctx)
        return bool(me and me.code == code and me.kind is UnitKind.CHI_DOAN)

    def _withdraw(self) -> None:
        code, label = self._unit_period()
        ctx = self.env.ctx
        self._run_write(lambda: svc.withdraw_proposal(ctx, code, label), self.tr("Withdraw"))

    def _appraise(self, criterion: str, agree: bool, comment: str) -> None:
        code, label = self._unit_period()
        ctx = self.env.ctx
        self._run_write(lambda: svc.appraise(ctx, code, label, criterion, agree, comment), self.tr("Appraisal"))

    def _appraise_members(self, accepted: bool) -> None:
        rows = self._selected()
        if not rows or self.board is None:
            return
        reason = ""
        if not accepted:
            names = ", ".join(r.member.full_name for r in rows)
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Refuse the proposal"),
                self.tr("Reason for refusing {0} (printed on the appraisal sheet):").format(names),
            )
            if not ok:
                return
            if not reason.strip():
                QMessageBox.warning(self, self.tr("Refuse the proposal"), self.tr("Write the reason for refusing."))
                return
        _code, label = self._unit_period()
        ctx, ids = self.env.ctx, [r.member.id for r in rows]

        def work():
            from desktop.services.changes import Changes

            out = Changes.of()
            for mid in ids:
                out = svc.appraise_member(ctx, mid, label, accepted, reason)
            return out

        self._run_write(work, self.tr("Appraisal of members"))

    def _decide(self) -> None:
        ctx = self.env.ctx
        me = self_unit(ctx)
        if me is None:
            return
        label = self.bar.period_label_value()
        if self.is_upper():
            cand_b, cand_m = svc.decision_candidates(ctx, label)
            branches = [(c.key, c.name, c.passes, "; ".join(c.why_not)) for c in cand_b]
            members = [(c.key, f"{c.name} — {c.branch_name}", c.passes, "; ".join(c.why_not)) for c in cand_m]
            issuer, editable = me.name, True
        else:
            d, b = self.dossier, self.board
            branches = [(me.code, me.name, bool(d and d.proposes_recognition), "")]
            members = [(r.member.id, r.member.full_name, r.proposed, "") for r in (b.rows if b else [])]
            from desktop.services.exchange import parent_name

            issuer, editable = parent_name(ctx, me) or me.parent_code or "", True
        dlg = DecisionDialog(
            today=ctx.today(),
            issuer=issuer,
            branches=branches,
            members=members,
            issuer_editable=editable,
            parent=self,
            appraised=self.is_upper(),
        )
        if dlg.exec() != DecisionDialog.Accepted:
            return
        v = dlg.values()
        after = None
        if self.is_upper():

            def after():  # the decision goes down to the branches with their own installation at once
                self._send_decision_down(label, v["branch_codes"], v["member_ids"])

        self._run_write(
            lambda: svc.issue_decision(
                ctx,
                label,
                v["number"],
                v["decision_date"],
                branch_codes=v["branch_codes"],
                member_ids=v["member_ids"],
                issuer_name=v["issuer_name"],
                exceptions=v["exceptions"],
            ),
            self.tr("Recognition decision"),
            after=after,
        )

    def _send_decision_down(self, label: str, branch_codes, member_ids) -> None:
        """The appraisals and the decision, for each branch concerned that has its own installation."""
        from desktop.services import exchange as submissions, exchange as sync
        from desktop.ui.submit_dialog import open_send_down_dialog

        ctx = self.env.ctx
        enrolled = {u.unit_code for u in sync.enrolled_units(ctx) if u.relation == "child"}
        codes = set(branch_codes)
        if member_ids:
            from desktop.services.membership import get_member

            codes |= {get_member(ctx, m).unit_code for m in member_ids}
        wanted = sorted(codes & enrolled)
        if not wanted:
            return
        me = self_unit(ctx)

        def work():
            items = []
            try:
                items += submissions.send_appraisals(ctx, me, label, wanted)
            except DomainError:
                pass  # nothing appraised: the decision alone goes down
            items += submissions.send_decisions(ctx, me, label, wanted)
            from desktop.services import exchange as sending

            return items + sending.pending_receipts(ctx, wanted)  # "received" goes back with them

        self.send_dialog = open_send_down_dialog(
            self.env, self.tr("Send the appraisal and the decision to the branches"), work, parent=self
        )


PAGE = PageSpec(
    key="recognition",
    order=40,
    title=QT_TRANSLATE_NOOP("Navigation", "Recognition"),
    factory=RecognitionPage,
    available=cycle_page_available,
    icon="recognition.svg",
)
