"""Step 3 "Công nhận" (BRIEF §2.3, §3.1 step 3, issue 5 item 5): one function per user action.

Đoàn viên XHCN, at the branch: year-end self-assessment per quality group, the branch meeting
vote, the branch's proposal list. Chi đoàn XHCN: the branch's year-end self-assessment and
proposal (pre-filled from the evaluation), the Đoàn cơ sở's appraisal per criterion and its
recognition decision (number and date) for the branches and members it recognises.

Writes return ``Changes.of("recognition", "cycle")``: member recognitions feed CD-3.8 of the
evaluation, so the campaign screens reload too. Every write records an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db import audit
from db.repo import members as members_repo
from db.repo import recognition as repo
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain import recognition as rules
from desktop.domain.catalog import Catalog, Recognition
from desktop.domain.errors import DomainError
from desktop.domain.members import Member, active_on_any_day
from desktop.domain.periods import Period, unit_period
from desktop.domain.recognition import MemberFacts, MemberVerdict, Vote
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind, UnitTree
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.i18n.catalogue import say

AREA = "recognition"
CHANGES = ("recognition", "cycle")


def _changes() -> Changes:
    return Changes.of(*CHANGES)


# ----------------------------------------------------------------------------- helpers


def period_for(unit: Unit, label: str, values: dict, today: date | None = None) -> Period:
    """The unit's period named ``label``, exactly as the evaluation reads it
    (desktop.domain.periods.unit_period: school branches by school year, BRIEF §3.1, §3.3)."""
    return unit_period(label, school=unit.is_school, settings=values, on=today or date.today(), unit_code=unit.code)


def label_for(unit: Unit, label: str | None) -> str | None:
    """One period label for branches of both kinds (a Đoàn cơ sở's review, a decision): a
    calendar branch given the school year "Y-(Y+1)" reads year Y — the inverse of the evaluation's
    rule that gives a school branch "Y" as the school year Y-(Y+1) (unit_period)."""
    if label and not unit.is_school and "-" in str(label):
        return str(label).strip()[:4]
    return label


def _unit(s, code: str) -> tuple[Unit, int]:
    unit = units_repo.get(s, code)
    uid = units_repo.row_id(s, code)
    if unit is None or uid is None:
        raise DomainError(f"Không có đơn vị mã “{code}” trong dữ liệu của máy này.", field="unit")
    return unit, uid


def _settings(s, code: str) -> dict:
    return with_defaults(settings_repo.all_for(s, code))


def member_catalog(ctx: AppContext, unit: Unit, values: dict) -> Catalog:
    cid = rules.member_catalog_id(unit, values.get("member_criteria", "auto"))
    cat = ctx.catalogs.get(cid)
    if cat is None:
        raise DomainError(f"Không tìm thấy danh mục tiêu chí “{cid}” (thư mục resources/catalogs).")
    return cat


def _check_member(s, uid: int, member_id: int, unit_code: str) -> Member:
    m = members_repo.get(s, member_id)
    if m is None or m.unit_code != unit_code:
        raise DomainError(f"Đoàn viên số {member_id} không thuộc chi đoàn “{unit_code}”.", field="member_id")
    return m


# ----------------------------------------------------------------------------- reads: members


@dataclass(frozen=True)
class MemberStanding:
    """One line of the "Đoàn viên XHCN" board."""

    member: Member
    results: dict  # group id -> (result, evidence)
    training_score: float | None
    assessed_on: date | None
    vote: Vote | None
    meeting_date: date | None
    verdict: MemberVerdict
    proposed: bool
    recognition: dict | None  # decision number/date/issuer when recognised
    appraisal: dict | None = None  # the Đoàn cơ sở's verdict: {accepted, reason, appraised_by, appraised_on}


@dataclass(frozen=True)
class MemberBoard:
    unit: Unit
    period: Period
    catalog: Catalog
    vote_threshold: str
    vote_base: str
    rows: tuple[MemberStanding, ...] = ()
    proposal_status: str | None = None  # draft | submitted | None

    @property
    def eligible(self) -> int:
        return sum(1 for r in self.rows if r.verdict.eligible)

    @property
    def recognised(self) -> int:
        return sum(1 for r in self.rows if r.recognition)


def _facts(s, unit: Unit, uid: int, period: Period, members: list[Member]) -> dict[int, MemberFacts]:
    incidents = repo.incident_counts(s, uid, period.start, period.end)
    days = repo.volunteer_days(s, unit.code, period.start, period.end)
    req_logs, req_part = repo.log_participation(s, uid, "share_request", period.start, period.end)
    ses_logs, ses_part = repo.log_participation(s, uid, "thematic_session", period.start, period.end)
    quarter_of = {lid: period.quarter_of(d) for lid, d in ses_logs}
    quarters_with = {q for q in quarter_of.values() if q}
    out = {}
    for m in members:
        attended_q = {quarter_of[lid] for lid in ses_part.get(m.id, ()) if quarter_of.get(lid)}
        out[m.id] = MemberFacts(
            member_id=m.id,
            incidents=incidents.get(m.id, 0),
            volunteer_days=days.get(m.id, 0.0),
            training_registered=bool(getattr(m, "is_training_registered", m.training_registered_on is not None)),
            ebook_issued=m.ebook_issued,
            ecard_issued=m.ecard_issued,
            residence_activity=m.residence_activity,
            share_requests_total=len(req_logs),
            share_requests_joined=len(req_part.get(m.id, ())),
            session_quarters_total=len(quarters_with),
            session_quarters_attended=len(attended_q & quarters_with),
        )
    return out


def period_members(s, unit_code: str, period: Period) -> list[Member]:
    """Members of the branch at any day of the period (transfers in/out included)."""
    from desktop.services.membership import with_period_facts

    events = members_repo.events_for_unit(s, unit_code)
    return with_period_facts(
        s,
        [
            m
            for m in members_repo.list_for_unit(s, unit_code)
            if not m.erased and active_on_any_day(events.get(m.id, []), period.start, period.end)
        ],
        period.label,
    )


def member_board(ctx: AppContext, unit_code: str, period_label: str) -> MemberBoard:
    """Every member of the branch in the period with their self-assessment, hard conditions,
    vote, verdict (BRIEF §2.3 item 4), proposal and recognition."""
    with ctx.uow.read() as s:
        unit, uid = _unit(s, unit_code)
        values = _settings(s, unit_code)
        period = period_for(unit, period_label, values, ctx.today())
        catalog = member_catalog(ctx, unit, values)
        members = period_members(s, unit_code, period)
        facts = _facts(s, unit, uid, period, members)
        assess = repo.assessments(s, uid, period.label)
        votes = repo.votes(s, uid, period.label)
        prop = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        recs = repo.member_recognitions(s, uid, period.label)
        appraised = repo.member_appraisals(s, uid, period.label)
        # Recognitions recorded in another branch for a member who moved here still count for them.
        recognised_any = repo.recognised_member_ids(s, unit_code, period.label)
    threshold, base = values["member_vote_threshold"], values["member_vote_base"]
    rows = []
    for m in members:
        a = assess.get(m.id)
        v = votes.get(m.id)
        vote = Vote(v["votes_for"], v["votes_against"], v["votes_absent"]) if v else None
        results = {g: r for g, (r, _e) in (a["items"].items() if a else [])}
        verdict = rules.member_verdict(catalog, facts[m.id], results, vote, threshold=threshold, base=base)
        rec = recs.get((m.id, period.label))
        if rec is None and m.id in recognised_any:
            rec = {"decision_number": "", "decision_date": None, "issuer_code": None, "issuer_name": ""}
        rows.append(
            MemberStanding(
                member=m,
                results=dict(a["items"]) if a else {},
                training_score=a["training_score"] if a else None,
                assessed_on=a["assessed_on"] if a else None,
                vote=vote,
                meeting_date=v["meeting_date"] if v else None,
                verdict=verdict,
                proposed=bool(prop and m.id in prop["members"]),
                recognition=rec,
                appraisal=appraised.get(m.id),
            )
        )
    return MemberBoard(unit, period, catalog, threshold, base, tuple(rows), prop["status"] if prop else None)


# ----------------------------------------------------------------------------- writes: members


def save_self_assessment(
    ctx: AppContext,
    unit_code: str,
    period_label: str,
    member_id: int,
    results: dict[str, tuple[str, str]],
    *,
    training_score: float | None = None,
    assessed_on: date | None = None,
    note: str | None = None,
) -> Changes:
    """A member's year-end self-assessment: per quality group Đạt / Chưa đạt + short evidence."""
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        values = _settings(s, unit_code)
        period = period_for(unit, period_label, values, ctx.today())
        catalog = member_catalog(ctx, unit, values)
        m = _check_member(s, uid, member_id, unit_code)
        _check_not_frozen(s, uid, period.label)
        clean = {}
        for gid, (result, evidence) in results.items():
            evidence = " ".join((evidence or "").split())
            if len(evidence) > 1000:
                raise DomainError(f"Minh chứng nhóm {gid} của {m.full_name} quá dài (tối đa 1000 ký tự).", field=gid)
            clean[gid] = (result, evidence)
        rules.check_results(catalog, {g: r for g, (r, _e) in clean.items()})
        if training_score is not None and not 0 <= float(training_score) <= 100:
            raise DomainError("Điểm rèn luyện phải từ 0 đến 100.", field="training_score")
        before = repo.assessments(s, uid, period.label).get(member_id)
        repo.put_assessment(
            s,
            unit_id=uid,
            member_id=member_id,
            period_label=period.label,
            catalog_id=catalog.id,
            catalog_version=catalog.version,
            assessed_on=assessed_on or ctx.today(),
            training_score=training_score,
            note=(note or "").strip() or None,
            items=clean,
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="member_assessment",
            entity_id=f"{member_id}/{period.label}",
            unit_code=unit_code,
            before=before,
            after={"catalog": catalog.id, "items": clean, "training_score": training_score},
        )
    return _changes()


def save_self_assessments(
    ctx: AppContext, unit_code: str, period_label: str, grid: dict[int, dict[str, tuple[str, str]]]
) -> Changes:
    """Many members' self-assessments in one transaction (issue 19 item 9: the whole branch in one
    grid or one sheet): every row is checked before anything is written; a member's training
    score and note already recorded are kept."""
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        values = _settings(s, unit_code)
        period = period_for(unit, period_label, values, ctx.today())
        catalog = member_catalog(ctx, unit, values)
        _check_not_frozen(s, uid, period.label)
        checked = {}
        for member_id, results in grid.items():
            m = _check_member(s, uid, int(member_id), unit_code)
            clean = {}
            for gid, (result, evidence) in results.items():
                evidence = " ".join((evidence or "").split())
                if len(evidence) > 1000:
                    raise DomainError(
                        f"Minh chứng nhóm {gid} của {m.full_name} quá dài (tối đa 1000 ký tự).", field=gid
                    )
                clean[gid] = (result, evidence)
            try:
                rules.check_results(catalog, {g: r for g, (r, _e) in clean.items()})
            except DomainError as exc:
                raise DomainError(f"{m.full_name}: {exc.message}", field=exc.field) from None
            checked[m.id] = clean
        before_all = repo.assessments(s, uid, period.label)
        for member_id, clean in checked.items():
            before = before_all.get(member_id)
            if before and before["items"] == clean:
                continue
            repo.put_assessment(
                s,
                unit_id=uid,
                member_id=member_id,
                period_label=period.label,
                catalog_id=catalog.id,
                catalog_version=catalog.version,
                assessed_on=ctx.today(),
                training_score=before["training_score"] if before else None,
                note=before["note"] if before else None,
                items=clean,
            )
            audit.record(
                s,
                actor=ctx.actor,
                action="update" if before else "create",
                entity="member_assessment",
                entity_id=f"{member_id}/{period.label}",
                unit_code=unit_code,
                before=before,
                after={
                    "catalog": catalog.id,
                    "items": clean,
                    "training_score": before["training_score"] if before else None,
                },
            )
    return _changes()


def record_votes(
    ctx: AppContext, unit_code: str, period_label: str, meeting_date: date, votes: dict[int, Vote]
) -> Changes:
    """The branch meeting's votes on its members (for / against / absent), one meeting."""
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        period = period_for(unit, period_label, _settings(s, unit_code), ctx.today())
        _check_not_frozen(s, uid, period.label)
        if not isinstance(meeting_date, date):
            raise DomainError("Ngày họp không hợp lệ.", field="meeting_date")
        if meeting_date > ctx.today():
            raise DomainError("Ngày họp không được sau hôm nay.", field="meeting_date")
        for member_id, vote in votes.items():
            m = _check_member(s, uid, member_id, unit_code)
            try:
                vote.validated()
            except DomainError as exc:
                raise DomainError(f"{m.full_name}: {exc}", field="votes") from None
            repo.put_vote(
                s,
                unit_id=uid,
                member_id=member_id,
                period_label=period.label,
                meeting_date=meeting_date,
                votes_for=vote.votes_for,
                votes_against=vote.votes_against,
                votes_absent=vote.votes_absent,
            )
            audit.record(
                s,
                actor=ctx.actor,
                action="update",
                entity="member_vote",
                entity_id=f"{member_id}/{period.label}",
                unit_code=unit_code,
                after={
                    "meeting_date": meeting_date,
                    "for": vote.votes_for,
                    "against": vote.votes_against,
                    "absent": vote.votes_absent,
                },
            )
    return _changes()


def set_member_proposals(
    ctx: AppContext, unit_code: str, period_label: str, member_ids, *, allow_ineligible: bool = False
) -> Changes:
    """The branch's list of members proposed as Đoàn viên XHCN. Members who do not meet the rule
    (BRIEF §2.3 item 4) are refused with the reason, unless ``allow_ineligible``."""
    ids = sorted({int(i) for i in member_ids})
    board = member_board(ctx, unit_code, period_label)
    by_id = {r.member.id: r for r in board.rows}
    for mid in ids:
        row = by_id.get(mid)
        if row is None:
            raise DomainError(
                f"Đoàn viên số {mid} không thuộc chi đoàn “{unit_code}” trong kỳ {board.period.label}.",
                field="member_id",
            )
        if not allow_ineligible and not row.verdict.eligible:
            raise DomainError(
                f"{row.member.full_name} chưa đủ điều kiện đề nghị: " + "; ".join(row.verdict.reasons_vi) + ".",
                field="member_id",
            )
    with ctx.uow.begin() as s:
        _unit_row, uid = _unit(s, unit_code)
        _check_not_frozen(s, uid, board.period.label)
        cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, board.period.label)
        repo.put_proposal(
            s,
            unit_id=uid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=board.period.label,
            self_assessment=cur["self_assessment"] if cur else "",
            proposes_recognition=cur["proposes_recognition"] if cur else False,
            status=cur["status"] if cur else "draft",
            submitted_on=cur["submitted_on"] if cur else None,
            document_number=cur["document_number"] if cur else "",
            items=None,
            members=ids,
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="member_proposals",
            entity_id=board.period.label,
            unit_code=unit_code,
            before=sorted(cur["members"]) if cur else None,
            after=ids,
        )
    return _changes()


