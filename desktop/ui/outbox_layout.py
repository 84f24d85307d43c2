"""What the "Gửi – nhận" page shows and how it reads (issue 7 items 1–5, issues 17, 20 and 24):
its widgets, tabs and tables built once, the texts set again on a change of language, and the
choices that follow the unit (what it can send, whom it sends to, whom it may invite).

Like the layout class Qt Designer writes beside a form, ``OutboxLayout`` has no behaviour of its
own: the page (desktop/ui/pages/outbox.py) inherits it and holds what the buttons do.
"""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.services import exchange as submissions, exchange as sync
from desktop.ui.sync_widgets import Column, RowsModel, kind_title, local_time, make_table, size_text


STATUS_COLOURS = {
    "pending": ("#fde9c4", "#7a4b00"),
    "exported": ("#d9e6f7", "#1f4a80"),
    "sent": ("#d9e6f7", "#1f4a80"),
    "received": ("#d8f0d8", "#1d5e20"),
    "rejected": ("#f8d7d5", "#8a1c14"),
    "accepted": ("#d8f0d8", "#1d5e20"),
    "superseded": ("#e6e6e6", "#555555"),
    "held": ("#fde9c4", "#7a4b00"),
    "released": ("#d8f0d8", "#1d5e20"),
}


class OutboxLayout:
    """The widgets and texts of ``OutboxPage``."""

    def _build(self, env):
        self.unit = None
        # ---- identity
        self.key_box = QGroupBox()
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("key_fingerprint")
        self.fingerprint.setWordWrap(True)  # fits a 1093 px wide screen (1366×768 at 125 %)
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.enrol_export_btn = QPushButton()
        self.enrol_export_btn.setObjectName("enrol_export")
        self.enrol_export_btn.clicked.connect(self._enrol_export)
        self.enrol_import_btn = QPushButton()
        self.enrol_import_btn.setObjectName("enrol_import")
        self.enrol_import_btn.clicked.connect(self._enrol_import)
        self.rotate_btn = QPushButton()
        self.rotate_btn.setObjectName("rotate_key")
        self.rotate_btn.clicked.connect(self._rotate)
        # Keys and fingerprints are the advanced path (joining by invitation needs none of it):
        # they live in their own tab, not on the page a person opens to send (issue 17).
        kl = QVBoxLayout(self.key_box)
        kl.addWidget(self.fingerprint)
        kb = QHBoxLayout()
        kb.addWidget(self.enrol_export_btn)
        kb.addWidget(self.enrol_import_btn)
        kb.addWidget(self.rotate_btn)
        kb.addStretch(1)
        kl.addLayout(kb)
        self.advanced_note = QLabel()
        self.advanced_note.setWordWrap(True)
        self.names: dict[str, str] = {}  # unit code -> full name (units here, enrolled units)

        # ---- outbox tab
        self.kind = QComboBox()
        self.kind.setObjectName("submit_kind")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period = QLineEdit()
        self.period.setObjectName("submit_period")
        self.period.setMaximumWidth(110)
        self.quarter_label = QLabel()
        self.quarter = QSpinBox()
        self.quarter.setObjectName("submit_quarter")
        self.quarter.setRange(1, 4)
        self.evidence = QCheckBox()
        self.evidence.setObjectName("submit_evidence")
        self.submit_btn = QPushButton()
        self.submit_btn.setObjectName("submit")
        self.submit_btn.clicked.connect(self._submit)
        self.kind_label = QLabel()
        self.period_label = QLabel()
        sub = QHBoxLayout()
        sub.addWidget(self.kind_label)
        sub.addWidget(self.kind, 1)
        sub.addWidget(self.period_label)
        sub.addWidget(self.period)
        sub.addWidget(self.quarter_label)
        sub.addWidget(self.quarter)
        sub.addWidget(self.evidence)
        sub.addWidget(self.submit_btn)

        self.out_model = RowsModel(
            [
                Column("created", lambda i: local_time(i.created_at), sort=lambda i: i.created_at),
                Column("kind", lambda i: kind_title(i.kind, self.lang())),
                Column("title", lambda i: i.title),
                Column("to", lambda i: self.names.get(i.recipient_code, i.recipient_code)),
                Column("version", lambda i: str(i.version), sort=lambda i: i.version, right=True),
                Column("size", lambda i: size_text(i.size), sort=lambda i: i.size, right=True),
                Column("status", lambda i: self._outbox_status(i.status)),
                Column("reason", lambda i: i.reason or (i.exported_to or "")),
            ]
        )
        self.out_model.colours = lambda i, key: STATUS_COLOURS.get(i.status) if key == "status" else None
        self.out_model.tooltip = lambda i, key: i.reason or i.exported_to or i.package_id
        self.out_view = make_table(self.out_model, "outbox_table")
        for col, w in enumerate((120, 190, 300, 110, 70, 70, 110)):
            self.out_view.setColumnWidth(col, w)
        self.out_view.doubleClicked.connect(lambda _i: self._preview_outbox())
        self.counts = QLabel()
        self.counts.setObjectName("outbox_counts")
        self.export_btn = QPushButton()
        self.export_btn.setObjectName("export_pending")
        self.export_btn.clicked.connect(lambda: self._export(None))
        self.export_sel_btn = QPushButton()
        self.export_sel_btn.setObjectName("export_selected")
        self.export_sel_btn.clicked.connect(self._export_selected)
        self.preview_out_btn = QPushButton()
        self.preview_out_btn.setObjectName("preview_outbox")
        self.preview_out_btn.clicked.connect(self._preview_outbox)
        ob = QHBoxLayout()
        ob.addWidget(self.counts, 1)
        ob.addWidget(self.preview_out_btn)
        ob.addWidget(self.export_sel_btn)
        ob.addWidget(self.export_btn)
        out_tab = QWidget()
        ol = QVBoxLayout(out_tab)
        ol.addLayout(sub)
        ol.addWidget(self.out_view, 1)
        ol.addLayout(ob)

        # ---- received tab
        self.in_model = RowsModel(
            [
                Column("received", lambda r: local_time(r.received_at), sort=lambda r: r.received_at),
                Column("from", lambda r: self.names.get(r.sender_code or "") or r.sender_name or r.sender_code or "?"),
                Column("kind", lambda r: kind_title(r.kind, self.lang())),
                Column("period", lambda r: (r.period or "") + (f" · Q{r.quarter}" if r.quarter else "")),
                Column("version", lambda r: str(r.version or ""), sort=lambda r: r.version or 0, right=True),
                Column("status", lambda r: self._import_status(sync.row_status(r), r.is_current)),
                Column("reason", lambda r: r.reason or ""),
                Column("file", lambda r: r.source_name),
            ]
        )
        self.in_model.colours = lambda r, key: STATUS_COLOURS.get(sync.row_status(r)) if key == "status" else None
        self.in_model.tooltip = lambda r, key: r.reason or r.package_id or r.source_name
        self.in_view = make_table(self.in_model, "received_table")
        for col, w in enumerate((120, 200, 170, 90, 60, 150, 300)):
            self.in_view.setColumnWidth(col, w)
        self.import_files_btn = QPushButton()
        self.import_files_btn.setObjectName("import_files")
        self.import_files_btn.clicked.connect(self._import_files)
        self.import_dir_btn = QPushButton()
        self.import_dir_btn.setObjectName("import_folder")
        self.import_dir_btn.clicked.connect(self._import_folder)
        self.preview_file_btn = QPushButton()
        self.preview_file_btn.setObjectName("preview_file")
        self.preview_file_btn.clicked.connect(self._preview_file)
        self.history_btn = QPushButton()
        self.history_btn.setObjectName("show_history")
        self.history_btn.clicked.connect(self._history)
        # "Kiểm tra bản giấy": does a paper copy match a package received here (issue 19)?
        self.paper_btn = QPushButton()
        self.paper_btn.setObjectName("check_paper")
        self.paper_btn.clicked.connect(self._check_paper)
        self.confirm_btn = QPushButton()
        self.confirm_btn.setObjectName("confirm_sender")
        self.confirm_btn.clicked.connect(lambda: self._confirm_sender())
        self.confirm_btn.setVisible(False)
        self.in_note = QLabel()
        self.in_note.setObjectName("received_note")
        self.in_note.setWordWrap(True)
        ib = QHBoxLayout()
        ib.addWidget(self.in_note, 1)
        ib.addWidget(self.paper_btn)
        ib.addWidget(self.confirm_btn)
        ib.addWidget(self.history_btn)
        ib.addWidget(self.preview_file_btn)
        ib.addWidget(self.import_dir_btn)
        ib.addWidget(self.import_files_btn)
        in_tab = QWidget()
        il = QVBoxLayout(in_tab)
        il.addWidget(self.in_view, 1)
        il.addLayout(ib)

        # ---- enrolled units tab
        self.units_model = RowsModel(
            [
                Column("code", lambda u: u.unit_code),
                Column("name", lambda u: u.name),
                Column("relation", lambda u: self._relation(u.relation, u.kind)),
                Column("fingerprint", lambda u: u.fingerprint),
                Column("enrolled", lambda u: local_time(u.enrolled_at), sort=lambda u: u.enrolled_at),
                Column("origin", lambda u: self._origin(u.key_origin)),
            ]
        )
        self.units_view = make_table(self.units_model, "enrolled_table")
        from desktop.ui.online_connection import RevokeKeyMenu

        self.revoke_menu = RevokeKeyMenu(env, self.units_view)  # a lost or stolen key (issue 24)
        for col, w in enumerate((120, 260, 120, 330, 120)):
            self.units_view.setColumnWidth(col, w)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync_tabs")
        self.tabs.addTab(out_tab, "")
        self.tabs.addTab(in_tab, "")
        self.tabs.addTab(self.units_view, "")
        advanced = QWidget()
        al = QVBoxLayout(advanced)
        al.addWidget(self.advanced_note)
        al.addWidget(self.key_box)
        al.addStretch(1)
        self.tabs.addTab(advanced, "")
        # ---- the upper level and invitations (issue 20): joining by the upper level's invitation, and,
        # for a commune's Party committee or the Party line's upper level, inviting the units it hears from
        self.upper = QLabel()
        self.upper.setObjectName("sync_upper_level")
        self.upper.setWordWrap(True)
        self.upper.setTextFormat(Qt.PlainText)  # the upper level's name came in its invitation
        self.join_btn = QPushButton()
        self.join_btn.setObjectName("sync_accept_invitation")
        self.join_btn.clicked.connect(lambda: self.accept_invitation())
        self.invite_btn = QPushButton()
        self.invite_btn.setObjectName("sync_invitations")
        self.invite_btn.clicked.connect(lambda: self.open_invitations())
        upper_row = QHBoxLayout()
        upper_row.addWidget(self.upper, 1)
        upper_row.addWidget(self.join_btn)
        upper_row.addWidget(self.invite_btn)
        from desktop.ui.online_connection import HubConnectionBox

        # "Kết nối máy chủ" (issue 24); no parent yet: it joins the Tab order where the layout puts it
        self.hub_box = HubConnectionBox(env)
        lay = QVBoxLayout(self)
        lay.addLayout(upper_row)
        lay.addWidget(self.hub_box)
        lay.addWidget(self.tabs, 1)

    def retranslate(self):
        self.key_box.setTitle(self.tr("This unit's key"))
        self.enrol_export_btn.setText(self.tr("Export enrolment file…"))
        self.enrol_import_btn.setText(self.tr("Import enrolment file…"))
        self.rotate_btn.setText(self.tr("Change key…"))
        self.kind_label.setText(self.tr("Send:"))
        self.period_label.setText(self.tr("Period:"))
        self.quarter_label.setText(self.tr("Quarter:"))
        self.submit_btn.setText(self.tr("Put in the outbox"))
        self.evidence.setText(self.tr("With evidence files"))
        self.evidence.setToolTip(
            self.tr(
                "Adds the photos and scans attached to the records, up to the size set in "
                "Settings (“Packages: maximum evidence per package”). Files attached to a member are never sent."
            )
        )
        self.export_btn.setText(self.tr("Export waiting packages to a folder…"))
        self.export_sel_btn.setText(self.tr("Export selected again…"))
        self.preview_out_btn.setText(self.tr("Preview…"))
        self.import_files_btn.setText(self.tr("Import package files…"))
        self.import_dir_btn.setText(self.tr("Import a whole folder…"))
        self.preview_file_btn.setText(self.tr("Preview a file…"))
        self.history_btn.setText(self.tr("Versions of this submission"))
        self.paper_btn.setText(self.tr("Check a paper copy…"))
        self.tabs.setTabText(0, self.tr("Outbox"))
        self.tabs.setTabText(1, self.tr("Received"))
        self.tabs.setTabText(2, self.tr("Connected units"))
        self.tabs.setTabText(3, self.tr("Advanced: keys"))
        self.confirm_btn.setText(self.tr("Confirm the sender…"))
        self.join_btn.setText(self.tr("Accept an invitation…"))
        self._show_upper()
        self.advanced_note.setText(
            self.tr(
                "Units that joined by invitation need nothing here. Without an invitation, exchange enrolment files "
                "with the other unit and compare the key fingerprint by phone."
            )
        )
        self.out_model.set_headers(
            [
                self.tr("Created"),
                self.tr("Kind"),
                self.tr("Content"),
                self.tr("To"),
                self.tr("Version"),
                self.tr("Size"),
                self.tr("Status"),
                self.tr("Reason / where"),
            ]
        )
        self.in_model.set_headers(
            [
                self.tr("Received"),
                self.tr("From"),
                self.tr("Kind"),
                self.tr("Period"),
                self.tr("Version"),
                self.tr("Result"),
                self.tr("Reason"),
                self.tr("File"),
            ]
        )
        self.units_model.set_headers(
            [
                self.tr("Code"),
                self.tr("Unit"),
                self.tr("Relation"),
                self.tr("Key fingerprint"),
                self.tr("Enrolled"),
                self.tr("Key"),
            ]
        )
        self.in_note.setText(
            self.tr(
                "Rejected files are kept in the quarantine folder with the reason; received data is read-only here."
            )
        )
        self._fill_kinds()
        self.out_model.layoutChanged.emit()
        self.in_model.layoutChanged.emit()
        self.units_model.layoutChanged.emit()

    def _fill_kinds(self):
        unit = self.unit
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        if unit is not None and unit.kind is UnitKind.CHI_DOAN:
            kinds = [
                ("registration", self.tr("Registration (step 1)")),
                ("quarterly", self.tr("Quarterly progress (step 2)")),
                ("year-end", self.tr("Year-end result and proposal (step 3)")),
            ]
        elif unit is not None and unit.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN):
            kinds = [
                ("appraisal", self.tr("Appraisals to the branches")),
                ("decision", self.tr("Recognition decision to the branches")),
                ("summary:registration", self.tr("Registration summary to the upper level (20/11)")),
                ("summary:results", self.tr("Results summary to the upper level (10/11)")),
            ]
        elif unit is not None and unit.kind is UnitKind.DANG_UY_XA:  # to the Party line's upper level
            kinds = [
                ("commune:review", self.tr("Yearly review “sơ kết” to the upper level")),
                ("commune:quarterly", self.tr("Quarterly report to the upper level")),
                ("commune:registration", self.tr("Registration for the year's models to the upper level")),
            ]
        else:
            kinds = []
        for key, text in kinds:
            self.kind.addItem(text, key)
        i = self.kind.findData(current)
        self.kind.setCurrentIndex(max(0, i))
        self.kind.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self):
        key = self.kind.currentData()
        if key in submissions.SUBMIT_KINDS and self.unit is not None:
            # the period of the thing submitted (a 2027 registration is sent as 2027), not today's
            from desktop.services.exchange import submission_period

            try:
                label, quarter = submission_period(self.env.ctx, key)
            except DomainError:
                label, quarter = None, None
            if label:
                self.period.setText(label)
            if quarter:
                self.quarter.setValue(quarter)
        quarterly = self.kind.currentData() in ("quarterly", "commune:quarterly")
        self.quarter.setVisible(quarterly)
        self.quarter_label.setVisible(quarterly)
        self.evidence.setVisible(self.kind.currentData() in ("registration", "year-end"))
        enabled = self.kind.count() > 0
        self.submit_btn.setEnabled(enabled)
        self.period.setEnabled(enabled)
        for w in (self.kind_label, self.kind, self.period_label, self.period, self.submit_btn):
            w.setVisible(enabled)  # the Party line's upper level only receives

    def _show_upper(self):
        """Who this unit sends to (from the invitation), and whom it may invite."""
        from desktop.services.exchange import parent_name

        unit = self.unit
        if unit is None:
            return
        party = unit.kind in (UnitKind.DANG_UY_XA, UnitKind.DANG_CAP_TREN)
        self.invite_btn.setVisible(party)
        self.invite_btn.setText(
            self.tr("Invite the communes…")
            if unit.kind is UnitKind.DANG_CAP_TREN
            else self.tr("Invite the Đoàn xã to share its summaries…")
        )
        self.join_btn.setVisible(unit.kind is not UnitKind.DANG_CAP_TREN)
        if unit.kind is UnitKind.DANG_CAP_TREN:
            self.upper.setText(
                self.tr("The communes' Party committees send their reports here; read them on “Communes”.")
            )
        elif unit.parent_code:
            from desktop.services.exchange import share_recipients

            name = parent_name(self.env.ctx, unit) or unit.parent_code
            text = self.tr("Sends to: {0}.").format(name)
            shares = share_recipients(self.env.ctx)  # a Đoàn xã's Party committee (issue 20)
            if shares:
                text += " " + self.tr("Its summaries also go to: {0}.").format(", ".join(s["name"] for s in shares))
            self.upper.setText(text)
        else:
            self.upper.setText(
                self.tr("Not connected to an upper level yet: accept the invitation file (.stmoi) it sent.")
            )
