"""Commune: the logs the indicators are computed from (issue 10 item 3): leader visits to a
thôn/TDP, citizen receptions, dialogues, feedback received and answered, satisfaction surveys…

A record can be corrected ("Sửa") or deleted, both kept in the change history, and carry evidence
files (issue 20 item 5); places are offered from the commune's list of hamlets (item 6)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.commune import LOG_KINDS, SURVEY_TOPICS, CommuneLog
from desktop.domain.errors import DomainError
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as commune
from desktop.services import commune_party as rec
from desktop.ui.files import open_files
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected


def _kind_label(kind: str) -> str:
    return QCoreApplication.translate("CommuneLogKind", LOG_KINDS[kind].label_en)


def _numbers(g) -> str:
    return f"{g.answered}/{g.received}" if g.received is not None else ""


class CommuneLogsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.confirm = lambda text: QMessageBox.question(self, self.windowTitle(), text) == QMessageBox.Yes
        self.choose_files = lambda: open_files(
            self,
            self.tr("Evidence files"),
            self.tr("Photos, scans and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xlsx);;All files (*)"),
        )
        self.editing: CommuneLog | None = None  # the record being corrected
        self.activity_topics: list[tuple[str, str]] = []  # local models' own activities
        self.evidence: dict[int, int] = {}  # record id -> number of evidence files
        self.period = period_combo(env.ctx, "commune_logs_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter = QComboBox()
        self.filter.setObjectName("commune_logs_filter")
        self.filter.addItem("", None)
        for k, lk in LOG_KINDS.items():
            self.filter.addItem(_kind_label(k), k)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RowsModel(
            [
                Col("date", lambda g: f"{g.on_date:%d/%m/%Y}", sort=lambda g: g.on_date),
                Col("kind", lambda g: self._kind_text(g)),
                Col("place", lambda g: g.place),
                Col("title", lambda g: g.title),
                Col("numbers", _numbers),
                Col("evidence", lambda g: str(self.evidence.get(g.id, 0) or ""), right=True),
            ]
        )
        self.model.tooltip = lambda g, key: self._kind_text(g) if key == "kind" else g.title if key == "title" else None
        self.view = make_table(self.model, "commune_logs_table")
        for col, w in enumerate((90, 230, 140, 330)):
            self.view.setColumnWidth(col, w)
        # The form (one line).
        self.kind = QComboBox()
        self.kind.setObjectName("commune_log_kind")
        for k, lk in LOG_KINDS.items():
            self.kind.addItem(_kind_label(k), k)
        self.kind.currentIndexChanged.connect(lambda _i: self._numbers_enabled())
        self.date = QDateEdit()
        self.date.setObjectName("commune_log_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        t = env.ctx.today()
        self.date.setDate(QDate(t.year, t.month, t.day))
        self.place = QLineEdit()
        self.place.setObjectName("commune_log_place")
        self.place_completer = QCompleter([], self.place)
        self.place_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchContains)
        self.place.setCompleter(self.place_completer)
        self.topic = QComboBox()
        self.topic.setObjectName("commune_log_topic")
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
        self.edit_btn = QPushButton()
        self.edit_btn.setObjectName("commune_log_edit")
        self.edit_btn.clicked.connect(lambda: self.edit())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.cancel_btn = QPushButton()
        self.cancel_btn.setObjectName("commune_log_cancel_edit")
        self.cancel_btn.clicked.connect(lambda: self.stop_editing())
        self.cancel_btn.setVisible(False)
        self.attach_btn = QPushButton()
        self.attach_btn.setObjectName("commune_log_attach")
        self.attach_btn.clicked.connect(lambda: self.attach())
        self.period_label, self.filter_label, self.place_label, self.title_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        self.received_label, self.answered_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        actions = QHBoxLayout()  # what to do with the selected record
        actions.addWidget(self.edit_btn)
        actions.addWidget(self.attach_btn)
        actions.addWidget(self.delete_btn)
        actions.addStretch(1)
        form1 = QHBoxLayout()
        form1.addWidget(self.kind, 1)
        form1.addWidget(self.date)
        form1.addWidget(self.place_label)
        form1.addWidget(self.place, 1)
        form1.addWidget(self.topic, 1)
        form2 = QHBoxLayout()
        form2.addWidget(self.title_label)
        form2.addWidget(self.title, 2)
        form2.addWidget(self.received_label)
        form2.addWidget(self.received)
        form2.addWidget(self.answered_label)
        form2.addWidget(self.answered)
        form2.addWidget(self.add_btn)
        form2.addWidget(self.cancel_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addLayout(actions)
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
        self.add_btn.setText(self.tr("Save the correction") if self.editing else self.tr("Add to the log"))
        self.cancel_btn.setText(self.tr("Cancel the correction"))
        self.edit_btn.setText(self.tr("Correct…"))
        self.attach_btn.setText(self.tr("Attach evidence…"))
        self.delete_btn.setText(self.tr("Delete the selected record"))
        self.topic.setToolTip(self.tr("What the survey asked about"))
        self.model.set_titles(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Content"),
                self.tr("Numbers"),
                self.tr("Evidence"),
            ]
        )

    def _kind_text(self, g) -> str:
        """The record's kind; a local model's activity by the indicator it counts for (a committee
        with two local models must see which one), a survey by what it asked about."""
        if g.kind == "model_activity" and g.topic:
            label = dict(self.activity_topics).get(g.topic)
            if label:
                return label
        if g.kind == "survey" and g.topic in SURVEY_TOPICS:
            return f"{_kind_label(g.kind)}: {SURVEY_TOPICS[g.topic].lower()}"
        return _kind_label(g.kind)

    def _numbers_enabled(self) -> None:
        kind = self.kind.currentData()
        has = LOG_KINDS[kind].numbers is not None
        self.received.setEnabled(has)
        self.answered.setEnabled(has)
        with_topic = kind in ("survey", "model_activity")
        self.topic.blockSignals(True)
        self.topic.clear()
        if kind == "survey":
            for k, label in SURVEY_TOPICS.items():
                self.topic.addItem(label, k)
        elif kind == "model_activity":  # which indicator of a local model the activity counts for
            for topic, label in self.activity_topics:
                self.topic.addItem(label, topic)
        self.topic.blockSignals(False)
        self.topic.setVisible(with_topic)
        self.place.setVisible(not with_topic)
        self.place_label.setVisible(not with_topic)

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period, kind = self.env.ctx, self.period.currentData(), self.filter.currentData()

        def load():
            found = commune.logs(ctx, period, kind)
            return (
                found,
                rec.log_attachment_counts(ctx, [g.id for g in found]),
                [h.name for h in rec.hamlets(ctx)],
                commune.local_activity_topics(ctx),
            )

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        found, self.evidence, places, self.activity_topics = result
        self._numbers_enabled()
        self.place_completer.model().setStringList(places)
        self.place.setPlaceholderText(self.tr("Choose from the list of hamlets") if places else "")
        self.model.set_rows(found)

    def _form_log(self, log_id=None) -> CommuneLog:
        from datetime import date

        kind = self.kind.currentData()
        has = LOG_KINDS[kind].numbers is not None
        d = self.date.date()
        return CommuneLog(
            log_id,
            kind,
            date(d.year(), d.month(), d.day()),
            "" if kind == "survey" else self.place.text().strip(),
            self.title.text().strip(),
            self.received.value() if has else None,
            self.answered.value() if has else None,
            self.editing.note if self.editing else "",
            self.topic.currentData() if kind in ("survey", "model_activity") else None,
        )

    def edit(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            return
        self.editing = row
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.date.setDate(QDate(row.on_date.year, row.on_date.month, row.on_date.day))
        self.place.setText(row.place)
        self.title.setText(row.title)
        if row.received is not None:
            self.received.setValue(row.received)
            self.answered.setValue(row.answered or 0)
        if row.topic:
            self.topic.setCurrentIndex(max(self.topic.findData(row.topic), 0))
        self.cancel_btn.setVisible(True)
        self.retranslate()
        self.title.setFocus()

    def stop_editing(self) -> None:
        self.editing = None
        self.cancel_btn.setVisible(False)
        self.title.clear()
        self.retranslate()

    def attach(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            show_refusal(self, DomainError(self.tr("Choose a record in the table first.")))
            return
        paths = self.choose_files()
        if not paths:
            return
        ctx = self.env.ctx

        def work():
            changes = None
            for p in paths:
                c = rec.attach_to_log(ctx, row.id, p)
                changes = c if changes is None else changes | c
            return changes

        self.env.runner.run(
            work,
            on_done=self.env.bus.emit,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            label=self.tr("Copying the evidence files…"),
            parent=self,
        )

    def add(self) -> None:
        ctx = self.env.ctx
        if self.editing is not None:
            log = self._form_log(self.editing.id)
            work = lambda: rec.update_log(ctx, log)  # noqa: E731
        else:
            log = self._form_log()
            work = lambda: commune.add_log(ctx, log)[1]  # noqa: E731

        def done(changes):
            self.stop_editing()
            self.env.bus.emit(changes)

        self.env.runner.run(work, on_done=done, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def delete(self) -> None:
        row = selected(self.view, self.model)
        if row is None or not self.confirm(self.tr("Delete this record from the log?")):
            return
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: commune.delete_log(ctx, row.id),
            on_done=self.env.bus.emit,
            on_error=lambda exc, _tb: show_refusal(self, exc),
            parent=self,
        )


PAGE = PageSpec(
    key="commune_logs",
    order=22,
    title=QT_TRANSLATE_NOOP("Navigation", "Commune logs"),
    factory=CommuneLogsPage,
    available=is_commune,
    icon="logs.svg",
)