def _check_not_frozen(s, uid: int, period_label: str) -> None:
    cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period_label)
    if cur and cur["status"] == "submitted":
        raise DomainError(
            f"Hồ sơ đề nghị kỳ {period_label} đã gửi Đoàn cơ sở: mở lại (rút hồ sơ) trước khi sửa.", field="status"
        )


# ----------------------------------------------------------------------------- branch: self-assessment


def evaluation_rows(ctx: AppContext, unit_code: str, period_label: str) -> list[dict]:
    """Per criterion {id, status, value, threshold, explanation_vi} from the evaluation engine
    (desktop/services/year/evaluation.py, issue 5 item 3)."""
    from desktop.services.year.evaluation import evaluate_unit

    return [r.to_json(say) for r in evaluate_unit(ctx, unit_code, period_label).criteria]


def _value_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)[:80]


@dataclass(frozen=True)
class BranchDossier:
    """The branch's year-end self-assessment and proposal, with the appraisal if any."""

    unit: Unit
    period: Period
    catalog: Catalog
    items: dict  # criterion -> {evaluated_status, evaluated_value, explanation, claim, comment}
    self_assessment: str
    proposes_recognition: bool
    status: str  # none | draft | submitted
    submitted_on: date | None
    document_number: str
    proposed_members: tuple[int, ...]
    appraisals: dict = field(default_factory=dict)  # criterion -> {agree, comment, appraised_by, appraised_on}
    recognition: dict | None = None
    outcome: rules.AppraisalOutcome | None = None
    live: dict = field(default_factory=dict)  # the evaluation now (criterion -> row)


