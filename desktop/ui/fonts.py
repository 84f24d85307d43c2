"""The interface font: the system's where it can show Vietnamese, else Segoe UI, else a bundled one.

Windows 10/11 draw their interface in Segoe UI, which has every Vietnamese letter; Qt picks it up
as the application font. Some PCs do not give Qt a font that can: an older or trimmed Windows
whose message font is Tahoma or MS Sans Serif, Wine (the CI's Windows), a Linux without DejaVu.
Qt's glyph fallback then mixes fonts inside one word ("Đoàn" with a foreign "à"), or shows boxes.
So at start-up the application font is checked against the Vietnamese letters and, when it lacks
any, replaced by Segoe UI when the system has it, or else by Liberation Sans, which ships in
resources/fonts (SIL OFL) with the PDF fonts. The point size stays the system's (DPI scaling).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

# Every letter Vietnamese adds to ASCII (lower and upper case), with its tone marks.
VIETNAMESE_LETTERS = (
    "ĂăÂâĐđÊêÔôƠơƯư"
    "ÀàẢảÃãÁáẠạẰằẲẳẴẵẮắẶặẦầẨẩẪẫẤấẬậ"
    "ÈèẺẻẼẽÉéẸẹỀềỂểỄễẾếỆệÌìỈỉĨĩÍíỊị"
    "ÒòỎỏÕõÓóỌọỒồỔổỖỗỐốỘộỜờỞởỠỡỚớỢợ"
    "ÙùỦủŨũÚúỤụỪừỬửỮữỨứỰựỲỳỶỷỸỹÝýỴỵ"
)
PREFERRED_FAMILIES = ("Segoe UI",)  # the Windows 10/11 interface font
FALLBACK_FAMILY = "Liberation Sans"
FALLBACK_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")


def choose_family(current: str, available: Iterable[str], covers: Callable[[str], bool]) -> str | None:
    """The family to switch to, or None to keep ``current``.

    ``covers(family)`` says whether a family has every Vietnamese letter."""
    if covers(current):
        return None
    have = set(available)
    for family in PREFERRED_FAMILIES:
        if family in have and covers(family):
            return family
    return FALLBACK_FAMILY


def family_covers_vietnamese(family: str) -> bool:
    """Does the font Qt really uses for ``family`` have a glyph for every Vietnamese letter?"""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return False
    if raw.familyName().casefold() != family.casefold():
        return False  # Qt substituted another font: the family itself is not there
    return all(raw.supportsCharacter(ord(ch)) for ch in VIETNAMESE_LETTERS)


def load_fallback() -> str | None:
    """Register the bundled Liberation Sans; its family name, or None if the files are missing."""
    from desktop.paths import fonts_dir

    families: list[str] = []
    for name in FALLBACK_FILES:
        path = fonts_dir() / name
        if path.is_file():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def apply_interface_font(app: QApplication, covers: Callable[[str], bool] = family_covers_vietnamese) -> str:
    """Make sure the application font shows Vietnamese; returns the family in use."""
    current = app.font()
    family = choose_family(current.family(), QFontDatabase.families(), covers)
    if family is None:
        return current.family()
    if family == FALLBACK_FAMILY:
        loaded = load_fallback()
        if loaded is None:
            return current.family()  # no bundled font (a broken install): Qt's fallback it is
        family = loaded
    font = QFont(current)
    font.setFamilies([family])
    app.setFont(font)
    return family
