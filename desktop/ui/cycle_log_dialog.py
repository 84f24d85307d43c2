"""The dialog that records one piece of evidence (any log kind of desktop.domain.logs).

Only the fields the kind uses are shown. Participants are ticked in a list of the members on
the record's date (filter box, "all", "none"); files are copied into the data folder when the
record is saved. "Save and add another" keeps the kind and the date for fast entry.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text, in_language
from desktop.domain.errors import DomainError
from desktop.domain.logs import LOG_KINDS, LogEntry, category_words
from desktop.i18n.catalogue import say
from desktop.domain.collation import person_key
from desktop.domain.members import name_key
from desktop.services.year import add_log, log_attachments, update_log
from desktop.services.errors import user_message
from desktop.services.membership import roster
from desktop.ui.files import open_files

CHANNELS = ["Sinh hoạt chi đoàn", "Nhóm Zalo chi đoàn", "Fanpage chi đoàn", "Facebook", "Loa truyền thanh", "Bảng tin"]


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class LogDialog(QDialog):
    """New record (``entry`` None) or edit an existing one."""

    def __init__(self, env, unit_code: str, kind: str, entry: LogEntry | None = None, parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_code = unit_code
        self.kind = kind
        self.entry = entry
        self.spec = LOG_KINDS[kind]
        self.saved_ids: list[int] = []
        self.files: list[str] = []
        self.setObjectName("log_dialog")
        self.setMinimumWidth(720)
        lang = env.translator.language

        self.date = QDateEdit()
        self.date.setObjectName("log_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setDate(_qdate(entry.on_date if entry else env.ctx.today()))
        self.date.dateChanged.connect(self._reload_members)
        self.title = QLineEdit()
        self.title.setObjectName("log_title")
        self.category = QComboBox()
        self.category.setObjectName("log_category")
        if self.spec.categories:
            for key in self.spec.categories:
                self.category.addItem(say(category_words(kind, key), lang), key)
        self.member = QComboBox()
        self.member.setObjectName("log_member")
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.NoInsert)
        self.channel = QComboBox()
        self.channel.setObjectName("log_channel")
        self.channel.setEditable(True)
        self.channel.addItems([""] + CHANNELS)
        self.counterpart = QLineEdit()
        self.counterpart.setObjectName("log_counterpart")
        self.received_on = QDateEdit()
        self.received_on.setObjectName("log_received_on")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.received_on.setDate(self.date.date())
        self.ref_no = QLineEdit()
        self.ref_no.setObjectName("log_ref_no")
        self.link = QLineEdit()
        self.link.setObjectName("log_link")
        self.description = QPlainTextEdit()
        self.description.setObjectName("log_description")
        self.description.setTabChangesFocus(True)  # Tab moves on to the next field (test_tab_order)
        self.description.setFixedHeight(
            self.description.fontMetrics().lineSpacing() * 3 + 10
        )  # 3 lines at any font size

        form = QFormLayout()
        self.form = form
        self.labels: dict[str, QLabel] = {}

        def row(key, widget, show=True):
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, widget)
            label.setVisible(show)
            widget.setVisible(show)

        row("date", self.date)
        row("title", self.title)
        row("category", self.category, self.spec.categories is not None)
        row("member", self.member, self.spec.uses_member)
        row("channel", self.channel, self.spec.uses_channel)
        row("counterpart", self.counterpart, self.spec.uses_counterpart is not None)
        row("received_on", self.received_on, self.spec.uses_received_on)
        row("ref_no", self.ref_no, self.spec.uses_ref_no)
        row("link", self.link, self.spec.uses_link)
        row("description", self.description)

        # participants
        self.part_box = QWidget()
        pb = QVBoxLayout(self.part_box)
        pb.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.part_title = QLabel()
        self.part_filter = QLineEdit()
        self.part_filter.setObjectName("participants_filter")
        self.part_filter.textChanged.connect(self._filter)
        self.part_all = QPushButton()
        self.part_all.setObjectName("participants_all")
        self.part_all.clicked.connect(lambda: self._tick_all(True))
        self.part_none = QPushButton()
        self.part_none.clicked.connect(lambda: self._tick_all(False))
        self.part_count = QLabel()
        self.part_count.setObjectName("participants_count")
        top.addWidget(self.part_title)
        top.addWidget(self.part_filter, 1)
        top.addWidget(self.part_all)
        top.addWidget(self.part_none)
        pb.addLayout(top)
        self.participants = QListWidget()
        self.participants.setObjectName("participants")
        self.participants.setMinimumHeight(150)
        self.participants.itemChanged.connect(self._count)
        pb.addWidget(self.participants)
        pb.addWidget(self.part_count)
        self.part_box.setVisible(self.spec.uses_participants)

        # attachments
        files = QHBoxLayout()
        self.files_label = QLabel()
        self.files_label.setObjectName("log_files")
        self.files_label.setWordWrap(True)
        self.add_files = QPushButton()
        self.add_files.setObjectName("log_add_files")
        self.add_files.clicked.connect(self._pick_files)
        files.addWidget(self.files_label, 1)
        files.addWidget(self.add_files)
        from desktop.ui.evidence_drop import enable_file_drop

        enable_file_drop(self, self._dropped_files)  # drag a photo onto the dialog (issue 11)

        self.error = QLabel()
        self.error.setObjectName("log_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("log_save")
        self.save_btn.setDefault(True)
        self.save_btn.clicked.connect(lambda: self._save(again=False))
        self.again_btn = QPushButton()
        self.again_btn.setObjectName("log_save_again")
        self.again_btn.clicked.connect(lambda: self._save(again=True))
        self.again_btn.setVisible(entry is None)
        self.cancel_btn = QPushButton()
        self.cancel_btn.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.save_btn)
        buttons.addWidget(self.again_btn)
        buttons.addWidget(self.cancel_btn)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.part_box, 1)
        lay.addLayout(files)
        lay.addWidget(self.error)
        lay.addLayout(buttons)

        self._members: list = []
        self._loaded_once = False
        self._reload_members()
        if entry is not None:
            self._fill(entry)
        self.retranslate()
        # The date is prefilled with today: typing starts in the first field that is empty (a Tab
        # from the date edit only moves between its day, month and year).
        self.title.setFocus()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        lang = self.env.translator.language
        title = catalog_text(self.spec, "title", lang)
        self.setWindowTitle(f"{title} ({self.spec.criterion})")
        L = self.labels
        L["date"].setText(self.tr("Date"))
        L["title"].setText(in_language(self.spec.title_label_vi, self.tr("Title"), lang))
        L["category"].setText(
            {
                "thematic_session": self.tr("Theme"),
                "meeting": self.tr("Kind of meeting"),
                "incident": self.tr("Kind of incident"),
            }.get(self.kind, self.tr("Category"))
        )
        L["member"].setText(self.tr("Member"))
        L["channel"].setText(self.tr("Channel"))
        L["counterpart"].setText(
            in_language(
                self.spec.uses_counterpart or "",
                {
                    "alert": self.tr("Alert sent by"),
                    "share_request": self.tr("Requested by"),
                    "weekly_post": self.tr("Place"),
                    "party_introduction": self.tr("Receiving Party cell"),
                }.get(self.kind, ""),
                lang,
            )
        )
        L["received_on"].setText(self.tr("Received on"))
        L["ref_no"].setText(self.tr("Document number"))
        L["link"].setText(self.tr("Link"))
        L["description"].setText(self.tr("Notes"))
        self.part_title.setText(
            {"information": self.tr("Members reached"), "share_request": self.tr("Members who took part")}.get(
                self.kind, self.tr("Attendance")
            )
        )
        self.part_filter.setPlaceholderText(self.tr("Filter by name…"))
        self.part_all.setText(self.tr("All"))
        self.part_none.setText(self.tr("None"))
        self.add_files.setText(self.tr("Attach files…"))
        self.save_btn.setText(self.tr("Save"))
        self.again_btn.setText(self.tr("Save and add another"))
        self.cancel_btn.setText(self.tr("Cancel"))
        self._count()
        self._show_files()

    # ------------------------------------------------------------------ members
    def _reload_members(self) -> None:
        """Load the roster on the record's date off the GUI thread, then fill the lists."""
        day = _pydate(self.date.date())
        ticked = self.ticked()
        if self.entry is not None and not self._loaded_once:
            ticked = set(self.entry.participants)
        want = self.member.currentData()
        if want is None and self.entry is not None and not self._loaded_once:
            want = self.entry.member_id
        ctx, code = self.env.ctx, self.unit_code
        self.env.runner.run(
            lambda: roster(ctx, code, day),
            on_done=lambda entries: self._show_members(entries, ticked, want),
            parent=self,
        )

    def _show_members(self, entries, ticked: set[int], want: int | None) -> None:
        self._loaded_once = True
        active = [r.member for r in entries if r.status == "active" or r.member.id in ticked]
        self._members = sorted(active, key=lambda m: person_key(m.full_name))
        self.participants.blockSignals(True)
        self.participants.clear()
        for m in self._members:
            it = QListWidgetItem(m.full_name)
            it.setData(Qt.UserRole, m.id)
            it.setFlags(it.flags() | Qt.ItemIsUserCheckable)
            it.setCheckState(Qt.Checked if m.id in ticked else Qt.Unchecked)
            self.participants.addItem(it)
        self.participants.blockSignals(False)
        self.member.clear()
        self.member.addItem(self.tr("— choose a member —"), None)  # never a member by default
        for m in sorted((r.member for r in entries), key=lambda m: person_key(m.full_name)):
            self.member.addItem(m.full_name, m.id)
        self.member.setCurrentIndex(max(0, self.member.findData(want)) if want is not None else 0)
        self._filter(self.part_filter.text())
        self._count()

    def ticked(self) -> set[int]:
        out = set()
        for i in range(self.participants.count()):
            it = self.participants.item(i)
            if it.checkState() == Qt.Checked:
                out.add(it.data(Qt.UserRole))
        return out

    def _tick_all(self, on: bool) -> None:
        self.participants.blockSignals(True)
        for i in range(self.participants.count()):
            it = self.participants.item(i)
            if not it.isHidden():
                it.setCheckState(Qt.Checked if on else Qt.Unchecked)
        self.participants.blockSignals(False)
        self._count()

    def _filter(self, text: str) -> None:
        key = name_key(text)
        for i in range(self.participants.count()):
            it = self.participants.item(i)
            it.setHidden(bool(key) and key not in name_key(it.text()))

    def _count(self, *_):
        self.part_count.setText(
            self.tr("{0} of {1} members ticked").format(len(self.ticked()), self.participants.count())
        )

    # ------------------------------------------------------------------ files
    def _pick_files(self) -> None:
        paths = open_files(self, self.tr("Evidence files"))
        self.files.extend(p for p in paths if p not in self.files)
        self._show_files()

    def _dropped_files(self, paths) -> None:
        self.files.extend(p for p in paths if p not in self.files)
        self._show_files()

    def _show_files(self) -> None:
        from pathlib import Path

        names = [Path(p).name for p in self.files]
        existing = self.entry.attachments if self.entry else 0
        parts = []
        if existing:
            parts.append(self.tr("{0} file(s) already attached").format(existing))
        if names:
            parts.append(self.tr("to attach: {0}").format(", ".join(names)))
        self.files_label.setText("; ".join(parts) or self.tr("No evidence file attached."))

    # ------------------------------------------------------------------ values
    def _fill(self, e: LogEntry) -> None:
        self.title.setText(e.title)
        if e.category:
            self.category.setCurrentIndex(max(0, self.category.findData(e.category)))
        if e.member_id is not None and self.member.findData(e.member_id) >= 0:
            self.member.setCurrentIndex(self.member.findData(e.member_id))
        self.channel.setCurrentText(e.channel or "")
        self.counterpart.setText(e.counterpart or "")
        if e.received_on:
            self.received_on.setDate(_qdate(e.received_on))
        self.ref_no.setText(e.ref_no or "")
        self.link.setText(e.link or "")
        self.description.setPlainText(e.description or "")

    def value(self) -> LogEntry:
        base = self.entry or LogEntry(None, self.unit_code, self.kind, date.today(), "")
        return replace(
            base,
            on_date=_pydate(self.date.date()),
            title=self.title.text(),
            category=self.category.currentData() if self.spec.categories else None,
            member_id=self.member.currentData() if self.spec.uses_member else None,
            channel=self.channel.currentText(),
            counterpart=self.counterpart.text(),
            received_on=_pydate(self.received_on.date()) if self.spec.uses_received_on else None,
            ref_no=self.ref_no.text(),
            link=self.link.text(),
            description=self.description.toPlainText(),
            participants=frozenset(self.ticked()),
        )

    def _save(self, again: bool) -> None:
        try:
            entry = self.value().validated()
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        files = list(self.files)
        ctx = self.env.ctx
        self.save_btn.setEnabled(False)
        self.again_btn.setEnabled(False)

        def work():
            if entry.id is None:
                new_id, changes = add_log(ctx, entry, files)
                return new_id, changes
            return entry.id, update_log(ctx, entry, files)

        def done(result):
            self.save_btn.setEnabled(True)
            self.again_btn.setEnabled(True)
            log_id, changes = result
            self.saved_ids.append(log_id)
            self.env.bus.emit(changes)
            if again:
                self.title.clear()
                self.description.clear()
                self.ref_no.clear()
                self.link.clear()
                self.files = []
                self._tick_all(False)
                self._show_files()
                self.error.setText(self.tr("Saved. Enter the next record."))
                self.error.setStyleSheet("color: #1d5e20;")
                self.title.setFocus()
            else:
                self.accept()

        def failed(exc, tb):
            self.save_btn.setEnabled(True)
            self.again_btn.setEnabled(True)
            self.error.setStyleSheet("color: #b00020;")
            self.error.setText(str(exc) if isinstance(exc, DomainError) else (user_message(exc) or str(exc)))

        self.env.runner.run(work, on_done=done, on_error=failed, label=self.tr("Saving…"), parent=self)

    def existing_attachments(self):
        return log_attachments(self.env.ctx, self.entry.id) if self.entry and self.entry.id else []
