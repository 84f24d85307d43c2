"""The facts of one year of a union's tree that the reviews read (issue 23 items 3 and 5): from
the summaries its Đoàn cơ sở sent (results summary first, else the registration summary) at a
Đoàn cấp trên, from its own branches dashboard and recorded decisions at a Đoàn cơ sở; and what a
Đoàn cơ sở puts into its summary so the level above has them (``summary_extras``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from db.repo import sync as sync_repo
from db.repo import units as units_repo
from desktop.domain import reviews as R
from desktop.domain.collation import vi_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period, label_in_parent_year
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext


CAMPAIGN = "chi-doan-xhcn"
MAX_YEARS = 15


def _me(ctx: AppContext) -> Unit:
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
    if me is None or me.kind not in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN):
        raise DomainError("Sơ kết, tổng kết và xếp loại dành cho Đoàn cơ sở và Đoàn cấp trên.", field="unit")
    return me


def _type_vi(bt: str | None) -> str:
    try:
        return BranchType(bt).label_vi
    except ValueError:
        return "Chưa rõ loại hình"


def _year(period: str) -> int:
    p = Period.parse(period)
    return p.end.year


# ============================================================== the facts of a year
@dataclass(frozen=True)
class UnionFacts:
    """A child of a Đoàn cấp trên (or the Đoàn cơ sở itself) and its branches in one year."""

    code: str
    name: str
    source: str  # "results" | "registration" | "history" | "none" | "local"
    branches: tuple[R.BranchFacts, ...]
    totals: R.Tally | None = None  # read from the summary's totals instead of its branch rows

    @property
    def tally(self) -> R.Tally:
        t = self.totals if self.totals is not None else R.tally(self.branches)
        if self.source == "registration":
            # A registration summary is sent before anyone is recognised: its zeros of titles are
            # "not reported yet", kept out of the shares recognised (of the unit and of the tree).
            t = replace(t, recognition_unknown=t.branches, members_recognised=0, members_known=0)
        return t


def _recognised_here(ctx: AppContext, me: Unit) -> tuple[dict, dict]:
    """From the decisions this unit recorded: ({branch code: {label}}, {(label, branch): members})."""
    from desktop.services.year import decisions

    branches: dict[str, set] = {}
    members: dict[tuple, int] = {}
    for d in decisions(ctx, None):
        if d["issuer_code"] != me.code:
            continue
        label = d["period_label"]
        for code in d["branches"]:
            branches.setdefault(code, set()).add(label)
        for m in d["members"]:
            members[(label, m["unit_code"])] = members.get((label, m["unit_code"]), 0) + 1
    return branches, members


def _local_year(ctx: AppContext, me: Unit, period: str, *, evaluate: bool, recognised=None) -> UnionFacts:
    from desktop.services.reporting.branch_dashboard import dashboard

    from db.repo import members as members_repo

    board = dashboard(ctx, period, evaluate_local=evaluate)
    _titles, members = recognised if recognised is not None else _recognised_here(ctx, me)
    counts: dict[str, int] = {}
    with ctx.uow.read() as s:
        for r in board.rows:
            if r.member_count is None and not r.enrolled:
                # Not registered this year: the members of a branch kept here are in its records.
                day = min(Period.parse(r.period).end, ctx.today())
                counts[r.code] = len(members_repo.active_ids_on(s, r.code, day))
    out = []
    for r in board.rows:
        n = members.get((r.period, r.code), 0)
        out.append(
            R.BranchFacts(
                code=r.code,
                name=r.name,
                branch_type=r.branch_type,
                union_code=me.code,
                registered=bool(r.registered),
                on_time=bool(r.registered) and r.registered_on_time is not False,
                recognisable=bool(r.recognisable),
                recognised=bool(r.recognised),
                member_count=r.member_count if r.member_count is not None else counts.get(r.code),
                members_recognised=n,
                completion=r.completion_share,
                statuses=dict(r.statuses or {}),
            )
        )
    return UnionFacts(me.code, me.name, "local", tuple(out))


def _received(
    ctx: AppContext, me: Unit, periods: tuple[str, ...], senders: set[str] | None = None, light: bool = False
) -> dict[tuple[str, str], tuple[str, dict]]:
    """(sender, period) -> (summary kind, data) of the summaries in force, results over registration
    (``senders``: only theirs; ``light``: without the branch records' criteria and names, which the
    tallies do not read — most of a city's bytes)."""
    with ctx.uow.read() as s:
        rows = sync_repo.current_with_dates(
            s,
            kinds=("summary",),
            recipient_code=me.code,
            campaign=CAMPAIGN,
            periods=periods,
            with_data="light" if light else True,
        )
    out: dict[tuple[str, str], tuple[str, dict]] = {}
    for _rid, sender, _k, period, _q, summary_json, _c, _r, data_json in rows:
        if senders is not None and sender not in senders:
            continue
        which = "registration" if json.loads(summary_json or "{}").get("summary_kind") == "registration" else "results"
        if (sender, period) in out and out[(sender, period)][0] == "results":
            continue
        try:
            data = json.loads(data_json or "{}")
        except ValueError:
            continue
        out[(sender, period)] = (which, data if isinstance(data, dict) else {})
    return out


def _facts_of(data: dict, union_code: str) -> tuple[R.BranchFacts, ...]:
    rows = data.get("branches")
    rows = rows[: R.MAX_BRANCH_ROWS] if isinstance(rows, list) else []
    return tuple(f for f in (R.facts_from_row(b, union_code) for b in rows) if f is not None)


def _from_history(later: tuple[R.BranchFacts, ...], period: str) -> tuple[R.BranchFacts, ...]:
    """A year without a summary, rebuilt from the title history a later summary carries."""
    out = []
    for f in later:
        label = label_in_parent_year(period, school=f.branch_type == BranchType.TRUONG_HOC.value)
        h = f.history.get(label)
        if h is None:
            continue
        out.append(
            R.BranchFacts(
                code=f.code,
                name=f.name,
                branch_type=f.branch_type,
                union_code=f.union_code,
                registered=False,
                on_time=False,
                recognisable=False,
                recognised=h["recognised"],
                member_count=h.get("member_count") if h.get("member_count") is not None else f.member_count,
                members_recognised=h.get("members_recognised"),
                registration_known=False,
            )
        )
    return tuple(out)


def _received_totals(ctx: AppContext, me: Unit, periods: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, dict]]:
    """(sender, period) -> (summary kind, totals) from the compact summaries stored with the
    packages (the full data is not read), results over registration."""
    with ctx.uow.read() as s:
        rows = sync_repo.current_with_dates(
            s, kinds=("summary",), recipient_code=me.code, campaign=CAMPAIGN, periods=periods
        )
    out: dict[tuple[str, str], tuple[str, dict]] = {}
    for _rid, sender, _k, period, _q, summary_json, _c, _r in rows:
        try:
            summ = json.loads(summary_json or "{}")
        except ValueError:
            continue
        which = "registration" if summ.get("summary_kind") == "registration" else "results"
        if (sender, period) in out and out[(sender, period)][0] == "results":
            continue
        out[(sender, period)] = (which, summ.get("totals") if isinstance(summ.get("totals"), dict) else {})
    return out


