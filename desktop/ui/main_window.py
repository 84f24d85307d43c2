"""The main window: a navigation list on the left, the pages on the right.

Start-up (issue 13): ``MainWindow.shell(unit, private=)`` builds the window before the database
stack is loaded — navigation from PAGE_INDEX, title, header (from ``db.peek``), status bar and a
"Đang mở dữ liệu…" page — and ``attach(env)`` turns it into the real window once the data is
open (desktop/app.py). A page chosen in the navigation meanwhile is remembered and opened then.
"""

from __future__ import annotations

import importlib
import pkgutil

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain.bilingual import catalog_text
from desktop.domain.units import UnitKind
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
_PARTY_UPPER = frozenset({UnitKind.DANG_CAP_TREN})
# module: (key, order, English title as in the module's PAGE, icon, kinds served, shown without a unit)
PAGE_INDEX: dict[str, tuple[str, int, str, str, frozenset, bool]] = {
    "home": ("home", 0, "Overview", "home.svg", _ALL, False),
    "commune_dashboard": ("commune_dashboard", 1, "Committee dashboard", "dashboard.svg", _COMMUNE, False),
    "members": ("members", 10, "Members", "members.svg", _UNIONS, False),
    "branches": (
        "branches",
        12,
        "Branches",
        "branches.svg",
        frozenset({UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN}),
        False,
    ),
    "tree": (
        "tree",
        13,
        "Units below",
        "branches.svg",
        frozenset({UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN}),
        False,
    ),
    "reviews": (
        "reviews",
        14,
        "Review and ranking",
        "review.svg",
        frozenset({UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN}),
        False,
    ),
    "registration": ("registration", 15, "Registration", "registration.svg", _CYCLE, False),
    "campaign": ("campaign", 20, "Criteria", "criteria.svg", _CYCLE, False),
    "commune_models": ("commune_models", 21, "Models and indicators", "models.svg", _COMMUNE, False),
    "commune_logs": ("commune_logs", 22, "Commune logs", "logs.svg", _COMMUNE, False),
    "commune_programme": ("commune_programme", 23, "Action programme", "programme.svg", _COMMUNE, False),
    "commune_review": ("commune_review", 24, "Review and documents", "review.svg", _COMMUNE, False),
    "commune_hamlets": ("commune_hamlets", 26, "Hamlets", "members.svg", _COMMUNE, False),
    "commune_surveys": ("commune_surveys", 27, "Satisfaction surveys", "review.svg", _COMMUNE, False),
    "commune_dvk": ("commune_dvk", 28, "Dân vận khéo models", "models.svg", _COMMUNE, False),
    "logs": ("logs", 25, "Evidence logs", "logs.svg", _CYCLE, False),
    "volunteer": ("volunteer", 30, "Volunteer days", "volunteer.svg", _CYCLE, False),
    "recognition": ("recognition", 40, "Recognition", "recognition.svg", _CYCLE, False),
    "outbox": ("outbox", 80, "Send and receive", "outbox.svg", _ALL, False),
    "party_communes": ("party_communes", 5, "Communes", "dashboard.svg", _PARTY_UPPER, False),
    "reports": ("reports", 80, "Printed reports", "reports.svg", _UNIONS, False),
    "backups": ("backups", 850, "Backups", "backups.svg", _ALL, True),
    "history": ("history", 860, "Change history", "history.svg", _ALL, False),
    "users": ("users", 870, "Accounts", "users.svg", _ALL, False),
    "settings": ("settings", 900, "Settings", "settings.svg", _ALL, False),
}
NOT_PAGES = frozenset({"commune_common"})  # helpers living among the pages (no PAGE)


class LazyPageSpec:
    """A PageSpec whose module is imported on first use of ``factory`` (same attributes)."""

    def __init__(
        self, module: str, key: str, order: int, title: str, icon: str | None, kinds: frozenset, without_unit: bool
    ):
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


NAV_ICON_SIZE = 20


