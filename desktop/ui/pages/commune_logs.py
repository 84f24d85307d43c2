"""Commune: the logs the indicators are computed from (issue 10 item 3): leader visits to a
thôn/TDP, citizen receptions, dialogues, feedback received and answered, satisfaction surveys…"""

from __future__ import annotations

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

from desktop.domain.commune import LOG_KINDS, CommuneLog
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected


def _numbers(g) -> str:
    return f"{g.answered}/{g.received}" if g.received is not None else ""


class CommuneLogsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.confirm = lambda text: QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.Yes
        self.period = period_combo(env.ctx, "commune_logs_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter = QComboBox()
        self.filter.setObjectName("commune_logs_filter")
        self.filter.addItem("", None)
        for k, lk in LOG_KINDS.items():
            self.filter.addItem(lk.label_vi, k)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsModel([
            Col("date", lambda g: f"{g.on_date:%d/%m/%Y}", sort=lambda g: g.on_date),
            Col("kind", lambda g: LOG_KINDS[g.kind].label_vi),
            Col("place", lambda g: g.place),
            Col("title", lambda g: g.title),
            Col("numbers", _numbers),
        ])
        self.view = make_table(self.model, "commune_logs_table")
        for col, w in enumerate((90, 230, 140, 330)):
            self.view.setColumnWidth(col, w)
        # The form (one line).
        self.kind = QComboBox()
        self.kind.setObjectName("commune_log_kind")
        for k, lk in LOG_KINDS.items():
            self.kind.addItem(lk.label_vi, k)
        self.kind.currentIndexChanged.connect(lambda _i: self._numbers_enabled())
        self.date = QDateEdit()
        self.date.setObjectName("commune_log_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        t = env.ctx.today()
        self.date.setDate(QDate(t.year, t.month, t.day))
        self.place = QLineEdit()
        self.place.setObjectName("commune_log_place")
        self.title = QLineEdit()
        self.title.setObjectName("commune_log_title")
        self.received = QSpinBox()
        self.received.setObjectName("commune_log_received")
        self.received.setRange(0, 1_000_000)
        self.answered = QSpinBox()
        self.answered.setObjectName("commune_log_answered")
        self.answered.setRange(0, 1_000_000)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("commune_log_add")
        self.add_btn.clicked.connect(lambda: self.add())
        self.delete_btn = QPushButton()
        self.delete_btn.setObjectName("commune_log_delete")
        self.delete_btn.clicked.connect(lambda: self.delete())
        self.period_label, self.filter_label, self.place_label, self.title_label = (QLabel(), QLabel(), QLabel(),
                                                                                    QLabel())
        self.received_label, self.answered_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        top.addWidget(self.delete_btn)
        form1 = QHBoxLayout()
        form1.addWidget(self.kind, 1)
        form1.addWidget(self.date)
        form1.addWidget(self.place_label)
        form1.addWidget(self.place, 1)
        form2 = QHBoxLayout()
        form2.addWidget(self.title_label)
        form2.addWidget(self.title, 2)
        form2.addWidget(self.received_label)
        form2.addWidget(self.received)
        form2.addWidget(self.answered_label)
        form2.addWidget(self.answered)
        form2.addWidget(self.add_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(form1)
        lay.addLayout(form2)
        self.retranslate()
        self._numbers_enabled()

    def watches(self):
        return ("commune",)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.filter_label.setText(self.tr("Show:"))
        self.filter.setItemText(0, self.tr("All kinds"))
        self.place_label.setText(self.tr("Hamlet / residential group:"))
        self.title_label.setText(self.tr("Content:"))
        self.received_label.setText(self.tr("Received / asked:"))
        self.answered_label.setText(self.tr("Answered / satisfied:"))
        self.add_btn.setText(self.tr("Add to the log"))
        self.delete_btn.setText(self.tr("Delete the selected record"))
        self.model.set_titles([self.tr("Date"), self.tr("Kind"), self.tr("Place"), self.tr("Content"),
                               self.tr("Numbers")])

    def _numbers_enabled(self) -> None:
        has = LOG_KINDS[self.kind.currentData()].numbers is not None
        self.received.setEnabled(has)
        self.answered.setEnabled(has)

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period, kind = self.env.ctx, self.period.currentData(), self.filter.currentData()
        self.env.runner.run(lambda: commune.logs(ctx, period, kind), on_done=self.model.set_rows,
                            on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def add(self) -> None:
        kind = self.kind.currentData()
        has = LOG_KINDS[kind].numbers is not None
        d = self.date.date()
        from datetime import date

        log = CommuneLog(None, kind, date(d.year(), d.month(), d.day()), self.place.text().strip(),
                         self.title.text().strip(), self.received.value() if has else None,
                         self.answered.value() if has else None)
        try:
            _id, changes = commune.add_log(self.env.ctx, log)
        except Exception as exc:
            if not show_refusal(self, exc):
                raise
            return
        self.title.clear()
        self.env.bus.changed.emit(changes)

    def delete(self) -> None:
        row = selected(self.view, self.model)
        if row is None or not self.confirm(self.tr("Delete this record from the log?")):
            return
        try:
            changes = commune.delete_log(self.env.ctx, row.id)
        except Exception as exc:
            if not show_refusal(self, exc):
                raise
            return
        self.env.bus.changed.emit(changes)


PAGE = PageSpec(key="commune_logs", order=22, title=QT_TRANSLATE_NOOP("Navigation", "Commune logs"),
                factory=CommuneLogsPage, available=is_commune, icon="logs.svg")
