"""The user's page of settings (docs/cai-dat-mac-dinh.md) says what the Settings page shows."""

from __future__ import annotations

import re

from tests.ui.docs_settings import PAGE, render


def test_the_settings_page_of_the_guide_matches_the_settings():
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "docs/cai-dat-mac-dinh.md is out of date: QT_QPA_PLATFORM=offscreen python -m tests.ui.docs_settings"
    )


def test_the_page_shows_no_setting_key_nor_stored_code():
    text = PAGE.read_text(encoding="utf-8")
    # Keys such as member_base / report_on_behalf, codes such as every_request or period_start.
    assert not re.findall(r"\b[a-z]+_[a-z_]+\b", text)
    assert "`" not in text and "sothidua" not in text
    # A Party committee's signature line is its own, beside the Union's.
    assert "T/M ĐẢNG ỦY" in text and "TM. BAN CHẤP HÀNH" in text
