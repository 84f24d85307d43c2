"""The data of the evaluation engine (desktop/domain/evaluation.py): the statuses, the snapshot
it reads (``UnitYearData``) and the results it returns (``Evaluation``, ``CriterionResult``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import Words, phrase
from desktop.domain.units import Unit

MET, NOT_MET, AT_RISK, NOT_APPLICABLE, NEEDS_JUDGEMENT = (
    "met",
    "not_met",
    "at_risk",
    "not_applicable",
    "needs_judgement",
)
STATUSES = (MET, NOT_MET, AT_RISK, NOT_APPLICABLE, NEEDS_JUDGEMENT)
# The statuses in words (English source; "Đạt", "Chưa đạt"… from the catalogue): status_words.
STATUS_LABELS = {
    MET: QT_TRANSLATE_NOOP("EvaluationStatus", "Met"),
    NOT_MET: QT_TRANSLATE_NOOP("EvaluationStatus", "Not met"),
    AT_RISK: QT_TRANSLATE_NOOP("EvaluationStatus", "At risk"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("EvaluationStatus", "Not applicable"),
    NEEDS_JUDGEMENT: QT_TRANSLATE_NOOP("EvaluationStatus", "Needs a judgement"),
}


def status_words(status: str) -> Words:
    """A status as a person reads it, put in a language with desktop.i18n.catalogue.say; an
    unknown status stays as it is."""
    return phrase("EvaluationStatus", STATUS_LABELS[status]) if status in STATUS_LABELS else str(status or "")


# The unit settings an evaluation depends on (stated in its output).
SETTINGS_USED = (
    "member_base",
    "cd14_rule",
    "cd14_when_no_request",
    "cd24_weeks",
    "cd32_meetings_per_year",
    "cd32_counted_kinds",
    "cd37_min_introductions",
    "quarter_boundaries",
    "year_start",
    "school_year_start",
    "recognition_rounding",
    "recognition_counting",
)

_EPS = 1e-9


# ------------------------------------------------------------------------------ the snapshot


@dataclass(frozen=True)
class MemberFacts:
    """What the engine needs to know about one member of the unit."""

    id: int
    full_name: str
    events: tuple[MembershipEvent, ...]
    residence_activity: bool = False  # CD-3.3
    training_registered_on: date | None = None  # CD-3.4 (registered by the end of the period)
    training_registered: bool = False  # CD-3.4 flag; counts when no date is recorded
    ebook_issued: bool = False  # CD-3.5
    ecard_issued: bool = False  # CD-3.5
    is_party_member: bool = False  # CD-3.7 exemption (100 % Party members)
    # The day each CD-3.3 / CD-3.5 fact became true in the period (None: not recorded); a past
    # quarter is evaluated on the facts true by its last day (``restricted``).
    residence_on: date | None = None
    ebook_on: date | None = None
    ecard_on: date | None = None


@dataclass(frozen=True)
class ActivityRef:
    """A volunteer-area activity counted by CD-2.2 / CD-2.3."""

    id: int | None
    on_date: date | None
    title: str
    kind: str


@dataclass(frozen=True)
class Judgement:
    """A recorded judgement of a qualitative criterion, with its author (CD-1.3, CD-3.1)."""

    criterion_id: str
    verdict: str  # met | not_met
    author: str
    judged_on: date
    note: str | None = None
    by: str = ""  # "doan-co-so": the Đoàn cơ sở's judgement (it wins); else the branch's own


@dataclass(frozen=True)
class UnitYearData:
    """Everything the engine reads for one unit and one period."""

    unit: Unit
    period: Period
    as_of: date
    settings: Mapping[str, Any]
    members: tuple[MemberFacts, ...] = ()
    logs: tuple[LogEntry, ...] = ()
    volunteer_days: Mapping[int, float] = field(default_factory=dict)  # member id -> days in period
    youth_projects: tuple[ActivityRef, ...] = ()  # CD-2.2
    red_address_or_trend: tuple[ActivityRef, ...] = ()  # CD-2.3
    judgements: Mapping[str, Judgement] = field(default_factory=dict)  # criterion id -> in force
    recognised_member_ids: frozenset[int] | None = None  # CD-3.8; None or empty: not recorded yet
    # False: the evaluation date is still open (work done today counts, its deadline is tonight).
    # True: the evaluation is "at the close of" as_of (the quarter view), so a quarter or week
    # ending that day is over.
    day_closed: bool = False


# ------------------------------------------------------------------------------ the result

Say = Callable[[Words, str], str]


class Evidence(NamedTuple):
    """A record behind a criterion: a log entry, an activity, a member, a judgement."""

    kind: str
    id: int | None
    on_date: date | None
    label: str


@dataclass(frozen=True)
class CriterionResult:
    id: str
    group: str
    title_vi: str
    title_en: str
    status: str
    value: Any
    threshold: Any
    explanation: Words  # put in a language with desktop.i18n.catalogue.say
    evidence: tuple[Evidence, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict)
    due: date | None = None  # by when the missing part must be done (at_risk)

    def to_json(self, say: Say) -> dict:
        """``say(words, language)``: desktop.i18n.catalogue.say."""
        return {
            "id": self.id,
            "status": self.status,
            "value": _json_value(self.value),
            "threshold": _json_value(self.threshold),
            "explanation_vi": say(self.explanation, "vi"),
            "explanation_en": say(self.explanation, "en"),
            "due": self.due.isoformat() if self.due else None,
            "evidence_count": len(self.evidence),
            "details": {k: _json_value(v) for k, v in self.details.items()},
        }


@dataclass(frozen=True)
class Evaluation:
    unit_code: str
    unit_name: str
    campaign: str
    catalog_version: int
    period: Period
    as_of: date
    running: bool
    settings: Mapping[str, Any]
    criteria: tuple[CriterionResult, ...]
    met: int
    applicable: int
    required: int
    completion_share: float
    recognisable: bool
    recognition: Words  # put in a language with desktop.i18n.catalogue.say
    member_base: float | None = None  # the member base of the period (None: not a member-based catalog)

    @property
    def no_members(self) -> bool:
        """A branch with nobody in the period: no share means anything (issue 19 item 8)."""
        return self.member_base is not None and self.member_base <= 0

    def result(self, cid: str) -> CriterionResult:
        for r in self.criteria:
            if r.id == cid:
                return r
        raise KeyError(cid)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for r in self.criteria:
            out[r.status] += 1
        return out

    def to_json(self, say: Say) -> dict:
        """The shape printed by `sothidua evaluate --json` (README); ``say(words, language)``:
        desktop.i18n.catalogue.say."""
        return {
            "unit": self.unit_code,
            "unit_name": self.unit_name,
            "campaign": self.campaign,
            "catalog_version": self.catalog_version,
            "period": self.period.label,
            "period_start": self.period.start.isoformat(),
            "period_end": self.period.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "running": self.running,
            "settings": dict(self.settings),
            "criteria": [r.to_json(say) for r in self.criteria],
            "met": self.met,
            "applicable": self.applicable,
            "required": self.required,
            "completion_share": round(self.completion_share, 4),
            "recognisable": self.recognisable,
            "recognition_vi": say(self.recognition, "vi"),
        }


def _json_value(v):
    if isinstance(v, float):
        return round(v, 4)
    return v
