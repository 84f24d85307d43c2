"""What each kind of package holds: building the data of a submission from this unit's records,
and sending it up or down. What accepting a package does on the receiving side, and the compact
summary the dashboard reads, are in desktop/services/exchange/records.py.

Upward (a chi đoàn to its Đoàn cơ sở, BRIEF §4.3): registration (Bước 1), quarterly progress
(Bước 2), year-end result with the proposal for recognition (Bước 3); a Đoàn cơ sở's summaries to
its own parent (20/11 registrations, 10/11 results). Downward: the appraisal ("thẩm định") and
the recognition decision ("Quyết định công nhận"), and criteria catalog updates.

Member data in every package goes through desktop/sync/privacy.py (the one list of fields).
Registration and year-end packages also carry the branch's whole record (interchange format,
minimised): the Đoàn cơ sở stores it read-only for that branch, so its appraisal, its summaries
and its decision (issues 5 and 6) work on the same data the branch sees.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from datetime import date

from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.exchange.records import current_data
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.i18n.catalogue import say

CAMPAIGN = "chi-doan-xhcn"


def iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _unit_json(u: Unit) -> dict:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "branch_type": u.branch_type.value if u.branch_type else None,
        "grade": u.grade,
        "all_party_members": u.all_party_members,
        "parent_code": u.parent_code,
    }


def _me(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


def _parent(ctx: AppContext, me: Unit) -> dict:
    if not me.parent_code:
        raise DomainError(
            f"Hồ sơ của {me.name} chưa ghi đơn vị cấp trên: vào Cài đặt → Hồ sơ đơn vị, "
            "ghi mã đơn vị cấp trên rồi gửi lại.",
            field="parent_code",
        )
    with ctx.uow.read() as s:
        e = repo.get_enrolled(s, me.parent_code)
    return {"code": me.parent_code, "name": e.name if e else ""}


def _pdf(
    ctx: AppContext,
    kind: str,
    period: str | None,
    *,
    quarter: int | None = None,
    branch: str | None = None,
    paper: tuple[str, str] | None = None,
) -> pkg.Attachment:
    """The document printed for the submission (issue 6), with its number from the register and,
    given ``paper`` (package id, SHA-256 of the package's data), the QR code that lets the
    receiver check the paper against the package (issue 19). The manifest's title of the
    document carries its number(s), so the signed manifest vouches for them."""
    from desktop.services.reporting import ReportRequest, generate

    rep = generate(ctx, ReportRequest(kind, period=period, branch=branch, quarter=quarter, paper=paper))
    title = rep.title + (f" (số {', '.join(rep.numbers)})" if rep.numbers else "")
    return pkg.Attachment(rep.file_name or f"{kind}.pdf", rep.pdf, title)


@dataclass(frozen=True)
class _Doc:
    """A document to print for a package, once the package's id and data are known."""

    kind: str
    period: str | None
    quarter: int | None = None
    branch: str | None = None
    optional: bool = False  # left out (not refused) when it cannot be printed yet


def _paper_put(ctx: AppContext, **fields):
    """Put a package in the outbox with its documents printed for it: the package id is chosen
    first and the data hashed, so each page's QR code names this very package."""
    import uuid

    from desktop.services.exchange import sync

    package_id = str(uuid.uuid4())
    sha = pkg.sha256_hex(pkg.canonical_json(fields["data"]))
    docs = fields.pop("documents", None) or []
    out = []
    for d in docs:
        if not isinstance(d, _Doc):
            out.append(d)
            continue
        try:
            out.append(_pdf(ctx, d.kind, d.period, quarter=d.quarter, branch=d.branch, paper=(package_id, sha)))
        except DomainError as exc:
            # An optional document with nothing to print yet is left out; a missing signer never is.
            if not d.optional or getattr(exc, "field", None) == "signer":
                raise
    fields["documents"] = out or None
    return sync.put_in_outbox(ctx, package_id=package_id, **fields)


def _record(ctx: AppContext, unit_code: str, evidence: bool = False) -> tuple[dict, list[pkg.Attachment]]:
    """The branch's minimised record and, when asked, the evidence files of its logs and volunteer
    activities (never files attached to a member: those are personal documents)."""
    from desktop.services.exchange.interchange_export import export_document

    full = export_document(ctx, unit_code)
    record = privacy.minimise_record(full)
    if not evidence:
        return record, []
    from desktop.services.exchange import sync
    from desktop.sync.package import EvidenceTooLarge

    entries = [a for a in full.get("attachments") or [] if a.get("owner") in ("log", "volunteer_activity")]
    limit = sync.evidence_limit_bytes(ctx, unit_code)
    total = sum(a["size"] for a in {a["sha256"]: a for a in entries}.values())
    if total > limit:
        raise EvidenceTooLarge(total, limit)
    files, kept, seen = [], [], set()
    for a in entries:
        sha = a["sha256"]
        if sha not in seen:
            found = sorted((ctx.data.attachments / sha[:2]).glob(sha + "*"))
            content = found[0].read_bytes() if found else None
            if content is None or hashlib.sha256(content).hexdigest() != sha:
                continue  # a missing or damaged copy is not sent (the integrity check reports it)
            files.append(pkg.Attachment(sha + found[0].suffix.lower(), content, a["name"]))
            seen.add(sha)
        kept.append(a)
    if kept:
        record["attachments"] = kept
    return record, files


def _criteria(ev) -> list[dict]:
    out = []
    for r in ev.criteria:
        v = r.value
        if isinstance(v, float):
            v = round(v, 4)
        elif v is not None and not isinstance(v, (int, str, bool)):
            v = str(v)[:200]
        t = r.threshold
        if isinstance(t, float):
            t = round(t, 4)
        elif t is not None and not isinstance(t, (int, str)):
            t = str(t)[:200]
        out.append(
            {
                "id": r.id,
                "status": r.status,
                "value": v,
                "threshold": t,
                "explanation_vi": say(r.explanation)[:2000],
                "title_vi": (r.title_vi or "")[:500],
                "group": str(r.group)[:20],
            }
        )
    return out


def evaluation_json(ev) -> dict:
    settings = {k: v for k, v in dict(ev.settings).items() if isinstance(v, (str, int, float, bool)) or v is None}
    return {
        "criteria": _criteria(ev),
        "completion_share": round(float(ev.completion_share), 4),
        "met": ev.met,
        "applicable": ev.applicable,
        "required": ev.required,
        "recognisable": bool(ev.recognisable),
        "as_of": iso(ev.as_of),
        "settings": settings,
    }


# ============================================================== upward: a chi đoàn submits
SUBMIT_KINDS = ("registration", "quarterly", "year-end")


def submit(
    ctx: AppContext, kind: str, period: str | None = None, quarter: int | None = None, *, evidence: bool = False
):
    """Build the package of a submission with its PDF and put it in the outbox ("chờ gửi").
    Refuses with the reason when the data is not ready. ``evidence`` adds the evidence files of
    the branch's records (registration and year-end) within the size limit of the settings."""
    from desktop.services.safety import require_role

    require_role(ctx, "admin", "ký và gửi hồ sơ lên cấp trên")
    if kind not in SUBMIT_KINDS:
        raise DomainError(f"Loại nộp “{kind}” không có: chọn registration, quarterly hoặc year-end.", field="kind")
    me = _me(ctx)
    if me.kind is not UnitKind.CHI_DOAN:
        raise DomainError(
            f"{me.name} là {me.kind.label_vi.lower()}: chỉ chi đoàn nộp đăng ký, báo cáo quý và "
            "kết quả cuối năm. Đoàn cơ sở gửi báo cáo tổng hợp bằng “sync send summary”.",
            field="kind",
        )
    recipient = _parent(ctx, me)
    build = {"registration": _registration, "quarterly": _quarterly, "year-end": _year_end}[kind]
    fields = build(ctx, me, period, quarter, evidence)
    return _paper_put(ctx, kind=kind, recipient=recipient, campaign=CAMPAIGN, **fields)


def _registration(ctx: AppContext, me: Unit, period: str | None, _quarter, evidence: bool = False) -> dict:
    from desktop.services import year as cycle
    from desktop.services.membership import get_member

    p = cycle.resolve_period(ctx, me.code, period)
    reg = cycle.current_registration(ctx, me.code, p.label)
    if reg is None:
        raise DomainError(
            f"{me.name} chưa lập bản đăng ký kỳ {p.label}: lập nội dung, lộ trình theo từng tiêu chí "
            "và danh sách đoàn viên đăng ký, nộp bản đăng ký rồi mới gửi.",
            field="period",
        )
    if reg.status != "submitted":
        raise DomainError(
            f"Bản đăng ký kỳ {p.label} (phiên bản {reg.version}) còn là bản nháp: hãy nộp bản đăng ký "
            "(bản đã nộp không sửa được nữa) rồi mới gửi lên Đoàn cơ sở.",
            field="status",
        )
    members = []
    for mid in sorted(reg.member_ids):
        m = get_member(ctx, mid)
        members.append(
            privacy.minimise("registration", {"ref": privacy.member_ref(me.code, mid), "full_name": m.full_name})
        )
    with ctx.uow.read() as s:
        from db.repo import members as members_repo

        member_count = sum(1 for m in members_repo.list_for_unit(s, me.code) if not m.erased)
    data = {
        "unit": _unit_json(me),
        "campaign": CAMPAIGN,
        "period": p.label,
        "registered_on": iso(reg.submitted_on),
        "deadline": iso(reg.deadline),
        "late": bool(reg.late),
        "registration_version": reg.version,
        "items": [
            {
                "criterion": it.criterion_id,
                "content": it.planned_activities or None,
                "target_date": iso(it.target_date),
                "responsible": it.responsible or None,
            }
            for it in reg.items
        ],
        "members": members,
        "member_count": member_count,
        "note": reg.note,
    }
    data["record"], files = _record(ctx, me.code, evidence)
    return {
        "data": data,
        "period": p.label,
        "title": f"Đăng ký xây dựng Chi đoàn XHCN {p.label} (phiên bản {reg.version})",
        "documents": [_Doc("registration", p.label)],
        "evidence": files or None,
    }


def _quarterly(ctx: AppContext, me: Unit, period: str | None, quarter: int | None, _evidence=False) -> dict:
    from desktop.services import year as cycle
    from desktop.services.year import evaluate_quarters

    p = cycle.resolve_period(ctx, me.code, period)
    today = ctx.today()
    if quarter is None:
        quarter = 4 if today > p.end else (p.quarter_of(today) or 1)
    if not 1 <= int(quarter) <= 4:
        raise DomainError(f"Quý phải từ 1 đến 4 (nhận được {quarter}).", field="quarter")
    states = evaluate_quarters(ctx, me.code, p.label)
    st = states[int(quarter) - 1]
    if not st.started or st.evaluation is None:
        raise DomainError(
            f"{st.label_vi} kỳ {p.label} bắt đầu ngày {st.start:%d/%m/%Y}: chưa có gì để báo cáo.", field="quarter"
        )
    ev = st.evaluation
    data = {
        "unit": _unit_json(me),
        "campaign": CAMPAIGN,
        "period": p.label,
        "quarter": int(quarter),
        "as_of": iso(min(st.end, today)),
        "evaluation": evaluation_json(ev),
    }
    running = today < st.end
    title = f"Báo cáo tiến độ {st.label_vi} {p.label}" + (" (quý chưa kết thúc)" if running else "")
    return {
        "data": data,
        "period": p.label,
        "quarter": int(quarter),
        "title": title,
        "documents": [_Doc("quarterly", p.label, quarter=int(quarter))],
    }


def _year_end(ctx: AppContext, me: Unit, period: str | None, _quarter, evidence: bool = False) -> dict:
    from desktop.services import year as cycle
    from desktop.services.year import branch_dossier, evaluate_unit, member_board

    p = cycle.resolve_period(ctx, me.code, period)
    dossier = branch_dossier(ctx, me.code, p.label)
    if dossier.status != "submitted":
        what = "chưa lập" if dossier.status == "none" else "còn là bản nháp"
        raise DomainError(
            f"Hồ sơ tự đánh giá và đề nghị công nhận kỳ {p.label} {what}: hoàn tất và nộp hồ sơ "
            "ở trang Chi đoàn XHCN (bước 3) rồi mới gửi kết quả cuối năm.",
            field="status",
        )
    ev = evaluate_unit(ctx, me.code, p.label)
    board = member_board(ctx, me.code, p.label)
    members = []
    for r in board.rows:
        if not r.proposed:
            continue
        d = {
            "ref": privacy.member_ref(me.code, r.member.id),
            "full_name": r.member.full_name,
            "conditions_met": bool(r.verdict.eligible),
            "groups_met": sum(1 for v in r.results.values() if (v[0] if isinstance(v, tuple) else v) == "dat"),
        }
        if r.vote is not None:
            d.update(votes_for=r.vote.votes_for, votes_against=r.vote.votes_against, votes_absent=r.vote.votes_absent)
        members.append(privacy.minimise("year-end", d))
    proposal = {
        "propose_recognition": bool(dossier.proposes_recognition),
        "submitted_on": iso(dossier.submitted_on),
        "text": (dossier.self_assessment or "")[:8000] or None,
        "self_assessment": [
            {"criterion": cid, "assessment": it.get("claim"), "comment": it.get("comment") or None}
            for cid, it in sorted(dossier.items.items())
        ],
        "members": members,
    }
    data = {
        "unit": _unit_json(me),
        "campaign": CAMPAIGN,
        "period": p.label,
        "as_of": iso(min(p.end, ctx.today())),
        "evaluation": evaluation_json(ev),
        "member_count": len(board.rows),
        "proposal": proposal,
    }
    data["record"], files = _record(ctx, me.code, evidence)
    return {
        "data": data,
        "period": p.label,
        "title": f"Kết quả {p.label} và đề nghị công nhận Chi đoàn XHCN",
        "documents": [_Doc("year-end", p.label)],
        "evidence": files or None,
    }


# ============================================================== what the branch sees
@dataclass(frozen=True)
class ReceivedDecision:
    """A decision that came down, for the campaign page and the history."""

    package_id: str
    period: str
    number: str
    on: date
    issuer_name: str
    branch_recognised: bool
    members: tuple[str, ...]
    received_at: object
    version: int
    current: bool

    def text_vi(self) -> str:
        what = []
        if self.branch_recognised:
            what.append("chi đoàn được công nhận “Chi đoàn xã hội chủ nghĩa”")
        if self.members:
            what.append(f"{len(self.members)} đoàn viên được công nhận “Đoàn viên xã hội chủ nghĩa”")
        return (
            f"Quyết định số {self.number} ngày {self.on:%d/%m/%Y} của {self.issuer_name}: "
            + ("; ".join(what) if what else "không công nhận chi đoàn")
            + "."
        )


def decisions_for_self(ctx: AppContext, period: str | None = None, *, history: bool = False) -> list[ReceivedDecision]:
    """Decisions received by this branch (newest first); ``history`` includes replaced versions."""
    from desktop.services.exchange.sync import received, received_data

    out = []
    for r in received(ctx, kinds=("decision",), period=period):
        if r.status == "rejected" or (not history and not r.is_current):
            continue
        d = received_data(ctx, r) or {}
        dec = d.get("decision") or {}
        out.append(
            ReceivedDecision(
                r.package_id,
                r.period or "",
                dec.get("number", ""),
                date.fromisoformat(dec["date"]) if dec.get("date") else date.min,
                (d.get("issuer") or {}).get("name", ""),
                bool(d.get("branch_recognised")),
                tuple(m["full_name"] for m in d.get("members", []) if m.get("recognised", True)),
                r.received_at,
                r.version or 1,
                r.is_current,
            )
        )
    return out


def appraisals_for_self(ctx: AppContext, period: str | None = None) -> list[tuple[repo.ReceivedPackage, dict]]:
    return [(r, d) for r, d in current_data(ctx, kind="appraisal", period=period)]


def decision_lines(ctx: AppContext, unit_code: str, period: str | None) -> list[str]:
    """Lines for the campaign page of a branch: the decisions it received for the period
    (Vietnamese, the text of an official document). Empty on other units' pages."""
    me = _me(ctx)
    if me.code != unit_code:
        return []
    return [d.text_vi() for d in decisions_for_self(ctx, period)]


# ============================================================== what a Đoàn cơ sở sends
_SENDS = (
    "_children",
    "_latest_from",
    "received_catalogs",
    "send_appraisals",
    "send_catalog",
    "send_decisions",
    "send_down_or_up",
    "send_summaries",
    "send_summary",
)


def __getattr__(name: str) -> object:
    """What a Đoàn cơ sở sends lives in grassroots_sends.py; its names stay reachable here (PEP 562)."""
    if name in _SENDS:
        return getattr(importlib.import_module("desktop.services.exchange.grassroots_sends"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
