"""Sending and receiving ("Gửi – nhận"): this unit's key and enrolment files, the outbox with a
status per package, export to a folder or USB stick, import of package files or whole folders,
and a preview of any package (issue 7 items 1–5). Everything runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import DomainError
from desktop.domain.units import UnitKind
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import exchange as submissions, exchange as sync
from desktop.services.changes import Changes
from desktop.services.units import self_unit
from desktop.ui.outbox_layout import OutboxLayout
from desktop.ui.files import choose_folder, open_file, open_files, save_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.sync_widgets import ImportResultsDialog, PackagePreviewDialog, local_time, selected_rows

# What an import can change besides the packages: the branches' records (issues 3–5).
IMPORT_CHANGES = Changes.of("sync", "unit", "members", "volunteer", "cycle", "recognition")


class OutboxPage(OutboxLayout, Page):
    def __init__(self, env):
        super().__init__(env)
        self._build(env)
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ page protocol
    def lang(self) -> str:
        return self.env.translator.language

    def watches(self):
        return ("sync", "unit")

    def accept_invitation(self, path: str | None = None) -> None:
        """The same step as in Settings (one place joins; this page only offers it where it is looked for)."""
        window = getattr(self.env, "window", None)
        if window is not None:
            window.page("settings").accept_invitation(path)

    def open_invitations(self):
        from desktop.ui.invitations_dialog import InvitationsDialog

        dlg = InvitationsDialog(self.env, self)
        dlg.exec()
        self.reload()
        return dlg

    def _default_period(self):
        today = self.env.ctx.today()
        unit = self.unit
        if unit is not None and unit.is_school:
            y = today.year if today.month >= 9 else today.year - 1
            return f"{y}-{y + 1}"
        return str(today.year)

    def _outbox_status(self, status: str) -> str:
        return sync.outbox_status_label(status, self.lang())

    def _import_status(self, status: str, current: bool) -> str:
        text = sync.import_status_label(status, self.lang())
        if status == "accepted" and current:
            text += " ✓"
        return text

    def _relation(self, rel: str, kind: str = "") -> str:
        if (
            rel == "parent"
            and kind == UnitKind.DANG_UY_XA.value
            and self.unit is not None
            and self.unit.kind is UnitKind.DOAN_CO_SO
        ):
            return self.tr("Party committee (receives the summaries)")
        return self.tr("Branch / unit below") if rel == "child" else self.tr("Upper level")

    def _origin(self, origin: str) -> str:
        return {
            "enrolment": self.tr("first enrolment"),
            "rotation": self.tr("changed (vouched by the old key)"),
            "replacement": self.tr("replaced (lost key)"),
            "invitation": self.tr("by invitation"),
            "confirmed": self.tr("confirmed by fingerprint"),
        }.get(origin, origin)

    def reload(self):
        ctx = self.env.ctx
        self.unit = self_unit(ctx)
        if self.unit is None:
            return
        if not self.period.text():
            self.period.setText(self._default_period())
            self.quarter.setValue(self._default_quarter())
        self._fill_kinds()
        self._show_upper()

        def work():
            from desktop.services.units import list_units

            info = sync.identity(ctx)
            sync.recover_outbox(ctx)  # leftovers of a crash (only files older than an hour)
            enrolled = sync.enrolled_units(ctx)
            names = {e.unit_code: e.name for e in enrolled if e.name} | {u.code: u.name for u in list_units(ctx)}
            return (info, sync.outbox(ctx), sync.received(ctx, limit=5000), enrolled, sync.outbox_counts(ctx), names)

        self.env.runner.run(work, on_done=self._loaded, on_error=self._error, parent=self)

    def _default_quarter(self) -> int:
        today = self.env.ctx.today()
        return (today.month - 1) // 3 + 1

    def _loaded(self, result):
        info, items, received, units, counts, self.names = result
        self.confirm_btn.setVisible(any(sync.row_status(r) == sync.HELD for r in received))
        self.fingerprint.setText(
            self.tr("{0} ({1}) — key fingerprint: <b>{2}</b>").format(info.unit_name, info.unit_code, info.fingerprint)
        )
        self.out_model.set_rows(items)
        self.in_model.set_rows(received)
        self.units_model.set_rows(units)
        parts = [f"{self._outbox_status(k)}: {counts[k]}" for k in sync.OUTBOX_STATUSES if counts.get(k)]
        self.counts.setText(" · ".join(parts) or self.tr("The outbox is empty."))
        self.export_btn.setEnabled(bool(counts.get("pending")))

    def _error(self, exc, tb):
        QMessageBox.warning(self, self.tr("Sending and receiving"), _message(exc, tb))

    def _done(self, changes: Changes, message: str | None = None):
        self.env.bus.emit(changes)
        self.reload()
        if message:
            QMessageBox.information(self, self.tr("Sending and receiving"), message)

    # ------------------------------------------------------------------ keys and enrolment
    def _enrol_export(self):
        unit = self.unit
        name = sync.enrolment_file_name(unit.name, unit.code) if unit else "DangKyKhoa.stpkg"
        path = save_file(self, self.tr("Export enrolment file"), name, self.tr("Sổ Thi Đua packages (*.stpkg)"))
        if not path:
            return
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: sync.enrol_export(ctx, Path(path)),
            on_error=self._error,
            parent=self,
            on_done=lambda r: self._done(
                Changes.of("sync"),
                self.tr(
                    "Enrolment file written: {0}\n\nGive it to the upper level (or the branches) and "
                    "read them this fingerprint on the phone so they can compare:\n{1}"
                ).format(r.path, r.fingerprint),
            ),
        )

    def _enrol_import(self, *, path: str | None = None, replace: bool = False):
        if path is None:
            path = open_file(
                self,
                self.tr("Import enrolment file"),
                self.tr("Sổ Thi Đua enrolment files (*.stpkg *.json *.key);;All files (*)"),
            )
        if not path:
            return
        ctx = self.env.ctx

        def failed(exc, tb):
            if isinstance(exc, DomainError) and "--replace-lost-key" in str(exc) and not replace:
                answer = QMessageBox.question(
                    self,
                    self.tr("Another key"),
                    self.tr(
                        "{0}\n\nReplace the lost key? Do this only after comparing the new fingerprint with the unit "
                        "by phone: packages signed with the old key will be refused."
                    ).format(str(exc)),
                )
                if answer == QMessageBox.Yes:
                    self._enrol_import(path=path, replace=True)
                return
            self._error(exc, tb)

        def done(r):
            self._done(
                IMPORT_CHANGES,
                self.tr("{0} ({1})\nKey fingerprint: {2}\n\n{3}").format(
                    r.unit_name, r.unit_code, r.fingerprint, r.message
                ),
            )

        self.env.runner.run(
            lambda: sync.enrol_import(ctx, Path(path), replace_lost_key=replace),
            on_done=done,
            on_error=failed,
            parent=self,
        )

    def _rotate(self):
        answer = QMessageBox.question(
            self,
            self.tr("Change key"),
            self.tr(
                "Make a new key for this unit? The old key vouches for the new one: export the enrolment file "
                "again and send it to the upper level and the branches."
            ),
        )
        if answer != QMessageBox.Yes:
            return
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: sync.rotate_key(ctx),
            on_error=self._error,
            parent=self,
            on_done=lambda info: self._done(
                Changes.of("sync"), self.tr("New key fingerprint: {0}").format(info.fingerprint)
            ),
        )

    # ------------------------------------------------------------------ outbox
    def _submit(self):
        key = self.kind.currentData()
        if not key:
            return
        period = self.period.text().strip()
        quarter = self.quarter.value()
        evidence = self.evidence.isChecked() and self.evidence.isVisible()
        ctx = self.env.ctx

        def work():
            if key.startswith("commune:"):
                from desktop.services import commune_party as commune

                doc = key.partition(":")[2]
                return [commune.send_document(ctx, doc, period=period, quarter=quarter if doc == "quarterly" else None)]
            if key in submissions.SUBMIT_KINDS:
                return [
                    submissions.submit(ctx, key, period, quarter if key == "quarterly" else None, evidence=evidence)
                ]
            kind, _, summary = key.partition(":")
            return submissions.send_down_or_up(ctx, kind, period=period, summary_kind=summary or "results")

        self.env.runner.run(
            work,
            on_error=self._error,
            parent=self,
            label=self.tr("Building the package…"),
            on_done=lambda items: self._done(
                Changes.of("sync", "documents"),
                self.tr("{0} package(s) put in the outbox, waiting to be sent.").format(len(items)),
            ),
        )

    def _export(self, ids):
        folder = choose_folder(self, self.tr("Export to a folder or USB stick"))
        if not folder:
            return
        ctx = self.env.ctx

        def done(deliveries):
            bad = [d for d in deliveries if not d.ok]
            msg = self.tr("{0} of {1} package(s) exported to {2}.").format(
                len(deliveries) - len(bad), len(deliveries), folder
            )
            if bad:
                msg += "\n\n" + "\n".join(d.detail for d in bad[:10])
            self._done(Changes.of("sync"), msg)

        self.env.runner.run(
            lambda p, c: sync.export_outbox(ctx, Path(folder), ids, progress=p, cancel=c),
            on_done=done,
            on_error=self._error,
            parent=self,
            cancellable=True,
            label=self.tr("Exporting packages…"),
        )

    def _export_selected(self):
        items = selected_rows(self.out_view)
        if not items:
            QMessageBox.information(self, self.tr("Outbox"), self.tr("Select the packages to export."))
            return
        self._export([i.package_id for i in items])

    def _preview_outbox(self):
        items = selected_rows(self.out_view)
        if not items:
            QMessageBox.information(self, self.tr("Outbox"), self.tr("Select a package to preview."))
            return
        ctx, pid = self.env.ctx, items[0].package_id
        self.env.runner.run(
            lambda: sync.preview_outbox_item(ctx, pid),
            on_error=self._error,
            parent=self,
            on_done=lambda p: PackagePreviewDialog(p, self.lang(), self).exec(),
        )

    # ------------------------------------------------------------------ import
    def _import(self, paths: list[str]):
        ctx = self.env.ctx
        labels = {k: sync.import_status_label(k, self.lang()) for k in sync.IMPORT_STATUSES}

        def done(outcomes):
            self.env.bus.emit(IMPORT_CHANGES)
            self.reload()
            self.tabs.setCurrentIndex(1)
            ImportResultsDialog(outcomes, labels, self).exec()

        self.env.runner.run(
            lambda p, c: sync.import_paths(ctx, [Path(x) for x in paths], progress=p, cancel=c),
            on_done=done,
            on_error=self._error,
            parent=self,
            cancellable=True,
            label=self.tr("Importing packages…"),
        )

    def _import_files(self):
        paths = open_files(
            self, self.tr("Import package files"), self.tr("Sổ Thi Đua packages (*.stpkg);;All files (*)")
        )
        if paths:
            self._import(paths)

    def import_files(self, paths: list[str]) -> None:
        """Packages dropped onto the window or chosen several at a time."""
        self.tabs.setCurrentIndex(1)
        self._import(paths)

    def _confirm_sender(self, *, ask: bool = True):
        """The advanced path for a held package: compare the fingerprint with the sender by phone,
        then confirm; the held packages are then accepted without importing them again."""
        ctx = self.env.ctx
        senders = sync.held_senders(ctx)
        rows = selected_rows(self.in_view)
        wanted = rows[0].sender_code if rows and sync.row_status(rows[0]) == sync.HELD else None
        sender = next((h for h in senders if h.unit_code == wanted), senders[0] if senders else None)
        if sender is None:
            return
        if not sender.fingerprint:
            QMessageBox.information(
                self,
                self.tr("Confirm the sender"),
                self.tr(
                    "The packages of {0} ({1}) do not carry its key: import its enrolment file (Advanced: keys) "
                    "or send it an invitation."
                ).format(sender.name, sender.unit_code),
            )
            return
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Confirm the sender"),
                self.tr(
                    "{0} ({1}) sent {2} package(s) waiting for confirmation: {3}.\n\nKey fingerprint in the "
                    "packages:\n{4}\n\nCall the unit and ask them to read their fingerprint (Send and receive → "
                    "Advanced: keys). Confirm only if every group matches."
                ).format(
                    sender.name, sender.unit_code, sender.packages, ", ".join(sender.kinds_vi), sender.fingerprint
                ),
            )
            if answer != QMessageBox.Yes:
                return
        self.env.runner.run(
            lambda: sync.confirm_sender(ctx, sender.unit_code, sender.fingerprint),
            on_error=self._error,
            parent=self,
            on_done=lambda r: self._done(IMPORT_CHANGES, r.message if ask else None),
        )

    def _import_folder(self):
        folder = choose_folder(self, self.tr("Import every package in a folder"))
        if folder:
            self._import([folder])

    def _preview_file(self):
        path = open_file(
            self, self.tr("Preview a package file"), self.tr("Sổ Thi Đua packages (*.stpkg);;All files (*)")
        )
        if not path:
            return
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: sync.preview_file(ctx, Path(path)),
            on_error=self._error,
            parent=self,
            on_done=lambda p: PackagePreviewDialog(p, self.lang(), self).exec(),
        )

    def _check_paper(self):
        from desktop.ui.paper_check import open_dialog

        self._paper_dialog = open_dialog(self.env, self)
        return self._paper_dialog

    def _history(self):
        rows = selected_rows(self.in_view)
        if not rows or not rows[0].subject or not rows[0].sender_code:
            QMessageBox.information(self, self.tr("Received"), self.tr("Select a received package."))
            return
        r = rows[0]
        versions = sync.package_history(self.env.ctx, r.sender_code, r.subject)
        lines = [
            self.tr("Version {0} — {1} — received {2}").format(
                v.version, self._import_status(sync.row_status(v), v.is_current), local_time(v.received_at)
            )
            for v in versions
        ]
        QMessageBox.information(self, self.tr("Versions of this submission"), "\n".join(lines))

    def activate(self, **kw):
        if kw.get("tab") == "received":
            self.tabs.setCurrentIndex(1)


def _message(exc, tb) -> str:
    from desktop.services.errors import user_message

    if isinstance(exc, DomainError):
        return str(exc)
    return user_message(exc) or f"{type(exc).__name__}: {exc}"


def _available(unit) -> bool:
    return unit is not None  # every kind sends or receives (the Party line too, issue 20)


PAGE = PageSpec(
    key="outbox",
    order=80,
    title=QT_TRANSLATE_NOOP("Navigation", "Send and receive"),
    factory=OutboxPage,
    available=_available,
    icon="outbox.svg",
)
