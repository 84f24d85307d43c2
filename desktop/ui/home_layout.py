"""What the "Tổng quan" page shows (issue 11 item 1): the title, the cards with this period's
figures, the reminders, the next deadlines and actions, what came down from the upper level, the
charts and the empty state, built once and hidden until the figures are read.

Like the layout class Qt Designer writes beside a form, ``HomeLayout`` has no behaviour of its
own: the page (desktop/ui/pages/home.py) inherits it and holds what it loads and shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class _Card(QFrame):
    """A figure with a caption: '72 %' over 'hoàn thành'."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet(f"QFrame#{name} {{ background: #f5f7fa; border: 1px solid #cfd8dc; border-radius: 6px; }}")
        self.value = QLabel()
        self.value.setObjectName(f"{name}_value")
        self.value.setStyleSheet("font-size: 17pt; font-weight: bold; border: none; background: transparent;")
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("border: none; background: transparent; color: #37474f;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(0)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    def show_value(self, value: str, caption: str, color: str = "#263238") -> None:
        self.value.setText(value)
        self.value.setStyleSheet(
            f"font-size: 17pt; font-weight: bold; border: none; background: transparent; color: {color};"
        )
        self.caption.setText(caption)


class HomeLayout:
    """The widgets and texts of ``HomePage``."""

    def _build(self, env):
        self.title = QLabel()
        self.title.setObjectName("home_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.period = QLabel()
        self.period.setObjectName("home_period")
        self.help_btn = QPushButton()
        self.help_btn.setObjectName("home_help")
        self.help_btn.clicked.connect(self._open_help)
        head = QHBoxLayout()
        tcol = QVBoxLayout()
        tcol.setSpacing(0)
        tcol.addWidget(self.title)
        tcol.addWidget(self.period)
        head.addLayout(tcol, 1)
        head.addWidget(self.help_btn, 0, Qt.AlignTop)

        # Reminders (issue 11 item 5) and the empty state (item 3).
        self.banner = QLabel()
        self.banner.setObjectName("home_reminders")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; border: 1px solid #e0b84c; border-radius: 4px; padding: 6px;")
        self.empty = QFrame()
        self.empty.setObjectName("home_empty")
        self.empty.setStyleSheet(
            "QFrame#home_empty { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 4px; }"
        )
        self.empty_text = QLabel()
        self.empty_text.setObjectName("home_empty_text")
        self.empty_text.setWordWrap(True)
        self.empty_text.setStyleSheet("font-weight: bold; border: none;")
        self.empty_btn = QPushButton()
        self.empty_btn.setObjectName("home_import")
        self.empty_btn.clicked.connect(self._import_members)
        el = QHBoxLayout(self.empty)
        el.addWidget(self.empty_text, 1)
        el.addWidget(self.empty_btn)

        # What came down from the upper level (issue 17): decisions, returns, reminders, alerts.
        self.down_box = QGroupBox()
        self.down_box.setObjectName("home_from_parent")
        self.down_box.setStyleSheet("QGroupBox#home_from_parent { font-weight: bold; }")
        self.down_list = QListWidget()
        self.down_list.setObjectName("home_from_parent_list")
        self.down_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.down_list.setSelectionMode(QListWidget.NoSelection)
        self.down_list.setStyleSheet(
            "QListWidget { font-weight: normal; background: #fafafa; } "
            "QListWidget::item { border-bottom: 1px solid #eceff1; }"
        )
        dl = QVBoxLayout(self.down_box)
        dl.setContentsMargins(6, 2, 6, 4)
        dl.addWidget(self.down_list)
        self.down_box.setVisible(False)
        self._down_items = []

        # Status at a glance.
        self.cards_box = QWidget()
        cards = QHBoxLayout(self.cards_box)
        cards.setContentsMargins(0, 0, 0, 0)
        self.card_share = _Card("card_share")
        self.card_met = _Card("card_met")
        self.card_risk = _Card("card_risk")
        self.card_missing = _Card("card_missing")
        self.card_members = _Card("card_members")
        for c in (self.card_share, self.card_met, self.card_risk, self.card_missing, self.card_members):
            cards.addWidget(c, 1)
        self.card_risk.mousePressEvent = lambda e: self._go("campaign")
        self.card_missing.mousePressEvent = lambda e: self._go("campaign")
        self.card_members.mousePressEvent = lambda e: self._go("members")

        self.box = QGroupBox()
        self.box.setObjectName("home_deadlines_box")
        self.deadlines = QLabel()
        self.deadlines.setObjectName("home_deadlines")
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.RichText)
        QVBoxLayout(self.box).addWidget(self.deadlines)
        self.actions_box = QGroupBox()
        self.actions = QListWidget()
        self.actions.setObjectName("home_actions")
        self.actions.setWordWrap(True)
        self.actions.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.actions.setStyleSheet("QListWidget::item { padding: 4px 2px; border-bottom: 1px solid #eceff1; }")
        self.actions.itemActivated.connect(self._open_action)
        self.actions.itemClicked.connect(self._open_action)
        self.actions_hint = QLabel()
        self.actions_hint.setObjectName("home_actions_hint")
        self.actions_hint.setWordWrap(True)
        self.actions_hint.setStyleSheet("color: #546e7a;")
        al = QVBoxLayout(self.actions_box)
        al.addWidget(self.actions_hint)
        al.addWidget(self.actions, 1)
        left = QVBoxLayout()
        left.addWidget(self.box)
        left.addWidget(self.actions_box, 1)

        self.charts = QTabWidget()
        self.charts.setObjectName("home_charts")
        self.charts.setMinimumWidth(420)

        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addWidget(self.charts, 0, 1)
        body.setColumnStretch(0, 5)
        body.setColumnStretch(1, 6)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 4)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        from desktop.ui.sync_status import SyncProblemBanner

        self.sync_banner = SyncProblemBanner(env, self)  # online sync trouble, in one sentence (issue 24)
        lay.addWidget(self.sync_banner)
        lay.addWidget(self.empty)
        lay.addWidget(self.down_box)
        lay.addWidget(self.cards_box)
        lay.addLayout(body, 1)
        self.setTabOrder(self.empty_btn, self.actions)
        self.setTabOrder(self.actions, self.charts)
        self._next_actions = []
        self.tray = None
        for w in (
            self.banner,
            self.empty,
            self.card_share,
            self.card_met,
            self.card_risk,
            self.card_missing,
            self.card_members,
        ):
            w.setVisible(False)  # until the figures are read (shown by _show)
