"""Step 1 "Đăng ký" (BRIEF §3.1, 002_1f659a59af196e35.txt:960-964): a branch registers, for an
assessment period, its content and roadmap per criterion ("nội dung, lộ trình thực hiện":
planned activities, target date, person responsible) and the members who register for
"Đoàn viên XHCN".

A registration has versions. Only the newest version can be a draft; a submitted version is
frozen, and an amendment is a new version that starts as a copy of the last one (history kept).
Registration after the deadline is allowed and marked late.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from desktop.domain.errors import DomainError

DRAFT, SUBMITTED = "draft", "submitted"


@dataclass(frozen=True)
class RegistrationItem:
    criterion_id: str
    planned_activities: str = ""
    target_date: date | None = None
    responsible: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.planned_activities.strip() and self.target_date is None and not self.responsible.strip()


@dataclass(frozen=True)
class Registration:
    id: int | None
    unit_code: str
    campaign: str
    period_label: str
    version: int = 1
    status: str = DRAFT
    deadline: date | None = None
    submitted_on: date | None = None
    submitted_by: str | None = None
    late: bool = False
    note: str | None = None
    items: tuple[RegistrationItem, ...] = ()
    member_ids: frozenset[int] = field(default_factory=frozenset)
    created_by: str = ""

    @property
    def frozen(self) -> bool:
        return self.status == SUBMITTED

    def item(self, criterion_id: str) -> RegistrationItem | None:
        for it in self.items:
            if it.criterion_id == criterion_id:
                return it
        return None

    def to_json(self) -> dict:
        return {
            "unit": self.unit_code,
            "campaign": self.campaign,
            "period": self.period_label,
            "version": self.version,
            "status": self.status,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "submitted_on": self.submitted_on.isoformat() if self.submitted_on else None,
            "submitted_by": self.submitted_by,
            "late": self.late,
            "note": self.note,
            "items": [
                {
                    "criterion": it.criterion_id,
                    "planned_activities": it.planned_activities,
                    "target_date": it.target_date.isoformat() if it.target_date else None,
                    "responsible": it.responsible,
                }
                for it in self.items
            ],
            "members": sorted(self.member_ids),
        }


def clean_items(items, criterion_ids: list[str]) -> tuple[RegistrationItem, ...]:
    """Validate and normalise the items: known criteria, one item each, in catalog order."""
    known = set(criterion_ids)
    seen: dict[str, RegistrationItem] = {}
    for n, it in enumerate(items, start=1):
        if it.criterion_id not in known:
            raise DomainError(
                f"Dòng {n}: tiêu chí “{it.criterion_id}” không có trong bộ tiêu chí.", field="criterion_id"
            )
        if it.criterion_id in seen:
            raise DomainError(f"Dòng {n}: tiêu chí {it.criterion_id} được đăng ký hai lần.", field="criterion_id")
        activities = (it.planned_activities or "").strip()
        if len(activities) > 4000:
            raise DomainError(
                f"Tiêu chí {it.criterion_id}: nội dung quá dài (tối đa 4000 ký tự).", field="planned_activities"
            )
        responsible = " ".join((it.responsible or "").split())
        if len(responsible) > 120:
            raise DomainError(
                f"Tiêu chí {it.criterion_id}: người phụ trách quá dài (tối đa 120 ký tự).", field="responsible"
            )
        seen[it.criterion_id] = replace(it, planned_activities=activities, responsible=responsible)
    return tuple(seen[c] for c in criterion_ids if c in seen and not seen[c].is_empty)


# A criterion the branch does not plan for this period: its content says so, with the reason,
# and the printed registration shows it as written (issue 19).
NOT_PLANNED_PREFIX = "Không đăng ký thực hiện:"


def not_planned_reason(item: RegistrationItem | None) -> str:
    """The written reason when the item says the criterion is not planned, else ''."""
    text = (item.planned_activities if item else "") or ""
    if text.casefold().startswith(NOT_PLANNED_PREFIX.casefold()):
        return text[len(NOT_PLANNED_PREFIX) :].strip()
    return ""


def missing_for_submission(criteria, reg: Registration) -> list[tuple[str, str]]:
    """(criterion id, what is missing) for every applicable criterion that has neither content
    and a roadmap (a date or a person in charge) nor a written reason why it is not planned.
    ``criteria`` are the applicable criteria, in catalog order."""
    out = []
    for c in criteria:
        it = reg.item(c.id)
        if not_planned_reason(it):
            continue
        has_content = bool(it and it.planned_activities.strip())
        has_roadmap = bool(it and (it.target_date is not None or it.responsible.strip()))
        if not has_content and not has_roadmap:
            out.append((c.id, "chưa có nội dung và lộ trình"))
        elif not has_content:
            out.append((c.id, "chưa có nội dung"))
        elif not has_roadmap:
            out.append((c.id, "chưa có lộ trình (thời hạn hoặc người phụ trách)"))
    return out


def is_late(submitted_on: date, deadline: date | None) -> bool:
    return deadline is not None and submitted_on > deadline
