"""Commune: yearly review and Party-format documents (issue 10 items 4, 5; BRIEF §7 D12–D13):
the satisfaction summary, then print the action programme, a quarterly report or the yearly
review ("sơ kết"), or send it upward as a package."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune
from desktop.services.units import self_unit
from desktop.ui.files import save_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table

DOCS = (
    ("programme", QT_TRANSLATE_NOOP("CommuneReviewPage", "Action programme (…-CTr/ĐU)")),
    ("quarterly", QT_TRANSLATE_NOOP("CommuneReviewPage", "Quarterly report (…-BC/ĐU)")),
    ("review", QT_TRANSLATE_NOOP("CommuneReviewPage", "Yearly review “sơ kết” (…-BC/ĐU)")),
)


class CommuneReviewPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_save = lambda name: save_file(self, self.tr("Save the PDF"), name, self.tr("PDF (*.pdf)"))
        self.inform = lambda text: QMessageBox.information(self, self.windowTitle(), text)
        self.period = period_combo(env.ctx, "commune_review_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.satisfaction = QLabel()
        self.satisfaction.setObjectName("commune_satisfaction")
        self.satisfaction.setWordWrap(True)
        self.model = RowsModel([
            Col("date", lambda g: f"{g.on_date:%d/%m/%Y}", sort=lambda g: g.on_date),
            Col("title", lambda g: g.title),
            Col("asked", lambda g: str(g.received), sort=lambda g: g.received, right=True),
            Col("satisfied", lambda g: str(g.answered), sort=lambda g: g.answered, right=True),
            Col("share", lambda g: f"{g.answered / g.received * 100:.1f}%".replace(".", ",") if g.received else "—"),
        ])
        self.view = make_table(self.model, "commune_surveys_table")
        for col, w in enumerate((90, 380, 140, 140)):
            self.view.setColumnWidth(col, w)
        self.doc = QComboBox()
        self.doc.setObjectName("commune_doc_kind")
        for key, _ in DOCS:
            self.doc.addItem("", key)
        self.quarter = QSpinBox()
        self.quarter.setObjectName("commune_doc_quarter")
        self.quarter.setRange(1, 4)
        self.quarter.setValue((env.ctx.today().month - 1) // 3 + 1)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("commune_doc_save")
        self.save_btn.clicked.connect(lambda: self.save())
        self.send_btn = QPushButton()
        self.send_btn.setObjectName("commune_doc_send")
        self.send_btn.clicked.connect(lambda: self.send())
        self.period_label, self.doc_label, self.quarter_label, self.surveys_label = (QLabel(), QLabel(), QLabel(),
                                                                                     QLabel())
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        docs = QHBoxLayout()
        docs.addWidget(self.doc_label)
        docs.addWidget(self.doc, 1)
        docs.addWidget(self.quarter_label)
        docs.addWidget(self.quarter)
        docs.addWidget(self.save_btn)
        docs.addWidget(self.send_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.surveys_label)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.satisfaction)
        lay.addLayout(docs)
        self.summary = None
        self.retranslate()

    def watches(self):
        return ("commune", "settings")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.surveys_label.setText(self.tr("Satisfaction surveys of the year (the yardstick of the review):"))
        self.doc_label.setText(self.tr("Document:"))
        self.quarter_label.setText(self.tr("Quarter:"))
        self.save_btn.setText(self.tr("Save as PDF…"))
        self.send_btn.setText(self.tr("Send to the level above"))
        for i, (_key, title) in enumerate(DOCS):
            self.doc.setItemText(i, self.tr(title))
        self.model.set_titles([self.tr("Date"), self.tr("Survey"), self.tr("Asked"), self.tr("Satisfied"),
                               self.tr("Share")])
        self._show()

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()
        self.env.runner.run(lambda: commune.satisfaction(ctx, period), on_done=self._loaded,
                            on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, summary) -> None:
        self.summary = summary
        self.model.set_rows(list(summary.surveys))
        self._show()

    def _show(self) -> None:
        s = self.summary
        if s is None:
            return
        if s.share is None:
            self.satisfaction.setText(self.tr("No satisfaction survey recorded this year (target %1).")
                                      .replace("%1", f"{s.target * 100:.0f}%"))
            return
        text = self.tr("Overall: %1 of %2 people asked are satisfied (%3); target %4: %5.")
        ok = s.share >= s.target - 1e-12
        self.satisfaction.setText(text.replace("%1", str(s.satisfied)).replace("%2", str(s.asked))
                                  .replace("%3", f"{s.share * 100:.1f}%".replace(".", ","))
                                  .replace("%4", f"{s.target * 100:.0f}%")
                                  .replace("%5", self.tr("met") if ok else self.tr("not met")))

    def _args(self) -> dict:
        kind = self.doc.currentData()
        return {"kind": kind, "period": self.period.currentData(),
                "quarter": self.quarter.value() if kind == "quarterly" else None}

    def save(self) -> None:
        a = self._args()
        me = self_unit(self.env.ctx)
        path = self.choose_save(commune.document_file_name(a["kind"], me.name if me else "", a["period"] or "",
                                                           a["quarter"]))
        if not path:
            return
        ctx = self.env.ctx
        self.env.runner.run(lambda: commune.save_document(ctx, a["kind"], path, period=a["period"],
                                                          quarter=a["quarter"]),
                            on_done=lambda doc: self.inform(self.tr("Saved “%1” (%2 pages), number %3.")
                                                            .replace("%1", doc.title).replace("%2", str(doc.pages))
                                                            .replace("%3", doc.number or "—")),
                            on_error=lambda exc, _tb: show_refusal(self, exc), label=self.tr("Printing…"),
                            parent=self)

    def send(self) -> None:
        a = self._args()
        ctx = self.env.ctx
        self.env.runner.run(lambda: commune.send_document(ctx, a["kind"], period=a["period"], quarter=a["quarter"]),
                            on_done=lambda item: self.inform(self.tr("“%1” is in the outbox, waiting to be sent.")
                                                             .replace("%1", item.title)),
                            on_error=lambda exc, _tb: show_refusal(self, exc), label=self.tr("Preparing the package…"),
                            parent=self)


PAGE = PageSpec(key="commune_review", order=24, title=QT_TRANSLATE_NOOP("Navigation", "Review and documents"),
                factory=CommuneReviewPage, available=is_commune, icon="review.svg")
