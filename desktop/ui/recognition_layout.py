"""What the "Công nhận" page shows and how it reads (step 3): the unit and year above, the tabs
(the Đoàn viên XHCN board with the member's detail, the Chi đoàn XHCN dossier, the review of the
branches' dossiers, the decisions) with their buttons, built once; the texts set again on a
change of language.

Like the layout class Qt Designer writes beside a form, ``RecognitionLayout`` has no behaviour
of its own: the page (desktop/ui/pages/recognition.py) inherits it and holds what it loads and
does.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.cycle_common import period_header
from desktop.ui.recognition_branch import BranchDossierWidget
from desktop.ui.recognition_models import MemberBoardModel


class RecognitionLayout:
    """The widgets and texts of ``RecognitionPage``."""

    def _build(self, env):
        self.bar, self.refresh_btn, top, self.summary = period_header(self, summary_name="recognition_summary")

        # --- Đoàn viên XHCN
        self.model = MemberBoardModel(self)
        self.table = QTableView()
        self.table.setObjectName("member_board")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        hdr = self.table.horizontalHeader()
        hdr.setSectionResizeMode(QHeaderView.ResizeToContents)
        hdr.setSectionResizeMode(0, QHeaderView.Interactive)
        hdr.setStretchLastSection(True)
        self.table.setColumnWidth(0, 190)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_member())
        self.model.dataChanged.connect(lambda *_: self._render_summary())
        self.detail = QLabel()
        self.detail.setObjectName("member_detail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.detail.setTextFormat(Qt.RichText)
        self.assess_btn = QPushButton()
        self.assess_btn.setObjectName("assess_member")
        self.assess_btn.clicked.connect(self._assess)
        self.grid_btn = QPushButton()
        self.grid_btn.setObjectName("assess_branch")
        self.grid_btn.clicked.connect(self._assess_all)
        self.vote_btn = QPushButton()
        self.vote_btn.setObjectName("record_votes")
        self.vote_btn.clicked.connect(self._vote)
        self.propose_btn = QPushButton()
        self.propose_btn.setObjectName("save_proposals")
        self.propose_btn.clicked.connect(self._save_proposals)
        # The Đoàn cơ sở's appraisal of the proposed members (issue 19).
        self.accept_btn = QPushButton()
        self.accept_btn.setObjectName("appraise_member_accept")
        self.accept_btn.clicked.connect(lambda: self._appraise_members(True))
        self.refuse_btn = QPushButton()
        self.refuse_btn.setObjectName("appraise_member_refuse")
        self.refuse_btn.clicked.connect(lambda: self._appraise_members(False))
        # Two rows so the page fits 1366×768 at 125 %: the branch's own steps, then the appraisal.
        buttons = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for b in (self.assess_btn, self.grid_btn, self.vote_btn, self.propose_btn):
            first.addWidget(b)
        for b in (self.accept_btn, self.refuse_btn):
            second.addWidget(b)
        first.addStretch(1)
        second.addStretch(1)
        buttons.addLayout(first)
        buttons.addLayout(second)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(6, 0, 0, 0)
        sl.addWidget(self.detail, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([880, 240])
        members_tab = QWidget()
        ml = QVBoxLayout(members_tab)
        ml.addWidget(split, 1)
        ml.addLayout(buttons)

        # --- Chi đoàn XHCN
        self.dossier_widget = BranchDossierWidget()
        self.dossier_widget.save.connect(self._save_dossier)
        self.dossier_widget.withdraw.connect(self._withdraw)
        self.dossier_widget.appraise.connect(self._appraise)

        # --- decisions
        self.decisions = QTableWidget(0, 6)
        self.decisions.setObjectName("decisions_table")
        self.decisions.verticalHeader().setVisible(False)
        self.decisions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.decisions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.decisions.horizontalHeader().setSectionResizeMode(5, QHeaderView.Stretch)
        self.decide_btn = QPushButton()
        self.decide_btn.setObjectName("record_decision")
        self.decide_btn.clicked.connect(self._decide)
        # A Đoàn cơ sở sees every branch it holds: proposal, appraisal result, decision.
        self.review_label = QLabel()
        self.review = QTableWidget(0, 5)
        self.review.setObjectName("review_table")
        self.review.verticalHeader().setVisible(False)
        self.review.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.review.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.review.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.review.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.review.cellDoubleClicked.connect(self._open_branch)
        self.decisions_label = QLabel()
        dec_tab = QWidget()
        dl = QVBoxLayout(dec_tab)
        dl.addWidget(self.review_label)
        dl.addWidget(self.review, 1)
        dl.addWidget(self.decisions_label)
        dl.addWidget(self.decisions, 1)
        row = QHBoxLayout()
        row.addWidget(self.decide_btn)
        row.addStretch(1)
        dl.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recognition_tabs")
        self.tabs.addTab(members_tab, "")
        self.tabs.addTab(self.dossier_widget, "")
        self.tabs.addTab(dec_tab, "")
        # Where the year-end package is, and why it came back (issue 17): the branch's own view.
        self.package_note = QLabel()
        self.package_note.setObjectName("recognition_package")
        self.package_note.setWordWrap(True)
        self.package_note.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(self.package_note)
        lay.addWidget(self.tabs, 1)

    def retranslate(self):
        self.bar.retranslate()
        self.refresh_btn.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Socialist members (Đoàn viên XHCN)"))
        self.tabs.setTabText(1, self.tr("Socialist branch (Chi đoàn XHCN)"))
        self.tabs.setTabText(2, self.tr("Recognition decisions"))
        self.assess_btn.setText(self.tr("Self-assessment…"))
        self.grid_btn.setText(self.tr("Whole branch in one grid…"))
        self.vote_btn.setText(self.tr("Branch meeting votes…"))
        self.propose_btn.setText(self.tr("Save the proposal list"))
        self.decide_btn.setText(self.tr("Record a decision…"))
        self.accept_btn.setText(self.tr("Accept the proposal"))
        self.refuse_btn.setText(self.tr("Refuse the proposal…"))
        upper = self.is_upper()
        self.accept_btn.setVisible(upper)
        self.refuse_btn.setVisible(upper)
        self.review_label.setText(self.tr("Branches (double-click to open the branch's dossier):"))
        self.decisions_label.setText(self.tr("Decisions recorded:"))
        self.review.setHorizontalHeaderLabels(
            [
                self.tr("Branch"),
                self.tr("Proposal"),
                self.tr("Asks for recognition"),
                self.tr("After appraisal"),
                self.tr("Decision"),
            ]
        )
        self.decisions.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Signed on"),
                self.tr("Issued by"),
                self.tr("Period"),
                self.tr("Branches"),
                self.tr("Members"),
            ]
        )
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
        self.dossier_widget.retranslate()
        self._render_summary()
        self._show_member()
