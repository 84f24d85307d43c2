"""Commune: yearly review and Party-format documents (issue 10 items 4, 5; BRIEF §7 D12–D13):
the satisfaction summary, then print the registration for the year's models, the action
programme, a quarterly report or the yearly review ("sơ kết"), or send it upward as a package.

Issue 20 items 1 and 9: the registration dialog; a draft preview that spends no number; the date
the document is issued on; the committee's own "bài học kinh nghiệm" and "phương hướng"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as commune
from desktop.services import commune_party as commune_register
from desktop.ui.files import save_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table

DOCS = (
    ("registration", QT_TRANSLATE_NOOP("CommuneReviewPage", "Registration for the year's models (…-ĐK/ĐU)")),
    ("programme", QT_TRANSLATE_NOOP("CommuneReviewPage", "Action programme (…-CTr/ĐU)")),
    ("quarterly", QT_TRANSLATE_NOOP("CommuneReviewPage", "Quarterly report (…-BC/ĐU)")),
    ("review", QT_TRANSLATE_NOOP("CommuneReviewPage", "Yearly review “sơ kết” (…-BC/ĐU)")),
)


class DraftPreview(QDialog):
    """The pages of a draft (no number spent), to read before issuing."""

    def __init__(self, parent, title: str, pdf: bytes):
        import pypdfium2

        from desktop.ui.preview import page_image

        super().__init__(parent)
        self.setObjectName("commune_draft_preview")
        self.setWindowTitle(self.tr("Draft — no number taken: %1").replace("%1", title))
        inner = QWidget()
        col = QVBoxLayout(inner)
        doc = pypdfium2.PdfDocument(pdf)
        self.pages = len(doc)
        from PySide6.QtGui import QPixmap

        for i in range(self.pages):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(page_image(doc, i, 1.0)))
            col.addWidget(label)
        doc.close()
        scroll = QScrollArea()
        scroll.setWidget(inner)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        from desktop.ui.screen import fit_to_screen

        fit_to_screen(self, 700, 740)


class CommuneReviewPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_save = lambda name: save_file(self, self.tr("Save the PDF"), name, self.tr("PDF (*.pdf)"))
        self.choose_package_save = lambda name: save_file(
            self, self.tr("Save the file to send by Zalo/USB"), name, self.tr("Sổ Thi Đua packages (*.stpkg)")
        )
        self.sent_item = None
        self.inform = lambda text: QMessageBox.information(self, self.windowTitle(), text)
        self.show_draft = lambda title, pdf: DraftPreview(self, title, pdf).exec()
        self.make_register_dialog = lambda view: __import__(
            "desktop.ui.commune_register_dialog", fromlist=["RegistrationDialog"]
        ).RegistrationDialog(self, view)
        self.period = period_combo(env.ctx, "commune_review_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.satisfaction = QLabel()
        self.satisfaction.setObjectName("commune_satisfaction")
        self.satisfaction.setWordWrap(True)
        self.model = RowsModel(
            [
                Col("date", lambda g: f"{g.on_date:%d/%m/%Y}", sort=lambda g: g.on_date),
                Col("title", lambda g: g.title),
                Col("asked", lambda g: str(g.received), sort=lambda g: g.received, right=True),
                Col("satisfied", lambda g: str(g.answered), sort=lambda g: g.answered, right=True),
                Col(
                    "share", lambda g: f"{g.answered / g.received * 100:.1f}%".replace(".", ",") if g.received else "—"
                ),
            ]
        )
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
        t = env.ctx.today()
        self.issued = QDateEdit(QDate(t.year, t.month, t.day))
        self.issued.setObjectName("commune_doc_date")
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat("dd/MM/yyyy")
        self.draft_btn = QPushButton()
        self.draft_btn.setObjectName("commune_doc_draft")
        self.draft_btn.clicked.connect(lambda: self.preview_draft())
        self.register_btn = QPushButton()
        self.register_btn.setObjectName("commune_register")
        self.register_btn.clicked.connect(lambda: self.register())
        self.register_state = QLabel()
        self.register_state.setObjectName("commune_register_summary")
        self.register_state.setWordWrap(True)
        self.texts_box = QGroupBox()
        self.lessons = QPlainTextEdit()
        self.lessons.setObjectName("commune_review_lessons")
        self.lessons.setTabChangesFocus(True)
        self.directions = QPlainTextEdit()
        self.directions.setObjectName("commune_review_directions")
        self.directions.setTabChangesFocus(True)
        self.texts_btn = QPushButton()
        self.texts_btn.setObjectName("commune_review_texts_save")
        self.texts_btn.clicked.connect(lambda: self.save_texts())
        self.lessons_label, self.directions_label = QLabel(), QLabel()
        tb = QHBoxLayout(self.texts_box)
        c1, c2 = QVBoxLayout(), QVBoxLayout()
        c1.addWidget(self.lessons_label)
        c1.addWidget(self.lessons)
        c2.addWidget(self.directions_label)
        c2.addWidget(self.directions)
        c2.addWidget(self.texts_btn)
        tb.addLayout(c1)
        tb.addLayout(c2)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("commune_doc_save")
        self.save_btn.clicked.connect(lambda: self.save())
        self.send_btn = QPushButton()
        self.send_btn.setObjectName("commune_doc_send")
        self.send_btn.clicked.connect(lambda: self.send())
        self.period_label, self.doc_label, self.quarter_label, self.surveys_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.issued_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.register_state, 1)
        top.addWidget(self.register_btn)
        docs = QHBoxLayout()
        docs.addWidget(self.doc_label)
        docs.addWidget(self.doc, 1)
        docs.addWidget(self.quarter_label)
        docs.addWidget(self.quarter)
        docs.addWidget(self.issued_label)
        docs.addWidget(self.issued)
        docs2 = QHBoxLayout()
        docs2.addStretch(1)
        docs2.addWidget(self.draft_btn)
        docs2.addWidget(self.save_btn)
        docs2.addWidget(self.send_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.surveys_label)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.satisfaction)
        lay.addWidget(self.texts_box, 1)
        lay.addLayout(docs)
        lay.addLayout(docs2)
        self.summary = None
        self.retranslate()

    def watches(self):
        return ("commune", "settings")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.surveys_label.setText(self.tr("Satisfaction surveys of the year (the yardstick of the review):"))
        self.doc_label.setText(self.tr("Document:"))
        self.quarter_label.setText(self.tr("Quarter:"))
        self.save_btn.setText(self.tr("Issue and save as PDF…"))
        self.draft_btn.setText(self.tr("Preview the draft"))
        self.issued_label.setText(self.tr("Dated:"))
        self.register_btn.setText(self.tr("Register for the models…"))
        self.texts_box.setTitle(self.tr("Written by the committee for the yearly review"))
        self.lessons_label.setText(self.tr("Lessons learned:"))
        self.directions_label.setText(self.tr("Directions for next year (one per line):"))
        self.texts_btn.setText(self.tr("Save what was written"))
        self.send_btn.setText(self.tr("Send to the level above"))
        for i, (_key, title) in enumerate(DOCS):
            self.doc.setItemText(i, self.tr(title))
        self.model.set_titles(
            [self.tr("Date"), self.tr("Survey"), self.tr("Asked"), self.tr("Satisfied"), self.tr("Share")]
        )
        self._show()

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            return (
                commune.satisfaction(ctx, period),
                commune_register.registration(ctx, period),
                commune.review_texts(ctx, period),
            )

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        self.summary, self.reg_view, texts = result
        self.model.set_rows(list(self.summary.surveys))
        self.lessons.setPlainText(texts["lessons"])
        self.directions.setPlainText(texts["directions"])
        reg = self.reg_view.registration
        chosen = sum(1 for c in self.reg_view.choices if c.chosen)
        self.register_state.setText(
            self.tr("Registered on %1 for %2 model(s).")
            .replace("%1", f"{reg.registered_on:%d/%m/%Y}")
            .replace("%2", str(chosen))
            if reg.registered
            else self.tr("Not registered for %1 yet.").replace("%1", reg.period)
        )
        self._show()

    def register(self) -> None:
        view = getattr(self, "reg_view", None)
        if view is None:
            return
        dlg = self.make_register_dialog(view)
        if dlg.exec() != QDialog.Accepted:
            return
        ctx, period, models = self.env.ctx, view.registration.period, dlg.chosen()
        dvk, note = dlg.dvk.text(), dlg.note.text()
        self.env.runner.run(
            lambda: commune_register.register(ctx, period, models, dvk_model=dvk, note=note),
            on_done=self.env.bus.emit,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def save_texts(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()
        lessons, directions = self.lessons.toPlainText(), self.directions.toPlainText()
        self.env.runner.run(
            lambda: commune.set_review_texts(ctx, period, lessons=lessons, directions=directions),
            on_done=self.env.bus.emit,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def _issued_on(self) -> date:
        d = self.issued.date()
        return date(d.year(), d.month(), d.day())

    def preview_draft(self) -> None:
        a = self._args()
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: commune.generate_document(
                ctx, a["kind"], period=a["period"], quarter=a["quarter"], draft=True, issued_on=self._issued_on()
            ),
            on_done=lambda doc: self.show_draft(doc.title, doc.pdf),
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Printing…"),
            parent=self,
        )

    def _show(self) -> None:
        s = self.summary
        if s is None:
            return
        if s.share is None:
            self.satisfaction.setText(
                self.tr("No satisfaction survey recorded this year (target %1).").replace(
                    "%1", f"{s.target * 100:.0f}%"
                )
            )
            return
        text = self.tr("Overall: %1 of %2 people asked are satisfied (%3); target %4: %5.")
        ok = s.share >= s.target - 1e-12
        self.satisfaction.setText(
            text.replace("%1", str(s.satisfied))
            .replace("%2", str(s.asked))
            .replace("%3", f"{s.share * 100:.1f}%".replace(".", ","))
            .replace("%4", f"{s.target * 100:.0f}%")
            .replace("%5", self.tr("met") if ok else self.tr("not met"))
        )

    def _args(self) -> dict:
        kind = self.doc.currentData()
        return {
            "kind": kind,
            "period": self.period.currentData(),
            "quarter": self.quarter.value() if kind == "quarterly" else None,
        }

    def save(self) -> None:
        a = self._args()
        path = self.choose_save(commune.document_file_name(self.env.ctx, a["kind"], a["period"], a["quarter"]))
        if not path:
            return
        ctx, issued = self.env.ctx, self._issued_on()
        self.env.runner.run(
            lambda: commune.save_document(
                ctx, a["kind"], path, period=a["period"], quarter=a["quarter"], issued_on=issued
            ),
            on_done=lambda doc: self.inform(
                self.tr("Saved “%1” (%2 pages), number %3.")
                .replace("%1", doc.title)
                .replace("%2", str(doc.pages))
                .replace("%3", doc.number or "—")
            ),
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Printing…"),
            parent=self,
        )

    def send(self) -> None:
        """Put the document in the outbox as a package to the upper level (joined by its invitation),
        tell the whole window (the status bar counts it at once), then offer to save the file to send
        by Zalo or on a USB stick; without a file it stays in "Gửi – nhận"."""
        from desktop.services import exchange as sending
        from desktop.services.changes import Changes

        a = self._args()
        ctx, issued = self.env.ctx, self._issued_on()

        def queued(item):
            self.env.bus.emit(Changes.of("sync", "documents"))
            self.sent_item = item
            path = self.choose_package_save(sending.file_name_for(ctx, item))
            if not path:
                self.inform(
                    self.tr("“%1” is in the outbox, waiting to be sent (Send and receive).").replace("%1", item.title)
                )
                return
            from pathlib import Path

            self.env.runner.run(
                lambda: sending.save_file(ctx, item.package_id, Path(path)),
                on_done=lambda where: (
                    self.env.bus.emit(Changes.of("sync")),
                    self.inform(
                        self.tr("Saved “%1”: send this file to the upper level by Zalo, e-mail or USB.").replace(
                            "%1", str(where)
                        )
                    ),
                ),
                on_error=lambda exc, _tb: show_refusal(self, exc),
                parent=self,
            )

        self.env.runner.run(
            lambda: commune.send_document(ctx, a["kind"], period=a["period"], quarter=a["quarter"], issued_on=issued),
            on_done=queued,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Preparing the package…"),
            parent=self,
        )


PAGE = PageSpec(
    key="commune_review",
    order=24,
    title=QT_TRANSLATE_NOOP("Navigation", "Review and documents"),
    factory=CommuneReviewPage,
    available=is_commune,
    icon="review.svg",
)
