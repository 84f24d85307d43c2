"""Sentences the domain writes, before they are put in a language (issue 22: one way to translate).

The domain sits below desktop/i18n and may not read the message catalogue, so a rule that explains
itself returns ``Words``: a ``Phrase`` holds the English source, marked with ``QT_TRANSLATE_NOOP``
so that pyside6-lupdate puts it in translations/vi/<module>.ts, and the values that fill its
``{named}`` places. The edge (services, reports, the command line, the screens) turns it into text
with ``desktop.i18n.catalogue.say(words, language)``, from the same compiled catalogue the screens
use. A translation may use any of the source's places, in any order, or leave some out: the
Vietnamese "Quý {roman}" and the English "Q{n}" come from one phrase.

A value is itself ``Words`` (translated the same way) or plain text: names, dates and titles are
data and are never translated. ``Number`` and ``Percent`` are written with the language's decimal
mark; ``Listing`` joins items as "A, B và C" / "A, B and C"; ``Tail`` puts a remark before a
sentence's final full stop; ``Joined`` writes its parts one after the other; ``CatalogText`` is
a catalog's own bilingual data (a title), read by field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Union

from desktop.domain.bilingual import catalog_text, is_english
from desktop.domain.markers import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Phrase:
    context: str
    source: str  # English, marked for translation where it is written
    args: tuple[tuple[str, Any], ...] = ()


def phrase(context: str, source: str, /, **args: Any) -> Phrase:
    return Phrase(context, source, tuple(args.items()))


@dataclass(frozen=True)
class Number:
    """A count or a number of days: whole numbers as they are, others with one decimal
    ("4,5" in Vietnamese, "4.5" in English)."""

    value: float
    decimals: int = 1


@dataclass(frozen=True)
class Percent:
    """A share written as a percentage with at most one decimal: 0.733 -> "73,3%"."""

    share: float


@dataclass(frozen=True)
class Listing:
    """Items joined as "A, B và C"."""

    items: tuple[Any, ...]


@dataclass(frozen=True)
class Tail:
    """``tail`` put before the final full stop of ``sentence``; nothing when ``tail`` is None."""

    sentence: Any
    tail: Any = None


@dataclass(frozen=True)
class Joined:
    parts: tuple[Any, ...]


@dataclass(frozen=True)
class CatalogText:
    """Bilingual data of a catalog (``item.<field>_vi`` / ``_en``, e.g. a deadline's title), read
    through desktop/domain/bilingual.py: written by people, not translated."""

    item: Any
    field: str


Words = Union[Phrase, Number, Percent, Listing, Tail, Joined, CatalogText, str]

_AND = QT_TRANSLATE_NOOP("Phrases", "{items} and {last}")


def number_text(value: float, language: str | None, decimals: int = 1) -> str:
    if abs(value - round(value)) < 1e-6:
        return str(int(round(value)))
    s = f"{value:.{decimals}f}"
    if decimals > 1:
        s = s.rstrip("0").rstrip(".")
    return s if is_english(language) else s.replace(".", ",")


def render(words: Any, translate: Callable[[str, str], str], language: str | None) -> str:
    """The text of ``words`` in ``language``; ``translate(context, source)`` looks the sources up."""
    if isinstance(words, str):
        return words
    if isinstance(words, Phrase):
        values = {k: render(v, translate, language) for k, v in words.args}
        return translate(words.context, words.source).format(**values)
    if isinstance(words, Number):
        return number_text(words.value, language, words.decimals)
    if isinstance(words, Percent):
        return number_text(round(words.share * 100, 1), language) + "%"
    if isinstance(words, Listing):
        items = [render(i, translate, language) for i in words.items]
        if len(items) <= 1:
            return "".join(items)
        return translate("Phrases", _AND).format(items=", ".join(items[:-1]), last=items[-1])
    if isinstance(words, Tail):
        sentence = render(words.sentence, translate, language)
        if words.tail is None:
            return sentence
        return sentence.removesuffix(".") + render(words.tail, translate, language) + "."
    if isinstance(words, Joined):
        return "".join(render(p, translate, language) for p in words.parts)
    if isinstance(words, CatalogText):
        return catalog_text(words.item, words.field, language) or ""
    if isinstance(words, (int, float)):
        return str(words)
    raise TypeError(f"not words: {type(words).__name__}")


def sources(words: Any) -> list[tuple[str, str]]:
    """Every (context, source) ``words`` is made of: what the catalogue must know."""
    if isinstance(words, Phrase):
        out = [(words.context, words.source)]
        for _, v in words.args:
            out += sources(v)
        return out
    if isinstance(words, Listing):
        return [("Phrases", _AND)] + [s for i in words.items for s in sources(i)]
    if isinstance(words, Tail):
        return sources(words.sentence) + sources(words.tail)
    if isinstance(words, Joined):
        return [s for p in words.parts for s in sources(p)]
    return []
