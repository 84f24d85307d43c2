"""The upper levels judge the model across their tree (issue 23 items 3 and 5): which criteria fail
most, the shares against the model's targets, the year-end emulation ranking (D10), the multi-year
trend of the interim (2027) and final (2030) reviews (D11), and the title history of each branch
and member.

Where the figures come from — nothing is retyped:

* a Đoàn cấp trên: the summaries its Đoàn cơ sở sent (results summary first, else the registration
  summary), one per year; each branch row carries its criteria statuses, its members recognised as
  Đoàn viên XHCN and its title history of the earlier years (``summary_extras`` puts them in when
  a Đoàn cơ sở sends), so a year whose summary never arrived still shows its titles;
* a Đoàn cơ sở: its own branches dashboard per year and the recognition decisions recorded here.

Domain rules (targets, tallies, ranking) are in desktop/domain/reviews.py; the facts of a year are
gathered in review_facts.py, and review_documents.py turns the reviews into printed documents.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from db.repo import settings as settings_repo
from desktop.domain import reviews as R
from desktop.domain.collation import person_key, vi_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import UnitKind
from desktop.services.context import AppContext
from desktop.services.reporting.review_facts import CAMPAIGN, MAX_YEARS, _me, _type_vi, _year, year_facts


# ============================================================== criteria across the tree
@dataclass(frozen=True)
class CriterionRow:
    id: str
    title_vi: str
    judged: int
    failed: int
    at_risk: int
    met: int
    fail_share: float | None
    by_type: tuple[tuple[str, str, int, int], ...]  # (type, Vietnamese, failed, judged)
    by_union: tuple[tuple[str, str, int, int], ...]  # (code, name, failed, judged)


@dataclass(frozen=True)
class CriteriaAcross:
    code: str
    name: str
    period: str
    totals: dict
    gaps: dict
    by_type: tuple[tuple[str, str, dict], ...]  # (type, Vietnamese, tally)
    by_union: tuple[tuple[str, str, str, dict], ...]  # (code, name, source, tally)
    criteria: tuple[CriterionRow, ...]  # most failed first
    reported: int  # branches with criteria statuses

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "period": self.period,
            "targets": R.targets_json(),
            "totals": self.totals,
            "gaps": self.gaps,
            "by_type": [{"branch_type": t, "branch_type_vi": vi, **tl} for t, vi, tl in self.by_type],
            "by_union": [{"code": c, "name": n, "source": s, **tl} for c, n, s, tl in self.by_union],
            "criteria_reported_by": self.reported,
            "criteria": [
                {
                    **asdict(c),
                    "by_type": [
                        {"branch_type": t, "branch_type_vi": vi, "failed": f, "judged": j} for t, vi, f, j in c.by_type
                    ],
                    "by_union": [{"code": code, "name": n, "failed": f, "judged": j} for code, n, f, j in c.by_union],
                }
                for c in self.criteria
            ],
        }


def criteria_across(ctx: AppContext, period: str) -> CriteriaAcross:
    """Which criteria fail most, by branch type and by Đoàn cơ sở; the shares of branches registered
    and recognised and of members recognised, against the model's targets."""
    Period.parse(period)
    me = _me(ctx)
    unions = year_facts(ctx, (period,), evaluate=True)[period]
    facts = [f for u in unions for f in u.branches]
    cat = ctx.catalogs.get(CAMPAIGN)
    titles = {c.id: c.title_vi for c in cat.criteria} if cat else {}
    ids = list(titles) or sorted({cid for f in facts for cid in f.statuses})
    fails = R.criteria_failures(facts, ids)
    names = {u.code: u.name for u in unions}
    rows = []
    for cid in ids:
        t = fails[cid]
        rows.append(
            CriterionRow(
                cid,
                titles.get(cid, cid),
                t.judged,
                t.failed,
                t.at_risk,
                t.met,
                t.fail_share,
                tuple(sorted(((bt, _type_vi(bt), f, j) for bt, (f, j) in t.by_type.items()), key=lambda x: -x[2])),
                tuple(
                    sorted(
                        ((c, names.get(c, c), f, j) for c, (f, j) in t.by_union.items()),
                        key=lambda x: (-x[2], vi_key(x[1])),
                    )
                ),
            )
        )
    rows.sort(key=lambda r: (-r.failed, -(r.fail_share or 0), r.id))
    total = R.merged(u.tally for u in unions).to_json()  # a registration summary's titles: unknown
    by_type: dict[str, list] = {}
    for f in facts:
        by_type.setdefault(f.branch_type or "", []).append(f)
    return CriteriaAcross(
        me.code,
        me.name,
        period,
        total,
        R.gaps(total, _year(period)),
        tuple((bt, _type_vi(bt), R.tally(fs).to_json()) for bt, fs in sorted(by_type.items())),
        tuple((u.code, u.name, u.source, u.tally.to_json()) for u in unions),
        tuple(rows),
        sum(1 for f in facts if f.statuses),
    )


