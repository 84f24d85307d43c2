"""Attendance import from an Excel sheet of names: preview first, then all or nothing
(the same rules as the member import; desktop/services/volunteering/volunteer_attendance.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.i18n.catalogue import say
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.volunteer import format_dates_vi, label_words
from desktop.services import volunteering as service
from desktop.services import volunteering as attendance
from desktop.ui.i18n import ui_formatter
from desktop.ui.files import open_file, save_file
from desktop.ui.screen import fit_to_screen
from desktop.ui.volunteer_models import Column, RowsModel


@dataclass(frozen=True)
class PreviewLine:
    row: int
    name: str
    status: str  # add | already | duplicate | error
    message: str


class AttendanceImportDialog(QDialog):
    def __init__(self, env, unit_code: str, period: Period, activity_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("volunteer_import_dialog")
        self.env, self.unit_code, self.period = env, unit_code, period
        self.preview: attendance.AttendancePreview | None = None
        self.written_id: int | None = None

        self.path = QLineEdit()
        self.path.setObjectName("vi_path")
        self.path.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.setObjectName("vi_browse")
        self.browse.clicked.connect(self._browse)
        self.template_btn = QPushButton()
        self.template_btn.setObjectName("vi_template")
        self.template_btn.clicked.connect(self._save_template)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.template_btn)
        self.target = QComboBox()
        self.target.setObjectName("vi_target")
        self.target.addItem("", None)
        for a in sorted(service.list_activities(env.ctx, unit_code, period), key=lambda a: a.first_day, reverse=True):
            self.target.addItem(f"{format_dates_vi(a.dates)} — {a.name} ({a.participant_count})", a.id)
        if activity_id is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(activity_id)))
        self.target.currentIndexChanged.connect(lambda _: self.refresh())
        self.skip = QCheckBox()
        self.skip.setObjectName("vi_skip_invalid")
        self.skip.toggled.connect(lambda _: self._update_buttons())
        self.overlap = QCheckBox()
        self.overlap.setObjectName("vi_allow_overlap")
        self.overlap.toggled.connect(lambda _: self.refresh())
        self.form = QFormLayout()
        self.file_label, self.target_label = QLabel(), QLabel()
        self.form.addRow(self.file_label, row)
        self.form.addRow(self.target_label, self.target)
        self.form.addRow("", self.skip)
        self.form.addRow("", self.overlap)

        self.summary = QLabel()
        self.summary.setObjectName("vi_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [
                Column("row", lambda r: str(r.row) if r.row else "", sort=lambda r: r.row, right=True),
                Column("name", lambda r: r.name),
                Column("status", lambda r: self._status_text(r.status)),
                Column("message", lambda r: r.message),
            ],
            self,
        )
        self.model.colours = lambda r, _key: {
            "error": ("#f8d7d5", "#8a1c14"),
            "duplicate": ("#fde9c4", "#7a4b00"),
            "already": ("#e6e6e6", "#444444"),
        }.get(r.status)
        self.table = QTableView()
        self.table.setObjectName("vi_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 1000, 600)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import attendance from Excel"))
        self.file_label.setText(self.tr("Attendance sheet"))
        self.browse.setText(self.tr("Choose file…"))
        self.template_btn.setText(self.tr("Save a blank sheet…"))
        self.target_label.setText(self.tr("Credit to"))
        self.target.setItemText(0, self.tr("A new activity described at the top of the sheet"))
        self.skip.setText(self.tr("Skip the rows with errors and import the others"))
        self.overlap.setText(self.tr("Credit members already credited on the same day by another activity"))
        self.model.set_headers([self.tr("Row"), self.tr("Name in the sheet"), self.tr("Result"), self.tr("Details")])
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        if self.preview is None:
            self.summary.setText(
                self.tr(
                    "Choose an Excel sheet with a “Họ và tên” column. Nothing is written until you press Import; "
                    "a sheet with errors writes nothing unless you choose to skip those rows."
                )
            )

    def _status_text(self, status: str) -> str:
        return {
            "add": self.tr("Will be credited"),
            "already": self.tr("Already credited"),
            "duplicate": self.tr("Listed twice"),
            "error": self.tr("Error"),
        }[status]

    # ------------------------------------------------------------------ actions
    def _browse(self) -> None:
        path = open_file(self, self.tr("Attendance sheet"), self.tr("Excel workbooks (*.xlsx *.xlsm *.xls)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path.setText(str(path))
        self.refresh()

    def _save_template(self) -> None:
        path = save_file(self, self.tr("Save a blank sheet"), "diem-danh.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path:
            today = self.env.ctx.today()
            names = [
                (e.name, e.date_of_birth) for e in service.roster(self.env.ctx, self.unit_code) if e.active_on(today)
            ]
            attendance.write_attendance_template(path, names, today)

    def _options(self) -> dict:
        return dict(activity_id=self.target.currentData(), period=self.period, allow_overlap=self.overlap.isChecked())

    def refresh(self) -> None:
        if not self.path.text():
            return
        ctx, path, opts = self.env.ctx, self.path.text(), self._options()
        self.env.runner.run(
            lambda progress, cancel: attendance.preview_attendance(
                ctx, self.unit_code, path, progress=progress, cancel=cancel, **opts
            ),
            on_done=self._previewed,
            on_error=self._failed,
            label=self.tr("Reading the sheet…"),
            parent=self,
        )

    def _previewed(self, pv) -> None:
        self.preview = pv
        lines = [PreviewLine(e.row, "", "error", e.message) for e in pv.fatal]
        by_row = {}
        for e in pv.errors:
            by_row.setdefault(e.row, []).append(e.message)
        names = {r: n for r, n in pv.unknown}
        for m in pv.to_add:
            lines.append(PreviewLine(m.row, m.name, "add", ""))
        for m in pv.already:
            lines.append(PreviewLine(m.row, m.name, "already", ""))
        for r, first, n in pv.duplicates:
            lines.append(PreviewLine(r, n, "duplicate", self.tr("Same member as row {0}").format(first)))
        for r, msgs in by_row.items():
            lines.append(PreviewLine(r, names.get(r, ""), "error", " ".join(msgs)))
        self.model.set_rows(sorted(lines, key=lambda x: (x.row, x.status)))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        a = pv.activity
        head = ""
        if a is not None:
            kind = say(label_words("kind", a.kind), self.env.translator.language)
            head = self.tr("{0} — {1}, {2}, {3} days each. ").format(
                a.name, kind, format_dates_vi(a.dates), ui_formatter().days(a.days)
            )
        self.summary.setText(
            head
            + self.tr("{0} to credit, {1} already credited, {2} listed twice, {3} rows with errors.").format(
                len(pv.to_add), len(pv.already), len(pv.duplicates), len(pv.error_rows) + len(pv.fatal)
            )
        )
        self._update_buttons()

    def _failed(self, exc, tb) -> None:
        self.preview = None
        self.model.set_rows([])
        if isinstance(exc, DomainError):
            self.summary.setText(exc.message)
        else:
            from desktop.services.errors import user_message

            msg = user_message(exc)
            if msg is None:
                raise exc
            self.summary.setText(msg)
        self._update_buttons()

    def _update_buttons(self) -> None:
        pv = self.preview
        ok = pv is not None and not pv.fatal and bool(pv.to_add) and (not pv.errors or self.skip.isChecked())
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def do_import(self) -> None:
        if self.preview is None:
            return
        ctx, path, opts = self.env.ctx, self.path.text(), self._options()
        skip = self.skip.isChecked()
        self.env.runner.run(
            lambda progress, cancel: attendance.import_attendance(
                ctx, self.unit_code, path, skip_invalid=skip, progress=progress, cancel=cancel, **opts
            ),
            on_done=self._imported,
            on_error=self._failed,
            label=self.tr("Importing…"),
            parent=self,
        )

    def _imported(self, pv) -> None:
        if pv.written:
            self.written_id = pv.activity_id
            from desktop.services.changes import Changes

            self.env.bus.emit(Changes.of("volunteer"))
            self.accept()
        else:
            self._previewed(pv)
