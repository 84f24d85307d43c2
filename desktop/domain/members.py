"""Members ("Đoàn viên") and their membership over time.

Membership is history, never overwritten: joined, transferred in, transferred out, left. The
member base of any date or period is computed from it (BRIEF §1: which base the percentages
use is the unit setting ``member_base``). A member who transferred out mid-year keeps their
record and history, so past periods still count them.

The per-member facts the criteria need (BRIEF §1):
* CD-3.3 ``residence_activity`` — takes part in Union activities at the place of residence;
* CD-3.4 ``training_registered`` (+ ``training_registered_on``) — registered for
  "Rèn luyện đoàn viên" on the member-management software;
* CD-3.5 ``ebook_issued`` / ``ecard_issued`` — electronic Union book and card issued.

The field rules shared by the edit dialog and the Excel import (dates, phone numbers, CCCD,
yes/no cells), so that both say the same Vietnamese thing, are in member_values.py; the ones the
rest of the app uses are importable from here too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import NamedTuple

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.text import control_problem, name_problem
from desktop.domain.member_values import date_problem, name_key, normalise_id_number, normalise_name, normalise_phone

# The field rules live in member_values.py; the screens, commands and imports read them from here.
from desktop.domain.member_values import card_text as card_text
from desktop.domain.member_values import parse_bool as parse_bool
from desktop.domain.member_values import parse_date_value as parse_date_value
from desktop.domain.member_values import parse_gender as parse_gender

JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT = "joined", "transferred_in", "transferred_out", "left"
EVENT_KINDS = (JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT)
ENTERING = {JOINED, TRANSFERRED_IN}
LEAVING = {TRANSFERRED_OUT, LEFT}
# Screens show these marked English labels translated (the Vietnamese is in the .ts files);
# the *_VI tables are the fixed Vietnamese words of spreadsheets, paper and the command line,
# whatever language the screens show (tests/unit/test_one_translation.py checks they agree).
EVENT_LABELS = {
    JOINED: QT_TRANSLATE_NOOP("MembershipEvent", "Joined"),
    TRANSFERRED_IN: QT_TRANSLATE_NOOP("MembershipEvent", "Transferred in"),
    TRANSFERRED_OUT: QT_TRANSLATE_NOOP("MembershipEvent", "Transferred out"),
    LEFT: QT_TRANSLATE_NOOP("MembershipEvent", "Left the Union"),
}
EVENT_LABELS_VI = {
    JOINED: "Kết nạp / vào chi đoàn",
    TRANSFERRED_IN: "Chuyển đến",
    TRANSFERRED_OUT: "Chuyển đi",
    LEFT: "Ra khỏi Đoàn",
}

# Status of a member on a given day, derived from the history.
ACTIVE, NOT_MEMBER = "active", "none"
STATUSES = (ACTIVE, TRANSFERRED_OUT, LEFT, NOT_MEMBER)
STATUS_LABELS_VI = {
    ACTIVE: "Đang sinh hoạt",
    TRANSFERRED_OUT: "Đã chuyển đi",
    LEFT: "Đã ra khỏi Đoàn",
    NOT_MEMBER: "Chưa vào chi đoàn",
}
STATUS_LABELS = {
    ACTIVE: QT_TRANSLATE_NOOP("MemberStatus", "Active"),
    TRANSFERRED_OUT: QT_TRANSLATE_NOOP("MemberStatus", "Transferred out"),
    LEFT: QT_TRANSLATE_NOOP("MemberStatus", "Left the Union"),
    NOT_MEMBER: QT_TRANSLATE_NOOP("MemberStatus", "Not yet a member"),
}

GENDERS = ("nam", "nu", "khac")
GENDER_LABELS_VI = {"nam": "Nam", "nu": "Nữ", "khac": "Khác"}
GENDER_LABELS = {
    "nam": QT_TRANSLATE_NOOP("Gender", "Male"),
    "nu": QT_TRANSLATE_NOOP("Gender", "Female"),
    "khac": QT_TRANSLATE_NOOP("Gender", "Other"),
}

# The per-member yes/no facts (BRIEF §1, CD-3.3 … CD-3.5), in the order screens show them.
FLAGS = ("residence_activity", "training_registered", "ebook_issued", "ecard_issued")
FLAG_CRITERIA = {
    "residence_activity": "CD-3.3",
    "training_registered": "CD-3.4",
    "ebook_issued": "CD-3.5",
    "ecard_issued": "CD-3.5",
}


# Vietnamese labels of the fields, used in every message that names a field.
FIELD_LABELS_VI = {
    "full_name": "Họ và tên",
    "date_of_birth": "Ngày sinh",
    "gender": "Giới tính",
    "phone": "Số điện thoại",
    "id_number": "Số CCCD",
    "union_join_date": "Ngày vào Đoàn",
    "union_card_no": "Số thẻ đoàn viên",
    "is_party_member": "Đảng viên",
    "party_join_date": "Ngày vào Đảng",
    "residence": "Nơi cư trú (thôn/tổ dân phố)",
    "training_registered": "Đăng ký Rèn luyện đoàn viên",
    "training_registered_on": "Ngày đăng ký Rèn luyện đoàn viên",
    "ebook_issued": "Đã cấp sổ đoàn điện tử",
    "ecard_issued": "Đã cấp thẻ đoàn điện tử",
    "residence_activity": "Sinh hoạt Đoàn nơi cư trú",
    "notes": "Ghi chú",
    "entry_date": "Ngày vào chi đoàn",
    "entry_kind": "Hình thức vào chi đoàn",
    "exit_date": "Ngày rời chi đoàn",
    "exit_kind": "Hình thức rời chi đoàn",
}


@dataclass(frozen=True)
class PeriodFacts:
    """A member's facts for one assessment period (CD-3.3 … CD-3.5, issue 19 item 7), each with
    the day it became true (None: known true, day not recorded). A period without a record has
    nothing met: last year's facts never count for this year, and a past period keeps its own."""

    member_id: int
    period_label: str
    residence_activity: bool = False  # CD-3.3: takes part in Union activities where they live
    residence_on: date | None = None
    training_registered: bool = False  # CD-3.4: registered for "Rèn luyện đoàn viên"
    training_on: date | None = None
    ebook_issued: bool = False  # CD-3.5: electronic Union book …
    ebook_no: str | None = None
    ebook_on: date | None = None
    ecard_issued: bool = False  # … and card, with their numbers
    ecard_no: str | None = None
    ecard_on: date | None = None

    def following(self, member: "Member", today: date) -> "PeriodFacts":
        """These facts after ``member``'s ticks were saved on ``today``: a fact newly true is
        dated today, one still true keeps its day, one no longer true loses it."""

        def dated(now: bool, was: bool, on: date | None, given: date | None = None) -> date | None:
            if not now:
                return None
            return given or (on if was else today)

        return PeriodFacts(  # not dataclasses.replace: 15,000 members brought in at once
            self.member_id,
            self.period_label,
            residence_activity=member.residence_activity,
            residence_on=dated(member.residence_activity, self.residence_activity, self.residence_on),
            training_registered=member.is_training_registered,
            training_on=dated(
                member.is_training_registered, self.training_registered, self.training_on, member.training_registered_on
            ),
            ebook_issued=member.ebook_issued,
            ebook_no=self.ebook_no,
            ebook_on=dated(member.ebook_issued, self.ebook_issued, self.ebook_on),
            ecard_issued=member.ecard_issued,
            ecard_no=self.ecard_no,
            ecard_on=dated(member.ecard_issued, self.ecard_issued, self.ecard_on),
        )


