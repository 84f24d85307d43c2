"""Volunteer days ("ngày tình nguyện") and the activities that credit them.

Rules and where they come from:
* CD-3.6 (BRIEF §1, 001_9df586bd548f38af.txt:2992-2993): every member takes part in at least
  05 volunteer days in the year → ``REQUIRED_DAYS``.
* CD-2.2: at least one "công trình, phần việc thanh niên" a year, focus on drugs, traffic
  safety, digital transformation, green transition … → kind ``cong-trinh-thanh-nien`` + focus.
* CD-2.3: one "hành trình đến với các địa chỉ đỏ" or one positive social-media trend activity
  → kinds ``dia-chi-do`` and ``trao-luu-mang-xa-hoi``.
* What one "ngày tình nguyện" is, is not defined by the seeds (BRIEF §11). The app records what
  the branch credits per participant, in half days, never more than one day per calendar day
  of the activity, and a member is credited at most once for the same calendar day unless the
  user confirms an overlap (issue 4 §4).
* The year is the unit's assessment period (calendar year from ``year_start``, school year from
  ``school_year_start`` for "khối trường học" branches, BRIEF §3.3; desktop.domain.periods).

Days are stored as whole half days (integers) so that totals such as 4,5 are exact
(desktop/domain/volunteer_dates.py: days and dates of an activity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.members import name_key
from desktop.domain.collation import person_key
from desktop.domain.periods import Period
from desktop.domain.phrases import Words, phrase
from desktop.domain.volunteer_dates import MAX_DATES, check_days, to_half_days

# The days and dates of an activity live in volunteer_dates.py; screens, commands and packages read
# them from here.
from desktop.domain.volunteer_dates import check_dates_in_period as check_dates_in_period
from desktop.domain.volunteer_dates import format_dates_vi as format_dates_vi
from desktop.domain.volunteer_dates import format_days_vi as format_days_vi
from desktop.domain.volunteer_dates import parse_dates as parse_dates
from desktop.domain.volunteer_dates import split_half_days as split_half_days

REQUIRED_DAYS = 5.0  # CD-3.6

TINH_NGUYEN = "tinh-nguyen"
CONG_TRINH = "cong-trinh-thanh-nien"
DIA_CHI_DO = "dia-chi-do"
TRAO_LUU = "trao-luu-mang-xa-hoi"
KHAC = "khac"
KINDS = (TINH_NGUYEN, CONG_TRINH, DIA_CHI_DO, TRAO_LUU, KHAC)
# (Vietnamese, English marked for translation): the Vietnamese reads sheets and writes the
# domain's own messages (_parse_choice); screens and paper put a label in a language with label_words.
KIND_LABELS = {
    TINH_NGUYEN: ("Hoạt động tình nguyện", QT_TRANSLATE_NOOP("VolunteerKind", "Volunteer activity")),
    CONG_TRINH: ("Công trình, phần việc thanh niên", QT_TRANSLATE_NOOP("VolunteerKind", "Youth project / work item")),
    DIA_CHI_DO: ("Hành trình đến với các địa chỉ đỏ", QT_TRANSLATE_NOOP("VolunteerKind", "Journey to a red address")),
    TRAO_LUU: (
        "Hoạt động tạo trào lưu tích cực trên mạng xã hội",
        QT_TRANSLATE_NOOP("VolunteerKind", "Positive social-media trend"),
    ),
    KHAC: ("Khác", QT_TRANSLATE_NOOP("VolunteerKind", "Other")),
}
CD22_KINDS = (CONG_TRINH,)  # CD-2.2
CD23_KINDS = (DIA_CHI_DO, TRAO_LUU)  # CD-2.3 (either one)

FOCI = ("ma-tuy", "an-toan-giao-thong", "chuyen-doi-so", "chuyen-doi-xanh", "khac")
FOCUS_LABELS = {
    "ma-tuy": ("Phòng, chống ma túy", QT_TRANSLATE_NOOP("VolunteerFocus", "Drug prevention")),
    "an-toan-giao-thong": ("An toàn giao thông", QT_TRANSLATE_NOOP("VolunteerFocus", "Traffic safety")),
    "chuyen-doi-so": ("Chuyển đổi số", QT_TRANSLATE_NOOP("VolunteerFocus", "Digital transformation")),
    "chuyen-doi-xanh": ("Chuyển đổi xanh", QT_TRANSLATE_NOOP("VolunteerFocus", "Green transition")),
    "khac": ("Khác", QT_TRANSLATE_NOOP("VolunteerFocus", "Other")),
}

LEVELS = ("chi-doan", "doan-co-so", "cap-tren")
LEVEL_LABELS = {
    "chi-doan": ("Chi đoàn", QT_TRANSLATE_NOOP("VolunteerLevel", "Branch")),
    "doan-co-so": ("Đoàn cơ sở", QT_TRANSLATE_NOOP("VolunteerLevel", "Grassroots Union")),
    "cap-tren": ("Đoàn cấp trên", QT_TRANSLATE_NOOP("VolunteerLevel", "Higher level")),
}

_CONTEXTS = {"kind": "VolunteerKind", "focus": "VolunteerFocus", "level": "VolunteerLevel"}
_TABLES = {"kind": KIND_LABELS, "focus": FOCUS_LABELS, "level": LEVEL_LABELS}


def label_words(what: str, key: str) -> Words:
    """An activity's kind, focus or level (``what``) in words, put in a language with ``say()``;
    an unknown key stays as it is."""
    label = _TABLES[what].get(key)
    return phrase(_CONTEXTS[what], label[1]) if label else key


MAX_GUESTS = 100_000
MAX_NAME = 200


# --------------------------------------------------------------------------- the activity


@dataclass(frozen=True)
class Activity:
    """A volunteer activity and who was credited for it."""

    id: int | None
    unit_code: str
    name: str
    kind: str
    dates: tuple[date, ...]
    days: float  # days credited to each participant for the whole activity
    level: str = "chi-doan"
    focus: str | None = None
    place: str | None = None
    guests: int = 0  # non-members: counted, never credited
    confirmed_by: str | None = None
    notes: str | None = None
    participant_ids: tuple[int, ...] = ()
    overlap_confirmed_ids: tuple[int, ...] = ()  # participants credited twice on a day, confirmed
    deleted: bool = False

    @property
    def first_day(self) -> date:
        return self.dates[0]

    @property
    def last_day(self) -> date:
        return self.dates[-1]

    @property
    def participant_count(self) -> int:
        return len(self.participant_ids)

    @property
    def people(self) -> int:
        """Everyone who took part: credited members plus guests."""
        return len(self.participant_ids) + self.guests

    @property
    def member_days(self) -> float:
        return self.days * len(self.participant_ids)

    @property
    def half_days(self) -> int:
        return to_half_days(self.days)

    def validated(self, *, stored: bool = False) -> Activity:
        """A normalised copy, or DomainError with a Vietnamese message naming the field.
        ``stored``: an activity as kept (a data file): it may have nobody left, its only member
        deleted since (entered by mistake); recording one needs at least one member."""
        name = " ".join((self.name or "").split())
        if not name:
            raise DomainError("Tên hoạt động không được để trống.", field="name")
        if len(name) > MAX_NAME:
            raise DomainError(f"Tên hoạt động quá dài (tối đa {MAX_NAME} ký tự).", field="name")
        kind = parse_kind(self.kind)
        focus = None
        if kind == CONG_TRINH:
            if not self.focus:
                raise DomainError(
                    "Công trình, phần việc thanh niên phải chọn lĩnh vực: phòng, chống ma túy; an "
                    "toàn giao thông; chuyển đổi số; chuyển đổi xanh; hoặc khác.",
                    field="focus",
                )
            focus = parse_focus(self.focus)
        level = parse_level(self.level or "chi-doan")
        dates = tuple(sorted(set(self.dates or ())))
        if not dates:
            raise DomainError("Hoạt động phải có ít nhất 01 ngày diễn ra.", field="dates")
        if len(dates) > MAX_DATES:
            raise DomainError(
                f"Một hoạt động có tối đa {MAX_DATES} ngày diễn ra (đang có {len(dates)} ngày); "
                "hãy ghi thành nhiều hoạt động.",
                field="dates",
            )
        days = check_days(self.days, len(dates))
        try:
            guests = int(self.guests or 0)
        except (TypeError, ValueError):
            raise DomainError("Số khách (người ngoài Đoàn) phải là số nguyên.", field="guests") from None
        if guests < 0:
            raise DomainError("Số khách (người ngoài Đoàn) không được âm.", field="guests")
        if guests > MAX_GUESTS:
            raise DomainError(
                f"Số khách {guests} không hợp lý (tối đa {MAX_GUESTS:,}).".replace(",", "."), field="guests"
            )
        ids = tuple(dict.fromkeys(int(i) for i in self.participant_ids))
        if not ids and not stored:
            raise DomainError(
                "Hoạt động chưa có đoàn viên tham gia: chọn ít nhất 01 đoàn viên để ghi nhận ngày "
                "tình nguyện (khách ngoài Đoàn chỉ được đếm, không được ghi nhận).",
                field="participants",
            )
        confirmed = tuple(i for i in dict.fromkeys(self.overlap_confirmed_ids) if i in set(ids))
        return replace(
            self,
            name=name,
            kind=kind,
            focus=focus,
            level=level,
            dates=dates,
            days=days,
            guests=guests,
            participant_ids=ids,
            overlap_confirmed_ids=confirmed,
            place=_clean(self.place, 200, "Địa điểm", "place"),
            confirmed_by=_clean(self.confirmed_by, 120, "Người xác nhận", "confirmed_by"),
            notes=(self.notes or "").strip() or None,
        )


def _clean(text: str | None, limit: int, label: str, fld: str) -> str | None:
    text = " ".join((text or "").split())
    if len(text) > limit:
        raise DomainError(f"{label} quá dài (tối đa {limit} ký tự).", field=fld)
    return text or None


def _key(text: str) -> str:
    return name_key(re.sub(r"[-,.;:()/]", " ", text or ""))


# Short forms people write in sheets ("Địa chỉ đỏ", "ATGT", "Cấp trên").
_ALIASES = {
    TINH_NGUYEN: ("tinh nguyen",),
    CONG_TRINH: ("cong trinh", "phan viec"),
    DIA_CHI_DO: ("dia chi do",),
    TRAO_LUU: ("trao luu", "mang xa hoi"),
    "ma-tuy": ("ma tuy",),
    "an-toan-giao-thong": ("atgt", "giao thong"),
    "chuyen-doi-so": ("chuyen doi so", "cds"),
    "chuyen-doi-xanh": ("chuyen doi xanh",),
    "chi-doan": ("chi doan",),
    "doan-co-so": ("doan co so", "dcs"),
    "cap-tren": ("cap tren", "thanh doan", "doan cap tren"),
}


def _parse_choice(text: str, codes: tuple[str, ...], labels: dict, what: str, fld: str) -> str:
    raw = (text or "").strip()
    if raw in codes:
        return raw
    k = _key(raw)
    for code in codes:
        if k in (_key(code), _key(labels[code][0]), _key(labels[code][1])):
            return code
    if k:
        for code in codes:
            if any(a == k or f" {a} " in f" {k} " for a in _ALIASES.get(code, ())):
                return code
    choices = "; ".join(f"{c} ({labels[c][0]})" for c in codes)
    raise DomainError(f"{what} “{raw}” không hợp lệ: chọn một trong {choices}.", field=fld)


def parse_kind(text: str) -> str:
    """A kind code from its code or its Vietnamese/English label (for sheets and the CLI)."""
    return _parse_choice(text, KINDS, KIND_LABELS, "Loại hoạt động", "kind")


def parse_focus(text: str) -> str:
    return _parse_choice(text, FOCI, FOCUS_LABELS, "Lĩnh vực", "focus")


def parse_level(text: str) -> str:
    return _parse_choice(text, LEVELS, LEVEL_LABELS, "Cấp tổ chức", "level")


# --------------------------------------------------------------------------- overlaps


@dataclass(frozen=True)
class Overlap:
    """A member already credited on a day by another activity."""

    member_id: int
    member_name: str
    day: date
    activity_id: int
    activity_name: str

    def text_vi(self) -> str:
        return (
            f"{self.member_name} đã được ghi nhận ngày {self.day:%d/%m/%Y} ở hoạt động "
            f"“{self.activity_name}” (số {self.activity_id})"
        )


class OverlapError(DomainError):
    """Raised when saving would credit members twice for the same day without confirmation."""

    def __init__(self, overlaps: list[Overlap]):
        members = sorted({o.member_id for o in overlaps})
        shown = "; ".join(o.text_vi() for o in overlaps[:5])
        more = f"; … và {len(overlaps) - 5} trường hợp khác" if len(overlaps) > 5 else ""
        super().__init__(
            f"{len(members)} đoàn viên sẽ được ghi nhận hai lần trong cùng một ngày: {shown}{more}. "
            "Hãy xác nhận vẫn ghi nhận (trên dòng lệnh: --allow-overlap) hoặc bỏ các đoàn viên này "
            "khỏi hoạt động (--skip-overlaps).",
            field="participants",
        )
        self.overlaps = overlaps
        self.member_ids = members


def overlaps_within(activities: list[Activity]) -> list[tuple[int, date, int, int]]:
    """(member id, day, index of the first activity, index of the other) for every member
    credited on the same day by two of ``activities`` without a confirmation on the later one
    — for checking a batch (an imported file) the way saving one activity is checked."""
    seen: dict[tuple[int, date], int] = {}
    out = []
    for i, a in enumerate(activities):
        if a.deleted:
            continue
        confirmed = set(a.overlap_confirmed_ids)
        for m in a.participant_ids:
            for d in a.dates:
                first = seen.setdefault((m, d), i)
                if first != i and m not in confirmed:
                    out.append((m, d, first, i))
    return out


# --------------------------------------------------------------------------- progress and risk


@dataclass(frozen=True)
class MemberDays:
    """One member's volunteer days in a period, for the per-member and per-branch views."""

    member_id: int
    name: str
    days: float
    counted: bool  # in the CD-3.6 base (member of the unit at the assessment date)
    status: str  # active | transferred_out | left | not_yet
    activities: int = 0
    name_key: str = ""
    required: float = REQUIRED_DAYS  # the CD-3.6 threshold of the catalog in force

    @property
    def met(self) -> bool:
        return self.days >= self.required

    @property
    def needed(self) -> float:
        return max(0.0, self.required - self.days)

    @property
    def progress(self) -> float:
        """0..1 towards the 5 days of CD-3.6."""
        return min(1.0, self.days / self.required) if self.required else 1.0