def branch_dossier(ctx: AppContext, unit_code: str, period_label: str) -> BranchDossier:
    with ctx.uow.read() as s:
        unit, uid = _unit(s, unit_code)
        values = _settings(s, unit_code)
        period = period_for(unit, period_label, values, ctx.today())
        prop = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        apps = repo.appraisals(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        rec = repo.branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, period.label)
    catalog = ctx.catalogs[rules.BRANCH_CAMPAIGN]
    live = {r["id"]: r for r in evaluation_rows(ctx, unit_code, period.label)}
    if prop and prop["items"]:
        items = prop["items"]
    else:
        items = {c.id: _item_from_eval(live.get(c.id), c.id) for c in catalog.criteria}
    claims = {cid: it["claim"] for cid, it in items.items()}
    base = catalog.recognition or Recognition(0.8, "ceil", "per_criterion", "")
    rec_rule = Recognition(base.min_share, values["recognition_rounding"], values["recognition_counting"], base.note_vi)
    outcome = rules.appraised_outcome(catalog, claims, {k: v["agree"] for k, v in apps.items()}, rec_rule)
    return BranchDossier(
        unit=unit,
        period=period,
        catalog=catalog,
        items=items,
        self_assessment=prop["self_assessment"] if prop else "",
        proposes_recognition=prop["proposes_recognition"] if prop else False,
        status=prop["status"] if prop else "none",
        submitted_on=prop["submitted_on"] if prop else None,
        document_number=prop["document_number"] if prop else "",
        proposed_members=tuple(sorted(prop["members"])) if prop else (),
        appraisals=apps,
        recognition=rec,
        outcome=outcome,
        live=live,
    )


