"""Commune: "Dân vận khéo" models as records (issue 20 item 8): every year each commune has a
model tied to its work — its content, who runs it, its field, result and recognition. DVK-1
counts the models built in the year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain.commune import DVK_FIELDS, DvkModel
from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as rec
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.writes import run_write
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected


class DvkDialog(QDialog):
    def __init__(self, parent, today: date, model: DvkModel | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("“Dân vận khéo” model"))
        self.model_id = model.id if model else None
        self.name = QLineEdit(model.name if model else "")
        self.name.setObjectName("dvk_name")
        self.field = QComboBox()
        self.field.setObjectName("dvk_field")
        for k, label in DVK_FIELDS.items():
            self.field.addItem(label, k)
        if model:
            self.field.setCurrentIndex(max(self.field.findData(model.field), 0))
        self.owner = QLineEdit(model.owner if model else "")
        self.owner.setObjectName("dvk_owner")
        d = model.started_on if model else today
        self.started = QDateEdit(QDate(d.year, d.month, d.day))
        self.started.setObjectName("dvk_started")
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat("dd/MM/yyyy")
        self.content = QPlainTextEdit(model.content if model else "")
        self.content.setObjectName("dvk_content")
        self.content.setTabChangesFocus(True)
        self.result = QPlainTextEdit(model.result if model else "")
        self.result.setObjectName("dvk_result")
        self.result.setTabChangesFocus(True)
        self.recognition = QLineEdit(model.recognition if model else "")
        self.recognition.setObjectName("dvk_recognition")
        self.recognition.setPlaceholderText(self.tr("e.g. Commended by the Party committee, 2026"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name of the model:"), self.name)
        form.addRow(self.tr("Field:"), self.field)
        form.addRow(self.tr("Run by:"), self.owner)
        form.addRow(self.tr("Started on:"), self.started)
        form.addRow(self.tr("Content:"), self.content)
        form.addRow(self.tr("Result:"), self.result)
        form.addRow(self.tr("Recognition:"), self.recognition)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 480)

    def value(self) -> DvkModel:
        d = self.started.date()
        return DvkModel(
            self.model_id,
            self.name.text(),
            self.field.currentData(),
            self.owner.text(),
            date(d.year(), d.month(), d.day()),
            self.content.toPlainText(),
            self.result.toPlainText(),
            self.recognition.text(),
        )


class CommuneDvkPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.make_dialog = lambda model=None: DvkDialog(self, env.ctx.today(), model)
        self.confirm = lambda text: QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.Yes
        self.period = period_combo(env.ctx, "commune_dvk_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsModel(
            [
                Col("started", lambda m: f"{m.started_on:%d/%m/%Y}", sort=lambda m: m.started_on),
                Col("name", lambda m: m.name),
                Col("field", lambda m: DVK_FIELDS.get(m.field, m.field)),
                Col("owner", lambda m: m.owner),
                Col("result", lambda m: m.result),
                Col("recognition", lambda m: m.recognition or "—"),
            ]
        )
        self.model.tooltip = lambda m, key: m.content if key == "name" else None
        self.view = make_table(self.model, "commune_dvk_table")
        for col, w in enumerate((90, 260, 150, 160, 200)):
            self.view.setColumnWidth(col, w)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.summary = QLabel()
        self.summary.setObjectName("commune_dvk_summary")
        self.summary.setWordWrap(True)
        self.add_btn, self.edit_btn, self.delete_btn = QPushButton(), QPushButton(), QPushButton()
        self.add_btn.setObjectName("commune_dvk_add")
        self.edit_btn.setObjectName("commune_dvk_edit")
        self.delete_btn.setObjectName("commune_dvk_delete")
        self.add_btn.clicked.connect(lambda: self.add())
        self.edit_btn.clicked.connect(lambda: self.edit())
        self.delete_btn.clicked.connect(lambda: self.delete())
        self.period_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.add_btn)
        top.addWidget(self.edit_btn)
        top.addWidget(self.delete_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        self.retranslate()

    def watches(self):
        return ("commune",)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.add_btn.setText(self.tr("Add a model…"))
        self.edit_btn.setText(self.tr("Edit…"))
        self.delete_btn.setText(self.tr("Delete"))
        self.model.set_titles(
            [
                self.tr("Started"),
                self.tr("Model"),
                self.tr("Field"),
                self.tr("Run by"),
                self.tr("Result"),
                self.tr("Recognition"),
            ]
        )

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()
        self.env.runner.run(
            lambda: rec.dvk_models(ctx, period),
            on_done=self._loaded,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )

    def _loaded(self, models) -> None:
        self.model.set_rows(models)
        if models:
            self.summary.setText(
                self.tr(
                    "%1 “Dân vận khéo” model(s) built this year: the year's requirement (at least one) is met."
                ).replace("%1", str(len(models)))
            )
        else:
            self.summary.setText(
                self.tr(
                    "No “Dân vận khéo” model recorded this year: every commune needs at "
                    "least one each year, tied to its work."
                )
            )

    def _save(self, dlg) -> None:
        if dlg.exec() != QDialog.Accepted:
            return
        m, ctx = dlg.value(), self.env.ctx
        run_write(self, lambda: rec.save_dvk(ctx, m))

    def add(self) -> None:
        self._save(self.make_dialog())

    def edit(self) -> None:
        m = selected(self.view, self.model)
        if m is None:
            show_refusal(self, DomainError(self.tr("Choose a model in the table first.")))
            return
        self._save(self.make_dialog(m))

    def delete(self) -> None:
        m = selected(self.view, self.model)
        if m is None or not self.confirm(self.tr("Delete the model “%1”?").replace("%1", m.name)):
            return
        ctx = self.env.ctx
        run_write(self, lambda: rec.delete_dvk(ctx, m.id))


PAGE = PageSpec(
    key="commune_dvk",
    order=28,
    title=QT_TRANSLATE_NOOP("Navigation", "Dân vận khéo models"),
    factory=CommuneDvkPage,
    available=is_commune,
    icon="models.svg",
)
