"""Shared pieces of the commune party committee pages (issue 10): the period chooser, status
words, and the rule that these pages exist only for units of kind dang-uy-xa."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from desktop.domain.units import Unit, UnitKind
from desktop.i18n.markers import QT_TRANSLATE_NOOP

STATUS_WORDS = {
    "met": QT_TRANSLATE_NOOP("CommuneStatus", "Met"),
    "not_met": QT_TRANSLATE_NOOP("CommuneStatus", "Not met"),
    "at_risk": QT_TRANSLATE_NOOP("CommuneStatus", "At risk"),
    "not_applicable": QT_TRANSLATE_NOOP("CommuneStatus", "Not applicable"),
    "needs_judgement": QT_TRANSLATE_NOOP("CommuneStatus", "Needs a judgement"),
}


def status_word(status: str) -> str:
    return QCoreApplication.translate("CommuneStatus", STATUS_WORDS.get(status, status))


def is_commune(unit: Unit | None) -> bool:
    return unit is not None and unit.kind is UnitKind.DANG_UY_XA


def period_combo(ctx, name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    y = ctx.today().year
    for label in (str(y - 1), str(y), str(y + 1)):
        box.addItem(label, label)
    box.setCurrentIndex(1)
    return box


def value_text(v, unit: str | None = None) -> str:
    """A value or threshold as the screen shows it; shares (unit "share") as percentages."""
    from desktop.ui.i18n import ui_formatter

    if v is None:
        return "—"
    if isinstance(v, bool):
        return "✓" if v else "✗"
    if unit == "share" and isinstance(v, (int, float)):
        return ui_formatter().percent(v, digits=0 if float(v * 100).is_integer() else 1)
    if isinstance(v, float):
        return ui_formatter().number(v)
    return str(v)


def fit_columns(view, model, widths) -> None:
    """Each listed column at least as wide as its header in the current language (the text, the sort
    arrow and the margins); the last column takes the rest. Headers such as "Người dân hài lòng" were
    cut at 1366×768."""
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    for col, base in enumerate(widths):
        title = str(model.headerData(col, Qt.Horizontal) or "")
        view.setColumnWidth(col, max(base, fm.horizontalAdvance(title) + 30))
