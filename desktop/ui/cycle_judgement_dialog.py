"""Record the judgement of a qualitative criterion (CD-1.3, CD-3.1): met or not, who judged, when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.domain.errors import DomainError
from desktop.services.year import record_judgement


class JudgementDialog(QDialog):
    def __init__(self, env, unit_code: str, period_label: str, criterion_id: str, title: str, parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_code, self.period_label, self.criterion_id = unit_code, period_label, criterion_id
        self.setObjectName("judgement_dialog")
        self.setMinimumWidth(560)
        self.heading = QLabel(f"<b>{criterion_id}</b> — {title}")
        self.heading.setWordWrap(True)
        # Who is judging, said before anything is chosen (issue 19 item 8).
        from desktop.services.units import self_unit

        me = self_unit(env.ctx)
        self.by_upper = me is not None and me.code != unit_code
        self.who = QLabel()
        self.who.setObjectName("judgement_who")
        self.who.setWordWrap(True)
        self.met = QRadioButton()
        self.met.setObjectName("verdict_met")
        self.not_met = QRadioButton()
        self.not_met.setObjectName("verdict_not_met")
        group = QButtonGroup(self)
        group.addButton(self.met)
        group.addButton(self.not_met)
        self.met.setChecked(True)
        verdict = QHBoxLayout()
        verdict.addWidget(self.met)
        verdict.addWidget(self.not_met)
        verdict.addStretch(1)
        actor = env.ctx.actor or ""
        self.author = QLineEdit("" if actor in ("system", "seed") or actor.startswith("cli:") else actor)
        self.author.setObjectName("judgement_author")
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        t = env.ctx.today()
        self.on.setDate(QDate(t.year, t.month, t.day))
        self.note = QPlainTextEdit()
        self.note.setObjectName("judgement_note")
        self.note.setTabChangesFocus(True)  # Tab moves on to the next field (test_tab_order)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 10)  # 4 lines at any font size
        form = QFormLayout()
        self.l_verdict, self.l_author, self.l_on, self.l_note = QLabel(), QLabel(), QLabel(), QLabel()
        form.addRow(self.l_verdict, verdict)
        form.addRow(self.l_author, self.author)
        form.addRow(self.l_on, self.on)
        form.addRow(self.l_note, self.note)
        self.error = QLabel()
        self.error.setObjectName("judgement_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("judgement_save")
        self.save_btn.setDefault(True)
        self.save_btn.clicked.connect(self._save)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.cancel_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.who)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a judgement"))
        self.who.setText(
            self.tr("You record the Đoàn cơ sở's judgement: it is final, over the branch's own self-judgement.")
            if self.by_upper
            else self.tr(
                "You record the branch's own judgement (tự đánh giá): the Đoàn cơ sở reviews it, "
                "and its judgement, if any, is final."
            )
        )
        self.met.setText(self.tr("Met"))
        self.not_met.setText(self.tr("Not met"))
        self.l_verdict.setText(self.tr("Conclusion"))
        self.l_author.setText(self.tr("Judged by"))
        self.l_on.setText(self.tr("Date"))
        self.l_note.setText(self.tr("Comment"))
        self.author.setPlaceholderText(self.tr("Name and position, e.g. Secretary of the grassroots Union"))
        self.save_btn.setText(self.tr("Save"))
        self.cancel_btn.setText(self.tr("Cancel"))

    def _save(self) -> None:
        q = self.on.date()
        args = {
            "author": self.author.text(),
            "note": self.note.toPlainText(),
            "judged_on": date(q.year(), q.month(), q.day()),
        }
        verdict = "met" if self.met.isChecked() else "not_met"
        ctx = self.env.ctx

        def work():
            return record_judgement(ctx, self.unit_code, self.period_label, self.criterion_id, verdict, **args)

        def done(changes):
            self.env.bus.emit(changes)
            self.accept()

        def failed(exc, tb):
            self.error.setText(str(exc) if isinstance(exc, DomainError) else repr(exc))

        self.env.runner.run(work, on_done=done, on_error=failed, parent=self)