@dataclass(frozen=True)
class MembershipEvent:
    kind: str
    on_date: date
    note: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Member:
    id: int | None
    unit_code: str
    full_name: str
    date_of_birth: date | None = None
    dob_year_only: bool = False
    gender: str | None = None  # "nam" | "nu" | "khac"
    phone: str | None = None
    id_number: str | None = None
    union_join_date: date | None = None
    union_card_no: str | None = None
    is_party_member: bool = False
    party_join_date: date | None = None
    residence: str | None = None
    training_registered_on: date | None = None
    ebook_issued: bool = False
    ecard_issued: bool = False
    residence_activity: bool = False
    notes: str | None = None
    erased: bool = False
    # CD-3.4: registered for "Rèn luyện đoàn viên"; the date is optional (files often hold "x").
    training_registered: bool = False

    @property
    def key(self) -> str:
        return name_key(self.full_name)

    @property
    def is_training_registered(self) -> bool:
        return self.training_registered or self.training_registered_on is not None

    def dated(self, today: date) -> "Member":
        """CD-3.4 registration recorded without its date is dated the day it was recorded: the
        evaluation counts a registration made by the end of the period (``training_registered_on``),
        and a file or a tick that says "registered" means registered by today at the latest."""
        if self.training_registered and self.training_registered_on is None:
            return replace(self, training_registered_on=today)
        return self

    def normalised(self) -> "Member":
        """Names and free text tidied; a date of admission implies the flag it dates."""
        return replace(self, **normalise_values({f: getattr(self, f) for f in _TIDIED}, complete=True))

    def validated(self, today: date) -> "Member":
        """The member tidied, or DomainError naming the first wrong field."""
        m = self.normalised().dated(today)
        problems = member_problems(m, today)
        if problems:
            field, message = next(iter(problems.items()))
            raise DomainError(message, field=field)
        return m


