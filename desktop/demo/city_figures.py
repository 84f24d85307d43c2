"""The figures of a city demo branch's evaluation (issue 23): for each criterion a value and a
threshold of the catalog that agree with the status the demo drew, worded the way the app words
them, so that an upper level drilling down to a criterion reads "83% đoàn viên; cần 70%", not a
random number against nothing."""

from __future__ import annotations

import random
from functools import lru_cache

from desktop.demo.city_units import CAMPAIGN
from desktop.domain.catalog import load_catalog
from desktop.paths import catalogs_dir


@lru_cache(maxsize=1)
def catalog():
    return load_catalog(catalogs_dir() / f"{CAMPAIGN}.v1.json")


def _percent(x: float) -> str:
    return f"{round(x * 100)}%"


def figures(c, status: str, quarter: int | None, r: random.Random) -> tuple[object, object, str]:
    """(value, threshold, explanation) of criterion ``c`` that agree with ``status``, the way the
    app words them (a share of members, a count against its minimum, no violation, a judgement)."""
    met = status == "met"
    if c.measure == "qualitative":
        if status == "needs_judgement":
            return None, None, "Chưa có đánh giá: chi đoàn tự đánh giá, Đoàn cơ sở đánh giá lại."
        return (
            met,
            None,
            "Chi đoàn tự đánh giá đạt; Đoàn cơ sở đánh giá đạt." if met else "Đoàn cơ sở đánh giá chưa đạt.",
        )
    if c.measure == "zero":
        n = 0 if met else r.randint(1, 2)
        return (
            n,
            0,
            "Không có đoàn viên vi phạm pháp luật, bị kỷ luật hoặc sử dụng ma túy."
            if met
            else (f"Có {n} đoàn viên vi phạm trong kỳ."),
        )
    if c.measure in ("pct_members", "flag_100", "per_member_min"):
        need = float(c.threshold) if c.measure == "pct_members" else 1.0
        v = round(r.uniform(need, 1.0) if met else r.uniform(max(0.0, need - 0.3), need - 0.01), 4)
        return v, need, f"{_percent(v)} đoàn viên; cần {_percent(need)}."
    # count_per_period: the year's minimum, or what is due by the end of the quarter
    year_need = {"CD-1.2": 4, "CD-2.4": 50, "CD-3.2": 12}.get(c.id, int(c.threshold or 1))
    need = year_need if quarter is None else max(1, -(-year_need * quarter // 4))
    n = r.randint(need, need + 2) if met else r.randint(0, need - 1)
    return n, need, f"Đã có {n}; cần tối thiểu {need}."
