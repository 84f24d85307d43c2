"""One branch's year for the evaluation tests (test_evaluation*.py): a Chi đoàn Tổ dân phố of
ten members that did everything right in 2026, and the small helpers that take one thing away
from it. Imported by the test files; pytest does not collect it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from desktop.domain.catalog import load_catalog
from desktop.domain.evaluation import ActivityRef, Judgement, MemberFacts, UnitYearData, evaluate, period_weeks
from desktop.domain.logs import LogEntry
from desktop.domain.members import MembershipEvent
from desktop.domain.periods import Period
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.paths import catalogs_dir

CAT = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")
Y2026 = Period.parse("2026")
AFTER = date(2027, 1, 15)  # the 2026 period is over
MIDYEAR = date(2026, 11, 21)  # Saturday of ISO week 47, in Quý IV

NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Lan",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Vũ Đức Anh",
    "Đặng Thị Mai",
    "Bùi Quang Huy",
    "Đỗ Thị Ngọc",
    "Ngô Văn Tùng",
]
BRANCH = Unit(
    code="CD-TDP3",
    name="Chi đoàn Tổ dân phố số 3",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code="DCS-LECHAN",
)


def member(i: int, *, joined=date(2020, 3, 26), events=None, **flags) -> MemberFacts:
    base = {
        "residence_activity": True,
        "training_registered_on": date(2025, 12, 1),
        "ebook_issued": True,
        "ecard_issued": True,
    }
    base.update(flags)
    evs = events if events is not None else (MembershipEvent("joined", joined),)
    return MemberFacts(
        id=i, full_name=NAMES[(i - 1) % len(NAMES)] + ("" if i <= 10 else f" {i}"), events=tuple(evs), **base
    )


_next_id = iter(range(1, 10**9))


def log(kind: str, on: date, title: str = "Hoạt động", **kw) -> LogEntry:
    kw.setdefault("participants", frozenset())
    kw["participants"] = frozenset(kw["participants"])
    return LogEntry(id=next(_next_id), unit_code=BRANCH.code, kind=kind, on_date=on, title=title, **kw)


def full_year(
    n: int = 10, period: Period = Y2026, unit: Unit = BRANCH, as_of: date = AFTER, settings: dict | None = None
) -> UnitYearData:
    """A branch that did everything right for the whole period."""
    ids = list(range(1, n + 1))
    logs = []
    for i in range(4):
        qs, _ = period.quarters()[i]
        logs.append(
            log(
                "thematic_session",
                qs + timedelta(days=20),
                "Học tập Nghị quyết 05-NQ/TU",
                category="chinh-tri-tu-tuong",
                participants=ids,
            )
        )
    logs.append(
        log(
            "information",
            period.start + timedelta(days=10),
            "Phổ biến Nghị quyết 05",
            channel="Nhóm Zalo",
            participants=ids,
        )
    )
    logs.append(
        log(
            "share_request",
            period.start + timedelta(days=40),
            "Lan tỏa gương sáng",
            counterpart="Thành đoàn",
            participants=ids,
        )
    )
    logs.append(log("alert", period.start + timedelta(days=50), "Cảnh báo tin giả"))
    for _, _, monday in period_weeks(period):
        logs.append(log("weekly_post", monday + timedelta(days=2), "Gương người tốt việc tốt"))
    for m in range(12):
        logs.append(
            log(
                "meeting",
                date(period.start.year + (period.start.month + m - 1) // 12, (period.start.month + m - 1) % 12 + 1, 5),
                "Sinh hoạt chi đoàn tháng",
                category="dinh-ky",
                participants=ids,
            )
        )
    logs.append(
        log(
            "party_introduction",
            period.start + timedelta(days=100),
            "Giới thiệu đoàn viên ưu tú",
            member_id=1,
            counterpart="Chi bộ Tổ dân phố số 3",
            ref_no="05-GT/ĐTN",
        )
    )
    return UnitYearData(
        unit=unit,
        period=period,
        as_of=as_of,
        settings=settings or {},
        members=tuple(member(i) for i in ids),
        logs=tuple(logs),
        volunteer_days={i: 5.0 for i in ids},
        youth_projects=(
            ActivityRef(
                1, period.start + timedelta(days=60), "Tuyến đường thanh niên tự quản", "cong-trinh-thanh-nien"
            ),
        ),
        red_address_or_trend=(ActivityRef(2, period.start + timedelta(days=90), "Về nguồn Bạch Đằng", "dia-chi-do"),),
        judgements={
            "CD-1.3": Judgement("CD-1.3", "met", "Nguyễn Văn Bình", period.end - timedelta(days=5)),
            "CD-3.1": Judgement("CD-3.1", "met", "Nguyễn Văn Bình", period.end - timedelta(days=5)),
        },
        recognised_member_ids=frozenset(ids),
    )


def without(data: UnitYearData, kind: str, pred=lambda e: True) -> UnitYearData:
    return replace(data, logs=tuple(e for e in data.logs if not (e.kind == kind and pred(e))))


def status(data: UnitYearData, cid: str) -> str:
    return evaluate(CAT, data).result(cid).status