RISK_ORDER = {"missed": 0, "critical": 1, "high": 2, "medium": 3, "low": 4, "none": 5}
RISK_LABELS = {
    "missed": QT_TRANSLATE_NOOP("VolunteerRisk", "Missed (the year is over)"),
    "critical": QT_TRANSLATE_NOOP("VolunteerRisk", "Critical: needs more days than the weekend days left"),
    "high": QT_TRANSLATE_NOOP("VolunteerRisk", "High"),
    "medium": QT_TRANSLATE_NOOP("VolunteerRisk", "Medium"),
    "low": QT_TRANSLATE_NOOP("VolunteerRisk", "Low"),
    "none": QT_TRANSLATE_NOOP("VolunteerRisk", "Done"),
}


def risk_words(risk: str) -> Words:
    return phrase("VolunteerRisk", RISK_LABELS[risk]) if risk in RISK_LABELS else risk


def weekend_days_between(start: date, end: date) -> int:
    """Saturdays and Sundays in [start, end]: when most volunteer activities take place."""
    if end < start:
        return 0
    n = (end - start).days + 1
    full, rest = divmod(n, 7)
    count = full * 2
    for i in range(rest):
        if (start + timedelta(days=full * 7 + i)).weekday() >= 5:
            count += 1
    return count


def risk(needed: float, today: date, period: Period) -> str:
    """How likely a member is to miss CD-3.6, from the days still needed and the time left.

    The seeds give no rule (BRIEF §11); this is an ordering for the secretary, not a verdict.
    """
    if needed <= 0:
        return "none"
    if today > period.end:
        return "missed"
    weekends = weekend_days_between(max(today, period.start), period.end)
    if needed > weekends:
        return "critical"
    if needed * 2 > weekends or needed >= 4:
        return "high"
    if needed >= 2:
        return "medium"
    return "low"


