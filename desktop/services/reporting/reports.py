"""Printed reports (issue 6): gather the data of a document from the other services, give it its
number from the document register, build and render it.

``generate(ctx, ReportRequest(kind, period, branch, quarter))`` is the one entry point for the
CLI (`sothidua report`), the print preview and the packages of issue 7. The builders in
desktop/reports take plain dataclasses (desktop/reports/model.py); this module only maps the
recorded data onto them: nothing is retyped.

Numbers: each numbered document of a report is registered in the unit's "sổ đăng ký văn bản"
(db/repo/documents.py) in one write transaction before the PDF is rendered; the same report
again (same unit, kind, period, branch) is a reprint and keeps its number and date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from db import audit
from db.repo import documents as documents_repo
from db.repo import members as members_repo
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain.collation import person_key, vi_key
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.formatting import format_date_short, format_days, format_number, nfc
from desktop.reports import kinds as K
from desktop.reports import model as M
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.i18n.catalogue import say

CAMPAIGN = "chi-doan-xhcn"
UPPER_KINDS = ("registration-summary", "results-summary", "ranking", "review")  # what a Đoàn cấp trên prints
GENDER = {"nam": "Nam", "nu": "Nữ", "khac": "Khác"}


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    period: str | None = None  # "2026", "2025-2026"; None: the usual period for this kind today
    branch: str | None = None  # the chi đoàn a branch-scoped report is about (on a Đoàn cơ sở)
    quarter: int | None = None  # quarterly: 1–4 (None: the quarter running or just ended)
    issued_on: date | None = None  # the date on the place-date line (None: today)
    draft: bool = False  # True: no number is taken from the register ("Số:    -BC/ĐTN"), "BẢN NHÁP" across
    paper: tuple[str, str] | None = None  # (package id, SHA-256 of its data): the paper-check QR code


@dataclass(frozen=True)
class GeneratedReport:
    kind: str
    title: str
    pdf: bytes
    pages: int
    numbers: tuple[str, ...] = ()  # "05-BC/ĐTN", …
    reprint: bool = False
    file_name: str = ""  # a suggested file name
    notes: tuple[str, ...] = ()  # what the user should know (e.g. a decision not recorded yet)
    draft: bool = False  # a numbered document shown as a draft (no number given, "BẢN NHÁP")
    changes: Changes = field(default_factory=lambda: Changes.of("documents"))


# ----------------------------------------------------------------------------- kinds and scope


def all_kinds() -> tuple[K.ReportKind, ...]:
    return K.KINDS


def kinds_for(unit: Unit | None) -> list[K.ReportKind]:
    """The kinds this installation's unit can print: a chi đoàn its own branch documents; a Đoàn
    cơ sở (or higher) every kind (branch documents for one of its branches)."""
    if unit is None or not unit.kind.is_union:
        return []
    if unit.kind is UnitKind.CHI_DOAN:
        return [k for k in K.KINDS if k.scope == K.BRANCH and not k.upper_only]
    if unit.kind is UnitKind.DOAN_CAP_TREN:  # its own documents over its Đoàn cơ sở (issue 23)
        return [k for k in K.KINDS if k.key in UPPER_KINDS]
    return list(K.KINDS)


def _kind(key: str) -> K.ReportKind:
    try:
        return K.kind(key)
    except KeyError:
        raise DomainError(
            f"Không có loại báo cáo “{key}”. Các loại: "
            + ", ".join(k.key for k in K.KINDS)
            + " (xem: sothidua report --list).",
            field="kind",
        ) from None


def held_branches(ctx: AppContext, parent_code: str) -> list[Unit]:
    from desktop.services.year import held_branches as _held

    return _held(ctx, parent_code)


@dataclass(frozen=True)
class _Scope:
    kind: K.ReportKind
    me: Unit
    subject: Unit  # the unit the document is issued by (the branch, or the Đoàn cơ sở)
    period: Period


def _self_unit(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


def _period(ctx: AppContext, unit: Unit, label: str | None) -> Period:
    from desktop.services.year import resolve_period

    return resolve_period(ctx, unit.code, label)


def _default_label(kind: K.ReportKind, unit: Unit, today: date) -> str | None:
    """Registration (and its summary) in September–December is for the next period."""
    if kind.key not in ("registration", "registration-summary") or today.month < 9:
        return None
    if unit.is_school:
        return f"{today.year}-{today.year + 1}" if today.month >= 9 else None
    return str(today.year + 1)


def resolve_scope(ctx: AppContext, req: ReportRequest) -> _Scope:
    kind = _kind(req.kind)
    me = _self_unit(ctx)
    if not me.kind.is_union:
        raise DomainError(
            "Báo cáo Chi đoàn XHCN dành cho đơn vị Đoàn; Đảng ủy xã dùng báo cáo của mô hình cấp xã.", field="kind"
        )
    if me.kind is UnitKind.DOAN_CAP_TREN and kind.key not in UPPER_KINDS:
        raise DomainError(
            f"“{kind.title_vi}” do chi đoàn hoặc Đoàn cơ sở lập; {me.name} in được: "
            + "; ".join(K.kind(k).title_vi for k in UPPER_KINDS)
            + ".",
            field="kind",
        )
    if kind.scope == K.BRANCH:
        if me.kind is UnitKind.CHI_DOAN and kind.upper_only:
            raise DomainError(f"“{kind.title_vi}” do Đoàn cơ sở lập; máy này là của chi đoàn {me.name}.", field="kind")
        if me.kind is UnitKind.CHI_DOAN:
            if req.branch and req.branch != me.code:
                raise DomainError(
                    f"Máy này là của {me.name} ({me.code}): không in được báo cáo của chi đoàn “{req.branch}”.",
                    field="branch",
                )
            subject = me
        else:
            if not req.branch:
                raise DomainError(
                    f"Báo cáo “{kind.key}” là của một chi đoàn: chọn chi đoàn bằng "
                    f"--branch MÃ (các chi đoàn: sothidua report --branches).",
                    field="branch",
                )
            held = {u.code: u for u in held_branches(ctx, me.code)}
            if req.branch not in held:
                raise DomainError(f"Chi đoàn “{req.branch}” không trực thuộc {me.name}.", field="branch")
            subject = held[req.branch]
    else:
        if me.kind is UnitKind.CHI_DOAN:
            raise DomainError(
                f"Báo cáo “{kind.key}” do Đoàn cơ sở lập; máy này là của chi đoàn {me.name}.", field="kind"
            )
        if req.branch:
            raise DomainError(f"Báo cáo “{kind.key}” tổng hợp mọi chi đoàn: bỏ --branch.", field="branch")
        subject = me
    label = req.period or _default_label(kind, subject, ctx.today())
    return _Scope(kind, me, subject, _period(ctx, subject, label))


# ----------------------------------------------------------------------------- issuer, signature


def _settings(s, code: str) -> dict:
    return with_defaults(settings_repo.all_for(s, code))


def _issuer(s, unit: Unit) -> tuple[M.Issuer, M.Signature, dict]:
    values = _settings(s, unit.code)
    upper = (values.get("report_upper_level") or "").strip()
    if not upper and unit.parent_code:
        upper = _parent_name(s, unit.parent_code)
    issuer = M.Issuer(
        name=unit.name,
        upper_level=upper,
        symbol=(values.get("document_symbol") or "ĐTN").strip(),
        place=(values.get("place_name") or "Hải Phòng").strip(),
        unit_code=unit.code,
    )
    sig = M.Signature(
        on_behalf=(values.get("report_on_behalf") or "").strip(),
        title=(values.get("report_signer_title") or "").strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )
    return issuer, sig, values


def signer_on(s, unit_code: str, day: date, values: dict | None = None) -> M.Signature:
    """The signer of the unit's documents dated ``day``: the last entry of the signer history
    from that day or before (the earliest one for older documents); without a history, the
    settings. A reprint keeps its date, so it keeps the signer it was issued with."""
    history = documents_repo.signers(s, unit_code)
    if history:
        past = [h for h in history if h.valid_from <= day] or history[:1]
        h = past[-1]
        return M.Signature(on_behalf=h.on_behalf, title=h.title, name=h.full_name)
    values = values if values is not None else _settings(s, unit_code)
    return M.Signature(
        on_behalf=(values.get("report_on_behalf") or "").strip(),
        title=(values.get("report_signer_title") or "").strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )


def _require_signer(ctx: AppContext, unit: Unit, day: date) -> None:
    with ctx.uow.read() as s:
        sig = signer_on(s, unit.code, day)
    if not sig.name.strip() or not sig.title.strip():
        raise DomainError(
            f"Văn bản của {unit.name} chưa có người ký: vào Cài đặt, ghi “Văn bản: chức vụ người ký” "
            f"và “Văn bản: họ tên người ký” rồi in lại. Bản nháp vẫn xem được.",
            field="signer",
        )


def _dated_signature(ctx: AppContext, scope: _Scope, data):
    """The data with the signature of the signer in office on the document's date."""
    heading = getattr(data, "heading", None)
    on = heading.issued_on if heading is not None else getattr(data, "issued_on", None)
    if on is None or not hasattr(data, "signature"):
        return data
    signer = scope.me if scope.kind.upper_only else scope.subject
    with ctx.uow.read() as s:
        if not documents_repo.signers(s, signer.code):
            return data
        return replace(data, signature=signer_on(s, signer.code, on))


