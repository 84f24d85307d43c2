"""The one render step: a built report (flowables) -> PDF bytes.

A4 pages with the margins of styles.py, a portrait and a landscape template, page numbers in
the top margin from the second page of each document (a PDF may hold several documents: the
year-end report and its "Tờ trình", or one certificate per page), ``invariant=1`` so the same
input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate

from desktop.i18n.formatting import nfc
from desktop.reports import styles as S
from desktop.reports.fonts import REGULAR, register_fonts

PORTRAIT, LANDSCAPE, CERTIFICATE = "portrait", "landscape", "certificate"


class RenderCancelled(Exception):
    """The cancel callback asked to stop; nothing was written."""


@dataclass
class BuiltReport:
    """What a builder returns: the flowables plus what the PDF's metadata says."""

    title: str
    story: list
    subject: str = ""
    author: str = ""
    orientation: str = PORTRAIT  # of the first page
    margins: S.Margins = S.UNION_MARGINS
    page_numbers: bool = True
    documents: list[str] = field(default_factory=list)  # titles of the documents inside
    watermark: str = ""  # "BẢN NHÁP" across every page of a draft (no number given)
    stamp: object = None  # model.PaperStamp: the QR code and short code on every page
    footer: str = ""  # a small line at the foot of every page (the criteria catalog in force)


def to_landscape() -> list:
    """Flowables that switch the following pages to landscape (wide annex tables)."""
    return [NextPageTemplate(LANDSCAPE)]


def to_portrait() -> list:
    return [NextPageTemplate(PORTRAIT)]


def _page_number(canvas, doc) -> None:
    footer = getattr(doc, "_sothidua_footer", "")
    if footer:
        w, _h = canvas._pagesize
        canvas.saveState()
        canvas.setFont(REGULAR, S.FOOTER_SIZE)
        canvas.setFillGray(0.45)
        canvas.drawRightString(w - S.FOOTER_FROM_SIDE, S.FOOTER_FROM_BOTTOM, nfc(footer))
        canvas.restoreState()
    if not getattr(doc, "_sothidua_numbers", True):
        return
    first = getattr(canvas, "_sothidua_doc_first_page", 1)
    n = canvas.getPageNumber() - first + 1
    if n < S.PAGE_NUMBER_FIRST_PAGE:
        return
    w, h = canvas._pagesize
    canvas.saveState()
    canvas.setFont(REGULAR, S.PAGE_NUMBER_SIZE)
    canvas.drawCentredString(w / 2, h - S.PAGE_NUMBER_FROM_TOP - S.PAGE_NUMBER_SIZE * 0.7, str(n))
    canvas.restoreState()


def _decorate(canvas, doc) -> None:
    """The draft watermark and the paper-check QR code, drawn under the page's content."""
    report = getattr(doc, "_sothidua_report", None)
    if report is None:
        return
    w, h = canvas._pagesize
    if report.watermark:
        canvas.saveState()
        canvas.setFillColorRGB(0.78, 0.78, 0.78)
        canvas.setFont(REGULAR, 96 if w < h else 110)
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35 if w < h else 25)
        canvas.drawCentredString(0, -30, report.watermark)
        canvas.restoreState()
    stamp = report.stamp
    if stamp is not None:
        from reportlab.graphics import renderPDF
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing

        size = S.QR_SIZE
        qr = QrCodeWidget(stamp.payload, barLevel="M")
        x0, y0, x1, y1 = qr.getBounds()
        d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        d.add(qr)
        x, y = S.QR_MARGIN, S.QR_MARGIN
        renderPDF.draw(d, canvas, x, y)
        canvas.saveState()
        canvas.setFont(REGULAR, S.QR_TEXT_SIZE)
        canvas.drawString(x + size + 4, y + S.QR_TEXT_SIZE * 1.4, f"Mã kiểm tra bản giấy: {stamp.code}")
        if stamp.caption:
            canvas.drawString(x + size + 4, y + 1, nfc(stamp.caption))
        canvas.restoreState()


def _certificate_page(canvas, doc) -> None:
    _certificate_frame(canvas, doc)
    _decorate(canvas, doc)


