"""Volunteer days: record activities for many members at once, and know who is short of 5 days.

One function per user action, one transaction each (docs/architecture.md). Rules are in
desktop/domain/volunteer.py (CD-3.6, CD-2.2, CD-2.3; issue 4).

For other areas:
* ``volunteer_summary(ctx, unit_code, period)`` (volunteer_totals.py) → ``VolunteerSummary``
  (members with their days, the CD-3.6 base, the short list sorted by risk, totals by kind and month, counts of
  CD-2.2 / CD-2.3 activities). ``period`` is a ``Period``, a year (int) or a label.
* ``unit_period(ctx, unit_code, year=None)`` → the unit's assessment period (school year for
  "khối trường học" branches, cut-offs from the unit settings).

Attendance sheets (Excel lists of names) are imported by desktop/services/volunteering/volunteer_attendance.py.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from db import audit
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from db.repo import volunteer as repo
from db.repo import volunteer_writes as writes_repo
from desktop.domain.errors import DomainError
from desktop.domain.members import ENTERING, TRANSFERRED_OUT, MembershipEvent, is_active_on, name_key
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.volunteer import Activity, Overlap, OverlapError, check_dates_in_period, format_dates_vi
from desktop.services import attachments as attachments_service
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.safety import ensure_writable
from desktop.services.units import period_in

OWNER_KIND = "volunteer_activity"  # attachments.owner_kind for an activity's evidence
ENTITY = "volunteer_activity"  # audit entity


def _record(s, **kw) -> None:
    """Audit a change — refused first if it is a read-only received branch's data."""
    ensure_writable(s, kw.get("unit_code"))
    audit.record(s, **kw)


# --------------------------------------------------------------------------- periods


def _unit(session, unit_code: str):
    unit = units_repo.get(session, unit_code)
    if unit is None:
        raise DomainError(f"Không có đơn vị “{unit_code}”.", field="unit_code")
    return unit


def _settings(session, unit_code: str) -> dict:
    return with_defaults(settings_repo.all_for(session, unit_code))


def _period(session, unit_code: str, period: int | str | Period | None, today: date) -> Period:
    """``period`` as given (a Period), else the unit's period it names (None: today's)."""
    if isinstance(period, Period):
        return period
    return period_in(session, unit_code, period, today)


def unit_period(ctx: AppContext, unit_code: str, year: int | str | Period | None = None) -> Period:
    """The unit's assessment period named ``year`` (for a school branch: the school year
    starting in ``year``); ``None`` is the period containing today."""
    with ctx.uow.read() as s:
        return _period(s, unit_code, year, ctx.today())


def recent_periods(ctx: AppContext, unit_code: str, count: int = 4) -> list[Period]:
    """The current period and the previous ones, newest first (for a year selector)."""
    current = unit_period(ctx, unit_code)
    return [unit_period(ctx, unit_code, current.year - i) for i in range(count)]


# --------------------------------------------------------------------------- roster


@dataclass(frozen=True)
class RosterEntry:
    member_id: int
    name: str
    key: str
    unit_code: str
    date_of_birth: date | None
    union_card_no: str | None
    history: tuple[MembershipEvent, ...]

    def active_on(self, d: date) -> bool:
        """Can be credited on ``d``. A member recorded without any history (older data) is
        not refused: nothing says they were away."""
        return not self.history or is_active_on(list(self.history), d)

    def in_base_on(self, d: date) -> bool:
        """Counted in the CD-3.6 base on ``d``: the same rule as the member base and the
        evaluation engine (desktop.domain.members.is_active_on)."""
        return is_active_on(list(self.history), d)

    def status_on(self, d: date) -> str:
        """active | transferred_out | left | not_yet (joined later)."""
        if self.active_on(d):
            return "active"
        before = [e for e in self.history if e.on_date <= d]
        if not before:
            return "not_yet"
        last = max(before, key=lambda e: e.on_date)
        return "transferred_out" if last.kind == TRANSFERRED_OUT else "left"

    def member_during(self, start: date, end: date) -> bool:
        if self.active_on(start):
            return True
        return any(e.kind in ENTERING and start <= e.on_date <= end for e in self.history)

    def left_on(self) -> date | None:
        out = [e.on_date for e in self.history if e.kind not in ENTERING]
        return max(out) if out else None


