"""Realistic, deterministic sample data for the report builders (tests, golden pages, benchmarks).

Names, units and figures follow BRIEF §8: a residential branch of a ward Đoàn cơ sở in Hải Phòng,
15–35 branches per ward, 8–60 members per branch.
"""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.catalog import load_catalogs
from desktop.paths import catalogs_dir
from desktop.reports.model import (
    AppraisalLine,
    AppraisalSheetData,
    BranchInfo,
    BranchRegistrationLine,
    BranchResultLine,
    Certificate,
    CertificatesData,
    CriterionGroup,
    CriterionLine,
    DecisionData,
    Heading,
    Issuer,
    MemberAppraisalLine,
    MemberLine,
    QuarterlyData,
    RecognisedBranch,
    RegistrationData,
    RegistrationSummaryData,
    ResultsSummaryData,
    Signature,
    VolunteerActivityLine,
    VolunteerLogData,
    VolunteerMemberLine,
    YearEndData,
)
from desktop.reports.texts import decision_bases

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lương"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành", "Tiến"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Phương", "Diệu", "Thùy"]
GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Việt", "Đạt", "Khải", "Lộc", "Trường", "Hưng", "Nghĩa"]
GIVEN_F = ["Hoa", "Lan", "Hương", "Ngọc", "Trang", "Thảo", "Huyền", "Ánh", "Yến", "Nguyệt"]
STREETS = ["Tổ dân phố số", "Khu dân cư", "Thôn"]

BRANCH_ISSUER = Issuer(name="Chi đoàn Tổ dân phố số 3", upper_level="Đoàn phường Lê Chân", unit_code="CD-TDP3")
GRASSROOTS_ISSUER = Issuer(name="Đoàn phường Lê Chân", upper_level="Đoàn thành phố Hải Phòng", unit_code="DCS-LECHAN")
BRANCH = BranchInfo(
    code="CD-TDP3",
    name="Chi đoàn Tổ dân phố số 3",
    branch_type="Địa bàn dân cư",
    members=28,
    parent_name="Đoàn phường Lê Chân",
)
SECRETARY = Signature(name="Nguyễn Thị Hoa")
GRASSROOTS_SECRETARY = Signature(name="Đặng Quốc Việt")


def catalog():
    return load_catalogs(catalogs_dir())["chi-doan-xhcn"]


def groups() -> tuple[CriterionGroup, ...]:
    return tuple(CriterionGroup(g.id, g.title_vi) for g in catalog().groups)


