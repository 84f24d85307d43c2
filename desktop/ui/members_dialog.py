"""Add or edit one member: every field validated, the Vietnamese message next to the field.

The rules are the domain's (``desktop.domain.members``), the same ones the Excel import uses.
The "History" tab records transfers (in/out) and leaving; history is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop.domain.errors import DomainError
from desktop.domain.members import (
    ENTERING,
    EVENT_LABELS,
    TRANSFERRED_IN,
    Member,
    format_dob,
    member_problems,
    normalise_id_number,
    normalise_phone,
    parse_date_value,
)
from desktop.i18n.formatting import format_date_short
from desktop.services.units import resolve_period
from desktop.services import membership as svc
from desktop.ui.members_layout import MemberLayout
from desktop.ui.i18n import translate
from desktop.ui.writes import run_write


class MemberDialog(MemberLayout, QDialog):
    """``MemberDialog(env, unit_code)`` adds; ``MemberDialog(env, unit_code, member)`` edits."""

    def __init__(self, env, unit_code: str, member: Member | None = None, parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_code = unit_code
        self.member = member
        self.saved: Member | None = None
        self.changes = None
        self.setObjectName("member_dialog")
        self.setMinimumWidth(620)

        self._build(env)
        self._load()

    # ------------------------------------------------------------------ values
    def _period_label(self) -> str:
        if getattr(self, "_label", None) is None:
            self._label = resolve_period(self.env.ctx, self.unit_code).label
        return self._label

    def _load(self) -> None:
        self._numbers = ("", "")
        today = self.env.ctx.today()
        m = self.member
        self.party_join_date.setEnabled(False)
        self.training_registered_on.setEnabled(False)
        self.entry_date.setText(format_date_short(today))
        if m is None:
            return
        self.full_name.setText(m.full_name)
        self.date_of_birth.setText(format_dob(m))
        self.gender.setCurrentIndex(max(0, self.gender.findData(m.gender)))
        self.phone.setText(m.phone or "")
        self.id_number.setText(m.id_number or "")
        self.union_join_date.setText(format_date_short(m.union_join_date))
        self.union_card_no.setText(m.union_card_no or "")
        self.is_party_member.setChecked(m.is_party_member)
        self.party_join_date.setText(format_date_short(m.party_join_date))
        self.residence.setText(m.residence or "")
        self.residence_activity.setChecked(m.residence_activity)
        self.training_registered.setChecked(m.is_training_registered)
        self.training_registered_on.setText(format_date_short(m.training_registered_on))
        self.ebook_issued.setChecked(m.ebook_issued)
        self.ecard_issued.setChecked(m.ecard_issued)
        # The numbers of a book or card issued in an earlier period stay theirs.
        known = sorted(
            (lbl, f) for lbl, f in svc.member_facts(self.env.ctx, m.id).items() if lbl <= self._period_label()
        )
        self._numbers = (
            next((f.ebook_no for _, f in reversed(known) if f.ebook_no), "") or "",
            next((f.ecard_no for _, f in reversed(known) if f.ecard_no), "") or "",
        )
        self.ebook_no.setText(self._numbers[0])
        self.ecard_no.setText(self._numbers[1])
        self.notes.setText(m.notes or "")
        self._load_history()

    def _load_history(self) -> None:
        self.history.clear()
        if self.member is None:
            return
        events = svc.history(self.env.ctx, self.member.id)
        for e in events:
            self.history.addItem(
                f"{format_date_short(e.on_date)} — {translate('MembershipEvent', EVENT_LABELS[e.kind])}"
                + (f" ({e.note})" if e.note else "")
            )
        active = bool(events) and events[-1].kind in ENTERING
        # Suggest what makes sense next: leaving when active, coming back otherwise.
        self.event_kind.setCurrentIndex(self.event_kind.findData("transferred_out" if active else TRANSFERRED_IN))
        self.undo_event_btn.setEnabled(len(events) > 1)

    def _date(self, key: str, w: QLineEdit, errors: dict, *, year_only: bool = False):
        text = w.text().strip()
        if not text:
            return None, False
        try:
            return parse_date_value(text, self.env.ctx.today(), allow_year_only=year_only)
        except DomainError as exc:
            errors[key] = exc.message
            return None, False

    def collect(self) -> tuple[Member | None, dict[str, str]]:
        """The member as entered and {field: Vietnamese message} for every wrong field."""
        errors: dict[str, str] = {}
        dob, year_only = self._date("date_of_birth", self.date_of_birth, errors, year_only=True)
        join, _ = self._date("union_join_date", self.union_join_date, errors)
        party_date, _ = (
            self._date("party_join_date", self.party_join_date, errors)
            if self.is_party_member.isChecked()
            else (None, False)
        )
        train_date, _ = (
            self._date("training_registered_on", self.training_registered_on, errors)
            if self.training_registered.isChecked()
            else (None, False)
        )
        phone = id_number = None
        if self.phone.text().strip():
            try:
                phone = normalise_phone(self.phone.text())
            except DomainError as exc:
                errors["phone"] = exc.message
        if self.id_number.text().strip():
            try:
                id_number = normalise_id_number(self.id_number.text())
            except DomainError as exc:
                errors["id_number"] = exc.message
        base = self.member or Member(None, self.unit_code, "")
        m = replace(
            base,
            full_name=self.full_name.text(),
            date_of_birth=dob,
            dob_year_only=year_only,
            gender=self.gender.currentData(),
            phone=phone,
            id_number=id_number,
            union_join_date=join,
            union_card_no=self.union_card_no.text().strip() or None,
            is_party_member=self.is_party_member.isChecked(),
            party_join_date=party_date,
            residence=self.residence.text(),
            residence_activity=self.residence_activity.isChecked(),
            training_registered=self.training_registered.isChecked(),
            training_registered_on=train_date,
            ebook_issued=self.ebook_issued.isChecked(),
            ecard_issued=self.ecard_issued.isChecked(),
            notes=self.notes.text(),
        ).normalised()
        for k, msg in member_problems(m, self.env.ctx.today()).items():
            errors.setdefault(k, msg)
        return m, errors

    def show_errors(self, errors: dict[str, str]) -> None:
        for label in set(self.errors.values()):
            label.clear()
            label.setVisible(False)
        first = None
        for key, msg in errors.items():
            label = self.errors.get(key)
            if label is None:
                self.general_error.setText(msg)
                continue
            label.setText(msg)
            label.setVisible(True)
            if first is None:
                first = self.widgets.get(key)
        # Grow to show every message in full (the dialog stays within 768 px: at most a few
        # two-line messages are added to ~480 px of fields).
        self.layout().activate()
        self.adjustSize()
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    def save(self) -> None:
        self.general_error.clear()
        m, errors = self.collect()
        entry = None
        if self.member is None:
            entry, _ = self._date("entry_date", self.entry_date, errors)
            if entry is None and "entry_date" not in errors:
                errors["entry_date"] = self.tr("Enter the date the member entered the branch.")
        self.show_errors(errors)
        if errors:
            return
        ctx, unit_code, adding = self.env.ctx, self.unit_code, self.member is None
        entry_kind = self.entry_kind.currentData()
        numbers = (self.ebook_no.text().strip(), self.ecard_no.text().strip())
        numbers_changed = numbers != self._numbers

        def work():
            if adding:
                changes, saved = svc.add_member(ctx, unit_code, m, entry_date=entry, entry_kind=entry_kind)
            else:
                changes, saved = svc.update_member(ctx, m), m
            if numbers_changed:
                more = svc.set_card_numbers(ctx, saved.id, ebook_no=numbers[0] or None, ecard_no=numbers[1] or None)
                changes = more if not changes else changes | more
            return saved, changes

        def saved(result):
            self.buttons.setEnabled(True)
            self.saved, self.changes = result
            self.accept()

        def refused(exc):
            self.buttons.setEnabled(True)
            if not isinstance(exc, DomainError):
                return False
            self.show_errors({exc.field or "": exc.message})
            return True

        self.buttons.setEnabled(False)
        run_write(self, work, then=saved, refused=refused)

    # ------------------------------------------------------------------ history
    def _add_event(self) -> None:
        self.event_error.clear()
        errors: dict[str, str] = {}
        on, _ = self._date("on_date", self.event_date, errors)
        if on is None:
            self.event_error.setText(errors.get("on_date") or self.tr("Enter the date (dd/mm/yyyy)."))
            return
        ctx, member_id = self.env.ctx, self.member.id
        kind, note = self.event_kind.currentData(), self.event_note.text()

        def recorded(_changes):
            self.event_date.clear()
            self.event_note.clear()
            self._load_history()

        run_write(
            self, lambda: svc.record_event(ctx, member_id, kind, on, note), then=recorded, refused=self._event_refused
        )

    def _event_refused(self, exc) -> bool:
        if not isinstance(exc, DomainError):
            return False
        self.event_error.setText(exc.message)
        return True

    def _undo_event(self) -> None:
        if QMessageBox.question(self, self.tr("Undo"), self.tr("Remove the last history entry?")) != QMessageBox.Yes:
            return
        ctx, member_id = self.env.ctx, self.member.id

        def refused(exc) -> bool:
            self._load_history()
            return self._event_refused(exc)

        run_write(
            self, lambda: svc.delete_last_event(ctx, member_id), then=lambda _c: self._load_history(), refused=refused
        )