def _item_from_eval(row: dict | None, cid: str) -> dict:
    if row is None:
        return {"evaluated_status": "", "evaluated_value": "", "explanation": "", "claim": rules.NOT_MET, "comment": ""}
    status = row.get("status", "")
    return {
        "evaluated_status": status,
        "evaluated_value": _value_text(row.get("value")),
        "explanation": row.get("explanation_vi", "") or "",
        "claim": rules.claim_from_status(status),
        "comment": "",
    }


def save_branch_proposal(
    ctx: AppContext,
    unit_code: str,
    period_label: str,
    *,
    self_assessment: str = "",
    claims: dict[str, tuple[str, str]] | None = None,
    proposes_recognition: bool = False,
    document_number: str = "",
    submit: bool = False,
) -> Changes:
    """The branch's year-end self-assessment ("tự đánh giá") and proposal ("đề nghị công nhận").

    Each criterion keeps a snapshot of the evaluation at the time and the branch's claim
    (met / not met / not applicable) with a comment. ``submit`` freezes it for the Đoàn cơ sở."""
    catalog = ctx.catalogs[rules.BRANCH_CAMPAIGN]
    live = {r["id"]: r for r in evaluation_rows(ctx, unit_code, period_label)}
    items = {}
    for c in catalog.criteria:
        it = _item_from_eval(live.get(c.id), c.id)
        if claims and c.id in claims:
            claim, comment = claims[c.id]
            if claim not in rules.CLAIMS:
                raise DomainError(f"{c.id}: tự đánh giá phải là met, not_met hoặc not_applicable.", field=c.id)
            it["claim"], it["comment"] = claim, " ".join((comment or "").split())
        items[c.id] = it
    unknown = sorted(set(claims or {}) - {c.id for c in catalog.criteria})
    if unknown:
        raise DomainError(f"Không có tiêu chí “{unknown[0]}” trong bộ tiêu chí Chi đoàn XHCN.", field=unknown[0])
    if len(self_assessment or "") > 20000:
        raise DomainError("Bản tự đánh giá quá dài (tối đa 20.000 ký tự).", field="self_assessment")
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        if unit.kind is not UnitKind.CHI_DOAN:
            raise DomainError("Chỉ chi đoàn mới lập hồ sơ đề nghị công nhận Chi đoàn XHCN.", field="unit")
        period = period_for(unit, period_label, _settings(s, unit_code), ctx.today())
        cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        if cur and cur["status"] == "submitted":
            raise DomainError(f"Hồ sơ đề nghị kỳ {period.label} đã gửi: rút hồ sơ trước khi sửa.", field="status")
        repo.put_proposal(
            s,
            unit_id=uid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=period.label,
            self_assessment=(self_assessment or "").strip(),
            proposes_recognition=bool(proposes_recognition),
            status="submitted" if submit else "draft",
            submitted_on=ctx.today() if submit else None,
            document_number=" ".join((document_number or "").split()),
            items=items,
            members=cur["members"] if cur else (),
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="submit" if submit else ("update" if cur else "create"),
            entity="branch_proposal",
            entity_id=period.label,
            unit_code=unit_code,
            before={k: v for k, v in cur.items() if k != "items"} if cur else None,
            after={
                "proposes_recognition": bool(proposes_recognition),
                "claims": {k: v["claim"] for k, v in items.items()},
                "submitted": submit,
            },
        )
    return _changes()


