"""Steps 1 and 2 of the cycle as user actions: register (with versions), keep the evidence
logs (with attachments) and record the judgements of the qualitative criteria (issue 5).

Each function is one user action: one transaction, an audit entry, a ``Changes.of("cycle")``.
"""

from __future__ import annotations

import os
from dataclasses import asdict, replace
from datetime import date

from db import audit
from db.repo import cycle as repo
from db.repo import units as units_repo
from desktop.domain.calendar import DatedDeadline, deadline
from desktop.domain.errors import DomainError
from desktop.domain.evaluation import Judgement
from desktop.domain.logs import LOG_KINDS, LogEntry
from desktop.domain.periods import Period
from desktop.domain.registration import DRAFT, SUBMITTED, Registration, RegistrationItem, clean_items, is_late
from desktop.domain.units import Unit
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.safety import ensure_writable
from desktop.services.units import resolve_period  # noqa: F401  (the period of a unit; also cycle.resolve_period)

CAMPAIGN = "chi-doan-xhcn"
LOG_OWNER = repo.LOG_OWNER
QUALITATIVE = ("CD-1.3", "CD-3.1")


def _record(s, **kw) -> None:
    """Audit a change — refused first if it is a read-only received branch's data."""
    ensure_writable(s, kw.get("unit_code"))
    audit.record(s, **kw)


def _unit(s, unit_code: str) -> Unit:
    unit = units_repo.get(s, unit_code)
    if unit is None:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit_code")
    return unit


def _entry_json(e: LogEntry | None):
    if e is None:
        return None
    d = asdict(e)
    d["participants"] = sorted(e.participants)
    d.pop("attachments", None)
    return d


# ------------------------------------------------------------------------------ logs (step 2)


def list_logs(
    ctx: AppContext, unit_code: str, period_label: str | None = None, kind: str | None = None
) -> list[LogEntry]:
    """The unit's records of a period (all kinds, or one), oldest first."""
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.read() as s:
        return repo.list_logs(s, unit_code, period.start, period.end, [kind] if kind else None)


def get_log(ctx: AppContext, log_id: int) -> LogEntry:
    with ctx.uow.read() as s:
        e = repo.get_log(s, log_id)
    if e is None:
        raise DomainError(f"Không có bản ghi số {log_id}.", field="id")
    return e


def _store(ctx: AppContext, paths) -> list:
    from desktop.services.attachments import store_file

    return [store_file(ctx.data, p) for p in paths or ()]


def _attach(s, ctx: AppContext, unit_code: str, log_id: int, stored: list) -> None:
    if stored:
        from desktop.services.attachments import attach_in_session

        for f in stored:
            attach_in_session(s, ctx, unit_code, LOG_OWNER, log_id, f)


def add_log(
    ctx: AppContext, entry: LogEntry, attachments: list[str | os.PathLike] | None = None
) -> tuple[int, Changes]:
    """Record one piece of evidence (with files copied into the data folder); returns its id."""
    entry = entry.validated()
    stored = _store(ctx, attachments)
    with ctx.uow.begin() as s:
        _unit(s, entry.unit_code)
        ensure_writable(s, entry.unit_code)  # before the participant checks
        spec = LOG_KINDS[entry.kind]
        repo.check_members(s, entry.unit_code, entry.participants, spec.title_vi)
        if entry.member_id is not None:
            repo.check_members(s, entry.unit_code, [entry.member_id], spec.title_vi)
        log_id = repo.insert_log(s, entry, ctx.actor)
        _attach(s, ctx, entry.unit_code, log_id, stored)
        _record(
            s,
            actor=ctx.actor,
            action="create",
            entity="cycle_log",
            entity_id=log_id,
            unit_code=entry.unit_code,
            after=_entry_json(replace(entry, id=log_id)),
        )
    return log_id, Changes.of("cycle")


