"""Step 3 "Công nhận" (BRIEF §2.3, §3.1 step 3, issue 5 item 5): one function per user action.

Đoàn viên XHCN, at the branch: year-end self-assessment per quality group, the branch meeting
vote, the branch's proposal list. Chi đoàn XHCN: the branch's year-end self-assessment and
proposal (pre-filled from the evaluation), the Đoàn cơ sở's appraisal per criterion and its
recognition decision (number and date) for the branches and members it recognises.

This module: the members' side (self-assessment, vote, proposals). The branch's dossier and
proposal: recognition_branch.py; the Đoàn cơ sở's appraisal and decision: recognition_decisions.py.

Writes return ``Changes.of("recognition", "cycle")``: member recognitions feed CD-3.8 of the
evaluation, so the campaign screens reload too. Every write records an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import audit
from db.repo import members as members_repo
from db.repo import recognition as repo
from db.repo import recognition_decisions as decisions_repo
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain import recognition as rules
from desktop.domain.catalog import Catalog
from desktop.domain.errors import DomainError
from desktop.domain.members import Member, active_on_any_day
from desktop.domain.periods import Period, unit_period
from desktop.domain.recognition import MemberFacts, MemberVerdict, Vote
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit
from desktop.services.changes import Changes
from desktop.services.context import AppContext

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
        recs = decisions_repo.member_recognitions(s, uid, period.label)
        appraised = decisions_repo.member_appraisals(s, uid, period.label)
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