def _parent_name(s, code: str) -> str:
    """The parent's full name: its unit row here, else the name its invitation or enrolment gave
    (a branch's installation holds only itself), else the code."""
    from db.repo import sync as sync_repo

    parent = units_repo.get(s, code)
    if parent is not None:
        return parent.name
    enrolled = sync_repo.get_enrolled(s, code)
    return enrolled.name if enrolled is not None and enrolled.name else code


def _upper_body(issuer: M.Issuer) -> str:
    return f"Ban Thường vụ {issuer.upper_level}" if issuer.upper_level else "Ban Thường vụ Đoàn cấp trên"


# ----------------------------------------------------------------------------- numbers


@dataclass
class _Numbering:
    """Numbers of the documents in one report, from the register (or none for a draft)."""

    ctx: AppContext
    scope: _Scope
    req: ReportRequest
    issued_on: date
    numbers: dict = field(default_factory=dict)  # type code -> (number, issued_on, reprint)
    conflicts: list = field(default_factory=list)  # type codes whose recorded number was taken

    @property
    def period_key(self) -> str:
        p = self.scope.period.label
        return f"{p}-Q{self.req.quarter}" if self.scope.kind.needs_quarter and self.req.quarter else p

    def allocate(self, title: str, reference: dict | None = None, *, only: tuple[str, ...] | None = None) -> None:
        """One write transaction for every numbered document of the report (audited); ``only``:
        the type codes of the documents this report actually holds (a year-end file without a
        Tờ trình spends no TTr number)."""
        kind = self.scope.kind
        if self.req.draft or not kind.numbered:
            return
        unit = self.scope.subject
        subject_code = unit.code if kind.scope == K.BRANCH else ""
        # Every signature block carries the signer's title and name: no number for a document
        # that would go out unsigned (issue 19).
        _require_signer(self.ctx, unit, self.issued_on)
        with self.ctx.uow.begin() as s:
            for code in kind.type_codes:
                if only is not None and code not in only:
                    continue
                ref = (reference or {}).get(code)
                if ref is not None:
                    try:
                        entry = documents_repo.record(
                            s,
                            unit.code,
                            kind=kind.key,
                            period_label=self.period_key,
                            subject_code=subject_code,
                            type_code=code,
                            number=ref[0],
                            issued_on=ref[1],
                            title=title,
                            actor=self.ctx.actor,
                        )
                    except ValueError:
                        # The recorded number belongs to another document of the register: print
                        # it as recorded, without registering it twice.
                        self.conflicts.append(code)
                        continue
                else:
                    entry = documents_repo.allocate(
                        s,
                        unit.code,
                        kind=kind.key,
                        period_label=self.period_key,
                        subject_code=subject_code,
                        type_code=code,
                        issued_on=self.issued_on,
                        title=title,
                        actor=self.ctx.actor,
                    )
                self.numbers[code] = (entry.number, entry.issued_on, entry.reprint)
                audit.record(
                    s,
                    actor=self.ctx.actor,
                    action="print" if entry.reprint else "create",
                    entity="document",
                    entity_id=f"{entry.number:02d}-{code}/{entry.year}",
                    unit_code=unit.code,
                    after={
                        "kind": kind.key,
                        "period": self.period_key,
                        "type": code,
                        "number": entry.number,
                        "issued_on": entry.issued_on,
                        "subject": subject_code,
                        "title": title,
                    },
                )

    def heading(self, issuer: M.Issuer, code: str | None) -> M.Heading:
        if code is None or code not in self.numbers:
            return M.Heading(issuer=issuer, issued_on=self.issued_on, type_code=code, number=None)
        number, on, _ = self.numbers[code]
        return M.Heading(issuer=issuer, issued_on=on, type_code=code, number=number)

    @property
    def reprint(self) -> bool:
        return any(r for _, _, r in self.numbers.values())


