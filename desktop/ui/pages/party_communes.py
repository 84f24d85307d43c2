"""The Party line's upper level (issue 20 item 3): the communes' Party committees, the reports each
sent for the year, the totals over the communes, and — choosing a commune, then a model — the
criteria with what the commune reported for each. Read-only: the reports are the communes' own.
Invitations for the communes are made here too."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as party_line
from desktop.ui.files import save_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import fit_columns, status_word, value_text
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected

GOOD, WAIT, NONE = ("#d8f0d8", "#1d5e20"), ("#fde9c4", "#7a4b00"), ("#e6e6e6", "#555555")


# The communes table's columns but the last (which takes the rest): a commune's name, its
# connection, its latest report, criteria met, people satisfied, its Youth Union.
_COMMUNE_WIDTHS = (180, 90, 240, 80, 110, 230)


def _share(a: int, b: int) -> str:
    return f"{b}/{a} ({b / a * 100:.1f}%)".replace(".", ",") if a else "—"


class PartyCommunesPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_save = lambda name: save_file(self, self.tr("Save the document"), name, self.tr("PDF (*.pdf)"))
        self.period = QComboBox()
        self.period.setObjectName("party_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("party_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setStyleSheet("font-weight: bold;")
        self.invite_btn = QPushButton()
        self.invite_btn.setObjectName("party_invite")
        self.invite_btn.clicked.connect(lambda: self.open_invitations())
        # The Ban's own paper: its report on the communes for the Thành ủy (Party format, its symbol)
        self.summary_btn = QPushButton()
        self.summary_btn.setObjectName("party_save_summary")
        self.summary_btn.clicked.connect(lambda: self.save_summary())
        # ... read first as a draft: "BẢN NHÁP", no number taken (as the other documents offer)
        self.draft_btn = QPushButton()
        self.draft_btn.setObjectName("party_preview_summary")
        self.draft_btn.clicked.connect(lambda: self.preview_summary())
        self.show_draft = lambda title, pdf: _draft_preview(self, title, pdf).exec()
        self.doc_btn = QPushButton()
        self.doc_btn.setObjectName("party_save_document")
        self.doc_btn.clicked.connect(lambda: self.save_document())

        self.communes = RowsModel(
            [
                Col("name", lambda c: c.name),
                Col("state", lambda c: self._state(c)),
                Col("report", lambda c: self._report(c)),
                Col(
                    "met",
                    lambda c: f"{c.latest.met}/{c.latest.applicable}" if c.latest else "—",
                    sort=lambda c: (c.latest.met / c.latest.applicable) if c.latest and c.latest.applicable else -1,
                ),
                Col("satisfied", lambda c: _share(*c.latest.satisfaction) if c.latest else "—"),
                Col("youth", lambda c: c.youth_vi() if c.latest else "—"),
                Col(
                    "received",
                    lambda c: (
                        ui_formatter().datetime(c.last_received.astimezone().replace(tzinfo=None))
                        if c.last_received
                        else "—"
                    ),
                    sort=lambda c: c.last_received.timestamp() if c.last_received else 0,
                ),
            ]
        )
        self.communes.colours = lambda c, key: (
            (GOOD if c.reviewed else WAIT if c.reports else NONE) if key == "report" else None
        )
        # a cell cut by its column reads in full on hover
        self.communes.tooltip = lambda c, key: (
            self._report(c) if key == "report" else c.youth_vi() if key == "youth" and c.latest else None
        )
        self.communes_view = make_table(self.communes, "party_communes_table")
        self.communes_view.selectionModel().selectionChanged.connect(lambda *_a: self._commune_chosen())

        self.models = RowsModel(
            [
                Col("title", lambda m: m.get("title") or m.get("id")),
                Col(
                    "met",
                    lambda m: f"{m.get('met') or 0}/{m.get('applicable') or 0}",
                    sort=lambda m: m.get("completion_share") or 0,
                ),
                Col("all", lambda m: self._all_communes(m)),
            ]
        )
        self.models.tooltip = lambda m, key: (m.get("title") or None) if key == "title" else None
        self.models_view = make_table(self.models, "party_models_table")
        for col, w in enumerate((230, 50)):
            self.models_view.setColumnWidth(col, w)
        self.models_view.selectionModel().selectionChanged.connect(lambda *_a: self._model_chosen())
        self.criteria = RowsModel(
            [
                Col("title", lambda c: c.get("title") or c.get("id")),
                Col("status", lambda c: status_word(str(c.get("status")))),
                Col("value", lambda c: value_text(c.get("value"))),
                Col("facts", lambda c: c.get("explanation") or ""),
            ]
        )
        self.criteria.colours = lambda c, key: (GOOD if c.get("status") == "met" else WAIT) if key == "status" else None
        self.criteria_view = make_table(self.criteria, "party_criteria_table")
        for col, w in enumerate((300, 110, 80)):
            self.criteria_view.setColumnWidth(col, w)
        self.criteria_view.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("party_commune_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.PlainText)  # names come from the communes' packages: never markup

        self.period_label, self.communes_label = QLabel(), QLabel()
        self.models_label, self.criteria_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.draft_btn)
        top.addWidget(self.summary_btn)
        top.addWidget(self.invite_btn)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.models_label)
        ll.addWidget(self.models_view)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.criteria_label)
        rl.addWidget(self.criteria_view)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 690])
        bottom = QHBoxLayout()
        bottom.addWidget(self.detail, 1)
        bottom.addWidget(self.doc_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)  # the year's figures on a line of their own, read in full
        lay.addWidget(self.communes_label)
        lay.addWidget(self.communes_view, 2)
        lay.addLayout(bottom)
        lay.addWidget(split, 3)
        self.overview = None
        self.retranslate()

    # ------------------------------------------------------------------ page protocol
    def watches(self):
        return ("sync", "unit")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.invite_btn.setText(self.tr("Communes and invitations…"))
        self.doc_btn.setText(self.tr("Save the commune's document…"))
        self.summary_btn.setText(self.tr("Summary report…"))
        self.draft_btn.setText(self.tr("Preview the draft"))
        self.draft_btn.setToolTip(
            self.tr("The summary report as it will print, marked “BẢN NHÁP”: no number is taken from the register")
        )
        self.summary_btn.setToolTip(
            self.tr("The Commission's report on every commune for the year, numbered and ready to sign")
        )
        self.communes_label.setText(
            self.tr(
                "The communes' Party committees (figures from each one's latest report; choose one to read its models):"
            )
        )
        self.models_label.setText(self.tr("Models of the chosen commune:"))
        self.criteria_label.setText(self.tr("Criteria of the chosen model, as the commune reported them:"))
        self.communes.set_titles(
            [
                self.tr("Party committee"),
                self.tr("Connection"),
                self.tr("Latest report"),
                self.tr("Criteria met"),
                self.tr("People satisfied"),
                self.tr("Youth Union"),
                self.tr("Received"),
            ]
        )
        fit_columns(self.communes_view, self.communes, _COMMUNE_WIDTHS)
        self.models.set_titles([self.tr("Model"), self.tr("Met"), self.tr("All communes")])
        self.criteria.set_titles(
            [self.tr("Criterion"), self.tr("Result"), self.tr("Value"), self.tr("What the commune reported")]
        )

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            return party_line.periods(ctx), party_line.overview(ctx, period)

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        labels, self.overview = result
        self.period.blockSignals(True)
        current = self.overview.period
        self.period.clear()
        for label in labels:
            self.period.addItem(label, label)
        self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.period.blockSignals(False)
        self.summary.setText(self.overview.text_vi())
        chosen = self.chosen_commune()
        self.communes.set_rows(list(self.overview.communes))
        self.communes_view.resizeRowsToContents()  # a long Youth Union line wraps rather than being cut
        code = chosen.code if chosen else None
        rows = list(self.overview.communes)
        index = next((i for i, c in enumerate(rows) if c.code == code), 0 if rows else None)
        if index is not None:
            self.select_commune(rows[index].code)
        else:
            self._commune_chosen()

    # ------------------------------------------------------------------ drill-down
    def _all_communes(self, m) -> str:
        """The model over every commune's latest report: "45/73 · 3 xã"."""
        met, app, n = (self.overview.model_totals() if self.overview else {}).get(str(m.get("id")), (0, 0, 0))
        return self.tr("{0}/{1} · {2} communes").format(met, app, n) if n else "—"

    def _state(self, c) -> str:
        if c.connected:
            return self.tr("Connected")
        return self.tr("Invited") if c.invited else self.tr("Not invited")

    def _report(self, c) -> str:
        r = c.latest
        if r is None:
            return self.tr("No report yet")
        number = r.data.get("number")
        return r.kind_vi + (f" — số {number}" if number else "")  # the year is chosen above the table

    def chosen_commune(self):
        return selected(self.communes_view, self.communes)

    def select_commune(self, code: str) -> None:
        for row in range(self.communes.rowCount()):
            if self.communes.row(row).code == code:
                self.communes_view.selectRow(row)
                break
        self._commune_chosen()

    def select_model(self, model_id: str) -> None:
        for row in range(self.models.rowCount()):
            if self.models.row(row).get("id") == model_id:
                self.models_view.selectRow(row)
                break
        self._model_chosen()

    def _commune_chosen(self) -> None:
        c = self.chosen_commune()
        report = c.latest if c else None
        self.models.set_rows(report.models if report else [])
        self.doc_btn.setEnabled(report is not None)
        if c is None:
            self.detail.setText("")
        elif report is None:
            self.detail.setText(self.tr("{0} has not sent a report for {1} yet.").format(c.name, self.overview.period))
        else:
            lines = [f"{c.name}: {report.what_vi}."]
            asked, satisfied = report.satisfaction
            if asked:
                lines.append(self.tr("People satisfied: {0}.").format(_share(asked, satisfied)))
            for y in report.data.get("youth") or []:
                lines.append(
                    self.tr("Youth Union ({0}): {1} branches, {2} eligible as Socialist branches.").format(
                        y.get("name"),
                        y.get("branches") if y.get("branches") is not None else "—",
                        y.get("recognisable") if y.get("recognisable") is not None else "—",
                    )
                )
            others = [r.what_vi for r in c.reports if r is not report]
            if others:
                lines.append(self.tr("Also received: {0}.").format("; ".join(others)))
            self.detail.setText(" ".join(lines))
        if self.models.rowCount():
            self.models_view.selectRow(0)
        self._model_chosen()

    def _model_chosen(self) -> None:
        m = selected(self.models_view, self.models)
        self.criteria.set_rows(party_line.criterion_lines(m) if m else [])
        self.criteria_view.resizeRowsToContents()

    # ------------------------------------------------------------------ actions
    def open_invitations(self):
        from desktop.ui.invitations_dialog import InvitationsDialog

        dlg = InvitationsDialog(self.env, self)
        dlg.exec()
        self.reload()
        return dlg

    def save_document(self) -> None:
        """The PDF the commune attached (its signed original), saved where the user chooses."""
        c = self.chosen_commune()
        report = c.latest if c else None
        if report is None:
            return
        ctx = self.env.ctx

        def write(loaded):
            name, pdf = loaded
            path = self.choose_save(name)
            if not path:
                return
            from pathlib import Path

            from desktop.sync.files import atomic_write

            self.env.runner.run(
                lambda: atomic_write(Path(path), pdf),
                parent=self,
                on_done=lambda _r: self.inform(self.tr("Saved: {0}").format(path)),
                on_error=lambda exc, _tb: show_refusal(self, exc),
            )

        self.env.runner.run(
            lambda: party_line.report_document(ctx, report),
            on_done=write,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def preview_summary(self) -> None:
        """The Ban's report on the communes as a draft, read before it is issued with a number."""
        if self.overview is None:
            return
        ctx, period = self.env.ctx, self.overview.period
        self.env.runner.run(
            lambda: party_line.summary_document(ctx, period, draft=True),
            on_done=lambda doc: self.show_draft(doc.title, doc.pdf),
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Printing…"),
            parent=self,
        )

    def save_summary(self) -> None:
        """The Ban's report on the communes of the chosen year, issued (numbered in its register)
        and saved where the person chooses."""
        if self.overview is None:
            return
        ctx, period = self.env.ctx, self.overview.period
        path = self.choose_save(party_line.summary_file_name(period))
        if not path:
            return
        self.env.runner.run(
            lambda: party_line.save_summary(ctx, path, period=period),
            parent=self,
            on_done=lambda doc: self.inform(self.tr("Saved: {0} (No. {1})").format(path, doc.number)),
            on_error=lambda exc, _tb: show_refusal(self, exc),
        )

    def inform(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Communes"), text)


def _draft_preview(parent, title: str, pdf: bytes):
    from desktop.ui.pages.commune_review import DraftPreview

    return DraftPreview(parent, title, pdf)


PAGE = PageSpec(
    key="party_communes",
    order=5,
    title=QT_TRANSLATE_NOOP("Navigation", "Communes"),
    factory=PartyCommunesPage,
    available=party_line.available,
    icon="dashboard.svg",
)
