"""Members: the roster, each member's history through the year, saved groups ("Tổ 1").

One function per user action, one transaction each, returning ``Changes.of("members")``.
Every create/update/delete writes an audit entry (entity "member", "membership_event",
"member_group"). Reads used by other areas:

* ``roster(ctx, unit_code, on=None)`` — everyone ever in the unit with their status on a day;
* ``members_on(ctx, unit_code, day)`` — the members of the unit on that day;
* ``member_base_for(ctx, unit_code, start, end)`` — the base for percentages (setting
  ``member_base``, BRIEF §1);
* ``list_groups(ctx, unit_code)`` / ``group_member_ids(ctx, group_id)`` — saved groups
  (member_groups.py).

A member's facts per assessment period (CD-3.3 … CD-3.5) are kept by period_facts.py.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from db.repo import members as repo
from db.repo import settings as settings_repo
from desktop.domain.errors import DomainError
from desktop.domain.members import (
    ENTERING,
    EVENT_LABELS_VI,
    FLAGS,
    JOINED,
    Member,
    PeriodFacts,
    MembershipEvent,
    Stint,
    check_new_event,
    comparable,
    latest_stint,
    member_base,
    name_key,
    status_and_stint,
    status_on,
)
from desktop.domain.settings import with_defaults
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.safety import ensure_writable
from desktop.services.units import period_in, resolve_period
from desktop.services.membership.period_facts import _in_period, record_period_facts

AREA = "members"


@contextmanager
def bulk_objects():
    """Pause the cyclic garbage collector while thousands of small objects are built (a roster
    of 5,000 members, an import): its passes otherwise double the time; nothing here makes
    reference cycles, and collection resumes at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class RosterEntry(NamedTuple):
    """One line of the members screen: the member, their status on the day, their latest stay."""

    member: Member
    status: str
    stint: Stint
    events: tuple[MembershipEvent, ...] = ()


# --------------------------------------------------------------------------- reads
def roster(ctx: AppContext, unit_code: str, on: date | None = None, *, with_events: bool = False) -> list[RosterEntry]:
    """Everyone ever recorded in the unit (transferred-out members stay), status on ``on``.
    ``events`` of each entry is filled only ``with_events`` (the screen does not need it)."""
    day = on or ctx.today()
    with bulk_objects(), ctx.uow.read() as s:
        members = _in_period(s, repo.list_for_unit(s, unit_code), ctx.today())
        if with_events:
            events = repo.events_for_unit(s, unit_code)
            return [
                RosterEntry(
                    m,
                    status_on(events.get(m.id, []), day),
                    latest_stint(events.get(m.id, [])),
                    tuple(events.get(m.id, [])),
                )
                for m in members
            ]
        pairs = repo.event_pairs_for_unit(s, unit_code)
        out = []
        append = out.append
        empty: tuple = ()
        # Histories repeat across a roster (most members: one "joined" on one of a few dates):
        # status and stint (immutable) worked out once per distinct history; entries made as
        # plain tuples (15,000-member table, issue 13).
        known: dict[tuple, tuple] = {}
        make = tuple.__new__
        for m in members:
            history = tuple(pairs.get(m.id, empty))
            found = known.get(history)
            if found is None:
                found = known[history] = status_and_stint(list(history), day)
            append(make(RosterEntry, (m, found[0], found[1], empty)))
    return out


def members_on(ctx: AppContext, unit_code: str, day: date) -> list[Member]:
    """The members of the unit on ``day`` (active per their history)."""
    with ctx.uow.read() as s:
        return repo.active_on(s, unit_code, day)


def get_member(ctx: AppContext, member_id: int) -> Member:
    with ctx.uow.read() as s:
        m = repo.get(s, member_id)
        if m is not None:
            (m,) = _in_period(s, [m], ctx.today())
    if m is None:
        raise DomainError(f"Không tìm thấy đoàn viên số {member_id}.", field="id")
    return m


def history(ctx: AppContext, member_id: int) -> list[MembershipEvent]:
    with ctx.uow.read() as s:
        return repo.events_for_member(s, member_id)


def member_base_for(ctx: AppContext, unit_code: str, start: date, end: date, how: str | None = None) -> float:
    """Members counted for percentages over [start, end]: at the start, at the end (default) or
    the daily average — the unit setting ``member_base`` (BRIEF §1, questions left open)."""
    with ctx.uow.read() as s:
        if how is None:
            how = with_defaults(settings_repo.all_for(s, unit_code))["member_base"]
        histories = repo.events_for_unit(s, unit_code)
    return member_base(histories, start, end, how)


def default_entry_date(ctx: AppContext, unit_code: str) -> date:
    """When a member's date of entering the branch is unknown (first import of an existing
    roster): the start of the current assessment period, or today (setting
    ``member_entry_unknown``)."""
    with ctx.uow.read() as s:
        how = with_defaults(settings_repo.all_for(s, unit_code)).get("member_entry_unknown", "period_start")
    if how == "today":
        return ctx.today()
    return resolve_period(ctx, unit_code).start