def withdraw_proposal(ctx: AppContext, unit_code: str, period_label: str) -> Changes:
    """Reopen a submitted proposal (before the Đoàn cơ sở decides)."""
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        period = period_for(unit, period_label, _settings(s, unit_code), ctx.today())
        cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        if not cur or cur["status"] != "submitted":
            raise DomainError(f"Kỳ {period.label} chưa có hồ sơ đề nghị đã gửi.", field="status")
        if repo.branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, period.label):
            raise DomainError("Đoàn cơ sở đã ra quyết định công nhận: không thể rút hồ sơ.", field="status")
        repo.put_proposal(
            s,
            unit_id=uid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=period.label,
            self_assessment=cur["self_assessment"],
            proposes_recognition=cur["proposes_recognition"],
            status="draft",
            submitted_on=None,
            document_number=cur["document_number"],
            items=None,
            members=None,
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="withdraw",
            entity="branch_proposal",
            entity_id=period.label,
            unit_code=unit_code,
            before={"status": "submitted"},
            after={"status": "draft"},
        )
    return _changes()


# ----------------------------------------------------------------------------- Đoàn cơ sở


def _require_upper(s, branch_code: str) -> tuple[Unit, Unit, int]:
    """The installation's own unit must be a Đoàn cơ sở (or higher) holding the branch."""
    me = units_repo.get_self(s)
    branch, bid = _unit(s, branch_code)
    if me is None or me.kind is UnitKind.CHI_DOAN or me.kind is UnitKind.DANG_UY_XA:
        raise DomainError("Chỉ Đoàn cơ sở mới thẩm định và ra quyết định công nhận.", field="unit")
    tree = UnitTree(units_repo.list_all(s))
    if branch_code not in {u.code for u in tree.descendants(me.code)}:
        raise DomainError(f"Chi đoàn “{branch_code}” không trực thuộc “{me.code}”.", field="unit")
    return me, branch, bid


