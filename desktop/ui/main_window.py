"""The main window: a navigation list on the left, the pages on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QStackedWidget, QVBoxLayout, QWidget)

from desktop import APP_NAME, __version__
from desktop.services.units import self_unit
from desktop.ui.pages import Page, PageSpec, discover


class MainWindow(QMainWindow):
    def __init__(self, env):
        super().__init__()
        self.env = env
        env.window = self
        self.setObjectName("main_window")
        self.specs: list[PageSpec] = discover()
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
    def visible_specs(self) -> list[PageSpec]:
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
