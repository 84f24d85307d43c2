"""Import preview: what a members file would add, update, and every problem, before writing.

Reading and writing run on the task runner (progress after 600 ms, Cancel); nothing is written
until the user presses Import, and a file with errors is written only when the user chooses to
skip the listed rows (all-or-nothing otherwise).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QMessageBox, QTableView, QTabWidget, QVBoxLayout)

from desktop.domain.errors import DomainError
from desktop.domain.members import FIELD_LABELS_VI, format_dob
from desktop.services.member_excel import ImportRefused, apply_import, preview_import
from desktop.ui.screen import fit_to_screen


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of tuples (the preview lists are small or read once)."""

    def __init__(self, headers: list[str], rows: list[tuple], parent=None):
        super().__init__(parent)
        self.headers, self.rows = headers, rows

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and role in (Qt.DisplayRole, Qt.ToolTipRole):
            v = self.rows[index.row()][index.column()]
            return "" if v is None else str(v)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


def _label(key: str) -> str:
    return {"entry": "Ngày/hình thức vào chi đoàn", "exit": "Ngày/hình thức rời chi đoàn"}.get(
        key, FIELD_LABELS_VI.get(key, key))


class ImportDialog(QDialog):
    def __init__(self, env, unit_code: str, path, parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_code = unit_code
        self.path = Path(path)
        self.plan = None
        self.result = None
        self.setObjectName("import_dialog")
        fit_to_screen(self, 980, 600)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("import_tabs")
        self.views: dict[str, QTableView] = {}
        for key in ("errors", "adds", "updates", "duplicates", "ignored"):
            view = QTableView()
            view.setObjectName(f"import_{key}")
            view.verticalHeader().setVisible(False)
            view.setSelectionBehavior(QTableView.SelectRows)
            view.setWordWrap(False)
            self.views[key] = view
            self.tabs.addTab(view, "")
        self.skip = QCheckBox()
        self.skip.setObjectName("import_skip_invalid")
        self.skip.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.import_btn = self.buttons.button(QDialogButtonBox.Ok)
        self.import_btn.setObjectName("import_apply")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.skip)
        lay.addWidget(self.buttons)
        self.retranslate()
        self.import_btn.setEnabled(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import members — {0}").format(self.path.name))
        self.skip.setText(self.tr("Skip the rows with errors and import the others"))
        self.import_btn.setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))

    # ------------------------------------------------------------------ preview
    def start(self) -> None:
        """Read the file off the GUI thread; the preview appears when it is done."""
        self.summary.setText(self.tr("Reading {0}…").format(self.path.name))
        self.env.runner.run(
            lambda progress, cancel: preview_import(self.env.ctx, self.unit_code, self.path, progress, cancel),
            on_done=self.show_plan, on_error=self._failed, label=self.tr("Reading the members file…"),
            parent=self, cancellable=True)

    def _failed(self, exc, tb) -> None:
        msg = exc.message if isinstance(exc, DomainError) else self.tr("Could not read the file: {0}").format(exc)
        self.summary.setText(msg)
        self.import_btn.setEnabled(False)
        QMessageBox.warning(self, self.tr("Import members"), msg)

    def show_plan(self, plan) -> None:
        self.plan = plan
        c = plan.counts()
        lines = [self.tr("Sheet “{0}”, header on row {1}.").format(plan.file.sheet, plan.file.header_row),
                 self.tr("To add: {0}   To update: {1}   Unchanged: {2}   Rows with errors: {3}").format(
                     c["added"], c["updated"], c["unchanged"], c["skipped"])]
        if plan.file.ignored_columns:
            lines.append(self.tr("Columns ignored: {0}").format("; ".join(plan.file.ignored_columns)))
        if plan.errors:
            lines.append(self.tr("The file has errors: nothing will be written unless you fix them "
                                 "or choose to skip those rows."))
        self.summary.setText("\n".join(lines))
        h_row, h_col, h_msg = self.tr("Row"), self.tr("Column"), self.tr("Problem")
        self._fill("errors", [h_row, h_col, h_msg],
                   [(e.row, f"{e.letter}: {e.column}" if e.letter else e.column, e.message)
                    for e in plan.errors])
        self._fill("adds", [h_row, self.tr("Full name"), self.tr("Date of birth"), self.tr("Union card no.")],
                   [(a.row, a.member.full_name, format_dob(a.member), a.member.union_card_no)
                    for a in plan.adds])
        self._fill("updates", [h_row, self.tr("Full name"), self.tr("Changes")],
                   [(u.row, u.before.full_name, ", ".join(_label(k) for k in u.changed))
                    for u in plan.updates])
        self._fill("duplicates", [h_row, h_col, h_msg],
                   [(d.row, d.column, d.message) for d in plan.duplicates])
        ignored = [(r, self.tr("Row"), why) for r, why in plan.ignored_rows]
        ignored += [("", self.tr("Column"), col) for col in plan.file.ignored_columns]
        self._fill("ignored", [h_row, self.tr("What"), self.tr("Why")], ignored)
        titles = {"errors": self.tr("Errors ({0})"), "adds": self.tr("To add ({0})"),
                  "updates": self.tr("To update ({0})"), "duplicates": self.tr("Duplicates in the file ({0})"),
                  "ignored": self.tr("Ignored ({0})")}
        counts = {"errors": len(plan.errors), "adds": len(plan.adds), "updates": len(plan.updates),
                  "duplicates": len(plan.duplicates), "ignored": len(ignored)}
        for i, key in enumerate(self.views):
            self.tabs.setTabText(i, titles[key].format(counts[key]))
        self.tabs.setCurrentIndex(0 if plan.errors else 1)
        self.skip.setVisible(bool(plan.errors))
        self._update_buttons()

    def _fill(self, key: str, headers: list[str], rows: list[tuple]) -> None:
        view = self.views[key]
        view.setModel(RowsModel(headers, rows, view))
        hh = view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setStretchLastSection(True)
        view.setColumnWidth(0, 60)
        if len(headers) > 2:
            view.setColumnWidth(1, 220)

    def _update_buttons(self) -> None:
        p = self.plan
        ok = p is not None and (not p.errors or self.skip.isChecked()) and bool(p.adds or p.updates)
        self.import_btn.setEnabled(ok)

    # ------------------------------------------------------------------ write
    def apply(self) -> None:
        if self.plan is None:
            return
        skip = self.skip.isChecked()
        self.import_btn.setEnabled(False)
        self.env.runner.run(
            lambda progress, cancel: apply_import(self.env.ctx, self.plan, skip_invalid=skip,
                                                  progress=progress, cancel=cancel),
            on_done=self._written, on_error=self._write_failed, label=self.tr("Importing members…"),
            parent=self, cancellable=True)

    def result_text(self) -> str:
        if self.result is None:
            return ""
        c = self.result.plan.counts()
        return self.tr("Added {0}, updated {1}; {2} unchanged; {3} rows skipped.").format(
            c["added"], c["updated"], c["unchanged"], c["skipped"])

    def _written(self, result) -> None:
        self.result = result
        self.env.bus.emit(result.changes)
        self.accept()  # the page shows result_text() under the table

    def _write_failed(self, exc, tb) -> None:
        if isinstance(exc, ImportRefused):
            self.show_plan(exc.plan)
            QMessageBox.warning(self, self.tr("Import members"), exc.message)
            return
        msg = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, self.tr("Import members"), msg)
        self._update_buttons()