def branches_for_review(ctx: AppContext, period_label: str) -> list[BranchDossier]:
    """Every branch under this installation's Đoàn cơ sở with its dossier."""
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
        if me is None:
            return []
        tree = UnitTree(units_repo.list_all(s))
        branches = [u for u in tree.descendants(me.code) if u.kind is UnitKind.CHI_DOAN]
    return [branch_dossier(ctx, b.code, label_for(b, period_label)) for b in branches]


def appraise(
    ctx: AppContext, branch_code: str, period_label: str, criterion_id: str, agree: bool, comment: str = ""
) -> Changes:
    """The Đoàn cơ sở agrees or disagrees with the branch's claim on one criterion."""
    catalog = ctx.catalogs[rules.BRANCH_CAMPAIGN]
    try:
        catalog.criterion(criterion_id)
    except KeyError:
        raise DomainError(
            f"Không có tiêu chí “{criterion_id}” trong bộ tiêu chí Chi đoàn XHCN.", field="criterion_id"
        ) from None
    comment = " ".join((comment or "").split())
    if not agree and not comment:
        raise DomainError(f"{criterion_id}: khi không đồng ý phải ghi nhận xét (lý do).", field="comment")
    with ctx.uow.begin() as s:
        me, branch, bid = _require_upper(s, branch_code)
        period = period_for(branch, period_label, _settings(s, branch_code), ctx.today())
        before = repo.appraisals(s, bid, rules.BRANCH_CAMPAIGN, period.label).get(criterion_id)
        repo.put_appraisal(
            s,
            unit_id=bid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=period.label,
            criterion_id=criterion_id,
            agree=bool(agree),
            comment=comment,
            appraised_by=me.name,
            appraised_on=ctx.today(),
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="branch_appraisal",
            entity_id=f"{branch_code}/{period.label}/{criterion_id}",
            unit_code=branch_code,
            before=before,
            after={"agree": bool(agree), "comment": comment},
        )
    return _changes()


def appraise_member(ctx: AppContext, member_id: int, period_label: str, accepted: bool, reason: str = "") -> Changes:
    """The Đoàn cơ sở accepts or refuses a member its branch proposed as Đoàn viên XHCN (a refusal
    needs the reason; it is printed on the appraisal sheet and kept in the audit trail)."""
    reason = " ".join((reason or "").split())
    if len(reason) > 1000:
        raise DomainError("Lý do thẩm định quá dài (tối đa 1000 ký tự).", field="reason")
    with ctx.uow.begin() as s:
        m = members_repo.get(s, int(member_id))
        if m is None:
            raise DomainError(f"Không có đoàn viên số {member_id} trong dữ liệu của máy này.", field="member_id")
        me, branch, bid = _require_upper(s, m.unit_code)
        if not accepted and not reason:
            raise DomainError(f"{m.full_name}: khi không đồng ý đề nghị phải ghi lý do.", field="reason")
        period = period_for(branch, label_for(branch, period_label), _settings(s, branch.code), ctx.today())
        before = repo.member_appraisals(s, bid, period.label).get(m.id)
        repo.put_member_appraisal(
            s,
            unit_id=bid,
            member_id=m.id,
            period_label=period.label,
            accepted=bool(accepted),
            reason=reason,
            appraised_by=me.name,
            appraised_on=ctx.today(),
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="member_appraisal",
            entity_id=f"{m.id}/{period.label}",
            unit_code=branch.code,
            before=before,
            after={"accepted": bool(accepted), "reason": reason},
        )
    return _changes()


@dataclass(frozen=True)
class Candidate:
    """A branch or a member a decision may list, and whether the appraisal passed them."""

    key: object  # branch code (str) or member id (int)
    name: str
    branch_name: str
    passes: bool
    why_not: tuple[str, ...] = ()  # what keeps it from passing, in Vietnamese
    proposed: bool = False


def branch_passes(d: BranchDossier) -> tuple[bool, tuple[str, ...]]:
    """A branch passes the appraisal when it submitted its dossier asking for recognition and the
    Đoàn cơ sở appraised every criterion, reaching the recognition rule (BRIEF §1, ≥ 80 %)."""
    why = []
    if d.status != "submitted":
        why.append("chưa nộp hồ sơ đề nghị" if d.status == "none" else "hồ sơ đề nghị còn là bản nháp")
    elif not d.proposes_recognition:
        why.append("chi đoàn không đề nghị công nhận")
    o = d.outcome
    if d.status != "none" and o is not None:
        if o.pending:
            why.append(f"còn {len(o.pending)} tiêu chí chưa thẩm định")
        if not o.recognisable:
            why.append(f"sau thẩm định đạt {o.met}/{o.applicable} tiêu chí (cần {o.required})")
    return not why, tuple(why)