# ----------------------------------------------------------------------------- shared mappings


def _catalog(ctx: AppContext, period_label: str | None = None):
    """The catalog in force for the period (issue 17: an update from the upper level replaces the
    bundled one for the periods it declares)."""
    from desktop.services.catalogs import catalog_for

    cat = catalog_for(ctx, CAMPAIGN, period_label) if period_label else ctx.catalogs.get(CAMPAIGN)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{CAMPAIGN}”.", field="campaign")
    return cat


def _groups(cat) -> tuple[M.CriterionGroup, ...]:
    return tuple(M.CriterionGroup(g.id, g.title_vi) for g in cat.groups)


def _branch_info(s, unit: Unit, members: int | None = None, as_of: date | None = None) -> M.BranchInfo:
    if members is None:
        members = len(members_repo.active_on(s, unit.code, as_of or date.today()))
    return M.BranchInfo(
        code=unit.code,
        name=unit.name,
        branch_type=unit.branch_type.label_vi if unit.branch_type else "",
        members=members,
        parent_name=_parent_name(s, unit.parent_code) if unit.parent_code else "",
    )


def _birth(m) -> str:
    """The year of birth, as the lists' "Năm sinh" column asks."""
    return str(m.date_of_birth.year) if m.date_of_birth is not None else ""


