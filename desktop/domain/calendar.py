"""The process calendar of a campaign (BRIEF §3.1–§3.3) turned into dates.

The calendar itself is data in the catalog file: each step has a month-day per branch type
(or "default") and a year offset from the period's year. For Chi đoàn XHCN, a non-school branch
registers for year N by 10/11 of N-1; a school branch registers for school year N–N+1 by 30/9/N.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.catalog import Catalog
from desktop.domain.periods import Period


@dataclass(frozen=True)
class DatedDeadline:
    step: str
    title_vi: str
    title_en: str
    actor: str
    due: date

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def label_vi(self, today: date) -> str:
        """'Còn 12 ngày đến hạn …' / 'Đến hạn hôm nay' / 'Quá hạn 3 ngày'."""
        left = self.days_left(today)
        when = f"{self.due.day:02d}/{self.due.month:02d}"
        if left > 0:
            return f"Còn {left} ngày đến hạn {self.title_vi.lower()} {when}"
        if left == 0:
            return f"Hôm nay là hạn {self.title_vi.lower()} {when}"
        return f"Đã quá hạn {self.title_vi.lower()} {when} {-left} ngày"


def _pick(mapping: dict, branch_type: str | None):
    if branch_type and branch_type in mapping:
        return mapping[branch_type]
    return mapping["default"]


def deadlines(
    catalog: Catalog, period: Period, branch_type: str | None, overrides: dict[str, str] | None = None
) -> list[DatedDeadline]:
    """All dated steps for a period; ``overrides`` maps a step to a unit setting 'MM-DD'."""
    out = []
    for d in catalog.calendar:
        md = (overrides or {}).get(d.step) or _pick(d.month_day, branch_type)
        offset = _pick(d.year_offset, branch_type) if d.year_offset else 0
        month, day = int(md[:2]), int(md[3:])
        out.append(DatedDeadline(d.step, d.title_vi, d.title_en, d.actor, date(period.year + offset, month, day)))
    return sorted(out, key=lambda x: x.due)


def deadline(
    catalog: Catalog, period: Period, branch_type: str | None, step: str, overrides: dict[str, str] | None = None
) -> DatedDeadline | None:
    for d in deadlines(catalog, period, branch_type, overrides):
        if d.step == step:
            return d
    return None


def upcoming(
    catalog: Catalog,
    period: Period,
    branch_type: str | None,
    today: date,
    actor: str | None = None,
    overrides: dict[str, str] | None = None,
) -> list[DatedDeadline]:
    return [
        d
        for d in deadlines(catalog, period, branch_type, overrides)
        if d.due >= today and (actor is None or d.actor == actor)
    ]
