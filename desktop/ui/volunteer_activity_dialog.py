"""Record or edit a volunteer activity and credit its participants fast (issue 4 §1–2).

After the form, crediting 60 members takes one interaction ("Select all"), or one pick of a
saved group ("Tổ 1"), or search-and-Enter per name. Keyboard only: Tab through the form;
in the search box Enter ticks the first match and clears the box for the next name, Down
moves into the list, Space ticks; Ctrl+Shift+A ticks everyone shown; Ctrl+Enter saves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import in_language
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.volunteer import (
    CONG_TRINH,
    FOCI,
    FOCUS_LABELS,
    KIND_LABELS,
    KINDS,
    LEVEL_LABELS,
    LEVELS,
    Activity,
    OverlapError,
    format_dates_vi,
    parse_dates,
)
from desktop.i18n.formatting import format_date_short
from desktop.services import volunteering as service
from desktop.services.attachments import attachment_path
from desktop.services.attachments import remove as remove_attachment
from desktop.ui.files import open_files
from desktop.ui.screen import fit_to_screen
from desktop.ui.volunteer_models import Pick, PickModel
from desktop.ui.writes import CONFIRM, SKIP, ask_overlap, run_write

# What to do when saving would credit members twice on the same day.


class ActivityDialog(QDialog):
    def __init__(self, env, unit_code: str, period: Period, activity: Activity | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("volunteer_activity_dialog")
        self.env, self.unit_code, self.period = env, unit_code, period
        self.activity = activity
        self.saved_id: int | None = None
        self.result_info = None
        self.new_files: list[Path] = []
        self.lang = env.translator.language
        # Tests replace this: (overlaps) -> CONFIRM | SKIP | BACK
        self.ask_overlap = lambda overlaps: ask_overlap(self, overlaps)

        # ---------------------------------------------------------------- the form
        self.name = QLineEdit()
        self.name.setObjectName("va_name")
        self.kind = QComboBox()
        self.kind.setObjectName("va_kind")
        for k in KINDS:
            self.kind.addItem(self._label(KIND_LABELS[k]), k)
        self.focus_combo = QComboBox()
        self.focus_combo.setObjectName("va_focus")
        for f in FOCI:
            self.focus_combo.addItem(self._label(FOCUS_LABELS[f]), f)
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
            self.level.addItem(self._label(LEVEL_LABELS[lv]), lv)
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
        fit_to_screen(self, 1080, 640)

        self._load_members()
        self._fill(activity)
        self.retranslate()
        self._kind_changed()
        self.name.setFocus()

    # ------------------------------------------------------------------ text
    def _label(self, pair: tuple[str, str]) -> str:
        return in_language(*pair, self.lang)

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

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{0} of {1} members ticked").format(len(self.picks.checked), self.picks.usable_count)
        )

    # ------------------------------------------------------------------ data
    def _load_members(self) -> None:
        ctx = self.env.ctx
        p = self.period
        entries = [
            e
            for e in service.roster(ctx, self.unit_code)
            if e.member_during(p.start, p.end) or (self.activity and e.member_id in self.activity.participant_ids)
        ]
        self._entries = {e.member_id: e for e in entries}
        several_units = len({e.unit_code for e in entries}) > 1
        picks = []
        for e in entries:
            detail = format_date_short(e.date_of_birth) if e.date_of_birth else ""
            if several_units:
                detail = f"{e.unit_code}  {detail}".strip()
            picks.append(Pick(e.member_id, e.name, e.key, detail))
        self.picks.set_members(picks)
        self.group.clear()
        self.group.addItem("", None)
        for g in service.saved_groups(ctx, self.unit_code):
            self.group.addItem(f"{g.name} ({len(g.member_ids)})", g.member_ids)

    def _fill(self, a: Activity | None) -> None:
        if a is None:
            today = self.env.ctx.today()
            day = today if self.period.contains(today) else self.period.end
            self.dates.setText(format_date_short(day))
            self._dates_changed()
            return
        self.name.setText(a.name)
        self.kind.setCurrentIndex(self.kind.findData(a.kind))
        if a.focus:
            self.focus_combo.setCurrentIndex(self.focus_combo.findData(a.focus))
        self.dates.setText(format_dates_vi(a.dates))
        self.days.setValue(a.days)
        self.level.setCurrentIndex(self.level.findData(a.level))
        self.place.setText(a.place or "")
        self.guests.setValue(a.guests)
        self.confirmed_by.setText(a.confirmed_by or "")
        self.notes.setPlainText(a.notes or "")
        self.picks.check_ids(a.participant_ids)
        self._dates_changed()
        for f in service.evidence(self.env.ctx, a.id):
            it = QListWidgetItem(f.original_name)
            it.setData(Qt.UserRole, ("stored", f))
            self.files.addItem(it)

    def _kind_changed(self) -> None:
        self.focus_combo.setEnabled(self.kind.currentData() == CONG_TRINH)

    def _parsed_dates(self) -> tuple[date, ...] | None:
        try:
            return parse_dates(self.dates.text())
        except DomainError:
            return None

    def _dates_changed(self) -> None:
        dates = self._parsed_dates()
        if not dates:
            return
        active = {mid for mid, e in self._entries.items() if any(e.active_on(d) for d in dates)}
        self.picks.set_enabled(active)

    def _pick_date(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Add a date"))
        cal = QCalendarWidget(dlg)
        cal.setObjectName("va_calendar_widget")
        cal.setDateRange(QDate(self.period.start), QDate(self.period.end))
        dates = self._parsed_dates()
        cal.setSelectedDate(QDate(dates[-1]) if dates else QDate(min(self.env.ctx.today(), self.period.end)))
        cal.activated.connect(dlg.accept)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=dlg)
        box.accepted.connect(dlg.accept)
        box.rejected.connect(dlg.reject)
        QVBoxLayout(dlg).addWidget(cal)
        dlg.layout().addWidget(box)
        if dlg.exec() == QDialog.Accepted:
            self.add_date(cal.selectedDate().toPython())

    def add_date(self, d: date) -> None:
        current = self._parsed_dates() or ()
        self.dates.setText(format_dates_vi(tuple(sorted(set(current) | {d}))))
        self._dates_changed()

    # ------------------------------------------------------------------ picking
    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.search and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Down:
                self.list.setFocus()
                if self.picks.rowCount():
                    self.list.setCurrentIndex(self.picks.index(0))
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
                self._pick_first()  # never the dialog's default button: Enter picks, Ctrl+Enter saves
                return True
        return super().eventFilter(obj, event)

    def _search_changed(self, text: str) -> None:
        self.picks.set_query(text)

    def _pick_first(self) -> None:
        """Search and pick: Enter ticks the first enabled match and clears the box."""
        for row, p in enumerate(self.picks.visible):
            if p.enabled and p.member_id not in self.picks.checked:
                self.picks.toggle_row(row)
                break
        self.search.clear()

    def _select_all(self) -> None:
        self.picks.check_visible(True)

    def _select_none(self) -> None:
        self.picks.check_visible(False)

    def _group_picked(self, index: int) -> None:
        ids = self.group.itemData(index)
        if ids:
            self.picks.check_ids(ids)
        self.group.setCurrentIndex(0)

    # ------------------------------------------------------------------ files
    def _add_files(self) -> None:
        paths = open_files(
            self,
            self.tr("Evidence files"),
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)"),
        )
        for p in paths:
            self.add_file(Path(p))

    def add_file(self, path: Path) -> None:
        self.new_files.append(path)
        it = QListWidgetItem(path.name)
        it.setData(Qt.UserRole, ("new", path))
        self.files.addItem(it)

    def _remove_file(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        kind, value = item.data(Qt.UserRole)
        if kind == "new":
            self.new_files.remove(value)
        else:
            ok = QMessageBox.question(
                self,
                self.tr("Remove file"),
                self.tr(
                    "Remove the evidence file “{0}” from this activity? Its name and SHA-256 stay in the history."
                ).format(value.original_name),
            )
            if ok != QMessageBox.Yes:
                return
            ctx = self.env.ctx
            run_write(
                self,
                lambda: remove_attachment(ctx, value.id, area="volunteer"),
                then=lambda _c: self.files.takeItem(self.files.row(item)),
            )
            return
        self.files.takeItem(self.files.row(item))

    def _open_file(self, item: QListWidgetItem) -> None:
        kind, value = item.data(Qt.UserRole)
        path = value if kind == "new" else attachment_path(self.env.ctx, value)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ saving
    def draft(self) -> Activity:
        dates = parse_dates(self.dates.text())
        base = self.activity or Activity(id=None, unit_code=self.unit_code, name="", kind="", dates=(), days=1)
        return replace(
            base,
            name=self.name.text(),
            kind=self.kind.currentData(),
            focus=self.focus_combo.currentData() if self.kind.currentData() == CONG_TRINH else None,
            dates=dates,
            days=self.days.value(),
            level=self.level.currentData(),
            place=self.place.text(),
            guests=self.guests.value(),
            confirmed_by=self.confirmed_by.text(),
            notes=self.notes.toPlainText(),
            participant_ids=tuple(sorted(self.picks.checked)),
        )

    def _field_widget(self, fld: str | None):
        return {
            "name": self.name,
            "kind": self.kind,
            "focus": self.focus_combo,
            "dates": self.dates,
            "days": self.days,
            "guests": self.guests,
            "place": self.place,
            "confirmed_by": self.confirmed_by,
            "participants": self.search,
            "attachment": self.files,
        }.get(fld or "")

    def save(self, allow_overlap: bool = False, skip_overlaps: bool = False) -> None:
        self.error.clear()
        try:
            draft = self.draft()
        except DomainError as exc:
            self._show_error(exc)
            return
        ctx, files = self.env.ctx, list(self.new_files)

        def work():
            if self.activity is None:
                return service.record_activity(
                    ctx,
                    self.unit_code,
                    draft,
                    period=self.period,
                    allow_overlap=allow_overlap,
                    skip_overlaps=skip_overlaps,
                    attachments=files,
                )
            return service.update_activity(
                ctx,
                self.activity.id,
                draft,
                period=self.period,
                allow_overlap=allow_overlap,
                skip_overlaps=skip_overlaps,
                attachments=files,
            )

        self.buttons.setEnabled(False)
        run_write(self, work, then=self._saved, overlap=self._overlap, refused=self._refused)

    def _saved(self, res) -> None:
        self.buttons.setEnabled(True)
        self.saved_id = res.activity_id
        self.result_info = res
        self.accept()

    def _overlap(self, exc: OverlapError) -> None:
        self.buttons.setEnabled(True)
        choice = self.ask_overlap(exc.overlaps)
        if choice == CONFIRM:
            self.save(allow_overlap=True)
        elif choice == SKIP:
            self.save(skip_overlaps=True)
        else:
            self._show_error(exc)

    def _refused(self, exc) -> bool:
        """Shown in the dialog, beside the field it names."""
        self.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            self._show_error(exc)
            return True
        from desktop.services.errors import user_message

        msg = user_message(exc)
        if msg is None:
            return False
        self.error.setText(msg)
        return True

    def _show_error(self, exc: DomainError) -> None:
        self.error.setText(exc.message)
        w = self._field_widget(exc.field)
        if w is not None:
            w.setFocus()
