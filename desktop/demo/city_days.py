"""When the city demo's units send their reports (issue 23): by the deadlines the app itself
computes (the catalog calendar per branch type, the quarterly grace), most on time, a minority
late, a few branches never registering — so the completeness and timeliness views have something
real to show."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.paths import catalogs_dir

_DUES: dict = {}


def _catalog():
    if "catalog" not in _DUES:
        from desktop.domain.catalog import load_catalog

        _DUES["catalog"] = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")
    return _DUES["catalog"]


def summary_days(seed: int, upper_code: str, year: int) -> tuple[date, date]:
    """When a Đoàn cơ sở sends its registration and results summaries of ``year`` to the Thành
    đoàn: four in five by their deadlines (the catalog calendar's registration_summary and
    results_summary steps, as 'Đơn vị trực thuộc' judges them), the others up to a month or ten
    days late."""
    from desktop.domain.calendar import deadline
    from desktop.domain.periods import Period

    r = random.Random(f"{seed}/{upper_code}/summary-days/{year}")
    p, cat = Period.parse(str(year)), _catalog()
    reg_due = deadline(cat, p, None, "registration_summary").due
    res_due = deadline(cat, p, None, "results_summary").due
    reg = reg_due - timedelta(days=r.randint(0, 6)) if r.random() < 0.8 else reg_due + timedelta(days=r.randint(1, 30))
    res = res_due - timedelta(days=r.randint(0, 4)) if r.random() < 0.8 else res_due + timedelta(days=r.randint(2, 9))
    return reg, res


def _timeline(seed: int, code: str, year: int, branch_type: str, upper_code: str) -> dict:
    """The days a branch sends its reports of ``year``, against its own deadlines (``_dues``: the
    catalog calendar of its type, as the Đoàn cơ sở's dashboard computes them; never a fixed date):
    most register in the weeks before the deadline (10/11 of the year before for most types), about
    one in eight late but before its Đoàn cơ sở's registration summary, one in twenty-five never
    (``None``); quarterly reports mostly within the days after the quarter, one in eight late; the
    year-end result before the deadline, late only where the Đoàn cơ sở's results summary itself is
    late (it waits for them). Its own RNG: the branch's people and results stay as they were."""
    r = random.Random(f"{seed}/{code}/{year}/days")
    reg_due, quarter_dues, year_due = _dues(year, branch_type)
    reg_summary, res_summary = summary_days(seed, upper_code, year)
    out: dict = {}
    x = r.random()
    room = (reg_summary - reg_due).days - 1  # a late registration still comes before the summary
    if x < 0.04:
        out["registration"] = None
    elif x < 0.17 and room >= 1:
        out["registration"] = reg_due + timedelta(days=r.randint(1, room))
    else:
        out["registration"] = reg_due - timedelta(days=r.randint(0, 35))
    for q in (1, 2, 3):
        end = date(year, 3 * q, 30 if q != 1 else 31)
        due = quarter_dues[q - 1] if q <= len(quarter_dues) else end + timedelta(days=10)
        grace = max(1, (due - end).days)
        if r.random() < 0.87:
            out[("quarterly", q)] = end + timedelta(days=r.randint(1, grace))
        else:
            out[("quarterly", q)] = due + timedelta(days=r.randint(1, 25))
    last_on_time = min(year_due, res_summary - timedelta(days=1))
    room = (res_summary - year_due).days - 1
    if room >= 1 and r.random() < 0.35:
        out["year-end"] = year_due + timedelta(days=r.randint(1, room))
    else:
        out["year-end"] = last_on_time - timedelta(days=r.randint(0, 12))
    # after its third quarterly report, whatever day that came
    out["year-end"] = max(out["year-end"], min(out[("quarterly", 3)] + timedelta(days=1), last_on_time))
    return out


def _dues(year: int, branch_type: str) -> tuple:
    """(registration due, quarterly dues, year-end due) of a branch type's year, by the catalog
    calendar and the default quarterly grace, as the Đoàn cơ sở's dashboard computes them."""
    if (year, branch_type) not in _DUES:
        from desktop.domain.periods import Period
        from desktop.domain.settings import with_defaults
        from desktop.services.reporting import _deadlines

        cat = _catalog()
        grace = int(with_defaults({})["quarterly_report_days"])
        _DUES[(year, branch_type)] = _deadlines(cat, Period.parse(str(year)), branch_type, grace)
    return _DUES[(year, branch_type)]