_FIELDS = tuple(f.name for f in fields(Member))
STORED_FIELDS = tuple(f for f in _FIELDS if f not in ("id", "unit_code", "erased"))
_TIDIED = (
    "full_name",
    "phone",
    "id_number",
    "union_card_no",
    "residence",
    "notes",
    "is_party_member",
    "party_join_date",
    "training_registered",
    "training_registered_on",
)


def member_fields() -> tuple[str, ...]:
    return _FIELDS


def comparable(m: Member) -> dict:
    """The member's stored facts (what an import compares and the audit trail records)."""
    return {f: getattr(m, f) for f in STORED_FIELDS}


def normalise_values(d: dict, *, complete: bool = False) -> dict:
    """Tidy the given field values as ``Member.normalised`` does (names, blanks, flags implied by
    their dates). With ``complete`` the dict holds every field of _TIDIED."""
    out = dict(d)
    if "full_name" in out:
        out["full_name"] = normalise_name(out["full_name"])
    for f in ("phone", "id_number", "notes"):
        if f in out:
            out[f] = (out[f] or "").strip() or None if isinstance(out[f], str) or out[f] is None else out[f]
    if "union_card_no" in out:
        out["union_card_no"] = (out["union_card_no"] or "").strip() or None
    if "residence" in out:
        out["residence"] = _tidy(out["residence"])
    if out.get("party_join_date") is not None:
        out["is_party_member"] = True
    elif complete:
        out["is_party_member"] = bool(out.get("is_party_member"))
    if out.get("training_registered_on") is not None:
        out["training_registered"] = True
    elif complete:
        out["training_registered"] = bool(out.get("training_registered"))
    return out


def _tidy(text: str | None) -> str | None:
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    return text or None


