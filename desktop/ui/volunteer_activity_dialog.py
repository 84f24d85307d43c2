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
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QVBoxLayout

from desktop.i18n.catalogue import say
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.volunteer import CONG_TRINH, Activity, OverlapError, format_dates_vi, parse_dates
from desktop.i18n.formatting import format_date_short
from desktop.services import volunteering as service
from desktop.services.attachments import attachment_path
from desktop.services.attachments import remove as remove_attachment
from desktop.ui.files import open_files
from desktop.ui.screen import fit_to_screen
from desktop.ui.volunteer_activity_layout import ActivityLayout
from desktop.ui.volunteer_models import Pick
from desktop.ui.writes import CONFIRM, SKIP, ask_overlap, run_write

# What to do when saving would credit members twice on the same day.


class ActivityDialog(ActivityLayout, QDialog):
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
        self._build(env)
        fit_to_screen(self, 1080, 640)

        self._load_members()
        self._fill(activity)
        self.retranslate()
        self._kind_changed()
        self.name.setFocus()

    # ------------------------------------------------------------------ text
    def _label(self, words) -> str:
        return say(words, self.lang)

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