def _target(threshold, measure: str) -> str:
    if threshold is None:
        return ""
    if measure in ("pct_members", "flag_100"):
        return f"≥ {format_number(threshold * 100)}%"
    return f"≥ {format_number(threshold)}"


def _criterion_lines(
    cat, evaluation, *, claims: dict | None = None, status_words: bool = False
) -> tuple[M.CriterionLine, ...]:
    """Catalog criteria with the evaluation's value and status (and the branch's claims)."""
    from desktop.domain.evaluation import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_APPLICABLE
    from desktop.domain.evaluation_model import status_words as status_text

    out = []
    for c in cat.criteria:
        r = evaluation.result(c.id) if evaluation is not None else None
        status = r.status if r else ""
        applicable = status != NOT_APPLICABLE
        met = None if status in ("", NEEDS_JUDGEMENT, AT_RISK) else status == MET
        word = say(status_text(status)) if (status_words and status) else ""
        if claims is not None and c.id in claims:
            claim = claims[c.id]
            applicable = claim != "not_applicable"
            met = claim == "met" if applicable else None
            word = ""
        missing = ""
        if r is not None and r.due and status == AT_RISK:
            missing = f"Cần hoàn thành trước ngày {format_date_short(r.due)}"
        out.append(
            M.CriterionLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                applicable=applicable,
                not_applicable_reason=(
                    say(r.explanation) if r and not applicable else (c.not_applicable_reason_vi or "")
                ),
                target=_target(c.threshold, c.measure),
                value=say(r.explanation) if r else "",
                met=met,
                status=word,
                missing=missing,
                evidence=f"{len(r.evidence)} hồ sơ" if r and r.evidence else "",
            )
        )
    return tuple(out)


# ----------------------------------------------------------------------------- gatherers


def gather(ctx: AppContext, req: ReportRequest, numbering: _Numbering | None = None, *, progress=None, cancel=None):
    """The builder's data for the request (numbers allocated unless ``req.draft``)."""
    scope = resolve_scope(ctx, req)
    issued_on = req.issued_on or ctx.today()
    numbering = numbering or _Numbering(ctx, scope, req, issued_on)
    fn = {
        "registration": _registration,
        "quarterly": _quarterly,
        "year-end": _year_end,
        "volunteer-log": _volunteer_log,
        "registration-summary": _registration_summary,
        "results-summary": _results_summary,
        "decision": _decision,
        "certificates": _certificates,
        "appraisal": _appraisal,
        "ranking": _ranking,
        "review": _review,
    }[scope.kind.key]
    return fn(ctx, scope, numbering, progress=progress, cancel=cancel)


