"""A thin table model over immutable rows, shared by the outbox, branches and volunteer screens.

Columns are ``Column`` specs (text, optional sort key, right alignment); sorting happens inside
the model, text columns in Vietnamese order (desktop/domain/collation.py; docs/architecture.md, traps: never a
proxy model
over big data). Colours and tooltips are callbacks of (row, column key).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.collation import vi_key

_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# Looking up Qt enum members costs tens of microseconds each in PySide6; data() is called for every
# visible cell and role, so compare against plain ints computed once.
_DISPLAY, _ALIGN, _USER = int(Qt.DisplayRole), int(Qt.TextAlignmentRole), int(Qt.UserRole)
_BACK, _FORE, _TIP = int(Qt.BackgroundRole), int(Qt.ForegroundRole), int(Qt.ToolTipRole)
_HORIZONTAL = Qt.Orientation.Horizontal


class _Collation:
    """The app's one Vietnamese collation (desktop/domain/collation.py) behind QCollator's
    ``sortKey`` name, so every list on screen sorts as the printed lists do."""

    @staticmethod
    def sortKey(text: str):  # noqa: N802 (the QCollator name the models call)
        return vi_key(text)


def collator() -> _Collation:
    """Vietnamese order (CLDR), numbers by value ("Tổ 2" before "Tổ 10")."""
    return _Collation()


@dataclass(frozen=True)
class Column:
    key: str
    text: Callable[[object], str]
    sort: Callable[[object], object] | None = None  # None: Vietnamese text order
    right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of frozen objects shown through ``Column`` specs; colours per (row, column key)."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self.headers = [""] * len(columns)
        self.colours: Callable[[object, str], tuple[str, str] | None] | None = None  # (bg, fg)
        self.tooltip: Callable[[object, str], str | None] | None = None
        self._brushes: dict[str, QBrush] = {}
        self._coll = collator()
        # ``cache_texts``: a cell's text is computed once per row object (the rows are immutable
        # and the texts depend only on them and the language: set_headers, called on a change of
        # language, forgets them). Off by default: some screens' texts read other state.
        self.cache_texts = False
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def update_rows(self, rows: list) -> None:
        """The same rows in the same order, some with new values (a list filling in): no reset, so
        the selection and the scroll position stay; a dataChanged for each run of changed rows
        only (the view repaints them if they are on screen, and nothing else)."""
        if len(rows) != len(self.rows):
            self.set_rows(rows)
            return
        old, self.rows = self.rows, list(rows)
        changed = [i for i, (a, b) in enumerate(zip(old, self.rows)) if a is not b and a != b]
        if not changed or not self.columns:
            return
        self._texts.clear()
        last = len(self.columns) - 1
        if len(changed) > 200:  # most of a long list: one signal, the view repaints what it shows
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return
        # Runs of at most 8 changed rows: for a larger range a QTableView repaints everything it
        # shows, even when none of those rows is on screen (measured, Qt 6).
        runs, start, prev = [], changed[0], changed[0]
        for i in changed[1:]:
            if i != prev + 1 or i - start >= 8:
                runs.append((start, prev))
                start = i
            prev = i
        runs.append((start, prev))
        for a, b in runs:
            self.dataChanged.emit(self.index(a, 0), self.index(b, last))

    def set_columns(self, columns: list[Column], rows: list) -> None:
        self.beginResetModel()
        self.columns = columns
        self.headers = [""] * len(columns)
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        """New headers (a change of language): the cells are shown again too."""
        self.headers = list(headers)
        self._texts.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.columns) - 1)
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def row(self, i: int):
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        # Called for every section and role on each repaint of the header: plain ints, the enum
        # looked up once (it cost 25 ms per opening of a screen, measured).
        if int(role) == _DISPLAY and orientation == _HORIZONTAL and section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            if not self.cache_texts:
                return self.columns[index.column()].text(self.rows[index.row()])
            row = self.rows[index.row()]
            key = (id(row), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self.columns[index.column()].text(row)
            return text
        if role == _ALIGN:
            return _RIGHT if self.columns[index.column()].right else None
        if role == _USER:
            return self.rows[index.row()]
        if (role == _BACK or role == _FORE) and self.colours is not None:
            c = self.colours(self.rows[index.row()], self.columns[index.column()].key)
            if c:
                return self._brush(c[0] if role == _BACK else c[1])
            return None
        if role == _TIP and self.tooltip is not None:
            return self.tooltip(self.rows[index.row()], self.columns[index.column()].key)
        return None

    def _brush(self, colour: str) -> QBrush:
        b = self._brushes.get(colour)
        if b is None:
            b = self._brushes[colour] = QBrush(QColor(colour))
        return b

    def sorted_rows(self, rows: list, column, order=Qt.AscendingOrder) -> list:
        """``rows`` in the order ``sort(column, order)`` shows them."""
        rows = list(rows)
        if not 0 <= column < len(self.columns):
            return rows
        col = self.columns[column]
        if col.sort is not None:

            def key(r, f=col.sort):
                v = f(r)
                return (True, 0) if v is None else (False, v)  # empty values last

            rows.sort(key=key)
        else:
            coll = self._coll
            rows.sort(key=lambda r: coll.sortKey(col.text(r)))
        if order == Qt.DescendingOrder:
            rows.reverse()
        return rows

    def sort(self, column, order=Qt.AscendingOrder):
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.rows[:] = self.sorted_rows(self.rows, column, order)
        self.layoutChanged.emit()


def make_table(model: RowsModel, name: str, *, multi: bool = False, alternating: bool = False, word_wrap: bool = True):
    """A read-only row table: whole rows selected, sorted by a header click (inside the model),
    and Tab leaves it (``tabKeyNavigation`` off: the arrows move between rows; Tab through every
    cell would trap a keyboard user — tests/ui/test_tab_order.py)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.ExtendedSelection if multi else QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(alternating)
    view.setWordWrap(word_wrap)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    # Rows as tall as the font needs (24 px at 96 dpi; more at 125 % or a larger font).
    view.verticalHeader().setDefaultSectionSize(max(24, view.fontMetrics().height() + 8))
    return view
