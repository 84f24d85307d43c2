"""The bundled serif (Liberation Serif: Times New Roman metrics, SIL OFL 1.1, complete for
Vietnamese), registered once per process and embedded (subset) in every PDF.

Helvetica and the Vera fonts shipped with ReportLab draw boxes for Vietnamese letters
(docs/architecture.md, traps), so nothing in a report may use a built-in font: every style names FAMILY.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import fonts_dir

FAMILY = "LiberationSerif"
REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"

FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
LICENCE_FILE = "LICENSE-LiberationSerif.txt"

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    def __init__(self, path: Path):
        super().__init__(
            f"Thiếu tệp phông chữ “{path}”. Hãy cài lại Sổ Thi Đua: báo cáo cần phông Liberation "
            "Serif đi kèm để in đúng tiếng Việt."
        )


def font_paths(directory: Path | None = None) -> dict[str, Path]:
    d = directory or fonts_dir()
    return {name: d / file for name, file in FILES.items()}


def register_fonts() -> None:
    """Register the four faces and the family mapping (bold/italic markup) once."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, path in font_paths().items():
            if not path.is_file():
                raise FontMissing(path)
            # TTFont subsets and embeds by default; there is no way to reference it unembedded.
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True


def missing_glyphs(text: str, face: str = REGULAR) -> set[str]:
    """Characters of ``text`` the face has no glyph for (they would print as boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(face)
    cmap = font.face.charToGlyph
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in cmap}


def string_width(text: str, face: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, face, size)
