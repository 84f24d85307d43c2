"""The days of a volunteer activity (issue 4 §4): how many days it credits per participant, kept
as whole half days so that totals such as 4,5 are exact, and the calendar dates it took place on,
read from what a person types ("3/5, 10-12/5") and checked against the assessment period.
desktop/domain/volunteer.py re-exports what the rest of the app reads from it."""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from desktop.domain.errors import DomainError
from desktop.domain.periods import Period, unit_period


MAX_DATES = 60  # one record covers at most two months of days (a summer campaign)


# --------------------------------------------------------------------------- days


def parse_days(value) -> float:
    """'1,5', '1.5', 1.5 → 1.5; a Vietnamese message for anything else."""
    if isinstance(value, bool):
        raise DomainError("Số ngày tình nguyện phải là một số (ví dụ 1 hoặc 1,5).", field="days")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value or "").strip().replace(",", ".")
    if text in ("½", "0.5 ngày"):
        return 0.5
    try:
        return float(text)
    except ValueError:
        raise DomainError(f"Số ngày tình nguyện “{value}” không phải là số (ví dụ 1 hoặc 1,5).", field="days") from None


def check_days(value, n_dates: int) -> float:
    days = parse_days(value)
    shown = format_days_vi(days) if math.isfinite(days) else str(value)
    if not math.isfinite(days):
        raise DomainError(f"Số ngày tình nguyện “{value}” không hợp lệ.", field="days")
    if not days > 0:
        raise DomainError(f"Số ngày tình nguyện ghi nhận phải lớn hơn 0 (đang là {shown}).", field="days")
    if abs(days * 2 - round(days * 2)) > 1e-9:
        raise DomainError(
            f"Số ngày tình nguyện {shown} không hợp lệ: chỉ ghi theo ngày hoặc nửa ngày (ví dụ 0,5; 1; 1,5).",
            field="days",
        )
    if days > n_dates:
        raise DomainError(
            f"Số ngày tình nguyện {shown} quá lớn: hoạt động diễn ra {n_dates} ngày nên mỗi đoàn viên "
            f"được ghi nhận tối đa {n_dates} ngày.",
            field="days",
        )
    return round(days * 2) / 2


def to_half_days(days: float) -> int:
    return int(round(days * 2))


def split_half_days(half_days: int, n_dates: int) -> list[int]:
    """Spread an activity's credit over its dates: at most one day (2 halves) per date,
    the remainder on the earliest dates (1,5 days over 2 dates = 1 + 0,5)."""
    base, rem = divmod(half_days, n_dates)
    return [base + (1 if i < rem else 0) for i in range(n_dates)]


def format_days_vi(days: float) -> str:
    """4.5 → '4,5'; 5.0 → '5' (the screen and paper use desktop.i18n.formatting)."""
    return (f"{days:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


# --------------------------------------------------------------------------- dates

_D = r"(\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{1,2}-\d{1,2})"
_RANGE_RE = re.compile(rf"^{_D}\s*(?:\.\.|–|—|-|đến|den|to)\s*{_D}$", re.IGNORECASE)
_ONE_RE = re.compile(rf"^{_D}$")


def _one_date(text: str) -> date:
    try:
        if "/" in text:
            d, m, y = (int(x) for x in text.split("/"))
        else:
            y, m, d = (int(x) for x in text.split("-"))
        return date(y, m, d)
    except ValueError:
        raise DomainError(
            f"Ngày “{text}” không tồn tại (ghi theo dạng ngày/tháng/năm, ví dụ 05/04/2026).", field="dates"
        ) from None


def parse_dates(text: str) -> tuple[date, ...]:
    """'05/04/2026', '05/04/2026, 12/04/2026', '05/04/2026-07/04/2026', ISO dates, '..' ranges."""
    out: list[date] = []
    for item in re.split(r"[;,\n]+", text or ""):
        item = item.strip()
        if not item:
            continue
        m = _RANGE_RE.match(item)
        if m:
            a, b = _one_date(m.group(1)), _one_date(m.group(2))
            if b < a:
                raise DomainError(
                    f"Khoảng ngày “{item}” không hợp lệ: ngày kết thúc trước ngày bắt đầu.", field="dates"
                )
            if (b - a).days >= MAX_DATES:
                raise DomainError(f"Khoảng ngày “{item}” dài quá {MAX_DATES} ngày.", field="dates")
            out.extend(a + timedelta(days=i) for i in range((b - a).days + 1))
            continue
        if _ONE_RE.match(item):
            out.append(_one_date(item))
            continue
        raise DomainError(
            f"Không hiểu ngày “{item}”: ghi ngày/tháng/năm (05/04/2026), nhiều ngày cách nhau bằng dấu "
            "phẩy, hoặc khoảng ngày 05/04/2026-07/04/2026.",
            field="dates",
        )
    if not out:
        raise DomainError("Hoạt động phải có ít nhất 01 ngày diễn ra.", field="dates")
    return tuple(sorted(set(out)))


def format_dates_vi(dates: tuple[date, ...] | list[date]) -> str:
    """Compact: consecutive days as a range ('05/04/2026–07/04/2026, 12/04/2026')."""
    dates = sorted(dates)
    parts: list[str] = []
    i = 0
    while i < len(dates):
        j = i
        while j + 1 < len(dates) and dates[j + 1] - dates[j] == timedelta(days=1):
            j += 1
        a, b = dates[i], dates[j]
        f = "{:%d/%m/%Y}"
        parts.append(f.format(a) if i == j else f"{f.format(a)}–{f.format(b)}")
        i = j + 1
    return ", ".join(parts)


# --------------------------------------------------------------------------- periods


def check_dates_in_period(
    dates: tuple[date, ...], *, school: bool, settings: dict | None = None, period: Period | None = None
) -> Period:
    """All dates of one activity lie in one assessment period (the given one, if any)."""
    target = period or unit_period(school=school, settings=settings, on=dates[0])
    outside = [d for d in dates if not target.contains(d)]
    if outside:
        what = "năm học" if target.school_year else "năm đánh giá"
        raise DomainError(
            f"Ngày {outside[0]:%d/%m/%Y} nằm ngoài {what} {target.label} ({target.start:%d/%m/%Y} – "
            f"{target.end:%d/%m/%Y}): các ngày của một hoạt động phải thuộc cùng một {what}.",
            field="dates",
        )
    return target