# --------------------------------------------------------------------------- field rules
def member_problems(m: Member, today: date) -> dict[str, str]:
    """Every wrong field of ``m`` as {field: Vietnamese message}; empty when all is right."""
    out: dict[str, str] = {}
    name = (m.full_name or "").strip()
    if not name:
        out["full_name"] = "Chưa nhập họ và tên."
    elif len(name) > 120:
        out["full_name"] = "Họ và tên dài quá 120 ký tự."
    elif _DIGIT.search(name):
        out["full_name"] = f"Họ và tên “{name}” có chữ số: họ tên chỉ gồm chữ cái."
    elif name_problem(name):
        out["full_name"] = name_problem(name)
    elif len(name_key(name).split()) < 2:
        out["full_name"] = f"Họ và tên “{name}” chưa đủ: ghi đầy đủ họ và tên (ít nhất 2 chữ)."
    for f in ("date_of_birth", "union_join_date", "party_join_date", "training_registered_on"):
        d = getattr(m, f)
        if d is not None:
            msg = date_problem(d, today, FIELD_LABELS_VI[f])
            if msg:
                out[f] = msg
    dob = m.date_of_birth
    if dob is not None and "date_of_birth" not in out:
        for f in ("union_join_date", "party_join_date"):
            d = getattr(m, f)
            if d is not None and f not in out and d <= dob and not (m.dob_year_only and d.year > dob.year):
                out[f] = f"{FIELD_LABELS_VI[f]} {d:%d/%m/%Y} không thể trước hoặc trùng ngày sinh {format_dob(m)}."
    if m.gender is not None and m.gender not in GENDERS:
        out["gender"] = f"Giới tính “{m.gender}” không hợp lệ: chọn Nam, Nữ hoặc Khác."
    for f, check in (("phone", normalise_phone), ("id_number", normalise_id_number)):
        v = getattr(m, f)
        if v and not _ALREADY_NORMAL[f](v):
            try:
                if check(v) != v:
                    raise DomainError("")
            except DomainError as exc:
                out[f] = exc.message or f"{FIELD_LABELS_VI[f]} “{v}” không hợp lệ."
    if m.union_card_no and len(m.union_card_no) > 30:
        out["union_card_no"] = "Số thẻ đoàn viên dài quá 30 ký tự."
    if m.party_join_date is not None and not m.is_party_member and "party_join_date" not in out:
        out["party_join_date"] = "Có ngày vào Đảng nhưng chưa đánh dấu là đảng viên."
    if m.residence and len(m.residence) > 200:
        out["residence"] = "Nơi cư trú dài quá 200 ký tự."
    for f in ("residence", "notes", "union_card_no", "phone", "id_number"):
        msg = control_problem(getattr(m, f), FIELD_LABELS_VI.get(f, f))
        if msg and f not in out:
            out[f] = msg
    return out


_DIGIT = re.compile(r"\d")
_PHONE_OK = re.compile(r"0[35789]\d{8}|02\d{9}")
_ALREADY_NORMAL = {
    "phone": lambda v: _PHONE_OK.fullmatch(v) is not None,
    "id_number": lambda v: v.isdigit() and len(v) in (9, 12),
}


def format_dob(m: Member) -> str:
    if m.date_of_birth is None:
        return ""
    return str(m.date_of_birth.year) if m.dob_year_only else f"{m.date_of_birth:%d/%m/%Y}"


# --------------------------------------------------------------------------- history
def sorted_events(events: list[MembershipEvent]) -> list[MembershipEvent]:
    return sorted(events, key=lambda e: (e.on_date, e.id or 0))


def is_active_on(events: list[MembershipEvent], d: date) -> bool:
    """Active when the last event on or before ``d`` brought the member in."""
    last = None
    for e in sorted_events(events):
        if e.on_date <= d:
            last = e
    return last is not None and last.kind in ENTERING


def status_on(events: list[MembershipEvent], d: date) -> str:
    """ACTIVE, TRANSFERRED_OUT, LEFT or NOT_MEMBER on day ``d``."""
    last = None
    for e in sorted_events(events):
        if e.on_date <= d:
            last = e
    if last is None:
        return NOT_MEMBER
    return ACTIVE if last.kind in ENTERING else last.kind


def active_on_any_day(events: list[MembershipEvent], start: date, end: date) -> bool:
    if is_active_on(events, start):
        return True
    return any(e.kind in ENTERING and start <= e.on_date <= end for e in events)


def member_base(histories: dict[int, list[MembershipEvent]], start: date, end: date, how: str = "end") -> float:
    """Number of members for percentages: at the start, at the end, or the daily average
    (BRIEF §1 "Questions the seeds do not answer"; unit setting ``member_base``)."""
    if how == "start":
        return sum(1 for ev in histories.values() if is_active_on(ev, start))
    if how == "end":
        return sum(1 for ev in histories.values() if is_active_on(ev, end))
    days = (end - start).days + 1
    total = 0
    for ev in histories.values():
        total += active_days(ev, start, end)
    return total / days


