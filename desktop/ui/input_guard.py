"""Inputs that cannot change by accident (issue 19 item 10), installed once for the whole app.

- The mouse wheel over a spin box, date edit or combo box that does not have the keyboard focus
  scrolls the page around it instead of changing the value (scrolling over Cài đặt changed an
  evaluation rule). Those inputs no longer take the focus from the wheel either: a click or Tab
  gives the focus, then the wheel works as before.
- A date picker whose date is empty (the minimum date shown as blank) opens its calendar at the
  current month, not at the minimum (January 2000).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QWidget,
)

_GUARDED = (QAbstractSpinBox, QComboBox)


def _input_of(obj) -> QWidget | None:
    """The guarded input ``obj`` is or belongs to (a spin box's line edit), else None."""
    w = obj if isinstance(obj, QWidget) else None
    for _ in range(2):
        if w is None:
            return None
        if isinstance(w, _GUARDED):
            return w
        w = w.parentWidget()
    return None


def _scroll_area_of(w: QWidget) -> QAbstractScrollArea | None:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return p
        p = p.parentWidget()
    return None


class InputGuard(QObject):
    def eventFilter(self, obj, event) -> bool:
        et = event.type()
        if et == QEvent.Polish and isinstance(obj, _GUARDED):
            if obj.focusPolicy() == Qt.WheelFocus:
                obj.setFocusPolicy(Qt.StrongFocus)
        elif et == QEvent.Wheel:
            w = _input_of(obj)
            if w is not None and not w.hasFocus() and not (isinstance(w, QComboBox) and w.view().isVisible()):
                area = _scroll_area_of(w)
                if area is not None:
                    bar = area.verticalScrollBar() if event.angleDelta().y() else area.horizontalScrollBar()
                    QApplication.sendEvent(bar, event)
                return True  # the value stays as it is
        elif et == QEvent.Show and isinstance(obj, QCalendarWidget):
            edit = _date_edit_of(obj)
            if edit is not None and edit.date() == edit.minimumDate() and edit.specialValueText():
                today = QDate.currentDate()
                obj.setCurrentPage(today.year(), today.month())
        return False


def _date_edit_of(cal: QCalendarWidget) -> QDateTimeEdit | None:
    """The date edit whose popup ``cal`` is (the popup window's parent is the edit)."""
    p = cal.parentWidget()
    for _ in range(3):
        if p is None:
            return None
        if isinstance(p, QDateTimeEdit):
            return p
        p = p.parentWidget()
    return None


_GUARD: InputGuard | None = None


def install(app: QApplication | None = None) -> InputGuard:
    """Install the guard on the application once (idempotent)."""
    global _GUARD
    app = app or QApplication.instance()
    if _GUARD is None:
        _GUARD = InputGuard()
        app.installEventFilter(_GUARD)
        for w in QApplication.allWidgets():  # inputs polished before the guard came
            if isinstance(w, _GUARDED) and w.focusPolicy() == Qt.WheelFocus:
                w.setFocusPolicy(Qt.StrongFocus)
    return _GUARD
