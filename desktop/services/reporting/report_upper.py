"""The data of an upper level's documents (issue 6): the summaries of its branches' registrations
and results, the appraisal, ranking and review annexes, and the decision and certificates of
recognition, mapped from what is recorded onto the dataclasses of desktop/reports/model.py."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from db.repo import members as members_repo
from desktop.domain.collation import person_key, vi_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.formatting import format_date_short
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
    upper_body,
    held_branches,
)
from desktop.services.reporting.report_branch import quarter_days


def step_deadline(ctx, period: Period, step: str) -> date | None:
    from desktop.domain.calendar import deadline

    cat = catalog_of(ctx, period.label)
    d = deadline(cat, period, None, step)
    return d.due if d else None


def _registration_summary(ctx, scope: Scope, numbering: Numbering, *, progress=None, cancel=None):
    from desktop.services.year import current_registration

    me, period = scope.me, scope.period
    if me.kind is UnitKind.DOAN_CAP_TREN:  # over its Đoàn cơ sở, from the summaries they sent (issue 23)
        from desktop.services.reporting.review_documents import upper_summary_data

        return upper_summary_data(ctx, scope, numbering, "registration")
    branches = held_branches(ctx, me.code)
    if not branches:
        raise DomainError(f"{me.name} chưa có chi đoàn trực thuộc nào trong dữ liệu.", field="branch")
    lines = []
    today = ctx.today()
    with ctx.uow.read() as s:
        infos = {b.code: branch_info(s, b, as_of=today) for b in branches}
        issuer, sig, _ = issuer_of(s, me)
    for i, b in enumerate(branches):
        if cancel is not None:
            cancel.check()
        reg = current_registration(ctx, b.code, period.label)
        submitted = reg is not None and reg.status == "submitted"
        if submitted:
            reason = ""
        elif reg is not None:
            reason = "Đang lập bản đăng ký, chưa nộp"
        else:
            reason = "Chưa lập bản đăng ký"
        lines.append(
            M.BranchRegistrationLine(
                branch=infos[b.code],
                registered=submitted,
                registered_on=reg.submitted_on if submitted else None,
                members_registered=len(reg.member_ids) if submitted else 0,
                reason=reason,
            )
        )
        if progress is not None:
            progress(i + 1, len(branches), b.name)
    title = f"Báo cáo tổng hợp đăng ký {period.label} — {me.name}"
    numbering.allocate(title)
    recipient = upper_body(issuer)
    return M.RegistrationSummaryData(
        heading=numbering.heading(issuer, "BC"),
        period_label=period.label,
        deadline=step_deadline(ctx, period, "registration_summary"),
        branches=tuple(lines),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)", "Các chi đoàn trực thuộc"),
    )


def _results_summary(ctx, scope: Scope, numbering: Numbering, *, progress=None, cancel=None):
    from desktop.services.year import evaluate_branches

    me, period = scope.me, scope.period
    if me.kind is UnitKind.DOAN_CAP_TREN:  # over its Đoàn cơ sở, from the summaries they sent (issue 23)
        from desktop.services.reporting.review_documents import upper_summary_data

        return upper_summary_data(ctx, scope, numbering, "results")
    cat = catalog_of(ctx, scope.period.label if scope.period else None)
    evs = evaluate_branches(ctx, me.code, period.label, progress=progress, cancel=cancel)
    if not evs:
        raise DomainError(f"{me.name} chưa có chi đoàn trực thuộc nào trong dữ liệu.", field="branch")
    units = {u.code: u for u in held_branches(ctx, me.code)}
    lines = []
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, me)
        for ev in evs:
            unit = units[ev.unit_code]
            info = branch_info(s, unit, as_of=min(ev.period.end, ctx.today()))
            recognised = _recognised_count(s, unit.code, ev.period.label)
            days = quarter_days(s, unit.code, ev.period.start, ev.period.end)
            lines.append(
                M.BranchResultLine(
                    branch=info,
                    criteria=criterion_lines(cat, ev, status_words=True),
                    met=ev.met,
                    applicable=ev.applicable,
                    required=ev.required,
                    proposed=ev.recognisable,
                    members_recognised=recognised,
                    volunteer_days=days,
                )
            )
    title = f"Báo cáo tổng hợp kết quả {period.label} — {me.name}"
    numbering.allocate(title)
    recipient = upper_body(issuer)
    return M.ResultsSummaryData(
        heading=numbering.heading(issuer, "BC"),
        period_label=period.label,
        deadline=step_deadline(ctx, period, "results_summary"),
        groups=groups_of(cat),
        criteria_titles=tuple((c.id, c.title_vi) for c in cat.criteria),
        branches=tuple(lines),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)", "Các chi đoàn trực thuộc"),
    )


def _appraisal(ctx, scope: Scope, numbering: Numbering, **_):
    """D7: the Đoàn cơ sở's appraisal sheet of one branch (issue 19)."""
    from desktop.domain.recognition import MET, NOT_APPLICABLE
    from desktop.services.year import branch_dossier, member_board

    me, branch, period = scope.me, scope.subject, scope.period
    dossier = branch_dossier(ctx, branch.code, period.label)
    if dossier.status == "none":
        raise DomainError(
            f"{branch.name} chưa gửi hồ sơ tự đánh giá, đề nghị công nhận kỳ {period.label}: chưa có gì để thẩm định.",
            field="period",
        )
    cat = catalog_of(ctx)
    words = {MET: "Đạt", NOT_APPLICABLE: "Không áp dụng"}
    outcome = dossier.outcome
    lines = []
    for c in cat.criteria:
        it = dossier.items.get(c.id) or {}
        claim = it.get("claim") or "not_met"
        a = dossier.appraisals.get(c.id)
        opinion = "Chưa thẩm định" if a is None else ("Đồng ý" if a["agree"] else "Không đồng ý")
        result = outcome.per_criterion.get(c.id, claim) if outcome else claim
        lines.append(
            M.AppraisalLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                claim=words.get(claim, "Chưa đạt"),
                opinion=opinion,
                result=words.get(result, "Chưa đạt"),
                comment=(a or {}).get("comment") or "",
                branch_comment=it.get("comment") or "",
            )
        )
    board = member_board(ctx, branch.code, period.label)
    members = tuple(
        M.MemberAppraisalLine(
            full_name=r.member.full_name,
            birth=birth_text(r.member),
            proposed=r.proposed,
            opinion="Chưa thẩm định"
            if r.appraisal is None
            else ("Đồng ý" if r.appraisal["accepted"] else "Không đồng ý"),
            reason=(r.appraisal or {}).get("reason") or "",
        )
        for r in board.rows
        if r.proposed or r.appraisal is not None
    )
    dates = [a["appraised_on"] for a in dossier.appraisals.values() if a.get("appraised_on")]
    dates += [r.appraisal["appraised_on"] for r in board.rows if r.appraisal and r.appraisal.get("appraised_on")]
    numbering.issued_on = numbering.req.issued_on or (max(dates) if dates else numbering.issued_on)
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, me)
        info = branch_info(s, branch, members=len(board.rows))
    return M.AppraisalSheetData(
        heading=numbering.heading(issuer, None),
        branch=info,
        period_label=period.label,
        submitted_on=dossier.submitted_on,
        proposes_recognition=dossier.proposes_recognition,
        groups=groups_of(cat),
        lines=tuple(lines),
        met=outcome.met if outcome else 0,
        applicable=outcome.applicable if outcome else 0,
        required=outcome.required if outcome else 0,
        recognisable=bool(outcome and outcome.recognisable),
        pending=outcome.pending if outcome else (),
        members=members,
        signature=sig,
        recipients=(f"Ban Chấp hành {branch.name}",),
    )


