"""Members ("Đoàn viên") and their membership over time.

Membership is history, never overwritten: joined, transferred in, transferred out, left. The
member base of any date or period is computed from it (BRIEF §1: which base the percentages
use is the unit setting ``member_base``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT = "joined", "transferred_in", "transferred_out", "left"
EVENT_KINDS = (JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, LEFT)
ENTERING = {JOINED, TRANSFERRED_IN}
EVENT_LABELS_VI = {JOINED: "Kết nạp / vào chi đoàn", TRANSFERRED_IN: "Chuyển đến",
                   TRANSFERRED_OUT: "Chuyển đi", LEFT: "Ra khỏi Đoàn"}


def name_key(text: str) -> str:
    """Lower-case, without diacritics, single spaces: 'Nguyễn  Thị Đào' -> 'nguyen thi dao'."""
    text = (text or "").replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


def normalise_name(text: str) -> str:
    """NFC, single spaces, each word capitalised as Vietnamese names are written."""
    text = unicodedata.normalize("NFC", " ".join((text or "").split()))
    return " ".join(w[:1].upper() + w[1:].lower() if w else w for w in text.split(" "))


@dataclass(frozen=True)
class MembershipEvent:
    kind: str
    on_date: date
    note: str | None = None


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

    @property
    def key(self) -> str:
        return name_key(self.full_name)


def is_active_on(events: list[MembershipEvent], d: date) -> bool:
    """Active when the last event on or before ``d`` brought the member in."""
    last = None
    for e in sorted(events, key=lambda e: e.on_date):
        if e.on_date <= d:
            last = e
    return last is not None and last.kind in ENTERING


def active_on_any_day(events: list[MembershipEvent], start: date, end: date) -> bool:
    if is_active_on(events, start):
        return True
    return any(e.kind in ENTERING and start <= e.on_date <= end for e in events)


def member_base(histories: dict[int, list[MembershipEvent]], start: date, end: date,
                how: str = "end") -> float:
    """Number of members for percentages: at the start, at the end, or the daily average."""
    if how == "start":
        return sum(1 for ev in histories.values() if is_active_on(ev, start))
    if how == "end":
        return sum(1 for ev in histories.values() if is_active_on(ev, end))
    days = (end - start).days + 1
    total = 0
    for ev in histories.values():
        d = start
        active_days = 0
        while d <= end:
            active_days += is_active_on(ev, d)
            d += timedelta(days=1)
        total += active_days
    return total / days