def _certificate_frame(canvas, doc) -> None:
    """The double decorative frame of a certificate page."""
    w, h = canvas._pagesize
    b = S.CERT_BORDER
    canvas.saveState()
    canvas.setStrokeColor("#b00000")
    canvas.setLineWidth(S.CERT_BORDER_WIDTH)
    canvas.rect(b, b, w - 2 * b, h - 2 * b)
    canvas.setLineWidth(S.CERT_INNER_BORDER_WIDTH)
    canvas.rect(
        b + 2.5 * S.CERT_BORDER_WIDTH,
        b + 2.5 * S.CERT_BORDER_WIDTH,
        w - 2 * b - 5 * S.CERT_BORDER_WIDTH,
        h - 2 * b - 5 * S.CERT_BORDER_WIDTH,
    )
    canvas.restoreState()


def _frame(pagesize, m: S.Margins, fid: str) -> Frame:
    w, h = pagesize
    return Frame(
        m.left,
        m.bottom,
        w - m.left - m.right,
        h - m.top - m.bottom,
        id=fid,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _templates(margins: S.Margins, first: str) -> list[PageTemplate]:
    portrait = PageTemplate(
        id=PORTRAIT,
        frames=[_frame(S.PAGE_SIZE, margins, "p")],
        pagesize=S.PAGE_SIZE,
        onPage=_decorate,
        onPageEnd=_page_number,
    )
    land = PageTemplate(
        id=LANDSCAPE,
        frames=[_frame(S.PAGE_SIZE_LANDSCAPE, S.LANDSCAPE_MARGINS, "l")],
        pagesize=S.PAGE_SIZE_LANDSCAPE,
        onPage=_decorate,
        onPageEnd=_page_number,
    )
    cert = PageTemplate(
        id=CERTIFICATE,
        frames=[_frame(S.PAGE_SIZE_LANDSCAPE, S.LANDSCAPE_MARGINS, "c")],
        pagesize=S.PAGE_SIZE_LANDSCAPE,
        onPage=_certificate_page,
    )
    order = {PORTRAIT: [portrait, land, cert], LANDSCAPE: [land, portrait, cert], CERTIFICATE: [cert, portrait, land]}
    return order[first]


def render(
    report: BuiltReport,
    out: str | Path | io.BytesIO | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Lay out and write the PDF; returns its bytes (also written to ``out`` if given).

    ``progress(done, total, message)`` reports layout progress in flowables; ``cancelled()``
    returning True stops the work (RenderCancelled) before anything is written to ``out``.
    """
    register_fonts()
    buf = io.BytesIO()
    first_size = S.PAGE_SIZE if report.orientation == PORTRAIT else S.PAGE_SIZE_LANDSCAPE
    doc = BaseDocTemplate(
        buf,
        pagesize=first_size,
        invariant=S.INVARIANT,
        title=nfc(report.title),
        subject=nfc(report.subject),
        author=nfc(report.author),
        creator=S.PDF_CREATOR,
        producer=S.PDF_CREATOR,
        lang="vi-VN",
        # Without this the canvas names Helvetica in every page's resources (not embedded).
        initialFontName=REGULAR,
        initialFontSize=S.BODY_SIZE,
        initialLeading=S.BODY_LEADING,
        leftMargin=report.margins.left,
        rightMargin=report.margins.right,
        topMargin=report.margins.top,
        bottomMargin=report.margins.bottom,
    )
    doc._sothidua_numbers = report.page_numbers
    doc._sothidua_report = report
    doc._sothidua_footer = report.footer
    doc.addPageTemplates(_templates(report.margins, report.orientation))
    total = len(report.story)
    state = {"done": 0}

    def callback(kind: str, value) -> None:
        if kind == "PROGRESS":
            state["done"] = value
        elif kind == "STARTED":
            state["done"] = 0
        else:
            return
        if cancelled is not None and cancelled():
            raise RenderCancelled()
        if progress is not None:
            progress(min(state["done"], total), total, "")

    if progress is not None or cancelled is not None:
        doc.setProgressCallBack(callback)
    doc.build(list(report.story))
    data = buf.getvalue()
    if isinstance(out, io.BytesIO):
        out.write(data)
    elif out is not None:
        from desktop.paths import long_path_safe

        path = long_path_safe(out)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    return data


def page_count(pdf: bytes) -> int:
    """Pages of a PDF we wrote (count of /Type /Page objects)."""
    import re

    return len(re.findall(rb"/Type /Page[^s]", pdf))