def _registration(ctx, scope: _Scope, numbering: _Numbering, **_):
    from desktop.services.year import current_registration

    unit, period = scope.subject, scope.period
    reg = current_registration(ctx, unit.code, period.label)
    if reg is None:
        raise DomainError(
            f"{unit.name} chưa lập bản đăng ký kỳ {period.label}: lập bản đăng ký "
            f"(nội dung, lộ trình theo từng tiêu chí) trước khi in.",
            field="period",
        )
    cat = _catalog(ctx, scope.period.label if scope.period else None)
    on = reg.submitted_on or numbering.issued_on
    numbering.issued_on = on
    facts = unit.facts()
    with ctx.uow.read() as s:
        issuer, sig, _ = _issuer(s, unit)
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
        info = _branch_info(s, unit, members=len(people))
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
                target=_target(c.threshold, c.measure),
                content=(it.planned_activities if it else "") or "",
                roadmap="; ".join(roadmap),
            )
        )
    members = tuple(
        M.MemberLine(
            full_name=m.full_name,
            birth=_birth(m),
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
        groups=_groups(cat),
        criteria=tuple(lines),
        members=members,
        registered_on=reg.submitted_on,
        commitments=tuple(p.strip() for p in (reg.note or "").split("\n") if p.strip()) or (),
        signature=sig,
        recipients=(f"{_upper_body(issuer)} (để b/c)",),
    )


def _quarter_index(period: Period, today: date, asked: int | None) -> int:
    if asked is not None:
        if not 1 <= asked <= 4:
            raise DomainError(f"Quý phải từ 1 đến 4 (nhận được {asked}).", field="quarter")
        return asked
    if today > period.end:
        return 4
    return period.quarter_of(today) or 1


def _quarterly(ctx, scope: _Scope, numbering: _Numbering, **_):
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
    cat = _catalog(ctx, scope.period.label if scope.period else None)
    criteria = _criterion_lines(cat, ev, status_words=True)
    with ctx.uow.read() as s:
        issuer, sig, _ = _issuer(s, unit)
        info = _branch_info(s, unit, as_of=min(state.end, ctx.today()))
        days = _quarter_days(s, unit.code, state.start, min(state.end, ctx.today()))
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
        groups=_groups(cat),
        criteria=criteria,
        figures=figures,
        issues=issues,
        next_steps=steps,
        signature=sig,
        recipients=(f"{_upper_body(issuer)} (để b/c)",),
    )


def _quarter_days(s, unit_code: str, start: date, end: date) -> float:
    try:
        from db.repo import volunteer as vol_repo
    except ImportError:
        return 0.0
    return sum(vol_repo.member_days(s, unit_code, start, end).values())


def _year_end(ctx, scope: _Scope, numbering: _Numbering, **_):
    from desktop.services.year import evaluate_unit
    from desktop.services.year import branch_dossier, member_board

    unit, period = scope.subject, scope.period
    cat = _catalog(ctx, scope.period.label if scope.period else None)
    ev = evaluate_unit(ctx, unit.code, period.label)
    dossier = branch_dossier(ctx, unit.code, period.label)
    board = member_board(ctx, unit.code, period.label)
    claims = {cid: it.get("claim") for cid, it in dossier.items.items()} if dossier.status != "none" else None
    criteria = _criterion_lines(cat, ev, claims=claims)
    outcome = dossier.outcome
    if claims is not None and outcome is not None:
        met, applicable, required = outcome.met, outcome.applicable, outcome.required
    else:
        met, applicable, required = ev.met, ev.applicable, ev.required
    # A Tờ trình asks for recognition only when the branch itself proposes it (issue 19).
    proposed = dossier.status != "none" and dossier.proposes_recognition
    with ctx.uow.read() as s:
        issuer, sig, _ = _issuer(s, unit)
        days = _quarter_days(s, unit.code, period.start, period.end)
        info = _branch_info(s, unit, members=len(board.rows))
        per_member_days = _member_days(s, unit.code, period.start, period.end)
    rows = board.rows
    listed = [r for r in rows if r.proposed]
    listed.sort(key=lambda r: (person_key(r.member.full_name), r.member.id))
    members_proposed = tuple(
        M.MemberLine(
            full_name=r.member.full_name,
            birth=_birth(r.member),
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
    recipient = _upper_body(issuer)
    return M.YearEndData(
        heading=numbering.heading(issuer, "BC"),
        proposal_heading=numbering.heading(issuer, "TTr"),
        branch=info,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        groups=_groups(cat),
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


def _volunteer_log(ctx, scope: _Scope, numbering: _Numbering, **_):
    from desktop.domain.volunteer import LEVEL_LABELS
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
            organiser=LEVEL_LABELS.get(a.level, (a.level,))[0],
            place=a.place or "",
            participants=a.participant_count,
            days_credited=a.days,
            total_days=a.member_days,
            confirmed_by=a.confirmed_by or "",
        )
        for a in acts
    )
    with ctx.uow.read() as s:
        issuer, sig, _ = _issuer(s, unit)
        info = _branch_info(s, unit, members=len(summary.counted))
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


def _deadline(ctx, period: Period, step: str) -> date | None:
    from desktop.domain.calendar import deadline

    cat = _catalog(ctx, period.label)
    d = deadline(cat, period, None, step)
    return d.due if d else None


def _registration_summary(ctx, scope: _Scope, numbering: _Numbering, *, progress=None, cancel=None):
    from desktop.services.year import current_registration

    me, period = scope.me, scope.period
    if me.kind is UnitKind.DOAN_CAP_TREN:  # over its Đoàn cơ sở, from the summaries they sent (issue 23)
        from desktop.services.reporting.reviews import upper_summary_data

        return upper_summary_data(ctx, scope, numbering, "registration")
    branches = held_branches(ctx, me.code)
    if not branches:
        raise DomainError(f"{me.name} chưa có chi đoàn trực thuộc nào trong dữ liệu.", field="branch")
    lines = []
    today = ctx.today()
    with ctx.uow.read() as s:
        infos = {b.code: _branch_info(s, b, as_of=today) for b in branches}
        issuer, sig, _ = _issuer(s, me)
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
    recipient = _upper_body(issuer)
    return M.RegistrationSummaryData(
        heading=numbering.heading(issuer, "BC"),
        period_label=period.label,
        deadline=_deadline(ctx, period, "registration_summary"),
        branches=tuple(lines),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)", "Các chi đoàn trực thuộc"),
    )