def member_passes(r: MemberStanding) -> tuple[bool, tuple[str, ...]]:
    """A member passes when the branch proposed them and the Đoàn cơ sở accepted the proposal."""
    why = []
    if not r.proposed:
        why.append("chi đoàn không đề nghị")
    a = r.appraisal
    if a is None:
        why.append("Đoàn cơ sở chưa thẩm định")
    elif not a["accepted"]:
        why.append("Đoàn cơ sở không đồng ý" + (f": {a['reason']}" if a.get("reason") else ""))
    return not why, tuple(why)


def decision_candidates(ctx: AppContext, period_label: str) -> tuple[list[Candidate], list[Candidate]]:
    """(branches, members) under this Đoàn cơ sở with whether each passed the appraisal; members
    listed are those the branches proposed (and any already appraised)."""
    branches, members = [], []
    for d in branches_for_review(ctx, period_label):
        ok, why = branch_passes(d)
        branches.append(Candidate(d.unit.code, d.unit.name, d.unit.name, ok, why, d.proposes_recognition))
        if d.status == "none" and not d.proposed_members:
            continue
        board = member_board(ctx, d.unit.code, d.period.label)
        for r in board.rows:
            if r.proposed or r.appraisal is not None:
                ok, why = member_passes(r)
                members.append(Candidate(r.member.id, r.member.full_name, d.unit.name, ok, why, r.proposed))
    return branches, members


def _exception_reason(exceptions: dict | None, key) -> str:
    text = (exceptions or {}).get(key)
    if text is None:
        text = (exceptions or {}).get(str(key), (exceptions or {}).get("*", ""))
    return " ".join((text or "").split())


