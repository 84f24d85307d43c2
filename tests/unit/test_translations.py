"""Vietnamese is the default language: no UI string may be left untranslated."""

from desktop.i18n import tool


def test_vietnamese_ts_files_have_no_unfinished_entries():
    left = tool.unfinished()
    assert left == [], "untranslated: " + "; ".join(f"{f}:{c}:{s}" for f, c, s in left[:10])


def test_every_module_with_ui_strings_has_a_vietnamese_ts_file():
    missing = [m for m in tool.source_modules() if not tool.ts_for(m).exists() and "markers" not in m.name]
    assert missing == [], f"run `python -m desktop.i18n.tool update`: {missing}"
