"""What the "Đăng ký" page shows and how it reads (step 1): the unit and year with the deadline
above, the tabs (content and roadmap per criterion, the members who register) and the buttons to
save, submit, amend and see the history, built once; the texts set again on a change of
language.

Like the layout class Qt Designer writes beside a form, ``RegistrationLayout`` has no behaviour
of its own: the page (desktop/ui/pages/registration.py) inherits it and holds what it loads and
does.
"""

from __future__ import annotations


from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.cycle_common import UnitPeriodBar


class RegistrationLayout:
    """The widgets and texts of ``RegistrationPage``."""

    def _build(self, env):
        self.bar = UnitPeriodBar(env)
        self.bar.changed.connect(self.reload)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("registration_deadline")
        self.deadline_label.setWordWrap(True)  # fits a 1093 px wide screen (1366×768 at 125 %)
        self.status_label = QLabel()
        self.status_label.setObjectName("registration_status")
        self.status_label.setWordWrap(True)

        self.items = QTableWidget(0, 4)
        self.items.setObjectName("registration_items")
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionMode(QAbstractItemView.NoSelection)
        hh = self.items.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.Stretch)
        self.items.setColumnWidth(0, 300)
        self.items.setColumnWidth(2, 120)
        self.items.setColumnWidth(3, 170)

        self.member_filter = QLineEdit()
        self.member_filter.setObjectName("registration_member_filter")
        self.member_filter.textChanged.connect(self._filter)
        self.member_all = QPushButton()
        self.member_all.clicked.connect(lambda: self._tick_all(True))
        self.member_none = QPushButton()
        self.member_none.clicked.connect(lambda: self._tick_all(False))
        self.member_list = QListWidget()
        self.member_list.setObjectName("registration_members")
        self.member_list.itemChanged.connect(self._count)
        self.member_count = QLabel()
        self.member_count.setObjectName("registration_member_count")
        mw = QWidget()
        ml = QVBoxLayout(mw)
        mt = QHBoxLayout()
        mt.addWidget(self.member_filter, 1)
        mt.addWidget(self.member_all)
        mt.addWidget(self.member_none)
        ml.addLayout(mt)
        ml.addWidget(self.member_list, 1)
        ml.addWidget(self.member_count)

        self.history = QListWidget()
        self.history.setObjectName("registration_history")

        self.tabs = QTabWidget()
        self.tabs.addTab(self.items, "")
        self.tabs.addTab(mw, "")
        self.tabs.addTab(self.history, "")

        self.note = QLineEdit()
        self.note.setObjectName("registration_note")
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("registration_save")
        self.save_btn.clicked.connect(self._save)
        self.submit_btn = QPushButton()
        self.submit_btn.setObjectName("registration_submit")
        self.submit_btn.clicked.connect(self._submit)
        self.copy_btn = QPushButton()
        self.copy_btn.setObjectName("registration_copy_previous")
        self.copy_btn.clicked.connect(self._copy_previous)
        self.amend_btn = QPushButton()
        self.amend_btn.setObjectName("registration_amend")
        self.amend_btn.clicked.connect(self._amend)
        self.send_btn = QPushButton()  # the submitted registration's package: send or save it again
        self.send_btn.setObjectName("registration_send")
        self.send_btn.clicked.connect(self._open_send)
        self.package = None  # the newest outbox item of this registration (this unit's own)
        self.submit_dialog = None
        self.message = QLabel()
        self.message.setObjectName("registration_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.note_label = QLabel()
        buttons.addWidget(self.note_label)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.copy_btn)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.submit_btn)
        buttons.addWidget(self.amend_btn)
        buttons.addWidget(self.send_btn)

        head = QHBoxLayout()
        head.addWidget(self.bar, 1)
        head.addWidget(self.deadline_label, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.status_label)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

    def retranslate(self):
        self.bar.retranslate()
        self.items.setHorizontalHeaderLabels(
            [self.tr("Criterion"), self.tr("Planned activities"), self.tr("Target date"), self.tr("Responsible")]
        )
        self.tabs.setTabText(0, self.tr("Content and roadmap"))
        self.tabs.setTabText(1, self.tr("Members registering as Socialist members"))
        self.tabs.setTabText(2, self.tr("History"))
        self.member_filter.setPlaceholderText(self.tr("Filter by name…"))
        self.member_all.setText(self.tr("All"))
        self.member_none.setText(self.tr("None"))
        self.note_label.setText(self.tr("Note:"))
        self.note.setPlaceholderText(self.tr("e.g. the reason for an amendment"))
        self.save_btn.setText(self.tr("Save draft"))
        self.submit_btn.setText(self.tr("Submit to the Đoàn cơ sở"))
        self.amend_btn.setText(self.tr("Amend (new version)"))
        self.send_btn.setText(self.tr("Send to the Đoàn cơ sở…"))
        self._render()
