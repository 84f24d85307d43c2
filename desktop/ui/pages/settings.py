"""Settings: language (switched live), the unit profile, and the unit's documented settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bilingual import catalog_text
from desktop.domain.errors import DomainError
from desktop.domain.settings import UNIT_SETTINGS, keys_for_kind
from desktop.domain.units import UnitKind
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.units import save_self_unit, self_unit, set_app_setting, set_unit_setting, unit_settings
from desktop.ui.files import open_file
from desktop.ui.i18n import LANGUAGES
from desktop.ui.pages import Page, PageSpec
from desktop.ui.unit_form import UnitForm
from desktop.ui.writes import run_write


# What each choice means, in words a secretary reads (the stored values are codes; the meaning of
# each is documented in desktop/domain/settings.py, BRIEF §1).
CHOICE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "member_base": {
        "start": QT_TRANSLATE_NOOP("SettingChoice", "At the start of the period"),
        "end": QT_TRANSLATE_NOOP("SettingChoice", "At the end (or the assessment day)"),
        "average": QT_TRANSLATE_NOOP("SettingChoice", "Average of start and end"),
    },
    "member_entry_unknown": {
        "period_start": QT_TRANSLATE_NOOP("SettingChoice", "First day of the assessment year"),
        "today": QT_TRANSLATE_NOOP("SettingChoice", "The day of the import"),
    },
    "cd14_rule": {
        "every_request": QT_TRANSLATE_NOOP("SettingChoice", "60% on every request"),
        "average": QT_TRANSLATE_NOOP("SettingChoice", "60% on average over the requests"),
    },
    "cd32_counted_kinds": {
        "dinh-ky": QT_TRANSLATE_NOOP("SettingChoice", "Regular meetings only"),
        "all": QT_TRANSLATE_NOOP("SettingChoice", "Every kind of meeting"),
    },
    "cd14_when_no_request": {
        "met": QT_TRANSLATE_NOOP("SettingChoice", "Counts as met"),
        "not_met": QT_TRANSLATE_NOOP("SettingChoice", "Counts as not met"),
        "not_applicable": QT_TRANSLATE_NOOP("SettingChoice", "Not counted (not applicable)"),
    },
    "cd24_weeks": {
        "majority": QT_TRANSLATE_NOOP("SettingChoice", "Weeks with 4 or more days in the period"),
        "overlap": QT_TRANSLATE_NOOP("SettingChoice", "Every week touching the period"),
    },
    "quarter_boundaries": {"period_start": QT_TRANSLATE_NOOP("SettingChoice", "3-month blocks from the period start")},
    "recognition_rounding": {
        "ceil": QT_TRANSLATE_NOOP("SettingChoice", "Round up"),
        "exact": QT_TRANSLATE_NOOP("SettingChoice", "No rounding (exactly 80%)"),
    },
    "recognition_counting": {
        "per_criterion": QT_TRANSLATE_NOOP("SettingChoice", "Per criterion"),
        "per_group": QT_TRANSLATE_NOOP("SettingChoice", "Per group of criteria"),
    },
    "member_vote_threshold": {
        "half": QT_TRANSLATE_NOOP("SettingChoice", "50% or more"),
        "two_thirds": QT_TRANSLATE_NOOP("SettingChoice", "Two thirds or more"),
    },
    "member_vote_base": {
        "all": QT_TRANSLATE_NOOP("SettingChoice", "Everyone called (absent included)"),
        "present": QT_TRANSLATE_NOOP("SettingChoice", "Those present"),
    },
    "member_criteria": {
        "auto": QT_TRANSLATE_NOOP("SettingChoice", "Chosen by the branch type"),
        "doan-vien-xhcn": QT_TRANSLATE_NOOP("SettingChoice", "Đoàn viên XHCN criteria"),
        "doan-vien-xhcn-hoc-sinh": QT_TRANSLATE_NOOP("SettingChoice", "Pupils' and students' criteria"),
    },
}


def _is_day_month(value) -> bool:
    return isinstance(value, str) and len(value) == 5 and value[2] == "-" and value.replace("-", "").isdigit()


def _month_day(text: str, title: str) -> str:
    """'01/09' (day/month, as typed) -> '09-01' (as stored); a DomainError naming the field."""
    from datetime import date

    day, _, month = text.partition("/")
    try:
        d = date(2024, int(month), int(day))  # a leap year: 29/02 is a valid start
    except ValueError:
        raise DomainError(f"“{title}”: “{text}” không phải một ngày hợp lệ (ngày/tháng, ví dụ 01/09).") from None
    return f"{d.month:02d}-{d.day:02d}"


def choice_label(key: str, choice) -> str:
    text = CHOICE_LABELS.get(key, {}).get(choice)
    return str(choice) if text is None else QCoreApplication.translate("SettingChoice", text)


class SettingsPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.lang_box = QGroupBox()
        self.lang_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(env.translator.language))
        self.language.currentIndexChanged.connect(self._language_changed)
        row = QHBoxLayout(self.lang_box)
        row.addWidget(self.lang_label)
        row.addWidget(self.language)
        row.addStretch(1)

        self.unit_box = QGroupBox()
        self.unit_form = UnitForm()
        self.save_unit_btn = QPushButton()
        self.save_unit_btn.setObjectName("save_unit")
        self.save_unit_btn.clicked.connect(self._save_unit)
        ub = QVBoxLayout(self.unit_box)
        ub.addWidget(self.unit_form)
        ub.addWidget(self.save_unit_btn)

        # The upper level: its full name, and joining it with the invitation it sent (issue 17).
        self.upper_box = QGroupBox()
        self.upper_text = QLabel()
        self.upper_text.setObjectName("upper_level_text")
        self.upper_text.setWordWrap(True)
        self.join_btn = QPushButton()
        self.join_btn.setObjectName("accept_invitation")
        self.join_btn.clicked.connect(lambda: self.accept_invitation())
        upl = QHBoxLayout(self.upper_box)
        upl.addWidget(self.upper_text, 1)
        upl.addWidget(self.join_btn)

        self.rules_box = QGroupBox()
        self.rules_form = QFormLayout(self.rules_box)
        # A label longer than its room puts the field on the next line instead of squeezing
        # (wrapped labels in a form get clipped at 125 %; tests/ui/test_high_dpi.py).
        self.rules_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.rule_widgets: dict[str, QWidget] = {}
        self.rule_labels: dict[str, QLabel] = {}
        self._loaded: dict = {}  # the values shown at the last reload, to save only what changed
        for key, spec in UNIT_SETTINGS.items():
            if spec.choices:
                w = QComboBox()
                for c in spec.choices:
                    w.addItem(str(c), c)
            elif isinstance(spec.default, float):  # a share: shown and typed as a percentage (80%)
                w = QSpinBox()
                w.setRange(0, 100)
                w.setSuffix("%")
                w.setProperty("share", True)
            elif isinstance(spec.default, int):
                w = QSpinBox()
                w.setRange(0, 1000)
            elif _is_day_month(spec.default):  # stored "MM-DD", shown and typed as dd/mm
                w = QLineEdit()
                w.setInputMask("99/99")
                w.setMaximumWidth(80)
                w.setProperty("day_month", True)
            else:
                w = QLineEdit()
            w.setObjectName(f"setting_{key}")
            w.setToolTip(spec.why_vi)
            label = QLabel()
            self.rule_widgets[key] = w
            self.rule_labels[key] = label
            self.rules_form.addRow(label, w)
        self.save_rules_btn = QPushButton()
        self.save_rules_btn.setObjectName("save_settings")
        self.save_rules_btn.clicked.connect(self._save_rules)
        self.rules_form.addRow("", self.save_rules_btn)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(self.lang_box)
        lay.addWidget(self.unit_box)
        lay.addWidget(self.upper_box)
        lay.addWidget(self.rules_box)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()
        self.reload()

    def watches(self):
        return ("unit", "settings", "sync")

    def retranslate(self):
        self.lang_box.setTitle(self.tr("Language"))
        self.lang_label.setText(self.tr("Display language"))
        self.unit_box.setTitle(self.tr("Unit profile"))
        self.save_unit_btn.setText(self.tr("Save unit profile"))
        self.upper_box.setTitle(self.tr("Upper level"))
        self.join_btn.setText(self.tr("Accept an invitation…"))
        self._show_upper()
        self.rules_box.setTitle(self.tr("Rules the documents leave open"))
        self.save_rules_btn.setText(self.tr("Save settings"))
        lang = self.env.translator.language
        for key, spec in UNIT_SETTINGS.items():
            self.rule_labels[key].setText(catalog_text(spec, "title", lang))
            w = self.rule_widgets[key]
            if isinstance(w, QComboBox):
                for i in range(w.count()):
                    w.setItemText(i, choice_label(key, w.itemData(i)))

    def _show_upper(self):
        from desktop.services.exchange import parent_name

        unit = self_unit(self.env.ctx)
        if unit is None:
            return
        # The Party line's upper level (Ban Tuyên giáo và Dân vận) sends to no one above it here:
        # it is not shown an upper level to set nor an invitation to accept.
        self.upper_box.setVisible(unit.kind is not UnitKind.DANG_CAP_TREN)
        if unit.parent_code:
            name = parent_name(self.env.ctx, unit)
            text = (
                self.tr("{0} (code {1}).").format(name, unit.parent_code)
                if name and name != unit.parent_code
                else self.tr("Code {0}; its name is not known yet.").format(unit.parent_code)
            )
        else:
            text = self.tr("Not set.")
        self.upper_text.setText(
            text
            + " "
            + self.tr("An invitation file (.stmoi) from the upper level sets it and connects this unit in one step.")
        )

    def reload(self):
        unit = self_unit(self.env.ctx)
        if unit is None:
            return
        self._show_upper()
        self.unit_form.set_unit(unit)
        values = unit_settings(self.env.ctx, unit.code)
        # Only the settings of this kind of unit: a Party committee sees no Chi đoàn rule.
        shown = set(keys_for_kind(unit.kind))
        for key, w in self.rule_widgets.items():
            self.rules_form.setRowVisible(w, key in shown)
        self._loaded = {}
        for key, w in self.rule_widgets.items():
            v = values[key]
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(v)))
            elif isinstance(w, QSpinBox) and w.property("share"):
                w.setValue(round(float(v) * 100))
            elif isinstance(w, QSpinBox):
                w.setValue(int(v))
            elif w.property("day_month") and _is_day_month(str(v)):
                w.setText(f"{str(v)[3:5]}/{str(v)[0:2]}")
            else:
                w.setText(str(v))
            self._loaded[key] = self._widget_value(w)

    @staticmethod
    def _widget_value(w):
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox):
            return w.value()
        return w.text()

    def accept_invitation(self, path: str | None = None, *, confirm: bool = True) -> None:
        """Join the upper level with its invitation: read it, show who invites whom and the code
        printed on the invitation page, then join (off the GUI thread)."""
        from pathlib import Path

        from desktop.services import exchange as invitations

        if path is None:
            path = open_file(self, self.tr("Open an invitation"), self.tr("Sổ Thi Đua invitations (*.stmoi)"))
        if not path:
            return
        ctx = self.env.ctx
        try:
            inv = invitations.read_invitation_file(Path(path))
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Invitation"), str(exc))
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Invitation"),
                self.tr(
                    "{0} invites {1} (code {2}).\nInvitation code: {3}\n\nCheck that it is the code printed on the "
                    "invitation page. Connect now?"
                ).format(inv.parent.name, inv.branch.name, inv.branch.code, inv.short_code),
            )
            if answer != QMessageBox.Yes:
                return

        def done(res):
            from desktop.services.changes import Changes

            self.env.bus.emit(Changes.of("unit", "sync"))
            self.reload()
            self.joined = res
            if confirm:
                QMessageBox.information(self, self.tr("Invitation"), res.message)

        def failed(exc, tb):
            self.join_error = str(exc)
            if confirm:
                QMessageBox.warning(
                    self,
                    self.tr("Invitation"),
                    str(exc) if isinstance(exc, DomainError) else f"{type(exc).__name__}: {exc}",
                )

        self.env.runner.run(
            lambda: invitations.join_invitation(ctx, inv),
            on_done=done,
            on_error=failed,
            parent=self,
            label=self.tr("Connecting…"),
        )

    def _language_changed(self):
        code, ctx = self.language.currentData(), self.env.ctx
        self.env.translator.set_language(code)
        run_write(self, lambda: set_app_setting(ctx, "language", code))

    def _save_unit(self):
        try:
            unit = self.unit_form.unit()
        except DomainError:
            return
        ctx = self.env.ctx
        run_write(
            self,
            lambda: save_self_unit(ctx, unit),
            then=lambda _c: QMessageBox.information(self, self.tr("Saved"), self.tr("The unit profile was saved.")),
        )

    def _save_rules(self):
        ctx = self.env.ctx
        unit = self_unit(ctx)
        shown = set(keys_for_kind(unit.kind))
        wanted = []
        try:
            # Only what the user changed is written: an untouched field keeps "not set", so a
            # default for the unit's kind (a Party symbol) is never frozen into a stored value.
            for key, w in self.rule_widgets.items():
                raw = self._widget_value(w)
                if key not in shown or raw == self._loaded.get(key):
                    continue
                if isinstance(w, QSpinBox) and w.property("share"):
                    v = raw / 100  # shown as 80%, stored as 0.8
                elif w.property("day_month"):
                    v = _month_day(raw, self.rule_labels[key].text())  # shown 01/09, stored 09-01
                else:
                    v = raw
                wanted.append((key, v))
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Invalid setting"), str(exc))
            return

        def work():
            changes = None
            for key, v in wanted:
                c = set_unit_setting(ctx, unit.code, key, v)
                changes = c if changes is None else changes | c
            return changes

        run_write(self, work)
        self.reload()


PAGE = PageSpec(
    key="settings",
    order=900,
    title=QT_TRANSLATE_NOOP("Navigation", "Settings"),
    factory=SettingsPage,
    icon="settings.svg",
)