def issue_decision(
    ctx: AppContext,
    period_label: str,
    number: str,
    decision_date: date,
    *,
    branch_codes=(),
    member_ids=(),
    issuer_name: str | None = None,
    exceptions: dict | None = None,
) -> Changes:
    """Record a recognition decision ("Quyết định công nhận", D8/D9) with number and date.

    On a Đoàn cơ sở: for the branches (Chi đoàn XHCN) and members (Đoàn viên XHCN) under it.
    On a branch's own installation: the decision received from the Đoàn cơ sở, for the branch
    itself and its members (``issuer_name`` defaults to the parent unit's code).

    A Đoàn cơ sở lists only the branches and members that passed its appraisal
    (``decision_candidates``); one that did not is refused unless ``exceptions`` gives the written
    reason for it (key: branch code or member id, "*" for all), which is kept with the
    recognition, marked in the annex and recorded in the audit trail."""
    number = rules.check_decision_number(number)
    if not isinstance(decision_date, date):
        raise DomainError("Ngày quyết định không hợp lệ.", field="decision_date")
    if decision_date > ctx.today():
        raise DomainError("Ngày quyết định không được sau hôm nay.", field="decision_date")
    branch_codes, member_ids = list(dict.fromkeys(branch_codes)), sorted({int(m) for m in member_ids})
    if not branch_codes and not member_ids:
        raise DomainError("Quyết định phải công nhận ít nhất một chi đoàn hoặc một đoàn viên.", field="subjects")
    reasons: dict = {}
    with ctx.uow.read() as s:
        me0 = units_repo.get_self(s)
    if me0 is not None and me0.kind is not UnitKind.CHI_DOAN:
        cand_b, cand_m = decision_candidates(ctx, period_label)
        by_b = {c.key: c for c in cand_b}
        by_m = {c.key: c for c in cand_m}
        refused = []
        for code in branch_codes:
            c = by_b.get(code)
            if c is None or c.passes:
                continue
            text = _exception_reason(exceptions, code)
            if len(text) < 10:
                refused.append(f"chi đoàn {c.name} ({'; '.join(c.why_not)})")
            reasons[code] = (text, c.why_not)
        for mid in member_ids:
            c = by_m.get(mid)
            if c is not None and c.passes:
                continue
            if c is None:
                with ctx.uow.read() as s:
                    m = members_repo.get(s, mid)
                name, why = (m.full_name if m else f"số {mid}"), ("chi đoàn không đề nghị", "Đoàn cơ sở chưa thẩm định")
            else:
                name, why = c.name, c.why_not
            text = _exception_reason(exceptions, mid)
            if len(text) < 10:
                refused.append(f"đoàn viên {name} ({'; '.join(why)})")
            reasons[mid] = (text, why)
        if refused:
            raise DomainError(
                "Quyết định chỉ công nhận chi đoàn, đoàn viên đã qua thẩm định. Chưa qua thẩm định: "
                + "; ".join(refused)
                + ". Bỏ khỏi danh sách, hoặc ghi lý do công nhận ngoại lệ "
                "(ít nhất 10 ký tự) — lý do được ghi trong phụ lục quyết định và nhật ký thay đổi.",
                field="exceptions",
            )
    with ctx.uow.begin() as s:
        me = units_repo.get_self(s)
        if me is None:
            raise DomainError("Chưa có hồ sơ đơn vị của máy này.", field="unit")
        tree = UnitTree(units_repo.list_all(s))
        if me.kind is UnitKind.CHI_DOAN:
            allowed = {me.code}
            issuer_code = me.parent_code
            issuer = (issuer_name or "").strip() or _parent_name(s, me.parent_code) or "Đoàn cơ sở"
        else:
            allowed = {u.code for u in tree.descendants(me.code)}
            issuer_code, issuer = me.code, (issuer_name or "").strip() or me.name
        for code in branch_codes:
            if code not in allowed:
                raise DomainError(f"Chi đoàn “{code}” không thuộc phạm vi công nhận của “{me.code}”.", field="unit")
            unit, uid = _unit(s, code)
            period = period_for(unit, label_for(unit, period_label), _settings(s, code), ctx.today())
            exc_text, exc_why = reasons.get(code, ("", ()))
            repo.put_branch_recognition(
                s,
                unit_id=uid,
                campaign=rules.BRANCH_CAMPAIGN,
                period_label=period.label,
                decision_number=number,
                decision_date=decision_date,
                issuer_code=issuer_code,
                issuer_name=issuer,
                exception_reason=exc_text,
            )
            after = {"number": number, "date": decision_date, "issuer": issuer}
            if exc_text:
                after.update(exception_reason=exc_text, appraisal="; ".join(exc_why))
            audit.record(
                s,
                actor=ctx.actor,
                action="recognise",
                entity="branch_recognition",
                entity_id=f"{code}/{period.label}",
                unit_code=code,
                after=after,
            )
        for mid in member_ids:
            m = members_repo.get(s, mid)
            if m is None or m.unit_code not in allowed:
                raise DomainError(
                    f"Đoàn viên số {mid} không thuộc phạm vi công nhận của “{me.code}”.", field="member_id"
                )
            unit, uid = _unit(s, m.unit_code)
            period = period_for(unit, label_for(unit, period_label), _settings(s, m.unit_code), ctx.today())
            exc_text, exc_why = reasons.get(mid, ("", ()))
            repo.put_member_recognition(
                s,
                unit_id=uid,
                member_id=mid,
                period_label=period.label,
                decision_number=number,
                decision_date=decision_date,
                issuer_code=issuer_code,
                issuer_name=issuer,
                exception_reason=exc_text,
            )
            after = {"number": number, "date": decision_date, "issuer": issuer}
            if exc_text:
                after.update(exception_reason=exc_text, appraisal="; ".join(exc_why))
            audit.record(
                s,
                actor=ctx.actor,
                action="recognise",
                entity="member_recognition",
                entity_id=f"{mid}/{period.label}",
                unit_code=m.unit_code,
                after=after,
            )
    return _changes()


def revoke(ctx: AppContext, period_label: str, *, branch_codes=(), member_ids=()) -> Changes:
    """Remove recognitions recorded by mistake (audited)."""
    with ctx.uow.begin() as s:
        for code in branch_codes:
            unit, uid = _unit(s, code)
            label = period_for(unit, label_for(unit, period_label), _settings(s, unit.code), ctx.today()).label
            if repo.delete_branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, label):
                audit.record(
                    s,
                    actor=ctx.actor,
                    action="delete",
                    entity="branch_recognition",
                    entity_id=f"{code}/{label}",
                    unit_code=code,
                )
        for mid in member_ids:
            m = members_repo.get(s, int(mid))
            if m is None:
                continue
            unit, _uid = _unit(s, m.unit_code)
            label = period_for(unit, label_for(unit, period_label), _settings(s, unit.code), ctx.today()).label
            if repo.delete_member_recognition(s, int(mid), label):
                audit.record(
                    s,
                    actor=ctx.actor,
                    action="delete",
                    entity="member_recognition",
                    entity_id=f"{mid}/{label}",
                    unit_code=m.unit_code,
                )
    return _changes()


def decisions(ctx: AppContext, period_label: str | None = None) -> list[dict]:
    with ctx.uow.read() as s:
        return repo.decisions(s, None, period_label)


def _parent_name(s, code: str | None) -> str:
    """The parent's full name (its unit row, or the name its invitation or enrolment gave)."""
    if not code:
        return ""
    from db.repo import sync as sync_repo

    parent = units_repo.get(s, code)
    if parent is not None:
        return parent.name
    e = sync_repo.get_enrolled(s, code)
    return e.name if e is not None and e.name else code
