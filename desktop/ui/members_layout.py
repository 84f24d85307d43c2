"""What the member dialog shows and how it reads: the form with a label, a field and the
Vietnamese message under it for every field of a member, the "History" tab (transfers and
leaving), and the buttons, built once and fitted to the screen; the texts set again on a change
of language.

Like the layout class Qt Designer writes beside a form, ``MemberLayout`` has no behaviour of its
own: the dialog (desktop/ui/members_dialog.py) inherits it and holds what it reads, checks and
saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.members import EVENT_KINDS, EVENT_LABELS, JOINED, TRANSFERRED_IN
from desktop.ui.i18n import translate


ERROR_STYLE = "color: #b00020;"


class MemberLayout:
    """The widgets and texts of ``MemberDialog``."""

    def _build(self, env):
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
        if self.member is None:
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
        if self.member is not None:
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
