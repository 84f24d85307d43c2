"""Deadline reminders in the system tray (issue 11 item 5). The home screen shows the same
reminders as a banner (desktop/ui/pages/home.py); the days before a deadline come from the unit
setting ``reminder_days`` (default "14,3", desktop/domain/settings.py). Each reminder (deadline
and level reached) is shown once per run of the app. Nothing depends on a network."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.paths import icons_dir


class TrayReminders(QObject):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.shown: set[str] = set()
        self.last_message: str | None = None
        self.icon = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(QIcon(str(icons_dir() / "sothidua.png")), self)
            self.icon.setToolTip("Sổ Thi Đua")
            self.icon.activated.connect(self._activated)
            self.icon.show()

    def notify(self, reminders, lang: str) -> str | None:
        """Show the reminders not shown yet in this run; returns the message (also without a tray)."""
        new = [r for r in reminders if r.key not in self.shown]
        if not new:
            return None
        self.shown.update(r.key for r in new)
        title = QCoreApplication.translate("Reminders", "Deadline approaching")
        message = "\n".join(r.text(lang) for r in new)
        self.last_message = message
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, message, QSystemTrayIcon.Information, 15000)
        return message

    def _activated(self, reason) -> None:
        w = self.env.window
        if w is not None:
            w.showNormal()
            w.raise_()
            w.activateWindow()
            self.env.navigate("home")


def tray_for(env) -> TrayReminders | None:
    """The one tray reminder object of this app (made on first use, owned by the main window)."""
    w = env.window
    if w is None:
        return None
    tray = getattr(w, "_tray_reminders", None)
    if tray is None:
        tray = TrayReminders(env, w)
        w._tray_reminders = tray
    return tray
