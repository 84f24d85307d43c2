"""The data of a branch's own documents (issue 6): its registration, its quarterly and year-end
self-reviews and its volunteer log, mapped from what is recorded onto the dataclasses of
desktop/reports/model.py. Nothing is retyped."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from db.repo import members as members_repo
from desktop.domain.collation import person_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.i18n.catalogue import say
from desktop.i18n.formatting import format_date_short, format_days, format_number
from desktop.reports import model as M
from desktop.services.reporting.report_scope import (
    GENDER,
    Numbering,
    Scope,
    birth_text,
    branch_info,
    catalog_of,
    criterion_lines,
    groups_of,
    issuer_of,
    target_text,
    upper_body,
)


def _registration(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.services.year import current_registration

    unit, period = scope.subject, scope.period
    reg = current_registration(ctx, unit.code, period.label)
    if reg is None:
        raise DomainError(
            f"{unit.name} chưa lập bản đăng ký kỳ {period.label}: lập bản đăng ký "
            f"(nội dung, lộ trình theo từng tiêu chí) trước khi in.",
            field="period",
        )
    cat = catalog_of(ctx, scope.period.label if scope.period else None)
    on = reg.submitted_on or numbering.issued_on
    numbering.issued_on = on
    facts = unit.facts()
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, unit)
        events = members_repo.events_for_unit(s, unit.code)
        from desktop.domain.members import active_on_any_day

        people = sorted(
            (
                m
                for m in members_repo.list_for_unit(s, unit.code)
                if not m.erased and (m.id in reg.member_ids or active_on_any_day(events.get(m.id, []), on, on))
            ),
            key=lambda m: (person_key(m.full_name), m.id),
        )
        info = branch_info(s, unit, members=len(people))
    lines = []
    for c in cat.criteria:
        it = reg.item(c.id)
        applicable = c.applies_to(facts)
        roadmap = []
        if it and it.target_date:
            roadmap.append(f"Trước ngày {format_date_short(it.target_date)}")
        if it and it.responsible:
            roadmap.append(f"Phụ trách: {it.responsible}")
        lines.append(
            M.CriterionLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                applicable=applicable,
                not_applicable_reason=c.not_applicable_reason_vi or "",
                target=target_text(c.threshold, c.measure),
                content=(it.planned_activities if it else "") or "",
                roadmap="; ".join(roadmap),
            )
        )
    members = tuple(
        M.MemberLine(
            full_name=m.full_name,
            birth=birth_text(m),
            gender=GENDER.get(m.gender or "", ""),
            is_party_member=m.is_party_member,
            registered=m.id in reg.member_ids,
            registered_on=reg.submitted_on if m.id in reg.member_ids else None,
        )
        for m in people
    )
    title = f"Bản đăng ký xây dựng Chi đoàn XHCN {period.label} — {unit.name}"
    numbering.allocate(title)
    return M.RegistrationData(
        heading=numbering.heading(issuer, "ĐK"),
        branch=info,
        period_label=period.label,
        groups=groups_of(cat),
        criteria=tuple(lines),
        members=members,
        registered_on=reg.submitted_on,
        commitments=tuple(p.strip() for p in (reg.note or "").split("\n") if p.strip()) or (),
        signature=sig,
        recipients=(f"{upper_body(issuer)} (để b/c)",),
    )


def _quarter_index(period: Period, today: date, asked: int | None) -> int:
    if asked is not None:
        if not 1 <= asked <= 4:
            raise DomainError(f"Quý phải từ 1 đến 4 (nhận được {asked}).", field="quarter")
        return asked
    if today > period.end:
        return 4
    return period.quarter_of(today) or 1


def _quarterly(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.services.year import evaluate_quarters

    unit, period = scope.subject, scope.period
    q = _quarter_index(period, ctx.today(), numbering.req.quarter)
    numbering.req = replace(numbering.req, quarter=q)
    states = evaluate_quarters(ctx, unit.code, period.label)
    state = states[q - 1]
    if state.evaluation is None:
        raise DomainError(
            f"{state.label_vi} của kỳ {period.label} chưa bắt đầu ({format_date_short(state.start)}).", field="quarter"
        )
    ev = state.evaluation
    cat = catalog_of(ctx, scope.period.label if scope.period else None)
    criteria = criterion_lines(cat, ev, status_words=True)
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, unit)
        info = branch_info(s, unit, as_of=min(state.end, ctx.today()))
        days = quarter_days(s, unit.code, state.start, min(state.end, ctx.today()))
    figures = (
        ("Số đoàn viên", format_number(info.members)),
        ("Tiêu chí đạt tính đến cuối quý", f"{ev.met}/{ev.applicable}"),
        ("Ngày tình nguyện trong quý", format_days(days)),
    )
    issues = tuple(f"{c.criterion_id}: {c.value}" for c in criteria if c.applicable and c.met is False)
    steps = tuple(f"{c.criterion_id}: {c.value}" for c in criteria if c.applicable and c.met is None and c.value)
    title = f"Báo cáo tiến độ {state.label_vi} {period.label} — {unit.name}"
    numbering.allocate(title)
    return M.QuarterlyData(
        heading=numbering.heading(issuer, "BC"),
        branch=info,
        period_label=period.label,
        quarter=q,
        quarter_label=state.label_vi,
        quarter_start=state.start,
        quarter_end=state.end,
        groups=groups_of(cat),
        criteria=criteria,
        figures=figures,
        issues=issues,
        next_steps=steps,
        signature=sig,
        recipients=(f"{upper_body(issuer)} (để b/c)",),
    )


def quarter_days(s, unit_code: str, start: date, end: date) -> float:
    try:
        from db.repo import volunteer as vol_repo
    except ImportError:
        return 0.0
    return sum(vol_repo.member_days(s, unit_code, start, end).values())


def _year_end(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.services.year import evaluate_unit
    from desktop.services.year import branch_dossier, member_board

    unit, period = scope.subject, scope.period
    cat = catalog_of(ctx, scope.period.label if scope.period else None)
    ev = evaluate_unit(ctx, unit.code, period.label)
    dossier = branch_dossier(ctx, unit.code, period.label)
    board = member_board(ctx, unit.code, period.label)
    claims = {cid: it.get("claim") for cid, it in dossier.items.items()} if dossier.status != "none" else None
    criteria = criterion_lines(cat, ev, claims=claims)
    outcome = dossier.outcome
    if claims is not None and outcome is not None:
        met, applicable, required = outcome.met, outcome.applicable, outcome.required
    else:
        met, applicable, required = ev.met, ev.applicable, ev.required
    # A Tờ trình asks for recognition only when the branch itself proposes it (issue 19).
    proposed = dossier.status != "none" and dossier.proposes_recognition
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, unit)
        days = quarter_days(s, unit.code, period.start, period.end)
        info = branch_info(s, unit, members=len(board.rows))
        per_member_days = _member_days(s, unit.code, period.start, period.end)
    rows = board.rows
    listed = [r for r in rows if r.proposed]
    listed.sort(key=lambda r: (person_key(r.member.full_name), r.member.id))
    members_proposed = tuple(
        M.MemberLine(
            full_name=r.member.full_name,
            birth=birth_text(r.member),
            gender=GENDER.get(r.member.gender or "", ""),
            is_party_member=r.member.is_party_member,
            volunteer_days=per_member_days.get(r.member.id, 0.0),
            votes_for=r.vote.votes_for if r.vote else None,
            votes_total=r.vote.base(board.vote_base) if r.vote else None,
            conditions_met=r.verdict.eligible,
        )
        for r in listed
    )
    meeting = sorted({r.meeting_date for r in rows if r.meeting_date})
    meeting_note = (
        f"Hội nghị Chi đoàn ngày {format_date_short(meeting[-1])} đã xét, biểu quyết đề nghị "
        f"công nhận danh hiệu “Đoàn viên xã hội chủ nghĩa”."
        if meeting
        else ""
    )
    title = f"Báo cáo kết quả và tờ trình đề nghị công nhận {period.label} — {unit.name}"
    numbering.allocate(title, only=("BC", "TTr") if (proposed or listed) else ("BC",))
    recipient = upper_body(issuer)
    return M.YearEndData(
        heading=numbering.heading(issuer, "BC"),
        proposal_heading=numbering.heading(issuer, "TTr"),
        branch=info,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        groups=groups_of(cat),
        criteria=criteria,
        met=met,
        applicable=applicable,
        required=required,
        proposed=proposed,
        recipient_body=recipient,
        members_total=len(rows),
        members_proposed=members_proposed,
        figures=(("Tổng số ngày tình nguyện", format_days(days)),),
        assessment_text=tuple(p.strip() for p in (dossier.self_assessment or "").split("\n") if p.strip()),
        meeting_note=meeting_note,
        signature=sig,
        recipients=(f"{recipient} (để b/c)",),
        proposal_recipients=(recipient,),
    )


def _member_days(s, unit_code: str, start: date, end: date) -> dict[int, float]:
    try:
        from db.repo import volunteer as vol_repo
    except ImportError:
        return {}
    return vol_repo.member_days(s, unit_code, start, end)


def _volunteer_log(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.domain.volunteer import label_words
    from desktop.services.volunteering import list_activities, volunteer_summary

    unit, period = scope.subject, scope.period
    summary = volunteer_summary(ctx, unit.code, period)
    acts = sorted(list_activities(ctx, unit.code, period), key=lambda a: (a.first_day, a.name))
    per_member: dict[int, list] = {}
    for a in acts:
        for mid in a.participant_ids:
            per_member.setdefault(mid, []).append((a.first_day, a.name, a.days))
    members = tuple(
        M.VolunteerMemberLine(
            full_name=m.name,
            activities=m.activities,
            days=m.days,
            met=m.days >= summary.required,
            detail=tuple(per_member.get(m.member_id, ())),
        )
        for m in summary.members
    )
    activities = tuple(
        M.VolunteerActivityLine(
            on_date=a.first_day,
            name=a.name,
            organiser=say(label_words("level", a.level)),
            place=a.place or "",
            participants=a.participant_count,
            days_credited=a.days,
            total_days=a.member_days,
            confirmed_by=a.confirmed_by or "",
        )
        for a in acts
    )
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, unit)
        info = branch_info(s, unit, members=len(summary.counted))
    return M.VolunteerLogData(
        heading=numbering.heading(issuer, None),
        branch=info,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        minimum_days=summary.required,
        members=members,
        activities=activities,
        signature=sig,
    )
