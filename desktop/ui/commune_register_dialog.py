"""Register a commune party committee for the year's models (issue 20 item 1): the city's
mandatory models (always in, shown ticked and locked), the city's models taken part in by choice,
the committee's own local models, and the "Dân vận khéo" model it commits to build."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.commune_party import RegistrationView

KINDS = {
    "mandatory": QT_TRANSLATE_NOOP("RegistrationDialog", "city model (mandatory)"),
    "by_choice": QT_TRANSLATE_NOOP("RegistrationDialog", "city model by choice"),
    "local": QT_TRANSLATE_NOOP("RegistrationDialog", "the commune's own model"),
}


class RegistrationDialog(QDialog):
    def __init__(self, parent, view: RegistrationView):
        super().__init__(parent)
        reg = view.registration
        self.setWindowTitle(self.tr("Register for the models of %1").replace("%1", reg.period))
        self.state = QLabel()
        self.state.setObjectName("commune_register_state")
        self.state.setWordWrap(True)
        if reg.registered:
            self.state.setText(
                self.tr(
                    "Registered on %1. Saving again records a new registration; the history keeps the earlier one."
                ).replace("%1", f"{reg.registered_on:%d/%m/%Y}")
            )
        else:
            self.state.setText(
                self.tr(
                    "Not registered yet. The city's mandatory models are always in; tick the "
                    "models the committee takes part in by choice."
                )
            )
        self.models = QListWidget()
        self.models.setObjectName("commune_register_models")
        for c in view.choices:
            item = QListWidgetItem(f"{c.title} — {self.tr(KINDS[c.kind])}, {c.criteria} " + self.tr("indicators"))
            item.setData(Qt.UserRole, c.id)
            flags = Qt.ItemIsEnabled | Qt.ItemIsUserCheckable
            if c.kind == "mandatory":
                flags = Qt.ItemIsUserCheckable  # shown, cannot be unticked
            item.setFlags(flags)
            item.setCheckState(Qt.Checked if c.chosen else Qt.Unchecked)
            self.models.addItem(item)
        self.dvk = QLineEdit(reg.dvk_model)
        self.dvk.setObjectName("commune_register_dvk")
        self.dvk.setPlaceholderText(self.tr("e.g. Ngõ xóm sáng – xanh – sạch – đẹp"))
        self.note = QLineEdit(reg.note)
        self.note.setObjectName("commune_register_note")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.addRow(self.tr("“Dân vận khéo” model of the year:"), self.dvk)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addWidget(self.models, 1)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(640, 460)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.models.count()):
            item = self.models.item(i)
            if item.checkState() == Qt.Checked:
                out.append(item.data(Qt.UserRole))
        return out