# ============================================================== D10: the year-end ranking
@dataclass(frozen=True)
class RankedRow:
    rank: int | None
    code: str
    name: str
    score: float | None
    tier: str
    tier_vi: str
    parts: dict
    tally: dict
    note: str = ""


@dataclass(frozen=True)
class Ranking:
    code: str
    name: str
    period: str
    level: str  # the kind of the ranked rows ("doan-co-so" | "chi-doan")
    rules: dict
    rows: tuple[RankedRow, ...]

    @property
    def counts(self) -> dict:
        out = {t: 0 for t in (*R.TIERS, "none")}
        for r in self.rows:
            out[r.tier] += 1
        return out

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "period": self.period,
            "level": self.level,
            "rules": self.rules,
            "counts": self.counts,
            "rows": [asdict(r) for r in self.rows],
        }


def ranking(ctx: AppContext, period: str) -> Ranking:
    """D10: a Đoàn cấp trên ranks its Đoàn cơ sở from their results summaries; a Đoàn cơ sở ranks its
    branches from their criteria results. Rules: the ``ranking_*`` settings of this unit."""
    Period.parse(period)
    me = _me(ctx)
    with ctx.uow.read() as s:
        rules = R.RankingRules.from_settings(with_defaults(settings_repo.all_for(s, me.code), me.kind))
    unions = year_facts(ctx, (period,), evaluate=me.kind is UnitKind.DOAN_CO_SO)[period]
    scored: list[tuple] = []
    if me.kind is UnitKind.DOAN_CAP_TREN:
        level = UnitKind.DOAN_CO_SO.value
        for u in unions:
            t = u.tally.to_json()
            if u.source != "results":
                note = {
                    "registration": "Mới gửi tổng hợp đăng ký, chưa gửi tổng hợp kết quả",
                    "history": "Chưa gửi báo cáo kỳ này",
                    "none": "Chưa gửi báo cáo kỳ này",
                }[u.source]
                scored.append((None, u.code, u.name, {}, t, note))
                continue
            score, parts = R.union_score(t, rules)
            if t["members_recognised_share"] is not None:
                note = ""
            elif not t["members"]:
                note = (
                    "Báo cáo không nêu số đoàn viên của các chi đoàn: chưa tính được tỉ lệ Đoàn viên XHCN, "
                    "phần điểm này tính 0"
                )
            else:
                note = "Báo cáo không nêu số đoàn viên được công nhận: phần điểm này tính 0"
            scored.append((score, u.code, u.name, parts, t, note))
    else:
        level = UnitKind.CHI_DOAN.value
        for f in unions[0].branches:
            t = R.tally((f,)).to_json()
            score = R.branch_score(f)
            scored.append(
                (
                    score,
                    f.code,
                    f.name,
                    {"completion": score},
                    t,
                    "" if score is not None else "Chưa có kết quả thực hiện tiêu chí",
                )
            )
    scored.sort(key=lambda x: (x[0] is None, -(x[0] or 0), -(x[4].get("recognised_share") or 0), vi_key(x[2]), x[1]))
    rows = []
    rank = 0
    last = None
    for i, (score, code, name, parts, t, note) in enumerate(scored, start=1):
        if score is not None and score != last:
            rank, last = i, score
        tier = rules.tier(score)
        rows.append(
            RankedRow(rank if score is not None else None, code, name, score, tier, R.TIER_VI[tier], parts, t, note)
        )
    return Ranking(me.code, me.name, period, level, rules.to_json(), tuple(rows))


# ============================================================== D11: the trend
@dataclass(frozen=True)
class TrendYear:
    year: int
    period: str
    totals: dict
    gaps: dict
    units: tuple[tuple[str, str, str, dict], ...]  # (code, name, source, tally)


