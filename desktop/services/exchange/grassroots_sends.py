"""What a Đoàn cơ sở (or any parent) sends from the packages its branches sent it: appraisals
("thẩm định") and recognition decisions down to its branches, its own registration and result
summaries up to its parent (20/11 registrations, 10/11 results), and criteria catalog updates.

The shape of a unit, the paper copies and the parent are shared with what a branch submits
(desktop/services/exchange/submissions.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.members import name_key
from desktop.domain.periods import label_in_parent_year
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.exchange.records import current_data
from desktop.services.exchange.submissions import CAMPAIGN, _Doc, _me, _paper_put, _parent, _unit_json, iso
from desktop.sync import privacy


def _children(ctx: AppContext, wanted: list[str] | None) -> list[Unit]:
    with ctx.uow.read() as s:
        enrolled = {e.unit_code: e for e in repo.list_enrolled(s, "child")}
        units = {u.code: u for u in units_repo.list_all(s) if u.code in enrolled}
    if wanted:
        unknown = [c for c in wanted if c not in units]
        if unknown:
            raise DomainError(
                f"“{unknown[0]}” chưa đăng ký khóa với đơn vị này (nhập tệp đăng ký khóa của chi đoàn trước).",
                field="branch",
            )
        return [units[c] for c in wanted]
    return sorted(units.values(), key=lambda u: u.code)


def _latest_from(ctx: AppContext, code: str, kind: str, label: str) -> repo.ReceivedPackage | None:
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=(kind,), period=label, sender_code=code, current_only=True)
    return rows[0] if rows else None


def send_down_or_up(
    ctx: AppContext,
    kind: str,
    *,
    period: str | None,
    branches: list[str] | None = None,
    summary_kind: str = "results",
    catalog_file: Path | None = None,
    effective_from: str | None = None,
    effective_to: str | None = None,
) -> list:
    from desktop.services.safety import require_role

    require_role(ctx, "admin", "ký và gửi văn bản")
    me = _me(ctx)
    if me.kind in (UnitKind.CHI_DOAN, UnitKind.DANG_UY_XA):
        raise DomainError(
            f"{me.name} không phải Đoàn cơ sở: chỉ Đoàn cơ sở (hoặc cấp trên) gửi thẩm định, quyết "
            "định công nhận, danh mục và báo cáo tổng hợp.",
            field="kind",
        )
    if kind != "catalog" and not period:
        raise DomainError("Hãy ghi kỳ đánh giá (--period, ví dụ 2026).", field="period")
    if kind == "appraisal":
        return send_appraisals(ctx, me, period, branches)
    if kind == "decision":
        return send_decisions(ctx, me, period, branches)
    if kind == "summary":
        return send_summaries(ctx, me, period, summary_kind)
    if kind == "catalog":
        if catalog_file is None:
            raise DomainError("Hãy chọn tệp danh mục tiêu chí (--catalog FILE).", field="catalog")
        return send_catalog(
            ctx, me, Path(catalog_file), branches, effective_from=effective_from, effective_to=effective_to
        )
    raise DomainError(f"Loại gói “{kind}” không gửi được từ đây.", field="kind")


def send_appraisals(ctx: AppContext, me: Unit, period: str, wanted: list[str] | None) -> list:
    from desktop.services.exchange import sync
    from desktop.services.year import branch_dossier

    out, skipped = [], []
    for b in _children(ctx, wanted):
        label = label_in_parent_year(period, school=b.is_school)
        dossier = branch_dossier(ctx, b.code, label)
        if not dossier.appraisals:
            skipped.append(b.name)
            continue
        o = dossier.outcome
        verdict = ""
        if o is not None:
            verdict = f"Đạt {o.met}/{o.applicable} tiêu chí (cần {o.required}): " + (
                "đủ điều kiện công nhận Chi đoàn XHCN."
                if o.recognisable
                else "chưa đủ điều kiện công nhận Chi đoàn XHCN."
            )
        disagree = [f"{cid}: {a['comment']}" for cid, a in sorted(dossier.appraisals.items()) if not a["agree"]]
        data = {
            "unit": _unit_json(b),
            "appraiser": _unit_json(me),
            "campaign": CAMPAIGN,
            "period": label,
            "appraised_on": iso(
                max((a["appraised_on"] for a in dossier.appraisals.values() if a["appraised_on"]), default=ctx.today())
            ),
            "criteria": [
                {"id": cid, "agree": bool(a["agree"]), "comment": a["comment"] or None}
                for cid, a in sorted(dossier.appraisals.items())
            ],
            "completion_share": round(o.met / o.applicable, 4) if o and o.applicable else None,
            "recognisable": bool(o.recognisable) if o else None,
            "conclusion": " ".join([verdict] + (["Không đồng ý: " + "; ".join(disagree)] if disagree else []))
            or "Đã thẩm định.",
        }
        ref = _latest_from(ctx, b.code, "year-end", label)
        out.append(
            sync.put_in_outbox(
                ctx,
                kind="appraisal",
                recipient={"code": b.code, "name": b.name},
                data=data,
                campaign=CAMPAIGN,
                period=label,
                subject_extra=None,
                in_reply_to=ref.package_id if ref else None,
                title=f"Kết quả thẩm định {label} — {b.name}",
            )
        )
    if not out:
        raise DomainError(
            f"Chưa có chi đoàn nào được thẩm định kỳ {period}"
            + (f" ({', '.join(skipped[:5])})" if skipped else "")
            + ": thẩm định từng tiêu chí trước khi gửi.",
            field="period",
        )
    return out


def _refs_from_packages(ctx: AppContext, code: str, label: str) -> dict[str, str]:
    """name key -> the member reference the branch used in its own packages."""
    out: dict[str, str] = {}
    for kind in ("registration", "year-end"):
        row = _latest_from(ctx, code, kind, label)
        if row is None:
            continue
        from desktop.services.exchange.sync import received_data

        data = received_data(ctx, row) or {}
        people = data.get("members") or (data.get("proposal") or {}).get("members") or []
        for p in people:
            out.setdefault(name_key(p["full_name"]), p["ref"])
    return out


def send_decisions(ctx: AppContext, me: Unit, period: str, wanted: list[str] | None) -> list:
    from desktop.services.year import decisions

    children = _children(ctx, wanted)
    out = []
    for b in children:
        label = label_in_parent_year(period, school=b.is_school)
        mine = [d for d in decisions(ctx, label) if d["issuer_code"] == me.code]
        for d in mine:
            members = [m for m in d["members"] if m["unit_code"] == b.code]
            if b.code not in d["branches"] and not members:
                continue
            refs = _refs_from_packages(ctx, b.code, label)
            people = [
                privacy.minimise(
                    "decision",
                    {
                        "ref": refs.get(name_key(m["full_name"]))
                        or "n-" + hashlib.sha256(name_key(m["full_name"]).encode()).hexdigest()[:16],
                        "full_name": m["full_name"],
                        "recognised": True,
                    },
                )
                for m in members
            ]
            data = {
                "unit": _unit_json(b),
                "issuer": _unit_json(me),
                "campaign": CAMPAIGN,
                "period": label,
                "decision": {
                    "number": d["decision_number"],
                    "date": iso(d["decision_date"]) or iso(ctx.today()),
                    "signer": None,
                    "title": f"Quyết định công nhận Chi đoàn XHCN, Đoàn viên XHCN {label}",
                },
                "branch_recognised": b.code in d["branches"],
                "title_vi": "Chi đoàn xã hội chủ nghĩa" if b.code in d["branches"] else None,
                "members": people,
            }
            out.append(
                _paper_put(
                    ctx,
                    kind="decision",
                    recipient={"code": b.code, "name": b.name},
                    data=data,
                    campaign=CAMPAIGN,
                    period=label,
                    documents=[_Doc("decision", label, optional=True)],
                    title=f"Quyết định số {d['decision_number']} — {b.name}",
                )
            )
    if not out:
        raise DomainError(
            f"Chưa ghi nhận quyết định công nhận nào của {me.name} kỳ {period} cho các chi đoàn "
            "đã đăng ký khóa: ghi nhận quyết định (số, ngày) trước khi gửi.",
            field="period",
        )
    return out


def send_summaries(ctx: AppContext, me: Unit, period: str, summary_kind: str) -> list:
    """The summary to the Union parent and, IN ADDITION, one copy to each Party committee the Đoàn
    cơ sở joined by its invitation (a commune's Đoàn xã shares its progress with the Đảng ủy xã,
    issue 20 item 3). Without a Union parent the shares still go."""
    from desktop.services.exchange.invitations import share_recipients

    shares = share_recipients(ctx)
    out = [send_summary(ctx, me, period, summary_kind)] if me.parent_code or not shares else []
    out += [send_summary(ctx, me, period, summary_kind, recipient=r) for r in shares]
    return out


def send_summary(ctx: AppContext, me: Unit, period: str, summary_kind: str, *, recipient: dict | None = None):
    from desktop.services.exchange import branch_record
    from desktop.services.reporting import completeness, dashboard, local_result, with_local

    recipient = recipient or _parent(ctx, me)
    # The results summary carries every branch's progress, also those the Đoàn cơ sở keeps on
    # its own machine (evaluated here from its records, once: the same evaluations give the
    # branch records their facts and evidence).
    board = dashboard(ctx, period)
    local = branch_record.local_evaluations(ctx, me, board.rows, ctx.today()) if summary_kind != "registration" else {}
    if board.pending and summary_kind != "registration":
        board = with_local(board, {r.code: local_result(local[r.code][0]) for r in board.pending if r.code in local})
    # Each branch row carries the branch's record (criteria with their facts, Đoàn viên XHCN
    # counts, short names only), so the level above can open it (services/exchange/branch_record.py),
    # and next to it the reports the branch owed this Đoàn cơ sở.
    owed = branch_record.reports(completeness(ctx, period).rows) if me.kind is UnitKind.DOAN_CO_SO else {}
    records = branch_record.build(ctx, me, board.rows, with_criteria=summary_kind != "registration", local=local)
    rows = []
    for r in board.rows:
        rows.append(
            {
                "code": r.code,
                "name": r.name,
                "branch_type": r.branch_type,
                "registered": r.registered,
                "registered_on": iso(r.registered_on),
                "on_time": r.registered_on_time,
                "completion_share": r.completion_share,
                "recognisable": r.recognisable,
                "proposed": r.proposed,
                "recognised": r.recognised,
                "member_count": r.member_count,
                "reports": owed.get(r.code, []),
                "record": records[r.code],
            }
        )
    from desktop.services.reporting import summary_extras

    summary_extras(ctx, me, board, rows)  # criteria statuses, members recognised, title history (issue 23)
    totals = {
        "branches": len(rows),
        "registered": sum(1 for r in rows if r["registered"]),
        "registered_on_time": sum(1 for r in rows if r["on_time"]),
        "recognisable": sum(1 for r in rows if r["recognisable"]),
        "proposed": sum(1 for r in rows if r["proposed"]),
        "recognised": sum(1 for r in rows if r["recognised"]),
        "members_proposed": sum(r["record"]["members"]["proposed"] or 0 for r in rows),
        # what the upper levels' trend reads without opening the rows (issue 23)
        "members": sum(
            r["member_count"] if r["member_count"] is not None else r.get("members_on_record") or 0 for r in rows
        ),
        "members_recognised": sum(r.get("members_recognised") or 0 for r in rows),
    }
    data = {
        "unit": _unit_json(me),
        "campaign": CAMPAIGN,
        "period": period,
        "summary_kind": summary_kind,
        "as_of": iso(ctx.today()),
        "totals": totals,
        "branches": rows,
    }
    report = "registration-summary" if summary_kind == "registration" else "results-summary"
    title = ("Báo cáo tổng hợp đăng ký " if summary_kind == "registration" else "Báo cáo tổng hợp kết quả ") + period
    return _paper_put(
        ctx,
        kind="summary",
        recipient=recipient,
        data=data,
        campaign=CAMPAIGN,
        period=period,
        subject_extra=summary_kind,
        title=title,
        documents=[_Doc(report, period)],
    )


def send_catalog(
    ctx: AppContext,
    me: Unit,
    path: Path,
    wanted: list[str] | None,
    *,
    effective_from: str | None = None,
    effective_to: str | None = None,
) -> list:
    """Send a criteria catalog down; it takes effect at the branch for the periods it declares
    (``effective_from`` … ``effective_to``, both optional: every period)."""
    import re

    from desktop.domain.catalog import load_catalog
    from desktop.services.exchange import sync

    for label in (effective_from, effective_to):
        if label and not re.match(r"^\d{4}(-\d{4})?$", label):
            raise DomainError(f"Kỳ “{label}” không hợp lệ: ghi năm (2027) hoặc năm học (2026-2027).", field="period")
    cat = load_catalog(path)  # refuses a broken file with the entry and field named
    from desktop.domain import bounded_json

    raw = bounded_json.loads(path.read_bytes(), path.name)
    out = []
    span = (
        (f" (từ kỳ {effective_from}" + (f" đến {effective_to}" if effective_to else "") + ")")
        if effective_from
        else (f" (đến kỳ {effective_to})" if effective_to else "")
    )
    for b in _children(ctx, wanted):
        data = {"catalog_id": cat.id, "version": cat.version, "catalog": raw}
        if effective_from:
            data["effective_from"] = effective_from
        if effective_to:
            data["effective_to"] = effective_to
        out.append(
            sync.put_in_outbox(
                ctx,
                kind="catalog",
                recipient={"code": b.code, "name": b.name},
                data=data,
                subject_extra=cat.id,
                version=cat.version,
                title=f"Danh mục tiêu chí {cat.id} phiên bản {cat.version}{span} — {b.name}",
            )
        )
    if not out:
        raise DomainError("Chưa có chi đoàn nào đăng ký khóa với đơn vị này.", field="branch")
    return out


def received_catalogs(ctx: AppContext) -> dict:
    """Catalog updates received from the upper level (the version in force per catalog id)."""
    from desktop.domain.catalog import parse_catalog

    out = {}
    for row, data in current_data(ctx, kind="catalog"):
        try:
            cat = parse_catalog(data["catalog"], f"gói {row.package_id}")
        except DomainError:
            continue
        if cat.id not in out or cat.version > out[cat.id].version:
            out[cat.id] = cat
    return out
