"""Sizes that respect the screen: a dialog opens at its comfortable size, or smaller when the
screen is smaller (1366×768 at Windows' 125 % leaves 1093×574 logical pixels under the taskbar;
tests/ui/test_high_dpi.py). Qt keeps each dialog's minimum size either way."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # logical pixels kept for the window's title bar and frame


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, no larger than the available screen."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, avail.width() - 20)
        height = min(height, avail.height() - TITLE_BAR)
    widget.resize(width, height)
