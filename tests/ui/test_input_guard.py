"""Inputs that cannot change by accident (issue 19 item 10): the mouse wheel over an unfocused
combo box, spin box or date edit leaves its value alone (it changed an evaluation rule on Cài đặt);
an empty date picker opens at the current month, not January 2000."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


def _wheel(widget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    ev = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.NoButton,
        Qt.NoModifier,
        Qt.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, ev)


def test_the_wheel_over_an_unfocused_rule_on_settings_changes_nothing(window, qtbot):
    window.show_page("settings")
    page = window.pages["settings"]
    combos = [w for w in page.rule_widgets.values() if isinstance(w, QComboBox)]
    assert combos
    for combo in combos:
        before = combo.currentIndex()
        assert not combo.hasFocus()
        assert combo.focusPolicy() != Qt.WheelFocus  # the wheel does not hand it the focus
        _wheel(combo, -1)
        _wheel(combo, 1)
        _wheel(combo, -2)
        assert combo.currentIndex() == before
    spins = page.findChildren(QAbstractSpinBox)
    for spin in spins:
        if spin.isVisible() and not spin.hasFocus():
            before = spin.text()
            _wheel(spin.lineEdit() if hasattr(spin, "lineEdit") else spin, 1)
            _wheel(spin, 1)
            assert spin.text() == before


def test_the_wheel_still_works_once_the_person_clicked_into_the_input(window, qtbot):
    window.show_page("settings")
    combo = next(
        w for w in window.pages["settings"].rule_widgets.values() if isinstance(w, QComboBox) and w.count() > 1
    )
    combo.setCurrentIndex(0)
    combo.setFocus(Qt.MouseFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, -1)
    assert combo.currentIndex() == 1


def test_an_empty_target_date_opens_its_calendar_at_today(window, qtbot):
    window.show_page("registration")
    page = window.pages["registration"]
    edit = page.items.cellWidget(0, 2)
    assert edit is not None and edit.date() == edit.minimumDate()  # no target date yet
    page.items.scrollToTop()
    qtbot.mouseClick(edit, Qt.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    cal = edit.calendarWidget()
    qtbot.waitUntil(cal.isVisible)
    today = QDate.currentDate()
    assert (cal.yearShown(), cal.monthShown()) == (today.year(), today.month())
    assert edit.date() == edit.minimumDate()  # opening the calendar sets nothing
    cal.parentWidget().hide()
