"""Building blocks of an official document: heading blocks, title, body, tables, signature,
recipients. Pure functions returning flowables; the page frame (margins, page numbers) is in
render.py.

Union documents (Hướng dẫn 29-HD/TWĐTN-VP): "ĐOÀN TNCS HỒ CHÍ MINH" top right, bold, with a rule
under it; the issuing body top left (upper level, the unit in bold, "***", "Số: 05-BC/ĐTN"); the
italic place-date line on the line of "Số:". Party documents (36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT
NAM" top right with its rule, "ĐẢNG BỘ …" top left, the committee, "*", "Số 05-BC/ĐU".
Every string goes through ``nfc`` (docs/architecture.md, traps: decomposed text misplaces the marks).
The tables are built in tables.py (``data_table`` and ``fit_cell`` are still importable from here).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.i18n.formatting import nfc, place_date_line
from desktop.reports import styles as S
from desktop.reports.fonts import BOLD, REGULAR, register_fonts, string_width
from desktop.reports.model import PARTY, Heading, Signature
from desktop.reports.tables import data_table, fit_cell  # noqa: F401  (the tables, still importable from here)

register_fonts()


def text_width(page_width: float, margins: S.Margins) -> float:
    return page_width - margins.left - margins.right


PORTRAIT_WIDTH = text_width(S.PAGE_SIZE[0], S.UNION_MARGINS)
LANDSCAPE_WIDTH = text_width(S.PAGE_SIZE_LANDSCAPE[0], S.LANDSCAPE_MARGINS)


def esc(text: str) -> str:
    """NFC + XML escaping for Paragraph markup."""
    return escape(nfc(text or ""))


def P(text: str, style=S.BODY, *, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped) or of trusted markup (``markup=True``)."""
    return Paragraph(nfc(text) if markup else esc(text), style)


# --- Small flowables ----------------------------------------------------------------------


class Rule(Flowable):
    """A horizontal rule of a given length, centred in the available width."""

    def __init__(
        self, length: float, *, thickness: float = S.RULE_WIDTH, space_before: float = 1, space_after: float = 2
    ):
        super().__init__()
        self.length = length
        self.thickness = thickness
        self.space_before = space_before
        self.space_after = space_after
        self._avail = length

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.space_before + self.thickness + self.space_after

    def draw(self):
        x0 = (self._avail - self.length) / 2
        y = self.space_after
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.length, y)


class DocumentStart(Flowable):
    """Zero-size marker: a new document begins on this page (its page numbering restarts).

    render.py reads ``canv._sothidua_doc_first_page`` at the end of each page; the marker is
    drawn before that, so the first page of each document is known.
    """

    def __init__(self, title: str = ""):
        super().__init__()
        self.title = nfc(title)

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.canv._sothidua_doc_first_page = self.canv.getPageNumber()
        if self.title:
            key = f"doc{self.canv.getPageNumber()}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(self.title, key, level=0)


# --- Heading blocks ------------------------------------------------------------------------


def number_line(heading: Heading) -> str:
    """'Số: 05-BC/ĐTN' (Union) or 'Số 05-BC/ĐU' (Party); '' when the document is unnumbered."""
    if not heading.type_code and not heading.reference:
        return ""
    prefix = S.PARTY_NUMBER_PREFIX if heading.issuer.line == PARTY else S.UNION_NUMBER_PREFIX
    return nfc(f"{prefix} {heading.number_text}")


def heading_lines(heading: Heading) -> dict[str, str]:
    """The exact text of each line of the heading (tests compare the PDF's text with these)."""
    party = heading.issuer.line == PARTY
    return {
        "heading": S.PARTY_HEADING if party else S.UNION_HEADING,
        "upper_level": nfc(heading.issuer.header_upper_level.upper()),
        "issuer": nfc(heading.issuer.header_name.upper()),
        "stars": S.PARTY_STAR if party else S.UNION_STARS,
        "number": number_line(heading),
        "place_date": place_date_line(heading.issuer.place, heading.issued_on),
    }


def heading_block(heading: Heading, width: float = PORTRAIT_WIDTH) -> Table:
    """The two-column heading: issuing body top left, organisation heading top right.

    Rows keep the place-date line on the line of "Số:" as the rules ask.
    """
    lines = heading_lines(heading)
    party = heading.issuer.line == PARTY
    left_w = width * S.HEADER_COLUMN_SPLIT
    right_w = width - left_w
    head_size = S.PARTY_HEADING_SIZE if party else S.UNION_HEADING_SIZE
    head_len = string_width(lines["heading"], BOLD, head_size)
    rows = [
        [
            P(lines["upper_level"], _fitted(lines["upper_level"], S.HEADER_LEFT, left_w))
            if lines["upper_level"]
            else "",
            P(lines["heading"], S.HEADER_RIGHT),
        ],
        [
            P(lines["issuer"], _fitted(lines["issuer"], S.HEADER_LEFT_BOLD, left_w)),
            Rule(min(head_len, right_w), space_before=0, space_after=0),
        ],
        [P(lines["stars"], S.HEADER_LEFT), ""],
        [P(lines["number"], S.HEADER_NUMBER) if lines["number"] else "", P(lines["place_date"], S.PLACE_DATE)],
    ]
    t = Table(rows, colWidths=[left_w, right_w], hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 2), (-1, 2), 2),
            ]
        )
    )
    return t


