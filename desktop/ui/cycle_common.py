"""Shared pieces of the cycle screens (registration, evidence logs, criteria): the status
colours and the bar that picks the branch (for a Đoàn cơ sở) and the assessment period."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.evaluation import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_APPLICABLE, NOT_MET
from desktop.domain.evaluation_model import status_words
from desktop.i18n.catalogue import say
from desktop.domain.periods import unit_period
from desktop.domain.units import Unit, UnitKind
from desktop.services.year import held_branches
from desktop.services.safety import is_read_only_unit
from desktop.services.units import self_unit, unit_settings

# Background / text colours of a status: readable on old screens, not only by colour (the
# status is also written out).
STATUS_COLOURS = {
    MET: ("#d8f0d8", "#1d5e20"),
    NOT_MET: ("#f8d7d5", "#8a1c14"),
    AT_RISK: ("#fde9c4", "#7a4b00"),
    NOT_APPLICABLE: ("#e6e6e6", "#555555"),
    NEEDS_JUDGEMENT: ("#d9e6f7", "#1f4a80"),
}


def status_colours(status: str) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS.get(status, ("#ffffff", "#000000"))
    return QColor(bg), QColor(fg)


def status_label(status: str, lang: str) -> str:
    return say(status_words(status), lang)


def cycle_page_available(unit: Unit | None) -> bool:
    """The cycle screens serve branches, and Đoàn cơ sở working with the branches they hold."""
    return unit is not None and unit.kind in (UnitKind.CHI_DOAN, UnitKind.DOAN_CO_SO)


class UnitPeriodBar(QWidget):
    """[Chi đoàn ▾] [Kỳ ▾]: which branch and which period the page shows.

    For a chi đoàn the branch is the unit itself (the combo is hidden); a Đoàn cơ sở picks one of
    the branches it holds. Periods: the previous, current and next one of the branch."""

    changed = Signal()

    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.unit_label = QLabel()
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_combo")
        self.unit_combo.setMinimumContentsLength(24)
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setMinimumContentsLength(10)
        # A branch that sends its data in packages is only viewed here (services refuse writes).
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #7a4b00; background: #fde9c4; padding: 3px;")
        self.read_only_note.hide()
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        lay = QHBoxLayout()
        outer.addLayout(lay)
        outer.addWidget(self.read_only_note)
        lay.addWidget(self.unit_label)
        lay.addWidget(self.unit_combo)
        lay.addSpacing(12)
        lay.addWidget(self.period_label)
        lay.addWidget(self.period_combo)
        lay.addStretch(1)
        self._units: dict[str, Unit] = {}
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.period_combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.unit_label.setText(self.tr("Branch:"))
        self.period_label.setText(self.tr("Period:"))
        self.read_only_note.setText(
            self.tr(
                "This branch sends its data in packages, so it can only be viewed here. Ask the branch to "
                "make changes on its own computer and send the package again."
            )
        )

    def is_read_only(self) -> bool:
        """The selected branch's data came in packages: the page shows it without edit actions."""
        return self._read_only

    def _update_read_only(self) -> None:
        code = self.unit_code()
        self._read_only = bool(code) and is_read_only_unit(self.env.ctx, code)
        self.read_only_note.setVisible(self._read_only)

    # ------------------------------------------------------------------ state
    def reload_units(self) -> None:
        ctx = self.env.ctx
        me = self_unit(ctx)
        current = self.unit_code()
        units = [me] if me and me.kind is UnitKind.CHI_DOAN else []
        if me and me.kind is not UnitKind.CHI_DOAN:
            units += held_branches(ctx, me.code)
        self._units = {u.code: u for u in units}
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in units:
            self.unit_combo.addItem(f"{u.name} ({u.code})", u.code)
        idx = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(max(idx, 0))
        self.unit_combo.blockSignals(False)
        show = bool(me and me.kind is not UnitKind.CHI_DOAN)
        self.unit_label.setVisible(show)
        self.unit_combo.setVisible(show)
        self._update_read_only()
        self._fill_periods()

    def _unit_changed(self) -> None:
        self._update_read_only()
        self._fill_periods()
        self.changed.emit()

    def _fill_periods(self, keep: str | None = None) -> None:
        unit = self.unit()
        keep = keep or self.period_label_value()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        if unit is not None:
            ctx = self.env.ctx
            settings = unit_settings(ctx, unit.code)
            cur = unit_period(school=unit.is_school, settings=settings, on=ctx.today())
            labels = []
            for y in (cur.year - 1, cur.year, cur.year + 1):
                label = f"{y}-{y + 1}" if unit.is_school else str(y)
                labels.append(label)
            for label in labels:
                self.period_combo.addItem(label, label)
            idx = self.period_combo.findData(keep) if keep else -1
            self.period_combo.setCurrentIndex(idx if idx >= 0 else labels.index(cur.label))
        self.period_combo.blockSignals(False)

    def unit(self) -> Unit | None:
        return self._units.get(self.unit_code() or "")

    def unit_code(self) -> str | None:
        return self.unit_combo.currentData()

    def period_label_value(self) -> str | None:
        return self.period_combo.currentData()

    def select(self, unit_code: str | None = None, period: str | None = None) -> None:
        if unit_code:
            idx = self.unit_combo.findData(unit_code)
            if idx >= 0 and idx != self.unit_combo.currentIndex():
                self.unit_combo.setCurrentIndex(idx)
        if period:
            idx = self.period_combo.findData(period)
            if idx < 0:
                self.period_combo.addItem(period, period)
                idx = self.period_combo.count() - 1
            self.period_combo.setCurrentIndex(idx)


def period_header(page, *middle: QWidget, summary_name: str):
    """The top of the criteria and recognition screens: [branch ▾][period ▾] … [Refresh], then a
    wrapped summary line. Returns (bar, refresh button, row layout, summary label); the page
    sets the button's text in its retranslate()."""
    from PySide6.QtWidgets import QPushButton

    bar = UnitPeriodBar(page.env)
    bar.changed.connect(page.reload)
    refresh = QPushButton()
    refresh.setObjectName("refresh")
    refresh.clicked.connect(page.reload)
    row = QHBoxLayout()
    row.addWidget(bar, 1)
    for w in middle:
        row.addWidget(w)
    row.addWidget(refresh)
    summary = QLabel()
    summary.setObjectName(summary_name)
    summary.setWordWrap(True)
    return bar, refresh, row, summary
