"""A Đoàn cơ sở with two branches it keeps itself (no installation of their own) and one enrolled
branch that sends packages — the branches dashboard tests (issue 7 item 6). Import explicitly:
``from tests.sync.conftest_dashboard import build_local_dcs, TDP5, TDP9``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.units import BranchType, Unit, UnitKind
from tests.sync.conftest_sync import BRANCH, CAMPAIGN, DCS, enrol, open_unit, put_quarterly, unit_json

TDP5 = Unit(
    code="CD-TDP5",
    name="Chi đoàn Tổ dân phố số 5",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)
TDP9 = Unit(
    code="CD-TDP9",
    name="Chi đoàn Tổ dân phố số 9",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code=DCS.code,
)
NAMES5 = ["Nguyễn Thị Hoa", "Trần Văn Đức", "Lê Minh Châu", "Phạm Thu Hương", "Vũ Gia Bảo"]
NAMES9 = ["Đặng Ngọc Lan", "Bùi Hữu Tùng", "Đỗ Thị Yến"]


def _members(ctx, unit: Unit, names: list[str]) -> list[int]:
    from desktop.domain.members import Member
    from desktop.services.membership import members as members_svc

    ids = []
    for i, name in enumerate(names):
        m = Member(
            id=None,
            unit_code=unit.code,
            full_name=name,
            date_of_birth=date(1997 + i, 4, 12),
            union_card_no=f"{unit.code[-1]}0310{i}",
            training_registered=True,
            training_registered_on=date(2026, 1, 5),
            ebook_issued=True,
            ecard_issued=True,
            residence_activity=True,
        )
        ids.append(members_svc.add_member(ctx, unit.code, m, entry_date=date(2024, 3, 26))[1].id)
    return ids


def build_local_dcs(ctx, tmp_path: Path):
    """``ctx`` becomes Đoàn phường Lê Chân (today 21/11/2026) with:

    * CD-TDP5 kept here, registered for 2026 on 05/11/2025 (deadline 10/11/2025) with 4 of its 5
      members, a thematic session each quarter and monthly meetings;
    * CD-TDP9 kept here, 3 members, no registration;
    * CD-TDP3 enrolled, with its own installation: a registration package (05/11/2025, 30 members)
      and its quarter 3 report (81,25 %).

    Returns the branch's own context (close it)."""
    from desktop.domain.logs import LogEntry
    from desktop.domain.registration import RegistrationItem
    from desktop.services.year import cycle
    from desktop.services.exchange import sync
    from desktop.services.units import save_self_unit, save_unit

    save_self_unit(ctx, DCS)
    from desktop.services.units import set_signer

    set_signer(ctx, DCS.code, title="BÍ THƯ", full_name="Đặng Quốc Việt")
    for u in (TDP5, TDP9):
        save_unit(ctx, u)
    ids5 = _members(ctx, TDP5, NAMES5)
    _members(ctx, TDP9, NAMES9)
    today = ctx.today
    ctx.today = lambda: date(2025, 11, 5)
    from tests.registration_items import complete

    cycle.save_registration(
        ctx,
        TDP5.code,
        "2026",
        complete(
            ctx,
            [
                RegistrationItem("CD-1.1", "Thông tin qua nhóm Zalo của chi đoàn", date(2026, 12, 1), "Bí thư"),
                RegistrationItem("CD-1.2", "Sinh hoạt chuyên đề mỗi quý", date(2026, 12, 1), "Phó Bí thư"),
            ],
        ),
        ids5[:4],
    )
    cycle.submit_registration(ctx, TDP5.code, "2026")
    ctx.today = today
    for q, d in enumerate([date(2026, 2, 10), date(2026, 5, 12), date(2026, 8, 9), date(2026, 11, 3)], start=1):
        cycle.add_log(
            ctx,
            LogEntry(
                None,
                TDP5.code,
                "thematic_session",
                d,
                f"Học tập và làm theo Bác — quý {q}",
                category="chinh-tri-tu-tuong",
                participants=frozenset(ids5[:4]),
            ),
        )
    for m in range(1, 11):
        cycle.add_log(
            ctx,
            LogEntry(
                None,
                TDP5.code,
                "meeting",
                date(2026, m, 5),
                f"Sinh hoạt chi đoàn tháng {m}",
                category="dinh-ky",
                participants=frozenset(ids5),
            ),
        )

    branch = open_unit(tmp_path / "chi-doan-3", BRANCH)
    enrol(ctx, branch, tmp_path)
    enrol(branch, ctx, tmp_path)
    data = {
        "unit": unit_json(BRANCH),
        "campaign": CAMPAIGN,
        "period": "2026",
        "registered_on": "2025-11-05",
        "deadline": "2025-11-10",
        "late": False,
        "items": [{"criterion": "CD-1.1", "content": "Thông tin qua fanpage"}],
        "members": [{"ref": f"m-{i:04d}", "full_name": f"Nguyễn Văn {c}"} for i, c in enumerate("ABCDE")],
        "member_count": 30,
    }
    sync.put_in_outbox(
        branch,
        kind="registration",
        recipient={"code": DCS.code, "name": DCS.name},
        data=data,
        title="Đăng ký xây dựng Chi đoàn XHCN 2026",
        campaign=CAMPAIGN,
        period="2026",
    )
    put_quarterly(branch, quarter=3, share=0.8125)
    sync.export_outbox(branch, tmp_path / "usb")
    outcomes = sync.import_paths(ctx, [tmp_path / "usb"])
    assert all(o.status == "accepted" for o in outcomes), outcomes
    return branch