def _fitted(text: str, style, width: float):
    """The style, shrunk by whole points down to S.ISSUER_MIN_SIZE if that keeps the line whole.

    29-HD sets 14 pt for the issuing body; Decree 30 allows 12–13 pt. A long unit name that
    would wrap at 14 pt is set smaller instead, when it then fits on one line.
    """
    from reportlab.lib.styles import ParagraphStyle

    size = style.fontSize
    while string_width(text, style.fontName, size) > width and size > S.ISSUER_MIN_SIZE:
        size -= 1
    if size == style.fontSize or string_width(text, style.fontName, size) > width:
        return style
    return ParagraphStyle(f"{style.name}{size}", parent=style, fontSize=size, leading=size + 3)


def title_block(doc_type: str, *summary: str, italic_lines: Sequence[str] = (), rule: bool = True) -> list[Flowable]:
    """'BÁO CÁO' (capitals, bold), the summary line(s) in bold, a short rule beneath."""
    out: list[Flowable] = [Spacer(1, 6), P(doc_type.upper(), S.TITLE)]
    out += [P(s, S.SUBTITLE) for s in summary if s]
    out += [P(s, S.SUBTITLE_ITALIC) for s in italic_lines if s]
    if rule:
        out.append(Rule(S.TITLE_RULE_LENGTH, space_before=6, space_after=6))
    out.append(Spacer(1, 6))
    return out


# --- Body ---------------------------------------------------------------------------------


def para(text: str) -> Paragraph:
    """A body paragraph: justified, first-line indent, ≥ 6 pt after."""
    return P(text, S.BODY)


def para_markup(markup: str) -> Paragraph:
    return P(markup, S.BODY, markup=True)


def section(text: str) -> Paragraph:
    """A bold section heading inside the body ('I. KẾT QUẢ THỰC HIỆN')."""
    return P(text, S.HEADING)


def bullets(items: Iterable[str], dash: str = "- ") -> list[Paragraph]:
    return [P(dash + item, S.BODY) for item in items if item]


def labelled(label: str, value: str) -> Paragraph:
    """'<b>Label:</b> value' as a body paragraph."""
    return P(f"<b>{esc(label)}</b> {esc(value)}", S.BODY, markup=True)


# --- Signature and recipients -------------------------------------------------------------


def signature_block(
    signature: Signature,
    recipients: Sequence[str] = (),
    *,
    width: float = PORTRAIT_WIDTH,
    note: str = "",
    keep_with: Sequence[Flowable] = (),
) -> KeepTogether:
    """'Nơi nhận:' at the left, the signature at the right, kept on one page together with
    ``keep_with`` (the last paragraph), so a signature never stands alone on a page.

    Signature: "TM. BAN CHẤP HÀNH" / "BÍ THƯ" in bold capitals, room for the signature and the
    seal, the name in bold (Decree 30, 29-HD).
    """
    left_w = width * 0.45
    right: list[Flowable] = []
    if note:
        right.append(P(note, S.SIGN_NOTE))
    if signature.on_behalf:
        right.append(P(signature.on_behalf.upper(), S.SIGN_CAPS))
    if signature.title:
        right.append(P(signature.title.upper(), S.SIGN_CAPS))
    right.append(Spacer(1, S.SIGNATURE_GAP))
    right.append(P(signature.name or " ", S.SIGN_CAPS))
    left: list[Flowable] = []
    if recipients:
        left.append(P(S.RECIPIENTS_TITLE, S.RECIPIENTS_HEAD))
        for i, r in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            left.append(P(f"- {r.rstrip(';.')}{end}", S.RECIPIENTS_ITEM))
    t = Table([[left or "", right]], colWidths=[left_w, width - left_w])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*keep_with, Spacer(1, 8), t])


def recipients_list(recipients: Sequence[str], archive: bool = True) -> tuple[str, ...]:
    out = [r for r in recipients if r]
    if archive and S.ARCHIVE_RECIPIENT not in out:
        out.append(S.ARCHIVE_RECIPIENT)
    return tuple(out)


# --- Page flow ----------------------------------------------------------------------------


def new_document(title: str, first: bool) -> list[Flowable]:
    """Start a document inside a PDF that may hold several: page break, numbering restarts."""
    out: list[Flowable] = [] if first else [PageBreak()]
    out.append(DocumentStart(title))
    return out


def keep_with_next(*flowables: Flowable) -> Flowable:
    return KeepTogether(list(flowables))


def room_for(height_mm: float) -> CondPageBreak:
    return CondPageBreak(height_mm * mm)


# --- Text extraction (tests read a story without rendering it) ----------------------------


def story_text(story: Iterable) -> str:
    """All the text of a story, one line per paragraph or table cell, in reading order."""
    lines: list[str] = []
    _walk(story, lines)
    return "\n".join(lines)


def _walk(obj, lines: list[str]) -> None:
    if obj is None:
        return
    if isinstance(obj, str):
        if obj.strip():
            lines.append(obj)
        return
    if isinstance(obj, (list, tuple)):
        for o in obj:
            _walk(o, lines)
        return
    if isinstance(obj, Paragraph):
        lines.append(obj.getPlainText())
        return
    if isinstance(obj, Table):
        for row in obj._cellvalues:
            for cell in row:
                _walk(cell, lines)
        return
    content = getattr(obj, "_content", None)
    if content is not None:
        _walk(content, lines)
        return
    flowables = getattr(obj, "_flowables", None)
    if flowables is not None:
        _walk(flowables, lines)
        return
    text = getattr(obj, "text", None)
    if isinstance(text, str) and text.strip():
        lines.append(text)
