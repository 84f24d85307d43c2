"""Assessment periods: a calendar year ("2026") or a school year ("2025-2026").

Where a period starts is a unit setting (BRIEF §3.3: the assessment-year cut-off and the
quarter boundaries are not given by the seeds). Defaults: calendar years start on 01/01,
school years on 01/09; quarters are consecutive three-month blocks from the start, which for
a calendar year are the calendar quarters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.errors import DomainError

DEFAULT_YEAR_START = (1, 1)
DEFAULT_SCHOOL_YEAR_START = (9, 1)

_YEAR_RE = re.compile(r"^(\d{4})$")
_SCHOOL_RE = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, min(d.day, 28) if d.day > 28 else d.day)


@dataclass(frozen=True)
class Period:
    label: str
    start: date
    end: date  # inclusive
    school_year: bool = False

    @classmethod
    def parse(
        cls,
        text: str,
        *,
        year_start: tuple[int, int] = DEFAULT_YEAR_START,
        school_year_start: tuple[int, int] = DEFAULT_SCHOOL_YEAR_START,
    ) -> "Period":
        text = (text or "").strip()
        m = _YEAR_RE.match(text)
        if m:
            y = int(m.group(1))
            _check_year(y, text)
            # A cut-off other than 01/01 (e.g. 01/12): year Y runs from the cut-off in Y-1
            # to the day before the cut-off in Y.
            start = date(y, 1, 1) if year_start == (1, 1) else date(y - 1, *year_start)
            end = _add_months(start, 12) - timedelta(days=1)
            return cls(label=str(y), start=start, end=end, school_year=False)
        m = _SCHOOL_RE.match(text)
        if m:
            y1, y2 = int(m.group(1)), int(m.group(2))
            _check_year(y1, text)
            if y2 != y1 + 1:
                raise DomainError(
                    f"Năm học “{text}” không hợp lệ: năm sau phải lớn hơn năm trước đúng 1 (ví dụ 2025-2026)."
                )
            start = date(y1, *school_year_start)
            end = _add_months(start, 12) - timedelta(days=1)
            return cls(label=f"{y1}-{y2}", start=start, end=end, school_year=True)
        raise DomainError(
            f"Kỳ đánh giá “{text}” không hợp lệ: ghi năm (ví dụ 2026) hoặc năm học (ví dụ 2025-2026)."
        )

    @classmethod
    def for_unit(cls, year: int, *, school: bool, **starts) -> "Period":
        """The period a unit is assessed in for ``year`` (for schools: the school year starting in it)."""
        return cls.parse(f"{year}-{year + 1}" if school else str(year), **starts)

    @property
    def year(self) -> int:
        """The year the period is named after (the first year of a school year)."""
        return int(self.label[:4])

    def contains(self, d: date) -> bool:
        return self.start <= d <= self.end

    def quarters(self) -> list[tuple[date, date]]:
        out = []
        for i in range(4):
            qs = _add_months(self.start, 3 * i)
            qe = _add_months(self.start, 3 * (i + 1)) - timedelta(days=1)
            out.append((qs, min(qe, self.end)))
        return out

    def quarter_of(self, d: date) -> int | None:
        for i, (qs, qe) in enumerate(self.quarters(), start=1):
            if qs <= d <= qe:
                return i
        return None

    def quarter_label_vi(self, index: int) -> str:
        """'Quý III' for calendar quarters; school-year quarters are named by position."""
        qs, _ = self.quarters()[index - 1]
        roman = ["I", "II", "III", "IV"]
        if qs.day == 1 and qs.month in (1, 4, 7, 10):
            return f"Quý {roman[(qs.month - 1) // 3]}"
        return f"Quý {roman[index - 1]}"

    def iso_weeks(self) -> list[tuple[int, int]]:
        """The ISO weeks (year, week) whose Monday..Sunday overlap the period."""
        weeks: list[tuple[int, int]] = []
        d = self.start - timedelta(days=self.start.weekday())
        while d <= self.end:
            iso = d.isocalendar()
            weeks.append((iso[0], iso[1]))
            d += timedelta(days=7)
        return weeks

    def days_left(self, today: date, *, today_done: bool = False) -> int:
        """Days still available in the period, TODAY INCLUDED (the one definition used on every
        screen: the volunteer page, the criteria page, reports): on the last day it is 1, after
        the end 0, before the start the whole period. ``today_done=True`` leaves today out (an
        evaluation "as at the close of" the day). E.g. 2025-2026 ends 31/12/2026, on 21/11/2026
        41 days are left (21/11 … 31/12)."""
        first = max(today, self.start) if not today_done else max(today + timedelta(days=1), self.start)
        return max(0, (self.end - first).days + 1)


def _check_year(y: int, text: str) -> None:
    if not 2000 <= y <= 2100:
        raise DomainError(f"Năm “{text}” nằm ngoài khoảng cho phép (2000–2100).")
