"""What every page and dialog gets, passed explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Changes
from desktop.services.context import AppContext


class ChangeBus(QObject):
    """One signal for 'the data changed'; views check ``changes.touches(...)`` before reloading."""

    changed = Signal(object)

    def emit(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


@dataclass
class UiEnv:
    ctx: AppContext
    runner: object  # TaskRunner or SyncTaskRunner
    bus: ChangeBus
    translator: object  # desktop.ui.i18n.Translator
    window: object | None = None  # MainWindow, set once built

    def navigate(self, key: str, **kwargs) -> None:
        if self.window is not None:
            self.window.show_page(key, **kwargs)
