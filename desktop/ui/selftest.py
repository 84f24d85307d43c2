"""The Qt half of ``sothidua selftest``: can this installation show its windows?

Used to check an installed or bundled copy (PyInstaller folder) on a machine where nobody can
look at the screen: builds the QApplication, the first-run wizard and the main window with
every page, and reports what it saw. Nothing here changes data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon, QImageReader
from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The QApplication; headless machines without a display get the offscreen platform."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.ui.fonts import apply_interface_font

    app = QApplication.instance() or QApplication([sys.argv[0]])
    apply_interface_font(app)
    return app


# Looked up through an alias on purpose: these strings belong to other modules' .ts files, and
# pyside6-lupdate (and desktop.i18n.tool) must not extract them here a second time.
_lookup = QCoreApplication.translate


def qt_facts(icon_file: Path) -> dict:
    """Plugins and translations as Qt sees them (the parts a bundle can lose)."""
    formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
    return {
        "platform": QApplication.platformName(),
        "font": QApplication.font().family(),
        "font_point_size": QApplication.font().pointSizeF(),
        "device_pixel_ratio": QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else None,
        "logical_dpi": QApplication.primaryScreen().logicalDotsPerInch() if QApplication.primaryScreen() else None,
        "image_formats": formats,
        "icon_loads": not QIcon(str(icon_file)).isNull() if icon_file.exists() else False,
        # Installed translators: the app's own (sothidua_vi.qm) and Qt's (qt_vi.qm).
        "app_translation": _lookup("MainWindow", "&File"),
        "qt_translation": _lookup("QPlatformTheme", "Cancel"),
    }


def _destroy(widget) -> None:
    """Delete the widget and its children now: a window left alive would keep reacting to
    language changes and data signals after its context is closed (in-process runs, tests)."""
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def check_wizard(ctx) -> str:
    """Build (not run) the first-run wizard a new user sees; returns its title."""
    from desktop.ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(ctx)
    try:
        wizard.show()
        QApplication.processEvents()
        return wizard.windowTitle()
    finally:
        wizard.close()
        _destroy(wizard)


def check_main_window(env, screenshot: Path | None = None) -> dict:
    """Show the main window, visit every page in the navigation, optionally save a screenshot."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(env)
    pages, errors = [], {}
    try:
        window.show()
        QApplication.processEvents()
        for spec in window.visible_specs():
            try:
                window.show_page(spec.key)
                QApplication.processEvents()
                pages.append(spec.key)
            except Exception as exc:  # noqa: BLE001 - reported, the other pages still run
                errors[spec.key] = f"{type(exc).__name__}: {exc}"
        first = window.visible_specs()[0].key if window.visible_specs() else None
        if first:
            window.show_page(first)
            QApplication.processEvents()
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(screenshot))
        return {
            "visible": window.isVisible(),
            "title": window.windowTitle(),
            "size": [window.width(), window.height()],
            "pages": pages,
            "page_errors": errors,
        }
    finally:
        window.close()
        env.window = None  # env <-> window is a reference cycle: break it
        _destroy(window)