def update_log(ctx: AppContext, entry: LogEntry, attachments: list[str | os.PathLike] | None = None) -> Changes:
    """Change a record (its kind and unit stay); new files are added to it."""
    if entry.id is None:
        raise DomainError("Thiếu số bản ghi cần sửa.", field="id")
    entry = entry.validated()
    stored = _store(ctx, attachments)
    with ctx.uow.begin() as s:
        before = repo.get_log(s, entry.id)
        if before is None:
            raise DomainError(f"Không có bản ghi số {entry.id}.", field="id")
        if before.kind != entry.kind or before.unit_code != entry.unit_code:
            raise DomainError("Không đổi được loại sổ hoặc đơn vị của một bản ghi: hãy xóa và ghi lại.", field="kind")
        spec = LOG_KINDS[entry.kind]
        repo.check_members(s, entry.unit_code, entry.participants, spec.title_vi)
        if entry.member_id is not None:
            repo.check_members(s, entry.unit_code, [entry.member_id], spec.title_vi)
        repo.update_log(s, entry)
        _attach(s, ctx, entry.unit_code, entry.id, stored)
        _record(
            s,
            actor=ctx.actor,
            action="update",
            entity="cycle_log",
            entity_id=entry.id,
            unit_code=entry.unit_code,
            before=_entry_json(before),
            after=_entry_json(entry),
        )
    return Changes.of("cycle")


def delete_log(ctx: AppContext, log_id: int) -> Changes:
    """Delete a record; its attachment rows go too (the audit keeps what was deleted)."""
    from db.repo import attachments as att_repo

    with ctx.uow.begin() as s:
        before = repo.get_log(s, log_id)
        if before is None:
            raise DomainError(f"Không có bản ghi số {log_id}.", field="id")
        for a in att_repo.list_for(s, LOG_OWNER, log_id):
            att_repo.delete_row(s, a["id"])
        repo.delete_log(s, log_id)
        _record(
            s,
            actor=ctx.actor,
            action="delete",
            entity="cycle_log",
            entity_id=log_id,
            unit_code=before.unit_code,
            before=_entry_json(before),
        )
    return Changes.of("cycle")


def log_attachments(ctx: AppContext, log_id: int) -> list:
    from desktop.services.attachments import list_attachments

    return list_attachments(ctx, LOG_OWNER, log_id)


# ------------------------------------------------------------------------------ judgements


def record_judgement(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None,
    criterion_id: str,
    verdict: str,
    *,
    author: str | None = None,
    note: str | None = None,
    judged_on: date | None = None,
    campaign: str = CAMPAIGN,
) -> Changes:
    """Record "met" / "not met" for a qualitative criterion (CD-1.3, CD-3.1) with its author.

    Judgements are never overwritten: the newest one is in force, the older ones are history."""
    cat = ctx.catalogs.get(campaign)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{campaign}”.", field="campaign")
    try:
        crit = cat.criterion(criterion_id)
    except KeyError:
        raise DomainError(f"Không có tiêu chí “{criterion_id}” trong bộ {campaign}.", field="criterion") from None
    if crit.measure != "qualitative":
        raise DomainError(
            f"Tiêu chí {criterion_id} được tính tự động từ sổ theo dõi, không ghi đánh giá "
            "định tính (chỉ CD-1.3 và CD-3.1).",
            field="criterion",
        )
    if verdict not in ("met", "not_met"):
        raise DomainError("Kết luận phải là “met” (đạt) hoặc “not_met” (chưa đạt).", field="verdict")
    author = " ".join((author or ctx.actor or "").split())
    if not author:
        raise DomainError("Phải ghi người đánh giá.", field="author")
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.read() as s:
        me = units_repo.get_self(s)
    # Recorded in the branch's own data: its "tự đánh giá"; by the Đoàn cơ sở holding it: the
    # Đoàn cơ sở's judgement, which wins (issue 19 item 8).
    by = "chi-doan" if me is None or me.code == unit_code else "doan-co-so"
    j = Judgement(criterion_id, verdict, author, judged_on or ctx.today(), (note or "").strip() or None, by)
    with ctx.uow.begin() as s:
        jid = repo.insert_judgement(s, unit_code, campaign, period.label, j, ctx.actor)
        _record(
            s,
            actor=ctx.actor,
            action="create",
            entity="judgement",
            entity_id=jid,
            unit_code=unit_code,
            after={"campaign": campaign, "period": period.label, **asdict(j)},
        )
    return Changes.of("cycle")


