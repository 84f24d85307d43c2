"""Table models of the volunteer-days screens: thin adapters over immutable rows, sorted
inside the model in the app's Vietnamese collation (docs/architecture.md, traps), never a proxy model."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from desktop.domain.collation import person_key
from desktop.domain.members import name_key
from desktop.ui.rows_model import Column, collator  # noqa: F401  (re-exported for the volunteer screens)
from desktop.ui.rows_model import RowsModel as SharedRowsModel

PROGRESS_ROLE = Qt.UserRole + 1
_PROGRESS = int(PROGRESS_ROLE)


class RowsModel(SharedRowsModel):
    """The shared rows model, plus the progress bar's value (``PROGRESS_ROLE``, column "progress")."""

    def data(self, index, role=Qt.DisplayRole):
        if int(role) == _PROGRESS and index.isValid() and self.columns[index.column()].key == "progress":
            return getattr(self.rows[index.row()], "progress", None)
        return super().data(index, role)


class ProgressDelegate(QStyledItemDelegate):
    """Draws 'progress to 5 days' as a bar with the figures on it (green once reached)."""

    def paint(self, painter, option, index):
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return super().paint(painter, option, index)
        painter.save()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        r = option.rect.adjusted(4, 4, -4, -4)
        painter.setPen(QColor("#9a9a9a"))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(r.adjusted(0, 0, -1, -1))
        if value > 0:
            fill = r.adjusted(1, 1, -1, -1)
            fill.setWidth(max(1, int(fill.width() * min(1.0, value))))
            painter.fillRect(fill, QColor("#7cc47f") if value >= 1 else QColor("#f2b45a"))
        painter.setPen(QColor("#000000"))
        painter.drawText(r, Qt.AlignCenter, index.data(Qt.DisplayRole) or "")
        painter.restore()


@dataclass(frozen=True)
class Pick:
    """One member in the participant picker."""

    member_id: int
    name: str
    key: str
    detail: str  # date of birth / branch, to tell namesakes apart
    enabled: bool = True  # a member on at least one of the activity's dates


class PickModel(QAbstractListModel):
    """Checkable member list with a diacritics-insensitive filter ("nguyen thi" finds
    "Nguyễn Thị"). The filter only changes which rows are visible; the checked set is kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.all: list[Pick] = []
        self.visible: list[Pick] = []
        self.checked: set[int] = set()
        self.query = ""
        self.only_checked = False
        self.inactive_note = ""

    def set_members(self, picks: list[Pick], checked: set[int] | None = None) -> None:
        self.beginResetModel()
        self.all = sorted(picks, key=lambda p: person_key(p.name))
        if checked is not None:
            self.checked = set(checked)
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        q = name_key(self.query)
        self.visible = [
            p for p in self.all if (not q or q in p.key) and (not self.only_checked or p.member_id in self.checked)
        ]

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self.query = text
        self._refilter()
        self.endResetModel()

    def set_only_checked(self, on: bool) -> None:
        self.beginResetModel()
        self.only_checked = on
        self._refilter()
        self.endResetModel()

    def set_enabled(self, enabled_ids: set[int] | None) -> None:
        """Grey out members who were not members on any of the dates (None: everyone)."""
        self.beginResetModel()
        self.all = [
            Pick(p.member_id, p.name, p.key, p.detail, enabled_ids is None or p.member_id in enabled_ids)
            for p in self.all
        ]
        self.checked = {m for m in self.checked if enabled_ids is None or m in enabled_ids}
        self._refilter()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p = self.visible[index.row()]
        if role == Qt.DisplayRole:
            text = f"{p.name}  ·  {p.detail}" if p.detail else p.name
            return text if p.enabled else f"{text}  ({self.inactive_note})"
        if role == Qt.CheckStateRole:
            return Qt.Checked if p.member_id in self.checked else Qt.Unchecked
        if role == Qt.UserRole:
            return p.member_id
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        p = self.visible[index.row()]
        if not p.enabled:
            return Qt.ItemIsSelectable
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.CheckStateRole or not index.isValid():
            return False
        p = self.visible[index.row()]
        if not p.enabled:
            return False
        on = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        (self.checked.add if on else self.checked.discard)(p.member_id)
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def toggle_row(self, row: int) -> None:
        if 0 <= row < len(self.visible):
            p = self.visible[row]
            idx = self.index(row)
            self.setData(idx, Qt.Unchecked if p.member_id in self.checked else Qt.Checked, Qt.CheckStateRole)

    def check_ids(self, ids, on: bool = True) -> int:
        """Check (or uncheck) members by id; returns how many changed. Disabled ones are skipped."""
        usable = {p.member_id for p in self.all if p.enabled}
        before = len(self.checked)
        if on:
            self.checked |= set(ids) & usable
        else:
            self.checked -= set(ids)
        self.beginResetModel()
        self._refilter()
        self.endResetModel()
        return abs(len(self.checked) - before)

    def check_visible(self, on: bool = True) -> int:
        return self.check_ids([p.member_id for p in self.visible], on)

    @property
    def usable_count(self) -> int:
        return sum(1 for p in self.all if p.enabled)
