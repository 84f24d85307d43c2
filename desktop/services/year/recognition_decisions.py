"""Step 3 "Công nhận" at the Đoàn cơ sở (BRIEF §2.3, §3.1 step 3, issue 5 item 5): its appraisal of
each branch and member per criterion, who passes, and its recognition decision (number and date)
for the branches and members it recognises, or the revocation of one. Writes return
``Changes.of("recognition", "cycle")`` and record an audit entry, as in recognition.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import audit
from db.repo import members as members_repo
from db.repo import recognition_decisions as decisions_repo
from db.repo import units as units_repo
from desktop.domain import recognition as rules
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind, UnitTree
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.year.recognition import (
    MemberStanding,
    _changes,
    _settings,
    _unit,
    label_for,
    member_board,
    period_for,
)
from desktop.services.year.recognition_branch import BranchDossier, branch_dossier


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
        before = decisions_repo.appraisals(s, bid, rules.BRANCH_CAMPAIGN, period.label).get(criterion_id)
        decisions_repo.put_appraisal(
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
        before = decisions_repo.member_appraisals(s, bid, period.label).get(m.id)
        decisions_repo.put_member_appraisal(
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
            decisions_repo.put_branch_recognition(
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
            decisions_repo.put_member_recognition(
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
            if decisions_repo.delete_branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, label):
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
            if decisions_repo.delete_member_recognition(s, int(mid), label):
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
        return decisions_repo.decisions(s, None, period_label)


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
