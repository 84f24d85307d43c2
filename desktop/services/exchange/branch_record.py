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
  ``"recognised_names"``: short names of the members recognised (≤ 300),
  ``"reports"``: what the branch owed this Đoàn cơ sở for the period and when it came (≤ 8) —
  ``{"report"`` (registration / quarterly / year-end), ``"quarter"``, ``"due"``, ``"sent_on"``,
  ``"state"`` (on_time, late, missing, not_due, kept_here: the Đoàn cơ sở keeps its records)``}``,
  as the Đoàn cơ sở's own completeness list had it when the summary was made.
``}``

Read-only above the branch: the receiver only displays and counts these records.
"""

from __future__ import annotations

import json
from datetime import date

from db.repo import recognition as rec_repo
from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit
from desktop.services.context import AppContext

CAMPAIGN = "chi-doan-xhcn"
MAX_CRITERIA = 60
MAX_EVIDENCE = 5
MAX_NAMES = 10
MAX_RECOGNISED = 300
MAX_FACTS = 600
MAX_LABEL = 160
BUDGET_BYTES = 10 * 1024 * 1024  # the receiver accepts 16 MB of JSON: the lists go first above this


def short_name(full_name: str) -> str:
    """"Nguyễn Văn An" -> "N. V. An": the given name and the initials of the others."""
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


def _redactor(ctx: AppContext, code: str):
    """A function that replaces every full name of the branch's members in a text by the short
    name (explanations such as "chưa đủ 5 ngày tình nguyện: Nguyễn Thị Hoa, …")."""
    import re

    from db.repo import members as members_repo

    with ctx.uow.read() as s:
        names = {m.full_name for m in members_repo.list_for_unit(s, code) if m.full_name}
    names = sorted((n for n in names if len(n.split()) > 1), key=len, reverse=True)
    if not names:
        return lambda text: text
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return lambda text: pattern.sub(lambda m: short_name(m.group(0)), text)


def _local_evaluation(ctx: AppContext, code: str, label: str):
    from desktop.services.year import evaluate_unit

    try:
        return evaluate_unit(ctx, code, label)
    except DomainError:
        return None  # no record of the branch here (an enrolled branch that sent no record yet)


def package_criteria(ctx: AppContext, me: Unit, code: str, label: str) -> tuple[str | None, list[dict], str | None]:
    """(source, criteria, as_of) of the branch's newest year-end (else latest quarterly) package
    received here; (None, [], None) when it sent none."""
    with ctx.uow.read() as s:
        pkgs = repo.current_with_dates(s, kinds=("year-end", "quarterly"), recipient_code=me.code,
                                       campaign=CAMPAIGN, periods=(label,), sender_code=code)
        mine = [p for p in pkgs if p[1] == code]
        mine.sort(key=lambda p: (p[2] == "year-end", p[4] or 0))
        data = json.loads(repo.received_data(s, mine[-1][0]) or "{}") if mine else None
    if not isinstance(data, dict):
        return None, [], None
    ev = data.get("evaluation") or {}
    crit = [c for c in ev.get("criteria") or [] if isinstance(c, dict)]
    return mine[-1][2], crit, ev.get("as_of") or data.get("as_of")


def criteria_facts(ctx: AppContext, me: Unit, code: str, label: str, *, local=None) -> tuple[str | None, list[dict], str | None]:
    """The branch's criteria with the facts behind them: the package it sent when there is one
    (what the branch itself reported), with the evidence and members of the evaluation here
    where both agree on the status; else the evaluation here. ``local``: an evaluation already
    made."""
    source, crit, as_of = package_criteria(ctx, me, code, label)
    ev = local if local is not None else _local_evaluation(ctx, code, label)
    here = {c.id: c for c in ev.criteria} if ev is not None else {}
    out: list[dict] = []
    redact = _redactor(ctx, code)
    if source is None and ev is not None:
        source, as_of = "local", _iso(ev.as_of)
        crit = [{"id": c.id, "status": c.status, "value": c.value, "threshold": c.threshold,
                 "explanation_vi": c.explanation_vi} for c in ev.criteria]
    for c in crit[:MAX_CRITERIA]:
        cid = str(c.get("id") or "")[:20]
        status = str(c.get("status") or "")[:30]
        mine = here.get(cid)
        evidence = tuple(mine.evidence) if mine is not None and mine.status == status else ()
        things = [e for e in evidence if e.kind != "member"]
        people = [e for e in evidence if e.kind == "member"]
        out.append({"id": cid, "status": status, "value": _val(c.get("value")), "threshold": _val(c.get("threshold")),
                    "facts_vi": redact(str(c.get("explanation_vi") or ""))[:MAX_FACTS],
                    "evidence": [{"kind": e.kind[:30], "on": _iso(e.on_date),
                                  "label": (short_name(e.label) if e.kind == "judgement" else
                                            redact(str(e.label or "")))[:MAX_LABEL]}
                                 for e in things[:MAX_EVIDENCE]],
                    "evidence_total": len(things),
                    "members": [short_name(e.label) for e in people[:MAX_NAMES]],
                    "members_total": len(people)})
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


def _member_counts(ctx: AppContext, code: str, label: str) -> tuple[int | None, int | None]:
    """(registered, proposed) for Đoàn viên XHCN: the registration in force and the proposal
    recorded here (a branch's own, or the copy its record brought)."""
    from desktop.services import year as cycle

    try:
        reg = cycle.current_registration(ctx, code, label)
    except DomainError:
        reg = None
    with ctx.uow.read() as s:
        uid = units_repo.row_id(s, code)
        prop = rec_repo.proposal(s, uid, CAMPAIGN, label) if uid is not None else None
    registered = len(reg.member_ids) if reg is not None else None
    proposed = len(prop["members"]) if prop and prop.get("status") == "submitted" else None
    return registered, proposed


def build(ctx: AppContext, me: Unit, board_rows, *, with_criteria: bool, reports=None) -> dict[str, dict]:
    """code -> record, for the rows of this Đoàn cơ sở's branches dashboard. ``reports``: the rows
    of its completeness list (desktop/services/reporting/tree.py), when the record should carry them."""
    owed: dict[str, list[dict]] = {}
    for c in reports or ():
        owed.setdefault(c.code, []).append({"report": c.report, "quarter": c.quarter, "due": _iso(c.due),
                                            "sent_on": _iso(c.sent_on), "state": c.state})
    recognised = _recognised(ctx, sorted({r.period for r in board_rows}))
    out: dict[str, dict] = {}
    for r in board_rows:
        source, crit, as_of = criteria_facts(ctx, me, r.code, r.period) if with_criteria else (None, [], None)
        registered, proposed = _member_counts(ctx, r.code, r.period)
        names = sorted(recognised.get((r.code, r.period), []))
        out[r.code] = {"period": r.period, "source": source, "as_of": as_of, "criteria": crit,
                       "members": {"total": r.member_count, "registered": registered, "proposed": proposed,
                                   "recognised": len(names)},
                       "recognised_names": [short_name(n) for n in names[:MAX_RECOGNISED]]}
        if reports is not None:
            out[r.code]["reports"] = owed.get(r.code, [])[:8]
    if len(json.dumps(out, ensure_ascii=False).encode()) > BUDGET_BYTES:
        for rec in out.values():  # too many branches for the lists: the counts stay
            rec["recognised_names"] = []
            for c in rec["criteria"]:
                c["evidence"], c["members"] = [], []
    return out
