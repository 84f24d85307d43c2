"""Small pieces shared by the data-safety and commune screens (issue 8): the rows table model of
desktop/ui/rows_model.py (sorted inside the model with QCollator, Vietnamese order) under the
names these screens use, and helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableView

from desktop.ui import rows_model
from desktop.ui.rows_model import Column as Col

__all__ = ["Col", "RowsModel", "make_table", "selected", "size_text"]


class RowsModel(rows_model.RowsModel):
    """desktop/ui/rows_model.py's model with the names these screens use: ``colour(row)`` for
    the whole row, ``set_titles``."""

    def __init__(self, columns: list[Col], parent=None):
        super().__init__(columns, parent)
        self.colour: Callable[[Any], tuple[str, str] | None] = lambda row: None
        self.colours = lambda row, key: self.colour(row)

    def set_titles(self, titles: list[str]) -> None:
        self.set_headers(titles)


def make_table(model: RowsModel, name: str) -> QTableView:
    return rows_model.make_table(model, name, alternating=True)


def selected(view: QTableView, model: RowsModel):
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return model.row(rows[0].row()) if rows else None


def size_text(n: int) -> str:
    from desktop.ui.i18n import ui_formatter

    if n >= 1024 * 1024:
        return f"{ui_formatter().number(round(n / (1024 * 1024), 1))} MB"
    return f"{ui_formatter().number(max(1, round(n / 1024)))} KB"
