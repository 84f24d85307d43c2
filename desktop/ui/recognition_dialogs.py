"""Dialogs of step 3 "Công nhận": a member's year-end self-assessment, the branch meeting's
votes, a recognition decision (number, date, who is recognised)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.domain.recognition import CHUA_DAT, DAT, Vote, quality_groups, statements
from desktop.ui.screen import fit_to_screen


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class SelfAssessmentDialog(QDialog):
    """One row per quality group: Đạt / Chưa đạt and a short evidence text; the observable
    statements of the group are shown under its title."""

    def __init__(self, catalog, standing, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("self_assessment_dialog")
        self.setWindowTitle(self.tr("Self-assessment — {0}").format(standing.member.full_name))
        fit_to_screen(self, 900, 620)
        self.catalog = catalog
        self.combos: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLineEdit] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        for i, g in enumerate(quality_groups(catalog)):
            title = catalog_text(g, "title", lang)
            items = statements(catalog, g.id)
            text = (
                f"<b>{g.id}. {title}</b><br><small>"
                + "<br>".join("• " + catalog_text(c, "title", lang) for c in items)
                + "</small>"
            )
            label = QLabel(text)
            label.setWordWrap(True)
            combo = QComboBox()
            combo.setObjectName(f"group_{g.id}")
            combo.addItem(self.tr("Met (Đạt)"), DAT)
            combo.addItem(self.tr("Not met (Chưa đạt)"), CHUA_DAT)
            ev = QLineEdit()
            ev.setObjectName(f"evidence_{g.id}")
            ev.setMaxLength(1000)
            ev.setPlaceholderText(self.tr("Short evidence, e.g. what the member did"))
            result, evidence = standing.results.get(g.id, (DAT, ""))
            combo.setCurrentIndex(max(0, combo.findData(result)))
            ev.setText(evidence)
            grid.addWidget(label, i, 0)
            grid.addWidget(combo, i, 1, Qt.AlignTop)
            grid.addWidget(ev, i, 2, Qt.AlignTop)
            self.combos[g.id], self.evidence[g.id] = combo, ev
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.use_score = QCheckBox(self.tr("Training score (if the branch uses one)"))
        self.score = QDoubleSpinBox()
        self.score.setObjectName("training_score")
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        if standing.training_score is not None:
            self.use_score.setChecked(True)
            self.score.setValue(standing.training_score)
        self.score.setEnabled(self.use_score.isChecked())
        self.use_score.toggled.connect(self.score.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.use_score)
        row.addWidget(self.score)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Year-end self-assessment against “{0}”. Every group must be “Met” for the member to be proposed."
            ).format(catalog_text(catalog, "title", lang))
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        lay.addWidget(scroll, 1)
        lay.addLayout(row)
        lay.addWidget(buttons)

    def results(self) -> dict[str, tuple[str, str]]:
        return {g: (self.combos[g].currentData(), self.evidence[g].text().strip()) for g in self.combos}

    def training_score(self) -> float | None:
        return self.score.value() if self.use_score.isChecked() else None


class VoteDialog(QDialog):
    """The branch meeting's votes: one row per member, for / against / absent."""

    def __init__(self, standings, today: date, member_count: int, parent=None):
        super().__init__(parent)
        self.setObjectName("vote_dialog")
        self.setWindowTitle(self.tr("Branch meeting votes"))
        fit_to_screen(self, 720, 480)
        self.date = QDateEdit()
        self.date.setObjectName("meeting_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(_qdate(today))
        first = next((s.meeting_date for s in standings if s.meeting_date), None)
        self.date.setDate(_qdate(first or today))
        self.table = QTableWidget(len(standings), 4)
        self.table.setObjectName("vote_table")
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("For"), self.tr("Against"), self.tr("Absent")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.ids = []
        self.spins: list[tuple[QSpinBox, QSpinBox, QSpinBox]] = []
        for i, s in enumerate(standings):
            self.ids.append(s.member.id)
            self.table.setItem(i, 0, QTableWidgetItem(s.member.full_name))
            spins = []
            defaults = (s.vote.votes_for, s.vote.votes_against, s.vote.votes_absent) if s.vote else (member_count, 0, 0)
            for j, v in enumerate(defaults):
                sp = QSpinBox()
                sp.setRange(0, 10000)
                sp.setValue(v)
                self.table.setCellWidget(i, j + 1, sp)
                spins.append(sp)
            self.spins.append(tuple(spins))
        form = QFormLayout()
        form.addRow(self.tr("Meeting date:"), self.date)
        hint = QLabel(
            self.tr("Record, for each member, how many members voted for, against, and how many were absent.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)

    def meeting_date(self) -> date:
        return _pydate(self.date.date())

    def votes(self) -> dict[int, Vote]:
        return {mid: Vote(a.value(), b.value(), c.value()) for mid, (a, b, c) in zip(self.ids, self.spins)}


class DecisionDialog(QDialog):
    """A recognition decision: number, date, issuer, and the branches and members it recognises.

    Items are (key, label, passes, why): only what passed the Đoàn cơ sở's appraisal is ticked;
    ticking one that did not asks for the written reason of the exception (issue 19)."""

    def __init__(
        self,
        *,
        today: date,
        issuer: str,
        branches: list[tuple],
        members: list[tuple],
        issuer_editable: bool,
        parent=None,
        appraised: bool = True,
    ):
        super().__init__(parent)
        # appraised=False: a branch recording the decision it received (what it proposed is ticked,
        # nothing is an exception here: the Đoàn cơ sở decided).
        self.appraised = appraised
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("Recognition decision"))
        fit_to_screen(self, 820, 600)
        self.number = QLineEdit()
        self.number.setObjectName("decision_number")
        self.number.setPlaceholderText(self.tr("e.g. 15-QĐ/ĐTN"))
        self.number.setMaxLength(60)
        self.date = QDateEdit()
        self.date.setObjectName("decision_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(_qdate(today))
        self.date.setDate(_qdate(today))
        self.issuer = QLineEdit(issuer)
        self.issuer.setObjectName("decision_issuer")
        self.issuer.setReadOnly(not issuer_editable)
        form = QFormLayout()
        form.addRow(self.tr("Decision number:"), self.number)
        form.addRow(self.tr("Signed on:"), self.date)
        form.addRow(self.tr("Issued by:"), self.issuer)
        self.branch_list = self._checklist("decision_branches", branches, appraised)
        self.member_list = self._checklist("decision_members", members, appraised)
        lists = QHBoxLayout()
        for title, w in (
            (self.tr("Branches recognised as “Chi đoàn XHCN”"), self.branch_list),
            (self.tr("Members recognised as “Đoàn viên XHCN”"), self.member_list),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(w, 1)
            lists.addLayout(box, 1)
        hint = QLabel(
            self.tr(
                "Branches and members that passed the appraisal are ticked. Those marked ✗ did "
                "not pass (hover to see why): listing one needs a written reason, printed in "
                "the annex."
            )
            if appraised
            else self.tr("Proposed branches and members are ticked; untick those the decision does not recognise.")
        )
        hint.setWordWrap(True)
        self.reason_label = QLabel(self.tr("Reason for recognising without passing the appraisal:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("decision_exception_reason")
        self.reason.setMaxLength(500)
        self.reason_label.setBuddy(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addLayout(lists, 1)
        lay.addWidget(self.reason_label)
        lay.addWidget(self.reason)
        lay.addWidget(buttons)
        for w in (self.branch_list, self.member_list):
            w.itemChanged.connect(lambda _i: self._update_reason())
        self._update_reason()

    @staticmethod
    def _checklist(name: str, items, appraised: bool = True) -> QListWidget:
        w = QListWidget()
        w.setObjectName(name)
        for key, label, passes, why in items:
            text = label if (passes or not appraised) else f"✗ {label}" + (f" ({why})" if why else "")
            it = QListWidgetItem(text)
            it.setData(Qt.UserRole, key)
            it.setData(Qt.UserRole + 1, bool(passes) or not appraised)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked if passes else Qt.Unchecked)
            if why:
                it.setToolTip(why)
            w.addItem(it)
        return w

    @staticmethod
    def _checked(w: QListWidget) -> list:
        return [w.item(i).data(Qt.UserRole) for i in range(w.count()) if w.item(i).checkState() == Qt.Checked]

    def exceptions_ticked(self) -> list:
        out = []
        for w in (self.branch_list, self.member_list):
            out += [
                w.item(i).data(Qt.UserRole)
                for i in range(w.count())
                if w.item(i).checkState() == Qt.Checked and not w.item(i).data(Qt.UserRole + 1)
            ]
        return out

    def _update_reason(self) -> None:
        show = bool(self.exceptions_ticked())
        self.reason_label.setVisible(show)
        self.reason.setVisible(show)

    def _accept(self) -> None:
        if not self.number.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Enter the decision number."))
            return
        if not self.branches() and not self.members():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Tick at least one branch or member."))
            return
        if self.exceptions_ticked() and len(" ".join(self.reason.text().split())) < 10:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "You ticked branches or members that did not pass the appraisal: write the reason for the "
                    "exception (at least 10 characters), or untick them."
                ),
            )
            self.reason.setFocus()
            return
        self.accept()

    def branches(self) -> list[str]:
        return self._checked(self.branch_list)

    def members(self) -> list[int]:
        return self._checked(self.member_list)

    def values(self) -> dict:
        reason = " ".join(self.reason.text().split())
        return {
            "number": self.number.text().strip(),
            "decision_date": _pydate(self.date.date()),
            "issuer_name": self.issuer.text().strip() or None,
            "branch_codes": self.branches(),
            "member_ids": self.members(),
            "exceptions": {k: reason for k in self.exceptions_ticked()} if reason else None,
        }


def show_error(parent, title: str, exc: BaseException) -> None:
    msg = str(exc) if isinstance(exc, DomainError) else repr(exc)
    QMessageBox.warning(parent, title, msg)