def _results_summary(ctx, scope: _Scope, numbering: _Numbering, *, progress=None, cancel=None):
    from desktop.services.year import evaluate_branches

    me, period = scope.me, scope.period
    if me.kind is UnitKind.DOAN_CAP_TREN:  # over its Đoàn cơ sở, from the summaries they sent (issue 23)
        from desktop.services.reporting.reviews import upper_summary_data

        return upper_summary_data(ctx, scope, numbering, "results")
    cat = _catalog(ctx, scope.period.label if scope.period else None)
    evs = evaluate_branches(ctx, me.code, period.label, progress=progress, cancel=cancel)
    if not evs:
        raise DomainError(f"{me.name} chưa có chi đoàn trực thuộc nào trong dữ liệu.", field="branch")
    units = {u.code: u for u in held_branches(ctx, me.code)}
    lines = []
    with ctx.uow.read() as s:
        issuer, sig, _ = _issuer(s, me)
        for ev in evs:
            unit = units[ev.unit_code]
            info = _branch_info(s, unit, as_of=min(ev.period.end, ctx.today()))
            recognised = _recognised_count(s, unit.code, ev.period.label)
            days = _quarter_days(s, unit.code, ev.period.start, ev.period.end)
            lines.append(
                M.BranchResultLine(
                    branch=info,
                    criteria=_criterion_lines(cat, ev, status_words=True),
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
    recipient = _upper_body(issuer)
    return M.ResultsSummaryData(
        heading=numbering.heading(issuer, "BC"),
        period_label=period.label,
        deadline=_deadline(ctx, period, "results_summary"),
        groups=_groups(cat),
        criteria_titles=tuple((c.id, c.title_vi) for c in cat.criteria),
        branches=tuple(lines),
        recipient_body=recipient,
        signature=sig,
        recipients=(f"{recipient} (để b/c)", "Các chi đoàn trực thuộc"),
    )


def _appraisal(ctx, scope: _Scope, numbering: _Numbering, **_):
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
    cat = _catalog(ctx)
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
            birth=_birth(r.member),
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
        issuer, sig, _ = _issuer(s, me)
        info = _branch_info(s, branch, members=len(board.rows))
    return M.AppraisalSheetData(
        heading=numbering.heading(issuer, None),
        branch=info,
        period_label=period.label,
        submitted_on=dossier.submitted_on,
        proposes_recognition=dossier.proposes_recognition,
        groups=_groups(cat),
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


def _ranking(ctx, scope: _Scope, numbering: _Numbering, **_):
    from desktop.services.reporting.reviews import ranking_data

    return ranking_data(ctx, scope, numbering)


def _review(ctx, scope: _Scope, numbering: _Numbering, **_):
    from desktop.services.reporting.reviews import review_data

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


def _decision(ctx, scope: _Scope, numbering: _Numbering, **_):
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
        issuer, sig, _ = _issuer(s, me)
        infos = [(_branch_info(s, u, as_of=period.end), met, app, exc) for u, met, app, exc in branches]
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
                birth=_birth(mem) if mem else "",
                gender=GENDER.get((mem.gender or "") if mem else "", ""),
                branch=bname,
                exception=exc,
            )
            for mem, name, bname, exc in members
        ),
        executors=f"Văn phòng {me.name}, Ban Chấp hành các chi đoàn trực thuộc và các đoàn viên có tên tại Điều 1",
        signature=sig,
        recipients=(f"{_upper_body(issuer)} (để b/c)", "Như Điều 3"),
    )
    return data, tuple(notes)


