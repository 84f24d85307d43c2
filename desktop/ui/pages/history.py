"""Change history ("Lịch sử thay đổi"): who changed what and when, with the values before and
after, for a member, an activity, a criterion, or everything; export; and the chain check
(issue 8 §5). Other screens open it with ``env.navigate("history", kind="member", subject=42)``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)
from PySide6.QtCore import Qt

from desktop.domain.bilingual import catalog_text
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import safety as audit
from desktop.services.units import self_unit
from desktop.ui.files import save_file
from desktop.ui.pages import Page, PageSpec
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table, selected

KINDS = ("member", "activity", "criterion", "unit", "setting", "user", "all")
PARTY_KINDS = ("all", "unit", "setting", "user")


def _value(v, lang: str = "vi") -> str:
    if isinstance(v, bool):
        return "✓" if v else "✗"
    return audit.value_text(v, lang, empty="—")


class HistoryPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.choose_save = lambda name: save_file(
            self, self.tr("Export the history"), name, self.tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)")
        )
        self.entries: list[audit.AuditEntry] = []
        self.kind = QComboBox()
        self.kind.setObjectName("history_kind")
        for k in KINDS:
            self.kind.addItem(k, k)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_subjects())
        self.subject = QComboBox()
        self.subject.setObjectName("history_subject")
        self.subject.setEditable(True)
        self.subject.setMinimumWidth(320)
        self.subject.activated.connect(lambda _i: self.show_history())
        self.show_btn = QPushButton()
        self.show_btn.setObjectName("history_show")
        self.show_btn.clicked.connect(lambda: self.show_history())
        self.export_btn = QPushButton()
        self.export_btn.setObjectName("history_export")
        self.export_btn.clicked.connect(lambda: self.export())
        self.verify_btn = QPushButton()
        self.verify_btn.setObjectName("history_verify")
        self.verify_btn.clicked.connect(lambda: self.verify())
        self.chain = QLabel()
        self.chain.setObjectName("history_chain")
        self.kind_label, self.subject_label = QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addWidget(self.subject_label)
        top.addWidget(self.subject, 1)
        top.addWidget(self.show_btn)
        top.addWidget(self.export_btn)

        self.model = RowsModel(
            [
                Col("at", lambda e: e.at.strftime("%d/%m/%Y %H:%M:%S"), sort=lambda e: e.id),
                Col("actor", lambda e: audit.actor_label(e.actor, self.lang())),
                Col("action", lambda e: e.action_label(self.lang())),
                Col("entity", lambda e: f"{e.entity_label(self.lang())} {e.subject_label(self.lang())}".strip()),
                Col("changes", lambda e: self.summary(e)),
            ]
        )
        self.model.tooltip = lambda e, key: self.summary(e) if key == "changes" else None
        self.view = make_table(self.model, "history_table")
        for col, w in enumerate((140, 130, 150, 190)):
            self.view.setColumnWidth(col, w)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._details())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("history_detail")
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([420, 160])
        bottom = QHBoxLayout()
        bottom.addWidget(self.chain, 1)
        bottom.addWidget(self.verify_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addLayout(bottom)
        self.retranslate()
        self._fill_subjects()
        self.show_history()

    def lang(self) -> str:
        return self.env.translator.language

    def watches(self):
        return (
            "members",
            "volunteer",
            "cycle",
            "unit",
            "settings",
            "users",
            "recognition",
            "backups",
            "commune",
            "sync",
        )

    def retranslate(self) -> None:
        titles = {
            "member": self.tr("Member"),
            "activity": self.tr("Activity"),
            "criterion": self.tr("Criterion"),
            "unit": self.tr("Unit"),
            "setting": self.tr("Setting"),
            "user": self.tr("Account"),
            "all": self.tr("Everything (newest)"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, titles[self.kind.itemData(i)])
        self.kind_label.setText(self.tr("History of"))
        self.subject_label.setText(self.tr("Which"))
        self.show_btn.setText(self.tr("Show"))
        self.export_btn.setText(self.tr("Export…"))
        self.verify_btn.setText(self.tr("Check the chain"))
        self.model.set_titles(
            [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Record"), self.tr("Changes")]
        )
        self.view.viewport().update()

    def _offer_kinds(self) -> None:
        """A Party committee or the Party line's upper level has no members, activities or Chi đoàn
        criteria: it is offered the history of its unit, settings and accounts, and everything
        (shown first, so its year's changes are on the screen at once)."""
        me = self_unit(self.env.ctx)
        party = me is not None and me.kind.is_party
        kinds = PARTY_KINDS if party else KINDS
        if tuple(self.kind.itemData(i) for i in range(self.kind.count())) == kinds:
            return
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in kinds:
            self.kind.addItem(k, k)
        self.kind.setCurrentIndex(self.kind.findData("all") if party else 0)
        self.kind.blockSignals(False)
        self.retranslate()

    def reload(self) -> None:
        self._offer_kinds()
        self._fill_subjects()
        self.show_history()

    def activate(self, **kwargs) -> None:
        kind, key = kwargs.get("kind"), kwargs.get("subject")
        if not kind:
            self.reload()  # opened from the navigation: what happened since it was last shown
        if kind:
            index = self.kind.findData(kind if kind in KINDS else "all")
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(max(index, 0))
            self.kind.blockSignals(False)
            self._fill_subjects()
            if key is not None:
                i = self.subject.findData(str(key))
                if i >= 0:
                    self.subject.setCurrentIndex(i)
                else:
                    self.subject.setEditText(str(key))
            self.show_history()

    # ---------------------------------------------------------------- data
    def _fill_subjects(self) -> None:
        kind = self.kind.currentData()
        current = self.subject.currentData() or self.subject.currentText()
        self.subject.blockSignals(True)
        self.subject.clear()
        if kind == "criterion":
            catalog = self.env.ctx.catalogs.get("chi-doan-xhcn")
            for c in catalog.criteria if catalog else ():
                title = catalog_text(c, "title", self.lang())
                self.subject.addItem(f"{c.id} — {title}", c.id)
        elif kind != "all":
            for key, label in audit.subjects_of(self.env.ctx, kind):
                self.subject.addItem(f"{key} — {label}" if label else key, key)
        if current:
            i = self.subject.findData(current)
            if i >= 0:
                self.subject.setCurrentIndex(i)
        self.subject.setEnabled(kind != "all")
        self.subject.blockSignals(False)

    def _key(self) -> str:
        data = self.subject.currentData()
        text = self.subject.currentText().strip()
        if data is not None and self.subject.itemText(self.subject.currentIndex()) == text:
            return str(data)
        return text.split(" — ")[0].strip()

    def show_history(self) -> None:
        kind = self.kind.currentData()
        try:
            if kind == "all":
                self.entries = audit.recent(self.env.ctx, limit=2000)
            else:
                key = self._key()
                self.entries = audit.history_of(self.env.ctx, kind, key) if key else []
        except Exception as exc:  # noqa: BLE001
            show_refusal(self, exc)
            self.entries = []
        self.entries.sort(key=lambda e: e.id, reverse=True)  # newest first
        self.model.set_rows(self.entries)
        self.view.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        if self.entries:
            self.view.selectRow(0)
        self._details()

    def summary(self, e: audit.AuditEntry) -> str:
        parts = []
        lang = self.lang()
        for c in e.changes():
            if c.field:
                parts.append(f"{audit.field_label(c.field, lang)}: {_value(c.before, lang)} → {_value(c.after, lang)}")
            else:
                parts.append(_value(c.after if c.after is not None else c.before, lang))
        return "; ".join(parts)

    def _details(self) -> None:
        e = selected(self.view, self.model) if self.model.rows else None
        if e is None:
            self.detail.setPlainText(self.tr("No change recorded."))
            return
        lang = self.lang()
        what = f"{e.action_label(lang)}: {e.entity_label(lang)} {e.subject_label(lang)}".rstrip()
        unit = e.unit_label(lang)
        lines = [
            self.tr("Entry {0} — {1} by {2}").format(
                e.id, e.at.strftime("%d/%m/%Y %H:%M:%S"), audit.actor_label(e.actor, lang)
            ),
            what + (f" ({unit})" if unit and unit not in what else ""),  # the unit, unless already named
        ]
        for c in e.changes():
            lines.append(
                f"  {audit.field_label(c.field, lang) if c.field else '…'}: {_value(c.before, lang)}  →  "
                f"{_value(c.after, lang)}"
            )
        self.detail.setPlainText("\n".join(lines))

    # ---------------------------------------------------------------- actions
    def export(self, path: str | None = None) -> Path | None:
        if not self.entries:
            QMessageBox.information(self, self.tr("Export"), self.tr("There is nothing to export."))
            return None
        name = f"lich-su-{self.kind.currentData()}-{self._key() or 'tat-ca'}.xlsx".replace("/", "-")
        path = path or self.choose_save(name)
        if not path:
            return None
        title = self.tr("Change history — {0} {1}").format(self.kind.currentText(), self.subject.currentText())
        try:
            return audit.export_entries(sorted(self.entries, key=lambda e: e.id), Path(path), title=title)
        except Exception as exc:  # noqa: BLE001
            show_refusal(self, exc)
            return None

    def verify(self) -> dict:
        result = audit.verify(self.env.ctx)
        if result["ok"]:
            self.chain.setText(
                self.tr("The change history is intact: {0} entries, none altered.").format(result["entries"])
            )
            self.chain.setStyleSheet("color: #1d5e20;")
        else:
            self.chain.setText(
                self.tr("The change history was altered: first broken entry {0} ({1}).").format(
                    result["first_broken_id"], result.get("reason") or ""
                )
            )
            self.chain.setStyleSheet("color: #8a1c14; font-weight: bold;")
        return result


PAGE = PageSpec(
    key="history",
    order=860,
    title=QT_TRANSLATE_NOOP("Navigation", "Change history"),
    factory=HistoryPage,
    icon="history.svg",
)