@dataclass(frozen=True)
class Trend:
    code: str
    name: str
    kind: str
    first: int
    last: int
    years: tuple[TrendYear, ...]

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name, "kind": self.kind},
            "from": self.first,
            "to": self.last,
            "targets": R.targets_json(),
            "levels": {
                "chi-doan": [
                    {
                        "year": y.year,
                        "branches": y.totals["branches"],
                        "registered": y.totals["registered"],
                        "registered_share": y.totals["registered_share"],
                        "recognised": y.totals["recognised"],
                        "recognised_share": y.totals["recognised_share"],
                    }
                    for y in self.years
                ],
                "doan-vien": [
                    {
                        "year": y.year,
                        "members": y.totals["members"],
                        "members_recognised": y.totals["members_recognised"],
                        "members_recognised_share": y.totals["members_recognised_share"],
                    }
                    for y in self.years
                ],
            },
            "years": [
                {
                    "year": y.year,
                    "period": y.period,
                    "totals": y.totals,
                    "gaps": y.gaps,
                    "units": [{"code": c, "name": n, "source": s, **t} for c, n, s, t in y.units],
                }
                for y in self.years
            ],
        }


def trend(ctx: AppContext, first: int, last: int) -> Trend:
    """D11: per year from ``first`` to ``last``, per level (branches: registered, recognised;
    members: recognised) and per unit below, against the model's targets."""
    if not (2000 <= first <= last <= 2100) or last - first >= MAX_YEARS:
        raise DomainError(
            f"Khoảng năm {first}–{last} không hợp lệ: năm đầu không sau năm cuối, tối đa {MAX_YEARS} năm.",
            field="years",
        )
    me = _me(ctx)
    periods = tuple(str(y) for y in range(first, last + 1))
    facts = year_facts(ctx, periods, light=True)
    years = []
    for p in periods:
        unions = facts[p]
        tallies = [u.tally for u in unions]
        t = R.merged(tallies).to_json()
        years.append(
            TrendYear(
                int(p),
                p,
                t,
                R.gaps(t, int(p)),
                tuple((u.code, u.name, u.source, tl.to_json()) for u, tl in zip(unions, tallies)),
            )
        )
    return Trend(me.code, me.name, me.kind.value, first, last, tuple(years))


# ============================================================== title history
@dataclass(frozen=True)
class TitleHistory:
    code: str
    name: str
    labels: tuple[str, ...]  # the periods shown, oldest first
    branches: tuple[dict, ...]  # {code, name, union, titles: {label: bool}, members_recognised: {label: n}}
    members: tuple[dict, ...] = ()  # {name, branch, titles: [labels]} (a Đoàn cơ sở only)

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "periods": list(self.labels),
            "branches": list(self.branches),
            "members": list(self.members),
        }


def title_history(ctx: AppContext, first: int, last: int) -> TitleHistory:
    """Who held the titles in which year: per branch (Chi đoàn XHCN, and how many of its members
    were recognised Đoàn viên XHCN), and — on the Đoàn cơ sở that keeps the decisions — per member."""
    me = _me(ctx)
    periods = tuple(str(y) for y in range(first, last + 1))
    facts = year_facts(ctx, periods)
    branches: dict[str, dict] = {}
    for p in periods:
        for u in facts[p]:
            for f in u.branches:
                b = branches.setdefault(
                    f.code, {"code": f.code, "name": f.name, "union": u.name, "titles": {}, "members_recognised": {}}
                )
                b["titles"][p] = f.recognised
                if f.members_recognised is not None:
                    b["members_recognised"][p] = f.members_recognised
    members: list[dict] = []
    if me.kind is UnitKind.DOAN_CO_SO:
        from desktop.services.year import decisions

        names = {b["code"]: b["name"] for b in branches.values()}
        per: dict[int, dict] = {}
        for d in decisions(ctx, None):
            if d["issuer_code"] != me.code:
                continue
            try:
                year = _year(d["period_label"])
            except DomainError:
                continue
            if not first <= year <= last:
                continue
            for m in d["members"]:
                e = per.setdefault(
                    m["member_id"],
                    {"name": m["full_name"], "branch": names.get(m["unit_code"], m["unit_code"]), "titles": set()},
                )
                e["titles"].add(str(year))
        members = sorted(
            ({"name": e["name"], "branch": e["branch"], "titles": sorted(e["titles"])} for e in per.values()),
            key=lambda e: (vi_key(e["branch"]), person_key(e["name"])),
        )
    rows = sorted(branches.values(), key=lambda b: (vi_key(b["union"]), vi_key(b["name"]), b["code"]))
    return TitleHistory(me.code, me.name, periods, tuple(rows), tuple(members))
