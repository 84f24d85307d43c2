"""Members' spreadsheets, part 3 of 4: what an import would do (issue 3, issue 18).

Every parsed row is classified against the stored roster — added, updated, unchanged, a
duplicate inside the file, an error — without writing anything. A member is matched by Union
card number, else by name and date of birth; a blank cell never erases what is stored; a row
that would give a card number's member another name or date of birth is set apart for the user
to accept (desktop/domain/identity.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.errors import DomainError
from desktop.domain.identity import describe_vi, identity_changes, same_person
from desktop.domain.members import (
    FIELD_LABELS_VI,
    JOINED,
    STORED_FIELDS,
    TRANSFERRED_IN,
    Member,
    MembershipEvent,
    date_problem,
    latest_stint,
    member_problems,
    name_key,
    normalise_values,
    sorted_events,
)
from desktop.services.membership.member_columns import TEMPLATE_EXAMPLE_NOTE
from desktop.services.membership.member_sheet import Issue, ParsedFile, ParsedRow


@dataclass(frozen=True)
class PlannedAdd:
    row: int
    member: Member
    events: tuple[MembershipEvent, ...]


@dataclass(frozen=True)
class PlannedUpdate:
    row: int
    before: Member
    after: Member
    changed: tuple[str, ...]  # field keys (incl. "entry"/"exit" for history)
    new_events: tuple[MembershipEvent, ...] = ()
    fixed_events: tuple[tuple[int, MembershipEvent, MembershipEvent], ...] = ()  # (id, old, new)
    # Matched by card number but naming another person (full_name / date_of_birth): written
    # only when the user accepts it (desktop/domain/identity.py).
    identity: tuple[str, ...] = ()


@dataclass
class ImportPlan:
    file: ParsedFile
    unit_code: str
    adds: list[PlannedAdd] = field(default_factory=list)
    updates: list[PlannedUpdate] = field(default_factory=list)
    unchanged: list[tuple[int, Member]] = field(default_factory=list)
    duplicates: list[Issue] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)  # every problem, duplicates included
    example_rows: list[int] = field(default_factory=list)  # the template's example, not imported
    fingerprint: tuple = ()  # of the stored roster the plan was made against
    numbers: dict = field(default_factory=dict)  # row -> (e-book no., e-card no.), this period's facts
    # Not errors, shown before importing: the person is already active in another branch of the
    # same Đoàn cơ sở (the import goes ahead; a transfer should then be recorded).
    warnings: list[Issue] = field(default_factory=list)

    @property
    def identity_changes(self) -> list[PlannedUpdate]:
        return [u for u in self.updates if u.identity]

    @property
    def ignored_rows(self) -> list[tuple[int, str]]:
        return sorted(self.file.ignored_rows + [(r, "dòng ví dụ của tệp mẫu") for r in self.example_rows])

    @property
    def invalid_rows(self) -> set[int]:
        return {e.row for e in self.errors if e.row is not None}

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def counts(self) -> dict:
        return {
            "added": len(self.adds),
            "updated": len(self.updates),
            "unchanged": len(self.unchanged),
            "skipped": len(self.invalid_rows),
        }

    def as_json(self, *, written: bool, dry_run: bool) -> dict:
        out = self.counts()
        out["errors"] = [e.as_json() for e in self.errors]
        out["warnings"] = [w.as_json() for w in self.warnings]
        out["identity_changes"] = [
            {
                "row": u.row,
                "card": u.before.union_card_no,
                "stored": describe_vi(u.before),
                "in_file": describe_vi(u.after),
                "fields": list(u.identity),
            }
            for u in self.identity_changes
        ]
        out.update(
            {
                "written": written,
                "dry_run": dry_run,
                "sheet": self.file.sheet,
                "header_row": self.file.header_row,
                "ignored_columns": list(self.file.ignored_columns),
                "ignored_rows": [{"row": r, "reason": why} for r, why in self.ignored_rows],
            }
        )
        return out


class IdentityChangeRefused(DomainError):
    """Rows match stored members by card number but name other people: nothing was written."""

    def __init__(self, plan: ImportPlan):
        rows = plan.identity_changes
        lines = [
            f"dòng {u.row}: số thẻ {u.before.union_card_no} là của {describe_vi(u.before)}, "
            f"tệp ghi {describe_vi(u.after)}"
            for u in rows[:5]
        ]
        more = f"; và {len(rows) - 5} dòng khác" if len(rows) > 5 else ""
        super().__init__(
            f"Tệp đổi họ tên hoặc ngày sinh của {len(rows)} đoàn viên đã có (nhận ra theo số thẻ đoàn viên): "
            + "; ".join(lines)
            + more
            + ". Chưa ghi gì. Nếu đúng là cùng người (sửa tên, sửa ngày sinh), "
            "hãy xác nhận việc đổi; nếu không, sửa số thẻ trong tệp.",
            field="union_card_no",
        )
        self.plan = plan


class ImportRefused(DomainError):
    """The file has errors and the user did not choose to skip them: nothing was written."""

    def __init__(self, plan: ImportPlan):
        n = len(plan.invalid_rows)
        super().__init__(
            f"Tệp có lỗi ở {n} dòng: chưa ghi gì. Sửa các lỗi trong tệp rồi nhập lại, hoặc chọn bỏ qua các dòng lỗi."
        )
        self.plan = plan


# --------------------------------------------------------------------------- planning
_MEMBER_KEYS = {f for f in FIELD_LABELS_VI if f not in ("entry_date", "entry_kind", "exit_date", "exit_kind")} | {
    "dob_year_only"
}


class _Index:
    """Existing members of the unit, by Union card number and by name (+ date of birth)."""

    def __init__(self, members: list[Member]):
        self.by_card: dict[str, Member] = {}
        self.by_name: dict[str, list[Member]] = {}
        for m in members:
            if m.union_card_no:
                self.by_card.setdefault(m.union_card_no, m)
            self.by_name.setdefault(m.key, []).append(m)

    def match(self, key: str, card: str | None, dob: date | None, year_only: bool) -> tuple[Member | None, str | None]:
        """(member, None) when found, (None, None) when new, (None, reason) when ambiguous."""
        if card and card in self.by_card:
            return self.by_card[card], None
        same = self.by_name.get(key, [])
        if not same:
            return None, None
        if dob is not None:
            hits = [
                m
                for m in same
                if m.date_of_birth is not None and _same_dob(m.date_of_birth, m.dob_year_only, dob, year_only)
            ]
            if len(hits) == 1:
                hit = hits[0]
            elif len(hits) > 1:
                return None, (f"có {len(hits)} đoàn viên cùng họ tên và ngày sinh: ghi số thẻ đoàn viên để phân biệt")
            else:
                undated = [m for m in same if m.date_of_birth is None]
                if len(undated) == 1 and len(same) == 1:
                    hit = undated[0]
                else:
                    return None, None
        else:
            if len(same) > 1:
                return None, (
                    f"có {len(same)} đoàn viên tên “{same[0].full_name}”: ghi ngày sinh hoặc "
                    "số thẻ đoàn viên để biết là ai"
                )
            hit = same[0]
        if card and hit.union_card_no and hit.union_card_no != card:
            return None, (
                f"trùng họ tên, ngày sinh với {hit.full_name} nhưng khác số thẻ đoàn viên "
                f"({hit.union_card_no} ≠ {card})"
            )
        return hit, None


def _same_dob(a: date, a_year: bool, b: date, b_year: bool) -> bool:
    if a_year or b_year:
        return a.year == b.year
    return a == b


def plan_rows(
    pf: ParsedFile,
    unit_code: str,
    existing: list[Member],
    histories: dict[int, list[MembershipEvent]],
    today: date,
    default_entry: date,
    others: list[Member] = (),
    unit_names: dict[str, str] | None = None,
) -> ImportPlan:
    """Classify every parsed row against the stored members (pure: nothing is written).
    ``others``: the members active in the other branches of the same Đoàn cơ sở (warnings)."""
    plan = ImportPlan(file=pf, unit_code=unit_code)
    plan.errors.extend(pf.issues)
    bad_rows = {i.row for i in pf.issues}
    index = _Index(existing)
    seen_card: dict[str, int] = {}
    seen_name: dict[tuple, int] = {}
    seen_name_card: dict[tuple, bool] = {}  # every row so far with this name had a card
    seen_target: dict[int, int] = {}
    for pr in pf.rows:
        v = pr.values
        book, card_no = v.pop("ebook_no", None), v.pop("ecard_no", None)
        if book or card_no:
            plan.numbers[pr.row] = (book, card_no)
            if book:  # a number is an issued book or card
                v.setdefault("ebook_issued", True)
            if card_no:
                v.setdefault("ecard_issued", True)
        if _is_template_example(v):
            plan.example_rows.append(pr.row)
            continue
        key = name_key(v["full_name"])
        card = v.get("union_card_no")
        dob = v.get("date_of_birth")
        # Duplicates inside the file: the first row wins, later ones are listed.
        dup = None
        if card and card in seen_card:
            dup = (seen_card[card], "union_card_no", f"cùng số thẻ đoàn viên {card}")
        elif (key, dob) in seen_name and not (card and seen_name_card[(key, dob)]):
            # Same name (and date of birth): the same person, unless both rows carry (different)
            # Union card numbers — the card is what identifies a member first.
            dup = (seen_name[(key, dob)], "full_name", "cùng họ tên" + (" và ngày sinh" if dob else ""))
        target = None
        reason = None
        if dup is None:
            target, reason = index.match(key, card, dob, bool(v.get("dob_year_only")))
            if target is not None and target.id in seen_target:
                dup = (seen_target[target.id], "full_name", f"cùng là đoàn viên {target.full_name}")
        if dup is not None:
            first, fkey, why = dup
            issue = Issue(
                pr.row,
                pf.header_of(fkey),
                f"Trùng với dòng {first} ({why}): dòng này không được nhập.",
                pf.letter_of(fkey),
            )
            plan.duplicates.append(issue)
            plan.errors.append(issue)
            continue
        if card:
            seen_card[card] = pr.row
        seen_name.setdefault((key, dob), pr.row)
        seen_name_card[(key, dob)] = seen_name_card.get((key, dob), True) and bool(card)
        if pr.row in bad_rows:
            continue
        if reason:
            plan.errors.append(
                Issue(
                    pr.row,
                    pf.header_of("full_name"),
                    f"Không xác định được đoàn viên: {reason}.",
                    pf.letter_of("full_name"),
                )
            )
            continue
        if target is not None:
            seen_target[target.id] = pr.row
            _plan_update(plan, pr, target, histories.get(target.id, []), today)
            last = plan.updates[-1] if plan.updates else None
            if card and last is not None and last.row == pr.row and card == target.union_card_no:
                changed = identity_changes(last.before, last.after)
                if changed:
                    plan.updates[-1] = replace(last, identity=changed)
        else:
            _plan_add(plan, pr, unit_code, today, default_entry)
    if others:
        _warn_same_people(plan, others, unit_names or {})
    return plan


def _warn_same_people(plan: ImportPlan, others: list[Member], names: dict[str, str]) -> None:
    """A row naming a person already active in another branch of the Đoàn cơ sở."""
    by_card: dict[str, list[Member]] = {}
    by_name: dict[str, list[Member]] = {}
    for o in others:
        if o.union_card_no:
            by_card.setdefault(o.union_card_no.strip().upper(), []).append(o)
        by_name.setdefault(o.key, []).append(o)
    rows = (
        [(a.row, a.member) for a in plan.adds]
        + [(u.row, u.after) for u in plan.updates]
        + [(r, m) for r, m in plan.unchanged]
    )
    pf = plan.file
    for row, m in sorted(rows, key=lambda x: x[0]):
        cands = by_card.get((m.union_card_no or "").strip().upper(), []) + by_name.get(m.key, [])
        hit = next((o for o in cands if same_person(m, o)), None)
        if hit is None:
            continue
        why = "cùng số thẻ đoàn viên" if same_person(m, hit) == "card" else "cùng họ tên và ngày sinh"
        plan.warnings.append(
            Issue(
                row,
                pf.header_of("full_name"),
                f"{describe_vi(m)} đang là đoàn viên của {names.get(hit.unit_code, hit.unit_code)} ({why}). "
                "Nếu đã chuyển sinh hoạt, hãy ghi mốc chuyển đi ở chi đoàn cũ; nếu không, kiểm tra lại dòng này.",
                pf.letter_of("full_name"),
            )
        )


def _is_template_example(v: dict) -> bool:
    return v.get("notes") == TEMPLATE_EXAMPLE_NOTE


def _file_values(v: dict) -> dict:
    """The member fields a row gives, tidied; "Không" for a flag also clears its date."""
    changes = {k: v[k] for k in _MEMBER_KEYS if k in v}
    if changes.get("is_party_member") is False and "party_join_date" not in v:
        changes["party_join_date"] = None
    if changes.get("training_registered") is False and "training_registered_on" not in v:
        changes["training_registered_on"] = None
    return changes


def _field_issues(plan: ImportPlan, row: int, problems: dict[str, str]) -> None:
    pf = plan.file
    for f, msg in problems.items():
        col = f if f in pf.columns or f != "is_party_member" else "party_join_date"
        plan.errors.append(Issue(row, pf.header_of(col), msg, pf.letter_of(col)))


def _stint_problems(
    pf: ParsedFile, v: dict, dob: date | None, entry: date | None, today: date, row: int
) -> list[Issue]:
    out = []
    for k in ("entry_date", "exit_date"):
        d = v.get(k)
        if d is None:
            continue
        msg = date_problem(d, today, pf.header_of(k))
        if msg is None and dob is not None and d <= dob:
            msg = f"{pf.header_of(k)} {d:%d/%m/%Y} không thể trước ngày sinh."
        if msg:
            out.append(Issue(row, pf.header_of(k), msg, pf.letter_of(k)))
    exit_date = v.get("exit_date")
    if exit_date and entry and exit_date < entry and not out:
        out.append(
            Issue(
                row,
                pf.header_of("exit_date"),
                f"{pf.header_of('exit_date')} {exit_date:%d/%m/%Y} trước ngày vào chi đoàn {entry:%d/%m/%Y}.",
                pf.letter_of("exit_date"),
            )
        )
    if "exit_kind" in v and "exit_date" not in v:
        out.append(
            Issue(
                row,
                pf.header_of("exit_date"),
                "Có hình thức rời chi đoàn nhưng thiếu ngày rời chi đoàn.",
                pf.letter_of("exit_kind"),
            )
        )
    if "entry_kind" in v and "entry_date" not in v and "union_join_date" not in v:
        pass  # the kind alone is kept; the date falls back as for any new member
    return out


def _plan_add(plan: ImportPlan, pr: ParsedRow, unit_code: str, today: date, default_entry: date) -> None:
    v = pr.values
    m = Member(id=None, unit_code=unit_code, **normalise_values({**_EMPTY, **_file_values(v)}, complete=True))
    if m.training_registered and m.training_registered_on is None:
        m = m.dated(today)
    problems = member_problems(m, today)
    entry = v.get("entry_date") or m.union_join_date
    note = None
    if entry is None:
        entry = default_entry
        note = "Tệp nhập không ghi ngày vào chi đoàn: tính từ ngày này."
        if m.date_of_birth and entry <= m.date_of_birth:
            entry = today
    issues = _stint_problems(plan.file, v, m.date_of_birth, entry, today, pr.row)
    if problems or issues:
        _field_issues(plan, pr.row, problems)
        plan.errors.extend(issues)
        return
    events = [MembershipEvent(v.get("entry_kind", JOINED), entry, note)]
    if v.get("exit_date"):
        events.append(MembershipEvent(v["exit_kind"], v["exit_date"]))
    plan.adds.append(PlannedAdd(pr.row, m, tuple(events)))


_EMPTY = {f: getattr(Member(None, "", ""), f) for f in STORED_FIELDS}
_HISTORY_KEYS = ("entry_date", "entry_kind", "exit_date", "exit_kind")


def _plan_update(plan: ImportPlan, pr: ParsedRow, before: Member, events: list[MembershipEvent], today: date) -> None:
    v = pr.values
    fv = normalise_values(_file_values(v))
    same = all(getattr(before, k) == x for k, x in fv.items())
    stint = latest_stint(events)
    if same and not any(k in v for k in _HISTORY_KEYS):
        plan.unchanged.append((pr.row, before))
        return
    after = replace(before, **fv).normalised().dated(today) if not same else before
    problems = member_problems(after, today) if not same else {}
    entry_for_check = v.get("entry_date") or stint.entry_date
    issues = _stint_problems(plan.file, v, after.date_of_birth, entry_for_check, today, pr.row)
    if problems or issues:
        _field_issues(plan, pr.row, problems)
        plan.errors.extend(issues)
        return
    changed = [f for f in _MEMBER_KEYS if getattr(before, f) != getattr(after, f)]
    new_events: list[MembershipEvent] = []
    fixed: list[tuple[int, MembershipEvent, MembershipEvent]] = []
    evs = sorted_events(events)
    entry_ev = _stint_event(evs, stint.entry_kind, stint.entry_date)
    exit_ev = _stint_event(evs, stint.exit_kind, stint.exit_date)
    f_entry, f_entry_kind = v.get("entry_date"), v.get("entry_kind")
    f_exit, f_exit_kind = v.get("exit_date"), v.get("exit_kind")
    if f_entry and stint.exit_date and f_entry > stint.exit_date:
        # Came back after leaving: a new stay, history kept.
        new_events.append(MembershipEvent(f_entry_kind or TRANSFERRED_IN, f_entry))
        if f_exit and f_exit >= f_entry:
            new_events.append(MembershipEvent(f_exit_kind, f_exit))
        changed.append("entry")
    else:
        if entry_ev is not None and (f_entry or f_entry_kind):
            new = MembershipEvent(
                f_entry_kind or entry_ev.kind,
                f_entry or entry_ev.on_date,
                entry_ev.note if (f_entry or entry_ev.on_date) == entry_ev.on_date else None,
            )
            if (new.kind, new.on_date) != (entry_ev.kind, entry_ev.on_date):
                fixed.append((entry_ev.id, entry_ev, new))
                changed.append("entry")
        if f_exit:
            if exit_ev is None:
                new_events.append(MembershipEvent(f_exit_kind, f_exit))
                changed.append("exit")
            elif (f_exit_kind, f_exit) != (exit_ev.kind, exit_ev.on_date):
                fixed.append((exit_ev.id, exit_ev, MembershipEvent(f_exit_kind, f_exit, exit_ev.note)))
                changed.append("exit")
    if not changed:
        plan.unchanged.append((pr.row, before))
        return
    plan.updates.append(PlannedUpdate(pr.row, before, after, tuple(changed), tuple(new_events), tuple(fixed)))


def _stint_event(evs, kind, on) -> MembershipEvent | None:
    if kind is None:
        return None
    for e in reversed(evs):
        if e.kind == kind and e.on_date == on:
            return e
    return None