@dataclass(frozen=True)
class KindMonthTotal:
    kind: str
    month: date  # first day of the month
    activities: int
    member_days: float
    participants: int


@dataclass(frozen=True)
class VolunteerSummary:
    """Per-branch view of a period: who is short of 5 days, totals by kind and month."""

    unit_code: str
    period: Period
    today: date
    members: tuple[MemberDays, ...]  # everyone who was a member during the period
    totals: tuple[KindMonthTotal, ...] = ()
    activity_counts: dict = field(default_factory=dict)  # kind -> number of activities
    required: float = REQUIRED_DAYS

    @property
    def counted(self) -> list[MemberDays]:
        return [m for m in self.members if m.counted]

    @property
    def short(self) -> list[MemberDays]:
        """Members of the CD-3.6 base short of 5 days, most at risk first."""
        rows = [m for m in self.counted if not m.met]
        return sorted(
            rows,
            key=lambda m: (
                RISK_ORDER[risk(m.needed, self.today, self.period)],
                -m.needed,
                person_key(m.name),
                m.member_id,
            ),
        )

    @property
    def short_count(self) -> int:
        return sum(1 for m in self.counted if not m.met)

    @property
    def days_left(self) -> int:
        return self.period.days_left(self.today)

    @property
    def cd36_met(self) -> bool:
        """CD-3.6: every member of the base has at least 5 days (and there is a base)."""
        return bool(self.counted) and self.short_count == 0

    @property
    def cd22_count(self) -> int:
        return sum(self.activity_counts.get(k, 0) for k in CD22_KINDS)

    @property
    def cd23_count(self) -> int:
        return sum(self.activity_counts.get(k, 0) for k in CD23_KINDS)

    def risk_of(self, m: MemberDays) -> str:
        return risk(m.needed, self.today, self.period)