# --------------------------------------------------------------------------- member writes
def _audit(s, ctx: AppContext, entries: list[dict]) -> None:
    """Audit the change — refused first if it touches a read-only received branch."""
    for code in {e.get("unit_code") for e in entries}:
        ensure_writable(s, code)
    repo.audit_many(s, ctx.actor, entries)


def set_card_numbers(
    ctx: AppContext, member_id: int, *, ebook_no: str | None, ecard_no: str | None, period_label: str | None = None
) -> Changes:
    """Record the numbers of a member's electronic Union book and card (CD-3.5) for the period
    running today (or ``period_label``); a number given marks the book or card as issued."""
    clean = {
        k: (" ".join(str(v).split()) or None) if v is not None else None
        for k, v in (("ebook_no", ebook_no), ("ecard_no", ecard_no))
    }
    for k, v in clean.items():
        if v is not None and len(v) > 40:
            raise DomainError("Số sổ/thẻ đoàn viên điện tử dài quá 40 ký tự.", field=k)
    today = ctx.today()
    with ctx.uow.begin() as s:
        m = repo.get(s, member_id)
        if m is None:
            raise DomainError(f"Không tìm thấy đoàn viên số {member_id}.", field="id")
        label = period_label or period_in(s, m.unit_code, None, today).label
        was = repo.period_facts(s, [member_id], [label]).get(member_id, {}).get(label)
        f = was or PeriodFacts(member_id, label)
        now = replace(
            f,
            ebook_no=clean["ebook_no"],
            ecard_no=clean["ecard_no"],
            ebook_issued=f.ebook_issued or bool(clean["ebook_no"]),
            ebook_on=f.ebook_on or (today if clean["ebook_no"] and not f.ebook_issued else None),
            ecard_issued=f.ecard_issued or bool(clean["ecard_no"]),
            ecard_on=f.ecard_on or (today if clean["ecard_no"] and not f.ecard_issued else None),
        )
        if now == was:
            return Changes()
        repo.save_period_facts(s, [now], ctx.actor)
        if label == period_in(s, m.unit_code, None, today).label:
            repo.update_members(s, [replace(m, ebook_issued=now.ebook_issued, ecard_issued=now.ecard_issued)])
        _audit(
            s,
            ctx,
            [
                {
                    "action": "update",
                    "entity": "member",
                    "entity_id": member_id,
                    "unit_code": m.unit_code,
                    "before": {"ebook_no": was.ebook_no if was else None, "ecard_no": was.ecard_no if was else None},
                    "after": {"ebook_no": now.ebook_no, "ecard_no": now.ecard_no},
                }
            ],
        )
    return Changes.of(AREA)


def _check_unique(s, m: Member) -> None:
    """No second member of the unit with the same Union card number, or name + date of birth."""
    for other in repo.list_for_unit(s, m.unit_code):
        if other.id == m.id:
            continue
        if m.union_card_no and other.union_card_no == m.union_card_no:
            raise DomainError(
                f"Số thẻ đoàn viên {m.union_card_no} đã thuộc về {other.full_name}.", field="union_card_no"
            )
        if m.date_of_birth is not None and other.key == m.key and other.date_of_birth == m.date_of_birth:
            raise DomainError(f"Đã có đoàn viên {other.full_name} cùng họ tên và ngày sinh.", field="full_name")


def add_member(
    ctx: AppContext,
    unit_code: str,
    member: Member,
    *,
    entry_date: date | None = None,
    entry_kind: str = JOINED,
    note: str | None = None,
) -> tuple[Changes, Member]:
    """Add a member who joined (or transferred in) on ``entry_date`` (default: today)."""
    today = ctx.today()
    m = replace(member, id=None, unit_code=unit_code).validated(today)
    entry_date = entry_date or today
    if entry_kind not in ENTERING:
        raise DomainError("Đoàn viên mới phải “Kết nạp / vào chi đoàn” hoặc “Chuyển đến”.", field="entry_kind")
    check_new_event([], entry_kind, entry_date, today, None)
    if m.date_of_birth and entry_date <= m.date_of_birth:
        raise DomainError("Ngày vào chi đoàn không thể trước ngày sinh.", field="entry_date")
    with ctx.uow.begin() as s:
        if repo.unit_id(s, unit_code) is None:
            raise DomainError(f"Không có đơn vị mã “{unit_code}”.", field="unit_code")
        _check_unique(s, m)
        (mid,) = repo.insert_members(s, unit_code, [m])
        ev = MembershipEvent(entry_kind, entry_date, note)
        repo.add_events(s, [(mid, ev)], ctx.actor)
        saved = replace(m, id=mid)
        record_period_facts(s, ctx, [saved])
        _audit(
            s,
            ctx,
            [
                {
                    "action": "create",
                    "entity": "member",
                    "entity_id": mid,
                    "unit_code": unit_code,
                    "after": comparable(saved),
                },
                {
                    "action": "create",
                    "entity": "membership_event",
                    "entity_id": mid,
                    "unit_code": unit_code,
                    "after": {"kind": ev.kind, "on_date": ev.on_date, "note": ev.note},
                },
            ],
        )
    return Changes.of(AREA), saved


