"""The rows of approval by level (approval.py), read the same way at both ends: the summary kinds
and states with their Vietnamese names, one ``ApprovalRow`` per unit and summary kind, the
``Approvals`` of a period, and the reasons of a return as the user reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.units import Unit
from desktop.services.context import AppContext

CAMPAIGN = "chi-doan-xhcn"


SUMMARY_KINDS = ("registration", "results")


SUMMARY_VI = {"registration": "báo cáo tổng hợp đăng ký", "results": "báo cáo tổng hợp kết quả"}


STATE_VI = {
    "missing": "Chưa gửi",
    "waiting": "Chờ gửi",
    "sent": "Đã gửi",
    "received": "Đã nhận",
    "approved": "Đã duyệt",
    "returned": "Trả lại",
    "rejected": "Bị từ chối",
}


VERDICTS = ("approved", "returned")


@dataclass(frozen=True)
class ApprovalRow:
    code: str  # the Đoàn cơ sở (upper end) or its parent (lower end)
    name: str
    summary_kind: str  # registration | results
    state: str  # STATE_VI keys
    version: int | None = None
    package_id: str | None = None
    sent_on: date | None = None
    received_at: datetime | None = None
    decided_on: date | None = None
    reasons: tuple[str, ...] = ()
    note: str | None = None
    resubmitted: bool = False  # a new version sent after a return
    branches: int | None = None
    reminder: str | None = None  # below: the level above reminded this unit and nothing was sent since
    reminder_package: str | None = None
    reminder_received_at: datetime | None = None
    verdict_package: str | None = None  # below: the approval package the state comes from
    verdict_received_at: datetime | None = None

    @property
    def state_vi(self) -> str:
        return STATE_VI[self.state] + (
            " (bản sửa sau khi trả lại)" if self.resubmitted and self.state == "received" else ""
        )

    @property
    def summary_vi(self) -> str:
        return SUMMARY_VI[self.summary_kind][0].upper() + SUMMARY_VI[self.summary_kind][1:]

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "summary_kind": self.summary_kind,
            "state": self.state,
            "state_vi": self.state_vi,
            "version": self.version,
            "package_id": self.package_id,
            "sent_on": self.sent_on,
            "received_at": self.received_at,
            "decided_on": self.decided_on,
            "reasons": list(self.reasons),
            "note": self.note,
            "resubmitted": self.resubmitted,
            "branches": self.branches,
            "reminder": self.reminder,
        }  # the package ids stay internal


@dataclass(frozen=True)
class Approvals:
    code: str
    name: str
    period: str
    side: str  # "above" (verdicts on the children's summaries) | "below" (this unit's own summaries)
    rows: tuple[ApprovalRow, ...] = field(default_factory=tuple)

    @property
    def counts(self) -> dict:
        out = {k: 0 for k in STATE_VI}
        for r in self.rows:
            out[r.state] += 1
        return out

    def to_json(self) -> dict:
        return {
            "unit": {"code": self.code, "name": self.name},
            "period": self.period,
            "side": self.side,
            "counts": self.counts,
            "rows": [r.to_json() for r in self.rows],
        }


def _d(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _reasons_text(reasons: list[dict], names: dict[str, str] | None = None) -> tuple[str, ...]:
    """Each reason as a line, its branch by name where known (``names``: code -> name, or the
    name kept with the reason here), else by code."""
    out = []
    for r in reasons or []:
        code = r.get("branch")
        branch = r.get("branch_name") or (names or {}).get(code or "") or code
        where = " – ".join(x for x in (branch, r.get("criterion")) if x)
        out.append((f"{where}: " if where else "") + str(r.get("reason") or ""))
    return tuple(out)


def _self(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)
