"""The interface font shows every Vietnamese letter: the system's when it can (Segoe UI on
Windows 10/11), else Segoe UI, else the bundled Liberation Sans (Wine, trimmed Windows)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel

from desktop.ui import fonts


def test_a_system_font_with_vietnamese_is_kept():
    assert fonts.choose_family("Segoe UI", ["Segoe UI", "Tahoma"], lambda f: True) is None


def test_segoe_ui_replaces_a_system_font_without_vietnamese():
    covers = {"Tahoma": False, "Segoe UI": True}.get
    assert fonts.choose_family("Tahoma", ["Tahoma", "Segoe UI"], covers) == "Segoe UI"


def test_the_bundled_font_when_neither_can_show_vietnamese():
    covers = {"MS Sans Serif": False, "Segoe UI": False}.get
    assert fonts.choose_family("MS Sans Serif", ["MS Sans Serif"], covers) == "Liberation Sans"
    assert fonts.choose_family("MS Sans Serif", ["Segoe UI"], covers) == "Liberation Sans"


def test_the_bundled_font_has_every_vietnamese_letter(qapp):
    family = fonts.load_fallback()
    assert family == fonts.FALLBACK_FAMILY
    raw = QRawFont.fromFont(QFont(family))
    assert raw.familyName() == family
    missing = [ch for ch in fonts.VIETNAMESE_LETTERS if not raw.supportsCharacter(ord(ch))]
    assert missing == []


def test_a_font_without_vietnamese_is_replaced_and_labels_use_the_new_font(qapp, qtbot):
    """What a user of a PC without Segoe UI sees: the window's text in one font that has the
    letters, at the system's point size, not glyphs patched in from elsewhere."""
    before = qapp.font()
    try:
        qapp.setFont(QFont("Some Font Without Vietnamese", 11))
        used = fonts.apply_interface_font(
            qapp, covers=lambda f: f != "Some Font Without Vietnamese" and fonts.family_covers_vietnamese(f)
        )
        assert used == "Liberation Sans"
        assert qapp.font().pointSize() == 11
        label = QLabel("Đoàn viên ưu tú — Chi đoàn Tổ dân phố số 3")
        qtbot.addWidget(label)
        assert label.font().family() == "Liberation Sans"
        raw = QRawFont.fromFont(label.font())
        assert all(raw.supportsCharacter(ord(ch)) for ch in label.text() if not ch.isspace())
        assert QFontMetrics(label.font()).horizontalAdvance(label.text()) > 0
    finally:
        qapp.setFont(before)


def test_a_family_qt_has_to_substitute_does_not_count_as_covering(qapp):
    assert fonts.family_covers_vietnamese("No Such Font Family 1234") is False
