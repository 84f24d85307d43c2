"""Is this the same person? (issue 18, "identity of members").

A person is recognised by the Union card number first, else by name and full date of birth.
Two uses:

* a member file or form that matches a stored member by card number but carries another name
  or date of birth would replace who that member is: that is asked for (GUI) or refused unless
  accepted explicitly (CLI), never done silently (``identity_changes``);
* the same person active twice in one branch, or in two branches of the same Đoàn cơ sở, is
  counted in each branch's base: such copies are listed (``same_people``) in the import preview
  and in the Đoàn cơ sở's view, so that a transfer is recorded or a copy removed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.members import Member, format_dob, name_key


def card_key(card_no: str | None) -> str | None:
    """A card number as compared: trimmed, upper case; None when there is none."""
    card = (card_no or "").strip().upper()
    return card or None


def name_dob_key(full_name: str, date_of_birth, year_only: bool) -> tuple[str, object] | None:
    """The name key with the full date of birth; None without them (a year alone is not enough
    to say two people are one)."""
    if date_of_birth is None or year_only:
        return None
    key = name_key(full_name)
    return (key, date_of_birth) if key else None


def _card(m: Member) -> str | None:
    return card_key(m.union_card_no)


def _name_dob(m: Member) -> tuple[str, object] | None:
    return name_dob_key(m.full_name, m.date_of_birth, m.dob_year_only)


def may_be_one_person(rows: Iterable[tuple]) -> list[int]:
    """The ids, among ``rows`` of (id, card number, full name, date of birth, year only), of
    those ``same_people`` may put in a group with another of these rows, whoever of them is
    active: sharing a card number, or a name with a full date of birth where one of those
    namesakes has no card (two different cards are two people). The date of birth only needs
    to be spelt one way for all rows. A Đoàn cơ sở reads its 15,000 members whole only for
    these few."""
    keys = [(i, card_key(c), name_dob_key(n, d, y)) for i, c, n, d, y in rows]
    cards = Counter(c for _i, c, _nd in keys if c is not None)
    namesakes = Counter(nd for _i, _c, nd in keys if nd is not None)
    blank = {nd for _i, c, nd in keys if nd is not None and c is None}
    return [
        i
        for i, c, nd in keys
        if (c is not None and cards[c] > 1) or (nd is not None and namesakes[nd] > 1 and nd in blank)
    ]


def identity_keys(m: Member) -> tuple[str | None, tuple[str, object] | None]:
    """What may make ``m`` one person with another: the card number as compared (trimmed, upper
    case), and the name key with the full date of birth; each None when it cannot."""
    return _card(m), _name_dob(m)


def same_person(a: Member, b: Member) -> str | None:
    """ "card" or "name_dob" when ``a`` and ``b`` are the same person, else None."""
    ca, cb = _card(a), _card(b)
    if ca and cb:
        return "card" if ca == cb else None  # two different cards: two people
    na = _name_dob(a)
    return "name_dob" if na is not None and na == _name_dob(b) else None


def identity_changes(before: Member, after: Member) -> tuple[str, ...]:
    """The fields naming the person (``full_name``, ``date_of_birth``) that ``after`` would
    change on ``before``. Spelling and accents of the same name, and filling a blank, are not
    changes of person."""
    out = []
    if after.key != before.key and before.key:
        out.append("full_name")
    if before.date_of_birth is not None and after.date_of_birth is not None:
        if before.dob_year_only or after.dob_year_only:
            differ = before.date_of_birth.year != after.date_of_birth.year
        else:
            differ = before.date_of_birth != after.date_of_birth
        if differ:
            out.append("date_of_birth")
    return tuple(out)


def describe_vi(m: Member) -> str:
    """'Nguyễn Văn An (sinh 12/03/1995, thẻ DV0001)'."""
    bits = []
    if m.date_of_birth is not None:
        bits.append(f"sinh {format_dob(m)}")
    if m.union_card_no:
        bits.append(f"thẻ {m.union_card_no}")
    return m.full_name + (f" ({', '.join(bits)})" if bits else "")


@dataclass(frozen=True)
class SamePerson:
    """One person recorded as an active member more than once."""

    copies: tuple[Member, ...]  # ordered by unit code, then id
    by_card: bool  # True: the same card number; False: the same name and date of birth

    @property
    def unit_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.unit_code for m in self.copies))

    @property
    def in_one_branch(self) -> bool:
        return len(self.unit_codes) == 1

    def text_vi(self, unit_names: Mapping[str, str] | None = None) -> str:
        names = unit_names or {}
        where = ", ".join(names.get(c, c) for c in self.unit_codes)
        why = "cùng số thẻ đoàn viên" if self.by_card else "cùng họ tên và ngày sinh"
        if self.in_one_branch:
            return (
                f"{describe_vi(self.copies[0])} có {len(self.copies)} bản ghi trong {where} ({why}): "
                "mỗi bản được tính một đoàn viên."
            )
        return (
            f"{describe_vi(self.copies[0])} đang là đoàn viên của {len(self.unit_codes)} chi đoàn: "
            f"{where} ({why}). Nếu đã chuyển sinh hoạt, hãy ghi mốc chuyển đi ở chi đoàn cũ."
        )


def same_people(members: Iterable[Member]) -> list[SamePerson]:
    """Groups of active members that are one person (by card, else by name + date of birth).
    Two members with different card numbers are never one person."""
    items = [m for m in members if not m.erased]
    # Only a member sharing a card or a name and date of birth with another can be one of them:
    # the rest (nearly everyone) is set aside before the grouping.
    keys = [(_card(m), _name_dob(m)) for m in items]
    seen = Counter(k for pair in keys for k in pair if k is not None)
    keep = [i for i, (c, nd) in enumerate(keys) if seen[c] > 1 or seen[nd] > 1]
    items = [items[i] for i in keep]
    keys = [keys[i] for i in keep]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    card_of = [c for c, _nd in keys]
    by_card: dict[str, int] = {}
    by_name: dict[tuple, list[int]] = {}
    card_link: set[int] = set()
    for i, (c, nd) in enumerate(keys):
        if c:
            if c in by_card:
                parent[find(i)] = find(by_card[c])
                card_link.update((i, by_card[c]))
            else:
                by_card[c] = i
        if nd is not None:
            by_name.setdefault(nd, []).append(i)
    for idx in by_name.values():
        # Same name and date of birth: one person unless both carry (different) cards. So a
        # copy without a card joins every other copy of the group, and when there is none,
        # only equal cards (joined above) make one person — linear, not pairwise (a Đoàn cơ
        # sở's 15.000 members hold many namesakes born the same day).
        blank = [i for i in idx if not card_of[i]]
        if not blank:
            continue
        root = find(blank[0])
        for i in idx:
            r = find(i)
            if r != root:
                parent[r] = root
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for idx in groups.values():
        if len(idx) < 2:
            continue
        copies = tuple(sorted((items[i] for i in idx), key=lambda m: (m.unit_code, m.id or 0)))
        out.append(SamePerson(copies, by_card=any(i in card_link for i in idx)))
    out.sort(key=lambda p: (p.copies[0].key, p.unit_codes))
    return out