def _certificates(ctx, scope: _Scope, numbering: _Numbering, **_):
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
        issuer, sig, _ = _issuer(s, me)
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


# ----------------------------------------------------------------------------- build + render


def build(kind: str, data):
    """The builder of ``kind`` applied to its data (no rendering)."""
    from desktop.reports.builders.appraisal import build_appraisal
    from desktop.reports.builders.certificates import build_certificates
    from desktop.reports.builders.decision import build_decision
    from desktop.reports.builders.quarterly import build_quarterly
    from desktop.reports.builders.registration import build_registration
    from desktop.reports.builders.summaries import build_registration_summary, build_results_summary
    from desktop.reports.builders.upper import build_ranking, build_review, build_upper_summary
    from desktop.reports.builders.volunteer import build_volunteer_log
    from desktop.reports.builders.year_end import build_year_end
    from desktop.reports.model import UpperSummaryData

    if isinstance(data, UpperSummaryData):  # a Đoàn cấp trên's summaries over its Đoàn cơ sở
        return build_upper_summary(data)
    return {
        "registration": build_registration,
        "quarterly": build_quarterly,
        "year-end": build_year_end,
        "volunteer-log": build_volunteer_log,
        "registration-summary": build_registration_summary,
        "results-summary": build_results_summary,
        "decision": build_decision,
        "certificates": build_certificates,
        "appraisal": build_appraisal,
        "ranking": build_ranking,
        "review": build_review,
    }[kind](data)


# The default file name says what the document is, in Vietnamese (issue 19 item 3).
_FILE_TITLES = {
    "registration": "Đăng ký Chi đoàn XHCN",
    "quarterly": "Báo cáo tiến độ",
    "year-end": "Báo cáo kết quả cuối năm",
    "volunteer-log": "Sổ ngày tình nguyện",
    "registration-summary": "Tổng hợp đăng ký",
    "results-summary": "Tổng hợp kết quả",
    "decision": "Quyết định công nhận",
    "certificates": "Giấy chứng nhận",
    "ranking": "Xếp loại thi đua",
    "review": "Sơ kết, tổng kết",
}


def _file_name(kind: str, unit: Unit, period: str, quarter: int | None = None) -> str:
    from desktop.i18n.formatting import file_name, period_words

    return file_name(_FILE_TITLES.get(kind, K.kind(kind).title_vi), unit.name, period_words(period, quarter))


def generate(ctx: AppContext, req: ReportRequest, *, progress=None, cancel=None) -> GeneratedReport:
    """Gather, number, build and render one report; returns the PDF bytes."""
    from desktop.reports.render import RenderCancelled, page_count, render
    from desktop.services.progress import Cancelled

    scope = resolve_scope(ctx, req)
    numbering = _Numbering(ctx, scope, req, req.issued_on or ctx.today())
    # Progress messages stay empty (the caller's label, in the user's language, remains) except
    # while branches are evaluated, where the message is the branch's name.
    if progress is not None:
        progress(0, 0, "")
    data = gather(ctx, req, numbering, progress=progress, cancel=cancel)
    notes: tuple[str, ...] = ()
    if isinstance(data, tuple):
        data, notes = data
    data = _dated_signature(ctx, scope, data)
    if cancel is not None:
        cancel.check()
    built = build(scope.kind.key, data)
    if req.draft and scope.kind.numbered:
        from desktop.reports.styles import DRAFT_WATERMARK

        built.watermark = DRAFT_WATERMARK
    headings = (getattr(data, "heading", None), getattr(data, "proposal_heading", None))
    numbers = tuple(
        h.number_text for h in headings if h is not None and h.type_code and (h.number is not None or h.reference)
    )
    if req.paper is not None:
        from desktop.domain import paper

        built.stamp = M.PaperStamp(
            paper.payload(numbers, *req.paper),
            paper.short_code(*req.paper),
            caption=("Số " + ", ".join(numbers)) if numbers else "",
        )
    # every document says which criteria catalog (id, version) it was made with (issue 17)
    from dataclasses import replace as _replace

    from desktop.services.catalogs import in_force_text_vi

    built = _replace(built, footer=in_force_text_vi(_catalog(ctx, scope.period.label if scope.period else None)))

    def layout_progress(done, total, _msg):
        if progress is not None:
            progress(done, total, "")

    try:
        pdf = render(
            built,
            progress=layout_progress if progress else None,
            cancelled=(lambda: cancel.cancelled) if cancel is not None else None,
        )
    except RenderCancelled:
        raise Cancelled() from None
    return GeneratedReport(
        kind=scope.kind.key,
        title=nfc(built.title),
        pdf=pdf,
        pages=page_count(pdf),
        numbers=numbers,
        reprint=numbering.reprint,
        file_name=_file_name(
            scope.kind.key, scope.subject, scope.period.label, req.quarter if scope.kind.needs_quarter else None
        ),
        notes=notes,
        draft=bool(req.draft and scope.kind.numbered),
    )


