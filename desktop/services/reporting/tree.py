"""What an upper level sees of its own subtree (issue 23): the drill-down and the completeness of
what its children sent, built only from what this installation RECEIVED (packages stored by the
sync service) and from the units table — read-only above the branch.

Drill-down (``show``), one step at a time:

* this unit (a Đoàn cấp trên): its Đoàn cơ sở, each with the totals of the summary it sent (results
  summary first, else the registration summary): branches, registered (on time), recognisable,
  proposed, recognised, members of the branches, mean completion share;
* one of its Đoàn cơ sở: the branch rows carried inside that summary;
* this unit (a Đoàn cơ sở): its branches, as its branches dashboard shows them (``dashboard``);
* one of its branches: the criteria with the facts behind them (status, measured value, threshold,
  explanation) from the branch's latest quarterly or year-end package, or the local evaluation for
  a branch whose records are kept here. A summary sent up carries no per-criterion detail, so a
  Đoàn cấp trên sees a branch's totals only (``criteria_note`` says so).

A unit sees its own subtree only: a code that is neither one of its children nor a branch listed in
a summary one of its children sent is refused, so a sibling's subtree never shows.

Completeness (``completeness``, in tree_completeness.py): one row per child unit and report kind with its state against
the deadline of the catalog calendar for that child's type — "on_time", "late", "missing" (the
deadline passed, nothing received), "not_due" (not yet due, nothing received) or "kept_here" (a
branch whose records this Đoàn cơ sở keeps itself: it sends nothing). The date that counts is the
signed creation time of the package (when it was sent), except for a branch's registration, where
the registration date is the one its dashboard already judges (BRIEF §3.1 step 1). Rates per level:
reporting = received / due, on time = on time / due.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date

from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain import rollup
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.domain.periods import label_in_parent_year
from desktop.services.reporting.branch_dashboard import CAMPAIGN, dashboard

UPPER_KINDS = (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN)
STATE_VI = {
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "missing": "Chưa gửi",
    "not_due": "Chưa đến hạn",
    "kept_here": "Đoàn cơ sở giữ hồ sơ",
}
KIND_VI = {
    "registration": "Đăng ký",
    "quarterly": "Báo cáo quý {q}",
    "year-end": "Kết quả cuối năm",
    "registration-summary": "Tổng hợp đăng ký",
    "results-summary": "Tổng hợp kết quả",
}


@dataclass(frozen=True)
class NodeRow:
    code: str
    name: str
    kind: str  # "chi-doan" | "doan-co-so" | "doan-cap-tren"
    branch_type: str | None
    branches: int
    registered: int
    registered_on_time: int
    recognisable: int
    proposed: int
    recognised: int
    members: int | None  # None: nobody reported a member count
    completion: float | None  # mean completion share of the branches that reported one
    reported: bool  # something was received (or is kept here) for this row
    as_of: date | None = None
    # False: only a registration summary came, before anything is judged; its 0 eligible /
    # proposed / recognised mean "not known yet" and are shown "—"
    results_known: bool = True


@dataclass(frozen=True)
class CriterionRow:
    id: str
    title_vi: str
    status: str
    value: object = None
    threshold: object = None
    facts_vi: str = ""
    evidence: tuple[str, ...] = ()  # "05/02/2026 — Sinh hoạt chuyên đề quý I" (never a member)
    evidence_total: int = 0
    members: tuple[str, ...] = ()  # short names ("N. V. An") of the members behind the criterion
    members_total: int = 0
    unit: str | None = None  # the catalog's unit of value and threshold ("share": a percentage)


def _criterion_row(c: dict, titles: dict) -> CriterionRow:
    """A criterion of a branch record (services/exchange/branch_record.py) as a row."""
    cid = str(c.get("id") or "")
    ev = []
    for e in c.get("evidence") or []:
        on = _d(e.get("on"))
        ev.append((f"{on:%d/%m/%Y} — " if on else "") + str(e.get("label") or ""))
    return CriterionRow(
        cid,
        titles.get(cid, cid),
        str(c.get("status") or ""),
        c.get("value"),
        c.get("threshold"),
        str(c.get("facts_vi") or c.get("explanation_vi") or ""),
        tuple(ev),
        int(c.get("evidence_total") or len(ev)),
        tuple(str(m) for m in c.get("members") or []),
        int(c.get("members_total") or len(c.get("members") or [])),
        titles.get(("unit", cid)),
    )


@dataclass(frozen=True)
class TreeView:
    code: str
    name: str
    kind: str
    period: str
    path: tuple[tuple[str, str], ...]  # (code, name) from this installation's unit down to ``code``
    rows: tuple[NodeRow, ...]
    criteria: tuple[CriterionRow, ...] = ()
    criteria_note: str = ""
    member_titles: dict | None = None  # a branch: Đoàn viên XHCN counts (total, registered, proposed, recognised)
    recognised_names: tuple[str, ...] = ()  # a branch: short names of its members recognised

    @property
    def totals(self) -> dict:
        rows = self.rows
        shares = [(r.completion, r.branches) for r in rows if r.completion is not None]
        weight = sum(n for _s, n in shares)
        return {
            "children": len(rows),
            "branches": sum(r.branches for r in rows),
            "registered": sum(r.registered for r in rows),
            "registered_on_time": sum(r.registered_on_time for r in rows),
            "recognisable": sum(r.recognisable for r in rows),
            "proposed": sum(r.proposed for r in rows),
            "recognised": sum(r.recognised for r in rows),
            "members": sum(r.members or 0 for r in rows),
            "completion": round(sum(s * n for s, n in shares) / weight, 4) if weight else None,
            "reported": sum(1 for r in rows if r.reported),
            "results_known": sum(1 for r in rows if r.reported and r.results_known),
        }

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name, "kind": self.kind},
            "period": self.period,
            "path": [{"code": c, "name": n} for c, n in self.path],
            "totals": self.totals,
            "children": [asdict(r) for r in self.rows],
            "criteria": [asdict(c) for c in self.criteria],
            "criteria_note": self.criteria_note,
            "member_titles": self.member_titles,
            "recognised_names": list(self.recognised_names),
        }


def _d(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _me(ctx: AppContext) -> Unit:
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
    if me is None or me.kind not in UPPER_KINDS:
        raise DomainError("Cây đơn vị dành cho Đoàn cơ sở và Đoàn cấp trên.", field="unit")
    return me


def _branch_node(
    code, name, bt, *, registered, on_time, recognisable, proposed, recognised, members, share, reported, as_of=None
) -> NodeRow:
    return NodeRow(
        code=code,
        name=name,
        kind=UnitKind.CHI_DOAN.value,
        branch_type=bt,
        branches=1,
        registered=int(bool(registered)),
        registered_on_time=int(bool(on_time)),
        recognisable=int(bool(recognisable)),
        proposed=int(bool(proposed)),
        recognised=int(bool(recognised)),
        members=members,
        completion=share,
        reported=reported,
        as_of=as_of,
    )


def _summaries(
    ctx: AppContext,
    me: Unit,
    period: str,
    sender_code: str | None = None,
    contains: str | None = None,
    *,
    light: bool = False,
) -> dict[str, dict]:
    """sender -> {"registration"|"results": (full data, sender_created_at, received_at)} of the
    summaries in force that the children (or only ``sender_code``) sent to this unit for
    ``period``, read in one query. ``contains``: only the summaries whose text has it (the
    database looks, in the light copies: one summary is read whole, not the city's).
    ``light``: without the per-branch records (the rows and their totals only: most of a city's
    summaries' size is in those records)."""
    with ctx.uow.read() as s:
        rows = repo.current_with_dates(
            s,
            kinds=("summary",),
            recipient_code=me.code,
            campaign=CAMPAIGN,
            periods=(period,),
            sender_code=sender_code,
            with_data="light" if light else True,
            contains=contains,
        )
    out: dict[str, dict] = {}
    for _rid, sender, _k, _p, _q, summary_json, created, received, data_json in rows:
        if contains is not None and contains not in (data_json or ""):
            continue
        summ = json.loads(summary_json or "{}")
        which = "registration" if summ.get("summary_kind") == "registration" else "results"
        out.setdefault(sender, {})[which] = (data_json, created, received)
    # Parsed once chosen: the results summary is shown over the registration one (the city's
    # registration summaries need not be read when its results summaries are there).
    for got in out.values():
        if "results" in got:
            got.pop("registration", None)
        for which, (data_json, created, received) in got.items():
            got[which] = (json.loads(data_json or "{}"), created, received)
    return out


def _rollups(ctx: AppContext, me: Unit, period: str) -> dict[str, tuple[dict, date | None, bool]]:
    """sender -> (rollup, as of, results known) of the summary in force (results over
    registration) each child sent for ``period``: the totals stored with it on receipt
    (desktop/domain/rollup.py), or worked out here from its rows for a summary stored without
    them. The city's dashboard reads these only."""
    with ctx.uow.read() as s:
        rows = repo.current_with_dates(
            s, kinds=("summary",), recipient_code=me.code, campaign=CAMPAIGN, periods=(period,)
        )
    chosen: dict[str, tuple] = {}
    for rid, sender, _k, _p, _q, summary_json, _c, _r in rows:
        summ = json.loads(summary_json or "{}")
        which = "registration" if summ.get("summary_kind") == "registration" else "results"
        if chosen.get(sender, ("",))[0] != "results":
            chosen[sender] = (which, rid, summ)
    out: dict[str, tuple[dict, date | None, bool]] = {}
    for sender, (which, rid, summ) in chosen.items():
        r = summ.get("rollup")
        if not rollup.valid(r):
            with ctx.uow.read() as s:
                r = rollup.rollup((json.loads(repo.received_data(s, rid) or "{}") or {}).get("branches"))
        out[sender] = (r, _d(summ.get("as_of")), which == "results")
    return out


def _union_node(u: Unit, got: tuple[dict, date | None, bool] | None) -> NodeRow:
    if got is None:
        return NodeRow(
            u.code,
            u.name,
            u.kind.value,
            u.branch_type.value if u.branch_type else None,
            0,
            0,
            0,
            0,
            0,
            0,
            None,
            None,
            False,
        )
    r, as_of, results = got
    return NodeRow(
        u.code,
        u.name,
        u.kind.value,
        u.branch_type.value if u.branch_type else None,
        branches=int(r["branches"]),
        registered=int(r["registered"]),
        registered_on_time=int(r["registered_on_time"]),
        recognisable=int(r["recognisable"]),
        proposed=int(r["proposed"]),
        recognised=int(r["recognised"]),
        members=int(r["members"]) if r["members_n"] else None,
        completion=round(r["completion_sum"] / r["completion_n"], 4) if r["completion_n"] else None,
        reported=True,
        as_of=as_of,
        results_known=results,
    )


def _summary_branch(b: dict, results: bool = True) -> NodeRow:
    """A branch row of a summary (``results``: a results summary, else a registration one)."""
    reg, on_time, able, prop, rec, members, share = rollup.branch_counts(b)
    row = _branch_node(
        str(b.get("code") or ""),
        str(b.get("name") or ""),
        b.get("branch_type"),
        registered=reg,
        on_time=on_time,
        recognisable=able,
        proposed=prop,
        recognised=rec,
        members=members,
        share=share,
        reported=reg or share is not None,
    )
    return row if results else replace(row, results_known=False)


def show(ctx: AppContext, period: str, code: str | None = None) -> TreeView:
    """One step of the drill-down (module note). ``code``: this unit (default), one of its
    children, or a branch in its subtree."""
    Period.parse(period)
    me = _me(ctx)
    with ctx.uow.read() as s:
        children = {u.code: u for u in units_repo.children(s, me.code)}
    code = (code or me.code).strip()
    if code == me.code:
        if me.kind is UnitKind.DOAN_CO_SO:
            return _branches_of_self(ctx, me, period)
        got = _rollups(ctx, me, period)
        rows = [
            _union_node(u, got.get(u.code))
            for u in sorted(children.values(), key=lambda u: u.code)
            if u.kind is not UnitKind.CHI_DOAN
        ]
        return TreeView(me.code, me.name, me.kind.value, period, ((me.code, me.name),), tuple(rows))
    child = children.get(code)
    if child is not None and child.kind is UnitKind.CHI_DOAN and me.kind is UnitKind.DOAN_CO_SO:
        return _criteria_of_branch(ctx, me, child, period)
    if child is not None and child.kind is not UnitKind.CHI_DOAN:
        got = _summaries(ctx, me, period, code, light=True).get(code, {})
        chosen = got.get("results") or got.get("registration")
        results = "results" in got
        rows = [_summary_branch(b, results) for b in (chosen[0].get("branches") or [])] if chosen else []
        return TreeView(
            child.code,
            child.name,
            child.kind.value,
            period,
            ((me.code, me.name), (child.code, child.name)),
            tuple(sorted(rows, key=lambda r: r.code)),
        )
    if me.kind is UnitKind.DOAN_CAP_TREN:  # a branch inside one of the summaries received
        for sender, got in _summaries(ctx, me, period, contains=code).items():
            if sender not in children:
                continue
            chosen = got.get("results") or got.get("registration")
            for b in (chosen[0].get("branches") or []) if chosen else []:
                if b.get("code") == code:
                    return _branch_in_summary(ctx, me, children[sender], b, period, "results" in got)
    raise DomainError(f"Không có đơn vị mã “{code}” trong các đơn vị trực thuộc {me.name} kỳ {period}.", field="unit")


def _titles(ctx: AppContext) -> dict:
    cat = ctx.catalogs.get(CAMPAIGN)
    if not cat:
        return {}
    return {**{c.id: c.title_vi for c in cat.criteria}, **{("unit", c.id): c.unit for c in cat.criteria}}


SOURCE_VI = {
    "year-end": "Theo kết quả cuối năm chi đoàn gửi lên {p}.",
    "quarterly": "Theo báo cáo quý chi đoàn gửi lên {p}.",
    "local": "Theo hồ sơ của chi đoàn lưu tại {p}.",
}


def _branch_in_summary(ctx: AppContext, me: Unit, parent: Unit, b: dict, period: str, results: bool) -> TreeView:
    """A branch opened inside the summary its Đoàn cơ sở sent: its totals and, when the summary
    carries the branch's record, its criteria with the facts behind them (read-only)."""
    row = _summary_branch(b, results)
    rec = b.get("record") if isinstance(b.get("record"), dict) else None
    path = ((me.code, me.name), (parent.code, parent.name), (row.code, row.name))
    if rec is None:
        return TreeView(
            row.code,
            row.name,
            row.kind,
            period,
            path,
            (row,),
            criteria_note="Báo cáo tổng hợp của Đoàn cơ sở không kèm kết quả từng tiêu chí của chi "
            "đoàn: chỉ xem được số liệu tổng.",
        )
    titles = _titles(ctx)
    crit = tuple(_criterion_row(c, titles) for c in rec.get("criteria") or [] if isinstance(c, dict))
    note = SOURCE_VI.get(rec.get("source") or "", "").format(p=parent.name)
    if not crit:
        note = (
            "Báo cáo tổng hợp đăng ký không có kết quả từng tiêu chí (chưa đến lúc đánh giá): xem báo cáo tổng "
            "hợp kết quả khi Đoàn cơ sở gửi."
        )
    members = rec.get("members") if isinstance(rec.get("members"), dict) else None
    if members is not None and not results:  # a registration summary: nobody recognised yet, not 0
        members = {**members, "proposed": None, "recognised": None}
    return TreeView(
        row.code,
        row.name,
        row.kind,
        period,
        path,
        (row,),
        crit,
        note,
        member_titles=members,
        recognised_names=tuple(str(n) for n in rec.get("recognised_names") or []),
    )


def _branches_of_self(ctx: AppContext, me: Unit, period: str) -> TreeView:
    board = dashboard(ctx, period, evaluate_local=True)
    rows = [
        _branch_node(
            r.code,
            r.name,
            r.branch_type,
            registered=r.registered,
            on_time=r.registered_on_time,
            recognisable=r.recognisable,
            proposed=r.proposed,
            recognised=r.recognised,
            members=r.member_count,
            share=r.completion_share,
            reported=r.registered or r.completion_share is not None,
            as_of=r.report_as_of,
        )
        for r in board.rows
    ]
    return TreeView(me.code, me.name, me.kind.value, period, ((me.code, me.name),), tuple(rows))


def _criteria_of_branch(ctx: AppContext, me: Unit, b: Unit, period: str) -> TreeView:
    """A branch of this Đoàn cơ sở: its criteria with the facts behind them, exactly as the record
    it puts in its summaries (services/exchange/branch_record.py) — the branch's own package when it sent
    one, else the evaluation of the records kept here."""
    from desktop.services import exchange as branch_record

    label = label_in_parent_year(period, school=b.is_school)
    board = dashboard(ctx, period)
    row = next(r for r in board.rows if r.code == b.code)
    ev = branch_record._local_evaluation(ctx, b.code, label)
    source, crit, _as_of = branch_record.criteria_facts(ctx, me, b.code, label, local=ev)
    if source == "local" and ev is not None:
        note = "Theo hồ sơ Đoàn cơ sở giữ cho chi đoàn."
        row = replace(row, completion_share=ev.completion_share, met=ev.met, recognisable=ev.recognisable)
    else:
        note = "Theo báo cáo chi đoàn gửi lên." if source else ""
    titles = _titles(ctx)
    rec = branch_record.build(ctx, me, [row], with_criteria=False)[b.code]
    node = _branch_node(
        row.code,
        row.name,
        row.branch_type,
        registered=row.registered,
        on_time=row.registered_on_time,
        recognisable=row.recognisable,
        proposed=row.proposed,
        recognised=row.recognised,
        members=row.member_count,
        share=row.completion_share,
        reported=True,
        as_of=row.report_as_of,
    )
    return TreeView(
        b.code,
        b.name,
        b.kind.value,
        period,
        ((me.code, me.name), (b.code, b.name)),
        (node,),
        tuple(_criterion_row(c, titles) for c in crit),
        note,
        member_titles=rec["members"],
        recognised_names=tuple(rec["recognised_names"]),
    )
