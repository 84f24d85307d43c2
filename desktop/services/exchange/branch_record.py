"""The per-branch record a Đoàn cơ sở's summary carries up (issue 23 item 1), so that the level
above can open a branch row inside the summary down to its criteria and the facts behind them.

Each entry of a summary's ``branches`` (resources/schemas/package-summary.json) may carry a
``record``; it holds only what this Đoàn cơ sở knows of the branch for the summary's period,
privacy-minimised (members appear as SHORT names only: "N. V. An"; never a date of birth, a
phone, an ID number) and bounded (sizes below; the whole summary stays under the receiver's
JSON limit):

``record = {``
  ``"period"``: the branch's own period label (a school year for a school),
  ``"source"``: where the criteria come from — ``"year-end"`` / ``"quarterly"`` (the branch's own
  package received here) or ``"local"`` (evaluated here from the records this Đoàn cơ sở keeps or
  received), ``null`` when there are no criteria (a registration summary),
  ``"as_of"``: the date the criteria were judged at,
  ``"criteria"``: at most 60, each ``{"id", "status", "value", "threshold", "facts_vi" (≤ 600
  characters), "evidence": [{"kind", "on", "label"}] (≤ 5, never a member), "evidence_total",
  "members": [short names] (≤ 10: the members the criterion counted or found lacking),
  "members_total"}``,
  ``"members"``: the Đoàn viên XHCN counts of the branch for the period — ``{"total"`` (members of
  the branch), ``"registered"`` (registered to become Đoàn viên XHCN), ``"proposed"`` (proposed by
  the branch), ``"recognised"`` (recognised by a decision recorded here)``}``, each ``null`` when
  unknown,
  ``"recognised_names"``: short names of the members recognised (≤ 300).
``}``

Next to the record (not inside it: the views over a whole city read the rows without their
records), each branch row also carries ``"reports"``: what the branch owed this Đoàn cơ sở for the
period and when it came (≤ 8) — ``{"report"`` (registration / quarterly / year-end), ``"quarter"``,
``"due"``, ``"sent_on"``, ``"state"`` (on_time, late, missing, not_due, kept_here: the Đoàn cơ sở
keeps its records)``}``, as the Đoàn cơ sở's own completeness list had it when the summary was made
(``reports``).

Read-only above the branch: the receiver only displays and counts these records.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from db.repo import recognition as rec_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit
from desktop.services.context import AppContext
from desktop.i18n.catalogue import say

CAMPAIGN = "chi-doan-xhcn"
MAX_CRITERIA = 60
MAX_EVIDENCE = 5
MAX_NAMES = 10
MAX_RECOGNISED = 300
MAX_FACTS = 600
MAX_LABEL = 160
BUDGET_BYTES = 10 * 1024 * 1024  # the receiver accepts 16 MB of JSON: the lists go first above this


def short_name(full_name: str) -> str:
    """ "Nguyễn Văn An" -> "N. V. An": the given name and the initials of the others."""
    parts = [p for p in str(full_name or "").split() if p]
    if not parts:
        return ""
    return " ".join([p[0].upper() + "." for p in parts[:-1]] + [parts[-1]])[:60]


def _iso(d) -> str | None:
    return d.isoformat() if isinstance(d, date) else (str(d)[:10] if d else None)


def _val(v):
    if isinstance(v, float):
        return round(v, 4)
    if v is None or isinstance(v, (int, str, bool)):
        return v if not isinstance(v, str) else v[:200]
    return str(v)[:200]


@lru_cache(maxsize=512)
def _pattern(names: tuple[str, ...]):
    import re

    return re.compile("|".join(re.escape(n) for n in names))


def _redactor(ctx: AppContext, code: str, names=None):
    """A function that replaces every full name of the branch's members in a text by the short
    name (explanations such as "chưa đủ 5 ngày tình nguyện: Nguyễn Thị Hoa, …"). ``names``: the
    full names, when already read."""
    from db.repo import members as members_repo

    if names is None:
        with ctx.uow.read() as s:
            names = {m.full_name for m in members_repo.list_for_unit(s, code) if m.full_name}
    names = sorted((n for n in set(names) if n and len(n.split()) > 1), key=len, reverse=True)
    if not names:
        return lambda text: text

    def redact(text: str) -> str:
        found = [n for n in names if n in text]  # a substring test per name: no pattern to compile
        if not found:
            return text
        return _pattern(tuple(found)).sub(lambda m: short_name(m.group(0)), text)

    return redact


def _local_evaluation(ctx: AppContext, code: str, label: str):
    from desktop.services.year import evaluate_unit

    try:
        return evaluate_unit(ctx, code, label)
    except DomainError:
        return None  # no record of the branch here (an enrolled branch that sent no record yet)


def _packages(ctx: AppContext, me: Unit, labels, code: str | None = None) -> dict[str, tuple[str, dict]]:
    """branch code -> (kind, data) of its newest year-end (else latest quarterly) package received
    here for its period label (one query; only the packages chosen are read)."""
    with ctx.uow.read() as s:
        pkgs = repo.current_with_dates(
            s,
            kinds=("year-end", "quarterly"),
            recipient_code=me.code,
            campaign=CAMPAIGN,
            periods=tuple(labels),
            sender_code=code,
        )
        best: dict[str, tuple] = {}
        for p in pkgs:
            key = (p[2] == "year-end", p[4] or 0)
            if p[1] not in best or key > (best[p[1]][2] == "year-end", best[p[1]][4] or 0):
                best[p[1]] = p
        out = {}
        for sender, p in best.items():
            data = json.loads(repo.received_data(s, p[0]) or "{}")
            if isinstance(data, dict):
                out[sender] = (p[2], data)
    return out


def package_criteria(
    ctx: AppContext, me: Unit, code: str, label: str, *, got=None
) -> tuple[str | None, list[dict], str | None]:
    """(source, criteria, as_of) of the branch's newest year-end (else latest quarterly) package
    received here; (None, [], None) when it sent none. ``got``: ``_packages`` already read."""
    found = (got if got is not None else _packages(ctx, me, (label,), code)).get(code)
    if found is None:
        return None, [], None
    kind, data = found
    ev = data.get("evaluation") or {}
    crit = [c for c in ev.get("criteria") or [] if isinstance(c, dict)]
    return kind, crit, ev.get("as_of") or data.get("as_of")


def local_evaluations(ctx: AppContext, me: Unit, board_rows, today: date) -> dict[str, tuple]:
    """code -> (Evaluation, full names of its members) for the branches whose records are here,
    read in a few queries per chunk of branches (as the dashboard does)."""
    from desktop.domain.evaluation import evaluate
    from desktop.services.year import load_snapshots
    from desktop.services.membership import bulk_objects

    cat = ctx.catalogs.get(CAMPAIGN)
    if cat is None:
        return {}
    by_label: dict[str, list[str]] = {}
    enrolled = {r.code: r.enrolled for r in board_rows}
    for r in board_rows:
        by_label.setdefault(r.period, []).append(r.code)
    out: dict[str, tuple] = {}
    with bulk_objects(), ctx.uow.read() as s:
        held = {u.code: u for u in units_repo.children(s, me.code)}
        for label, codes in by_label.items():
            for i in range(0, len(codes), 150):
                units = [held[c] for c in codes[i : i + 150] if c in held]
                for data in load_snapshots(s, cat, units, label, today, today, root_code=me.code):
                    if enrolled.get(data.unit.code) and not data.members and not data.logs:
                        continue  # an enrolled branch whose record never came here (as the dashboard)
                    out[data.unit.code] = (evaluate(cat, data), [m.full_name for m in data.members])
    return out


def criteria_facts(
    ctx: AppContext, me: Unit, code: str, label: str, *, local=None, names=None, got=None, evaluate_here: bool = True
) -> tuple[str | None, list[dict], str | None]:
    """The branch's criteria with the facts behind them: the package it sent when there is one
    (what the branch itself reported), with the evidence and members of the evaluation here
    where both agree on the status; else the evaluation here. ``local``: an evaluation already
    made (with ``names``, its members' full names); ``got``: the packages already read."""
    source, crit, as_of = package_criteria(ctx, me, code, label, got=got)
    ev = local if local is not None or not evaluate_here else _local_evaluation(ctx, code, label)
    here = {c.id: c for c in ev.criteria} if ev is not None else {}
    out: list[dict] = []
    redact = _redactor(ctx, code, names)
    if source is None and ev is not None:
        source, as_of = "local", _iso(ev.as_of)
        crit = [
            {
                "id": c.id,
                "status": c.status,
                "value": c.value,
                "threshold": c.threshold,
                "explanation_vi": say(c.explanation),
            }
            for c in ev.criteria
        ]
    for c in crit[:MAX_CRITERIA]:
        cid = str(c.get("id") or "")[:20]
        status = str(c.get("status") or "")[:30]
        mine = here.get(cid)
        evidence = tuple(mine.evidence) if mine is not None and mine.status == status else ()
        things = [e for e in evidence if e.kind != "member"]
        people = [e for e in evidence if e.kind == "member"]
        out.append(
            {
                "id": cid,
                "status": status,
                "value": _val(c.get("value")),
                "threshold": _val(c.get("threshold")),
                "facts_vi": redact(str(c.get("explanation_vi") or ""))[:MAX_FACTS],
                "evidence": [
                    {
                        "kind": e.kind[:30],
                        "on": _iso(e.on_date),
                        "label": (short_name(e.label) if e.kind == "judgement" else redact(str(e.label or "")))[
                            :MAX_LABEL
                        ],
                    }
                    for e in things[:MAX_EVIDENCE]
                ],
                "evidence_total": len(things),
                "members": [short_name(e.label) for e in people[:MAX_NAMES]],
                "members_total": len(people),
            }
        )
    return source, out, _iso(as_of) if as_of else None


def _recognised(ctx: AppContext, labels) -> dict[tuple[str, str], list[str]]:
    """(branch code, period label) -> full names of its members recognised, from every decision
    recorded here."""
    out: dict[tuple[str, str], list[str]] = {}
    with ctx.uow.read() as s:
        for label in labels:
            for d in rec_repo.decisions(s, None, label):
                for m in d["members"]:
                    out.setdefault((m["unit_code"], label), []).append(m["full_name"])
    return out


def _member_counts(ctx: AppContext, rows) -> dict[str, tuple[int | None, int | None]]:
    """code -> (registered, proposed) for Đoàn viên XHCN: the newest registration version and the
    submitted proposal recorded here (a branch's own, or the copy its record brought)."""
    from db.repo import cycle as cycle_repo
    from db.repo import flow as flow_repo

    labels = {r.code: r.period for r in rows}
    with ctx.uow.read() as s:
        ids = cycle_repo.unit_ids(s, list(labels))
        got = flow_repo.member_title_counts(s, ids, CAMPAIGN, labels)
    return {code: got.get(code, (None, None)) for code in labels}


def reports(completeness_rows) -> dict[str, list[dict]]:
    """code -> what the branch owed and when it came, from this Đoàn cơ sở's completeness list
    (desktop/services/reporting/tree.py), for the branch rows of a summary."""
    owed: dict[str, list[dict]] = {}
    for c in completeness_rows:
        owed.setdefault(c.code, []).append(
            {"report": c.report, "quarter": c.quarter, "due": _iso(c.due), "sent_on": _iso(c.sent_on), "state": c.state}
        )
    return {k: v[:8] for k, v in owed.items()}


def build(ctx: AppContext, me: Unit, board_rows, *, with_criteria: bool, local=None) -> dict[str, dict]:
    """code -> record, for the rows of this Đoàn cơ sở's branches dashboard. ``local``: the
    ``local_evaluations`` already made."""
    labels = sorted({r.period for r in board_rows})
    recognised = _recognised(ctx, labels)
    counts = _member_counts(ctx, board_rows)
    if with_criteria:
        local = local if local is not None else local_evaluations(ctx, me, board_rows, ctx.today())
        got = _packages(ctx, me, labels)
    out: dict[str, dict] = {}
    for r in board_rows:
        if with_criteria:
            ev, names = local.get(r.code, (None, []))
            source, crit, as_of = criteria_facts(
                ctx, me, r.code, r.period, local=ev, names=names, got=got, evaluate_here=False
            )
        else:
            source, crit, as_of = None, [], None
        registered, proposed = counts[r.code]
        names = sorted(recognised.get((r.code, r.period), []))
        out[r.code] = {
            "period": r.period,
            "source": source,
            "as_of": as_of,
            "criteria": crit,
            "members": {
                "total": r.member_count,
                "registered": registered,
                "proposed": proposed,
                "recognised": len(names),
            },
            "recognised_names": [short_name(n) for n in names[:MAX_RECOGNISED]],
        }
    if len(json.dumps(out, ensure_ascii=False).encode()) > BUDGET_BYTES:
        for rec in out.values():  # too many branches for the lists: the counts stay
            rec["recognised_names"] = []
            for c in rec["criteria"]:
                c["evidence"], c["members"] = [], []
    return out
