"""Seed a data folder with a realistic year of the cycle through the services (no SQL).

A ward Đoàn cơ sở ("Đoàn phường Lê Chân") with three branches of different types; the residential
branch has a full year 2026: members with their CD-3.3…3.5 flags, a submitted registration for
2026 and one for 2027, evidence logs for every log-kept criterion, volunteer activities (with a
youth project and a red-address journey), judgements, self-assessments, a meeting vote, a
submitted proposal, and a recorded recognition decision.

    python -m tests.reports.seed DATA_DIR            # a data folder for trying `sothidua report`

Used by tests/reports/test_service.py and test_cli.py (today is 21/11/2026 there).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta

from desktop.services.year import recognition_decisions
from desktop.domain.logs import LogEntry
from desktop.domain.members import Member
from desktop.domain.recognition import DAT, Vote
from desktop.domain.registration import RegistrationItem
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.domain.volunteer import CONG_TRINH, DIA_CHI_DO, TINH_NGUYEN, Activity

TODAY = date(2026, 11, 21)
DCS = Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO, parent_code="TD-HP")
UPPER = Unit("TD-HP", "Đoàn thành phố Hải Phòng", UnitKind.DOAN_CAP_TREN)
TDP3 = Unit("CD-TDP3", "Chi đoàn Tổ dân phố số 3", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code=DCS.code)
CQ = Unit("CD-UBND", "Chi đoàn Cơ quan UBND phường", UnitKind.CHI_DOAN, BranchType.CO_QUAN, parent_code=DCS.code)
SCHOOL = Unit(
    "CD-12A1",
    "Chi đoàn lớp 12A1 Trường THPT Ngô Quyền",
    UnitKind.CHI_DOAN,
    BranchType.TRUONG_HOC,
    grade=12,
    parent_code=DCS.code,
)

TDP3_NAMES = [
    ("Nguyễn Thị Hoa", date(1996, 3, 4), "nu"),
    ("Trần Văn Đức", date(1998, 7, 12), "nam"),
    ("Lê Minh Châu", date(2001, 1, 9), "nu"),
    ("Phạm Thu Hương", date(1999, 10, 30), "nu"),
    ("Vũ Đức Thắng", date(1997, 5, 21), "nam"),
    ("Đặng Quốc Việt", date(1995, 12, 2), "nam"),
    ("Bùi Thị Ngọc Ánh", date(2003, 8, 15), "nu"),
    ("Đỗ Trường Giang", date(2000, 2, 28), "nam"),
    ("Ngô Thùy Dương", date(2002, 6, 6), "nu"),
    ("Hoàng Văn Lộc", date(1994, 9, 17), "nam"),
    ("Dương Thị Yến", date(2004, 4, 1), "nu"),
    ("Lương Hữu Nghĩa", date(1993, 11, 11), "nam"),
]
CQ_NAMES = [
    ("Phan Thanh Tùng", date(1992, 2, 3), "nam"),
    ("Mai Thị Lan", date(1995, 6, 14), "nu"),
    ("Cao Đức Mạnh", date(1997, 8, 8), "nam"),
    ("Trịnh Ngọc Diệp", date(1999, 3, 25), "nu"),
]
SCHOOL_NAMES = [
    ("Vũ Gia Bảo", date(2009, 1, 5), "nam"),
    ("Nguyễn Khánh Linh", date(2009, 4, 19), "nu"),
    ("Trần Quang Huy", date(2009, 7, 2), "nam"),
]
P = ("P1", "P2", "P3", "P4", "P5", "P6")


def _members(ctx, unit: Unit, names, flags=True) -> list[int]:
    from desktop.services.membership import members as members_svc

    ids = []
    for name, dob, gender in names:
        m = Member(
            id=None,
            unit_code=unit.code,
            full_name=name,
            date_of_birth=dob,
            gender=gender,
            is_party_member=name == "Đặng Quốc Việt",
            training_registered=flags,
            training_registered_on=date(2025, 6, 1) if flags else None,
            ebook_issued=flags,
            ecard_issued=flags,
            residence_activity=flags,
        )
        _c, saved = members_svc.add_member(ctx, unit.code, m, entry_date=date(2025, 6, 1))
        ids.append(saved.id)
    return ids


def _register(ctx, unit: Unit, label: str, member_ids, submitted_on: date) -> None:
    from desktop.services.year import cycle

    items = [
        RegistrationItem(
            "CD-1.1",
            "Thông tin chủ trương, chính sách qua nhóm Zalo và hội nghị chi đoàn",
            date(2026, 12, 31),
            "Nguyễn Thị Hoa",
        ),
        RegistrationItem(
            "CD-1.2",
            "Mỗi quý 01 buổi: “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
            "Chí Minh”, “Văn hóa giao thông”, “Phòng, chống ma túy”, “Pháp luật về an ninh mạng”",
            None,
            "Trần Văn Đức",
        ),
        RegistrationItem(
            "CD-2.2",
            "Công trình “Tuyến đường bích họa an toàn giao thông” tại Tổ dân phố số 3",
            date(2026, 9, 30),
            "Đặng Quốc Việt",
        ),
        RegistrationItem(
            "CD-2.3", "Hành trình về Khu di tích lịch sử Bạch Đằng Giang", date(2026, 4, 30), "Lê Minh Châu"
        ),
        RegistrationItem(
            "CD-2.4", "Chia sẻ tấm gương người tốt, việc tốt hằng tuần trên nhóm Zalo", None, "Phạm Thu Hương"
        ),
        RegistrationItem(
            "CD-3.6",
            "06 đợt ra quân: vệ sinh môi trường, hiến máu, hỗ trợ Bộ phận Một cửa",
            date(2026, 12, 15),
            "Vũ Đức Thắng",
        ),
    ]
    from tests.registration_items import complete

    cycle.save_registration(
        ctx,
        unit.code,
        label,
        complete(ctx, items),
        member_ids,
        note="Chi đoàn cam kết thực hiện đầy đủ nội dung đã đăng ký.",
    )
    today = ctx.today
    ctx.today = lambda: submitted_on
    try:
        cycle.submit_registration(ctx, unit.code, label)
    finally:
        ctx.today = today


def _logs(ctx, unit: Unit, ids: list[int]) -> None:
    from desktop.services.year import cycle

    everyone = frozenset(ids)
    for d in (date(2026, 2, 10), date(2026, 6, 12), date(2026, 10, 5)):
        cycle.add_log(
            ctx,
            LogEntry(
                None,
                unit.code,
                "information",
                d,
                "Phổ biến Nghị quyết 05-NQ/TU",
                channel="Nhóm Zalo chi đoàn",
                participants=everyone,
            ),
        )
    for d, theme in (
        (date(2026, 3, 14), "chinh-tri-tu-tuong"),
        (date(2026, 5, 20), "dao-duc-loi-song"),
        (date(2026, 8, 22), "phap-luat"),
        (date(2026, 10, 17), "chinh-tri-tu-tuong"),
    ):
        cycle.add_log(
            ctx,
            LogEntry(
                None, unit.code, "thematic_session", d, "Sinh hoạt chuyên đề", category=theme, participants=everyone
            ),
        )
    cycle.add_log(
        ctx,
        LogEntry(
            None,
            unit.code,
            "alert",
            date(2026, 4, 3),
            "Cảnh báo trang giả mạo",
            channel="Zalo",
            received_on=date(2026, 4, 2),
            counterpart="Đoàn phường",
        ),
    )
    cycle.add_log(
        ctx,
        LogEntry(
            None,
            unit.code,
            "share_request",
            date(2026, 5, 2),
            "Chia sẻ bài viết về Ngày Giải phóng",
            counterpart="Thành đoàn",
            participants=frozenset(ids[:9]),
        ),
    )
    d = date(2025, 12, 29)
    while d <= TODAY:
        cycle.add_log(
            ctx,
            LogEntry(
                None, unit.code, "weekly_post", d + timedelta(days=2), "Tấm gương người tốt, việc tốt", channel="Zalo"
            ),
        )
        d += timedelta(days=7)
    for m in range(1, 12):
        cycle.add_log(
            ctx,
            LogEntry(
                None,
                unit.code,
                "meeting",
                date(2026, m, 25),
                f"Sinh hoạt tháng {m}",
                category="dinh-ky",
                participants=everyone,
            ),
        )
    cycle.add_log(
        ctx,
        LogEntry(
            None,
            unit.code,
            "party_introduction",
            date(2026, 7, 1),
            "Giới thiệu đoàn viên ưu tú",
            member_id=ids[1],
            counterpart="Chi bộ Tổ dân phố số 3",
            ref_no="02-GT/CĐ",
        ),
    )
    for cid in ("CD-1.3", "CD-3.1"):
        cycle.record_judgement(ctx, unit.code, "2026", cid, "met", author="Nguyễn Thị Hoa", judged_on=date(2026, 11, 2))


def _volunteer(ctx, unit: Unit, ids: list[int]) -> None:
    from desktop.services.volunteering.volunteer import record_activity

    acts = [
        ("Ra quân vệ sinh môi trường “Ngày Chủ nhật xanh”", TINH_NGUYEN, (date(2026, 3, 8),), 1.0, None),
        ("Hiến máu tình nguyện “Giọt hồng Đất Cảng”", TINH_NGUYEN, (date(2026, 4, 12),), 1.0, None),
        ("Hành trình về Khu di tích Bạch Đằng Giang", DIA_CHI_DO, (date(2026, 4, 26),), 1.0, None),
        (
            "Tuyến đường bích họa an toàn giao thông",
            CONG_TRINH,
            (date(2026, 8, 15), date(2026, 8, 16)),
            2.0,
            "an-toan-giao-thong",
        ),
        ("Hỗ trợ người dân tại Bộ phận Một cửa", TINH_NGUYEN, (date(2026, 10, 3),), 0.5, None),
    ]
    for i, (name, kind, dates, days, focus) in enumerate(acts):
        who = tuple(ids) if i != 4 else tuple(ids[:8])
        record_activity(
            ctx,
            unit.code,
            Activity(
                id=None,
                unit_code=unit.code,
                name=name,
                kind=kind,
                dates=dates,
                days=days,
                focus=focus,
                level="chi-doan" if i % 2 else "doan-co-so",
                place="Phường Lê Chân",
                confirmed_by="Đặng Quốc Việt",
                participant_ids=who,
            ),
        )


def _recognition(ctx, unit: Unit, ids: list[int]) -> None:
    from desktop.services.year import recognition as rec
    from desktop.services.year import recognition_branch as rbranch

    for mid in ids:
        rec.save_self_assessment(
            ctx, unit.code, "2026", mid, {g: (DAT, "Tham gia đầy đủ") for g in P}, assessed_on=date(2026, 11, 5)
        )
    rec.record_votes(ctx, unit.code, "2026", date(2026, 11, 10), {mid: Vote(11, 0, 1) for mid in ids})
    eligible = [r.member.id for r in rec.member_board(ctx, unit.code, "2026").rows if r.verdict.eligible]
    rec.set_member_proposals(ctx, unit.code, "2026", eligible)
    rbranch.save_branch_proposal(
        ctx,
        unit.code,
        "2026",
        self_assessment="Chi đoàn duy trì sinh hoạt đều đặn, hoàn thành công trình "
        "thanh niên đúng hạn.\nViệc sinh hoạt định kỳ tháng 12 "
        "sẽ hoàn thành trước 31/12/2026.",
        claims={"CD-3.2": ("met", "12 buổi tính cả tháng 12")},
        proposes_recognition=True,
        submit=True,
    )


def appraise_all(ctx, code: str, period: str) -> None:
    """The Đoàn cơ sở agrees with every criterion of the branch and accepts every proposed member."""
    from desktop.services.year import recognition as rec

    for c in ctx.catalogs["chi-doan-xhcn"].criteria:
        recognition_decisions.appraise(ctx, code, period, c.id, True)
    for r in rec.member_board(ctx, code, period).rows:
        if r.proposed:
            recognition_decisions.appraise_member(ctx, r.member.id, period, True)


def seed(ctx, *, decision: bool = True) -> dict:
    """Fill ``ctx``'s database (its own unit becomes the Đoàn cơ sở). Returns ids by branch."""
    from desktop.services.units import save_self_unit, save_unit, set_unit_setting

    save_unit(ctx, UPPER)
    save_self_unit(ctx, DCS)
    for u in (TDP3, CQ, SCHOOL):
        save_unit(ctx, u)
    set_unit_setting(ctx, DCS.code, "report_signer_name", "Đặng Quốc Việt")
    set_unit_setting(ctx, TDP3.code, "report_signer_name", "Nguyễn Thị Hoa")
    ids = {
        TDP3.code: _members(ctx, TDP3, TDP3_NAMES),
        CQ.code: _members(ctx, CQ, CQ_NAMES, flags=False),
        SCHOOL.code: _members(ctx, SCHOOL, SCHOOL_NAMES),
    }
    _register(ctx, TDP3, "2026", ids[TDP3.code][:11], date(2025, 11, 6))
    _register(ctx, TDP3, "2027", ids[TDP3.code], date(2026, 11, 5))
    _register(ctx, CQ, "2026", ids[CQ.code][:3], date(2025, 11, 12))
    _logs(ctx, TDP3, ids[TDP3.code])
    _volunteer(ctx, TDP3, ids[TDP3.code])
    _recognition(ctx, TDP3, ids[TDP3.code])
    if decision:
        from desktop.services.year import recognition as rec

        appraise_all(ctx, TDP3.code, "2026")
        board = rec.member_board(ctx, TDP3.code, "2026")
        recognition_decisions.issue_decision(
            ctx,
            "2026",
            "12-QĐ/ĐTN",
            date(2026, 11, 20),
            branch_codes=[TDP3.code],
            member_ids=[r.member.id for r in board.rows if r.proposed],
        )
    return ids


def main(argv: list[str]) -> int:
    from desktop.services.context import open_context

    if len(argv) != 1:
        print("Dùng: python -m tests.reports.seed THƯ_MỤC_DỮ_LIỆU", file=sys.stderr)
        return 2
    ctx = open_context(argv[0], actor="seed")
    ctx.today = lambda: TODAY
    try:
        seed(ctx)
    finally:
        ctx.close()
    print(f"Đã tạo dữ liệu mẫu trong {argv[0]}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
