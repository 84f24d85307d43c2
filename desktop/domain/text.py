"""Text that is safe to keep and to hand to a spreadsheet (issue 18 §3).

- Control characters (NUL, ESC, …) are refused on input: they mean nothing in a name or a note,
  and one NUL in a stored name made every later .xlsx export fail.
- A cell whose text starts with ``= + - @``, a tab or a carriage return is read as a formula by
  Excel and LibreOffice (the OWASP "CSV injection" rule). Exports write such text so that it
  stays text: in .xlsx as a string cell marked "quote prefix" (shown unchanged, never
  evaluated), in .csv with a leading apostrophe, which importing our own files removes again.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.domain.errors import DomainError

# C0 controls except tab, line feed and carriage return; DEL; the C1 controls.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def control_char(text: str) -> str | None:
    """The first control character of ``text`` (as U+XXXX), or None."""
    m = CONTROL_CHARS.search(text or "")
    return f"U+{ord(m.group()):04X}" if m else None


def control_problem(text: str | None, label_vi: str) -> str | None:
    """A Vietnamese message when ``text`` holds a control character, else None."""
    if not isinstance(text, str):
        return None
    code = control_char(text)
    if code is None:
        return None
    return (
        f"{label_vi} có ký tự điều khiển không in được ({code}, thường do chép từ phần mềm "
        "khác): hãy gõ lại nội dung này."
    )


def require_no_control(text: str | None, label_vi: str, field: str = "") -> None:
    msg = control_problem(text, label_vi)
    if msg:
        raise DomainError(msg, field=field or None)


@lru_cache(maxsize=1 << 16)  # names repeat across a Đoàn cơ sở's members
def name_problem(name: str, label_vi: str = "Họ và tên") -> str | None:
    """A person's name: letters (any script, with their marks), spaces and ' - . only, starting
    with a letter — so a name can never be read as a formula or carry control characters."""
    msg = control_problem(name, label_vi)
    if msg:
        return msg
    bad = sorted({ch for ch in name if not (ch.isalpha() or ch in " '-.’" or unicodedata.category(ch).startswith("M"))})
    if bad:
        shown = ", ".join(f"“{ch}”" for ch in bad[:5])
        return f"{label_vi} “{name[:60]}” có ký tự không dùng trong tên người ({shown})."
    if name and not name[0].isalpha():
        return f"{label_vi} “{name[:60]}” phải bắt đầu bằng một chữ cái."
    return None


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_cell(value):
    """``value`` for a CSV cell: text a spreadsheet would run as a formula gets a leading
    apostrophe (OWASP); control characters are dropped."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARS.sub("", value)
    return "'" + value if looks_like_formula(value) else value


def from_csv_cell(value):
    """Undo ``csv_cell`` when reading a CSV file back."""
    if isinstance(value, str) and value.startswith("'") and looks_like_formula(value[1:]):
        return value[1:]
    return value
