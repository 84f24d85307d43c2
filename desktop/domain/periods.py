"""Assessment periods: a calendar year ("2026") or a school year ("2025-2026").

Where a period starts is a unit setting (BRIEF §3.3: the assessment-year cut-off and the
quarter boundaries are not given by the seeds). Defaults: calendar years start on 01/01,
school years on 01/09; quarters are consecutive three-month blocks from the start, which for
a calendar year are the calendar quarters.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.domain.errors import DomainError

DEFAULT_YEAR_START = (1, 1)
DEFAULT_SCHOOL_YEAR_START = (9, 1)

_YEAR_RE = re.compile(r"^(\d{4})$")
_SCHOOL_RE = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")


def _add_months(d: date, months: int) -> date:
    """The same day ``months`` later; a day the target month lacks becomes its last day
    (31/08 + 3 months = 30/11). Periods and quarters always count from their own start, so
    consecutive blocks meet exactly: no day is lost and none is counted twice."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def month_day(value: Any, default: tuple[int, int]) -> tuple[int, int]:
    """A cut-off setting 'MM-DD' ('09-01' -> (9, 1)); anything else, and 29/02 (a start that
    most years lack), gives ``default``. The one reader of year_start / school_year_start."""
    try:
        m, d = (int(x) for x in str(value).split("-"))
        date(2001, m, d)
        return m, d
    except (TypeError, ValueError):
        return default


def unit_starts(settings: Mapping[str, Any] | None) -> dict[str, tuple[int, int]]:
    """The cut-offs of a unit from its settings (defaults 01-01 and 09-01)."""
    settings = settings or {}
    return {
        "year_start": month_day(settings.get("year_start"), DEFAULT_YEAR_START),
        "school_year_start": month_day(settings.get("school_year_start"), DEFAULT_SCHOOL_YEAR_START),
    }


def unit_period(
    label: "str | int | Period | None" = None,
    *,
    school: bool,
    settings: Mapping[str, Any] | None = None,
    on: date | None = None,
    unit_code: str = "",
) -> "Period":
    """THE answer to "which period of this unit?" — used by the evaluation, the importer, the
    CLI and every screen, so that one label always means the same days.

    * ``label`` given: the period it names for this kind of unit. A school branch (assessed by
      school year, BRIEF §3.1) given a plain year N gets the school year N–N+1, the one starting
      in N; any other unit given a school year is refused with a message.
    * ``label`` empty: the period that contains the day ``on``.

    ``settings`` are the unit's settings (``year_start``, ``school_year_start``, BRIEF §3.3).
    """
    starts = unit_starts(settings)
    if isinstance(label, Period):
        label = label.label
    text = "" if label is None else str(label).strip()
    if not text:
        if on is None:
            raise ValueError("unit_period needs a label or a day")
        if school:
            m, d = starts["school_year_start"]
            year = on.year if (on.month, on.day) >= (m, d) else on.year - 1
            return Period.parse(f"{year}-{year + 1}", **starts)
        m, d = starts["year_start"]
        year = on.year if (m, d) == (1, 1) or (on.month, on.day) < (m, d) else on.year + 1
        return Period.parse(str(year), **starts)
    p = Period.parse(text, **starts)
    if school and not p.school_year:
        return Period.parse(f"{p.year}-{p.year + 1}", **starts)
    if not school and p.school_year:
        who = f"Đơn vị “{unit_code}”" if unit_code else "Đơn vị này"
        raise DomainError(
            f"{who} đánh giá theo năm dương lịch: ghi kỳ là một năm, "
            f"ví dụ {p.year + 1}, không phải năm học “{p.label}”.",
            field="period",
        )
    return p


def label_in_parent_year(label: str, *, school: bool) -> str:
    """The label of a branch's period that its Đoàn cơ sở's year ``label`` covers (the dashboard
    and the packages a Đoàn cơ sở reads for its year): for a school branch the year "2026" is the
    school year 2025-2026 that ends in it (the 20/11 summary of 2026 reports it, issue 5); a
    calendar branch given "2025-2026" reads 2026. The branch's own reading of a label is
    ``unit_period``."""
    if school and "-" not in label and len(label) == 4:
        y = int(label)
        return f"{y - 1}-{y}"
    if not school and "-" in label:
        return label[-4:]
    return label


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
            end = _add_months(start, 12) - timedelta(days=1)  # the day before the next start
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
        raise DomainError(f"Kỳ đánh giá “{text}” không hợp lệ: ghi năm (ví dụ 2026) hoặc năm học (ví dụ 2025-2026).")

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
