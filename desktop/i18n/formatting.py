"""One formatter for screen and paper: dates, numbers and percentages through Babel.

Official documents pad the day below 10 and the months 1–2 with a zero ("ngày 05 tháng 02 năm
2026" but "tháng 3"), which a Babel pattern cannot express, so the administrative date is built
here by hand (docs/architecture.md, traps, docs/formats/van-ban.md).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent

from desktop.domain.bilingual import is_english

DEFAULT_LOCALE = "vi"


def _locale(locale: str | None) -> str:
    """The Babel locale of a language: Vietnamese unless English is asked for. The language is
    always the caller's (the screen's, or Vietnamese for paper and the command line): there is no
    language held here."""
    return "en" if is_english(locale) else DEFAULT_LOCALE


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def format_date_short(d: date | None, locale: str | None = None) -> str:
    """21/11/2026 (vi) or 21/11/2026 (en uses the same day-first form for this audience)."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_long(d: date, locale: str | None = None) -> str:
    """'ngày 21 tháng 11 năm 2026' (vi), '21 November 2026' (en)."""
    if is_english(locale):
        return _babel_date(d, "d MMMM y", locale="en")
    return _babel_date(d, "'ngày' d 'tháng' M 'năm' y", locale="vi")


def official_date(d: date) -> str:
    """Administrative form: day below 10 and months 1–2 padded ('ngày 05 tháng 02 năm 2026')."""
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def place_date_line(place: str, d: date) -> str:
    """'Hải Phòng, ngày 05 tháng 02 năm 2026'."""
    return nfc(f"{place}, {official_date(d)}")


def format_datetime(dt: datetime, locale: str | None = None) -> str:
    loc = _locale(locale)
    return _babel_datetime(dt, "dd/MM/yyyy HH:mm", locale=loc)


def format_number(value: float | int, locale: str | None = None, digits: int = 2) -> str:
    """1.234.567,5 (vi); trailing zeros dropped."""
    loc = _locale(locale)
    fmt = "#,##0" + ("." + "#" * digits if digits else "")
    return _babel_decimal(value, format=fmt, locale=loc)


def format_days(value: float, locale: str | None = None) -> str:
    """Volunteer days: '5', '4,5'."""
    return format_number(value, locale, digits=1)


def format_percent(share: float, locale: str | None = None, digits: int = 0) -> str:
    """0.4567 → '46%' (vi); with digits=1 → '45,7%'."""
    loc = _locale(locale)
    fmt = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return _babel_percent(share, format=fmt, locale=loc)


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n]


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(*parts: str, ext: str = "pdf") -> str:
    """A default file name in Vietnamese, from what the document is: "Báo cáo quý - Chi đoàn Tổ dân
    phố số 3 - quý 3 năm 2026.pdf" (characters Windows refuses become "-"; at most 150 characters)."""
    words = [" ".join(_NOT_IN_FILE_NAMES.sub("-", nfc(p)).split()) for p in parts if p and str(p).strip()]
    stem = " - ".join(w for w in words if w).strip(" .-")[:150].rstrip(" .-") or "Tài liệu"
    return f"{stem}.{ext}"


def period_words(label: str, quarter: int | None = None) -> str:
    """ "2026" -> "năm 2026"; "2026-2027" -> "năm học 2026-2027"; with a quarter: "quý 3 năm 2026"."""
    base = f"năm học {label}" if "-" in str(label) else f"năm {label}"
    return f"quý {quarter} {base}" if quarter else base


@dataclass(frozen=True)
class Formatter:
    """The formatting of one language, for code that formats many values: the screens build one
    for the language they show (desktop/ui/i18n.py ``ui_formatter``)."""

    locale: str = DEFAULT_LOCALE

    def number(self, value: float | int, digits: int = 2) -> str:
        return format_number(value, self.locale, digits)

    def days(self, value: float) -> str:
        return format_days(value, self.locale)

    def percent(self, share: float, digits: int = 0) -> str:
        return format_percent(share, self.locale, digits)

    def datetime(self, dt: datetime) -> str:
        return format_datetime(dt, self.locale)

    def date_long(self, d: date) -> str:
        return format_date_long(d, self.locale)