def update_member(ctx: AppContext, member: Member) -> Changes:
    """Save the edited fields of an existing member."""
    m = member.validated(ctx.today())
    with ctx.uow.begin() as s:
        before = repo.get(s, m.id) if m.id is not None else None
        if before is None:
            raise DomainError(f"Không tìm thấy đoàn viên số {m.id}.", field="id")
        (before,) = _in_period(s, [before], ctx.today())
        m = replace(m, unit_code=before.unit_code)
        if comparable(before) == comparable(m):
            return Changes()
        _check_unique(s, m)
        repo.update_members(s, [m])
        record_period_facts(s, ctx, [m])
        _audit(
            s,
            ctx,
            [
                {
                    "action": "update",
                    "entity": "member",
                    "entity_id": m.id,
                    "unit_code": m.unit_code,
                    "before": comparable(before),
                    "after": comparable(m),
                }
            ],
        )
    return Changes.of(AREA)


def delete_member(ctx: AppContext, member_id: int) -> Changes:
    """Delete a member entered by mistake (a member who left is recorded with an event instead,
    so that past reports keep them)."""
    with ctx.uow.begin() as s:
        before = repo.get(s, member_id)
        if before is None:
            raise DomainError(f"Không tìm thấy đoàn viên số {member_id}.", field="id")
        events = repo.events_for_member(s, member_id)
        repo.delete_member(s, member_id)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "delete",
                    "entity": "member",
                    "entity_id": member_id,
                    "unit_code": before.unit_code,
                    "before": {**comparable(before), "events": [(e.kind, e.on_date, e.note) for e in events]},
                }
            ],
        )
    return Changes.of(AREA)


def record_event(ctx: AppContext, member_id: int, kind: str, on_date: date, note: str | None = None) -> Changes:
    """Add a history event: transferred out, left, transferred in again, joined again."""
    with ctx.uow.begin() as s:
        m = repo.get(s, member_id)
        if m is None:
            raise DomainError(f"Không tìm thấy đoàn viên số {member_id}.", field="id")
        events = repo.events_for_member(s, member_id)
        check_new_event(events, kind, on_date, ctx.today(), m.date_of_birth)
        note = (note or "").strip() or None
        repo.add_events(s, [(member_id, MembershipEvent(kind, on_date, note))], ctx.actor)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "create",
                    "entity": "membership_event",
                    "entity_id": member_id,
                    "unit_code": m.unit_code,
                    "after": {"kind": kind, "on_date": on_date, "note": note, "label": EVENT_LABELS_VI[kind]},
                }
            ],
        )
    return Changes.of(AREA)


def delete_last_event(ctx: AppContext, member_id: int) -> Changes:
    """Undo the last history event entered by mistake (a member keeps at least one event)."""
    with ctx.uow.begin() as s:
        m = repo.get(s, member_id)
        events = repo.events_for_member(s, member_id) if m else []
        if m is None or len(events) < 2:
            raise DomainError("Không thể xóa: đoàn viên phải còn ít nhất một mốc vào chi đoàn.", field="kind")
        last = events[-1]
        repo.delete_event(s, last.id)
        _audit(
            s,
            ctx,
            [
                {
                    "action": "delete",
                    "entity": "membership_event",
                    "entity_id": member_id,
                    "unit_code": m.unit_code,
                    "before": {"kind": last.kind, "on_date": last.on_date, "note": last.note},
                }
            ],
        )
    return Changes.of(AREA)


_BULK_FIELDS = set(FLAGS) | {"is_party_member"}


def set_flags(ctx: AppContext, member_ids: list[int], **flags: bool) -> Changes:
    """Bulk edit of the per-member flags (CD-3.3 … CD-3.5) for the selected members."""
    unknown = set(flags) - _BULK_FIELDS
    if unknown:
        raise DomainError(f"Không thể sửa hàng loạt trường “{', '.join(sorted(unknown))}”.", field=sorted(unknown)[0])
    if not member_ids or not flags:
        return Changes()
    with ctx.uow.begin() as s:
        before = _in_period(s, repo.get_many(s, member_ids), ctx.today())
        changed = []
        for m in before:
            new = replace(m, **{k: bool(v) for k, v in flags.items()})
            if not new.is_party_member:
                new = replace(new, party_join_date=None)
            if not new.training_registered:
                new = replace(new, training_registered_on=None)
            new = new.dated(ctx.today())
            if comparable(new) != comparable(m):
                changed.append((m, new))
        repo.update_members(s, [n for _, n in changed])
        record_period_facts(s, ctx, [n for _, n in changed])
        _audit(
            s,
            ctx,
            [
                {
                    "action": "update",
                    "entity": "member",
                    "entity_id": n.id,
                    "unit_code": n.unit_code,
                    "before": comparable(o),
                    "after": comparable(n),
                }
                for o, n in changed
            ],
        )
    return Changes.of(AREA) if changed else Changes()


def search_key(text: str) -> str:
    """What the search box compares: 'nguyen thi' finds 'Nguyễn Thị'."""
    return name_key(text)
