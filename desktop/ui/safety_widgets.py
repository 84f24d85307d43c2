"""Small pieces shared by the data-safety screens (issue 8): a thin table model over immutable
rows, sorted inside the model with QCollator (Vietnamese order), and helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


@dataclass(frozen=True)
class Col:
    key: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # default: the text, in Vietnamese collation
    right: bool = False


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Col], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.titles = [c.key for c in columns]
        self.rows: list[Any] = []
        self.colour: Callable[[Any], tuple[str, str] | None] = lambda row: None
        self.tooltip: Callable[[Any, str], str | None] = lambda row, key: None
        self._collator = QCollator(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
        self._collator.setNumericMode(True)

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_titles(self, titles: list[str]) -> None:
        self.titles = titles
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(titles) - 1)

    def row(self, r: int) -> Any:
        return self.rows[r]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.DisplayRole:
            return col.text(row)
        if role == Qt.TextAlignmentRole and col.right:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role in (Qt.BackgroundRole, Qt.ForegroundRole):
            c = self.colour(row)
            if c:
                return QBrush(QColor(c[0] if role == Qt.BackgroundRole else c[1]))
        if role == Qt.ToolTipRole:
            return self.tooltip(row, col.key)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and section < len(self.titles):
            return self.titles[section]
        return None

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        col = self.columns[column]
        if col.sort is not None:
            key = col.sort
        else:
            def key(row, _t=col.text):
                return self._collator.sortKey(_t(row))
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=order == Qt.DescendingOrder)
        self.layoutChanged.emit()


def make_table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return view


def selected(view: QTableView, model: RowsModel):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return model.row(rows[0].row()) if rows else None


def size_text(n: int) -> str:
    from desktop.i18n.formatting import format_number

    if n >= 1024 * 1024:
        return f"{format_number(round(n / (1024 * 1024), 1))} MB"
    return f"{format_number(max(1, round(n / 1024)))} KB"
