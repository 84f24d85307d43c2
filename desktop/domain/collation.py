"""One Vietnamese collation for every sorted list on screen and on paper (issue 19 item 6).

The order is CLDR's for Vietnamese (the ``vi`` tailoring of the Unicode Collation Algorithm):

* letters first, in the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
  v x y (f, j, w, z in their Latin places); "Đ" is a letter of its own after "D", so Dương comes
  before Đặng and Đỗ;
* tones only when the letters are equal (secondary strength): no mark, huyền, hỏi, ngã, sắc,
  nặng (a à ả ã á ạ);
* case last (tertiary strength): lower case before upper case.

Python's ``sorted`` on the raw text puts Đ, Ơ, Ư after Z, and stripping the diacritics (the old
search key) sorts Đặng among the D's. PyICU has no wheel for this platform, so the key is
computed here and checked against the CLDR order in tests/unit/test_collation.py.

``person_key`` sorts people the Vietnamese way: by given name (the last word), then the whole name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Primary order: the Vietnamese alphabet inside the Latin one.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_PRIMARY = {ch: i for i, ch in enumerate(_ALPHABET)}
_LETTER_BASE = 100  # spaces (1), punctuation (2–9) and numbers (10–99) sort before letters

# Combining marks that make a letter of the alphabet (primary difference) …
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# … and the five tones, in CLDR's secondary order (no mark = 0).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _elements(text: str) -> list[tuple[int, int, int]]:
    """(primary, secondary, tertiary) per collation element of ``text``. A run of digits is one
    number (CLDR's numeric option): "Chi đoàn 9" before "Chi đoàn 10"."""
    out: list[tuple[int, int, int]] = []
    digits = ""
    for ch in unicodedata.normalize("NFD", text) + "\0":
        if ch.isdigit() and unicodedata.digit(ch, None) is not None:
            digits += str(unicodedata.digit(ch))
            continue
        if digits:
            value = digits.lstrip("0") or "0"
            out.append((20 + min(len(value), 79), 0, 0))  # longer numbers are larger …
            out += [(10 + int(d), 0, 0) for d in value]  # … then digit by digit
            digits = ""
        if ch == "\0":
            break
        if ch in _TONES:
            if out:
                p, _, t = out[-1]
                out[-1] = (p, _TONES[ch], t)
            continue
        if unicodedata.combining(ch):
            if out and out[-1][0] >= _LETTER_BASE:
                p, s, t = out[-1]
                base = _ALPHABET[p - _LETTER_BASE]
                letter = _LETTER_MARKS.get((base, ch))
                if letter is not None:
                    out[-1] = (_LETTER_BASE + _PRIMARY[letter], s, t)
            continue
        lower = ch.lower()
        if lower == "đ" or ch in "đĐ":
            out.append((_LETTER_BASE + _PRIMARY["đ"], 0, 1 if ch == "Đ" else 0))
        elif lower in _PRIMARY:
            out.append((_LETTER_BASE + _PRIMARY[lower], 0, 0 if ch == lower else 1))
        elif ch.isspace():
            out.append((1, 0, 0))
        else:
            # punctuation and symbols before digits and letters, in code point order
            out.append((2 + min(ord(lower), 7), 0, ord(ch)))
    return out


@lru_cache(maxsize=65536)
def vi_key(text: str | None) -> tuple:
    """A sort key for ``text`` in Vietnamese order (see the module docstring)."""
    el = _elements((text or "").strip())
    return (tuple(e[0] for e in el), tuple(e[1] for e in el), tuple(e[2] for e in el))


def person_key(full_name: str | None) -> tuple:
    """People in Vietnamese order: given name (the last word) first, then the whole name."""
    name = " ".join((full_name or "").split())
    return (vi_key(name.rsplit(" ", 1)[-1] if name else ""), vi_key(name))


def vi_sorted(items, key=lambda x: x):
    """``sorted`` in Vietnamese order of ``key(item)`` (a text)."""
    return sorted(items, key=lambda x: vi_key(key(x)))