def issued(ctx: AppContext, req: ReportRequest) -> bool:
    """Whether this document already has its number in the register (its print is a reprint)."""
    scope = resolve_scope(ctx, req)
    kind = scope.kind
    if not kind.numbered:
        return False
    label = scope.period.label
    if kind.needs_quarter:
        if req.quarter is None:
            return False
        label = f"{label}-Q{req.quarter}"
    subject_code = scope.subject.code if kind.scope == K.BRANCH else ""
    with ctx.uow.read() as s:
        return (
            documents_repo.find(
                s,
                scope.subject.code,
                kind=kind.key,
                period_label=label,
                subject_code=subject_code,
                type_code=kind.type_codes[0],
            )
            is not None
        )


def preview_request(ctx: AppContext, req: ReportRequest) -> ReportRequest:
    """What a preview shows (issue 19): a document already issued is shown as issued (a reprint
    keeps its number and date); any other numbered document as a draft marked "BẢN NHÁP",
    spending no number until the user issues it."""
    return replace(req, draft=not issued(ctx, req))


def save(ctx: AppContext, req: ReportRequest, path, *, progress=None, cancel=None) -> GeneratedReport:
    """Generate and write the PDF to ``path`` (through a temporary file, replaced at the end)."""

    from desktop.paths import long_path_safe

    out = generate(ctx, req, progress=progress, cancel=cancel)
    p = long_path_safe(path)
    if p.suffix.lower() != ".pdf":
        raise DomainError(f"Tệp “{p.name}” phải có đuôi .pdf.", field="out")
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_bytes(out.pdf)
    tmp.replace(p)
    return out


# ----------------------------------------------------------------------------- the register


def register(ctx: AppContext, year: int | None = None, unit_code: str | None = None, *, with_branches: bool = False):
    """The document register of a unit (default: this installation's unit); with
    ``with_branches`` also the registers of the branches it holds (documents it printed for
    them), newest first."""
    me = _self_unit(ctx) if unit_code is None else None
    code = unit_code or me.code
    codes = [code]
    if with_branches and me is not None and me.kind is not UnitKind.CHI_DOAN:
        codes += [b.code for b in held_branches(ctx, code)]
    out = []
    with ctx.uow.read() as s:
        for c in codes:
            out += documents_repo.list_register(s, c, year)
    return sorted(out, key=lambda r: (r.created_at, r.type_code, r.number), reverse=True)


def set_next_number(
    ctx: AppContext, year: int, type_code: str, next_number: int, unit_code: str | None = None
) -> Changes:
    """Continue the numbering of a paper register: the next document of this type gets
    ``next_number`` (only forward: a number given stays given)."""
    code = unit_code or _self_unit(ctx).code
    with ctx.uow.begin() as s:
        try:
            before = documents_repo.set_next_number(s, code, year, type_code, next_number)
        except ValueError as exc:
            raise DomainError(
                f"Số {type_code} năm {year} đã dùng đến {exc.args[0]}: số tiếp theo phải lớn hơn {exc.args[0]}.",
                field="number",
            ) from None
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="document_counter",
            entity_id=f"{year}/{type_code}",
            unit_code=code,
            before={"last": before},
            after={"next": next_number},
        )
    return Changes.of("documents")
