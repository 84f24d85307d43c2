"""The same person twice: in one branch, or in two branches of one Đoàn cơ sở (issue 18).

Read-only helpers for the import preview (desktop/services/membership/member_excel.py), the Đoàn cơ sở's
"Các chi đoàn" view and the CLI (``members duplicates``). The rule itself is in
desktop/domain/identity.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.repo import member_identity as identity_repo
from db.repo import members as repo
from db.repo import units as units_repo
from desktop.domain.identity import SamePerson, identity_keys, may_be_one_person, same_people
from desktop.domain.members import Member
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext


@dataclass(frozen=True)
class SamePeople:
    people: tuple[SamePerson, ...]
    unit_names: dict[str, str]

    def texts_vi(self) -> list[str]:
        return [p.text_vi(self.unit_names) for p in self.people]


def _below(units: list[Unit], code: str) -> list[Unit]:
    kids: dict[str, list[Unit]] = {}
    for u in units:
        if u.parent_code:
            kids.setdefault(u.parent_code, []).append(u)
    out, todo, seen = [], [code], {code}
    while todo:
        for u in kids.get(todo.pop(), []):
            if u.code not in seen:
                seen.add(u.code)
                out.append(u)
                todo.append(u.code)
    return out


def _union_of(units: list[Unit], code: str) -> Unit | None:
    """The Đoàn cơ sở a unit belongs to (itself, if it is one)."""
    by_code = {u.code: u for u in units}
    u, hops = by_code.get(code), 0
    while u is not None and hops < 20:
        if u.kind is UnitKind.DOAN_CO_SO:
            return u
        u, hops = by_code.get(u.parent_code or ""), hops + 1
    return None


def _branch_groups(units: list[Unit], root: Unit) -> list[list[Unit]]:
    """The sets of branches inside which one person must appear once: the branch itself, or
    the branches of each Đoàn cơ sở at or below ``root``."""
    if root.kind is UnitKind.CHI_DOAN:
        return [[root]]
    unions = (
        [root]
        if root.kind is UnitKind.DOAN_CO_SO
        else [u for u in _below(units, root.code) if u.kind is UnitKind.DOAN_CO_SO]
    )
    return [[u for u in _below(units, dcs.code) if u.kind is UnitKind.CHI_DOAN] for dcs in unions]


def same_people_below(
    ctx: AppContext, root_code: str | None = None, on: date | None = None, *, units: list | None = None
) -> SamePeople:
    """Everyone active on ``on`` (default today) more than once in one branch or in two branches
    of the same Đoàn cơ sở, at or below ``root_code`` (default: this installation's unit).
    ``units``: every unit, when the caller has just read them."""
    on = on or ctx.today()
    with ctx.uow.read() as s:
        units = units if units is not None else units_repo.list_all(s)
        root = units_repo.get(s, root_code) if root_code else units_repo.get_self(s)
        if root is None:
            return SamePeople((), {})
        people: list[SamePerson] = []
        groups = _branch_groups(units, root)
        if identity_repo.supported(s):
            for group in groups:
                people.extend(same_people(_candidates(s, [u.code for u in group], on)))
        else:
            active = repo.active_on_units(s, [u.code for group in groups for u in group], on)
            for group in groups:
                members: list[Member] = []
                for u in group:
                    members.extend(active[u.code])
                people.extend(same_people(members))
    return SamePeople(tuple(people), {u.code: u.name for u in units})


def _candidates(s, codes: list[str], on: date) -> list[Member]:
    """The members of the branches ``codes`` active on ``on`` who share a card number, or a name
    with a full date of birth, with another member of them (``may_be_one_person``), in the
    order the whole group is read in (by branch, then id): ``same_people`` finds on these
    exactly what it finds on every active member, and the other 15,000 of a Đoàn cơ sở are not
    made into members (SQLite only, as ``_chained``)."""
    ids = may_be_one_person(identity_repo.identity_rows(s, codes))
    if not ids:
        return []
    alive = identity_repo.active_ids(s, ids, on)
    place = {c: i for i, c in enumerate(codes)}
    found = [m for m in identity_repo.members_by_ids(s, alive) if m.unit_code in place]
    return sorted(found, key=lambda m: (place[m.unit_code], m.id))


def _chained(s, codes: list[str], touched: list[str], on: date) -> list[Member] | None:
    """The active members of the branches ``codes`` that ``same_people`` needs to find every
    person involving a member of ``touched`` (some of ``codes``): the members of ``touched``,
    then whoever shares a card number, or a name and date of birth, with one already found, to
    the end of the chain. Each card number and date of birth is looked up once through an index
    (a Đoàn cơ sở's other 15,000 members are not read). Every member sharing a key found is
    read, so ``same_people`` decides on these exactly as on the whole Đoàn cơ sở; None where
    the look-up is not available (then the whole group is read)."""
    if not identity_repo.supported(s):
        return None
    place = {c: i for i, c in enumerate(codes)}
    active = repo.active_on_units(s, touched, on)
    found: dict[int, Member] = {m.id: m for code in touched for m in active[code]}
    cards: set[str] = set()
    name_dobs: set[tuple] = set()
    asked_cards: set[str] = set()
    asked_dobs: set[date] = set()
    pool: dict[int, Member] = {}  # active members of the group holding a card or a birth date asked for
    todo = list(found.values())
    while todo:
        for m in todo:
            card, nd = identity_keys(m)
            if card:
                cards.add(card)
            if nd is not None:
                name_dobs.add(nd)
        todo = []
        new_cards, new_dobs = cards - asked_cards, {d for _k, d in name_dobs} - asked_dobs
        if new_cards or new_dobs:
            asked_cards |= new_cards
            asked_dobs |= new_dobs
            got = [
                m
                for m in identity_repo.by_identity_keys(s, new_cards, new_dobs)
                if m.id not in found and m.id not in pool and m.unit_code in place
            ]
            alive = identity_repo.active_ids(s, [m.id for m in got], on)
            pool.update((m.id, m) for m in got if m.id in alive)
        for mid, m in list(pool.items()):
            card, nd = identity_keys(m)
            if (card and card in cards) or (nd is not None and nd in name_dobs):
                found[mid] = pool.pop(mid)
                todo.append(m)
    # in the order the whole group is read in (by branch, then id): same_people's ties alike
    return sorted(found.values(), key=lambda m: (place[m.unit_code], m.id))


def same_people_touching(ctx: AppContext, unit_codes: list[str], on: date | None = None) -> SamePeople:
    """The same people (see ``same_people_below``) that involve one of ``unit_codes``, looked for
    in the whole Đoàn cơ sở of each (after a file of those units was imported). Only the members
    who may be one of those people are read (``_chained``), not every member of the Đoàn cơ sở."""
    on = on or ctx.today()
    wanted = set(unit_codes)
    people: list[SamePerson] = []
    with ctx.uow.read() as s:
        # the tree only (code, name, kind, parent): _union_of and _branch_groups need no more
        units = [Unit(c, n, UnitKind(k), parent_code=p) for c, n, k, p in identity_repo.unit_tree(s)]
        by_code = {u.code: u for u in units}
        scopes = []
        for code in unit_codes:
            dcs = _union_of(units, code)
            scope = dcs.code if dcs is not None else code
            if scope not in scopes:
                scopes.append(scope)
        for scope in scopes:
            root = by_code.get(scope)
            if root is None:
                continue
            for group in _branch_groups(units, root):
                codes = [u.code for u in group]
                touched = [c for c in codes if c in wanted]
                if not touched:
                    continue  # no person of this group involves the units imported
                # a few branches: the chains from their members; most of the group: every member at once
                members = _chained(s, codes, touched, on) if len(touched) * 3 < len(codes) else None
                if members is None and identity_repo.supported(s):
                    members = _candidates(s, codes, on)
                elif members is None:
                    active = repo.active_on_units(s, codes, on)
                    members = [m for c in codes for m in active[c]]
                people.extend(p for p in same_people(members) if wanted & set(p.unit_codes) and p not in people)
    return SamePeople(tuple(people), {u.code: u.name for u in units})


def others_in_union(session, unit_code: str, on: date) -> tuple[list[Member], dict[str, str]]:
    """The members active on ``on`` in the other branches of the unit's Đoàn cơ sở (for the
    import preview), with the names of the units."""
    units = units_repo.list_all(session)
    names = {u.code: u.name for u in units}
    dcs = _union_of(units, unit_code)
    if dcs is None:
        return [], names
    out: list[Member] = []
    for u in _below(units, dcs.code):
        if u.kind is UnitKind.CHI_DOAN and u.code != unit_code:
            out.extend(repo.active_on(session, u.code, on))
    return out, names
