"""Backups and restore ("Sao lưu"): the backups with their date and contents, back up now (or to
a USB stick), restore (the current state is backed up first), the full integrity check, and
how many backups to keep (issue 8 §1–2)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.bilingual import catalog_text, in_language
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import safety as auth, safety as backup, safety as opening
from desktop.services.safety import full_check
from desktop.services.safety import can, read_only_reason
from desktop.ui.files import choose_folder, open_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected, size_text
from desktop.ui.writes import run_write

SHOWN = ("members", "activities", "submissions", "attachments")


class BackupsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        # Replaced in tests (no modal dialogs there).
        self.confirm = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.Yes
        self.choose_dir = lambda: choose_folder(self, self.tr("Back up to a folder"))
        self.choose_file = lambda: open_file(
            self, self.tr("Open a backup file"), self.tr("Sổ Thi Đua backups (*.zip *.db)")
        )
        self.inform = lambda title, text: QMessageBox.information(self, title, text)
        self.backups: list[backup.BackupInfo] = []

        self.top = QGroupBox()
        self.backup_btn = QPushButton()
        self.backup_btn.setObjectName("backup_now")
        self.backup_btn.clicked.connect(lambda: self.backup_now())
        self.usb_btn = QPushButton()
        self.usb_btn.setObjectName("backup_to")
        self.usb_btn.clicked.connect(lambda: self.backup_to())
        self.check_btn = QPushButton()
        self.check_btn.setObjectName("check_data")
        self.check_btn.clicked.connect(lambda: self.run_check())
        self.folder = QLabel()
        self.folder.setObjectName("backups_folder")
        self.folder.setWordWrap(True)
        tl = QHBoxLayout(self.top)
        tl.addWidget(self.folder, 1)
        tl.addWidget(self.backup_btn)
        tl.addWidget(self.usb_btn)
        tl.addWidget(self.check_btn)

        self.model = RowsModel(
            [
                Col("when", lambda b: b.created_at.strftime("%d/%m/%Y %H:%M"), sort=lambda b: b.created_at),
                Col("kind", lambda b: catalog_text(b, "kind", self.lang())),
                Col("unit", lambda b: b.unit_name or ""),
                *[
                    Col(k, lambda b, k=k: self._count(b, k), sort=lambda b, k=k: self._count_sort(b, k), right=True)
                    for k in SHOWN
                ],
                Col("size", lambda b: size_text(b.size), sort=lambda b: b.size, right=True),
                Col(
                    "state",
                    lambda b: (
                        self.tr("DAMAGED") if not b.good else self.tr("newer version") if b.too_new else self.tr("good")
                    ),
                ),
            ]
        )
        self.model.colour = lambda b: None if b.good else ("#f8d7d5", "#8a1c14")
        self.model.tooltip = lambda b, key: str(b.path) if b.good else b.problem
        self.view = make_table(self.model, "backups_table")
        for col, w in enumerate((120, 170, 220, 90, 90, 90, 90, 80)):
            self.view.setColumnWidth(col, w)
        self.view.sortByColumn(0, Qt.DescendingOrder)  # newest first
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.details = QLabel()
        self.details.setObjectName("backup_details")
        self.details.setWordWrap(True)
        self.restore_btn = QPushButton()
        self.restore_btn.setObjectName("restore_selected")
        self.restore_btn.clicked.connect(lambda: self.restore_selected())
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("restore_file")
        self.open_btn.clicked.connect(lambda: self.restore_file())
        bl = QHBoxLayout()
        bl.addWidget(self.details, 1)
        bl.addWidget(self.open_btn)
        bl.addWidget(self.restore_btn)

        self.check_box = QGroupBox()
        self.check_text = QLabel()
        self.check_text.setObjectName("check_result")
        self.check_text.setWordWrap(True)
        QVBoxLayout(self.check_box).addWidget(self.check_text)
        self.check_box.setVisible(False)

        self.keep_box = QGroupBox()
        self.keep_daily, self.keep_weekly, self.keep_monthly = QSpinBox(), QSpinBox(), QSpinBox()
        for w, key, (lo, hi) in (
            (self.keep_daily, "keep_daily", (1, 366)),
            (self.keep_weekly, "keep_weekly", (0, 520)),
            (self.keep_monthly, "keep_monthly", (0, 240)),
        ):
            w.setObjectName(key)
            w.setRange(lo, hi)
        self.auto_daily = QCheckBox()
        self.auto_daily.setObjectName("auto_daily")
        self.on_close = QCheckBox()
        self.on_close.setObjectName("backup_on_close")
        self.save_keep_btn = QPushButton()
        self.save_keep_btn.setObjectName("save_backup_settings")
        self.save_keep_btn.clicked.connect(lambda: self.save_settings())
        self.keep_labels = [QLabel(), QLabel(), QLabel()]
        kf = QFormLayout()
        for label, w in zip(self.keep_labels, (self.keep_daily, self.keep_weekly, self.keep_monthly)):
            kf.addRow(label, w)
        kl = QHBoxLayout(self.keep_box)
        kl.addLayout(kf)
        right = QVBoxLayout()
        right.addWidget(self.auto_daily)
        right.addWidget(self.on_close)
        right.addStretch(1)
        kl.addSpacing(24)
        kl.addLayout(right, 1)
        kl.addWidget(self.save_keep_btn)

        lay = QVBoxLayout(self)
        lay.addWidget(self.top)
        lay.addWidget(self.view, 1)
        lay.addLayout(bl)
        lay.addWidget(self.check_box)
        lay.addWidget(self.keep_box)
        self.retranslate()
        self.reload()

    # ---------------------------------------------------------------- basics
    def lang(self) -> str:
        return self.env.translator.language

    @staticmethod
    def _count(b: backup.BackupInfo, key: str) -> str:
        n = {k: n for k, _vi, _en, n in b.summary()}.get(key)
        return "" if n is None else str(n)

    @staticmethod
    def _count_sort(b: backup.BackupInfo, key: str) -> int:
        return {k: n for k, _vi, _en, n in b.summary()}.get(key, -1)

    def watches(self):
        return ("backups", "settings", "users", "unit")

    def retranslate(self) -> None:
        self.top.setTitle(self.tr("Backups"))
        self.backup_btn.setText(self.tr("Back up now"))
        self.usb_btn.setText(self.tr("Back up to a USB stick or folder…"))
        self.check_btn.setText(self.tr("Check the data"))
        self.restore_btn.setText(self.tr("Restore the selected backup…"))
        self.open_btn.setText(self.tr("Restore from a file…"))
        self.check_box.setTitle(self.tr("Result of the check"))
        self.keep_box.setTitle(self.tr("Automatic backups"))
        for label, text in zip(
            self.keep_labels,
            (
                self.tr("Daily backups to keep (days)"),
                self.tr("Weekly backups to keep (weeks)"),
                self.tr("Monthly backups to keep (months)"),
            ),
        ):
            label.setText(text)
        self.auto_daily.setText(self.tr("Back up once a day while Sổ Thi Đua is open"))
        self.on_close.setText(self.tr("Back up when Sổ Thi Đua closes"))
        self.save_keep_btn.setText(self.tr("Save"))
        self.model.set_titles(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Unit"),
                self.tr("Members"),
                self.tr("Activities"),
                self.tr("Submissions"),
                self.tr("Files"),
                self.tr("Size"),
                self.tr("State"),
            ]
        )
        self.folder.setText(self.tr("Backups folder: {0}").format(self.env.ctx.data.backups))
        self._show_details()

    def reload(self) -> None:
        self.backups = backup.list_backups(self.env.ctx.data)  # newest first
        self.model.set_rows(self.backups)
        self.view.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        settings = auth.safety_settings(self.env.ctx)
        self.keep_daily.setValue(settings["backup_keep_daily"])
        self.keep_weekly.setValue(settings["backup_keep_weekly"])
        self.keep_monthly.setValue(settings["backup_keep_monthly"])
        self.auto_daily.setChecked(settings["backup_daily"])
        self.on_close.setChecked(settings["backup_on_close"])
        admin, staff = can(self.env.ctx, "admin"), can(self.env.ctx, "staff")
        for w in (
            self.keep_daily,
            self.keep_weekly,
            self.keep_monthly,
            self.auto_daily,
            self.on_close,
            self.save_keep_btn,
        ):
            w.setEnabled(admin and not self.env.ctx.uow.read_only)
        self.backup_btn.setEnabled(staff and self.env.ctx.data.database.exists())
        self.usb_btn.setEnabled(staff)
        # A damaged file can be restored without the admin role (nobody can log in reliably).
        damaged = read_only_reason(self.env.ctx) is not None
        self.restore_btn.setEnabled(admin or damaged)
        self.open_btn.setEnabled(admin or damaged)
        if self.backups and not self.view.selectionModel().selectedRows():
            self.view.selectRow(0)
        self._show_details()

    def describe(self, b: backup.BackupInfo) -> str:
        lang = self.lang()
        parts = [f"{in_language(vi_label, en_label, lang)}: {n}" for _k, vi_label, en_label, n in b.summary()]
        text = self.tr("{0} — {1}").format(b.created_at.strftime("%d/%m/%Y %H:%M"), catalog_text(b, "kind", lang))
        if b.unit_name:
            text += " — " + b.unit_name
        text += "\n" + (", ".join(parts) if parts else self.tr("no counts"))
        if b.manifest:
            text += "\n" + self.tr("{0} evidence files; made by version {1}, data schema {2}.").format(
                len(b.manifest.attachments), b.manifest.app_version, b.manifest.schema_revision
            )
        if not b.good:
            text += "\n" + self.tr("Damaged: {0}").format(b.problem)
        return text

    def _show_details(self) -> None:
        b = selected(self.view, self.model) if self.model.rows else None
        self.details.setText(self.describe(b) if b else self.tr("No backup yet."))

    # ---------------------------------------------------------------- actions
    def backup_now(self) -> None:
        ctx = self.env.ctx
        self.env.runner.run(
            lambda p, c: backup.backup_now(ctx, progress=p, cancel=c),
            on_done=self._made,
            on_error=self._failed,
            label=self.tr("Backing up…"),
            parent=self,
            cancellable=True,
        )

    def backup_to(self, folder: str | None = None) -> None:
        folder = folder or self.choose_dir()
        if not folder:
            return
        ctx = self.env.ctx
        self.env.runner.run(
            lambda p, c: backup.backup_now(ctx, dest_dir=Path(folder), progress=p, cancel=c),
            on_done=self._made,
            on_error=self._failed,
            label=self.tr("Backing up…"),
            parent=self,
            cancellable=True,
        )

    def _made(self, info: backup.BackupInfo) -> None:
        from desktop.services.changes import Changes

        self.env.bus.emit(Changes.of("backups"))
        self.inform(
            self.tr("Backup made"),
            self.tr("The data was backed up to:\n{0}\n\n{1}").format(info.path, self.describe(info)),
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        if not show_refusal(self, exc):
            QMessageBox.critical(self, self.tr("Error"), str(exc))

    def restore_selected(self) -> None:
        b = selected(self.view, self.model)
        if b is not None:
            self.restore(b.path)

    def restore_file(self, path: str | None = None) -> None:
        path = path or self.choose_file()
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        try:
            info = backup.read_backup(path)
        except Exception as exc:  # noqa: BLE001
            self._failed(exc, "")
            return
        if not info.good:
            QMessageBox.warning(self, self.tr("Cannot restore"), self.describe(info))
            return
        if info.too_new:
            QMessageBox.warning(
                self,
                self.tr("Cannot restore"),
                self.describe(info)
                + "\n\n"
                + self.tr(
                    "This backup was made by a newer version of Sổ Thi Đua: install the newest version to restore it."
                ),
            )
            return
        data = self.env.ctx.data
        # What the restore would change (counts now and after, dates, the unit), read off the GUI
        # thread, shown in the question (issue 18).
        self.env.runner.run(
            lambda: backup.restore_preview(data, path),
            on_done=lambda preview: self._ask_restore(path, info, preview),
            on_error=self._failed,
        )

    def preview_text(self, preview: backup.RestorePreview) -> str:
        lang = self.lang()
        lines = [self.tr("What changes (now → after the restore):")]
        same = []
        for _k, vi_label, en_label, now, after in preview.rows:
            label = in_language(vi_label, en_label, lang)
            if now == after:
                same.append(f"{label} ({now})")
                continue
            lines.append(self.tr("{0}: {1} → {2}").format(label, "—" if now is None else now, after))
        if same:
            lines.append(self.tr("Unchanged: {0}").format(", ".join(same)))
        if preview.current_unit:
            lines.append(
                self.tr("Current data: {0}").format(preview.current_unit["name"])
                + (
                    self.tr(", last change {0}").format(preview.current_last_change.strftime("%d/%m/%Y %H:%M"))
                    if preview.current_last_change
                    else ""
                )
            )
        if preview.other_unit:
            lines.append(self.tr("WARNING: the backup holds the data of another unit."))
        if preview.changes_undone:
            lines.append(
                self.tr("{0} changes recorded after the backup will be undone.").format(preview.changes_undone)
            )
        return "\n".join(lines)

    def _ask_restore(self, path: Path, info: backup.BackupInfo, preview: backup.RestorePreview) -> None:
        if preview.problem:
            QMessageBox.warning(self, self.tr("Cannot restore"), preview.problem)
            return
        question = (
            self.tr("Bring the data back to this backup?")
            + "\n\n"
            + self.describe(info)
            + "\n\n"
            + self.preview_text(preview)
            + "\n\n"
            + self.tr(
                "Everything entered after it will be replaced. The current data is backed "
                "up first (kind “Before a restore”), so this can be undone."
            )
        )
        if not self.confirm(self.tr("Restore"), question):
            return
        ctx = self.env.ctx

        def work(p, c):
            return opening.restore(ctx, path, progress=p, cancel=c)

        self.env.runner.run(
            work, on_done=self._restored, on_error=self._failed, label=self.tr("Restoring…"), parent=self
        )

    def _restored(self, result) -> None:
        from desktop.services.safety import current_user

        if auth.login_required(self.env.ctx) and current_user(self.env.ctx) is None:
            # Restored from a damaged file without a login: the restored data's accounts apply.
            from desktop.ui.safety import login

            if not login(self.env, self):
                from PySide6.QtWidgets import QApplication

                QApplication.instance().quit()
                return
        self.env.bus.emit(backup.all_changes())
        text = self.tr("The data is now as it was on {0}.").format(
            result.restored.created_at.strftime("%d/%m/%Y %H:%M")
        )
        if result.safety_backup:
            text += "\n" + self.tr("The data from before the restore was kept in:\n{0}").format(
                result.safety_backup.path
            )
        self.inform(self.tr("Restored"), text)

    def run_check(self) -> None:
        data_dir = self.env.ctx.data.root
        self.env.runner.run(
            lambda p, c: full_check(data_dir, progress=p, cancel=c),
            on_done=self._checked,
            on_error=self._failed,
            label=self.tr("Checking the data…"),
            parent=self,
            cancellable=True,
        )

    def _checked(self, report) -> None:
        self.check_box.setVisible(True)
        lines = []
        i, chain, anchors, att, schema = (
            report.integrity,
            report.audit_chain,
            report.audit_anchors,
            report.attachments,
            report.schema,
        )
        lines.append(
            self.tr("Database integrity: good")
            if i.get("ok")
            else self.tr("Database integrity: DAMAGED ({0})").format("; ".join(i.get("problems", [])[:2]))
        )
        if chain.get("ok"):
            lines.append(self.tr("Change history chain: intact ({0} entries)").format(chain.get("entries")))
        else:
            lines.append(
                self.tr("Change history chain: BROKEN at entry {0} ({1})").format(
                    chain.get("first_broken_id"), chain.get("reason") or chain.get("error") or ""
                )
            )
        if not anchors.get("ok", True):
            lines.append(
                self.tr("Change history compared with backups: {0}").format("; ".join(anchors.get("problems", [])[:2]))
            )
        lines.append(self.tr("Data schema: {0} (this version: {1})").format(schema.get("stored"), schema.get("head")))
        if att.get("ok"):
            lines.append(self.tr("Evidence files: all {0} present and unchanged").format(att.get("rows", 0)))
        else:
            lines.append(
                self.tr("Evidence files: {0} missing, {1} changed, {2} not belonging to any record").format(
                    len(att.get("missing", [])), len(att.get("altered", [])), len(att.get("orphaned", []))
                )
            )
            names = [m["stored_name"] for m in att.get("missing", [])[:3]] + att.get("orphaned", [])[:3]
            if names:
                lines.append("   " + ", ".join(names))
        if not report.ok and report.backups.get("newest_good"):
            lines.append(self.tr("Newest good backup: {0}").format(report.backups["newest_good"]))
        self.check_text.setText("\n".join(lines))
        self.check_text.setStyleSheet("" if report.ok else "color: #8a1c14; font-weight: bold;")

    def save_settings(self) -> None:
        ctx = self.env.ctx
        wanted = (
            ("backup_keep_daily", self.keep_daily.value()),
            ("backup_keep_weekly", self.keep_weekly.value()),
            ("backup_keep_monthly", self.keep_monthly.value()),
            ("backup_daily", self.auto_daily.isChecked()),
            ("backup_on_close", self.on_close.isChecked()),
        )

        def work():
            changes = None
            for key, value in wanted:
                if auth.safety_settings(ctx)[key] != value:
                    c = auth.set_safety_setting(ctx, key, value)
                    changes = c if changes is None else changes | c
            return changes

        run_write(self, work)


PAGE = PageSpec(
    key="backups",
    order=850,
    title=QT_TRANSLATE_NOOP("Navigation", "Backups"),
    factory=BackupsPage,
    available=lambda unit: True,
    icon="backups.svg",
)
