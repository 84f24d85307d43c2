"""Commune: satisfaction surveys (issue 20 item 7; the people's satisfaction is the yardstick of
the models). Each survey has a subject (service of the government / life) and results per hamlet
and question, typed in a grid or imported from a sheet; the page shows the year's share by hamlet
and by question, the figures the sơ kết prints."""

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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.commune import SURVEY_TOPICS, SurveyRow
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as rec
from desktop.ui.files import open_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo, value_text
from desktop.ui.writes import run_write
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table

SHEETS = QT_TRANSLATE_NOOP("CommuneSurveysPage", "Spreadsheets (*.xlsx *.xls *.csv)")


def _share(asked: int, satisfied: int) -> str:
    return value_text(satisfied / asked, "share") if asked else "—"


class SurveyDialog(QDialog):
    """A survey's subject, date, title and, unless it comes from a sheet, its result rows."""

    def __init__(self, parent, today: date, hamlets: list[str], *, with_rows: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Satisfaction survey"))
        self.topic = QComboBox()
        self.topic.setObjectName("survey_topic")
        for k, label in SURVEY_TOPICS.items():
            self.topic.addItem(label, k)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setObjectName("survey_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.title = QLineEdit()
        self.title.setObjectName("survey_title")
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.topic)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Title:"), self.title)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        self.grid = None
        if with_rows:
            self.grid = QTableWidget(max(len(hamlets), 1), 4)
            self.grid.setObjectName("survey_rows")
            self.grid.setHorizontalHeaderLabels(
                [self.tr("Hamlet"), self.tr("Question"), self.tr("People asked"), self.tr("Satisfied")]
            )
            self.grid.setColumnWidth(0, 170)
            self.grid.setColumnWidth(1, 190)
            for r, name in enumerate(hamlets):
                self.grid.setItem(r, 0, QTableWidgetItem(name))
            add_row = QPushButton(self.tr("Add a row"))
            add_row.clicked.connect(lambda: self.grid.setRowCount(self.grid.rowCount() + 1))
            lay.addWidget(self.grid, 1)
            lay.addWidget(add_row)
            self.resize(680, 460)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def day(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())

    def rows(self) -> list[SurveyRow]:
        """The filled rows; a number that is not a whole number of people is named by its row."""
        from desktop.domain.errors import DomainError

        out = []
        for r in range(self.grid.rowCount() if self.grid else 0):
            cells = [(self.grid.item(r, c).text().strip() if self.grid.item(r, c) else "") for c in range(4)]
            if not cells[2] and not cells[3]:
                continue
            try:
                asked, satisfied = int(cells[2]), int(cells[3])
            except ValueError:
                raise DomainError(
                    self.tr("Row %1: the numbers of people must be whole numbers.").replace("%1", str(r + 1))
                ) from None
            out.append(SurveyRow(cells[0], cells[1], asked, satisfied))
        return out


class CommuneSurveysPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_file = lambda: open_file(self, self.tr("Survey results"), self.tr(SHEETS))
        self.make_dialog = lambda with_rows: SurveyDialog(
            self, env.ctx.today(), self._hamlet_names, with_rows=with_rows
        )
        self._hamlet_names: list[str] = []
        self.period = period_combo(env.ctx, "commune_surveys_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.topic = QComboBox()
        self.topic.setObjectName("commune_surveys_topic")
        for k, label in SURVEY_TOPICS.items():
            self.topic.addItem(label, k)
        self.topic.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("commune_survey_add")
        self.add_btn.clicked.connect(lambda: self.add())
        self.import_btn = QPushButton()
        self.import_btn.setObjectName("commune_survey_import")
        self.import_btn.clicked.connect(lambda: self.import_sheet())
        self.summary = QLabel()
        self.summary.setObjectName("commune_surveys_summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [
                Col("date", lambda s: f"{s.log.on_date:%d/%m/%Y}", sort=lambda s: s.log.on_date),
                Col("title", lambda s: s.log.title),
                Col("asked", lambda s: str(s.log.received or 0), right=True),
                Col("satisfied", lambda s: str(s.log.answered or 0), right=True),
                Col("share", lambda s: _share(s.log.received or 0, s.log.answered or 0), right=True),
            ]
        )
        self.view = make_table(self.model, "commune_surveys_table")
        for col, w in enumerate((90, 320, 140, 140)):
            self.view.setColumnWidth(col, w)
        self.by_hamlet = RowsModel(
            [
                Col("name", lambda t: t[0] or "—"),
                Col("asked", lambda t: str(t[1]), right=True),
                Col("share", lambda t: _share(t[1], t[2]), right=True),
            ]
        )
        self.by_question = RowsModel(
            [
                Col("name", lambda t: t[0] or "—"),
                Col("asked", lambda t: str(t[1]), right=True),
                Col("share", lambda t: _share(t[1], t[2]), right=True),
            ]
        )
        self.hamlet_view = make_table(self.by_hamlet, "commune_surveys_by_hamlet")
        self.question_view = make_table(self.by_question, "commune_surveys_by_question")
        for v in (self.hamlet_view, self.question_view):
            v.setColumnWidth(0, 190)
            v.setColumnWidth(1, 140)
        self.period_label, self.topic_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.topic_label)
        top.addWidget(self.topic, 1)
        top.addWidget(self.add_btn)
        top.addWidget(self.import_btn)
        below = QHBoxLayout()
        below.addWidget(self.hamlet_view)
        below.addWidget(self.question_view)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.view, 1)
        lay.addLayout(below, 1)
        self.retranslate()

    def watches(self):
        return ("commune",)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.topic_label.setText(self.tr("Subject:"))
        self.add_btn.setText(self.tr("Add a survey…"))
        self.import_btn.setText(self.tr("Import results from Excel…"))
        self.model.set_titles(
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("People asked"),
                self.tr("Satisfied"),
                self.tr("Share satisfied"),
            ]
        )
        self.by_hamlet.set_titles([self.tr("Hamlet"), self.tr("People asked"), self.tr("Share satisfied")])
        self.by_question.set_titles([self.tr("Question"), self.tr("People asked"), self.tr("Share satisfied")])

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period, topic = self.env.ctx, self.period.currentData(), self.topic.currentData()

        def load():
            return (
                [h.name for h in rec.hamlets(ctx)],
                rec.surveys(ctx, period, topic),
                rec.breakdown(ctx, period, topic),
            )

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        self._hamlet_names, surveys, b = result
        self.model.set_rows(surveys)
        self.by_hamlet.set_rows(list(b.by_hamlet))
        self.by_question.set_rows(list(b.by_question))
        if b.asked:
            self.summary.setText(
                self.tr("%1 survey(s) this year: %2 of %3 people satisfied (%4).")
                .replace("%1", str(len(surveys)))
                .replace("%2", str(b.satisfied))
                .replace("%3", str(b.asked))
                .replace("%4", _share(b.asked, b.satisfied))
            )
        else:
            self.summary.setText(self.tr("No survey on this subject recorded this year."))

    def _write(self, fn) -> None:
        run_write(self, fn)

    def add(self) -> None:
        dlg = self.make_dialog(True)
        dlg.topic.setCurrentIndex(self.topic.currentIndex())
        if dlg.exec() != QDialog.Accepted:
            return
        try:
            rows = dlg.rows()
        except Exception as exc:
            if not show_refusal(self, exc):
                raise
            return
        ctx, day, topic, title = self.env.ctx, dlg.day(), dlg.topic.currentData(), dlg.title.text()
        self._write(lambda: rec.add_survey(ctx, on_date=day, topic=topic, title=title, rows=rows))

    def import_sheet(self) -> None:
        path = self.choose_file()
        if not path:
            return
        dlg = self.make_dialog(False)
        dlg.topic.setCurrentIndex(self.topic.currentIndex())
        if dlg.exec() != QDialog.Accepted:
            return
        ctx, day, topic, title = self.env.ctx, dlg.day(), dlg.topic.currentData(), dlg.title.text()
        self._write(lambda: rec.import_survey(ctx, path, on_date=day, topic=topic, title=title))


PAGE = PageSpec(
    key="commune_surveys",
    order=27,
    title=QT_TRANSLATE_NOOP("Navigation", "Satisfaction surveys"),
    factory=CommuneSurveysPage,
    available=is_commune,
    icon="review.svg",
)
