"""The field rules of a member's record, shared by the edit dialog, the Excel import and the
packages, so that all of them say the same Vietnamese thing (BRIEF §1): how names compare and
sort (``name_key``), and how dates, phone numbers, CCCD numbers, genders and yes/no cells are
read and checked. desktop/domain/members.py re-exports the ones the rest of the app uses."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

from desktop.domain.errors import DomainError


# Oldest date accepted for any member date (issue 3: "dates … before 1950" are errors).
EARLIEST_DATE = date(1950, 1, 1)


def _fold_table() -> dict[int, str]:
    """Every precomposed Latin letter (Vietnamese included) -> its base letter."""
    table = {ord("Đ"): "D", ord("đ"): "d"}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if base and base != ch and base.isascii():
            table[cp] = base
    return table


_FOLD = _fold_table()
_fold = str.translate  # called through a name: the translation tool scans for UI-string call syntax


# Names repeat (a Đoàn cơ sở's 15,000 members bear a few thousand names): both are remembered.
@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Lower-case, without diacritics, single spaces: 'Nguyễn  Thị Đào' -> 'nguyen thi dao'."""
    text = text or ""
    if not text.isascii():
        text = _fold(text, _FOLD)
        if not text.isascii():  # combining marks (text typed in decomposed form) or other scripts
            decomposed = unicodedata.normalize("NFD", text)
            text = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(text.lower().split())


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """NFC, single spaces, each word capitalised as Vietnamese names are written."""
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in text.split(" "))


def date_problem(d: date, today: date, label: str) -> str | None:
    if d > today:
        return f"{label} {d:%d/%m/%Y} ở tương lai (sau hôm nay {today:%d/%m/%Y})."
    if d < EARLIEST_DATE:
        return f"{label} {d:%d/%m/%Y} trước năm 1950: kiểm tra lại."
    return None


_PHONE_JUNK = re.compile(r"[\s.\-()/]")


def normalise_phone(value) -> str:
    """A Vietnamese phone number as 10 (mobile) or 11 (landline 02…) digits with the leading 0.

    Excel drops the leading zero of numbers typed as numbers (912345678), and people write
    +84 / 84 prefixes and separators: all are accepted. Anything else is impossible.
    """
    raw = _number_text(value)
    text = _PHONE_JUNK.sub("", raw)
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) in (11, 12):
        text = "0" + text[2:]
    elif not text.startswith("0") and len(text) in (9, 10) and text.isdigit():
        text = "0" + text
    if not text.isdigit():
        raise DomainError(f"Số điện thoại “{raw}” không hợp lệ: chỉ được gồm chữ số.")
    if re.fullmatch(r"0[35789]\d{8}", text) or re.fullmatch(r"02\d{9}", text):
        return text
    raise DomainError(
        f"Số điện thoại “{raw}” không hợp lệ: số di động có 10 chữ số bắt đầu bằng 03, 05, 07, "
        "08 hoặc 09; số cố định có 11 chữ số bắt đầu bằng 02."
    )


def normalise_id_number(value) -> str:
    """CCCD (12 digits) or the older CMND (9 digits); leading zeros lost by Excel are restored."""
    raw = _number_text(value)
    text = re.sub(r"\s", "", raw)
    if not text.isdigit():
        raise DomainError(f"Số CCCD “{raw}” không hợp lệ: chỉ được gồm chữ số.")
    if len(text) == 11:
        text = "0" + text
    elif len(text) == 8:
        text = "0" + text
    if len(text) not in (9, 12):
        raise DomainError(f"Số CCCD “{raw}” không hợp lệ: CCCD có 12 chữ số (CMND cũ 9 chữ số).")
    return text


def _number_text(value) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def card_text(value) -> str | None:
    """A Union card number as text (Excel may store it as a number)."""
    if value is None:
        return None
    text = _number_text(value)
    return text or None


_GENDER_WORDS = {
    "nam": "nam",
    "m": "nam",
    "male": "nam",
    "trai": "nam",
    "nam gioi": "nam",
    "nu": "nu",
    "f": "nu",
    "female": "nu",
    "gai": "nu",
    "nu gioi": "nu",
    "khac": "khac",
    "other": "khac",
}


