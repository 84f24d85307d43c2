"""Import preview: what a members file would add, update, and every problem, before writing.

Reading and writing run on the task runner (progress after 600 ms, Cancel); nothing is written
until the user presses Import, and a file with errors is written only when the user chooses to
skip the listed rows (all-or-nothing otherwise). Rows that match a member by card number but give
another name or date of birth are shown and asked about before anything is written; people
already active in another branch of the Đoàn cơ sở are listed in their own tab (issue 18).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.domain.identity import describe_vi
from desktop.domain.members import FIELD_LABELS_VI, format_dob
from desktop.services.membership import IdentityChangeRefused, ImportRefused, apply_import, preview_import
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
        key, FIELD_LABELS_VI.get(key, key)
    )


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
        for key in ("errors", "adds", "updates", "duplicates", "elsewhere", "ignored"):
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
            on_done=self.show_plan,
            on_error=self._failed,
            label=self.tr("Reading the members file…"),
            parent=self,
            cancellable=True,
        )

    def _failed(self, exc, tb) -> None:
        msg = exc.message if isinstance(exc, DomainError) else self.tr("Could not read the file: {0}").format(exc)
        self.summary.setText(msg)
        self.import_btn.setEnabled(False)
        QMessageBox.warning(self, self.tr("Import members"), msg)

    def show_plan(self, plan) -> None:
        self.plan = plan
        c = plan.counts()
        lines = [
            self.tr("Sheet “{0}”, header on row {1}.").format(plan.file.sheet, plan.file.header_row),
            self.tr("To add: {0}   To update: {1}   Unchanged: {2}   Rows with errors: {3}").format(
                c["added"], c["updated"], c["unchanged"], c["skipped"]
            ),
        ]
        if plan.file.ignored_columns:
            lines.append(self.tr("Columns ignored: {0}").format("; ".join(plan.file.ignored_columns)))
        if plan.errors:
            lines.append(
                self.tr(
                    "The file has errors: nothing will be written unless you fix them or choose to skip those rows."
                )
            )
        if plan.identity_changes:
            lines.append(
                self.tr(
                    "{0} rows find a member by the Union card number but give another name or "
                    "date of birth: you will be asked before they are changed."
                ).format(len(plan.identity_changes))
            )
        if plan.warnings:
            lines.append(
                self.tr(
                    "{0} people in the file are already members of another branch of the "
                    "grassroots union: see the tab “Already in another branch”."
                ).format(len(plan.warnings))
            )
        self.summary.setText("\n".join(lines))
        # A wrapped label is not given its height by the layout once the dialog is sized: the
        # summary grows to 4–5 lines with the identity and "other branch" notes (issue 18).
        margins = self.layout().contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 200)
        self.summary.setFixedHeight(max(self.summary.heightForWidth(width), self.summary.sizeHint().height()))
        self.layout().activate()
        h_row, h_col, h_msg = self.tr("Row"), self.tr("Column"), self.tr("Problem")
        self._fill(
            "errors",
            [h_row, h_col, h_msg],
            [(e.row, f"{e.letter}: {e.column}" if e.letter else e.column, e.message) for e in plan.errors],
        )
        self._fill(
            "adds",
            [h_row, self.tr("Full name"), self.tr("Date of birth"), self.tr("Union card no.")],
            [(a.row, a.member.full_name, format_dob(a.member), a.member.union_card_no) for a in plan.adds],
        )
        self._fill(
            "updates",
            [h_row, self.tr("Full name"), self.tr("Changes")],
            [(u.row, u.before.full_name, self._changes_text(u)) for u in plan.updates],
        )
        self._fill("elsewhere", [h_row, h_col, h_msg], [(w.row, w.column, w.message) for w in plan.warnings])
        self._fill("duplicates", [h_row, h_col, h_msg], [(d.row, d.column, d.message) for d in plan.duplicates])
        ignored = [(r, self.tr("Row"), why) for r, why in plan.ignored_rows]
        ignored += [("", self.tr("Column"), col) for col in plan.file.ignored_columns]
        self._fill("ignored", [h_row, self.tr("What"), self.tr("Why")], ignored)
        titles = {
            "errors": self.tr("Errors ({0})"),
            "adds": self.tr("To add ({0})"),
            "updates": self.tr("To update ({0})"),
            "duplicates": self.tr("Duplicates in the file ({0})"),
            "elsewhere": self.tr("Already in another branch ({0})"),
            "ignored": self.tr("Ignored ({0})"),
        }
        counts = {
            "errors": len(plan.errors),
            "adds": len(plan.adds),
            "updates": len(plan.updates),
            "duplicates": len(plan.duplicates),
            "elsewhere": len(plan.warnings),
            "ignored": len(ignored),
        }
        for i, key in enumerate(self.views):
            self.tabs.setTabText(i, titles[key].format(counts[key]))
        self.tabs.setCurrentIndex(0 if plan.errors else 1)
        self.skip.setVisible(bool(plan.errors))
        self._update_buttons()

    def _changes_text(self, u) -> str:
        text = ", ".join(_label(k) for k in u.changed)
        if u.identity:
            return self.tr("Another person? {0} → {1}; {2}").format(describe_vi(u.before), describe_vi(u.after), text)
        return text

    def _confirm_identity(self, plan) -> bool:
        """Ask before a card number renames members (never done silently)."""
        rows = plan.identity_changes
        lines = [
            self.tr("Row {0}: card {1} belongs to {2}; the file says {3}.").format(
                u.row, u.before.union_card_no, describe_vi(u.before), describe_vi(u.after)
            )
            for u in rows[:10]
        ]
        if len(rows) > 10:
            lines.append(self.tr("… and {0} more rows.").format(len(rows) - 10))
        text = (
            self.tr("{0} members found by their Union card number would get another name or date of birth:").format(
                len(rows)
            )
            + "\n\n"
            + "\n".join(lines)
            + "\n\n"
            + self.tr(
                "Is each of them the same person (a corrected name or date of birth)? "
                "Choose No to import nothing and correct the card numbers in the file."
            )
        )
        answer = QMessageBox.question(
            self, self.tr("Change who these members are?"), text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
        )
        return answer == QMessageBox.Yes

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
        accept = False
        if self.plan.identity_changes:
            if not self._confirm_identity(self.plan):
                return  # nothing written; the preview stays open
            accept = True
        self.import_btn.setEnabled(False)
        self.env.runner.run(
            lambda progress, cancel: apply_import(
                self.env.ctx, self.plan, skip_invalid=skip, accept_identity=accept, progress=progress, cancel=cancel
            ),
            on_done=self._written,
            on_error=self._write_failed,
            label=self.tr("Importing members…"),
            parent=self,
            cancellable=True,
        )

    def result_text(self) -> str:
        if self.result is None:
            return ""
        c = self.result.plan.counts()
        return self.tr("Added {0}, updated {1}; {2} unchanged; {3} rows skipped.").format(
            c["added"], c["updated"], c["unchanged"], c["skipped"]
        )

    def _written(self, result) -> None:
        self.result = result
        self.env.bus.emit(result.changes)
        self.accept()  # the page shows result_text() under the table

    def _write_failed(self, exc, tb) -> None:
        if isinstance(exc, (ImportRefused, IdentityChangeRefused)):
            self.show_plan(exc.plan)
            QMessageBox.warning(self, self.tr("Import members"), exc.message)
            return
        msg = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, self.tr("Import members"), msg)
        self._update_buttons()