def year_facts(
    ctx: AppContext, periods: tuple[str, ...], *, evaluate: bool = False, light: bool = False
) -> dict[str, list[UnionFacts]]:
    """Per period: this unit's children (a Đoàn cấp trên) or itself (a Đoàn cơ sở), with their
    branches. ``light``: a summary whose totals carry every figure the tallies need is read from
    its totals only (the trend over five years of a city), its branch rows are left empty."""
    me = _me(ctx)
    if me.kind is UnitKind.DOAN_CO_SO:
        rec = _recognised_here(ctx, me)
        return {p: [_local_year(ctx, me, p, evaluate=evaluate, recognised=rec)] for p in periods}
    with ctx.uow.read() as s:
        children = sorted(
            (u for u in units_repo.children(s, me.code) if u.kind is not UnitKind.CHI_DOAN),
            key=lambda u: (vi_key(u.name), u.code),
        )
    newest = max(_year(p) for p in periods)
    extra = tuple(str(y) for y in range(newest + 1, newest + 4))
    quick: dict[tuple[str, str], tuple[str, R.Tally]] = {}
    if light:
        for key, (which, totals) in _received_totals(ctx, me, tuple(periods)).items():
            t = R.tally_from_totals(totals)
            if t is not None:
                quick[key] = (which, t)
    wanted = {(u.code, p) for u in children for p in periods} - set(quick)
    got = (
        _received(ctx, me, tuple(periods) + extra, senders=None if not light else {c for c, _p in wanted}, light=light)
        if wanted
        else {}
    )
    out: dict[str, list[UnionFacts]] = {}
    for p in periods:
        rows = []
        for u in children:
            if (u.code, p) in quick:
                which, t = quick[(u.code, p)]
                rows.append(UnionFacts(u.code, u.name, which, (), t))
                continue
            hit = got.get((u.code, p))
            if hit is not None:
                rows.append(UnionFacts(u.code, u.name, hit[0], _facts_of(hit[1], u.code)))
                continue
            # The newest later summary of this child carries the titles of the earlier years.
            later = sorted((q for (c, q) in got if c == u.code and _year(q) > _year(p)), key=_year)
            hist = _from_history(_facts_of(got[(u.code, later[-1])][1], u.code), p) if later else ()
            rows.append(UnionFacts(u.code, u.name, "history" if hist else "none", hist))
        out[p] = rows
    return out


# ============================================================== what a summary carries up
def summary_extras(ctx: AppContext, me: Unit, board, rows: list[dict]) -> None:
    """Add to each branch row of a summary being sent (``board``: the dashboard it was made from)
    what the upper levels judge with: the criteria statuses (unless the branch record already
    carries its criteria), the members recognised as Đoàn viên XHCN this period, and the title history of the earlier periods (from the decisions recorded
    here), so the 2030 review needs no retyping."""
    from db.repo import members as members_repo

    titles, members = _recognised_here(ctx, me)
    by_code = {r.code: r for r in board.rows}
    for row in rows:
        r = by_code.get(row.get("code"))
        if r is None:
            continue
        if r.member_count is None and not r.enrolled:
            # No registration gives the count: the members in the records kept here (the base of
            # the branch's share of Đoàn viên XHCN above).
            with ctx.uow.read() as s:
                row["members_on_record"] = len(
                    members_repo.active_ids_on(s, r.code, min(Period.parse(r.period).end, ctx.today()))
                )
        if not (row.get("record") or {}).get("criteria"):  # the branch record carries them otherwise
            row["statuses"] = dict(r.statuses or {})
        row["members_recognised"] = members.get((r.period, r.code), 0)
        hist = {}
        for label in sorted(titles.get(r.code, set()) | {lb for (lb, c) in members if c == r.code}):
            if label == r.period:
                continue
            hist[label] = {
                "recognised": label in titles.get(r.code, set()),
                "members_recognised": members.get((label, r.code), 0),
            }
        if hist:
            row["history"] = dict(list(hist.items())[-30:])
