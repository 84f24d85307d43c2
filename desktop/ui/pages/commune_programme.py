"""Commune: the action programme (issue 10 item 2; BRIEF §7 D12): tasks per model with lead
agency, deadline, expected output and progress."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.commune import TASK_STATES, ProgrammeTask
from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected


class CommuneProgrammePage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.titles: dict[str, str] = {}
        self.period = period_combo(env.ctx, "commune_programme_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        today = env.ctx.today
        self.model = RowsModel([
            Col("model", lambda t: self.titles.get(t.campaign_id, t.campaign_id)),
            Col("title", lambda t: t.title),
            Col("lead", lambda t: t.lead_agency),
            Col("deadline", lambda t: f"{t.deadline:%d/%m/%Y}" if t.deadline else "—",
                sort=lambda t: t.deadline or date.max),
            Col("output", lambda t: t.expected_output),
            Col("progress", lambda t: f"{t.progress}%", sort=lambda t: t.progress, right=True),
            Col("state", lambda t: TASK_STATES[t.state(today())]),
        ])
        self.view = make_table(self.model, "commune_tasks_table")
        for col, w in enumerate((160, 290, 150, 90, 150, 70)):
            self.view.setColumnWidth(col, w)
        self.campaign = QComboBox()
        self.campaign.setObjectName("commune_task_campaign")
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
        self.labels = {k: QLabel() for k in ("period", "title", "lead", "deadline", "output", "progress")}
        top = QHBoxLayout()
        top.addWidget(self.labels["period"])
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.labels["progress"])
        top.addWidget(self.progress)
        top.addWidget(self.progress_note, 1)
        top.addWidget(self.progress_btn)
        f1 = QHBoxLayout()
        f1.addWidget(self.campaign, 1)
        f1.addWidget(self.labels["title"])
        f1.addWidget(self.title, 2)
        f2 = QHBoxLayout()
        f2.addWidget(self.labels["lead"])
        f2.addWidget(self.lead, 1)
        f2.addWidget(self.labels["deadline"])
        f2.addWidget(self.deadline)
        f2.addWidget(self.labels["output"])
        f2.addWidget(self.output, 1)
        f2.addWidget(self.add_btn)
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
        self.add_btn.setText(self.tr("Add the task"))
        self.model.set_titles([self.tr("Model"), self.tr("Task"), self.tr("Lead agency"), self.tr("Deadline"),
                               self.tr("Expected output"), self.tr("Progress"), self.tr("State")])

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            return commune.commune_catalogs(ctx), commune.tasks(ctx, period)

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc),
                            parent=self)

    def _loaded(self, result) -> None:
        cats, tasks = result
        self.titles = {cid: c.title_vi for cid, c in cats.items()}
        current = self.campaign.currentData()
        self.campaign.clear()
        for cid, title in self.titles.items():
            self.campaign.addItem(title, cid)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.model.set_rows(tasks)

    def _run(self, fn) -> bool:
        try:
            changes = fn()
        except Exception as exc:
            if not show_refusal(self, exc):
                raise
            return False
        self.env.bus.changed.emit(changes)
        return True

    def add(self) -> None:
        d = self.deadline.date()
        task = ProgrammeTask(None, self.period.currentData(), self.campaign.currentData() or "",
                             self.title.text().strip(), self.lead.text().strip(), date(d.year(), d.month(), d.day()),
                             self.output.text().strip())
        if self._run(lambda: commune.add_task(self.env.ctx, task)[1]):
            self.title.clear()
            self.output.clear()

    def set_progress(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            show_refusal(self, DomainError(self.tr("Choose a task in the table first.")))
            return
        if self._run(lambda: commune.set_task_progress(self.env.ctx, row.id, self.progress.value(),
                                                       self.progress_note.text().strip())):
            self.progress_note.clear()


PAGE = PageSpec(key="commune_programme", order=23, title=QT_TRANSLATE_NOOP("Navigation", "Action programme"),
                factory=CommuneProgrammePage, available=is_commune, icon="programme.svg")