def judgement_history(
    ctx: AppContext, unit_code: str, period_label: str | None = None, campaign: str = CAMPAIGN
) -> list[Judgement]:
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.read() as s:
        return repo.judgements(s, unit_code, campaign, period.label)


# ------------------------------------------------------------------------------ registration (step 1)


def registration_deadline(
    ctx: AppContext, unit: Unit, period: Period, campaign: str = CAMPAIGN
) -> DatedDeadline | None:
    """When the registration for ``period`` is due (30/9 schools, 10/11 others, BRIEF §3.1)."""
    cat = ctx.catalogs.get(campaign)
    if cat is None:
        return None
    return deadline(cat, period, unit.branch_type.value if unit.branch_type else None, "register")


def registration_versions(
    ctx: AppContext, unit_code: str, period_label: str | None = None, campaign: str = CAMPAIGN
) -> list[Registration]:
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.read() as s:
        return repo.registrations(s, unit_code, campaign, period.label)


def current_registration(
    ctx: AppContext, unit_code: str, period_label: str | None = None, campaign: str = CAMPAIGN
) -> Registration | None:
    versions = registration_versions(ctx, unit_code, period_label, campaign)
    return versions[-1] if versions else None


def _criterion_ids(ctx: AppContext, campaign: str) -> list[str]:
    cat = ctx.catalogs.get(campaign)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{campaign}”.", field="campaign")
    return [c.id for c in cat.criteria]


def _check_complete(ctx: AppContext, unit: Unit, reg, campaign: str) -> None:
    """Refuse a registration that leaves an applicable criterion without content and roadmap
    (or a written reason why it is not planned), naming the criteria (issue 19)."""
    from desktop.domain.registration import NOT_PLANNED_PREFIX, missing_for_submission

    cat = ctx.catalogs.get(campaign)
    if cat is None:
        return
    facts = unit.facts()
    missing = missing_for_submission([c for c in cat.criteria if c.applies_to(facts)], reg)
    if not missing:
        return
    shown = "; ".join(f"{cid} ({what})" for cid, what in missing[:20])
    more = f" và {len(missing) - 20} tiêu chí khác" if len(missing) > 20 else ""
    raise DomainError(
        f"Chưa nộp được: {len(missing)} tiêu chí chưa đủ nội dung, lộ trình — {shown}{more}. Ghi nội dung và "
        f"thời hạn hoặc người phụ trách cho từng tiêu chí; tiêu chí không thực hiện kỳ này thì ghi "
        f"“{NOT_PLANNED_PREFIX} lý do” vào cột nội dung.",
        field="items",
    )


def _save_draft_in(s, ctx: AppContext, unit: Unit, period: Period, items_t, member_ids, note, campaign: str) -> None:
    repo.check_members(s, unit.code, member_ids, "Đăng ký Đoàn viên XHCN")
    due = registration_deadline(ctx, unit, period, campaign)
    latest = repo.latest_registration(s, unit.code, campaign, period.label)
    reg = Registration(
        id=None,
        unit_code=unit.code,
        campaign=campaign,
        period_label=period.label,
        deadline=due.due if due else None,
        note=(note or "").strip() or None,
        items=items_t,
        member_ids=frozenset(member_ids),
        created_by=ctx.actor,
    )
    if latest is None:
        reg_id = repo.insert_registration(s, reg, ctx.actor)
        _record(
            s,
            actor=ctx.actor,
            action="create",
            entity="registration",
            entity_id=reg_id,
            unit_code=unit.code,
            after=reg.to_json(),
        )
    elif latest.status == DRAFT:
        reg = replace(reg, id=latest.id, version=latest.version)
        repo.update_draft(s, reg)
        _record(
            s,
            actor=ctx.actor,
            action="update",
            entity="registration",
            entity_id=latest.id,
            unit_code=unit.code,
            before=latest.to_json(),
            after=reg.to_json(),
        )
    else:
        raise DomainError(
            f"Bản đăng ký kỳ {period.label} (phiên bản {latest.version}) đã nộp ngày "
            f"{latest.submitted_on:%d/%m/%Y} nên không sửa được: hãy tạo bản điều chỉnh.",
            field="status",
        )