def _roster(session, unit_code: str, member_ids=None) -> list[RosterEntry]:
    return [
        RosterEntry(
            member_id=m.id,
            name=m.full_name,
            key=name_key(m.full_name),
            unit_code=m.unit_code,
            date_of_birth=m.date_of_birth,
            union_card_no=m.union_card_no,
            history=tuple(sorted(ev, key=lambda e: e.on_date)),
        )
        for m, ev in repo.roster(session, unit_code, member_ids)
    ]


def roster(ctx: AppContext, unit_code: str) -> list[RosterEntry]:
    """Members who can be credited: the unit's and its branches' members, with history."""
    with ctx.uow.read() as s:
        return _roster(s, unit_code)


@dataclass(frozen=True)
class SavedGroup:
    id: int
    name: str
    member_ids: tuple[int, ...]


def saved_groups(ctx: AppContext, unit_code: str) -> list[SavedGroup]:
    """Saved selections such as "Tổ 1" (kept by the members area)."""
    with ctx.uow.read() as s:
        return [SavedGroup(gid, name, mids) for gid, name, mids in repo.groups(s, unit_code)]


# --------------------------------------------------------------------------- saving


@dataclass(frozen=True)
class SaveResult:
    activity_id: int
    participants: int
    skipped: tuple[Overlap, ...] = ()  # members left out because of an overlap (skip_overlaps)
    confirmed: tuple[Overlap, ...] = ()  # overlaps the user confirmed (allow_overlap)
    warnings: tuple[str, ...] = ()
    changes: Changes = field(default_factory=lambda: Changes.of("volunteer"))


def _activity_dict(a: Activity) -> dict:
    d = asdict(a)
    d["dates"] = [x.isoformat() for x in a.dates]
    return d


def _check_participants(session, unit_code: str, a: Activity, roster_by_id: dict[int, RosterEntry]) -> None:
    for mid in a.participant_ids:
        entry = roster_by_id.get(mid)
        if entry is None:
            raise DomainError(
                f"Không có đoàn viên số {mid} trong danh sách đoàn viên của đơn vị “{unit_code}”.", field="participants"
            )
        if not any(entry.active_on(d) for d in a.dates):
            left = entry.left_on()
            why = (
                f"đã chuyển đi hoặc ra khỏi Đoàn từ {left:%d/%m/%Y}"
                if left and left <= a.first_day
                else "chưa sinh hoạt tại đơn vị vào các ngày này"
            )
            raise DomainError(
                f"Không thể ghi nhận cho đoàn viên {entry.name} (số {mid}) ngày {format_dates_vi(a.dates)}: {why}.",
                field="participants",
            )


