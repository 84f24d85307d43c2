"""Volunteer days ("Ngày tình nguyện", issue 4): the activities of the year, each member's days
and progress to 5 (CD-3.6), who is short and by how much, most at risk first, totals by kind
and month, and the CD-2.2 / CD-2.3 activities."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.ui.writes import CONFIRM, ask_overlap, run_write
from desktop.i18n.catalogue import say
from desktop.domain.collation import person_key
from desktop.domain.units import UnitKind, UnitTree
from desktop.domain.volunteer import KINDS, RISK_ORDER, label_words, risk_words
from desktop.i18n.formatting import format_date_short
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import volunteering as service
from desktop.services.attachments import count_attachments
from desktop.services.safety import is_read_only_unit
from desktop.services.units import list_units, self_unit
from desktop.ui.volunteer_layout import VolunteerLayout
from desktop.ui.pages import Page, PageSpec
from desktop.ui.volunteer_models import Column

_STATUS = {
    "active": QT_TRANSLATE_NOOP("VolunteerPage", "member"),
    "transferred_out": QT_TRANSLATE_NOOP("VolunteerPage", "transferred out"),
    "left": QT_TRANSLATE_NOOP("VolunteerPage", "left the Union"),
    "not_yet": QT_TRANSLATE_NOOP("VolunteerPage", "joined later"),
}


class VolunteerPage(VolunteerLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self.summary = None
        self.activities: list = []
        self.periods: list = []
        # Tests replace this: () -> (reason, ok)
        self.ask_reason = self._ask_reason
        self.ask_overlap = lambda overlaps: ask_overlap(self, overlaps, can_skip=False)

        self._build(env)

        self._load_units()
        self.retranslate()

    # ------------------------------------------------------------------ text helpers
    def lang(self) -> str:
        return self.env.translator.language

    def _words(self, words) -> str:
        return say(words, self.lang())

    def _kind_text(self, a) -> str:
        text = self._words(label_words("kind", a.kind))
        if a.focus:
            text += f" — {self._words(label_words('focus', a.focus))}"
        if a.deleted:
            text = self.tr("(deleted) ") + text
        return text

    def _status_text(self, status: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("VolunteerPage", _STATUS.get(status, status))

    def _risk_text(self, m) -> str:
        return self._words(risk_words(self.summary.risk_of(m))) if self.summary else ""

    def _short_order(self, m):
        return (RISK_ORDER[self.summary.risk_of(m)], -m.needed, person_key(m.name)) if self.summary else (0, 0, ())

    # ------------------------------------------------------------------ page protocol
    def watches(self):
        return ("volunteer", "members", "unit", "settings")

    def activate(self, **kwargs) -> None:
        criterion = kwargs.get("criterion")
        if criterion == "CD-3.6":
            self.tabs.setCurrentIndex(2)
        elif criterion in ("CD-2.2", "CD-2.3"):
            self.tabs.setCurrentIndex(0)
            kind = "cong-trinh-thanh-nien" if criterion == "CD-2.2" else None
            self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))
        if not self.periods:
            self._unit_changed()

    # ------------------------------------------------------------------ units and periods
    def _load_units(self) -> None:
        me = self_unit(self.env.ctx)
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        if me is not None:
            self.unit_combo.addItem(me.name, me.code)
            if me.kind is not UnitKind.CHI_DOAN:
                tree = UnitTree(list_units(self.env.ctx))
                for u in tree.descendants(me.code):
                    self.unit_combo.addItem(f"   {u.name}", u.code)
        self.unit_combo.blockSignals(False)
        single = self.unit_combo.count() <= 1
        self.unit_combo.setVisible(not single)
        self.unit_label.setVisible(not single)
        self._unit_changed()

    def unit_code(self) -> str | None:
        return self.unit_combo.currentData()

    def period(self):
        i = self.period_combo.currentIndex()
        return self.periods[i] if 0 <= i < len(self.periods) else None

    def _unit_changed(self) -> None:
        code = self.unit_code()
        if code is None:
            return
        self._read_only = is_read_only_unit(self.env.ctx, code)
        note = self.tr(
            "This branch sends its data in packages, so it can only be viewed here. Ask the "
            "branch to make changes on its own computer and send the package again."
        )
        for b in (self.new_btn, self.import_btn, self.edit_btn, self.delete_btn, self.restore_btn):
            b.setEnabled(not self._read_only)
            b.setToolTip(note if self._read_only else "")
        current = self.period()
        self.periods = service.recent_periods(self.env.ctx, code, 4)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in self.periods:
            self.period_combo.addItem(p.label, p.label)
        if current is not None:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current.label)))
        self.period_combo.blockSignals(False)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        code, period = self.unit_code(), self.period()
        if code is None or period is None:
            return
        ctx, deleted = self.env.ctx, self.show_deleted.isChecked()

        def work():
            summary = service.volunteer_summary(ctx, code, period)
            acts = service.list_activities(ctx, code, period)
            if deleted:
                acts += service.list_activities(ctx, code, period, deleted=True)
            counts = count_attachments(ctx, service.OWNER_KIND, [a.id for a in acts])
            return summary, acts, counts

        self.env.runner.run(work, on_done=self._loaded)

    def _loaded(self, result) -> None:
        self.summary, self.activities, self.evidence_counts = result
        self._fill()
        self._show_member()

    def _fill(self) -> None:
        s = self.summary
        if s is None:
            return
        p = s.period
        need = ui_formatter().days(s.required)
        self.headline.setText(
            self.tr(
                "{0} ({1} – {2}): {3} of {4} members have fewer than {6} volunteer days · {5} days left in the year"
            ).format(
                p.label,
                format_date_short(p.start),
                format_date_short(p.end),
                s.short_count,
                len(s.counted),
                s.days_left,
                need,
            )
        )
        self.headline.setStyleSheet(
            "font-weight: bold; padding: 2px 0; color: %s;"
            % ("#1d5e20" if s.cd36_met else "#8a1c14" if s.short_count else "#333333")
        )
        self._fill_activities()
        selected = self.mem_model.row(self.mem_table.currentIndex().row())
        self.mem_model.set_rows(list(s.members))
        if selected is not None:  # keep the selected member across reloads and language changes
            row = next((i for i, m in enumerate(self.mem_model.rows) if m.member_id == selected.member_id), None)
            if row is not None:
                sm = self.mem_table.selectionModel()
                sm.blockSignals(True)
                self.mem_table.selectRow(row)
                sm.blockSignals(False)
        self.short_model.set_rows(s.short)
        self._fill_totals()
        self._fill_criteria()
        self._render_member()

    def _fill_activities(self) -> None:
        kind = self.kind_filter.currentData()
        rows = [a for a in self.activities if kind is None or a.kind == kind]
        self.act_model.set_rows(sorted(rows, key=lambda a: (a.first_day, a.id), reverse=True))
        self._update_buttons()

    def _fill_criteria(self) -> None:
        s = self.summary
        ok, no = "✓", "✗"
        lines = [
            self.tr("CD-3.6 every member ≥ {3} volunteer days: {0} {1} of {2} members have reached {3} days").format(
                ok if s.cd36_met else no,
                len(s.counted) - s.short_count,
                len(s.counted),
                ui_formatter().days(s.required),
            ),
            self.tr("CD-2.2 youth project (công trình, phần việc thanh niên): {0} {1} in the year").format(
                ok if s.cd22_count else no, s.cd22_count
            ),
            self.tr("CD-2.3 red-address journey or positive online trend: {0} {1} in the year").format(
                ok if s.cd23_count else no, s.cd23_count
            ),
        ]
        self.criteria.setText("<br>".join(lines))
        self.short_title.setText(
            self.tr("Members short of {1} days, most at risk first ({0} days left)").format(
                s.days_left, ui_formatter().days(s.required)
            )
        )
        self.totals_title.setText(self.tr("Member-days credited by month and kind (activities in brackets)"))

    def _fill_totals(self) -> None:
        s = self.summary
        by = {(t.month, t.kind): t for t in s.totals}
        months = []
        d = s.period.start.replace(day=1)
        while d <= s.period.end:
            months.append(d)
            d = d.replace(year=d.year + (d.month == 12), month=d.month % 12 + 1)

        def cell(month, kind):
            t = by.get((month, kind))
            return f"{ui_formatter().days(t.member_days)} ({t.activities})" if t else ""

        def total(month):
            v = sum(t.member_days for (m, _), t in by.items() if m == month)
            return ui_formatter().days(v) if v else ""

        cols = [Column("month", lambda m: f"{m.month:02d}/{m.year}")]
        for k in KINDS:
            cols.append(Column(k, lambda m, k=k: cell(m, k), right=True))
        cols.append(Column("total", total, right=True))
        self.totals_model.set_columns(cols, months)
        short = {
            "tinh-nguyen": self.tr("Volunteer"),
            "cong-trinh-thanh-nien": self.tr("Youth project"),
            "dia-chi-do": self.tr("Red address"),
            "trao-luu-mang-xa-hoi": self.tr("Online trend"),
            "khac": self.tr("Other"),
        }
        self.totals_model.set_headers([self.tr("Month")] + [short[k] for k in KINDS] + [self.tr("Total")])
        self.totals_table.resizeColumnsToContents()

    def _show_member(self) -> None:
        """Read the selected member's activities (on selection and after a reload)."""
        m = self.mem_model.row(self.mem_table.currentIndex().row())
        self._member_rec = None
        if m is not None and self.summary is not None:
            self._member_rec = service.member_record(self.env.ctx, self.unit_code(), m.member_id, self.summary.period)
        self._render_member()

    def _render_member(self) -> None:
        """Show the cached member record (no database access: also used on language change)."""
        rec = getattr(self, "_member_rec", None)
        if rec is None:
            self.member_title.setText(self.tr("Select a member to see their activities."))
            self.member_acts.set_rows([])
            return
        d = rec.days
        self.member_title.setText(
            self.tr("{0}: {1} of {4} days in {2} — {3}").format(
                d.name,
                ui_formatter().days(d.days),
                rec.period.label,
                self.tr("reached") if d.met else self.tr("{0} days still needed").format(ui_formatter().days(d.needed)),
                ui_formatter().days(d.required),
            )
        )
        self.member_acts.set_rows(list(rec.activities))

    def _short_to_member(self, index) -> None:
        m = self.short_model.row(index.row())
        if m is None:
            return
        self.tabs.setCurrentIndex(1)
        for row, r in enumerate(self.mem_model.rows):
            if r.member_id == m.member_id:
                self.mem_table.selectRow(row)
                break

    # ------------------------------------------------------------------ actions
    def selected_activity(self):
        return self.act_model.row(self.act_table.currentIndex().row())

    def _update_buttons(self) -> None:
        self.restore_btn.setVisible(self.show_deleted.isChecked())

    def new_activity(self):
        from desktop.ui.volunteer_activity_dialog import ActivityDialog

        if self.period() is None or self._read_only:
            return None
        dlg = ActivityDialog(self.env, self.unit_code(), self.period(), parent=self)
        dlg.open()
        return dlg

    def edit_activity(self):
        from desktop.ui.volunteer_activity_dialog import ActivityDialog

        a = self.selected_activity()
        if a is None or a.deleted or self._read_only:
            return None
        dlg = ActivityDialog(self.env, self.unit_code(), self.period(), activity=a, parent=self)
        dlg.open()
        return dlg

    def import_attendance(self):
        from desktop.ui.volunteer_import_dialog import AttendanceImportDialog

        if self._read_only:
            return None
        a = self.selected_activity()
        dlg = AttendanceImportDialog(
            self.env, self.unit_code(), self.period(), activity_id=a.id if a and not a.deleted else None, parent=self
        )
        dlg.open()
        return dlg

    def _ask_reason(self, a) -> tuple[str, bool]:
        return QInputDialog.getText(
            self,
            self.tr("Delete activity"),
            self.tr(
                "Delete “{0}”? The members' days from it stop counting; the record stays in the history "
                "and can be restored.\nReason:"
            ).format(a.name),
        )

    def delete_activity(self) -> None:
        a = self.selected_activity()
        if a is None or a.deleted or self._read_only:
            return
        reason, ok = self.ask_reason(a)
        if not ok:
            return
        ctx, activity_id = self.env.ctx, a.id
        run_write(self, lambda: service.delete_activity(ctx, activity_id, reason))

    def restore_activity(self) -> None:
        a = self.selected_activity()
        if a is None or not a.deleted or self._read_only:
            return
        ctx, activity_id = self.env.ctx, a.id

        def overlap(exc):
            # The same question as when the activity is saved (restoring cannot leave members out).
            if self.ask_overlap(exc.overlaps) == CONFIRM:
                run_write(self, lambda: service.restore_activity(ctx, activity_id, allow_overlap=True))

        run_write(self, lambda: service.restore_activity(ctx, activity_id), overlap=overlap)

    def history_text(self, a) -> str:
        labels = {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
        }
        out = []
        for h in service.activity_history(self.env.ctx, a.id):
            line = f"{ui_formatter().datetime(h['at'])} — {h['actor']} — {labels.get(h['action'], h['action'])}"
            before, after = h.get("before") or {}, h.get("after") or {}
            if h["action"] == "update":
                changed = [
                    k
                    for k in (
                        "name",
                        "kind",
                        "focus",
                        "dates",
                        "days",
                        "level",
                        "place",
                        "guests",
                        "confirmed_by",
                        "notes",
                    )
                    if before.get(k) != after.get(k)
                ]
                added = set(after.get("participant_ids", [])) - set(before.get("participant_ids", []))
                removed = set(before.get("participant_ids", [])) - set(after.get("participant_ids", []))
                parts = changed[:]
                if added:
                    parts.append(self.tr("+{0} members").format(len(added)))
                if removed:
                    parts.append(self.tr("−{0} members").format(len(removed)))
                if parts:
                    line += ": " + ", ".join(parts)
            if h["action"] == "delete" and after.get("reason"):
                line += f": {after['reason']}"
            out.append(line)
        return "\n".join(out)

    def show_history(self) -> None:
        a = self.selected_activity()
        if a is None:
            return
        QMessageBox.information(self, self.tr("History of “{0}”").format(a.name), self.history_text(a))


PAGE = PageSpec(
    key="volunteer",
    order=30,
    title=QT_TRANSLATE_NOOP("Navigation", "Volunteer days"),
    factory=VolunteerPage,
    available=lambda unit: unit is not None and unit.kind in (UnitKind.CHI_DOAN, UnitKind.DOAN_CO_SO),
    icon="volunteer.svg",
)
