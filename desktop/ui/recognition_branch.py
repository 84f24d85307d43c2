"""The "Chi đoàn XHCN" dossier: the branch's year-end self-assessment per criterion (pre-filled
from the evaluation), its proposal for recognition, and the Đoàn cơ sở's appraisal per
criterion (agree / disagree with a comment) — BRIEF §3.1 step 3, D6/D7."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.recognition import CLAIMS, MET, NOT_APPLICABLE, NOT_MET
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.ui.cycle_common import status_colours, status_label

CLAIM_LABELS = {
    MET: QT_TRANSLATE_NOOP("BranchDossierWidget", "Met"),
    NOT_MET: QT_TRANSLATE_NOOP("BranchDossierWidget", "Not met"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("BranchDossierWidget", "Not applicable"),
}


class BranchDossierWidget(QWidget):
    """Emits ``save(dict)`` (branch actions) and ``appraise(criterion, agree, comment)`` (Đoàn cơ sở)."""

    save = Signal(dict)
    withdraw = Signal()
    appraise = Signal(str, bool, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.dossier = None
        self.lang = "vi"
        self.upper = False
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("dossier_table")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(50)  # three lines of a criterion's title
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(1, QHeaderView.Stretch)
        for c, w in ((0, 62), (2, 150), (3, 130), (4, 200), (5, 190)):
            self.table.setColumnWidth(c, w)
        self.self_text = QPlainTextEdit()
        self.self_text.setObjectName("self_assessment_text")
        self.self_text.setTabChangesFocus(True)  # Tab moves on to the next field (test_tab_order)
        self.self_text.setMaximumHeight(self.self_text.fontMetrics().lineSpacing() * 4 + 10)  # 4 lines at any font size
        self.document = QLineEdit()
        self.document.setObjectName("proposal_document")
        self.document.setMaxLength(60)
        self.propose = QCheckBox()
        self.propose.setObjectName("proposes_recognition")
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("proposal_save")
        self.submit_btn = QPushButton()
        self.submit_btn.setObjectName("proposal_submit")
        self.withdraw_btn = QPushButton()
        self.withdraw_btn.setObjectName("proposal_withdraw")
        self.agree_btn = QPushButton()
        self.agree_btn.setObjectName("appraise_agree")
        self.disagree_btn = QPushButton()
        self.disagree_btn.setObjectName("appraise_disagree")
        self.outcome = QLabel()
        self.outcome.setObjectName("dossier_outcome")
        self.outcome.setWordWrap(True)
        self.doc_label = QLabel()
        self.text_label = QLabel()
        self.save_btn.clicked.connect(lambda: self._emit_save(False))
        self.submit_btn.clicked.connect(lambda: self._emit_save(True))
        self.withdraw_btn.clicked.connect(self.withdraw.emit)
        self.agree_btn.clicked.connect(lambda: self._appraise(True))
        self.disagree_btn.clicked.connect(lambda: self._appraise(False))

        row = QHBoxLayout()
        row.addWidget(self.doc_label)
        row.addWidget(self.document)
        row.addWidget(self.propose)
        row.addStretch(1)
        row.addWidget(self.save_btn)
        row.addWidget(self.submit_btn)
        row.addWidget(self.withdraw_btn)
        row.addSpacing(16)
        row.addWidget(self.agree_btn)
        row.addWidget(self.disagree_btn)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.text_label)
        lay.addWidget(self.self_text)
        lay.addLayout(row)
        lay.addWidget(self.outcome)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Content"),
                self.tr("Evaluation"),
                self.tr("Branch claims"),
                self.tr("Branch comment"),
                self.tr("Đoàn cơ sở appraisal"),
            ]
        )
        self.text_label.setText(self.tr("Year-end self-assessment of the branch:"))
        self.doc_label.setText(self.tr("Proposal no.:"))
        self.propose.setText(self.tr("Propose recognition as “Chi đoàn XHCN”"))
        self.save_btn.setText(self.tr("Save draft"))
        self.submit_btn.setText(self.tr("Submit to the Đoàn cơ sở"))
        self.withdraw_btn.setText(self.tr("Withdraw"))
        self.agree_btn.setText(self.tr("Agree"))
        self.disagree_btn.setText(self.tr("Disagree…"))
        self.set_dossier(self.dossier, self.lang, self.upper)

    # ------------------------------------------------------------------ state
    def set_dossier(self, dossier, lang: str, upper: bool) -> None:
        self.dossier, self.lang, self.upper = dossier, lang, upper
        self.table.setRowCount(0)
        if dossier is None:
            self.outcome.setText("")
            return
        frozen = dossier.status == "submitted" or upper
        cat = dossier.catalog
        self.table.setRowCount(len(cat.criteria))
        for i, c in enumerate(cat.criteria):
            it = dossier.items.get(c.id, {})
            live = dossier.live.get(c.id, {})
            status = live.get("status") or it.get("evaluated_status", "")
            cells = [QTableWidgetItem(c.id), QTableWidgetItem(catalog_text(c, "title", lang))]
            cells[1].setToolTip(live.get("explanation_vi") or it.get("explanation", ""))
            ev = QTableWidgetItem(status_label(status, lang) if status else "—")
            if status:
                bg, fg = status_colours(status)
                ev.setBackground(bg)
                ev.setForeground(fg)
            ev.setToolTip(live.get("explanation_vi") or it.get("explanation", ""))
            cells.append(ev)
            for col, cell in enumerate(cells):
                cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(i, col, cell)
            combo = QComboBox()
            combo.setObjectName(f"claim_{c.id}")
            for claim in CLAIMS:
                combo.addItem(self.tr(CLAIM_LABELS[claim]), claim)
            combo.setCurrentIndex(max(0, combo.findData(it.get("claim", NOT_MET))))
            combo.setEnabled(not frozen)
            self.table.setCellWidget(i, 3, combo)
            comment = QTableWidgetItem(it.get("comment", ""))
            if frozen:
                comment.setFlags(comment.flags() & ~Qt.ItemIsEditable)
            self.table.setItem(i, 4, comment)
            ap = dossier.appraisals.get(c.id)
            text = (
                ""
                if ap is None
                else (self.tr("Agrees") if ap["agree"] else self.tr("Disagrees: {0}").format(ap["comment"]))
            )
            ap_item = QTableWidgetItem(text)
            ap_item.setFlags(ap_item.flags() & ~Qt.ItemIsEditable)
            if ap is not None:
                ap_item.setToolTip(f"{ap['appraised_by']} — {ap['comment']}")
            self.table.setItem(i, 5, ap_item)
        self.self_text.setPlainText(dossier.self_assessment)
        self.self_text.setReadOnly(frozen)
        self.document.setText(dossier.document_number)
        self.document.setReadOnly(frozen)
        self.propose.setChecked(dossier.proposes_recognition)
        self.propose.setEnabled(not frozen)
        for b in (self.save_btn, self.submit_btn):
            b.setVisible(not upper)
            b.setEnabled(dossier.status != "submitted")
        self.withdraw_btn.setVisible(not upper and dossier.status == "submitted")
        self.withdraw_btn.setEnabled(dossier.recognition is None)
        self.agree_btn.setVisible(upper)
        self.disagree_btn.setVisible(upper)
        self.outcome.setText(self._outcome_text())

    def _outcome_text(self) -> str:
        d = self.dossier
        o = d.outcome
        status = {
            "none": self.tr("No proposal yet."),
            "draft": self.tr("Draft, not submitted."),
            "submitted": self.tr("Submitted on {0}.").format(
                d.submitted_on.strftime("%d/%m/%Y") if d.submitted_on else ""
            ),
        }[d.status]
        parts = [status]
        if o is not None:
            verdict = self.tr("recognisable") if o.recognisable else self.tr("not recognisable")
            if d.appraisals:
                text = self.tr("As appraised: {0}/{1} criteria met, {2} needed — {3}.")
            else:
                text = self.tr("As the branch claims: {0}/{1} criteria met, {2} needed — {3}.")
            parts.append(text.format(o.met, o.applicable, o.required, verdict))
            if o.pending and d.appraisals:
                parts.append(self.tr("{0} criteria not yet appraised.").format(len(o.pending)))
        if d.recognition:
            r = d.recognition
            when = r["decision_date"].strftime("%d/%m/%Y") if r.get("decision_date") else ""
            parts.append(
                self.tr("Recognised by decision {0} of {1} ({2}).").format(r["decision_number"], when, r["issuer_name"])
            )
        return " ".join(parts)

    def claims(self) -> dict[str, tuple[str, str]]:
        out = {}
        for i in range(self.table.rowCount()):
            cid = self.table.item(i, 0).text()
            combo = self.table.cellWidget(i, 3)
            out[cid] = (combo.currentData(), self.table.item(i, 4).text().strip())
        return out

    def _emit_save(self, submit: bool) -> None:
        self.save.emit(
            {
                "self_assessment": self.self_text.toPlainText(),
                "claims": self.claims(),
                "proposes_recognition": self.propose.isChecked(),
                "document_number": self.document.text(),
                "submit": submit,
            }
        )

    def selected_criterion(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 and self.table.item(row, 0) else None

    def _appraise(self, agree: bool) -> None:
        cid = self.selected_criterion()
        if cid is None:
            return
        comment = ""
        if not agree:
            comment, ok = QInputDialog.getText(
                self, self.tr("Disagree"), self.tr("Why does the Đoàn cơ sở disagree on {0}?").format(cid)
            )
            if not ok or not comment.strip():
                return
        self.appraise.emit(cid, agree, comment.strip())