def save_registration(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None,
    items: list[RegistrationItem],
    member_ids,
    *,
    note: str | None = None,
    campaign: str = CAMPAIGN,
) -> Changes:
    """Save the draft (creating version 1 when there is none). A submitted version is frozen."""
    items_t = clean_items(items, _criterion_ids(ctx, campaign))
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.begin() as s:
        _save_draft_in(s, ctx, _unit(s, unit_code), period, items_t, member_ids, note, campaign)
    return Changes.of("cycle")


def submit_registration(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None = None,
    campaign: str = CAMPAIGN,
    *,
    items: list[RegistrationItem] | None = None,
    member_ids=None,
    note: str | None = None,
) -> Changes:
    """Submit the draft to the Đoàn cơ sở: it is frozen from now on; after the deadline it is late.

    With ``items`` (and ``member_ids``, ``note``) the draft is first saved with that content, in
    the same transaction (the screen's "Submit" with unsaved edits)."""
    from desktop.services.safety import require_role

    require_role(ctx, "admin", "nộp bản đăng ký")
    period = resolve_period(ctx, unit_code, period_label)
    items_t = clean_items(items, _criterion_ids(ctx, campaign)) if items is not None else None
    today = ctx.today()
    with ctx.uow.begin() as s:
        unit = _unit(s, unit_code)
        if items_t is not None:
            _save_draft_in(s, ctx, unit, period, items_t, member_ids or (), note, campaign)
        latest = repo.latest_registration(s, unit_code, campaign, period.label)
        if latest is None:
            raise DomainError(f"Chưa có bản đăng ký kỳ {period.label} để nộp.", field="status")
        if latest.status == SUBMITTED:
            raise DomainError(f"Bản đăng ký kỳ {period.label} (phiên bản {latest.version}) đã nộp rồi.", field="status")
        if not latest.items:
            raise DomainError("Bản đăng ký chưa có nội dung, lộ trình cho tiêu chí nào.", field="items")
        _check_complete(ctx, unit, latest, campaign)
        due = registration_deadline(ctx, unit, period, campaign)
        due_d = due.due if due else None
        late = is_late(today, due_d)
        repo.mark_submitted(s, latest.id, today, ctx.actor, late, due_d)
        _record(
            s,
            actor=ctx.actor,
            action="submit",
            entity="registration",
            entity_id=latest.id,
            unit_code=unit_code,
            before={"status": latest.status},
            after={"status": SUBMITTED, "submitted_on": today, "late": late, "deadline": due_d},
        )
    return Changes.of("cycle")


def amend_registration(
    ctx: AppContext,
    unit_code: str,
    period_label: str | None = None,
    *,
    note: str | None = None,
    campaign: str = CAMPAIGN,
) -> Changes:
    """Start an amendment: a new draft version copying the submitted one (history kept)."""
    period = resolve_period(ctx, unit_code, period_label)
    with ctx.uow.begin() as s:
        latest = repo.latest_registration(s, unit_code, campaign, period.label)
        if latest is None:
            raise DomainError(f"Chưa có bản đăng ký kỳ {period.label} để điều chỉnh.", field="status")
        if latest.status == DRAFT:
            raise DomainError(f"Phiên bản {latest.version} vẫn là bản nháp: sửa trực tiếp rồi nộp.", field="status")
        new = replace(
            latest,
            id=None,
            version=latest.version + 1,
            status=DRAFT,
            submitted_on=None,
            submitted_by=None,
            late=False,
            note=(note or "").strip() or None,
            created_by=ctx.actor,
        )
        reg_id = repo.insert_registration(s, new, ctx.actor)
        _record(
            s,
            actor=ctx.actor,
            action="create",
            entity="registration",
            entity_id=reg_id,
            unit_code=unit_code,
            after=new.to_json(),
        )
    return Changes.of("cycle")
