"""Add or edit one member: every field validated, the Vietnamese message next to the field.

The rules are the domain's (``desktop.domain.members``), the same ones the Excel import uses.
The "History" tab records transfers (in/out) and leaving; history is never overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.members import (
    ENTERING,
    EVENT_KINDS,
    EVENT_LABELS,
    JOINED,
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
from desktop.ui.i18n import translate
from desktop.ui.writes import run_write

ERROR_STYLE = "color: #b00020;"


class MemberDialog(QDialog):
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

        self.tabs = QTabWidget()
        form_page = QWidget()
        self.grid = QGridLayout(form_page)
        self.grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self._row = 0

        self.full_name = self._line("full_name")
        self.date_of_birth = self._line("date_of_birth")
        self.gender = QComboBox()
        self._add("gender", self.gender)
        self.phone = self._line("phone")
        self.id_number = self._line("id_number")
        self.union_join_date = self._line("union_join_date")
        self.union_card_no = self._line("union_card_no")
        self.is_party_member = QCheckBox()
        self.party_join_date = QLineEdit()
        self._add(
            "is_party_member", self._pair(self.is_party_member, self.party_join_date), error_key="party_join_date"
        )
        self.residence = self._line("residence")
        # CD-3.3 … CD-3.5 are facts of the period running today (issue 19 item 7): said so, with
        # the numbers of the electronic book and card.
        self.period_note = QLabel()
        self.period_note.setObjectName("member_period_note")
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet("color: #37474f; font-style: italic;")
        self.period_note.setMinimumHeight(self.period_note.fontMetrics().lineSpacing() * 2 + 6)  # two lines
        self.grid.addWidget(self.period_note, self._row, 0, 1, 2)
        self._row += 1
        self.residence_activity = QCheckBox()
        self._add("residence_activity", self.residence_activity)
        self.training_registered = QCheckBox()
        self.training_registered_on = QLineEdit()
        self._add(
            "training_registered",
            self._pair(self.training_registered, self.training_registered_on),
            error_key="training_registered_on",
        )
        self.ebook_issued = QCheckBox()
        self.ebook_no = QLineEdit()
        self.ebook_no.setObjectName("member_ebook_no")
        self._add("ebook_issued", self._pair(self.ebook_issued, self.ebook_no), error_key="ebook_no")
        self.ecard_issued = QCheckBox()
        self.ecard_no = QLineEdit()
        self.ecard_no.setObjectName("member_ecard_no")
        self._add("ecard_issued", self._pair(self.ecard_issued, self.ecard_no), error_key="ecard_no")
        self.widgets["ebook_no"], self.widgets["ecard_no"] = self.ebook_no, self.ecard_no
        self.notes = self._line("notes")
        self.entry_date = QLineEdit()
        self.entry_kind = QComboBox()
        if member is None:
            self._add("entry_date", self._pair(self.entry_kind, self.entry_date))
        for name, w in (
            ("party_join_date", self.party_join_date),
            ("training_registered_on", self.training_registered_on),
            ("entry_date", self.entry_date),
        ):
            w.setObjectName(f"member_{name}")
            self.widgets[name] = w
        self.is_party_member.toggled.connect(self.party_join_date.setEnabled)
        self.training_registered.toggled.connect(self.training_registered_on.setEnabled)
        # The form scrolls when the screen is short (1366×768 at 125 % leaves 544 points of height).
        from PySide6.QtWidgets import QFrame, QScrollArea

        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.NoFrame)
        form_scroll.setWidget(form_page)
        self.tabs.addTab(form_scroll, "")

        self.history_page = QWidget()
        hl = QVBoxLayout(self.history_page)
        self.history = QListWidget()
        self.history.setObjectName("member_history")
        self.event_kind = QComboBox()
        self.event_kind.setObjectName("event_kind")
        self.event_date = QLineEdit()
        self.event_date.setObjectName("event_date")
        self.event_note = QLineEdit()
        self.event_note.setObjectName("event_note")
        self.add_event_btn = QPushButton()
        self.add_event_btn.setObjectName("add_event")
        self.add_event_btn.clicked.connect(self._add_event)
        self.undo_event_btn = QPushButton()
        self.undo_event_btn.setObjectName("undo_event")
        self.undo_event_btn.clicked.connect(self._undo_event)
        self.event_error = QLabel()
        self.event_error.setObjectName("event_error")
        self.event_error.setStyleSheet(ERROR_STYLE)
        self.event_error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.event_kind)
        row.addWidget(self.event_date)
        row.addWidget(self.event_note, 1)
        row.addWidget(self.add_event_btn)
        hl.addWidget(self.history, 1)
        hl.addLayout(row)
        hl.addWidget(self.event_error)
        hl.addWidget(self.undo_event_btn, 0, Qt.AlignLeft)
        if member is not None:
            self.tabs.addTab(self.history_page, "")

        self.general_error = QLabel()
        self.general_error.setObjectName("member_error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.general_error)
        lay.addWidget(self.buttons)

        self.retranslate()
        # Opens with the whole form in view where the screen is tall enough; it scrolls otherwise.
        from desktop.ui.screen import fit_to_screen

        fit_to_screen(self, max(620, form_page.sizeHint().width() + 40), form_page.sizeHint().height() + 110)
        self._load()

    # ------------------------------------------------------------------ building
    def _line(self, key: str) -> QLineEdit:
        w = QLineEdit()
        self._add(key, w)
        return w

    def _pair(self, a: QWidget, b: QWidget) -> QWidget:
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(a)
        b.setMinimumWidth(110)
        h.addWidget(b, 1)
        return box

    def _add(self, key: str, widget: QWidget, error_key: str | None = None) -> None:
        label = QLabel()
        err = QLabel()
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.setVisible(False)  # shown right under its field when the field is wrong
        err.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        widget.setObjectName(f"member_{key}")
        self.grid.addWidget(label, self._row, 0)
        self.grid.addWidget(widget, self._row, 1)
        self.grid.addWidget(err, self._row + 1, 1)
        self._row += 1
        self.labels[key] = label
        self.errors[key] = err
        if error_key:
            self.errors[error_key] = err
        self.widgets[key] = widget
        self._row += 1

    def retranslate(self) -> None:
        editing = self.member is not None
        self.setWindowTitle(self.tr("Edit member") if editing else self.tr("New member"))
        texts = {
            "full_name": self.tr("Full name *"),
            "date_of_birth": self.tr("Date of birth"),
            "gender": self.tr("Gender"),
            "phone": self.tr("Phone"),
            "id_number": self.tr("Citizen ID (CCCD)"),
            "union_join_date": self.tr("Joined the Union on"),
            "union_card_no": self.tr("Union card number"),
            "is_party_member": self.tr("Party member"),
            "residence": self.tr("Residence (village / residential group)"),
            "residence_activity": self.tr("Takes part at the place of residence (CD-3.3)"),
            "training_registered": self.tr("Registered for “Rèn luyện đoàn viên” (CD-3.4)"),
            "ebook_issued": self.tr("Electronic Union book issued (CD-3.5)"),
            "ecard_issued": self.tr("Electronic Union card issued (CD-3.5)"),
            "notes": self.tr("Notes"),
            "entry_date": self.tr("Entered the branch"),
        }
        for k, t in texts.items():
            if k in self.labels:
                self.labels[k].setText(t)
        self.date_of_birth.setPlaceholderText(self.tr("dd/mm/yyyy or the year alone"))
        for w in (
            self.union_join_date,
            self.party_join_date,
            self.training_registered_on,
            self.entry_date,
            self.event_date,
        ):
            w.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.phone.setPlaceholderText(self.tr("e.g. 0912345678"))
        self.id_number.setPlaceholderText(self.tr("12 digits (optional)"))
        self.event_note.setPlaceholderText(self.tr("Note, e.g. where to"))
        self.is_party_member.setText(self.tr("Yes, admitted on"))
        self.training_registered.setText(self.tr("Yes, on"))
        self.residence_activity.setText(self.tr("Yes"))
        for cb in (self.ebook_issued, self.ecard_issued):
            cb.setText(self.tr("Yes, number"))
        self.period_note.setText(
            self.tr(
                "The ticks below (CD-3.3 to CD-3.5) are those of the assessment period "
                "{0}: a new period starts with none."
            ).format(self._period_label())
        )
        current = self.gender.currentData()
        self.gender.clear()
        for code, text in (
            (None, "—"),
            ("nam", self.tr("Male")),
            ("nu", self.tr("Female")),
            ("khac", self.tr("Other")),
        ):
            self.gender.addItem(text, code)
        self.gender.setCurrentIndex(max(0, self.gender.findData(current)))
        self.entry_kind.clear()
        self.entry_kind.addItem(self.tr("Joined"), JOINED)
        self.entry_kind.addItem(self.tr("Transferred in"), TRANSFERRED_IN)
        self.event_kind.clear()
        for k in EVENT_KINDS:
            self.event_kind.addItem(translate("MembershipEvent", EVENT_LABELS[k]), k)
        self.tabs.setTabText(0, self.tr("Details"))
        if self.tabs.count() > 1:
            self.tabs.setTabText(1, self.tr("History"))
        self.add_event_btn.setText(self.tr("Record"))
        self.undo_event_btn.setText(self.tr("Undo the last entry"))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

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
