"""Tables of an official document (layout.py holds the other building blocks): gridded tables
whose header rows repeat on every page and whose rows never split, cut into chunks for big
tables, with merged header cells, group-heading rows and one shared cell style per role; a cell
stays a plain string when it fits on one line (fast) and wraps as a paragraph when it does not."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from desktop.i18n.formatting import nfc
from desktop.reports import styles as S
from desktop.reports.fonts import BOLD, REGULAR, string_width


def fit_cell(text: str, width: float, style=S.CELL):
    """A plain string when it fits on one line (fast), else a wrapping Paragraph.

    docs/architecture.md, traps: plain string cells render ~3× faster than Paragraph cells; only text that
    must wrap pays for a Paragraph.
    """
    text = nfc(text or "")
    avail = width - 2 * S.TABLE_PADDING
    if "\n" not in text:
        # No glyph of Liberation Serif is wider than 1.4 em: short texts fit without measuring.
        if len(text) * style.fontSize * 1.4 <= avail:
            return text
        if string_width(text, style.fontName, style.fontSize) <= avail:
            return text
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def data_table(
    header: Sequence[Sequence],
    rows: Sequence[Sequence],
    widths: Sequence[float],
    *,
    dense: bool = False,
    align: Sequence[str] | None = None,
    span_rows: Iterable[int] = (),
    bold_rows: Iterable[int] = (),
    chunk: int = S.TABLE_CHUNK_ROWS,
    wrap: bool = True,
) -> list[Flowable]:
    """A gridded table whose header rows repeat on every page; rows never split.

    ``header`` is one or more header rows; ``rows`` the body; ``align`` per column
    ("LEFT"/"CENTER"/"RIGHT"); ``span_rows`` are body rows spanning all columns (a group
    heading, bold); big tables are cut into chunks of ``chunk`` rows, each with the header.
    With ``wrap`` a cell that does not fit on one line becomes a wrapping paragraph.
    """
    size = S.TABLE_SIZE_DENSE if dense else S.TABLE_SIZE
    cell_style = S.CELL_DENSE if dense else S.CELL
    head_style = S.CELL_DENSE_HEAD if dense else S.CELL_HEAD
    ncols = len(widths)
    align = list(align or ["LEFT"] * ncols)
    head_rows = [
        [
            ""
            if c is None or c == "^"
            else fit_cell(c, _span_width(r, i, widths), head_style)
            if isinstance(c, str)
            else c
            for i, c in enumerate(r)
        ]
        for r in header
    ]
    nh = len(head_rows)
    spans = set(span_rows)
    bolds = set(bold_rows)

    def prepared(i: int, r: Sequence) -> list:
        if i in spans:
            return [fit_cell(str(r[0]), sum(widths), _bold(cell_style))] + [""] * (ncols - 1)
        out = []
        for j, c in enumerate(r):
            if isinstance(c, str) and wrap:
                st = _aligned(_bold(cell_style) if i in bolds else cell_style, align[j])
                out.append(fit_cell(c, widths[j], st))
            else:
                out.append(c if c is not None else "")
        return out

    # Cell styles are set per cell up front and shared between cells of the same role: no
    # per-cell style commands (ReportLab applies those cell by cell, again at every split).
    plain = [_cell(REGULAR, size, a) for a in align]
    strong = [_cell(BOLD, size, a) for a in align]
    head = [_cell(BOLD, size, "CENTER")] * ncols
    span_left = [_cell(BOLD, size, "LEFT")] * ncols
    tables: list[Flowable] = []
    body = list(rows)
    starts = range(0, max(len(body), 1), chunk)
    for start in starts:
        part = body[start : start + chunk]
        data = head_rows + [prepared(start + k, r) for k, r in enumerate(part)]
        styles = [head] * nh
        cmds = [("GRID", (0, 0), (-1, -1), S.TABLE_GRID_WIDTH, "black")]
        for k in range(len(part)):
            i = start + k
            if i in spans:
                styles.append(span_left)
                cmds.append(("SPAN", (0, nh + k), (-1, nh + k)))
                if k + 1 < len(part):  # a group heading never ends a page
                    cmds.append(("NOSPLIT", (0, nh + k), (-1, nh + k + 1)))
            else:
                styles.append(strong if i in bolds else plain)
        cmds += _header_spans(header)
        t = Table(
            data,
            colWidths=list(widths),
            repeatRows=nh,
            hAlign="CENTER",
            splitInRow=0,
            cellStyles=[list(r) for r in styles],
        )
        t.setStyle(TableStyle(cmds))
        tables.append(t)
    return tables


_CELLS: dict[tuple, CellStyle] = {}


def _cell(font: str, size: float, align: str) -> CellStyle:
    """One shared CellStyle per (font, size, alignment), vertically centred, our padding."""
    key = (font, size, align)
    if key not in _CELLS:
        c = CellStyle(f"{font}-{size}-{align}")
        c.fontname, c.fontsize, c.leading = font, size, size + 2
        c.alignment, c.valign = align, "MIDDLE"
        c.leftPadding = c.rightPadding = c.bottomPadding = S.TABLE_PADDING
        c.topPadding = S.TABLE_PADDING - 1
        _CELLS[key] = c
    return _CELLS[key]


def _span_width(row: Sequence, i: int, widths: Sequence[float]) -> float:
    """Width of header cell ``i`` including the cells merged into it from the right."""
    end = i
    while end + 1 < len(row) and row[end + 1] is None:
        end += 1
    return sum(widths[i : end + 1])


def _header_spans(header: Sequence[Sequence]) -> list:
    """Merge header cells written as None (span from the left) or '^' (span from above)."""
    cmds = []
    for r, row in enumerate(header):
        c = 0
        while c < len(row):
            if row[c] is not None and row[c] != "^":
                end = c
                while end + 1 < len(row) and row[end + 1] is None:
                    end += 1
                bottom = r
                while bottom + 1 < len(header) and header[bottom + 1][c] == "^":
                    bottom += 1
                if end > c or bottom > r:
                    cmds.append(("SPAN", (c, r), (end, bottom)))
                c = end + 1
            else:
                c += 1
    return cmds


_DERIVED: dict[tuple, object] = {}


def _bold(style):
    """The bold variant of a style (cached: one style object per variant, not per cell)."""
    key = (id(style), "bold")
    if key not in _DERIVED:
        from reportlab.lib.styles import ParagraphStyle

        _DERIVED[key] = ParagraphStyle(style.name + "Bold", parent=style, fontName=BOLD)
    return _DERIVED[key]


def _aligned(style, align: str):
    if align == "LEFT":
        return style
    key = (id(style), align)
    if key not in _DERIVED:
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        _DERIVED[key] = ParagraphStyle(
            style.name + align, parent=style, alignment={"CENTER": TA_CENTER, "RIGHT": TA_RIGHT}.get(align, TA_LEFT)
        )
    return _DERIVED[key]
