"""Print preview: generate a report off the GUI thread (progress, cancel), show its pages
(pypdfium2) with zoom and page navigation, print through the system print dialog, save as PDF.

    PreviewWindow(env, ReportRequest("year-end", "2026", branch="CD-TDP3"), parent).start()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reporting import GeneratedReport, ReportRequest, generate
from desktop.ui.files import save_file
from desktop.ui.screen import fit_to_screen

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FIT_WIDTH = 0.0
PRINT_DPI = 300


def page_image(document, index: int, scale: float, *, gray: bool = False) -> QImage:
    """One PDF page as a QImage (pypdfium2 renders RGB; ``gray`` for printing in black)."""
    page = document[index]
    bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=gray)
    fmt = (
        QImage.Format_Grayscale8
        if bitmap.n_channels == 1
        else (QImage.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format_RGBA8888)
    )
    img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
    return img.copy()  # own the pixels: the buffer belongs to pdfium


class PreviewWindow(QDialog):
    """The preview of one generated report. ``generated`` emits the GeneratedReport."""

    generated = Signal(object)

    def __init__(self, env, request: ReportRequest, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.request = request
        self.report: GeneratedReport | None = None
        self.document = None
        self.page = 0
        self.setObjectName("report_preview")
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.setMinimumSize(QSize(640, 440))  # fits 1366×768 at 125 % (1093×574 logical)
        fit_to_screen(self, 1100, 740)

        self.title = QLabel()
        self.title.setObjectName("preview_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.notes = QLabel()
        self.notes.setObjectName("preview_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.notes.hide()

        self.prev_btn = QPushButton()
        self.prev_btn.setObjectName("preview_prev")
        self.next_btn = QPushButton()
        self.next_btn.setObjectName("preview_next")
        self.page_box = QSpinBox()
        self.page_box.setObjectName("preview_page")
        self.page_box.setMinimum(1)
        self.page_of = QLabel()
        self.zoom_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.setObjectName("preview_zoom")
        self.print_btn = QPushButton()
        self.print_btn.setObjectName("preview_print")
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("preview_save")
        self.close_btn = QPushButton()
        self.close_btn.setObjectName("preview_close")
        # A preview is a draft; the number is given only here, on purpose (issue 19).
        self.issue_btn = QPushButton()
        self.issue_btn.setObjectName("preview_issue")
        self.issue_btn.hide()

        bar = QHBoxLayout()
        for w in (self.prev_btn, self.page_box, self.page_of, self.next_btn):
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        for w in (self.issue_btn, self.print_btn, self.save_btn, self.close_btn):
            bar.addWidget(w)

        self.canvas = QLabel()
        self.canvas.setObjectName("preview_canvas")
        self.canvas.setAlignment(Qt.AlignCenter)
        self.canvas.setStyleSheet("background: #808080;")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignCenter)

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.notes)
        lay.addLayout(bar)
        lay.addWidget(self.scroll, 1)

        self.prev_btn.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_btn.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_box.valueChanged.connect(lambda v: self.show_page(v - 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self.show_page(self.page))
        self.print_btn.clicked.connect(self.print_report)
        self.save_btn.clicked.connect(self.save_pdf)
        self.close_btn.clicked.connect(self.reject)
        self.issue_btn.clicked.connect(self.issue)
        for keys, fn in (
            (QKeySequence.MoveToPreviousPage, lambda: self.show_page(self.page - 1)),
            (QKeySequence.MoveToNextPage, lambda: self.show_page(self.page + 1)),
            (QKeySequence.ZoomIn, lambda: self._step_zoom(1)),
            (QKeySequence.ZoomOut, lambda: self._step_zoom(-1)),
            (QKeySequence.Print, self.print_report),
            (QKeySequence.Save, self.save_pdf),
        ):
            QShortcut(keys, self, activated=fn)
        self.retranslate()
        self._set_ready(False)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.prev_btn.setText(self.tr("◀ Previous"))
        self.next_btn.setText(self.tr("Next ▶"))
        self.zoom_label.setText(self.tr("Zoom:"))
        self.print_btn.setText(self.tr("Print…"))
        self.save_btn.setText(self.tr("Save as PDF…"))
        self.issue_btn.setText(self.tr("Issue with a number…"))
        self.close_btn.setText(self.tr("Close"))
        current = self.zoom.currentData()
        self.zoom.blockSignals(True)
        self.zoom.clear()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        for z in ZOOMS:
            self.zoom.addItem(f"{round(z * 100)}%", z)
        idx = self.zoom.findData(current if current is not None else FIT_WIDTH)
        self.zoom.setCurrentIndex(max(idx, 0))
        self.zoom.blockSignals(False)
        self._update_labels()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ generation
    def start(self) -> None:
        """Generate off the GUI thread; the dialog shows when the pages are ready."""
        req = self.request
        ctx = self.env.ctx
        self.title.setText(self.tr("Preparing the document…"))

        def work(progress, cancel):
            from desktop.services.reporting import preview_request

            return generate(ctx, preview_request(ctx, req), progress=progress, cancel=cancel)

        self.env.runner.run(
            work,
            on_done=self.load,
            on_error=self._failed,
            label=self.tr("Preparing the document…"),
            parent=self.parentWidget(),
            cancellable=True,
        )

    def load(self, report: GeneratedReport) -> None:
        import pypdfium2 as pdfium

        self.report = report
        self.document = pdfium.PdfDocument(report.pdf)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(len(self.document))
        self.page_box.blockSignals(False)
        self.notes.setText("\n".join(report.notes))
        self.notes.setVisible(bool(report.notes))
        self._set_ready(True)
        self._update_labels()
        self.show_page(0)
        self.generated.emit(report)
        if not self.isVisible():
            self.show()

    def issue(self) -> None:
        """Issue the previewed draft: the next number in the register, the same content."""
        from dataclasses import replace

        if self.report is None or not self.report.draft:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue the document"),
            self.tr(
                "Give this document the next number from the document register and issue it? A number "
                "once given is not taken back; printing it again keeps the same number and date."
            ),
        )
        if answer != QMessageBox.Yes:
            return
        req, ctx = replace(self.request, draft=False), self.env.ctx

        def work(progress, cancel):
            return generate(ctx, req, progress=progress, cancel=cancel)

        def failed(exc: BaseException, _tb: str) -> None:
            from desktop.domain.errors import DomainError
            from desktop.services.errors import user_message

            msg = str(exc) if isinstance(exc, DomainError) else (user_message(exc) or str(exc))
            QMessageBox.warning(self, self.tr("Cannot issue the document"), msg)

        def done(report) -> None:
            self.request = req
            self.load(report)

        self.env.runner.run(
            work, on_done=done, on_error=failed, label=self.tr("Preparing the document…"), parent=self, cancellable=True
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        from desktop.domain.errors import DomainError
        from desktop.services.errors import user_message

        msg = str(exc) if isinstance(exc, DomainError) else (user_message(exc) or str(exc))
        QMessageBox.warning(self.parentWidget() or self, self.tr("Cannot prepare the document"), msg)
        self.reject()

    def _set_ready(self, ready: bool) -> None:
        for w in (self.prev_btn, self.next_btn, self.page_box, self.zoom, self.print_btn, self.save_btn):
            w.setEnabled(ready)

    def _update_labels(self) -> None:
        if self.report is None:
            return
        numbers = ", ".join(f"Số: {n}" for n in self.report.numbers)
        extra = []
        if numbers:
            extra.append(numbers)
        if self.report.reprint:
            extra.append(self.tr("reprint, number kept"))
        if self.report.draft:
            extra.append(self.tr("draft: no number given yet"))
        self.issue_btn.setVisible(self.report.draft)
        self.title.setText(self.report.title + (f" — {'; '.join(extra)}" if extra else ""))
        self.page_of.setText(self.tr("of {0}").format(self.page_count))

    # ------------------------------------------------------------------ pages
    @property
    def page_count(self) -> int:
        return len(self.document) if self.document is not None else 0

    def scale(self) -> float:
        z = self.zoom.currentData()
        if not z and self.document is not None:
            w_pt = self.document[self.page].get_size()[0]
            avail = max(200, self.scroll.viewport().width() - 24)
            return avail / w_pt
        dpi = self.logicalDpiX() or 96
        return (z or 1.0) * dpi / 72

    def show_page(self, index: int) -> None:
        if self.document is None:
            return
        index = max(0, min(index, self.page_count - 1))
        self.page = index
        img = page_image(self.document, index, self.scale())
        self.canvas.setPixmap(QPixmap.fromImage(img))
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.prev_btn.setEnabled(index > 0)
        self.next_btn.setEnabled(index < self.page_count - 1)

    def _step_zoom(self, step: int) -> None:
        i = self.zoom.currentIndex() + step
        if 1 <= i < self.zoom.count():
            self.zoom.setCurrentIndex(i)

    # ------------------------------------------------------------------ print and save
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(self.report.title if self.report else "")
        printer.setPageSize(QPageSize(QPageSize.A4))
        first = self.document[0].get_size() if self.document is not None else (595, 842)
        printer.setPageOrientation(QPageLayout.Landscape if first[0] > first[1] else QPageLayout.Portrait)
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Millimeter)
        printer.setFromTo(1, self.page_count)
        return printer

    def print_report(self) -> None:
        if self.document is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QPrintDialog.PrintPageRange, True)
        if dialog.exec() != QDialog.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the chosen page range at the printer's resolution; returns the pages sent.

        Each page is drawn at its own size and orientation (certificates and wide annexes are
        landscape): the PDF already holds the margins, so the printer prints the full page.
        """
        first = printer.fromPage() or 1
        last = printer.toPage() or self.page_count
        dpi = min(printer.resolution(), PRINT_DPI)
        painter = QPainter()
        sent = 0
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            for n in range(first - 1, min(last, self.page_count)):
                w_pt, h_pt = self.document[n].get_size()
                layout = QPageLayout.Landscape if w_pt > h_pt else QPageLayout.Portrait
                if sent == 0:
                    printer.setPageOrientation(layout)
                    if not painter.begin(printer):
                        raise OSError(self.tr("The printer could not be opened."))
                else:
                    printer.setPageOrientation(layout)
                    printer.newPage()
                img = page_image(self.document, n, dpi / 72, gray=False)
                target = painter.viewport()
                painter.drawImage(target, img)
                sent += 1
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), str(exc))
        finally:
            if painter.isActive():
                painter.end()
            QApplication.restoreOverrideCursor()
        return sent

    def save_pdf(self, path: str | None = None) -> Path | None:
        if self.report is None:
            return None
        if not path:
            path = save_file(self, self.tr("Save as PDF"), self.report.file_name, self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        p = Path(path)
        if p.suffix.lower() != ".pdf":
            p = p.with_suffix(".pdf")
        try:
            tmp = p.with_name(p.name + ".tmp")
            tmp.write_bytes(self.report.pdf)
            tmp.replace(p)
        except OSError as exc:
            from desktop.services.errors import user_message

            QMessageBox.warning(self, self.tr("Cannot save the file"), user_message(exc) or str(exc))
            return None
        return p