_GENDER_FAST = {"Nam": "nam", "Nữ": "nu", "NAM": "nam", "NỮ": "nu", "nam": "nam", "nữ": "nu"}


def parse_gender(value) -> str | None:
    if isinstance(value, str) and value in _GENDER_FAST:
        return _GENDER_FAST[value]
    if value is None or str(value).strip() == "":
        return None
    g = _GENDER_WORDS.get(name_key(str(value)))
    if g is None:
        raise DomainError(f"Giới tính “{value}” không hiểu được: ghi Nam, Nữ hoặc Khác.")
    return g


_TRUE = {
    "co",
    "x",
    "yes",
    "y",
    "true",
    "1",
    "da",
    "da cap",
    "roi",
    "dung",
    "v",
    "✓",
    "✔",
    "dat",
    "da dang ky",
    "co tham gia",
    "tham gia",
}
_FALSE = {"khong", "no", "n", "false", "0", "chua", "chua cap", "sai", "-", "chua dang ky", "khong tham gia"}


_BOOL_FAST = {
    "Có": True,
    "có": True,
    "CÓ": True,
    "x": True,
    "X": True,
    "Không": False,
    "không": False,
    "KHÔNG": False,
    "": None,
}


def parse_bool(value) -> bool | None:
    """'Có' / 'x' / 1 / True -> True; 'Không' / 'Chưa' / 0 -> False; blank -> None."""
    if value is None:
        return None
    if isinstance(value, str) and value in _BOOL_FAST:
        return _BOOL_FAST[value]
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise DomainError(f"Giá trị “{_number_text(value)}” không hiểu được: ghi Có hoặc Không.")
    key = name_key(str(value))
    if key == "":
        return None
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise DomainError(f"Giá trị “{value}” không hiểu được: ghi Có hoặc Không.")


_DMY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_YEAR = re.compile(r"^(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date_value(value, today: date, *, allow_year_only: bool = False) -> tuple[date | None, bool]:
    """A date cell -> (date, year_only). Accepts Excel dates, dd/mm/yyyy text (also with - or .),
    yyyy-mm-dd, two-digit years, Excel serial numbers, and a year alone when ``allow_year_only``
    (then the date is 01/01 of that year and ``year_only`` is True)."""
    if value is None:
        return None, False
    if isinstance(value, datetime):
        return value.date(), False
    if isinstance(value, date):
        return value, False
    if isinstance(value, bool):
        raise DomainError(f"“{value}” không phải là ngày.")
    if isinstance(value, (int, float)):
        n = float(value)
        if n.is_integer() and 1000 <= n <= 2999:
            return _year_only(int(n), allow_year_only, str(int(n)))
        if 1 <= n < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(n)), False
        raise DomainError(f"“{_number_text(value)}” không phải là ngày (ghi dạng dd/mm/yyyy).")
    text = unicodedata.normalize("NFC", str(value)).strip()
    if not text:
        return None, False
    m = _DMY.match(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            y += 2000 if y <= today.year % 100 else 1900
        return _make_date(y, mo, d, text), False
    m = _YMD.match(text)
    if m:
        return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), text), False
    m = _YEAR.match(text)
    if m:
        return _year_only(int(m.group(1)), allow_year_only, text)
    raise DomainError(f"“{text}” không phải là ngày: ghi dạng dd/mm/yyyy (ví dụ 05/03/2001).")


def _year_only(y: int, allowed: bool, text: str) -> tuple[date, bool]:
    if not allowed:
        raise DomainError(f"“{text}” chỉ có năm: ghi đủ ngày dạng dd/mm/yyyy.")
    return date(y, 1, 1), True


def _make_date(y: int, mo: int, d: int, text: str) -> date:
    try:
        return date(y, mo, d)
    except ValueError:
        raise DomainError(f"Ngày “{text}” không có thật (ngày/tháng/năm).") from None
