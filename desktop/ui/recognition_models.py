"""The "Đoàn viên XHCN" board as a thin table model over immutable ``MemberStanding`` rows
(desktop/services/year/recognition.py). Sorting is inside the model in the app's collation (Vietnamese
order); the "Proposed" column is checkable so the secretary ticks the proposal list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain.collation import person_key
from desktop.domain.recognition import DAT, VOTE_THRESHOLD_LABELS_VI, quality_groups
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.ui.rows_model import collator

CTX = "RecognitionTable"
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("RecognitionTable", "Member")),
    ("groups", QT_TRANSLATE_NOOP("RecognitionTable", "Self-assessment")),
    ("conditions", QT_TRANSLATE_NOOP("RecognitionTable", "Hard conditions")),
    ("vote", QT_TRANSLATE_NOOP("RecognitionTable", "Branch vote")),
    ("verdict", QT_TRANSLATE_NOOP("RecognitionTable", "Meets the rule")),
    ("proposed", QT_TRANSLATE_NOOP("RecognitionTable", "Proposed")),
    ("appraisal", QT_TRANSLATE_NOOP("RecognitionTable", "Appraisal")),
    ("recognised", QT_TRANSLATE_NOOP("RecognitionTable", "Recognised")),
)
MEMBER_ID_ROLE = Qt.UserRole + 1
OK_BG, BAD_BG = QColor("#d8f0d8"), QColor("#f8d7d5")


def tr(text: str) -> str:
    return QCoreApplication.translate("RecognitionTable", text)


class MemberBoardModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.board = None
        self._rows: list = []
        self._view: list[int] = []
        self._proposed: set[int] = set()
        self._sort = (0, Qt.AscendingOrder)
        self._collator = collator()  # the app's one Vietnamese collation

    # ------------------------------------------------------------------ data in
    def set_board(self, board) -> None:
        self.beginResetModel()
        self.board = board
        self._rows = list(board.rows) if board else []
        self._proposed = {r.member.id for r in self._rows if r.proposed}
        self._view = list(range(len(self._rows)))
        self._apply_sort()
        self.endResetModel()

    def standing(self, row: int):
        return self._rows[self._view[row]] if 0 <= row < len(self._view) else None

    def proposed_ids(self) -> set[int]:
        return set(self._proposed)

    def set_proposed(self, member_ids) -> None:
        self._proposed = set(member_ids)
        if self._view:
            col = self.column("proposed")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._view) - 1, col))

    def proposal_changed(self) -> bool:
        return self._proposed != {r.member.id for r in self._rows if r.proposed}

    @staticmethod
    def column(key: str) -> int:
        return [k for k, _ in COLUMNS].index(key)

    # ------------------------------------------------------------------ Qt protocol
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and COLUMNS[index.column()][0] == "proposed":
            f |= Qt.ItemIsUserCheckable
        return f

    def _groups_text(self, r) -> str:
        groups = quality_groups(self.board.catalog)
        if not r.results:
            return QCoreApplication.translate("RecognitionTable", "not yet")
        dat = sum(1 for g in groups if r.results.get(g.id, ("", ""))[0] == DAT)
        return QCoreApplication.translate("RecognitionTable", "{0}/{1} met").format(dat, len(groups))

    def _conditions(self, r) -> tuple[int, int]:
        blocking = [c for c in r.verdict.conditions if c.blocking]
        return sum(1 for c in blocking if c.met), len(blocking)

    def _vote_text(self, r) -> str:
        if r.vote is None:
            return QCoreApplication.translate("RecognitionTable", "not yet")
        share = r.vote.share(self.board.vote_base)
        return f"{r.vote.votes_for}/{r.vote.base(self.board.vote_base)} ({ui_formatter().percent(float(share))})"

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[self._view[index.row()]]
        key = COLUMNS[index.column()][0]
        if role == MEMBER_ID_ROLE:
            return r.member.id
        if role == Qt.CheckStateRole and key == "proposed":
            return Qt.Checked if r.member.id in self._proposed else Qt.Unchecked
        if role == Qt.DisplayRole:
            if key == "name":
                return r.member.full_name
            if key == "groups":
                return self._groups_text(r)
            if key == "conditions":
                ok, n = self._conditions(r)
                return f"{ok}/{n}"
            if key == "vote":
                return self._vote_text(r)
            if key == "verdict":
                return (
                    QCoreApplication.translate("RecognitionTable", "Yes")
                    if r.verdict.eligible
                    else QCoreApplication.translate("RecognitionTable", "Not yet")
                )
            if key == "recognised":
                if not r.recognition:
                    return ""
                return r.recognition.get("decision_number") or "✓"
            if key == "appraisal":
                if r.appraisal is None:
                    return ""
                return (
                    QCoreApplication.translate("RecognitionTable", "Accepted")
                    if r.appraisal["accepted"]
                    else QCoreApplication.translate("RecognitionTable", "Refused")
                )
            return None
        if role == Qt.BackgroundRole:
            if key == "verdict":
                return OK_BG if r.verdict.eligible else BAD_BG
            if key == "conditions":
                ok, n = self._conditions(r)
                return OK_BG if ok == n else BAD_BG
            if key == "recognised" and r.recognition:
                return OK_BG
            if key == "appraisal" and r.appraisal is not None:
                return OK_BG if r.appraisal["accepted"] else BAD_BG
        if role == Qt.ToolTipRole and key == "appraisal" and r.appraisal is not None:
            return r.appraisal.get("reason") or None
        if role == Qt.ToolTipRole and key in ("verdict", "conditions"):
            return "\n".join(r.verdict.reasons_vi) or QCoreApplication.translate(
                "RecognitionTable", "Meets every condition"
            )
        if role == Qt.ToolTipRole and key == "vote" and self.board is not None:
            return QCoreApplication.translate("RecognitionTable", "Rule: {0} of the members {1}").format(
                VOTE_THRESHOLD_LABELS_VI[self.board.vote_threshold],
                QCoreApplication.translate("RecognitionTable", "called (absent included)")
                if self.board.vote_base == "all"
                else QCoreApplication.translate("RecognitionTable", "present"),
            )
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid() or role != Qt.CheckStateRole or COLUMNS[index.column()][0] != "proposed":
            return False
        mid = self._rows[self._view[index.row()]].member.id
        checked = value in (Qt.Checked, Qt.Checked.value, 2, True)
        if checked:
            self._proposed.add(mid)
        else:
            self._proposed.discard(mid)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    # ------------------------------------------------------------------ sorting
    def sort(self, column, order=Qt.AscendingOrder):
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = COLUMNS[column][0]
        rows = self._rows

        def k(i):
            r = rows[i]
            if key == "name":
                # Vietnamese order: by given name (last word), then the full name.
                return person_key(r.member.full_name)
            if key == "verdict":
                return (r.verdict.eligible,)
            if key == "proposed":
                return (r.member.id in self._proposed,)
            if key == "recognised":
                return (bool(r.recognition),)
            if key == "appraisal":
                return (-1 if r.appraisal is None else int(bool(r.appraisal["accepted"])),)
            if key == "conditions":
                return self._conditions(r)
            if key == "vote":
                return (float(r.vote.share(self.board.vote_base)) if r.vote else -1.0,)
            return (len(r.results),)

        self._view.sort(key=k, reverse=order == Qt.DescendingOrder)