def _prepare(
    session,
    ctx: AppContext,
    unit_code: str,
    draft: Activity,
    *,
    period,
    allow_overlap: bool,
    skip_overlaps: bool,
    exclude_id: int | None,
) -> tuple[Activity, list[Overlap], list[Overlap], list[str]]:
    unit = _unit(session, unit_code)
    ensure_writable(session, unit_code)  # before any other check: the user learns why at once
    a = replace(draft, unit_code=unit_code).validated()
    target = None if period is None else _period(session, unit_code, period, ctx.today())
    check_dates_in_period(a.dates, school=unit.is_school, settings=_settings(session, unit_code), period=target)
    roster_by_id = {r.member_id: r for r in _roster(session, unit_code, a.participant_ids)}
    _check_participants(session, unit_code, a, roster_by_id)
    found = repo.overlaps(session, a.participant_ids, a.dates, exclude_activity_id=exclude_id)
    # Overlaps already confirmed on this activity stay confirmed when it is edited again.
    already = set(draft.overlap_confirmed_ids)
    new = [o for o in found if o.member_id not in already]
    skipped: list[Overlap] = []
    confirmed = [o for o in found if o.member_id in already]
    if new:
        if skip_overlaps:
            drop = {o.member_id for o in new}
            skipped = new
            ids = tuple(m for m in a.participant_ids if m not in drop)
            if not ids:
                raise DomainError(
                    "Sau khi bỏ các đoàn viên đã được ghi nhận trong cùng ngày, hoạt động không còn "
                    "đoàn viên nào để ghi nhận.",
                    field="participants",
                )
            a = replace(
                a, participant_ids=ids, overlap_confirmed_ids=tuple(m for m in a.overlap_confirmed_ids if m in set(ids))
            )
        elif allow_overlap:
            confirmed += new
            a = replace(
                a, overlap_confirmed_ids=tuple(dict.fromkeys(a.overlap_confirmed_ids + tuple(o.member_id for o in new)))
            )
        else:
            raise OverlapError(new)
    keep = {o.member_id for o in confirmed}
    a = replace(
        a, overlap_confirmed_ids=tuple(m for m in a.overlap_confirmed_ids if m in keep and m in set(a.participant_ids))
    )
    warnings = []
    future = [d for d in a.dates if d > ctx.today()]
    if future:
        warnings.append(f"Lưu ý: ngày {future[0]:%d/%m/%Y} chưa đến (hôm nay {ctx.today():%d/%m/%Y}).")
    return a, skipped, confirmed, warnings


def _store_files(ctx: AppContext, paths) -> list:
    return [attachments_service.store_file(ctx.data, p) for p in paths or ()]


def record_activity(
    ctx: AppContext,
    unit_code: str,
    draft: Activity,
    *,
    period=None,
    allow_overlap: bool = False,
    skip_overlaps: bool = False,
    attachments: list[str | os.PathLike] | tuple = (),
) -> SaveResult:
    """Record a new activity and credit its participants (one transaction).

    ``period``: when given (the year shown on screen, ``--year``), every date must lie in it.
    Crediting a member twice on the same day raises ``OverlapError`` unless ``allow_overlap``
    (the user confirmed) or ``skip_overlaps`` (leave those members out).
    """
    stored = _store_files(ctx, attachments)
    with ctx.uow.begin() as s:
        a, skipped, confirmed, warnings = _prepare(
            s,
            ctx,
            unit_code,
            draft,
            period=period,
            allow_overlap=allow_overlap,
            skip_overlaps=skip_overlaps,
            exclude_id=None,
        )
        new_id = writes_repo.insert_activity(s, units_repo.row_id(s, unit_code), a, ctx.actor)
        a = replace(a, id=new_id)
        _record(
            s,
            actor=ctx.actor,
            action="create",
            entity=ENTITY,
            entity_id=new_id,
            unit_code=unit_code,
            after=_activity_dict(a),
        )
        for f in stored:
            attachments_service.attach_in_session(s, ctx, unit_code, OWNER_KIND, new_id, f)
    return SaveResult(new_id, len(a.participant_ids), tuple(skipped), tuple(confirmed), tuple(warnings))


def _live(session, activity_id: int) -> Activity:
    a = repo.get(session, activity_id)
    if a is None:
        raise DomainError(f"Không có hoạt động số {activity_id}.", field="activity")
    if a.deleted:
        raise DomainError(f"Hoạt động số {activity_id} “{a.name}” đã bị xóa.", field="activity")
    return a


