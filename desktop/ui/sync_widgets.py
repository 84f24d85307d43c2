"""Pieces shared by the outbox and the branches screens: a thin table model over immutable rows
(sorted inside the model with QCollator, Vietnamese order), the package preview dialog and the
import results dialog."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.catalogue import texts
from desktop.i18n.formatting import format_date_short
from desktop.ui.i18n import ui_formatter
from desktop.sync import privacy
from desktop.sync.kinds import KINDS
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.rows_model import make_table as _make_table
from desktop.ui.screen import fit_to_screen


def local_time(dt: datetime | None) -> str:
    """A UTC timestamp from the database, shown in the computer's local time."""
    if dt is None:
        return ""
    return dt.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def kind_title(kind: str | None, lang: str) -> str:
    if not kind or kind not in KINDS:
        return kind or "?"
    return texts(lang).translate("PackageKind", KINDS[kind].title)


def size_text(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{ui_formatter().number(n / 1048576, digits=1)} MB"
    return f"{ui_formatter().number(max(1, round(n / 1024)), digits=0)} KB"


# Column and RowsModel live in desktop/ui/rows_model.py (shared with the volunteer screens).


def make_table(model: RowsModel, name: str) -> QTableView:
    return _make_table(model, name, multi=True, word_wrap=False)


def selected_rows(view: QTableView) -> list:
    model = view.model()
    return [model.row(i.row()) for i in view.selectionModel().selectedRows()]


class PackagePreviewDialog(QDialog):
    """What a package holds before it is sent or after it arrives: who to whom, the documents,
    and exactly which personal data of members it carries (desktop/sync/privacy.py)."""

    def __init__(self, preview, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("package_preview")
        self.setWindowTitle(self.tr("Package preview"))
        fit_to_screen(self, 720, 560)
        m = preview.manifest
        form = QFormLayout()
        self.verdict = QLabel()
        self.verdict.setObjectName("preview_verdict")
        self.verdict.setWordWrap(True)
        if preview.verdict:
            self.verdict.setText(self.tr("This package would be rejected: {0}").format(preview.verdict))
            self.verdict.setStyleSheet("background: #f8d7d5; color: #8a1c14; padding: 4px;")
        else:
            self.verdict.setText(self.tr("Signature and contents checked: the package is intact."))
            self.verdict.setStyleSheet("background: #d8f0d8; color: #1d5e20; padding: 4px;")
        if m is not None:
            form.addRow(self.tr("Kind:"), QLabel(kind_title(m.kind, lang)))
            form.addRow(self.tr("From:"), QLabel(f"{m.sender_name} ({m.sender_code})"))
            to_name = ((m.raw.get("recipient") or {}).get("name") or "") if isinstance(m.raw, dict) else ""
            to = f"{to_name} ({m.recipient_code})" if to_name else m.recipient_code
            form.addRow(self.tr("To:"), QLabel(to if m.recipient_code != "*" else self.tr("any unit")))
            period = m.period or ""
            if m.quarter:
                period += " · " + self.tr("quarter {0}").format(m.quarter)
            form.addRow(self.tr("Period:"), QLabel(period or "—"))
            form.addRow(self.tr("Version:"), QLabel(str(m.version)))
            form.addRow(self.tr("Created:"), QLabel(m.created_at.replace("T", " ").replace("Z", " UTC")))
            pid = QLabel(m.package_id)
            pid.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(self.tr("Package id:"), pid)
            fp = QLabel(m.key_fingerprint)
            fp.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(self.tr("Signed with key:"), fp)
        form.addRow(self.tr("Size:"), QLabel(size_text(preview.size)))
        self.files = QListWidget()
        self.files.setObjectName("preview_files")
        self.document_bytes = dict(getattr(preview, "document_bytes", None) or {})
        for path, size in preview.documents:
            item = QListWidgetItem(self.tr("Document: {0} ({1})").format(path.split("/", 1)[-1], size_text(size)))
            item.setData(Qt.UserRole, path)
            self.files.addItem(item)
        for path, size in preview.evidence:
            self.files.addItem(self.tr("Evidence: {0} ({1})").format(path.split("/", 1)[-1], size_text(size)))
        if not preview.documents and not preview.evidence:
            self.files.addItem(self.tr("No document or evidence file."))
        self.personal = QLabel()
        self.personal.setObjectName("preview_personal")
        self.personal.setWordWrap(True)
        lines = []
        if preview.personal_fields:
            lines.append(
                self.tr("Personal data of members in this package ({0} members): {1}.").format(
                    preview.members_count, "; ".join(preview.personal_fields)
                )
            )
        else:
            lines.append(self.tr("No personal data of members in this package."))
        if preview.data and isinstance(preview.data.get("record"), dict):
            n = len(preview.data["record"].get("members") or [])
            lines.append(
                self.tr(
                    "The branch's record for the Đoàn cơ sở ({0} members) keeps only: {1}. "
                    "Dates of birth, phone numbers, ID numbers, addresses and Party membership "
                    "are never sent."
                ).format(n, "; ".join(privacy.record_fields_vi()))
            )
        self.personal.setText("\n".join(lines))
        lay = QVBoxLayout(self)
        lay.addWidget(self.verdict)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Files in the package:")))
        lay.addWidget(self.files, 1)
        lay.addWidget(self.personal)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        # The paper to sign and send is this PDF: it carries the package's QR code (issue 19).
        self.save_doc_btn = buttons.addButton(self.tr("Save the document as PDF…"), QDialogButtonBox.ActionRole)
        self.save_doc_btn.setObjectName("preview_save_document")
        self.save_doc_btn.setToolTip(
            self.tr("Print this PDF to sign and send: every page carries the QR code and check code of this package.")
        )
        self.save_doc_btn.setEnabled(bool(self.document_bytes))
        self.save_doc_btn.clicked.connect(lambda: self.save_document())
        lay.addWidget(buttons)

    def save_document(self, path: str | None = None):
        """Write the selected (or first) document of the package to a PDF file; returns its path."""
        from pathlib import Path

        from desktop.ui.files import save_file

        item = self.files.currentItem()
        key = item.data(Qt.UserRole) if item is not None else None
        if key not in self.document_bytes:
            key = next(iter(self.document_bytes), None)
        if key is None:
            return None
        if not path:
            path = save_file(
                self, self.tr("Save the document as PDF"), key.split("/", 1)[-1], self.tr("PDF documents (*.pdf)")
            )
            if not path:
                return None
        p = Path(path)
        if p.suffix.lower() != ".pdf":
            p = p.with_suffix(".pdf")
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_bytes(self.document_bytes[key])
        tmp.replace(p)
        return p


class ImportResultsDialog(QDialog):
    """One line per imported file: accepted, duplicate, older version, or rejected with why."""

    COLOURS = {
        "accepted": ("#d8f0d8", "#1d5e20"),
        "duplicate": ("#e6e6e6", "#333333"),
        "superseded": ("#d9e6f7", "#1f4a80"),
        "rejected": ("#f8d7d5", "#8a1c14"),
    }

    def __init__(self, outcomes, labels: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_results")
        self.setWindowTitle(self.tr("Import results"))
        fit_to_screen(self, 900, 420)
        from pathlib import Path

        self.model = RowsModel(
            [
                Column("file", lambda o: Path(o.file).name),
                Column("status", lambda o: labels.get(o.status, o.status)),
                Column("reason", lambda o: o.reason or ""),
            ]
        )
        colours = self.COLOURS  # not ``self``: a lambda holding the dialog makes it a reference cycle
        self.model.colours = lambda o, key: colours.get(o.status)
        self.model.tooltip = lambda o, key: o.reason if key == "reason" else o.file
        self.model.set_rows(outcomes)
        self.model.set_headers([self.tr("File"), self.tr("Result"), self.tr("Reason")])
        view = make_table(self.model, "import_results_table")
        view.setColumnWidth(0, 330)
        view.setColumnWidth(1, 170)
        counts: dict[str, int] = {}
        for o in outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        summary = QLabel(
            " · ".join(f"{labels.get(k, k)}: {v}" for k, v in counts.items()) or self.tr("No package file was found.")
        )
        summary.setObjectName("import_summary")
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        lay.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def date_text(d) -> str:
    return format_date_short(d) if d else ""
