"""The message catalogue read without Qt: services, reports and the command line translate the
strings marked with ``QT_TRANSLATE_NOOP`` (desktop/i18n/markers.py) from the same compiled
``translations/sothidua_<language>.qm`` that the screens install into Qt.

One catalogue for every layer: source strings are English, the Vietnamese lives in
translations/vi/*.ts and is compiled (``python -m desktop.i18n.tool release``, committed) into
the .qm. ``texts("vi").translate("OutboxStatus", "Sent")`` gives "Đã gửi" with or without a
QApplication; pyside6-lupdate reads ``.translate("Context", "literal")`` calls as it reads
``QT_TRANSLATE_NOOP``, so a literal needs no separate marker.

The .qm layout (Qt's own, written by pyside6-lrelease): a 16-byte magic number, then blocks of
(tag: 1 byte, length: 4 bytes big-endian, data); the messages block holds records of tagged
fields (source text and context in UTF-8, translation in UTF-16BE), each record closed by tag 1.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from desktop.domain.bilingual import is_english
from desktop.domain.phrases import render
from desktop.paths import translations_dir

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_MAX_QM_BYTES = 32 * 1024 * 1024


class CatalogueError(ValueError):
    pass


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """{(context, English source): translation} from the bytes of a .qm file."""
    if data[:16] != QM_MAGIC:
        raise CatalogueError("not a compiled translation file")
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag = data[pos]
        (n,) = struct.unpack_from(">I", data, pos + 1)
        if pos + 5 + n > len(data):
            raise CatalogueError("truncated translation file")
        if tag == _MESSAGES:
            messages = data[pos + 5 : pos + 5 + n]
        pos += 5 + n
    out: dict[tuple[str, str], str] = {}
    with_comment: set[tuple[str, str]] = set()
    p = 0
    try:
        while p < len(messages):
            source = context = None
            translations: list[str] = []
            commented = False
            while True:
                tag = messages[p]
                p += 1
                if tag == _END:
                    break
                if tag == _OBSOLETE1:
                    p += 4
                    continue
                if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                    raise CatalogueError(f"unknown field {tag} in translation file")
                (n,) = struct.unpack_from(">I", messages, p)
                p += 4
                if n == 0xFFFFFFFF:
                    continue
                value = messages[p : p + n]
                p += n
                if tag == _TRANSLATION:
                    translations.append(value.decode("utf-16-be"))
                elif tag == _SOURCE:
                    source = value.decode("utf-8")
                elif tag == _CONTEXT:
                    context = value.decode("utf-8")
                elif value:
                    commented = True
            if source is None or not translations or not translations[0]:
                continue
            key = (context or "", source)
            # A disambiguated entry never replaces the plain one (what translate() without a
            # comment finds).
            if key not in out or (key in with_comment and not commented):
                out[key] = translations[0]
                if commented:
                    with_comment.add(key)
                else:
                    with_comment.discard(key)
    except (IndexError, struct.error, UnicodeDecodeError) as exc:
        raise CatalogueError("damaged translation file") from exc
    return out


class Texts:
    """Translate marked strings into one language: ``t = texts(lang); t.translate("Context", "Text")``."""

    def __init__(self, language: str, table: dict[tuple[str, str], str] | None = None):
        self.language = language
        self._table = table or {}

    def translate(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)

    def say(self, words) -> str:
        """The text of the domain's ``Words`` (desktop/domain/phrases.py) in this language."""
        return render(words, self.translate, self.language)


def _load(path: Path) -> dict[tuple[str, str], str]:
    try:
        if path.stat().st_size > _MAX_QM_BYTES:
            raise CatalogueError("translation file too large")
        return read_qm(path.read_bytes())
    except OSError:
        return {}


@lru_cache(maxsize=4)
def texts(language: str | None = "vi") -> Texts:
    """The catalogue of ``language`` (Vietnamese by default; English is the source language)."""
    if is_english(language):
        return Texts("en")
    return Texts("vi", _load(translations_dir() / "sothidua_vi.qm"))


def say(words, language: str | None = "vi") -> str:
    """``Words`` written by the domain (an explanation, a next step…) in ``language``."""
    return texts(language).say(words)
