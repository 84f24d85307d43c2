"""Commune: the action programme (issue 10 item 2; BRIEF §7 D12): tasks per model with lead
agency, deadline, expected output and progress. A task can be corrected or deleted (kept in the
change history) and linked to the indicator that completes it: once the indicator is met the task
is done, with the indicator's figures as its progress note (issue 20 item 5)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.commune import TASK_STATES, ProgrammeTask
from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as commune
from desktop.services import commune_party as rec
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected
from desktop.ui.writes import run_write


class CommuneProgrammePage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.titles: dict[str, str] = {}
        self.cats: dict = {}
        self.editing: ProgrammeTask | None = None
        self.confirm = lambda text: QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.Yes
        self.period = period_combo(env.ctx, "commune_programme_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        today = env.ctx.today
        self.model = RowsModel(
            [
                Col("model", lambda t: self.titles.get(t.campaign_id, t.campaign_id)),
                Col("title", lambda t: t.title),
                Col("lead", lambda t: t.lead_agency),
                Col(
                    "deadline",
                    lambda t: f"{t.deadline:%d/%m/%Y}" if t.deadline else "—",
                    sort=lambda t: t.deadline or date.max,
                ),
                Col("output", lambda t: t.expected_output),
                Col("progress", lambda t: f"{t.progress}%", sort=lambda t: t.progress, right=True),
                Col("state", lambda t: TASK_STATES[t.state(today())]),
            ]
        )
        self.view = make_table(self.model, "commune_tasks_table")
        for col, w in enumerate((160, 290, 150, 90, 150, 70)):
            self.view.setColumnWidth(col, w)
        self.campaign = QComboBox()
        self.campaign.setObjectName("commune_task_campaign")
        self.campaign.currentIndexChanged.connect(lambda _i: self._fill_criteria())
        self.criterion = QComboBox()
        self.criterion.setObjectName("commune_task_criterion")
        self.title = QLineEdit()
        self.title.setObjectName("commune_task_title")
        self.lead = QLineEdit()
        self.lead.setObjectName("commune_task_lead")
        self.deadline = QDateEdit()
        self.deadline.setObjectName("commune_task_deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        t = env.ctx.today()
        self.deadline.setDate(QDate(t.year, 12, 31))
        self.output = QLineEdit()
        self.output.setObjectName("commune_task_output")
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("commune_task_add")
        self.add_btn.clicked.connect(lambda: self.add())
        self.progress = QSpinBox()
        self.progress.setObjectName("commune_task_progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")
        self.progress_note = QLineEdit()
        self.progress_note.setObjectName("commune_task_progress_note")
        self.progress_btn = QPushButton()
        self.progress_btn.setObjectName("commune_task_set_progress")
        self.progress_btn.clicked.connect(lambda: self.set_progress())
        self.edit_btn = QPushButton()
        self.edit_btn.setObjectName("commune_task_edit")
        self.edit_btn.clicked.connect(lambda: self.edit())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("commune_task_delete")
        self.delete_btn.clicked.connect(lambda: self.delete())
        self.cancel_btn = QPushButton()
        self.cancel_btn.setObjectName("commune_task_cancel_edit")
        self.cancel_btn.clicked.connect(lambda: self.stop_editing())
        self.cancel_btn.setVisible(False)
        self.labels = {k: QLabel() for k in ("period", "title", "lead", "deadline", "output", "progress", "criterion")}
        top = QHBoxLayout()
        top.addWidget(self.labels["period"])
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.labels["progress"])
        top.addWidget(self.progress)
        top.addWidget(self.progress_note, 1)
        top.addWidget(self.progress_btn)
        top.addWidget(self.edit_btn)
        top.addWidget(self.delete_btn)
        f1 = QHBoxLayout()
        f1.addWidget(self.campaign, 1)
        f1.addWidget(self.labels["title"])
        f1.addWidget(self.title, 2)
        f1.addWidget(self.labels["criterion"])
        f1.addWidget(self.criterion, 1)
        f2 = QHBoxLayout()
        f2.addWidget(self.labels["lead"])
        f2.addWidget(self.lead, 1)
        f2.addWidget(self.labels["deadline"])
        f2.addWidget(self.deadline)
        f2.addWidget(self.labels["output"])
        f2.addWidget(self.output, 1)
        f2.addWidget(self.add_btn)
        f2.addWidget(self.cancel_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(f1)
        lay.addLayout(f2)
        self.retranslate()

    def watches(self):
        return ("commune",)

    def retranslate(self) -> None:
        self.labels["period"].setText(self.tr("Year:"))
        self.labels["title"].setText(self.tr("Task:"))
        self.labels["lead"].setText(self.tr("Lead agency:"))
        self.labels["deadline"].setText(self.tr("Deadline:"))
        self.labels["output"].setText(self.tr("Expected output:"))
        self.labels["progress"].setText(self.tr("Progress of the selected task:"))
        self.progress_note.setPlaceholderText(self.tr("What has been done"))
        self.progress_btn.setText(self.tr("Save progress"))
        self.add_btn.setText(self.tr("Save the correction") if self.editing else self.tr("Add the task"))
        self.cancel_btn.setText(self.tr("Cancel the correction"))
        self.edit_btn.setText(self.tr("Correct…"))
        self.delete_btn.setText(self.tr("Delete"))
        self.labels["criterion"].setText(self.tr("Done when:"))
        self.criterion.setToolTip(self.tr("The indicator that completes the task: once it is met, the task is done"))
        if self.criterion.count():
            self.criterion.setItemText(0, self.tr("(progress typed by hand)"))
        self.model.set_titles(
            [
                self.tr("Model"),
                self.tr("Task"),
                self.tr("Lead agency"),
                self.tr("Deadline"),
                self.tr("Expected output"),
                self.tr("Progress"),
                self.tr("State"),
            ]
        )

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            return commune.commune_catalogs(ctx), commune.tasks(ctx, period)

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _fill_criteria(self, current: str | None = None) -> None:
        cat = self.cats.get(self.campaign.currentData())
        self.criterion.clear()
        self.criterion.addItem(self.tr("(progress typed by hand)"), None)
        for c in cat.criteria if cat else ():
            self.criterion.addItem(f"{c.title_vi}", c.id)
        self.criterion.setCurrentIndex(max(self.criterion.findData(current), 0) if current else 0)

    def _loaded(self, result) -> None:
        cats, tasks = result
        self.cats = cats
        self.titles = {cid: c.title_vi for cid, c in cats.items()}
        current = self.campaign.currentData()
        self.campaign.clear()
        for cid, title in self.titles.items():
            self.campaign.addItem(title, cid)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.model.set_rows(tasks)

    def add(self) -> None:
        d = self.deadline.date()
        editing = self.editing
        task = ProgrammeTask(
            editing.id if editing else None,
            self.period.currentData(),
            self.campaign.currentData() or "",
            self.title.text().strip(),
            self.lead.text().strip(),
            date(d.year(), d.month(), d.day()),
            self.output.text().strip(),
            editing.progress if editing else 0,
            editing.progress_note if editing else "",
            self.criterion.currentData(),
        )
        ctx = self.env.ctx
        work = (lambda: rec.update_task(ctx, task)) if editing else (lambda: commune.add_task(ctx, task)[1])

        run_write(self, work, then=lambda _changes: self.stop_editing())

    def edit(self) -> None:
        t = selected(self.view, self.model)
        if t is None:
            show_refusal(self, DomainError(self.tr("Choose a task in the table first.")))
            return
        self.editing = t
        self.campaign.setCurrentIndex(max(self.campaign.findData(t.campaign_id), 0))
        self._fill_criteria(t.criterion_id)
        self.title.setText(t.title)
        self.lead.setText(t.lead_agency)
        if t.deadline:
            self.deadline.setDate(QDate(t.deadline.year, t.deadline.month, t.deadline.day))
        self.output.setText(t.expected_output)
        self.cancel_btn.setVisible(True)
        self.retranslate()
        self.title.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.cancel_btn.setVisible(False)
        self.title.clear()
        self.output.clear()
        self.criterion.setCurrentIndex(0)
        self.retranslate()

    def delete(self) -> None:
        t = selected(self.view, self.model)
        if t is None or not self.confirm(self.tr("Delete the task “%1” from the programme?").replace("%1", t.title)):
            return
        ctx = self.env.ctx
        run_write(self, lambda: rec.delete_task(ctx, t.id))

    def set_progress(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            show_refusal(self, DomainError(self.tr("Choose a task in the table first.")))
            return
        ctx, value, note = self.env.ctx, self.progress.value(), self.progress_note.text().strip()
        run_write(
            self,
            lambda: commune.set_task_progress(ctx, row.id, value, note),
            then=lambda _changes: self.progress_note.clear(),
        )


PAGE = PageSpec(
    key="commune_programme",
    order=23,
    title=QT_TRANSLATE_NOOP("Navigation", "Action programme"),
    factory=CommuneProgrammePage,
    available=is_commune,
    icon="programme.svg",
)
