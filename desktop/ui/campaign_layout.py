"""What the criteria screen ("Theo dõi tiêu chí") shows and how it reads: the unit and period
above with the completion share and the verdict, the criteria tree grouped as in the regulations
with the explanation and evidence of the one selected, the view quarter by quarter, and the
decision received, built once; the texts set again on a change of language.

Like the layout class Qt Designer writes beside a form, ``CampaignLayout`` has no behaviour of
its own: the page (desktop/ui/pages/campaign.py) inherits it and holds what it loads and shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.cycle_common import period_header


class CampaignLayout:
    """The widgets and texts of ``CampaignPage``."""

    def _build(self, env):
        self._catalog_source = (None, None)
        self.as_of = QLabel()
        self.as_of.setObjectName("campaign_as_of")
        self.catalog_label = QLabel()  # the catalog in force: id and version (issue 17)
        self.catalog_label.setObjectName("campaign_catalog")
        self.catalog_label.setStyleSheet("color: #37474f; padding: 0 6px;")
        self.bar, self.refresh_btn, top, self.summary = period_header(self, self.as_of, summary_name="campaign_summary")
        self.summary.setMargin(6)

        self.tree = QTreeWidget()
        self.tree.setObjectName("criteria_tree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        hdr = self.tree.header()
        hdr.setStretchLastSection(True)
        hdr.setSectionResizeMode(0, QHeaderView.Interactive)
        self.tree.setColumnWidth(0, 360)
        self.tree.setColumnWidth(1, 150)
        self.tree.setColumnWidth(2, 110)
        self.tree.currentItemChanged.connect(self._show_detail)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("criterion_title")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setObjectName("criterion_explanation")
        self.detail_text.setWordWrap(True)
        self.evidence_label = QLabel()
        self.evidence = QListWidget()
        self.evidence.setObjectName("criterion_evidence")
        self.evidence.itemDoubleClicked.connect(self._open_evidence)
        self.add_btn = QPushButton()
        self.add_btn.setObjectName("criterion_add")
        self.add_btn.clicked.connect(self._add_record)
        self.judge_btn = QPushButton()
        self.judge_btn.setObjectName("criterion_judge")
        self.judge_btn.clicked.connect(self._judge)
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("criterion_open")
        self.open_btn.clicked.connect(self._open_page)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_btn)
        buttons.addWidget(self.judge_btn)
        buttons.addWidget(self.open_btn)
        self.help_btn = QPushButton()  # "?": the meaning of the criterion (desktop/ui/help.py, issue 11)
        self.help_btn.setObjectName("criterion_help")
        self.help_btn.clicked.connect(self._help)
        buttons.addWidget(self.help_btn)
        buttons.addStretch(1)
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 4, 0, 0)
        dl.addWidget(self.detail_title)
        dl.addWidget(self.detail_text)
        row = QHBoxLayout()
        ev = QVBoxLayout()
        ev.addWidget(self.evidence_label)
        ev.addWidget(self.evidence, 1)
        row.addLayout(ev, 1)
        row.addLayout(buttons)
        dl.addLayout(row, 1)

        split = QSplitter(Qt.Vertical)
        split.addWidget(self.tree)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 180])  # the 16 criteria and 3 group rows fit without scrolling

        self.quarter_table = QTableWidget()
        self.quarter_table.setObjectName("quarter_table")
        self.quarter_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.quarter_table.verticalHeader().setVisible(False)

        # "Nộp" the quarterly report of the quarter chosen in the table (issue 17 item 2)
        self.quarter_send = QPushButton()
        self.quarter_send.setObjectName("quarter_submit")
        self.quarter_send.clicked.connect(self._submit_quarter)
        self.quarter_table.itemSelectionChanged.connect(self._quarter_button)
        self.submit_dialog = None
        qtab = QWidget()
        ql = QVBoxLayout(qtab)
        ql.setContentsMargins(0, 0, 0, 0)
        ql.addWidget(self.quarter_table, 1)
        self.quarter_status = QLabel()  # where the chosen quarter's report is (in the outbox, sent, …)
        self.quarter_status.setObjectName("quarter_package")
        self.quarter_status.setWordWrap(True)
        self._quarter_packages = {}
        qb = QHBoxLayout()
        qb.addWidget(self.quarter_status, 1)
        qb.addWidget(self.quarter_send)
        ql.addLayout(qb)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("campaign_tabs")
        self.tabs.addTab(split, "")
        self.tabs.addTab(qtab, "")
        self.tabs.setCornerWidget(self.catalog_label, Qt.TopRightCorner)  # beside the tabs: no extra width

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        self.decision = QLabel()  # the recognition decision received from the Đoàn cơ sở (issue 7)
        self.decision.setObjectName("campaign_decision")
        self.decision.setWordWrap(True)
        self.decision.setVisible(False)
        lay.addWidget(self.decision)
        lay.addWidget(self.tabs, 1)

    def retranslate(self):
        self.bar.retranslate()
        self.refresh_btn.setText(self.tr("Refresh"))
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Status"), self.tr("Result"), self.tr("Explanation")])
        self.tabs.setTabText(0, self.tr("Criteria"))
        self.tabs.setTabText(1, self.tr("By quarter"))
        self.evidence_label.setText(self.tr("Evidence (double-click to open):"))
        self.add_btn.setText(self.tr("Add a record…"))
        self.judge_btn.setText(self.tr("Record judgement…"))
        self.open_btn.setText(self.tr("Open the log"))
        self.help_btn.setText(self.tr("? What it means"))
        self._render()
