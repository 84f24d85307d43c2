"""JSON from outside (data files, packages, enrolment and register files) read within limits
(issue 18 §4): nesting depth, the length of a number, the length of one text, the size of the
file. A file beyond a limit is refused with a Vietnamese message naming the file and the place
(line, column); Python's own errors (RecursionError on deep nesting, ValueError on a 5,000-digit
integer) never reach the user. Nothing is parsed before the limits are checked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import accumulate

from desktop.domain.errors import DomainError


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 64
    max_number_chars: int = 40  # a card number or an amount, never a 5,000-digit integer
    max_string_chars: int = 200_000


DEFAULT = JsonLimits()

# Strings (skipped, their length checked), brackets (depth), and runs of number characters.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|-?[0-9][0-9.eE+\-]*', re.DOTALL)


class JsonRefused(DomainError):
    def __init__(self, source: str, message: str, line: int | None = None, column: int | None = None):
        where = f" (dòng {line}, cột {column})" if line is not None else ""
        super().__init__(f"Tệp “{source}” bị từ chối{where}: {message} Chưa ghi gì.", field="file")
        self.source, self.reason, self.line, self.column = source, message, line, column

    @property
    def short(self) -> str:
        """The reason with its place, without the file name (for lists of problems)."""
        if self.reason.startswith("JSON không hợp lệ") and self.line is not None:
            return f"JSON không hợp lệ ở dòng {self.line}, cột {self.column}" + self.reason[17:]
        where = f"dòng {self.line}, cột {self.column}: " if self.line is not None else ""
        return f"{where}{self.reason}"


def _n(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _place(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


# The quick look (``_surely_within``): a run that could hold a long text or a long number is
# matched only from its start (linear: a run is scanned once, never again from inside it).
# A text starts at a quote, a number after a character that cannot be in one.
_SIMPLE_STRING = re.compile(r'"[^"]*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _surely_within(text: str, limits: JsonLimits) -> bool:
    """True when ``text`` is surely within ``limits`` as ``check_text`` reads it, looked at with
    a few regular expressions instead of token by token (a Đoàn cơ sở's file of 10 MB, 940,000
    tokens: 0.5 → 0.1 s); False when unsure, and ``check_text`` decides, naming the place.

    Without a backslash right before a quote, ``check_text``'s texts are exactly the spans from
    a quote to the next one (a quote left open at the end is skipped by both). A text longer
    than the limit then lies in a run without quotes at least as long, after a quote; outside
    the texts a number longer than the limit lies in a run of number characters at least as
    long; the depth is the greatest running count of the brackets outside the texts."""
    if '\\"' in text:
        return False
    if re.search(f'"[^"]{{{limits.max_string_chars + 1},}}', text):
        return False
    outside = _SIMPLE_STRING.sub('"', text)  # each text as one quote: nothing joins across it
    if re.search(f"(?<![0-9.eE+\\-])[0-9.eE+\\-]{{{limits.max_number_chars + 1},}}", outside):
        return False
    steps = map(_STEP.__getitem__, _NOT_BRACKET.sub("", outside))
    return max(accumulate(steps), default=0) <= limits.max_depth


def check_text(text: str, source: str, limits: JsonLimits = DEFAULT) -> None:
    """Refuse ``text`` when it goes beyond ``limits`` (before any parsing)."""
    if _surely_within(text, limits):
        return
    depth = 0
    for m in _TOKENS.finditer(text):
        tok = m.group()
        c = tok[0]
        if c == '"':
            if len(tok) - 2 > limits.max_string_chars:
                raise JsonRefused(
                    source,
                    f"một đoạn chữ dài {_n(len(tok) - 2)} ký tự, quá giới hạn {_n(limits.max_string_chars)} ký tự.",
                    *_place(text, m.start()),
                )
        elif c in "[{":
            depth += 1
            if depth > limits.max_depth:
                raise JsonRefused(source, f"dữ liệu lồng nhau quá {limits.max_depth} tầng.", *_place(text, m.start()))
        elif c in "]}":
            depth -= 1
        elif len(tok) > limits.max_number_chars:
            raise JsonRefused(
                source,
                f"một con số dài {_n(len(tok))} chữ số, quá giới hạn {limits.max_number_chars} chữ số.",
                *_place(text, m.start()),
            )


def loads(data: bytes | str, source: str, limits: JsonLimits = DEFAULT):
    """Parse JSON within ``limits``; JsonRefused (a DomainError) otherwise, also for a syntax
    error (with its line and column) or text that is not UTF-8."""
    if isinstance(data, (bytes, bytearray)):
        if len(data) > limits.max_bytes:
            raise JsonRefused(
                source, f"tệp lớn {len(data) / 1048576:.0f} MB, quá giới hạn {limits.max_bytes // 1048576} MB."
            )
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JsonRefused(source, "tệp không phải văn bản UTF-8.") from None
    else:
        text = data
        if len(text) > limits.max_bytes:
            raise JsonRefused(source, f"tệp quá giới hạn {limits.max_bytes // 1048576} MB.")
    check_text(text, source, limits)

    def no_constant(name: str):
        raise JsonRefused(source, f"“{name}” không phải một con số hợp lệ.")

    try:
        return json.loads(text, parse_constant=no_constant)
    except JsonRefused:
        raise
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            source, "JSON không hợp lệ: thiếu hoặc thừa dấu phẩy, dấu ngoặc hay dấu ngoặc kép.", exc.lineno, exc.colno
        ) from None
    except (RecursionError, ValueError):  # beyond what the scan caught: still one clear message
        raise JsonRefused(source, "dữ liệu không đọc được (quá sâu hoặc số quá lớn).") from None
