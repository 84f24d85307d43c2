"""What the volunteer activity dialog shows and how it reads (issue 4 §1–2): the form (name,
kind, level, dates with a date picker, place, focus, the criterion it counts for, evidence
files), the list of members to credit with its search, groups and "Select all", and the
buttons, built once with the Tab order the keyboard needs; the texts set again on a change of
language.

Like the layout class Qt Designer writes beside a form, ``ActivityLayout`` has no behaviour of
its own: the dialog (desktop/ui/volunteer_activity_dialog.py) inherits it and holds what it reads,
checks and saves.
"""

from __future__ import annotations


from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.volunteer import FOCI, KINDS, LEVELS, label_words
from desktop.ui.volunteer_models import PickModel


class ActivityLayout:
    """The widgets and texts of ``ActivityDialog``."""

    def _build(self, env):

        # ---------------------------------------------------------------- the form
        self.name = QLineEdit()
        self.name.setObjectName("va_name")
        self.kind = QComboBox()
        self.kind.setObjectName("va_kind")
        for k in KINDS:
            self.kind.addItem(self._label(label_words("kind", k)), k)
        self.focus_combo = QComboBox()
        self.focus_combo.setObjectName("va_focus")
        for f in FOCI:
            self.focus_combo.addItem(self._label(label_words("focus", f)), f)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.dates = QLineEdit()
        self.dates.setObjectName("va_dates")
        self.dates.editingFinished.connect(self._dates_changed)
        self.cal_btn = QToolButton()
        self.cal_btn.setObjectName("va_calendar")
        self.cal_btn.setText("…")
        self.cal_btn.clicked.connect(self._pick_date)
        dates_row = QHBoxLayout()
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.dates, 1)
        dates_row.addWidget(self.cal_btn)
        self.days = QDoubleSpinBox()
        self.days.setObjectName("va_days")
        self.days.setDecimals(1)
        self.days.setSingleStep(0.5)
        self.days.setRange(0.5, 60)
        self.days.setValue(1)
        self.level = QComboBox()
        self.level.setObjectName("va_level")
        for lv in LEVELS:
            self.level.addItem(self._label(label_words("level", lv)), lv)
        self.place = QLineEdit()
        self.place.setObjectName("va_place")
        self.guests = QSpinBox()
        self.guests.setObjectName("va_guests")
        self.guests.setRange(0, 100000)
        self.confirmed_by = QLineEdit()
        self.confirmed_by.setObjectName("va_confirmed_by")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("va_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.files = QListWidget()
        self.files.setObjectName("va_files")
        self.files.setFixedHeight(70)
        self.files.itemDoubleClicked.connect(self._open_file)
        self.add_file_btn = QPushButton()
        self.add_file_btn.setObjectName("va_add_file")
        self.add_file_btn.clicked.connect(self._add_files)
        self.remove_file_btn = QPushButton()
        self.remove_file_btn.setObjectName("va_remove_file")
        self.remove_file_btn.clicked.connect(self._remove_file)
        file_btns = QHBoxLayout()
        file_btns.addWidget(self.add_file_btn)
        file_btns.addWidget(self.remove_file_btn)
        file_btns.addStretch(1)
        files_col = QVBoxLayout()
        files_col.setContentsMargins(0, 0, 0, 0)
        files_col.addWidget(self.files)
        files_col.addLayout(file_btns)
        files_box = QWidget()
        files_box.setLayout(files_col)

        self.form = QFormLayout()
        self.form_labels = {}
        for key, widget in [
            ("name", self.name),
            ("kind", self.kind),
            ("focus", self.focus_combo),
            ("dates", dates_row),
            ("days", self.days),
            ("level", self.level),
            ("place", self.place),
            ("guests", self.guests),
            ("confirmed_by", self.confirmed_by),
            ("notes", self.notes),
            ("files", files_box),
        ]:
            label = QLabel()
            self.form_labels[key] = label
            self.form.addRow(label, widget)
        self.form_box = QGroupBox()
        self.form_box.setLayout(self.form)
        self.form_box.setFixedWidth(470)

        # ---------------------------------------------------------------- participants
        self.search = QLineEdit()
        self.search.setObjectName("va_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.group = QComboBox()
        self.group.setObjectName("va_group")
        self.group.activated.connect(self._group_picked)
        self.all_btn = QPushButton()
        self.all_btn.setObjectName("va_select_all")
        self.all_btn.clicked.connect(self._select_all)
        self.none_btn = QPushButton()
        self.none_btn.setObjectName("va_select_none")
        self.none_btn.clicked.connect(self._select_none)
        self.only_checked = QCheckBox()
        self.only_checked.setObjectName("va_only_checked")
        self.only_checked.toggled.connect(lambda on: self.picks.set_only_checked(on))
        self.picks = PickModel(self)
        self.picks.dataChanged.connect(lambda *_: self._update_count())
        self.picks.modelReset.connect(self._update_count)
        self.list = QListView()
        self.list.setObjectName("va_members")
        self.list.setModel(self.picks)
        self.list.setUniformItemSizes(True)
        self.count = QLabel()
        self.count.setObjectName("va_count")
        tools = QHBoxLayout()
        tools.addWidget(self.all_btn)
        tools.addWidget(self.none_btn)
        tools.addWidget(self.group, 1)
        self.people_box = QGroupBox()
        pl = QVBoxLayout(self.people_box)
        pl.addWidget(self.search)
        pl.addLayout(tools)
        pl.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.only_checked)
        pl.addLayout(bottom)

        # ---------------------------------------------------------------- buttons
        self.error = QLabel()
        self.error.setObjectName("va_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a01010;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        for b in self.buttons.buttons():
            b.setAutoDefault(False)  # Enter in a field must not save half a form
            b.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, activated=self._select_all)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: self.search.setFocus())

        body = QHBoxLayout()
        body.addWidget(self.form_box)
        body.addWidget(self.people_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit volunteer activity") if self.activity else self.tr("New volunteer activity"))
        titles = {
            "name": self.tr("Activity name"),
            "kind": self.tr("Kind"),
            "focus": self.tr("Focus"),
            "dates": self.tr("Date(s)"),
            "days": self.tr("Days credited each"),
            "level": self.tr("Organised by"),
            "place": self.tr("Place"),
            "guests": self.tr("Guests (not members)"),
            "confirmed_by": self.tr("Confirmed by"),
            "notes": self.tr("Notes"),
            "files": self.tr("Evidence files"),
        }
        for key, label in self.form_labels.items():
            label.setText(titles[key])
        self.form_box.setTitle(self.tr("Activity"))
        self.people_box.setTitle(self.tr("Members credited"))
        self.dates.setPlaceholderText(self.tr("05/04/2026 — several: 05/04/2026, 12/04/2026 or 19/07/2026-21/07/2026"))
        self.cal_btn.setToolTip(self.tr("Add a date from the calendar"))
        self.days.setToolTip(
            self.tr(
                "For each participant, for the whole activity; half days allowed; at most one day per calendar day."
            )
        )
        self.guests.setToolTip(self.tr("People who are not Union members: counted, not credited."))
        self.add_file_btn.setText(self.tr("Add files…"))
        self.remove_file_btn.setText(self.tr("Remove file"))
        self.search.setPlaceholderText(self.tr("Search a name (accents optional) — Enter ticks the first match"))
        self.all_btn.setText(self.tr("Select &all shown"))
        self.none_btn.setText(self.tr("Clear"))
        self.only_checked.setText(self.tr("Only ticked"))
        self.picks.inactive_note = self.tr("not a member on these dates")
        if self.group.count():
            self.group.setItemText(0, self.tr("Add a saved group…"))
        self.buttons.button(QDialogButtonBox.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self._update_count()