def update_activity(
    ctx: AppContext,
    activity_id: int,
    draft: Activity,
    *,
    period=None,
    allow_overlap: bool = False,
    skip_overlaps: bool = False,
    attachments: list[str | os.PathLike] | tuple = (),
) -> SaveResult:
    """Change an activity; the previous version stays in the audit trail."""
    stored = _store_files(ctx, attachments)
    with ctx.uow.begin() as s:
        before = _live(s, activity_id)
        keep = tuple(m for m in before.overlap_confirmed_ids if m in set(draft.participant_ids))
        draft = replace(draft, overlap_confirmed_ids=tuple(dict.fromkeys(keep + tuple(draft.overlap_confirmed_ids))))
        a, skipped, confirmed, warnings = _prepare(
            s,
            ctx,
            before.unit_code,
            draft,
            period=period,
            allow_overlap=allow_overlap,
            skip_overlaps=skip_overlaps,
            exclude_id=activity_id,
        )
        a = replace(a, id=activity_id)
        writes_repo.replace_activity(s, activity_id, a, ctx.actor)
        _record(
            s,
            actor=ctx.actor,
            action="update",
            entity=ENTITY,
            entity_id=activity_id,
            unit_code=before.unit_code,
            before=_activity_dict(before),
            after=_activity_dict(a),
        )
        for f in stored:
            attachments_service.attach_in_session(s, ctx, before.unit_code, OWNER_KIND, activity_id, f)
    return SaveResult(activity_id, len(a.participant_ids), tuple(skipped), tuple(confirmed), tuple(warnings))


def delete_activity(ctx: AppContext, activity_id: int, reason: str = "") -> Changes:
    """Soft delete: the record, its participants and evidence stay (history), the days stop
    counting. ``restore_activity`` brings it back."""
    with ctx.uow.begin() as s:
        a = _live(s, activity_id)
        writes_repo.soft_delete(s, activity_id, ctx.actor, (reason or "").strip()[:300] or None)
        _record(
            s,
            actor=ctx.actor,
            action="delete",
            entity=ENTITY,
            entity_id=activity_id,
            unit_code=a.unit_code,
            before=_activity_dict(a),
            after={"reason": (reason or "").strip() or None},
        )
    return Changes.of("volunteer")


def restore_activity(ctx: AppContext, activity_id: int, *, allow_overlap: bool = False) -> Changes:
    with ctx.uow.begin() as s:
        a = repo.get(s, activity_id)
        if a is None or not a.deleted:
            raise DomainError(f"Hoạt động số {activity_id} không ở trong danh sách đã xóa.", field="activity")
        found = [
            o
            for o in repo.overlaps(s, a.participant_ids, a.dates, exclude_activity_id=activity_id)
            if o.member_id not in set(a.overlap_confirmed_ids)
        ]
        if found and not allow_overlap:
            raise OverlapError(found)
        writes_repo.restore(s, activity_id, a, ctx.actor)
        _record(
            s,
            actor=ctx.actor,
            action="restore",
            entity=ENTITY,
            entity_id=activity_id,
            unit_code=a.unit_code,
            after=_activity_dict(replace(a, deleted=False)),
        )
    return Changes.of("volunteer")


def get_activity(ctx: AppContext, activity_id: int) -> Activity:
    with ctx.uow.read() as s:
        a = repo.get(s, activity_id)
    if a is None:
        raise DomainError(f"Không có hoạt động số {activity_id}.", field="activity")
    return a


def list_activities(
    ctx: AppContext, unit_code: str, period=None, kinds=None, *, deleted: bool = False
) -> list[Activity]:
    with ctx.uow.read() as s:
        p = _period(s, unit_code, period, ctx.today())
        return repo.activities_in(s, unit_code, p.start, p.end, kinds, deleted=deleted)


def activity_history(ctx: AppContext, activity_id: int) -> list[dict]:
    """Every version of an activity (create, update, delete, restore) from the audit trail."""
    with ctx.uow.read() as s:
        return audit.history(s, ENTITY, activity_id)


def add_evidence(ctx: AppContext, activity_id: int, path: str | os.PathLike) -> Changes:
    a = get_activity(ctx, activity_id)
    with ctx.uow.read() as s:
        ensure_writable(s, a.unit_code)
    attachments_service.add_attachment(ctx, a.unit_code, OWNER_KIND, activity_id, path)
    return Changes.of("volunteer")


def evidence(ctx: AppContext, activity_id: int):
    return attachments_service.list_attachments(ctx, OWNER_KIND, activity_id)
