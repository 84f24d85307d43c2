"""The one place that chooses between the two languages of bilingual data.

Catalogs and a few domain tables carry their own Vietnamese and English texts (``title_vi`` /
``title_en``, ``label_vi`` / ``label_en``): that is data written by people, not a translation of
a source string, so it is read here, by field, rather than through the message catalogue
(desktop/i18n/catalogue.py). Sentences the code writes are never such pairs: they are English
marked for the catalogue (tests/unit/test_one_translation.py).
Vietnamese is the default: anything but English reads the Vietnamese text.
"""

from __future__ import annotations

VIETNAMESE = "vi"
ENGLISH = "en"


def is_english(language: str | None) -> bool:
    return bool(language) and language.startswith(ENGLISH)


def in_language(vi: str, en: str, language: str | None) -> str:
    """The text of a bilingual pair held as data, in ``language``."""
    return en if is_english(language) else vi


def catalog_text(item: object, field: str, language: str | None) -> str:
    """``item.<field>_vi`` or ``item.<field>_en``: ``catalog_text(criterion, "title", lang)``."""
    return getattr(item, f"{field}_{ENGLISH if is_english(language) else VIETNAMESE}")
