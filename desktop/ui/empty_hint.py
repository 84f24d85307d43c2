"""A message inside an empty table saying what to do first ("Chưa có hoạt động — bấm “Ghi hoạt
động mới”…", issue 11 item 3). It is a label on the view's viewport, shown while the model has
no rows, and does not take clicks (double-click and drops still reach the table)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView, object_name: str = ""):
        super().__init__(view.viewport())
        self.view = view
        if object_name:
            self.setObjectName(object_name)
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #4a5563;")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self._place()
        self.refresh()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.setVisible(bool(self.text()) and self.view.model().rowCount() == 0)

    def _place(self) -> None:
        self.setGeometry(self.view.viewport().rect().adjusted(24, 16, -24, -16))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Resize:
            self._place()
        return False
