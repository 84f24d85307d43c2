"""One formatter for screen and paper: dates, numbers and percentages through Babel.

Official documents pad the day below 10 and the months 1–2 with a zero ("ngày 05 tháng 02 năm
2026" but "tháng 3"), which a Babel pattern cannot express, so the administrative date is built
here by hand (docs/architecture.md, traps, docs/formats/van-ban.md).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent

DEFAULT_LOCALE = "vi"
_current = DEFAULT_LOCALE


def set_locale(locale: str) -> None:
    global _current
    _current = "en" if locale.startswith("en") else "vi"


def current_locale() -> str:
    return _current


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def format_date_short(d: date | None, locale: str | None = None) -> str:
    """21/11/2026 (vi) or 21/11/2026 (en uses the same day-first form for this audience)."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_long(d: date, locale: str | None = None) -> str:
    """'ngày 21 tháng 11 năm 2026' (vi), '21 November 2026' (en)."""
    loc = locale or _current
    if loc == "vi":
        return _babel_date(d, "'ngày' d 'tháng' M 'năm' y", locale="vi")
    return _babel_date(d, "d MMMM y", locale="en")


def official_date(d: date) -> str:
    """Administrative form: day below 10 and months 1–2 padded ('ngày 05 tháng 02 năm 2026')."""
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def place_date_line(place: str, d: date) -> str:
    """'Hải Phòng, ngày 05 tháng 02 năm 2026'."""
    return nfc(f"{place}, {official_date(d)}")


def format_datetime(dt: datetime, locale: str | None = None) -> str:
    loc = locale or _current
    return _babel_datetime(dt, "dd/MM/yyyy HH:mm", locale=loc)


def format_number(value: float | int, locale: str | None = None, digits: int = 2) -> str:
    """1.234.567,5 (vi); trailing zeros dropped."""
    loc = locale or _current
    fmt = "#,##0" + ("." + "#" * digits if digits else "")
    return _babel_decimal(value, format=fmt, locale=loc)


def format_days(value: float, locale: str | None = None) -> str:
    """Volunteer days: '5', '4,5'."""
    return format_number(value, locale, digits=1)


def format_percent(share: float, locale: str | None = None, digits: int = 0) -> str:
    """0.4567 → '46%' (vi); with digits=1 → '45,7%'."""
    loc = locale or _current
    fmt = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return _babel_percent(share, format=fmt, locale=loc)


def roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n]
