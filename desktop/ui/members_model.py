"""The members table: a thin, lazy model over immutable roster rows.

Display text is made only for the cells Qt asks for; sorting happens inside the model with
sort keys in the app's Vietnamese collation (desktop/domain/collation.py; docs/architecture.md, traps: a
QSortFilterProxyModel over a Python
model takes seconds on 10,000 rows), and filtering is a list of row indices. Search ignores
diacritics and case through ``name_key`` ("nguyen thi" finds "Nguyễn Thị").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.domain.members import (
    ACTIVE,
    EVENT_LABELS,
    FLAG_CRITERIA,
    GENDER_LABELS,
    LEFT,
    NOT_MEMBER,
    STATUS_LABELS,
    TRANSFERRED_OUT,
    format_dob,
    name_key,
)
from desktop.i18n.formatting import format_date_short
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.membership import bulk_objects
from desktop.ui.rows_model import collator

CTX = "MembersTable"
# (key, English header) — translated at display time in the "MembersTable" context.
COLUMNS = (
    ("full_name", QT_TRANSLATE_NOOP("MembersTable", "Full name")),
    ("date_of_birth", QT_TRANSLATE_NOOP("MembersTable", "Date of birth")),
    ("gender", QT_TRANSLATE_NOOP("MembersTable", "Gender")),
    ("union_card_no", QT_TRANSLATE_NOOP("MembersTable", "Union card no.")),
    ("phone", QT_TRANSLATE_NOOP("MembersTable", "Phone")),
    ("residence", QT_TRANSLATE_NOOP("MembersTable", "Residence")),
    ("is_party_member", QT_TRANSLATE_NOOP("MembersTable", "Party member")),
    ("residence_activity", QT_TRANSLATE_NOOP("MembersTable", "Active at residence (CD-3.3)")),
    ("training_registered", QT_TRANSLATE_NOOP("MembersTable", "Self-training registered (CD-3.4)")),
    ("ebook_issued", QT_TRANSLATE_NOOP("MembersTable", "E-book (CD-3.5)")),
    ("ecard_issued", QT_TRANSLATE_NOOP("MembersTable", "E-card (CD-3.5)")),
    ("status", QT_TRANSLATE_NOOP("MembersTable", "Status")),
    ("entry_date", QT_TRANSLATE_NOOP("MembersTable", "In the branch since")),
)
FLAG_COLUMNS = {"is_party_member", "residence_activity", "training_registered", "ebook_issued", "ecard_issued"}
SHORT_HEADERS = {
    "union_card_no": QT_TRANSLATE_NOOP("MembersTable", "Card no."),
    "residence_activity": QT_TRANSLATE_NOOP("MembersTable", "Res. activity"),
    "training_registered": QT_TRANSLATE_NOOP("MembersTable", "Self-training"),
    "ebook_issued": QT_TRANSLATE_NOOP("MembersTable", "E-book"),
    "ecard_issued": QT_TRANSLATE_NOOP("MembersTable", "E-card"),
    "is_party_member": QT_TRANSLATE_NOOP("MembersTable", "Party"),
}
MEMBER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# Roles as plain ints, looked up once: data() runs for every visible cell and role, and a Qt enum
# attribute lookup and comparison in PySide6 costs microseconds each (the 5,000-row bench).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_FLAG_INDEXES = frozenset(i for i, (k, _) in enumerate(COLUMNS) if k in FLAG_COLUMNS)


@dataclass(frozen=True)
class Filter:
    text: str = ""
    status: str | None = ACTIVE  # None: everyone ever in the branch
    missing_flag: str | None = None  # show members WITHOUT this flag (who still need it)
    party: bool | None = None


def _flag(m, key: str) -> bool:
    if key == "training_registered":
        return m.is_training_registered
    return bool(getattr(m, key))


def _ranks(texts: set[str], cache: dict, sort_key) -> dict[str, int]:
    """{text: its place in collator order}; texts the collator finds equal share a place."""
    for t in texts:
        if t not in cache:
            cache[t] = sort_key(t)
    ordered = sorted(texts, key=cache.__getitem__)
    ranks: dict[str, int] = {}
    rank, previous = -1, None
    for t in ordered:
        k = cache[t]
        if previous is None or previous != k:
            rank += 1
        ranks[t] = rank
        previous = k
    return ranks


class MembersTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list = []
        self._keys: list[str] = []
        self._view: list[int] = []
        self._filter = Filter()
        self._sort = (0, Qt.AscendingOrder)
        self._sort_keys: dict[int, list] = {}
        self._collator = collator()  # the app's one Vietnamese collation (desktop/domain/collation.py)
        self._word_keys: dict[str, object] = {}  # collator sort key per distinct given name
        self._name_keys: dict[str, object] = {}  # … and per full name, kept while the page lives
        self._cells: dict[int, tuple[str, ...]] = {}  # display texts per entry, made when first shown
        self._grey = QColor("#777777")

    # ------------------------------------------------------------------ data in
    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        with bulk_objects():
            self._entries = list(entries)
            self._keys = []  # search keys: made on the first search, not when the page opens
            self._sort_keys.clear()
            self._cells.clear()
            self._rebuild()
        self.endResetModel()

    def set_filter(self, flt: Filter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._rebuild()
        self.endResetModel()

    @property
    def filter(self) -> Filter:
        return self._filter

    def total(self) -> int:
        return len(self._entries)

    def _rebuild(self) -> None:
        f = self._filter
        words = name_key(f.text).split()
        out = []
        for i, e in enumerate(self._entries):
            if f.status is not None and e.status != f.status:
                continue
            m = e.member
            if f.party is not None and m.is_party_member != f.party:
                continue
            if f.missing_flag and _flag(m, f.missing_flag):
                continue
            if words:
                key = self._search_keys()[i]
                if not all(w in key for w in words):
                    continue
            out.append(i)
        self._view = out
        self._apply_sort()

    def _search_keys(self) -> list[str]:
        if len(self._keys) != len(self._entries):
            self._keys = [
                f"{name_key(e.member.full_name)} {e.member.union_card_no or ''} {e.member.phone or ''}".lower()
                for e in self._entries
            ]
        return self._keys

    # ------------------------------------------------------------------ sorting
    def _key_list(self, column: int) -> list:
        keys = self._sort_keys.get(column)
        if keys is not None:
            return keys
        col = COLUMNS[column][0]
        sk = self._collator.sortKey
        if col == "full_name":
            # Vietnamese lists are ordered by the given name (the last word), then the full name.
            # Collator keys are made once per distinct word and name (kept across reloads: after an
            # edit only new names are keyed) and turned into integer ranks, so that sorting the
            # rows compares ints, not collator keys through Qt (15,000-member table, issue 13).
            names = [e.member.full_name for e in self._entries]
            distinct = set(names)
            given = {n: n.rsplit(" ", 1)[-1] for n in distinct}
            word_rank = _ranks(set(given.values()), self._word_keys, sk)
            name_rank = _ranks(distinct, self._name_keys, sk)
            keys = [(word_rank[given[n]], name_rank[n]) for n in names]
        elif col in ("date_of_birth",):
            keys = [(e.member.date_of_birth or date.max,) for e in self._entries]
        elif col == "entry_date":
            keys = [(e.stint.entry_date or date.max,) for e in self._entries]
        elif col in FLAG_COLUMNS:
            keys = [(not _flag(e.member, col),) for e in self._entries]
        elif col == "status":
            order = {ACTIVE: 0, TRANSFERRED_OUT: 1, LEFT: 2, NOT_MEMBER: 3}
            keys = [(order.get(e.status, 9),) for e in self._entries]
        else:
            keys = [(sk(self._text(e, col) or "\uffff"),) for e in self._entries]
        self._sort_keys[column] = keys
        return keys

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys = self._key_list(column)
        self._view.sort(key=keys.__getitem__, reverse=order == Qt.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:  # noqa: D401
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def entry(self, row: int):
        return self._entries[self._view[row]]

    def member_ids(self, rows) -> list[int]:
        return [self._entries[self._view[r]].member.id for r in rows]

    def row_of(self, member_id: int) -> int | None:
        for r, i in enumerate(self._view):
            if self._entries[i].member.id == member_id:
                return r
        return None

    def _text(self, e, col: str) -> str:
        m = e.member
        if col == "full_name":
            return m.full_name
        if col == "date_of_birth":
            return format_dob(m)
        if col == "gender":
            return QCoreApplication.translate("Gender", GENDER_LABELS[m.gender]) if m.gender in GENDER_LABELS else ""
        if col in ("union_card_no", "phone", "residence"):
            return getattr(m, col) or ""
        if col in FLAG_COLUMNS:
            return "✔" if _flag(m, col) else ""
        if col == "status":
            return (
                QCoreApplication.translate("MemberStatus", STATUS_LABELS[e.status])
                if e.status in STATUS_LABELS
                else e.status
            )
        if col == "entry_date":
            return format_date_short(e.stint.entry_date)
        return ""

    def _row_texts(self, i: int) -> tuple[str, ...]:
        texts = self._cells.get(i)
        if texts is None:
            e = self._entries[i]
            texts = self._cells[i] = tuple(self._text(e, key) for key, _ in COLUMNS)
        return texts

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._row_texts(self._view[index.row()])[index.column()]
        if role == _ALIGN:
            return _CENTER if index.column() in _FLAG_INDEXES else None
        if role == _FOREGROUND:
            return self._grey if self._entries[self._view[index.row()]].status != ACTIVE else None
        if role == MEMBER_ID_ROLE:
            return self._entries[self._view[index.row()]].member.id
        if role == _TOOLTIP:
            e = self._entries[self._view[index.row()]]
            col = COLUMNS[index.column()][0]
            if col == "status" and e.stint.exit_date:
                label = QCoreApplication.translate("MembershipEvent", EVENT_LABELS[e.stint.exit_kind])
                return f"{label}: {format_date_short(e.stint.exit_date)}"
            if col in FLAG_CRITERIA:
                return QCoreApplication.translate(CTX, COLUMNS[index.column()][1])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        key, title = COLUMNS[section]
        if role == Qt.DisplayRole:
            return QCoreApplication.translate(CTX, SHORT_HEADERS.get(key, title))
        if role == Qt.ToolTipRole:
            return QCoreApplication.translate(CTX, title)
        return None

    def retranslate(self) -> None:
        self._cells.clear()  # status and gender labels follow the language
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(COLUMNS) - 1)
        if self._view:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._view) - 1, len(COLUMNS) - 1))
