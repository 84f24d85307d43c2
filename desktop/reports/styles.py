"""Every layout value of the printed documents, as named constants, in one place.

Values come from docs/formats/van-ban.md (Decree 30/2020/NĐ-CP Appendix I; the Union's
Hướng dẫn 29-HD/TWĐTN-VP; the Party's Hướng dẫn 36-HD/VPTW). Where a source gives a range
the value chosen is noted; where a value "could not be confirmed" it is marked UNCONFIRMED so a
reader knows what to check against the original. Builders never hard-code a size: they use
these names, so a correction here changes every document.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from desktop.reports.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, REGULAR

# --- Page -----------------------------------------------------------------------------------
PAGE_SIZE = A4  # all three rules: A4
PAGE_SIZE_LANDSCAPE = landscape(A4)  # certificates, wide annex tables


@dataclass(frozen=True)
class Margins:
    top: float
    bottom: float
    left: float
    right: float


# Union (29-HD summary: top 20, bottom 20, left 30, right 20 mm — UNCONFIRMED against the
# original, docs/formats/van-ban.md); within Decree 30's ranges (20–25 / 20–25 / 30–35 / 15–20).
UNION_MARGINS = Margins(top=20 * mm, bottom=20 * mm, left=30 * mm, right=20 * mm)
# Party (a committee handbook for 36-HD: 25 / 25 / 35 / 15 mm).
PARTY_MARGINS = Margins(top=25 * mm, bottom=25 * mm, left=35 * mm, right=15 * mm)
# Landscape pages (certificates, wide annexes): the binding edge stays the long left side of
# the portrait sheet, i.e. the top of the landscape page; keep the Union values turned.
LANDSCAPE_MARGINS = Margins(top=20 * mm, bottom=20 * mm, left=20 * mm, right=20 * mm)

# Page numbers: Arabic, 13–14 pt, centred in the top margin, not on page 1 (Decree 30);
# 36-HD handbook: 10 mm from the top edge.
PAGE_NUMBER_SIZE = 13
PAGE_NUMBER_FROM_TOP = 10 * mm
# The criteria catalog a document was made with, in small grey type at the foot of every page.
FOOTER_SIZE = 7
FOOTER_FROM_BOTTOM = 8 * mm
FOOTER_FROM_SIDE = 15 * mm
PAGE_NUMBER_FIRST_PAGE = 2

# --- Text -----------------------------------------------------------------------------------
FONT_FAMILY = FAMILY  # Liberation Serif: Times New Roman metrics (TCVN 6909:2001 Unicode)
BODY_SIZE = 14  # body 13–14 pt
BODY_LEADING = 17  # single to 1.5 line spacing: 14 pt text on 17 pt lines (≈1.2)
BODY_FIRST_LINE_INDENT = 1.27 * cm  # 1 cm or 1.27 cm
BODY_SPACE_AFTER = 6  # at least 6 pt between paragraphs
TABLE_SIZE = 12  # tables and annex lists (not fixed by the rules; smaller than the body)
TABLE_LEADING = 14
TABLE_SIZE_DENSE = 10  # wide summary tables (many columns)
TABLE_LEADING_DENSE = 12
TABLE_PADDING = 3  # pt inside a cell
TABLE_GRID_WIDTH = 0.5
NOTE_SIZE = 11  # "Nơi nhận:" list (Decree 30: 11 pt; "Nơi nhận:" 12 pt bold italic)
RECIPIENTS_TITLE_SIZE = 12

# --- Union heading (29-HD) ----------------------------------------------------------------
UNION_HEADING = "ĐOÀN TNCS HỒ CHÍ MINH"
UNION_HEADING_SIZE = 15  # bold, upright, a rule under it
UNION_ISSUER_SIZE = 14  # upper level regular, issuing body bold
ISSUER_MIN_SIZE = 12  # a long name may shrink to 12 pt (Decree 30: 12–13 pt) to stay on one line
UNION_STARS = "***"
UNION_NUMBER_PREFIX = "Số:"  # "Số: 05-BC/ĐTN"
UNION_BODY_SYMBOL = "ĐTN"  # the "/ĐTN" after the type code; a unit setting can change it
NUMBER_SIZE = 13  # "Số:" 13 pt regular (Decree 30)
PLACE_DATE_SIZE = 14  # italic 13–14 pt

# --- Party heading (36-HD; sizes UNCONFIRMED: Decree 30 sizes until corrected) ------------
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
PARTY_HEADING_SIZE = 15
PARTY_ISSUER_SIZE = 14
PARTY_STAR = "*"
PARTY_NUMBER_PREFIX = "Số"  # Party numbering writes "Số 05-BC/ĐU" — UNCONFIRMED (no colon)
PARTY_BODY_SYMBOL = "ĐU"

# --- Rules (lines) -----------------------------------------------------------------------
RULE_WIDTH = 0.6  # pt
ISSUER_RULE_FRACTION = 0.4  # the issuer's rule: one third to one half of its length
TITLE_RULE_LENGTH = 3 * cm  # the short rule under the summary line
HEADER_COLUMN_SPLIT = 0.45  # share of the text width given to the left header block

# --- Title, signature, recipients ---------------------------------------------------------
TITLE_SIZE = 14  # document type capitals 13–14 pt bold
SUBTITLE_SIZE = 14  # summary line 13–14 pt bold
SIGNATURE_SIZE = 14  # "TM. BAN CHẤP HÀNH" / "BÍ THƯ" capitals bold; name bold
SIGNATURE_GAP = 22 * mm  # room for the signature and the seal
SIGNATURE_ON_BEHALF = "TM. BAN CHẤP HÀNH"
SIGNATURE_TITLE = "BÍ THƯ"
RECIPIENTS_TITLE = "Nơi nhận:"
ARCHIVE_RECIPIENT = "Lưu VP"  # last item of "Nơi nhận:" ("- Lưu: VP" / "- Lưu VT" in practice)

# --- Certificates ----------------------------------------------------------------------------
CERT_TITLE = "GIẤY CHỨNG NHẬN"
CERT_TITLE_SIZE = 36
CERT_NAME_SIZE = 26
CERT_TEXT_SIZE = 17
CERT_BODY_HEIGHT = 100 * mm  # the middle block (title … decision), centred vertically
CERT_BORDER = 5 * mm  # distance of the decorative frame from the page edge
CERT_BORDER_WIDTH = 2.0
CERT_INNER_BORDER_WIDTH = 0.6

# --- Document type codes (Decree 30 list; 29-HD symbol form "05-BC/ĐTN") --------------------
TYPE_CODES = {
    "BC": "báo cáo",
    "KH": "kế hoạch",
    "TTr": "tờ trình",
    "QĐ": "quyết định",
    "TB": "thông báo",
    "HD": "hướng dẫn",
    "CTr": "chương trình",
    "BB": "biên bản",
    "GM": "giấy mời",
    # Not in the Decree 30 list; used by Union offices for a branch's registration
    # ("Bản đăng ký"): UNCONFIRMED, kept here so it can be corrected.
    "ĐK": "bản đăng ký",
    "GCN": "giấy chứng nhận",
}

# --- Paragraph styles ---------------------------------------------------------------------


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": BODY_SIZE, "leading": BODY_LEADING, "textColor": "black"}
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = _style("Body", alignment=TA_JUSTIFY, firstLineIndent=BODY_FIRST_LINE_INDENT, spaceAfter=BODY_SPACE_AFTER)
BODY_ITALIC = _style(
    "BodyItalic",
    fontName=ITALIC,
    alignment=TA_JUSTIFY,
    firstLineIndent=BODY_FIRST_LINE_INDENT,
    spaceAfter=BODY_SPACE_AFTER,
)
BODY_NO_INDENT = _style("BodyNoIndent", alignment=TA_JUSTIFY, spaceAfter=BODY_SPACE_AFTER)
HEADING = _style(
    "Heading",
    fontName=BOLD,
    alignment=TA_JUSTIFY,
    spaceBefore=BODY_SPACE_AFTER,
    spaceAfter=BODY_SPACE_AFTER,
    firstLineIndent=BODY_FIRST_LINE_INDENT,
)
TITLE = _style("Title", fontName=BOLD, fontSize=TITLE_SIZE, leading=TITLE_SIZE + 3, alignment=TA_CENTER, spaceBefore=12)
SUBTITLE = _style("Subtitle", fontName=BOLD, fontSize=SUBTITLE_SIZE, leading=SUBTITLE_SIZE + 3, alignment=TA_CENTER)
SUBTITLE_ITALIC = _style(
    "SubtitleItalic", fontName=ITALIC, fontSize=SUBTITLE_SIZE, leading=SUBTITLE_SIZE + 3, alignment=TA_CENTER
)
CENTER = _style("Center", alignment=TA_CENTER)
CENTER_BOLD = _style("CenterBold", fontName=BOLD, alignment=TA_CENTER)
CENTER_ITALIC = _style("CenterItalic", fontName=ITALIC, alignment=TA_CENTER)

HEADER_LEFT = _style("HeaderLeft", fontSize=UNION_ISSUER_SIZE, leading=UNION_ISSUER_SIZE + 3, alignment=TA_CENTER)
HEADER_LEFT_BOLD = _style(
    "HeaderLeftBold", fontName=BOLD, fontSize=UNION_ISSUER_SIZE, leading=UNION_ISSUER_SIZE + 3, alignment=TA_CENTER
)
HEADER_NUMBER = _style("HeaderNumber", fontSize=NUMBER_SIZE, leading=NUMBER_SIZE + 3, alignment=TA_CENTER)
HEADER_RIGHT = _style(
    "HeaderRight", fontName=BOLD, fontSize=UNION_HEADING_SIZE, leading=UNION_HEADING_SIZE + 3, alignment=TA_CENTER
)
PLACE_DATE = _style(
    "PlaceDate", fontName=ITALIC, fontSize=PLACE_DATE_SIZE, leading=PLACE_DATE_SIZE + 3, alignment=TA_CENTER
)

SIGN_CAPS = _style("SignCaps", fontName=BOLD, fontSize=SIGNATURE_SIZE, leading=SIGNATURE_SIZE + 3, alignment=TA_CENTER)
SIGN_NOTE = _style(
    "SignNote", fontName=ITALIC, fontSize=SIGNATURE_SIZE - 1, leading=SIGNATURE_SIZE + 2, alignment=TA_CENTER
)
RECIPIENTS_HEAD = _style(
    "RecipientsHead",
    fontName=BOLD_ITALIC,
    fontSize=RECIPIENTS_TITLE_SIZE,
    leading=RECIPIENTS_TITLE_SIZE + 2,
    alignment=TA_LEFT,
)
RECIPIENTS_ITEM = _style("RecipientsItem", fontSize=NOTE_SIZE, leading=NOTE_SIZE + 2, alignment=TA_LEFT)

CELL = _style("Cell", fontSize=TABLE_SIZE, leading=TABLE_LEADING, alignment=TA_LEFT)
CELL_CENTER = _style("CellCenter", fontSize=TABLE_SIZE, leading=TABLE_LEADING, alignment=TA_CENTER)
CELL_HEAD = _style("CellHead", fontName=BOLD, fontSize=TABLE_SIZE, leading=TABLE_LEADING, alignment=TA_CENTER)
CELL_DENSE = _style("CellDense", fontSize=TABLE_SIZE_DENSE, leading=TABLE_LEADING_DENSE, alignment=TA_LEFT)
CELL_DENSE_HEAD = _style(
    "CellDenseHead", fontName=BOLD, fontSize=TABLE_SIZE_DENSE, leading=TABLE_LEADING_DENSE, alignment=TA_CENTER
)

CERT_HEADING = _style(
    "CertHeading", fontName=BOLD, fontSize=UNION_HEADING_SIZE, leading=UNION_HEADING_SIZE + 4, alignment=TA_CENTER
)
CERT_TITLE_STYLE = _style(
    "CertTitle",
    fontName=BOLD,
    fontSize=CERT_TITLE_SIZE,
    leading=CERT_TITLE_SIZE + 8,
    alignment=TA_CENTER,
    textColor="#b00000",
)
CERT_NAME_STYLE = _style(
    "CertName", fontName=BOLD, fontSize=CERT_NAME_SIZE, leading=CERT_NAME_SIZE + 8, alignment=TA_CENTER
)
CERT_TEXT_STYLE = _style("CertText", fontSize=CERT_TEXT_SIZE, leading=CERT_TEXT_SIZE + 6, alignment=TA_CENTER)
CERT_TEXT_ITALIC = _style(
    "CertTextItalic", fontName=ITALIC, fontSize=CERT_TEXT_SIZE, leading=CERT_TEXT_SIZE + 6, alignment=TA_CENTER
)

# --- Output -------------------------------------------------------------------------------
# invariant=1 makes ReportLab write the same bytes for the same input (no timestamp, fixed
# document ID): golden tests and "reprint gives the same file" rely on it.
INVARIANT = 1
PDF_CREATOR = "Sổ Thi Đua"
# Huge tables are cut into tables of this many rows: ReportLab's split is quadratic-ish in the
# row count (docs/architecture.md, traps: ~300-row chunks keep a 100-page table fast).
TABLE_CHUNK_ROWS = 300

# Paper check (issue 19): the QR code in the bottom-left corner of every page, inside the bottom
# margin (20 mm), clear of the printers' unprintable edge; the short code beside it.
QR_SIZE = 22 * mm  # ~45 modules of 0.4 mm with the quiet zone: a phone or a 200 dpi scan reads it
QR_MARGIN = 3 * mm
QR_TEXT_SIZE = 8
DRAFT_WATERMARK = "BẢN NHÁP"