# The selected item: a light highlight with a blue bar, so that the blue icons stay visible (on
# the style's dark blue highlight they were hard to see, issue 11 item 4). Costs nothing at start,
# unlike drawing white copies of every icon.
NAV_STYLE = (
    "QListWidget::item { padding: 7px 6px; color: #263238; }"
    "QListWidget::item:hover { background: #eef4fb; }"
    "QListWidget::item:selected { background: #d6e6f8; color: #0d2c54; font-weight: bold;"
    " border-left: 4px solid #1565c0; padding-left: 2px; }"
)


def nav_icon(file_name: str) -> QIcon:
    from desktop.paths import icons_dir

    return QIcon(str(icons_dir() / file_name))


class LoadingPage(QWidget):
    """What the page area shows while the data is being opened (start-up, issue 13)."""

    def __init__(self):
        super().__init__()
        self.setObjectName("page_loading")
        self.title = QLabel()
        self.title.setObjectName("loading_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.text = QLabel()
        self.text.setObjectName("loading_text")
        self.text.setStyleSheet("font-size: 11pt; color: #37474f;")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(360)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.addWidget(self.title)
        lay.addSpacing(24)
        lay.addWidget(self.text, 0, Qt.AlignHCenter)
        lay.addWidget(self.bar, 0, Qt.AlignHCenter)
        lay.addStretch(1)

    def retranslate(self, page_title: str) -> None:
        self.title.setText(page_title)
        self.text.setText(self.tr("Opening the data…"))


class MainWindow(QMainWindow):
    def __init__(self, env, *, unit=None, private: bool = False, language: str = "vi"):
        super().__init__()
        from desktop.ui import input_guard

        input_guard.install()  # no wheel changes on unfocused inputs, date pickers at today
        self.env = env
        self.setObjectName("main_window")
        self.specs: list = page_specs()
        self.pages: dict[str, Page] = {}
        self.loading: LoadingPage | None = None
        self._pending: tuple[str, dict] | None = None
        self._prefetched: dict = {}
        self._private = private  # a login is due: no unit data in the header until attach()
        self._shell_language = language
        if env is not None:
            from desktop.services.units import self_unit

            env.window = self
            self.unit = self_unit(env.ctx)
        else:
            self.unit = unit
            self.loading = LoadingPage()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        if self.loading is not None:
            self.stack.addWidget(self.loading)
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
        if env is not None:
            env.bus.changed.connect(self._on_changed)
        self.setAcceptDrops(True)  # package and invitation files dropped anywhere on the window
        self.resize(1280, 720)
        self.setMinimumSize(QSize(1000, 600))
        self.statusBar()  # there from the first frame (the safety and sync widgets join it)
        self.rebuild_nav()
        self.retranslate()

    # ---------------------------------------------------------------- files dropped on the window
    DROPPED_KINDS = (".stpkg", ".stmoi")

    @classmethod
    def _dropped_paths(cls, mime) -> list[str]:
        from pathlib import Path

        if not mime.hasUrls():
            return []
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p and (Path(p).is_dir() or Path(p).suffix.lower() in cls.DROPPED_KINDS)]

    def dragEnterEvent(self, event) -> None:
        if self.env is not None and self._dropped_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event.mimeData()) if self.env is not None else []
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.receive_files(paths)

    def receive_files(self, paths: list[str]) -> None:
        """Packages (files or folders) go to "Gửi – nhận" and are imported together; an
        invitation opens the joining step in Cài đặt."""
        from pathlib import Path

        invites = [p for p in paths if Path(p).suffix.lower() == ".stmoi"]
        packages = [p for p in paths if p not in invites]
        keys = {s.key for s in self.visible_specs()}
        if packages and "outbox" in keys:
            self.show_page("outbox", tab="received")
            self.page("outbox").import_files(packages)
        if invites and "settings" in keys:
            self.show_page("settings")
            self.page("settings").accept_invitation(invites[0])

    @classmethod
    def shell(cls, unit, *, private: bool = False, language: str = "vi") -> "MainWindow":
        """The window shown while the data is opened: no env, no database access."""
        return cls(None, unit=unit, private=private, language=language)

    @property
    def is_loading(self) -> bool:
        return self.env is None

    def attach(self, env, prefetched: dict | None = None) -> None:
        """The data is open (and the user logged in): build the real pages, open the page chosen
        meanwhile (or the first one). ``prefetched``: data read while opening, by page key
        (``take_prefetched``)."""
        from desktop.services.units import self_unit

        self._prefetched = dict(prefetched or {})
        self.env = env
        env.window = self
        env.bus.changed.connect(self._on_changed)
        self._private = False
        self.unit = self_unit(env.ctx)
        pending, self._pending = self._pending, None
        self.rebuild_nav(show=False)
        keys = [s.key for s in self.visible_specs()]
        key, kwargs = pending if pending and pending[0] in keys else (keys[0] if keys else None, {})
        self.show_page(key, **kwargs)
        if self.loading is not None:
            self.stack.removeWidget(self.loading)
            self.loading.deleteLater()
            self.loading = None
            self.statusBar().clearMessage()
        self._update_header()
        self._prefetched.clear()  # only for the first build of a page

    def take_prefetched(self, key: str):
        """Data read for page ``key`` while the data was being opened (once), or None."""
        return self._prefetched.pop(key, None)

    # ---------------------------------------------------------------- navigation
    def visible_specs(self) -> list:
        return [s for s in self.specs if s.available(self.unit)]

    def rebuild_nav(self, *, show: bool = True) -> None:
        current = self._pending[0] if self._pending else self.current_key()
        self.nav.blockSignals(True)
        self.nav.clear()
        for spec in self.visible_specs():
            item = QListWidgetItem(spec.translated_title())
            item.setData(Qt.UserRole, spec.key)
            if spec.icon:
                item.setIcon(nav_icon(spec.icon))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        keys = [s.key for s in self.visible_specs()]
        if show:
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

    def _select_row(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.UserRole) == key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def show_page(self, key: str | None, **kwargs) -> None:
        if key is None:
            return
        if self.is_loading:  # remembered, opened by attach()
            self._pending = (key, kwargs)
            self._select_row(key)
            self._retranslate_loading()
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self._select_row(key)
        page.activate(**kwargs)

    # ---------------------------------------------------------------- changes
    def _on_changed(self, changes) -> None:
        if changes.touches("unit"):
            from desktop.services.units import self_unit

            self.unit = self_unit(self.env.ctx)
            self.rebuild_nav()
            self._update_header()

    def _language(self) -> str:
        if self.env is not None:
            return self.env.translator.language
        return self._shell_language

    def _update_header(self) -> None:
        if self.unit and not self._private:
            kind = catalog_text(self.unit.kind, "label", self._language())
            self.header.setText(f"{self.unit.name}  ·  {kind}  ·  {self.unit.code}")
        else:
            self.header.setText("")

    # ---------------------------------------------------------------- i18n
    def _retranslate_loading(self) -> None:
        if self.loading is None:
            return
        key = self._pending[0] if self._pending else self.current_key()
        spec = next((s for s in self.specs if s.key == key), None)
        self.loading.retranslate(spec.translated_title() if spec else "")

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
        self._retranslate_loading()
        if self.is_loading:
            self.statusBar().showMessage(self.tr("Opening the data…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def about(self) -> None:
        folder = self.env.ctx.data.root if self.env is not None else ""
        QMessageBox.about(
            self,
            self.tr("About Sổ Thi Đua"),
            self.tr(
                "Sổ Thi Đua {0}\nRecord book for the “Chi đoàn XHCN gắn với Đoàn viên XHCN” campaign "
                "of Hải Phòng (Resolution 05-NQ/TU).\nData folder: {1}"
            ).format(__version__, folder),
        )
