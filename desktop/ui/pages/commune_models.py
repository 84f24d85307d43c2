"""Commune: models and indicators (issue 10 items 1, 3): every catalog the committee reports on
(the city's models and its own local models), evaluated from the logs with what is missing;
record a value or a judgement; add a local model from a JSON file."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as commune
from desktop.ui.files import open_file, open_files
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo, status_word, value_text
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected
from desktop.ui.writes import run_write
from desktop.i18n.catalogue import say


class CommuneModelsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_file = lambda: open_file(self, self.tr("Local model file"), self.tr("JSON (*.json)"))
        self.evaluation = None
        self.units: dict[str, str | None] = {}  # criterion id -> unit ("share" shows a percentage)
        self.refs: dict[str, str] = {}  # criterion id -> its number for a person (desktop/domain/commune.py)
        self.campaign = QComboBox()
        self.campaign.setObjectName("commune_campaign")
        self.campaign.currentIndexChanged.connect(lambda _i: self.reload())
        self.period = period_combo(env.ctx, "commune_models_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_model_btn = QPushButton()
        self.add_model_btn.setObjectName("commune_add_model")
        self.add_model_btn.clicked.connect(lambda: self.add_model())
        self.build_model_btn = QPushButton()
        self.build_model_btn.setObjectName("commune_build_model")
        self.build_model_btn.clicked.connect(lambda: self.build_model())
        self.make_model_dialog = lambda: __import__(
            "desktop.ui.commune_model_dialog", fromlist=["LocalModelDialog"]
        ).LocalModelDialog(self)
        self.summary = QLabel()
        self.summary.setObjectName("commune_models_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [
                Col("id", lambda r: self.refs.get(r.id, r.id)),
                Col("title", lambda r: r.title_vi),
                Col("value", lambda r: value_text(r.value, self.units.get(r.id))),
                Col("threshold", lambda r: value_text(r.threshold, self.units.get(r.id))),
                Col("status", lambda r: status_word(r.status)),
                Col("missing", lambda r: say(r.explanation)),
            ]
        )
        self.model.tooltip = lambda r, key: say(r.explanation) if key in ("missing", "title") else None
        self.view = make_table(self.model, "commune_criteria_table")
        for col, w in enumerate((80, 330, 80, 80, 120)):
            self.view.setColumnWidth(col, w)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("commune_value")
        self.value.setDecimals(3)
        self.value.setRange(0, 1_000_000)
        self.note = QLineEdit()
        self.note.setObjectName("commune_value_note")
        # Who assessed, and the evidence recorded with the value or judgement (issue 20 item 5).
        self.assessor = QLineEdit()
        self.assessor.setObjectName("commune_value_assessor")
        self.files: list[str] = []
        self.files_btn = QPushButton()
        self.files_btn.setObjectName("commune_value_files")
        self.files_btn.clicked.connect(lambda: self.choose_evidence())
        self.choose_evidence_files = lambda: open_files(
            self,
            self.tr("Evidence files"),
            self.tr("Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)"),
        )
        self.record_btn = QPushButton()
        self.record_btn.setObjectName("commune_record_value")
        self.record_btn.clicked.connect(lambda: self.record(value=self.value.value()))
        self.met_btn = QPushButton()
        self.met_btn.setObjectName("commune_judge_met")
        self.met_btn.clicked.connect(lambda: self.record(verdict="met"))
        self.not_met_btn = QPushButton()
        self.not_met_btn.setObjectName("commune_judge_not_met")
        self.not_met_btn.clicked.connect(lambda: self.record(verdict="not_met"))
        self.campaign_label, self.period_label, self.value_label, self.note_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        top = QHBoxLayout()
        top.addWidget(self.campaign_label)
        top.addWidget(self.campaign, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.build_model_btn)
        top.addWidget(self.add_model_btn)
        bottom = QHBoxLayout()
        bottom.addWidget(self.value_label)
        bottom.addWidget(self.value)
        bottom.addWidget(self.record_btn)
        bottom.addWidget(self.note_label)
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.met_btn)
        bottom.addWidget(self.not_met_btn)
        self.assessor_label = QLabel()
        who = QHBoxLayout()
        who.addWidget(self.assessor_label)
        who.addWidget(self.assessor, 1)
        who.addWidget(self.files_btn)
        who.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        lay.addLayout(bottom)
        lay.addLayout(who)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._value_unit())
        self.retranslate()
        self._fill_campaigns()

    def watches(self):
        return ("commune", "settings")

    def retranslate(self) -> None:
        self.campaign_label.setText(self.tr("Model:"))
        self.period_label.setText(self.tr("Year:"))
        self.add_model_btn.setText(self.tr("From a file…"))
        self.add_model_btn.setToolTip(self.tr("Add a local model from a file in the criteria catalog format"))
        self.build_model_btn.setText(self.tr("New local model…"))
        self.value_label.setText(self.tr("Measured value:"))
        self.record_btn.setText(self.tr("Record the value"))
        self.note_label.setText(self.tr("Note:"))
        self.met_btn.setText(self.tr("Judge met"))
        self.not_met_btn.setText(self.tr("Judge not met"))
        self.assessor_label.setText(self.tr("Assessed by (full name):"))
        self.files_btn.setText(
            self.tr("Evidence files…")
            if not self.files
            else self.tr("%1 evidence file(s) to record").replace("%1", str(len(self.files)))
        )
        self.model.set_titles(
            [
                self.tr("Code"),
                self.tr("Criterion"),
                self.tr("Value"),
                self.tr("Target"),
                self.tr("Status"),
                self.tr("What is missing"),
            ]
        )
        self._show_summary()

    def _fill_campaigns(self) -> None:
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for cid, cat in commune.commune_catalogs(self.env.ctx).items():
            self.campaign.addItem(cat.title_vi, cid)
        i = self.campaign.findData(current)
        self.campaign.setCurrentIndex(max(i, 0))
        self.campaign.blockSignals(False)

    def activate(self, **kw) -> None:
        i = self.campaign.findData(kw.get("campaign")) if kw.get("campaign") else -1
        if i >= 0 and i != self.campaign.currentIndex():
            self.campaign.setCurrentIndex(i)  # its change signal reloads
            return
        self.reload()

    def reload(self) -> None:
        cid = self.campaign.currentData()
        if not cid:
            return
        ctx, period = self.env.ctx, self.period.currentData()
        self.units = {c.id: c.unit for c in commune.catalog(ctx, cid).criteria}
        # a local model's criteria by their place in it, never the code the app made up for them
        self.refs = commune.criterion_refs(ctx, cid)
        self.env.runner.run(
            lambda: commune.evaluate(ctx, cid, period),
            on_done=self._loaded,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def _loaded(self, ev) -> None:
        self.evaluation = ev
        self.model.set_rows(list(ev.criteria))
        self._show_summary()

    def _show_summary(self) -> None:
        ev = self.evaluation
        if ev is None:
            self.summary.setText("")
            return
        counts = ev.counts()
        self.summary.setText(
            self.tr("%1 of %2 applicable criteria met (%3). At risk: %4. Not met: %5. Needs a judgement: %6.")
            .replace("%1", str(ev.met))
            .replace("%2", str(ev.applicable))
            .replace("%3", f"{ev.completion_share * 100:.0f}%")
            .replace("%4", str(counts["at_risk"]))
            .replace("%5", str(counts["not_met"]))
            .replace("%6", str(counts["needs_judgement"]))
        )

    def _is_share(self) -> bool:
        row = selected(self.view, self.model)
        return row is not None and self.units.get(row.id) == "share"

    def _value_unit(self) -> None:
        """A share is typed as a percentage (85 %), never as 0,850."""
        if self._is_share():
            self.value.setDecimals(1)
            self.value.setRange(0, 100)
            self.value.setSuffix(" %")
        else:
            self.value.setSuffix("")
            self.value.setDecimals(3)
            self.value.setRange(0, 1_000_000)

    def choose_evidence(self) -> None:
        self.files = list(self.choose_evidence_files() or [])
        self.retranslate()

    def record(self, *, value=None, verdict=None) -> None:
        row = selected(self.view, self.model)
        if row is None:
            show_refusal(self, DomainError(self.tr("Choose a criterion in the table first.")))
            return
        if value is not None and self.units.get(row.id) == "share":
            value = round(value / 100, 6)
        ctx, cid, period = self.env.ctx, self.campaign.currentData(), self.period.currentData()
        note, assessor, files = self.note.text().strip(), self.assessor.text().strip(), tuple(self.files)

        def done(changes):
            self.note.clear()
            self.files = []
            self.retranslate()
            self.env.bus.emit(changes)

        self.env.runner.run(
            lambda: commune.record_value(
                ctx, cid, row.id, period, value=value, verdict=verdict, note=note, assessor=assessor, attachments=files
            ),
            on_done=done,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def build_model(self) -> None:
        from PySide6.QtWidgets import QDialog

        dlg = self.make_model_dialog()
        if dlg.exec() != QDialog.Accepted:
            return
        ctx, title, criteria = self.env.ctx, dlg.title.text(), dlg.criteria()

        def done(result):
            cat, changes = result
            self._fill_campaigns()
            self.campaign.setCurrentIndex(self.campaign.findData(cat.id))
            self.env.bus.emit(changes)

        self.env.runner.run(
            lambda: commune.create_local_model_from_form(ctx, title, criteria),
            on_done=done,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def add_model(self) -> None:
        path = self.choose_file()
        if not path:
            return
        ctx = self.env.ctx

        def added(result):
            self._fill_campaigns()
            self.campaign.setCurrentIndex(self.campaign.findData(result[0].id))

        run_write(self, lambda: commune.create_local_model_from_file(ctx, path), then=added)


PAGE = PageSpec(
    key="commune_models",
    order=21,
    title=QT_TRANSLATE_NOOP("Navigation", "Models and indicators"),
    factory=CommuneModelsPage,
    available=is_commune,
    icon="models.svg",
)
