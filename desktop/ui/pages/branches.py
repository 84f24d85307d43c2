"""The Đoàn cơ sở's branches ("Các chi đoàn"): who registered and by which deadline (for the 20/11
summary), each branch's progress and completion share, who is recognisable, what is overdue, and
progress per criterion across the branches (issue 7 item 6). Built from the packages received
(read-only here) and, for branches without packages (those the Đoàn cơ sở keeps itself), from the
records on this computer (desktop/services/reporting/branch_dashboard.py explains the rules). Loads off the GUI
thread: the table is shown at once (~0.1 s with 300 branches); the progress of the branches kept
here is evaluated by a second background job (~2 s for 300) and filled in as it goes (every quarter
of a second the rows evaluated so far, updated in place: the selection and the scroll position
stay), shown as "computing…" until then. Changing the year cancels and ignores a stale job.
A person active twice in one branch, or in two branches, is counted twice: such people are listed
in the tab "Trùng đoàn viên" and named in the totals (issue 18).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import isValid

from desktop.domain.bilingual import catalog_text
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.reporting import available, dashboard, local_evaluations, with_local
from desktop.services.membership import same_people_below
from desktop.ui.branches_layout import BranchesLayout
from desktop.ui.pages import Page, PageSpec
from desktop.ui.sync_widgets import date_text, selected_rows
from desktop.ui.tasks import show_now

GOOD, WARN, BAD, GREY = ("#d8f0d8", "#1d5e20"), ("#fde9c4", "#7a4b00"), ("#f8d7d5", "#8a1c14"), ("#e6e6e6", "#555")


class BranchesPage(BranchesLayout, Page):
    FILTERS = ("all", "not_registered", "late", "overdue", "recognisable", "proposed", "recognised")
    loaded = Signal()  # the table is shown (received packages and local registrations)
    progressed = Signal()  # part of the progress of the branches kept here is filled in
    evaluated = Signal()  # the progress of the branches kept here is filled in
    same_checked = Signal()  # the people recorded twice are listed

    def __init__(self, env):
        super().__init__(env)
        self.board = None
        self.same = None  # SamePeople: one person active twice (computed after the table)
        self._generation = 0  # a job started for an older reload is ignored when it finishes
        self._eval_cancel = None
        self._same_cancel = None
        self._build(env)
        self.retranslate()
        # The page's jobs stop with it (a job still waiting for the worker never starts).
        tokens = self._tokens = []
        self.destroyed.connect(lambda *_: [t.cancel() for t in tokens])
        self.reload()

    # ------------------------------------------------------------------ page protocol
    def lang(self) -> str:
        return self.env.translator.language

    def watches(self):
        return ("sync", "unit", "recognition", "settings")

    def open_invitations(self):
        """The list of branches (by hand or from a sheet) and their invitations (issue 17)."""
        from desktop.ui.invitations_dialog import InvitationsDialog

        dlg = InvitationsDialog(self.env, self)
        dlg.exec()
        dlg.deleteLater()
        self.reload()

    def reload(self):
        ctx, period = self.env.ctx, str(self.year.value())
        self._generation += 1
        gen = self._generation
        for token in self._tokens:  # a job for another year (or older data) is stale
            token.cancel()
        self._tokens.clear()
        self._eval_cancel = self._same_cancel = None

        def load(progress, cancel):
            cancel.check()  # reloaded again (or closed) while it waited for the worker
            return dashboard(ctx, period)

        self._tokens.append(
            self.env.runner.run(load, on_done=lambda b: self._loaded(b, gen), on_error=self._error, parent=self)
        )

    def _loaded(self, board, gen: int | None = None):
        if not isValid(self):
            return  # the page was closed while the job ran
        if gen is not None and gen != self._generation:
            return  # the year changed meanwhile
        self.board = board
        self._render()
        self.loaded.emit()
        show_now()  # painted before the worker starts on the progress (desktop/ui/tasks.py)
        ctx, gen = self.env.ctx, self._generation
        if not board.pending:
            self._check_same(gen)
            return
        # No progress dialog (label=None): the table stays usable, the cells say "computing…" and
        # fill in as the branches are evaluated (``_partial``).
        self._eval_cancel = self.env.runner.run(
            lambda progress, cancel, partial: local_evaluations(
                ctx, board, progress=progress, cancel=cancel, partial=partial
            ),
            on_done=lambda res: self._evaluated(board, res, gen),
            on_error=self._eval_error,
            on_partial=lambda res: self._partial(res, gen),
            parent=self,
            cancellable=True,
        )
        self._tokens.append(self._eval_cancel)

    def _partial(self, results, gen: int):
        """Some branches evaluated: their rows fill in, the others still say "computing…"."""
        if not isValid(self) or gen != self._generation or self.board is None:
            return
        self.board = with_local(self.board, results, final=False)
        self._render()
        self.progressed.emit()

    def _evaluated(self, board, results, gen: int):
        if not isValid(self) or gen != self._generation:
            return  # stale: the year changed or the data was reloaded meanwhile
        self._eval_cancel = None
        self.board = with_local(board, results)  # every result is here: the parts shown so far too
        self._render()
        self.evaluated.emit()
        show_now()
        self._check_same(gen)  # after the progress: the figures come first

    def _check_same(self, gen: int):
        ctx = self.env.ctx

        def work(progress, cancel):
            cancel.check()  # a reload (or another year) came while it waited for the worker
            return same_people_below(ctx)

        self._same_cancel = self.env.runner.run(
            work, on_done=lambda f: self._same_loaded(f, gen), on_error=self._same_error, parent=self
        )
        self._tokens.append(self._same_cancel)

    def _same_loaded(self, found, gen: int):
        if not isValid(self) or gen != self._generation:
            return
        self.same = found
        self.same_model.set_rows(list(found.people))
        self.tabs.setTabText(3, self.tr("Same person twice ({0})").format(len(found.people)))
        self._render()
        self.same_checked.emit()

    def _same_error(self, exc, tb):
        if isValid(self):
            self._set_totals(
                self.totals.text() + "\n" + self.tr("Could not check for people recorded twice: {0}").format(exc)
            )

    def _eval_error(self, exc, tb):
        if not isValid(self):
            return
        self._eval_cancel = None
        if self.board is not None:
            self.board = with_local(self.board, {})
            self._render()
        self._set_totals(
            self.totals.text()
            + "\n"
            + self.tr("The progress of the branches kept here could not be computed: {0}").format(exc)
        )

    def _error(self, exc, tb):
        self._set_totals(str(exc))

    # ------------------------------------------------------------------ rendering
    def _overdue_texts(self, r) -> list[str]:
        texts = {
            "registration_not_sent": self.tr("Registration not sent (due {due})"),
            "registration_draft": self.tr("Registration still a draft, not submitted (due {due})"),
            "not_registered": self.tr("Not registered (due {due})"),
            "quarterly_not_sent": self.tr("Quarter {q} report not sent (due {due})"),
            "year_end_not_sent": self.tr("Year-end result not sent (due {due})"),
        }
        return [
            texts[what].format(q=q, due=date_text(due)) if what in texts else what for what, due, q in r.overdue_items
        ]

    def _computing(self, r) -> str:
        return self.tr("computing…") if r.evaluating else ""

    def _tooltip(self, r, key) -> str:
        if key == "overdue" and r.overdue:
            return "\n".join(self._overdue_texts(r))
        lines = [
            self.tr("Read-only: data received from the branch's own installation")
            if r.enrolled
            else self.tr("Kept on this computer: the branch has no installation of its own")
        ]
        parts = (
            (self.tr("Registration"), r.registration_source),
            (self.tr("Progress"), r.report_source or ("local" if r.evaluating else None)),
        )
        for what, src in parts:
            if src == "package":
                where = (
                    self.tr("package from the branch, received {0}").format(date_text(r.received_at))
                    if r.received_at
                    else self.tr("package from the branch")
                )
            elif src == "local":
                where = self.tr("records kept by the grassroots union on this computer")
            else:
                where = self.tr("nothing recorded yet")
            lines.append(self.tr("{0}: {1}").format(what, where))
        if r.evaluating:
            lines.append(self.tr("Computing the progress from the records…"))
        return "\n".join(lines)

    def _yes_no(self, v) -> str:
        if v is None:
            return "—"
        return self.tr("yes") if v else self.tr("no")

    def _reg_text(self, r) -> str:
        if not r.registered:
            return (
                self.tr("not yet")
                if not r.registration_deadline
                else self.tr("not yet (due {0})").format(date_text(r.registration_deadline))
            )
        when = date_text(r.registered_on)
        return self.tr("{0}, on time").format(when) if r.registered_on_time else self.tr("{0}, late").format(when)

    def _report_text(self, r) -> str:
        """Where the progress figures come from: a package received (which one) or the records kept
        here (the tooltip says more, with the date the package was received)."""
        if r.evaluating:
            return self.tr("records here")
        if r.report_source == "local":
            return self.tr("records here ({0})").format(date_text(r.report_as_of))
        if r.report_source == "package":
            if r.year_end:
                return self.tr("package: year-end ({0})").format(date_text(r.report_as_of))
            return self.tr("package: quarter {0} ({1})").format(r.last_quarter, date_text(r.report_as_of))
        return "—"

    @staticmethod
    def _empty(r) -> bool:
        """No member in the period (evaluated from the records here): no share."""
        return r.no_members

    def _colours(self, r, key):
        if r.evaluating and key in ("met", "share", "recognisable"):
            return GREY
        if key == "registered":
            return GOOD if r.registered_on_time else WARN if r.registered else BAD if r.overdue else None
        if key == "share" and r.completion_share is not None:
            return GOOD if r.recognisable else WARN
        if key == "overdue" and r.overdue:
            return BAD
        if key == "recognised" and r.recognised:
            return GOOD
        return None

    def _render(self):
        b = self.board
        if b is None:
            return
        t = b.totals
        self._set_totals(
            self.tr(
                "{0} branches · {1} registered ({2} on time) · {3} with progress figures · {4} recognisable · "
                "{5} proposed · "
                "{6} recognised · {7} with something overdue"
            ).format(
                t["branches"],
                t["registered"],
                t["registered_on_time"],
                t["reporting"],
                t["recognisable"],
                t["proposed"],
                t["recognised"],
                t["overdue"],
            )
            + (
                "\n"
                + self.tr("Computing the progress of {0} branches from the records kept here…").format(t["evaluating"])
                if t["evaluating"]
                else ""
            )
            + (
                "\n⚠ "
                + self.tr(
                    "{0} people are recorded as active members twice (in one branch or in two "
                    "branches) and counted twice: see the tab “Same person twice”."
                ).format(len(self.same.people))
                if self.same and self.same.people
                else ""
            )
        )
        self._apply_filter()
        cat = self.env.ctx.catalogs.get("chi-doan-xhcn")
        titles = {c.id: catalog_text(c, "title", self.lang()) for c in cat.criteria} if cat else {}
        self.crit_model.set_rows([(cid, titles.get(cid, ""), met, n) for cid, (met, n) in b.per_criterion.items()])
        self.union_model.set_rows(list(b.unions))
        self.tabs.setTabVisible(2, bool(b.unions))
        self.tabs.setTabVisible(3, bool(self.same and self.same.people))

    def _set_totals(self, text: str) -> None:
        """The totals above the table. The label keeps a fixed height, changed only when the text
        needs more or fewer lines: a label growing or shrinking by a few characters (the counts
        changing while the progress fills in) would otherwise lay the page out again and repaint
        the whole table every time."""
        if text != self.totals.text():
            self.totals.setText(text)
        self._fit_totals()

    def _fit_totals(self) -> None:
        width = self.totals.width()
        if width <= 0 or not self.totals.isVisible():
            self.totals.setMinimumHeight(0)  # not laid out yet: as tall as it needs
            self.totals.setMaximumHeight(16777215)
            return
        height = self.totals.heightForWidth(width)
        if height > 0 and height != self.totals.maximumHeight():
            self.totals.setFixedHeight(height)

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.totals.maximumHeight() != 16777215:  # a new width may need more or fewer lines
            self.totals.setMinimumHeight(0)
            self.totals.setMaximumHeight(16777215)
            QTimer.singleShot(0, self._refit_totals)

    def _refit_totals(self):
        if isValid(self):
            self._fit_totals()

    def showEvent(self, event):  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self._refit_totals)

    def _apply_filter(self):
        b = self.board
        if b is None:
            return
        f = self.filter.currentData() or "all"
        test = {
            "all": lambda r: True,
            "not_registered": lambda r: not r.registered,
            "late": lambda r: r.registered and r.registered_on_time is False,
            "overdue": lambda r: bool(r.overdue),
            "recognisable": lambda r: bool(r.recognisable),
            "proposed": lambda r: bool(r.proposed),
            "recognised": lambda r: bool(r.recognised),
        }[f]
        rows = [r for r in b.rows if test(r)]
        if self._sorted_by is not None:  # keep the order the user chose
            rows = self.model.sorted_rows(rows, *self._sorted_by)
        if [r.code for r in rows] == [r.code for r in self.model.rows]:
            # The same branches in the same order (the progress filling in): updated in place,
            # so the selection and the scroll position stay.
            self.model.update_rows(rows)
            return
        chosen = {r.code for r in selected_rows(self.view)}
        self.model.set_rows(rows)
        if chosen:  # the branch the user selected stays selected
            for i, r in enumerate(rows):
                if r.code in chosen:
                    self.view.selectRow(i)
                    break

    # ------------------------------------------------------------------ what flows down
    def _sent_message(self, items, configured: bool, sent: int, err) -> str:
        text = (
            self.tr("{0} package(s) put in the outbox:").format(len(items))
            + "\n"
            + "\n".join(f"• {i.title}" for i in items[:12])
            + ("\n…" if len(items) > 12 else "")
        )
        if configured and sent == len(items):
            text += "\n\n" + self.tr("Sent through the sync server.")
        elif configured:
            text += "\n\n" + self.tr(
                "The sync server could not be reached ({0}): they will be sent later, or "
                "export them in Send and receive."
            ).format(err or "")
        else:
            text += "\n\n" + self.tr(
                "Export them in Send and receive (“Export waiting packages…”) and send the "
                "files by Zalo or on a USB stick."
            )
        return text

    def _send_down(self, fn, title: str):
        from desktop.services import exchange as sending
        from desktop.services.changes import Changes

        ctx = self.env.ctx

        def work():
            items = fn()
            return items, *sending.deliver_now(ctx, [i.package_id for i in items])

        def done(result):
            items, configured, sent, err = result
            self.env.bus.emit(Changes.of("sync"))
            QMessageBox.information(self, title, self._sent_message(items, configured, sent, err))

        self.env.runner.run(
            work,
            on_done=done,
            parent=self,
            label=self.tr("Building the packages…"),
            on_error=lambda exc, tb: QMessageBox.warning(self, title, str(exc)),
        )

    def _remind_late(self):
        from desktop.services import exchange as flow_down

        ctx, period = self.env.ctx, str(self.year.value())
        self._send_down(lambda: flow_down.send_reminders(ctx, period), self.tr("Remind the late branches"))

    def _return_selected(self):
        from desktop.services import exchange as flow_down
        from desktop.ui.flow_down_dialogs import ReturnDialog

        rows = selected_rows(self.view)
        if not rows:
            QMessageBox.information(self, self.tr("Branches"), self.tr("Select a branch."))
            return
        r = rows[0]
        if not r.enrolled:
            QMessageBox.information(
                self,
                self.tr("Return for correction"),
                self.tr(
                    "{0} has no installation of its own: its records are kept on this computer, correct them here."
                ).format(r.name),
            )
            return
        dlg = ReturnDialog(r.name, r.period, self.env.ctx.catalogs.get("chi-doan-xhcn"), self.lang(), self)
        accepted = dlg.exec() == QDialog.Accepted
        v, ctx, code, period = dlg.values(), self.env.ctx, r.code, r.period
        dlg.deleteLater()
        if not accepted:
            return
        self._send_down(
            lambda: [flow_down.send_return(ctx, code, v["kind"], period, v["reasons"], quarter=v["quarter"])],
            self.tr("Return for correction"),
        )

    def _relay_alert(self):
        from desktop.services import exchange as flow_down
        from desktop.ui.flow_down_dialogs import AlertDialog

        dlg = AlertDialog(self.env.ctx.today(), self)
        accepted = dlg.exec() == QDialog.Accepted
        v, ctx, period = dlg.values(), self.env.ctx, str(self.year.value())
        dlg.deleteLater()
        if not accepted:
            return
        self._send_down(
            lambda: flow_down.send_alert(
                ctx,
                v["criterion"],
                v["title"],
                content=v["content"],
                link=v["link"],
                source=v["source"],
                issued_on=v["issued_on"],
                period=period,
            ),
            self.tr("Relay an alert"),
        )

    def _open_branch(self):
        rows = selected_rows(self.view)
        if not rows:
            QMessageBox.information(self, self.tr("Branches"), self.tr("Select a branch."))
            return
        r = rows[0]
        window = self.env.window
        if window is not None and any(s.key == "campaign" for s in getattr(window, "specs", [])):
            self.env.navigate("campaign", unit=r.code, period=r.period)


PAGE = PageSpec(
    key="branches",
    order=12,
    title=QT_TRANSLATE_NOOP("Navigation", "Branches"),
    factory=BranchesPage,
    available=available,
    icon="branches.svg",
)
