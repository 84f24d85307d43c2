"""The main window: a navigation list on the left, the pages on the right."""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QVBoxLayout, QWidget)

from desktop import APP_NAME, __version__
from desktop.domain.units import UnitKind
from desktop.services.units import self_unit
from desktop.ui import pages as pages_pkg
from desktop.ui.pages import Page, PageSpec

# ---------------------------------------------------------------------------- page index
# Start-up speed (issue 13): importing every page module (and through them every service,
# ReportLab's wrappers, the sync and crypto code…) to build the navigation cost ~0.2–0.3 s before
# the window could show. The navigation only needs each page's key, order, title, icon and the
# unit kinds it serves, listed here; a page's module is imported when the page is first opened.
# tests/ui/test_page_index.py checks this list against every module's PAGE (a page missing here
# is still found: its module is imported at start as before).
_ALL = frozenset(UnitKind)
_UNIONS = frozenset(k for k in UnitKind if k.is_union)
_CYCLE = frozenset({UnitKind.CHI_DOAN, UnitKind.DOAN_CO_SO})
_COMMUNE = frozenset({UnitKind.DANG_UY_XA})
# module: (key, order, English title as in the module's PAGE, icon, kinds served, shown without a unit)
PAGE_INDEX: dict[str, tuple[str, int, str, str, frozenset, bool]] = {
    "home": ("home", 0, "Overview", "home.svg", _ALL, False),
    "commune_dashboard": ("commune_dashboard", 1, "Committee dashboard", "dashboard.svg", _COMMUNE, False),
    "members": ("members", 10, "Members", "members.svg", _UNIONS, False),
    "branches": ("branches", 12, "Branches", "branches.svg",
                 frozenset({UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN}), False),
    "registration": ("registration", 15, "Registration", "registration.svg", _CYCLE, False),
    "campaign": ("campaign", 20, "Criteria", "criteria.svg", _CYCLE, False),
    "commune_models": ("commune_models", 21, "Models and indicators", "models.svg", _COMMUNE, False),
    "commune_logs": ("commune_logs", 22, "Commune logs", "logs.svg", _COMMUNE, False),
    "commune_programme": ("commune_programme", 23, "Action programme", "programme.svg", _COMMUNE, False),
    "commune_review": ("commune_review", 24, "Review and documents", "review.svg", _COMMUNE, False),
    "logs": ("logs", 25, "Evidence logs", "logs.svg", _CYCLE, False),
    "volunteer": ("volunteer", 30, "Volunteer days", "volunteer.svg", _CYCLE, False),
    "recognition": ("recognition", 40, "Recognition", "recognition.svg", _CYCLE, False),
    "outbox": ("outbox", 80, "Send and receive", "outbox.svg", _UNIONS, False),
    "reports": ("reports", 80, "Printed reports", "reports.svg", _UNIONS, False),
    "backups": ("backups", 850, "Backups", "backups.svg", _ALL, True),
    "history": ("history", 860, "Change history", "history.svg", _ALL, False),
    "users": ("users", 870, "Accounts", "users.svg", _ALL, False),
    "settings": ("settings", 900, "Settings", "settings.svg", _ALL, False),
}
NOT_PAGES = frozenset({"commune_common"})  # helpers living among the pages (no PAGE)


class LazyPageSpec:
    """A PageSpec whose module is imported on first use of ``factory`` (same attributes)."""

    def __init__(self, module: str, key: str, order: int, title: str, icon: str | None,
                 kinds: frozenset, without_unit: bool):
        self.module, self.key, self.order, self.title, self.icon = module, key, order, title, icon
        self.kinds, self.without_unit = kinds, without_unit

    def available(self, unit) -> bool:
        return self.without_unit if unit is None else unit.kind in self.kinds

    def spec(self) -> PageSpec:
        return importlib.import_module(f"{pages_pkg.__name__}.{self.module}").PAGE

    @property
    def factory(self):
        return self.spec().factory

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


def page_specs() -> list:
    """The pages for the navigation: indexed ones without importing them, others imported."""
    specs: list = []
    for info in pkgutil.iter_modules(pages_pkg.__path__):
        name = info.name
        if name.startswith("_") or name in NOT_PAGES:
            continue
        if name in PAGE_INDEX:
            specs.append(LazyPageSpec(name, *PAGE_INDEX[name]))
            continue
        spec = getattr(importlib.import_module(f"{pages_pkg.__name__}.{name}"), "PAGE", None)
        if spec is not None:
            specs.append(spec)
    return sorted(specs, key=lambda s: s.order)


class MainWindow(QMainWindow):
    def __init__(self, env):
        super().__init__()
        self.env = env
        env.window = self
        self.setObjectName("main_window")
        self.specs: list = page_specs()
        self.pages: dict[str, Page] = {}
        self.unit = self_unit(env.ctx)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 6px; }")
        self.stack = QStackedWidget()
        self.header = QLabel()
        self.header.setObjectName("unit_header")
        self.header.setStyleSheet("font-weight: bold; font-size: 11pt; padding: 4px 8px;")

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.header)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.menu_file = self.menuBar().addMenu("")
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.Quit)
        self.act_quit.triggered.connect(self.close)
        self.menu_file.addAction(self.act_quit)
        self.menu_help = self.menuBar().addMenu("")
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.menu_help.addAction(self.act_about)

        self.nav.currentRowChanged.connect(self._on_nav)
        env.bus.changed.connect(self._on_changed)
        self.resize(1280, 720)
        self.setMinimumSize(QSize(1000, 600))
        self.rebuild_nav()
        self.retranslate()

    # ---------------------------------------------------------------- navigation
    def visible_specs(self) -> list:
        return [s for s in self.specs if s.available(self.unit)]

    def rebuild_nav(self) -> None:
        current = self.current_key()
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self.visible_specs():
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.UserRole, spec.key)
            if spec.icon:
                from PySide6.QtGui import QIcon

                from desktop.paths import icons_dir

                item.setIcon(QIcon(str(icons_dir() / spec.icon)))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        keys = [s.key for s in self.visible_specs()]
        self.show_page(current if current in keys else (keys[0] if keys else None))

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _on_nav(self, row: int) -> None:
        item = self.nav.item(row)
        if item:
            self.show_page(item.data(Qt.UserRole))

    def page(self, key: str) -> Page:
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            page = spec.factory(self.env)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str | None, **kwargs) -> None:
        if key is None:
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.UserRole) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        page.activate(**kwargs)

    # ---------------------------------------------------------------- changes
    def _on_changed(self, changes) -> None:
        if changes.touches("unit"):
            self.unit = self_unit(self.env.ctx)
            self.rebuild_nav()
            self._update_header()

    def _update_header(self) -> None:
        if self.unit:
            kind = self.unit.kind.label_vi if self.env.translator.language == "vi" else self.unit.kind.label_en
            self.header.setText(f"{self.unit.name}  ·  {kind}  ·  {self.unit.code}")
        else:
            self.header.setText("")

    # ---------------------------------------------------------------- i18n
    def retranslate(self) -> None:
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.menu_file.setTitle(self.tr("&File"))
        self.act_quit.setText(self.tr("&Quit"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("&About Sổ Thi Đua"))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            spec = next(s for s in self.specs if s.key == item.data(Qt.UserRole))
            item.setText(spec.translated_title())
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Sổ Thi Đua"), self.tr(
            "Sổ Thi Đua {0}\nRecord book for the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign "
            "of Hải Phòng (Resolution 05-NQ/TU).\nData folder: {1}").format(
                __version__, self.env.ctx.data.root))