def _ranking(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.services.reporting.review_documents import ranking_data

    return ranking_data(ctx, scope, numbering)


def _review(ctx, scope: Scope, numbering: Numbering, **_):
    from desktop.services.reporting.review_documents import review_data

    return review_data(ctx, scope, numbering)


def _recognised_count(s, unit_code: str, period_label: str) -> int:
    try:
        from db.repo import recognition as rec_repo
    except ImportError:
        return 0
    return len(rec_repo.recognised_member_ids(s, unit_code, period_label))


_NUMBER_RE = re.compile(r"^\s*(\d+)\s*[-/]\s*QĐ\b", re.IGNORECASE)


def _recorded_decision(ctx, me: Unit, period: Period) -> dict | None:
    from desktop.services.year import decisions

    mine = [d for d in decisions(ctx, period.label) if d["issuer_code"] == me.code]
    return mine[0] if mine else None


def _decision_subjects(ctx, me: Unit, period: Period, recorded: dict | None):
    """(recognised branches, recognised members): the recorded decision, or the candidates that
    passed the appraisal (desktop/services/year/recognition.py decision_candidates)."""
    from desktop.services.year import branch_dossier, branch_passes, branches_for_review, member_board, member_passes

    branches: list[tuple[Unit, int, int, str]] = []
    members: list[tuple] = []  # (member, name, branch name, exception)
    held = {u.code: u for u in held_branches(ctx, me.code)}
    if recorded is not None:
        exceptions = recorded.get("exceptions") or {}
        for code in [c for c in recorded["branches"] if c in held]:
            outcome = branch_dossier(ctx, code, period.label).outcome
            branches.append(
                (
                    held[code],
                    outcome.met if outcome else 0,
                    outcome.applicable if outcome else 0,
                    exceptions.get(code) or "",
                )
            )
        with ctx.uow.read() as s:
            for m in recorded["members"]:
                member = members_repo.get(s, m["member_id"])
                unit = held.get(m["unit_code"])
                members.append(
                    (member, m["full_name"], unit.name if unit else m["unit_code"], m.get("exception_reason") or "")
                )
        return _in_order(branches, members)
    for d in branches_for_review(ctx, period.label):
        if branch_passes(d)[0]:
            branches.append((d.unit, d.outcome.met, d.outcome.applicable, ""))
    for code, unit in held.items():
        board = member_board(ctx, code, period.label)
        for r in board.rows:
            if member_passes(r)[0]:
                members.append((r.member, r.member.full_name, unit.name, ""))
    return _in_order(branches, members)


def _in_order(branches: list, members: list) -> tuple[list, list]:
    """Branches by name, members by branch then name, in the app's Vietnamese order."""
    branches = sorted(branches, key=lambda b: (vi_key(b[0].name), b[0].code))
    members = sorted(members, key=lambda m: (vi_key(m[2]), person_key(m[1])))
    return branches, members


def _decision(ctx, scope: Scope, numbering: Numbering, **_):
    me, period = scope.me, scope.period
    recorded = _recorded_decision(ctx, me, period)
    branches, members = _decision_subjects(ctx, me, period, recorded)
    if not branches and not members:
        raise DomainError(
            f"Kỳ {period.label} chưa có chi đoàn hoặc đoàn viên nào đủ điều kiện công nhận "
            f"(hồ sơ đề nghị đã gửi, được thẩm định đạt) và chưa ghi nhận quyết định nào.",
            field="period",
        )
    reference = None
    notes = []
    if recorded is not None:
        m = _NUMBER_RE.match(recorded["decision_number"] or "")
        on = recorded["decision_date"] or numbering.issued_on
        numbering.issued_on = on
        if m:
            reference = {"QĐ": (int(m.group(1)), on)}
        else:
            notes.append(f"Số quyết định đã ghi nhận “{recorded['decision_number']}” được in nguyên văn.")
    else:
        notes.append(
            "Quyết định chưa được ghi nhận trong dữ liệu: sau khi ký, ghi nhận công nhận với "
            "đúng số và ngày in trên quyết định để kết quả tính vào tiêu chí CD-3.8."
        )
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, me)
        infos = [(branch_info(s, u, as_of=period.end), met, app, exc) for u, met, app, exc in branches]
    title = f"Quyết định công nhận {period.label} — {me.name}"
    numbering.allocate(title, reference)
    heading = numbering.heading(issuer, "QĐ")
    registered = numbering.numbers.get("QĐ")
    if reference is not None and registered is not None and registered[0] != reference["QĐ"][0]:
        # The register already held this decision under another number (a print made before the
        # decision was recorded): the recorded, signed number wins on paper.
        notes.append(
            f"Sổ đăng ký văn bản ghi quyết định kỳ {period.label} với số "
            f"{registered[0]:02d}-QĐ; quyết định đã ghi nhận mang số "
            f"{recorded['decision_number']}: in theo số đã ghi nhận."
        )
        numbering.conflicts.append("QĐ")
    if recorded is not None and (reference is None or "QĐ" in numbering.conflicts):
        heading = replace(heading, reference=recorded["decision_number"], issued_on=numbering.issued_on)
        if "QĐ" in numbering.conflicts and registered is None:
            notes.append(
                f"Số {recorded['decision_number']} trong sổ đăng ký văn bản đã thuộc văn bản "
                f"khác: quyết định được in với số đã ghi nhận, không vào sổ lần nữa."
            )
    from desktop.reports.texts import decision_bases

    body = f"Ban Chấp hành {me.name}"
    data = M.DecisionData(
        heading=heading,
        period_label=period.label,
        issuer_full_name=body,
        bases=decision_bases(body),
        branches=tuple(M.RecognisedBranch(info, met, app, exc) for info, met, app, exc in infos),
        members=tuple(
            M.MemberLine(
                full_name=name,
                birth=birth_text(mem) if mem else "",
                gender=GENDER.get((mem.gender or "") if mem else "", ""),
                branch=bname,
                exception=exc,
            )
            for mem, name, bname, exc in members
        ),
        executors=f"Văn phòng {me.name}, Ban Chấp hành các chi đoàn trực thuộc và các đoàn viên có tên tại Điều 1",
        signature=sig,
        recipients=(f"{upper_body(issuer)} (để b/c)", "Như Điều 3"),
    )
    return data, tuple(notes)


def _certificates(ctx, scope: Scope, numbering: Numbering, **_):
    me, period = scope.me, scope.period
    recorded = _recorded_decision(ctx, me, period)
    if recorded is None:
        raise DomainError(
            f"Chưa ghi nhận quyết định công nhận nào của {me.name} cho kỳ {period.label}: "
            f"giấy chứng nhận in theo quyết định đã ký.",
            field="period",
        )
    branches, members = _decision_subjects(ctx, me, period, recorded)
    with ctx.uow.read() as s:
        issuer, sig, _ = issuer_of(s, me)
    on = recorded["decision_date"] or numbering.issued_on
    certs = [M.Certificate("CHI ĐOÀN XÃ HỘI CHỦ NGHĨA", u.name, me.name, period.label) for u, _, _, _ in branches]
    certs += [M.Certificate("ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA", name, bname, period.label) for _, name, bname, _ in members]
    return M.CertificatesData(
        issuer=issuer,
        issued_on=on,
        certificates=tuple(certs),
        decision_ref=f"Quyết định số {recorded['decision_number']} ngày {format_date_short(recorded['decision_date'])}"
        if recorded["decision_date"]
        else f"Quyết định số {recorded['decision_number']}",
        signature=sig,
    )
