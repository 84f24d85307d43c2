"""Pages of the main window, discovered from this package.

Each module defines ``PAGE = PageSpec(...)``. The navigation lists the pages whose
``available(unit)`` is true, in ``order``; a page widget is built on first visit (fast start).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from desktop.domain.units import Unit
from desktop.services.changes import Changes


@dataclass(frozen=True)
class PageSpec:
    key: str
    order: int
    title: str  # English source, marked with QT_TRANSLATE_NOOP("Navigation", ...)
    factory: Callable[..., "Page"]
    available: Callable[[Unit | None], bool] = lambda unit: unit is not None
    icon: str | None = None  # file name in resources/icons

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


class Page(QWidget):
    """Base page: reacts to data changes and to language changes."""

    def __init__(self, env, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        env.bus.changed.connect(self._on_changed)

    # Subclasses override these.
    def retranslate(self) -> None:
        pass

    def reload(self) -> None:
        pass

    def watches(self) -> tuple[str, ...]:
        return ()

    def activate(self, **kwargs) -> None:
        """Called each time the page is shown (with navigate() arguments)."""

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.watches()):
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def discover() -> list[PageSpec]:
    specs = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        spec = getattr(module, "PAGE", None)
        if spec is not None:
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)