def names(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """(full name, birth year, gender) — deterministic."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        female = rnd.random() < 0.5
        name = " ".join(
            [
                rnd.choice(FAMILY),
                rnd.choice(MIDDLE_F if female else MIDDLE_M),
                rnd.choice(GIVEN_F if female else GIVEN_M),
            ]
        )
        out.append((name, str(rnd.randint(1991, 2008)), "Nữ" if female else "Nam"))
    return out


def members(n: int = 28, seed: int = 7) -> tuple[MemberLine, ...]:
    out = []
    for i, (name, year, gender) in enumerate(names(n, seed)):
        out.append(
            MemberLine(
                full_name=name,
                birth=year,
                gender=gender,
                is_party_member=i % 9 == 0,
                registered=i not in (5, 17),
                registered_on=date(2026, 11, 3),
                note="chuyển đi làm ăn xa" if i == 17 else "",
                volunteer_days=[6, 5.5, 7, 4, 8, 5][i % 6],
                conditions_met=i % 6 != 3,
                votes_for=25,
                votes_total=26,
            )
        )
    return tuple(out)


_VALUES = {
    "CD-1.1": ("≥ 70% đoàn viên", "24/28 đoàn viên (86%)", True, ""),
    "CD-1.2": ("≥ 01 buổi mỗi quý", "4/4 quý có sinh hoạt chuyên đề", True, ""),
    "CD-1.3": ("Kịp thời", "12 lần thông tin, chậm nhất 1 ngày", True, ""),
    "CD-1.4": ("≥ 60% đoàn viên mỗi yêu cầu", "3/3 yêu cầu đạt (thấp nhất 64%)", True, ""),
    "CD-2.1": ("0 trường hợp", "Không có vi phạm", True, ""),
    "CD-2.2": ("≥ 01 công trình", "01 công trình: “Tuyến đường bích họa an toàn giao thông”", True, ""),
    "CD-2.3": ("≥ 01 hoạt động", "01 hành trình về Khu di tích Bạch Đằng Giang", True, ""),
    "CD-2.4": ("Mỗi tuần 01 tấm gương", "50/52 tuần", False, "Thiếu tuần 31 và tuần 32"),
    "CD-3.1": ("Đoàn kết, thống nhất", "Đạt (Hội nghị chi đoàn đánh giá)", True, ""),
    "CD-3.2": ("≥ 12 buổi/năm", "12 buổi sinh hoạt định kỳ", True, ""),
    "CD-3.3": ("100% đoàn viên", "27/28 đoàn viên (96%)", False, "Còn 01 đoàn viên chưa sinh hoạt tại nơi cư trú"),
    "CD-3.4": ("100% đoàn viên", "28/28 đoàn viên (100%)", True, ""),
    "CD-3.5": ("100% đoàn viên", "28/28 đoàn viên (100%)", True, ""),
    "CD-3.6": ("≥ 05 ngày/đoàn viên", "28/28 đoàn viên đủ 05 ngày", True, ""),
    "CD-3.7": ("≥ 01 đoàn viên", "01 đoàn viên ưu tú được giới thiệu", True, ""),
    "CD-3.8": ("≥ 80% đoàn viên", "23/28 đoàn viên (82%)", True, ""),
}

_ROADMAP = {
    "CD-1.2": (
        (
            "Sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, "
            "“Văn hóa giao thông”, “Phòng chống ma túy”, “Pháp luật về an ninh mạng”"
        ),
        "Mỗi quý 01 buổi",
    ),
    "CD-2.2": ("Công trình “Tuyến đường bích họa an toàn giao thông” tại Tổ dân phố số 3", "Quý II – quý III"),
    "CD-2.4": ("Chia sẻ tấm gương người tốt, việc tốt trên nhóm Zalo chi đoàn", "Hằng tuần"),
    "CD-3.6": ("Tổ chức 6 đợt ra quân vệ sinh môi trường, hiến máu, hỗ trợ bộ phận một cửa", "Tháng 3, 7, 12"),
}


def criteria(*, quarter: bool = False) -> tuple[CriterionLine, ...]:
    out = []
    for c in catalog().criteria:
        target, value, met, missing = _VALUES[c.id]
        content, roadmap = _ROADMAP.get(c.id, (f"Thực hiện theo tiêu chí {c.id}", "Cả năm"))
        status = ""
        if quarter:
            status = "Đúng tiến độ" if met else "Có nguy cơ"
        out.append(
            CriterionLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                target=target,
                value=value,
                met=met,
                status=status,
                missing=missing,
                evidence="Biên bản, hình ảnh" if met else "",
                content=content,
                roadmap=roadmap,
            )
        )
    return tuple(out)


def heading(
    type_code: str | None, number: int | None = 3, issuer: Issuer = BRANCH_ISSUER, on: date = date(2026, 2, 5)
) -> Heading:
    return Heading(issuer=issuer, issued_on=on, type_code=type_code, number=number)


def registration() -> RegistrationData:
    return RegistrationData(
        heading=heading("ĐK", 1, on=date(2026, 11, 5)),
        branch=BRANCH,
        period_label="2027",
        groups=groups(),
        criteria=criteria(),
        members=members(),
        registered_on=date(2026, 11, 5),
        youth_project="Tuyến đường bích họa an toàn giao thông (dài 120 m) tại Tổ dân phố số 3",
        red_address="Hành trình về Khu di tích lịch sử Bạch Đằng Giang, tháng 3/2027",
        signature=SECRETARY,
        recipients=("Ban Thường vụ Đoàn phường Lê Chân (để b/c)",),
    )


def quarterly() -> QuarterlyData:
    return QuarterlyData(
        heading=heading("BC", 7, on=date(2026, 10, 5)),
        branch=BRANCH,
        period_label="2026",
        quarter=3,
        quarter_label="Quý III",
        quarter_start=date(2026, 7, 1),
        quarter_end=date(2026, 9, 30),
        groups=groups(),
        criteria=criteria(quarter=True),
        figures=(
            ("Buổi sinh hoạt chuyên đề trong quý", "1"),
            ("Tuần có chia sẻ tấm gương", "11/13"),
            ("Ngày tình nguyện trong quý", "46,5"),
            ("Đoàn viên đã đủ 05 ngày", "19/28"),
        ),
        issues=("Tuần 31 và 32 chưa chia sẻ tấm gương người tốt do đợt mưa bão.",),
        next_steps=(
            "Hoàn thành công trình “Tuyến đường bích họa an toàn giao thông”.",
            "Vận động 09 đoàn viên còn thiếu ngày tình nguyện tham gia đợt ra quân tháng 12.",
        ),
        signature=SECRETARY,
        recipients=("Ban Thường vụ Đoàn phường Lê Chân (để b/c)",),
    )


def year_end() -> YearEndData:
    ms = members()
    return YearEndData(
        heading=heading("BC", 9, on=date(2026, 11, 2)),
        proposal_heading=heading("TTr", 2, on=date(2026, 11, 2)),
        branch=BRANCH,
        period_label="2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        groups=groups(),
        criteria=criteria(),
        met=14,
        applicable=16,
        required=13,
        proposed=True,
        recipient_body="Ban Thường vụ Đoàn phường Lê Chân",
        members_total=28,
        members_proposed=tuple(m for m in ms if m.conditions_met),
        figures=(
            ("Tổng số đoàn viên", "28"),
            ("Tổng số ngày tình nguyện", "173,5"),
            ("Công trình, phần việc thanh niên", "1"),
        ),
        strengths=("Chi đoàn duy trì sinh hoạt định kỳ đều đặn, nội dung phong phú.",),
        weaknesses=("Việc chia sẻ tấm gương người tốt hằng tuần còn gián đoạn 02 tuần.",),
        meeting_note="Hội nghị Chi đoàn ngày 30/10/2026 có 26/28 đoàn viên dự, biểu quyết 100% tán thành đề nghị.",
        signature=SECRETARY,
        recipients=("Ban Thường vụ Đoàn phường Lê Chân (để b/c)",),
        proposal_recipients=("Ban Thường vụ Đoàn phường Lê Chân",),
    )


def volunteer_log() -> VolunteerLogData:
    rnd = random.Random(3)
    acts = []
    base = [
        ("Ra quân vệ sinh môi trường “Ngày Chủ nhật xanh”", "Đoàn phường Lê Chân", 1.0),
        ("Hiến máu tình nguyện “Giọt hồng Đất Cảng”", "Hội Chữ thập đỏ phường", 1.0),
        ("Hỗ trợ người dân tại Bộ phận Một cửa", "UBND phường Lê Chân", 0.5),
        ("Tiếp sức mùa thi", "Thành đoàn Hải Phòng", 1.0),
        ("Trồng cây xanh tại bờ sông Lạch Tray", "Chi đoàn Tổ dân phố số 3", 1.0),
        ("Dọn dẹp sau bão tại khu dân cư", "Đoàn phường Lê Chân", 1.0),
    ]
    for m in range(1, 13):
        name, org, d = base[m % len(base)]
        n = rnd.randint(8, 24)
        acts.append(
            VolunteerActivityLine(
                on_date=date(2026, m, 8 + m),
                name=name,
                organiser=org,
                place="Phường Lê Chân",
                participants=n,
                days_credited=d,
                total_days=n * d,
                confirmed_by="Đặng Quốc Việt",
            )
        )
    mems = []
    for i, (name, _, _) in enumerate(names(28)):
        detail = tuple((a.on_date, a.name, a.days_credited) for j, a in enumerate(acts) if (i + j) % 2 == 0)
        days = sum(d for _, _, d in detail)
        mems.append(
            VolunteerMemberLine(full_name=name, activities=len(detail), days=days, met=days >= 5, detail=detail)
        )
    return VolunteerLogData(
        heading=heading(None, on=date(2026, 11, 21)),
        branch=BRANCH,
        period_label="2026",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        minimum_days=5,
        members=tuple(mems),
        activities=tuple(acts),
        signature=SECRETARY,
    )


BRANCH_TYPES = [
    "Địa bàn dân cư",
    "Địa bàn dân cư",
    "Địa bàn dân cư",
    "Khối cơ quan hành chính",
    "Doanh nghiệp",
    "Khối trường học",
    "Lực lượng vũ trang",
]


def branches(n: int, seed: int = 11) -> list[BranchInfo]:
    rnd = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        t = BRANCH_TYPES[i % len(BRANCH_TYPES)]
        name = {
            "Địa bàn dân cư": f"Chi đoàn {rnd.choice(STREETS)} {i}",
            "Khối cơ quan hành chính": f"Chi đoàn Cơ quan phường số {i}",
            "Doanh nghiệp": f"Chi đoàn Công ty Cổ phần Cảng Đình Vũ {i}",
            "Khối trường học": f"Chi đoàn lớp 12A{i % 9 + 1} Trường THPT Ngô Quyền",
            "Lực lượng vũ trang": f"Chi đoàn Công an phường {i}",
        }[t]
        out.append(
            BranchInfo(
                code=f"CD-{i:03d}",
                name=name,
                branch_type=t,
                members=rnd.randint(8, 60),
                parent_name="Đoàn phường Lê Chân",
            )
        )
    return out


def registration_summary(n: int = 24) -> RegistrationSummaryData:
    lines = []
    for i, b in enumerate(branches(n)):
        ok = i % 8 != 5
        lines.append(
            BranchRegistrationLine(
                branch=b,
                registered=ok,
                registered_on=date(2026, 11, 1 + i % 9) if ok else None,
                members_registered=b.members - i % 3 if ok else 0,
                reason="" if ok else "Chi đoàn đang kiện toàn Ban Chấp hành",
            )
        )
    return RegistrationSummaryData(
        heading=heading("BC", 41, GRASSROOTS_ISSUER, date(2026, 11, 18)),
        period_label="2027",
        deadline=date(2026, 11, 20),
        branches=tuple(lines),
        recipient_body="Ban Thường vụ Thành đoàn Hải Phòng",
        signature=GRASSROOTS_SECRETARY,
        recipients=("Ban Thường vụ Thành đoàn (để b/c)", "Các chi đoàn trực thuộc"),
    )


def results_summary(n: int = 24, seed: int = 5) -> ResultsSummaryData:
    rnd = random.Random(seed)
    cat = catalog()
    base = criteria()
    lines = []
    for b in branches(n):
        crit = []
        met = 0
        for c in base:
            ok = rnd.random() < 0.88
            met += ok
            crit.append(
                CriterionLine(
                    criterion_id=c.criterion_id,
                    group_id=c.group_id,
                    title=c.title,
                    target=c.target,
                    value=c.value if ok else "Chưa đủ số liệu",
                    met=ok,
                )
            )
        lines.append(
            BranchResultLine(
                branch=b,
                criteria=tuple(crit),
                met=met,
                applicable=16,
                required=13,
                proposed=met >= 13,
                members_recognised=int(b.members * 0.8),
                volunteer_days=b.members * 5.5,
            )
        )
    return ResultsSummaryData(
        heading=heading("BC", 38, GRASSROOTS_ISSUER, date(2026, 11, 9)),
        period_label="2026",
        deadline=date(2026, 11, 10),
        groups=groups(),
        criteria_titles=tuple((c.id, c.title_vi) for c in cat.criteria),
        branches=tuple(lines),
        recipient_body="Ban Thường vụ Thành đoàn Hải Phòng",
        signature=GRASSROOTS_SECRETARY,
        recipients=("Ban Thường vụ Thành đoàn (để b/c)", "Các chi đoàn trực thuộc"),
    )


def decision(n: int = 12) -> DecisionData:
    bs = branches(n)
    mems = []
    for i, b in enumerate(bs[:6]):
        for name, year, gender in names(5, seed=i):
            mems.append(MemberLine(full_name=name, birth=year, gender=gender, branch=b.name))
    return DecisionData(
        heading=heading("QĐ", 12, GRASSROOTS_ISSUER, date(2026, 11, 25)),
        period_label="2026",
        issuer_full_name="Ban Chấp hành Đoàn phường Lê Chân",
        bases=decision_bases("Ban Chấp hành Đoàn phường Lê Chân"),
        branches=tuple(RecognisedBranch(b, 14, 16) for b in bs),
        members=tuple(mems),
        executors="Văn phòng Đoàn phường, Ban Chấp hành các chi đoàn trực thuộc và các đoàn viên có tên tại Điều 1",
        signature=GRASSROOTS_SECRETARY,
        recipients=("Ban Thường vụ Thành đoàn (để b/c)", "Như Điều 3"),
    )


def certificates() -> CertificatesData:
    return CertificatesData(
        issuer=GRASSROOTS_ISSUER,
        issued_on=date(2026, 11, 25),
        certificates=(
            Certificate("CHI ĐOÀN XÃ HỘI CHỦ NGHĨA", "Chi đoàn Tổ dân phố số 3", "Đoàn phường Lê Chân", "2026"),
            Certificate("ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA", "Nguyễn Thị Hoa", "Chi đoàn Tổ dân phố số 3", "2026"),
        ),
        decision_ref="Quyết định số 12-QĐ/ĐTN ngày 25/11/2026",
        signature=GRASSROOTS_SECRETARY,
    )


def appraisal() -> AppraisalSheetData:
    """D7: a branch appraised on all criteria but two, one disagreement, four proposed members."""

    lines = []
    for i, c in enumerate(criteria()):
        opinion = "Chưa thẩm định" if i in (4, 9) else ("Không đồng ý" if c.criterion_id == "CD-3.2" else "Đồng ý")
        claim = "Đạt" if c.met is not False else "Chưa đạt"
        result = ("Chưa đạt" if claim == "Đạt" else "Đạt") if opinion == "Không đồng ý" else claim
        lines.append(
            AppraisalLine(
                c.criterion_id,
                c.group_id,
                c.title,
                claim,
                opinion,
                result,
                "Tháng 12 chưa sinh hoạt định kỳ" if opinion == "Không đồng ý" else "",
            )
        )
    people = [
        MemberAppraisalLine(
            name, year, True, "Đồng ý" if k != 2 else "Không đồng ý", "Chưa đủ 05 ngày tình nguyện" if k == 2 else ""
        )
        for k, (name, year, _g) in enumerate(names(4))
    ]
    return AppraisalSheetData(
        heading=heading(None, None, GRASSROOTS_ISSUER, date(2026, 11, 20)),
        branch=BRANCH,
        period_label="2026",
        submitted_on=date(2026, 11, 12),
        proposes_recognition=True,
        groups=groups(),
        lines=tuple(lines),
        met=13,
        applicable=16,
        required=13,
        recognisable=True,
        pending=("CD-1.3", "CD-2.3"),
        members=tuple(people),
        signature=GRASSROOTS_SECRETARY,
        recipients=("Ban Chấp hành Chi đoàn Tổ dân phố số 3",),
    )