def active_days(events: list[MembershipEvent], start: date, end: date) -> int:
    """Days in [start, end] on which the member was active (interval arithmetic, no day loop)."""
    total = 0
    active_since: date | None = None
    for e in sorted_events(events):
        if e.kind in ENTERING and active_since is None:
            active_since = e.on_date
        elif e.kind in LEAVING and active_since is not None:
            total += _overlap(active_since, e.on_date - timedelta(days=1), start, end)
            active_since = None
    if active_since is not None:
        total += _overlap(active_since, end, start, end)
    return total


def _overlap(a: date, b: date, start: date, end: date) -> int:
    lo, hi = max(a, start), min(b, end)
    return max(0, (hi - lo).days + 1)


class Stint(NamedTuple):
    """The latest stay of a member in the branch: how and when they came in and went out."""

    entry_kind: str | None = None
    entry_date: date | None = None
    exit_kind: str | None = None
    exit_date: date | None = None


def latest_stint(events: list[MembershipEvent]) -> Stint:
    entry = exit_ = None
    for e in sorted_events(events):
        if e.kind in ENTERING:
            if entry is None or exit_ is not None:
                entry, exit_ = e, None
        elif e.kind in LEAVING and entry is not None and exit_ is None:
            exit_ = e
    return Stint(
        entry.kind if entry else None,
        entry.on_date if entry else None,
        exit_.kind if exit_ else None,
        exit_.on_date if exit_ else None,
    )


def check_new_event(events: list[MembershipEvent], kind: str, on: date, today: date, dob: date | None = None) -> None:
    """A new history event must make sense after the existing ones (DomainError otherwise)."""
    if kind not in EVENT_KINDS:
        raise DomainError(f"Loại sự kiện “{kind}” không hợp lệ.", field="kind")
    msg = date_problem(on, today, "Ngày")
    if msg:
        raise DomainError(msg, field="on_date")
    if dob is not None and on <= dob:
        raise DomainError(f"Ngày {on:%d/%m/%Y} không thể trước ngày sinh.", field="on_date")
    later = [e for e in events if e.on_date > on]
    if later:
        raise DomainError(
            f"Đã có sự kiện “{EVENT_LABELS_VI[later[0].kind]}” ngày {later[0].on_date:%d/%m/%Y}, "
            f"sau ngày {on:%d/%m/%Y}: sự kiện mới phải sau sự kiện cuối cùng.",
            field="on_date",
        )
    active = is_active_on(events, on)
    if kind in LEAVING and not active:
        raise DomainError(
            f"Ngày {on:%d/%m/%Y} đoàn viên không đang sinh hoạt tại chi đoàn nên không thể “{EVENT_LABELS_VI[kind]}”.",
            field="kind",
        )
    if kind in ENTERING and active:
        raise DomainError(
            f"Ngày {on:%d/%m/%Y} đoàn viên đang sinh hoạt tại chi đoàn: không thể "
            f"“{EVENT_LABELS_VI[kind]}” thêm lần nữa.",
            field="kind",
        )


def status_and_stint(pairs: list[tuple[str, date]], day: date) -> tuple[str, Stint]:
    """``status_on`` and ``latest_stint`` at once from (kind, date) pairs already in date order
    (the roster of thousands of members is built from these without making event objects)."""
    status = NOT_MEMBER
    entry = exit_ = None
    for kind, on in pairs:
        if on <= day:
            status = ACTIVE if kind in ENTERING else kind
        if kind in ENTERING:
            if entry is None or exit_ is not None:
                entry, exit_ = (kind, on), None
        elif entry is not None and exit_ is None:
            exit_ = (kind, on)
    return status, Stint(
        entry[0] if entry else None,
        entry[1] if entry else None,
        exit_[0] if exit_ else None,
        exit_[1] if exit_ else None,
    )


@dataclass(frozen=True)
class MemberGroup:
    """A saved selection of members for fast entry ("Tổ 1")."""

    id: int
    unit_code: str
    name: str
    member_ids: tuple[int, ...] = ()
