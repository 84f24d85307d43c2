"""Step 1 "Đăng ký" (BRIEF §3.1): the branch's content and roadmap per criterion (planned
activities, target date, person responsible) and the members who register for Đoàn viên XHCN,
with the deadline and the days left; submit (frozen), amend (a new version), history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QListWidgetItem, QMessageBox, QTableWidgetItem

from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.domain.collation import person_key
from desktop.domain.members import name_key
from desktop.domain.registration import Registration, RegistrationItem
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import exchange as sending
from desktop.services.year import (
    amend_registration,
    registration_deadline,
    registration_versions,
    resolve_period,
    save_registration,
    submit_registration,
)
from desktop.services.safety import actor_label
from desktop.services.exchange import returned_for
from desktop.services.membership import roster
from desktop.ui.cycle_common import cycle_page_available
from desktop.ui.registration_layout import RegistrationLayout
from desktop.ui.pages import Page, PageSpec
from desktop.ui.writes import run_write

_NO_DATE = QDate(2000, 1, 1)


def _date_edit(d: date | None) -> QDateEdit:
    w = QDateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    w.setMinimumDate(_NO_DATE)
    w.setSpecialValueText(" ")  # the minimum date shows as empty: no target date
    w.setDate(QDate(d.year, d.month, d.day) if d else _NO_DATE)
    return w


class RegistrationPage(RegistrationLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self.versions: list[Registration] = []
        self.previous: Registration | None = None  # the latest version of the period before
        self.deadline = None
        self.members: list = []
        self.returned: str | None = None  # why the upper level returned it for correction
        self._build(env)
        self.retranslate()
        self.bar.reload_units()
        self._default_period()
        self.reload()

    def _default_period(self):
        """Open on the period being registered for: the next one once its registration window
        is near (90 days before its deadline) or past, else the current one."""
        unit = self.bar.unit()
        if unit is None:
            return
        ctx = self.env.ctx
        cur = resolve_period(ctx, unit.code, self.bar.period_label_value())
        nxt_label = f"{cur.year + 1}-{cur.year + 2}" if unit.is_school else str(cur.year + 1)
        nxt = resolve_period(ctx, unit.code, nxt_label)
        due = registration_deadline(ctx, unit, nxt)
        if due is not None and (due.due - ctx.today()).days <= 90:
            self.bar.blockSignals(True)
            self.bar.select(period=nxt.label)
            self.bar.blockSignals(False)

    def watches(self):
        return ("cycle", "members", "unit", "settings", "sync")

    def lang(self) -> str:
        return self.env.translator.language

    def activate(self, **kw):
        if kw.get("unit") or kw.get("period"):
            self.bar.select(kw.get("unit"), kw.get("period"))

    # ------------------------------------------------------------------ loading
    def reload(self):
        if self.bar.unit() is None:
            self.bar.reload_units()
        unit = self.bar.unit()
        if unit is None:
            return
        code, label, ctx = unit.code, self.bar.period_label_value(), self.env.ctx

        def work():
            period = resolve_period(ctx, code, label)
            day = min(max(ctx.today(), period.start), period.end)
            members = [r.member for r in roster(ctx, code, day) if r.status == "active"]
            before = f"{period.year - 1}-{period.year}" if unit.is_school else str(period.year - 1)
            try:
                previous = registration_versions(ctx, code, before)
            except DomainError:  # no such period for this unit
                previous = []
            own = self._own_branch()
            return (
                registration_versions(ctx, code, label),
                registration_deadline(ctx, unit, period),
                sorted(members, key=lambda m: person_key(m.full_name)),
                previous[-1] if previous else None,
                sending.latest_submission(ctx, "registration", period.label) if own else None,
                returned_for(ctx, "registration", period.label) if own else None,
            )

        self.env.runner.run(work, on_done=self._loaded, on_error=self._failed, parent=self)

    def _loaded(self, result):
        self.versions, self.deadline, self.members, self.previous, self.package, self.returned = result
        self.message.clear()
        self._render()

    def _failed(self, exc, tb):
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(str(exc))

    def current(self) -> Registration | None:
        return self.versions[-1] if self.versions else None

    # ------------------------------------------------------------------ rendering
    def _render(self):
        cat = self.env.ctx.catalogs.get("chi-doan-xhcn")
        if cat is None:
            return
        lang = self.lang()
        reg = self.current()
        today = self.env.ctx.today()
        if self.deadline is not None:
            left = self.deadline.days_left(today)
            due = format_date_short(self.deadline.due)
            if left > 0:
                text = self.tr("Registration due {0}: {1} days left").format(due, left)
                style = "color: #7a4b00;" if left <= 14 else ""
            elif left == 0:
                text, style = self.tr("Registration due today ({0})").format(due), "color: #8a1c14;"
            else:
                text = self.tr(
                    "Deadline {0} passed {1} days ago: registering is still possible and is marked late"
                ).format(due, -left)
                style = "color: #8a1c14;"
            self.deadline_label.setText(text)
            self.deadline_label.setStyleSheet(style + " font-weight: bold;")
        if reg is None:
            self.status_label.setText(
                self.tr(
                    "No registration for this period yet: fill in the content "
                    "and roadmap, then save the draft and submit it."
                )
            )
        elif reg.frozen:
            state = self.tr("Version {0}, submitted on {1} by {2}").format(
                reg.version,
                format_date_short(reg.submitted_on),
                actor_label(reg.submitted_by, self.env.translator.language),
            )
            state += " — " + (self.tr("LATE") if reg.late else self.tr("on time"))
            self.status_label.setText(
                state + ". " + self.tr("A submitted registration cannot be changed: amend it to create a new version.")
            )
        else:
            self.status_label.setText(self.tr("Version {0}: draft, not submitted yet.").format(reg.version))
        if reg is not None and self.returned is not None and not reg.frozen:
            self.status_label.setText(
                self.status_label.text()
                + "\n"
                + self.tr("Returned for correction by the upper level: {0}").format(self.returned)
            )
        if self.package is not None:
            self.status_label.setText(self.status_label.text() + "\n" + sending.where(self.package, self.lang()))
        read_only = self.bar.is_read_only()  # a branch sending packages: shown, not edited here
        submitted = bool(reg and reg.frozen)
        frozen = submitted or read_only
        self.items.setRowCount(len(cat.criteria))
        for row, c in enumerate(cat.criteria):
            it = reg.item(c.id) if reg else None
            head = QTableWidgetItem(f"{c.id}  {catalog_text(c, 'title', lang)}")
            head.setFlags(Qt.ItemIsEnabled)
            head.setToolTip(catalog_text(c, "title", lang))
            self.items.setItem(row, 0, head)
            plan = QTableWidgetItem(it.planned_activities if it else "")
            plan.setFlags(Qt.ItemIsEnabled | (Qt.NoItemFlags if frozen else Qt.ItemIsEditable | Qt.ItemIsSelectable))
            self.items.setItem(row, 1, plan)
            de = self.items.cellWidget(row, 2)
            if de is None:  # created once, reused: replaced cell widgets linger until deleted
                de = _date_edit(None)
                self.items.setCellWidget(row, 2, de)
            t = it.target_date if it else None
            de.setDate(QDate(t.year, t.month, t.day) if t else _NO_DATE)
            de.setEnabled(not frozen)
            resp = QTableWidgetItem(it.responsible if it else "")
            resp.setFlags(Qt.ItemIsEnabled | (Qt.NoItemFlags if frozen else Qt.ItemIsEditable | Qt.ItemIsSelectable))
            self.items.setItem(row, 3, resp)
        chosen = reg.member_ids if reg else frozenset()
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for m in self.members:
            li = QListWidgetItem(m.full_name)
            li.setData(Qt.UserRole, m.id)
            li.setFlags(Qt.ItemIsEnabled | (Qt.NoItemFlags if frozen else Qt.ItemIsUserCheckable))
            li.setCheckState(Qt.Checked if m.id in chosen else Qt.Unchecked)
            self.member_list.addItem(li)
        self.member_list.blockSignals(False)
        self.member_all.setEnabled(not frozen)
        self.member_none.setEnabled(not frozen)
        self._count()
        self.history.clear()
        for v in reversed(self.versions):
            if v.frozen:
                line = self.tr("Version {0}: submitted {1}{2}").format(
                    v.version, format_date_short(v.submitted_on), self.tr(" (late)") if v.late else ""
                )
            else:
                line = self.tr("Version {0}: draft").format(v.version)
            line += self.tr(" — {0} criteria, {1} members").format(len(v.items), len(v.member_ids))
            if v.note:
                line += f" — {v.note}"
            self.history.addItem(line)
        self.save_btn.setEnabled(not frozen)
        prev = self.previous
        self.copy_btn.setEnabled(not frozen and prev is not None and any(not i.is_empty for i in prev.items))
        self.copy_btn.setText(
            self.tr("Copy from {0}").format(prev.period_label) if prev else self.tr("Copy from the previous period")
        )
        self.copy_btn.setToolTip(
            self.tr(
                "Fill the empty rows with the content, target dates (one year later) and people "
                "responsible of the previous period's registration, and tick its members who are "
                "still here; nothing is saved until you save the draft."
            )
            if prev
            else self.tr("The previous period has no registration to copy.")
        )
        self.submit_btn.setEnabled(bool(reg) and not frozen)
        self.amend_btn.setEnabled(submitted and not read_only)
        self.send_btn.setVisible(submitted and self._own_branch())
        self.note.setText((reg.note or "") if reg else "")

    def _count(self, *_):
        n = sum(1 for i in range(self.member_list.count()) if self.member_list.item(i).checkState() == Qt.Checked)
        self.member_count.setText(self.tr("{0} of {1} members registered").format(n, self.member_list.count()))

    def _filter(self, text: str):
        key = name_key(text)
        for i in range(self.member_list.count()):
            it = self.member_list.item(i)
            it.setHidden(bool(key) and key not in name_key(it.text()))

    def _tick_all(self, on: bool):
        self.member_list.blockSignals(True)
        for i in range(self.member_list.count()):
            it = self.member_list.item(i)
            if not it.isHidden():
                it.setCheckState(Qt.Checked if on else Qt.Unchecked)
        self.member_list.blockSignals(False)
        self._count()

    # ------------------------------------------------------------------ actions
    def form_items(self) -> list[RegistrationItem]:
        cat = self.env.ctx.catalogs.get("chi-doan-xhcn")
        out = []
        for row, c in enumerate(cat.criteria):
            de = self.items.cellWidget(row, 2)
            q = de.date()
            target = None if q == _NO_DATE else date(q.year(), q.month(), q.day())
            plan = self.items.item(row, 1).text() if self.items.item(row, 1) else ""
            resp = self.items.item(row, 3).text() if self.items.item(row, 3) else ""
            out.append(RegistrationItem(c.id, plan, target, resp))
        return out

    def form_members(self) -> list[int]:
        return [
            self.member_list.item(i).data(Qt.UserRole)
            for i in range(self.member_list.count())
            if self.member_list.item(i).checkState() == Qt.Checked
        ]

    def _run(self, fn, ok_text: str, after=None):
        def done(_changes):
            self.message.setStyleSheet("color: #1d5e20;")
            self.message.setText(ok_text)
            if after is not None:
                after()

        def refused(exc) -> bool:
            """A refusal is written in the page, above the form."""
            if not isinstance(exc, DomainError):
                return False
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(str(exc))
            return True

        run_write(self, fn, then=done, refused=refused, label=self.tr("Saving…"))

    def _copy_previous(self):
        """Second year onwards: start from last year's registration instead of an empty form.
        Only empty rows are filled, so what was already typed stays; the user reviews and saves."""
        prev = self.previous
        if prev is None:
            return
        cat = self.env.ctx.catalogs.get("chi-doan-xhcn")
        rows = 0
        for row, c in enumerate(cat.criteria):
            old = prev.item(c.id)
            plan, resp, de = self.items.item(row, 1), self.items.item(row, 3), self.items.cellWidget(row, 2)
            if old is None or old.is_empty or plan is None or resp is None or de is None:
                continue
            if plan.text().strip() or resp.text().strip() or de.date() != _NO_DATE:
                continue
            plan.setText(old.planned_activities)
            resp.setText(old.responsible)
            if old.target_date is not None:
                t = old.target_date
                t = t.replace(year=t.year + 1, day=28) if (t.month, t.day) == (2, 29) else t.replace(year=t.year + 1)
                de.setDate(QDate(t.year, t.month, t.day))
            rows += 1
        ticked = 0
        if not self.form_members():
            self.member_list.blockSignals(True)
            for i in range(self.member_list.count()):
                it = self.member_list.item(i)
                if it.data(Qt.UserRole) in prev.member_ids:
                    it.setCheckState(Qt.Checked)
                    ticked += 1
            self.member_list.blockSignals(False)
            self._count()
        self.message.setStyleSheet("color: #1d5e20;")
        self.message.setText(
            self.tr(
                "Copied {0} criteria and {1} members from the {2} registration: check them, then save the draft."
            ).format(rows, ticked, prev.period_label)
        )

    def _save(self):
        code, label, ctx = self.bar.unit_code(), self.bar.period_label_value(), self.env.ctx
        items, members, note = self.form_items(), self.form_members(), self.note.text()
        self._run(lambda: save_registration(ctx, code, label, items, members, note=note), self.tr("Draft saved."))

    def _submit(self):
        ask = QMessageBox.question(
            self,
            self.tr("Submit registration"),
            self.tr(
                "Submit this registration to the Đoàn cơ sở? After submitting it cannot be changed; "
                "an amendment creates a new version."
            ),
        )
        if ask != QMessageBox.Yes:
            return
        code, label, ctx = self.bar.unit_code(), self.bar.period_label_value(), self.env.ctx
        items, members, note = self.form_items(), self.form_members(), self.note.text()

        own = self._own_branch()

        def after():
            if own:  # "Nộp" sends: the same click builds the package in the dialog
                self._open_send()

        self._run(
            lambda: submit_registration(ctx, code, label, items=items, member_ids=members, note=note),
            self.tr("Registration submitted."),
            after=after,
        )

    def _own_branch(self) -> bool:
        """This installation's own chi đoàn (not a branch kept by a Đoàn cơ sở): it sends packages."""
        from desktop.domain.units import UnitKind
        from desktop.services.units import self_unit

        me = self_unit(self.env.ctx)
        unit = self.bar.unit()
        return bool(me and unit and me.code == unit.code and me.kind is UnitKind.CHI_DOAN)

    def _open_send(self):
        from desktop.ui.submit_dialog import open_submit_dialog

        label = resolve_period(self.env.ctx, self.bar.unit_code(), self.bar.period_label_value()).label
        self.submit_dialog = open_submit_dialog(self.env, "registration", label, parent=self)

    def _amend(self):
        code, label, ctx = self.bar.unit_code(), self.bar.period_label_value(), self.env.ctx
        note = self.note.text()
        self._run(
            lambda: amend_registration(ctx, code, label, note=note),
            self.tr("A new draft version was created from the submitted one."),
        )


PAGE = PageSpec(
    key="registration",
    order=15,
    title=QT_TRANSLATE_NOOP("Navigation", "Registration"),
    factory=RegistrationPage,
    available=cycle_page_available,
    icon="registration.svg",
)
