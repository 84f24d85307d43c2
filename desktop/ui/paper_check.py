"""“Kiểm tra bản giấy” (issue 19): type the short code printed beside the QR code of a paper
document, or choose a photo / scan / PDF of the page, and see whether it matches the package
this unit received (desktop/services/exchange/paper.py). The check runs off the GUI thread."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.ui.screen import fit_to_screen


class PaperCheckDialog(QDialog):
    def __init__(self, env, parent=None):
        super().__init__(parent)
        self.env = env
        self.result_data = None
        self.setObjectName("paper_check_dialog")
        fit_to_screen(self, 720, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("paper_code")
        self.code.setMaxLength(64)
        self.check_btn = QPushButton()
        self.check_btn.setObjectName("paper_check")
        self.check_btn.setDefault(True)
        self.image_btn = QPushButton()
        self.image_btn.setObjectName("paper_image")
        self.result = QTextBrowser()
        self.result.setObjectName("paper_result")
        self.result.setOpenLinks(False)
        row = QHBoxLayout()
        self.code_label = QLabel()
        self.code_label.setBuddy(self.code)
        row.addWidget(self.code_label)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_btn)
        row.addWidget(self.image_btn)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(row)
        lay.addWidget(self.result, 1)
        lay.addWidget(buttons)
        self.check_btn.clicked.connect(lambda: self.run(self.code.text()))
        self.code.returnPressed.connect(lambda: self.run(self.code.text()))
        self.image_btn.clicked.connect(self._choose_image)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a paper copy"))
        self.intro.setText(
            self.tr(
                "Every document sent in a package carries a QR code and a check code at the bottom left of each page. "
                "Type the check code, or choose a photo, scan or PDF of the page, to see whether the paper matches "
                "the package this unit received."
            )
        )
        self.code_label.setText(self.tr("Check code:"))
        self.code.setPlaceholderText(self.tr("e.g. K7M2Q-9XD4T"))
        self.check_btn.setText(self.tr("Check"))
        self.image_btn.setText(self.tr("Photo or scan…"))

    def _choose_image(self) -> None:
        from desktop.ui.files import open_file

        path = open_file(
            self,
            self.tr("Photo, scan or PDF of the page"),
            self.tr("Images and PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf)"),
        )
        if path:
            self.run(str(path))

    def run(self, source: str) -> None:
        from desktop.services import exchange as paper

        ctx = self.env.ctx
        self.result.setHtml(html.escape(self.tr("Checking…")))
        self.env.runner.run(
            lambda: paper.check(ctx, source),
            on_done=self.show_result,
            on_error=self._failed,
            label=self.tr("Checking the paper…"),
            parent=self,
        )

    def show_result(self, r) -> None:
        self.result_data = r
        colour = "#1d5e20" if r.matches else "#b00020"
        parts = [f'<p style="color:{colour}; font-weight:bold">{html.escape(r.verdict)}</p>']
        if r.details:
            parts.append("<p>" + "<br>".join(html.escape(d) for d in r.details) + "</p>")
        if r.differences:
            parts.append(
                "<p><b>"
                + html.escape(self.tr("What differs:"))
                + "</b></p><ul>"
                + "".join(f"<li>{html.escape(d)}</li>" for d in r.differences)
                + "</ul>"
            )
        self.result.setHtml("".join(parts))

    def _failed(self, exc, _tb) -> None:
        from desktop.domain.errors import DomainError

        msg = str(exc) if isinstance(exc, DomainError) else repr(exc)
        self.result_data = None
        self.result.setHtml(f'<p style="color:#b00020">{html.escape(msg)}</p>')


def open_dialog(env, parent) -> PaperCheckDialog:
    dlg = PaperCheckDialog(env, parent)
    dlg.setAttribute(Qt.WA_DeleteOnClose, False)
    dlg.show()
    return dlg
