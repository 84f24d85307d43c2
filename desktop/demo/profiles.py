"""Realistic demo and benchmark data (issue 13), deterministic for a seed.

Profiles (BRIEF §8.4 sizes):

* ``branch``: one residential chi đoàn of 40 members with a full year of records written through
  the ordinary services (members, volunteer activities incl. a youth project and a red-address
  trip, a thematic session each quarter, monthly meetings, information and share requests, weekly
  good-example posts with a couple of missed weeks, a party introduction, the registration
  submitted in January) so that its campaign page, evaluation and volunteer screens are alive.
* ``grassroots``: one Đoàn cơ sở holding 300 branches, 15,000 members and 150,000 volunteer
  credit records plus each branch's year of logs, written in bulk (Core inserts in chunks) but
  shaped exactly like the services write them (membership events, activity dates, participants,
  credits).
* ``city``: the Thành đoàn's view (114 commune-level Đoàn cơ sở + sector unions, 8,000 branches,
  300,000 members, 3,000,000 volunteer records) — ``city_plan`` gives its unit tree and branch
  sizes; desktop/demo/city.py writes it into a HUB database as the signed packages the
  branches and Đoàn cơ sở sent in the year (``sothidua demo --profile city --hub-db URL``).

Nothing here imports Qt or SQLAlchemy; the bulk writes go through ``db.repo.demo``.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

from db import audit
from db.repo import demo as repo
from desktop.domain.errors import DomainError
from desktop.domain.members import JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, Member, name_key
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext

PROFILES = ("branch", "grassroots", "city")

# Surnames weighted roughly by their share in Vietnam (Nguyễn ≈ 38 %).
HO = [
    ("Nguyễn", 380),
    ("Trần", 110),
    ("Lê", 95),
    ("Phạm", 70),
    ("Hoàng", 40),
    ("Huỳnh", 10),
    ("Phan", 45),
    ("Vũ", 39),
    ("Võ", 10),
    ("Đặng", 21),
    ("Bùi", 20),
    ("Đỗ", 14),
    ("Hồ", 13),
    ("Ngô", 13),
    ("Dương", 10),
    ("Lý", 5),
    ("Đào", 8),
    ("Đinh", 7),
    ("Mai", 5),
    ("Trịnh", 6),
    ("Lương", 4),
    ("Cao", 4),
    ("Tạ", 3),
    ("Lưu", 3),
]
DEM_NAM = [
    "Văn",
    "Đức",
    "Minh",
    "Quang",
    "Hữu",
    "Thành",
    "Xuân",
    "Tiến",
    "Hoàng",
    "Ngọc",
    "Công",
    "Trọng",
    "Mạnh",
    "Duy",
    "Anh",
    "Quốc",
    "Gia",
    "Bảo",
]
DEM_NU = [
    "Thị",
    "Thu",
    "Ngọc",
    "Thanh",
    "Phương",
    "Minh",
    "Hồng",
    "Thùy",
    "Khánh",
    "Bích",
    "Mai",
    "Diệu",
    "Hải",
    "Kim",
    "Bảo",
    "Quỳnh",
]
TEN_NAM = [
    "Anh",
    "Hùng",
    "Dũng",
    "Tuấn",
    "Nam",
    "Long",
    "Hải",
    "Sơn",
    "Cường",
    "Đạt",
    "Huy",
    "Khánh",
    "Phúc",
    "Quân",
    "Thắng",
    "Trung",
    "Việt",
    "Hiếu",
    "Bình",
    "Đức",
    "Duy",
    "Tùng",
    "Kiên",
    "Lâm",
    "Thịnh",
    "Vinh",
    "Toàn",
    "Khoa",
    "Hưng",
    "Lộc",
    "Nghĩa",
    "Quý",
    "Tú",
]
TEN_NU = [
    "Hoa",
    "Lan",
    "Hương",
    "Linh",
    "Trang",
    "Mai",
    "Ngọc",
    "Thảo",
    "Huyền",
    "Hà",
    "Nhung",
    "Yến",
    "Ánh",
    "Vy",
    "Trâm",
    "Quỳnh",
    "Giang",
    "Hằng",
    "Phương",
    "Nga",
    "Thủy",
    "Uyên",
    "Diệp",
    "Oanh",
    "Chi",
    "Nhi",
    "Hạnh",
    "Duyên",
    "Loan",
    "Vân",
    "Thư",
    "My",
]
THON = [
    "Thôn Đông",
    "Thôn Đoài",
    "Thôn Nam",
    "Thôn Bắc",
    "Thôn Trung",
    "Thôn Thượng",
    "Thôn Hạ",
    "Thôn Cựu Điện",
    "Thôn Phù Lưu",
    "Thôn Quý Cao",
    "Thôn Mỹ Cụ",
    "Thôn An Dụ",
    "Thôn Đồng Giới",
]
# Commune-level units of Hải Phòng after the 2025 merger (names of places; the list is cycled
# with the real mix of phường / xã / đặc khu for the city profile).
PLACES = [
    "Hồng Bàng",
    "Ngô Quyền",
    "Lê Chân",
    "Hải An",
    "Kiến An",
    "Đồ Sơn",
    "Dương Kinh",
    "Gia Viên",
    "Lê Ích Mộc",
    "An Biên",
    "An Dương",
    "An Hải",
    "Hưng Đạo",
    "Đông Hải",
    "Nam Triệu",
    "Thủy Nguyên",
    "Bạch Đằng",
    "Lưu Kiếm",
    "Lê Thanh Nghị",
    "Thành Đông",
    "Hải Dương",
    "Tân Hưng",
    "Chí Linh",
    "Nhị Chiểu",
    "Kinh Môn",
    "Nam Sách",
    "Thanh Hà",
    "Cẩm Giàng",
    "Bình Giang",
    "Gia Lộc",
    "Tứ Kỳ",
    "Ninh Giang",
    "Thanh Miện",
    "Kim Thành",
    "An Lão",
    "Kiến Thụy",
    "Tiên Lãng",
    "Vĩnh Bảo",
    "Nguyễn Bỉnh Khiêm",
    "Vĩnh Am",
    "Hùng Thắng",
    "Tân Minh",
    "Quyết Thắng",
    "Chấn Hưng",
    "Hà Nam",
    "Cát Hải",
    "Bạch Long Vĩ",
]
SECTORS = [
    "Đoàn Khối các cơ quan thành phố",
    "Đoàn Khối doanh nghiệp thành phố",
    "Đoàn Thanh niên Bộ Chỉ huy Quân sự thành phố",
    "Đoàn Thanh niên Công an thành phố",
    "Đoàn Trường Đại học Hải Phòng",
    "Đoàn Trường Đại học Y Dược Hải Phòng",
    "Đoàn Thanh niên Bộ đội Biên phòng thành phố",
    "Đoàn Trường Đại học Hàng hải Việt Nam",
]
COMPANIES = [
    "Công ty Cổ phần Cảng Hải Phòng",
    "Công ty Đóng tàu Phà Rừng",
    "Công ty Xi măng Vicem",
    "Công ty Nhiệt điện Hải Phòng",
    "Công ty TNHH LG Display Việt Nam",
    "Công ty Cấp nước Hải Phòng",
]
VOLUNTEER_NAMES = [
    "Ngày Chủ nhật xanh",
    "Ra quân vệ sinh môi trường",
    "Hiến máu tình nguyện",
    "Tiếp sức mùa thi",
    "Dọn vệ sinh khu di tích",
    "Thắp nến tri ân liệt sĩ",
    "Trồng cây xanh tuyến đường",
    "Tặng quà thiếu nhi hoàn cảnh khó khăn",
    "Hỗ trợ người cao tuổi cài đặt VNeID",
    "Khơi thông cống rãnh trước mùa mưa bão",
]
PLACES_RED = [
    "Khu di tích lịch sử Bạch Đằng Giang",
    "Đền thờ Nữ tướng Lê Chân",
    "Khu di tích Nhà tù Côn Đảo (trực tuyến)",
    "Tượng đài Nữ tướng Lê Chân",
    "Khu di tích Côn Sơn – Kiếp Bạc",
    "Đền Nghè",
]
THEMATIC = [
    ("chinh-tri-tu-tuong", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("phap-luat", "Tìm hiểu Luật Thanh niên và pháp luật về an toàn giao thông"),
    ("dao-duc-loi-song", "Văn hóa ứng xử trên không gian mạng của đoàn viên"),
    ("phap-luat", "Phòng, chống ma túy và tệ nạn xã hội trong thanh niên"),
]
GOOD_STORIES = [
    "Nữ đoàn viên trả lại ví tiền nhặt được",
    "Thanh niên cứu người đuối nước",
    "Tấm gương hiếu học vượt khó",
    "Chàng trai 30 lần hiến máu",
    "Bà mẹ nuôi con người khác",
    "Đoàn viên khởi nghiệp nuôi trồng thủy sản",
    "Tổ dân phố tự quản về an ninh trật tự",
    "Cô giáo dạy bơi miễn phí cho trẻ em",
    "Người lính biên phòng giúp dân chống bão",
]


@dataclass
class DemoSummary:
    profile: str
    seed: int
    self_unit: str = ""
    units: int = 0
    members: int = 0
    volunteer_activities: int = 0
    volunteer_records: int = 0
    logs: int = 0
    registrations: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return dict(self.__dict__)


class Names:
    """Vietnamese full names, genders and birth dates drawn from one ``random.Random``."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._ho = [h for h, _ in HO]
        self._w = [w for _, w in HO]

    def person(self, today: date, min_age: int = 16, max_age: int = 30) -> tuple[str, str, date]:
        r = self.rng
        gender = "nu" if r.random() < 0.5 else "nam"
        ho = r.choices(self._ho, self._w)[0]
        dem = r.choice(DEM_NU if gender == "nu" else DEM_NAM)
        ten = r.choice(TEN_NU if gender == "nu" else TEN_NAM)
        age_days = r.randint(min_age * 365 + 5, max_age * 365 + 300)
        return f"{ho} {dem} {ten}", gender, today - timedelta(days=age_days)


def _phone(rng: random.Random) -> str:
    return rng.choice(["09", "03", "08", "07"]) + f"{rng.randrange(10**8):08d}"


def _union_join(rng: random.Random, dob: date) -> date:
    # Admitted on 26/3 (Youth Union day) or 2/9 at 16–18, the usual school ceremony.
    year = dob.year + rng.choice([16, 16, 17, 18])
    return date(year, 3, 26) if rng.random() < 0.7 else date(year, 9, 2)


def has_data(ctx: AppContext) -> bool:
    with ctx.uow.read() as s:
        return repo.has_data(s)


def generate(ctx: AppContext, profile: str, seed: int = 1, *, progress=None, sizes: dict | None = None) -> DemoSummary:
    """Fill an empty data folder with the profile's data; returns what was made.

    ``sizes`` (grassroots only; tests): ``branches``, ``members_total``, ``volunteer_records``."""
    if profile not in PROFILES:
        raise DomainError(f"Không có hồ sơ dữ liệu mẫu “{profile}” (chọn: {', '.join(PROFILES)}).", field="profile")
    if profile == "city":
        raise DomainError(
            "Hồ sơ “city” (114 Đoàn cơ sở, 8.000 chi đoàn) tạo vào cơ sở dữ liệu hub, không vào thư mục "
            "của một đơn vị: dùng “sothidua demo --profile city --hub-db URL” "
            "(desktop/demo/city.py).",
            field="profile",
        )
    t0 = time.perf_counter()
    rng = random.Random(seed)
    summary = DemoSummary(profile, seed)
    if profile == "branch":
        _branch(ctx, rng, summary)
    else:
        _grassroots(ctx, rng, summary, progress=progress, **(sizes or {}))
    with ctx.uow.begin() as s:
        audit.record(
            s,
            actor=ctx.actor,
            action="create",
            entity="demo_data",
            entity_id=profile,
            unit_code=summary.self_unit,
            after={"profile": profile, "seed": seed},
        )
        c = repo.counts(s)
    summary.units, summary.members = c["units"], c["members"]
    summary.volunteer_activities, summary.volunteer_records = c["volunteer_activities"], c["volunteer_credits"]
    summary.logs, summary.registrations = c["cycle_logs"], c["cycle_registrations"]
    summary.seconds = time.perf_counter() - t0
    return summary


# ----------------------------------------------------------------------------------------------
# branch: through the services, dated as the secretary would have typed them


def _at(ctx: AppContext, day: date):
    ctx.today = lambda: day


def _branch(ctx: AppContext, rng: random.Random, summary: DemoSummary) -> None:
    from desktop.domain.logs import LogEntry
    from desktop.domain.registration import RegistrationItem
    from desktop.domain.volunteer import CONG_TRINH, DIA_CHI_DO, TINH_NGUYEN, Activity
    from desktop.services import year as cycle, membership as members, volunteering as volunteer
    from desktop.services.units import save_self_unit

    real_today = ctx.today
    today = real_today()
    year = today.year
    start = date(year, 1, 1)
    names = Names(rng)
    tdp = rng.randint(1, 15)
    place = rng.choice(PLACES)
    code = f"CD-TDP{tdp:02d}"
    unit = Unit(
        code=code,
        name=f"Chi đoàn Tổ dân phố số {tdp}",
        kind=UnitKind.CHI_DOAN,
        branch_type=BranchType.DAN_CU,
        parent_code=f"DCS-{name_key(place).upper().replace(' ', '')}",
    )
    summary.self_unit = code
    try:
        _at(ctx, date(year - 1, 12, 31))
        save_self_unit(ctx, unit)
        from desktop.services.units import set_signer

        set_signer(ctx, code, title="BÍ THƯ", full_name="Nguyễn Thu Hà")
        residence = f"Tổ dân phố số {tdp}, phường {place}"
        ids: list[int] = []
        made: list[Member] = []
        for i in range(40):
            full, gender, dob = names.person(date(year, 6, 30), min_age=18)
            joined = min(_union_join(rng, dob), date(year - 1, 9, 2))
            entry = max(joined, date(rng.randint(2019, year - 1), rng.randint(1, 12), rng.randint(1, 28)))
            m = Member(
                id=None,
                unit_code=code,
                full_name=full,
                date_of_birth=dob,
                gender=gender,
                phone=_phone(rng),
                union_join_date=joined,
                union_card_no=f"HP{rng.randrange(10**7):07d}",
                is_party_member=i in (3, 17, 29),
                party_join_date=date(year - 2, 5, 19) if i in (3, 17, 29) else None,
                residence=residence,
                training_registered=rng.random() < 0.93,
                ebook_issued=rng.random() < 0.95,
                ecard_issued=rng.random() < 0.9,
                residence_activity=rng.random() < 0.88,
            )
            kind = JOINED
            if i >= 38:  # two members moved in this spring
                entry, kind = date(year, 4, i - 30), TRANSFERRED_IN
                _at(ctx, entry)
            else:
                _at(ctx, date(year - 1, 12, 31))
            _, saved = members.add_member(ctx, code, m, entry_date=entry, entry_kind=kind)
            ids.append(saved.id)
            made.append(saved)
        # CD-3.3 … CD-3.5 are facts of a period: ticked again for this year in the spring.
        for day in (date(year, 3, 2), date(year, 4, 20)):  # the two who moved in during April: later
            _at(ctx, day)
            for saved in made:
                if day.month == 3 and (saved.training_registered_on or day) > day:
                    continue
                members.update_member(ctx, saved)
        # One member moved away for work in the summer (transferred out), still in the year's base.
        _at(ctx, date(year, 7, 10))
        members.record_event(ctx, ids[11], TRANSFERRED_OUT, date(year, 7, 8), note="Chuyển sinh hoạt về nơi làm việc")
        window = {m: (date(year - 1, 12, 31), date(year, 12, 31)) for m in ids}
        window[ids[11]] = (window[ids[11]][0], date(year, 7, 7))
        for m in ids[38:]:
            window[m] = (date(year, 4, ids.index(m) - 30), date(year, 12, 31))

        # Step 1: registration submitted in January (BRIEF §3.1).
        _at(ctx, date(year, 1, 20))
        cat = ctx.catalogs[cycle.CAMPAIGN]
        items = [
            RegistrationItem(c.id, f"Đăng ký thực hiện: {c.title_vi}", date(year, 11, 30), "Bí thư chi đoàn")
            for c in cat.criteria
        ]
        cycle.submit_registration(
            ctx,
            code,
            str(year),
            items=items,
            member_ids=ids[:38],
            note="Chi đoàn đăng ký phấn đấu đạt “Chi đoàn xã hội chủ nghĩa”.",
        )

        def log(kind, day, title, **kw):
            _at(ctx, min(day + timedelta(days=1), today))
            cycle.add_log(ctx, LogEntry(None, code, kind, day, title, **kw))

        def some(share, day):
            return frozenset(m for m in ids if window[m][0] <= day <= window[m][1] and rng.random() < share)

        month_end = today.month if today.year == year else 12
        for mth in range(1, month_end + 1):
            d = date(year, mth, min(5 + rng.randrange(5), 28))
            if d <= today:
                cat_m = "chinh-tri" if mth in (3, 9) else "dinh-ky"
                log("meeting", d, f"Sinh hoạt chi đoàn tháng {mth}", category=cat_m, participants=some(0.85, d))
            d = date(year, mth, 12)
            if d <= today:
                log(
                    "information",
                    d,
                    f"Thông tin thời sự tháng {mth} qua nhóm Zalo chi đoàn",
                    channel="Zalo",
                    participants=some(0.75, d),
                )
            d = date(year, mth, 18)
            if mth % 2 == 0 and d <= today:
                log(
                    "share_request",
                    d,
                    "Chia sẻ bài viết tích cực của Thành đoàn",
                    counterpart="Thành đoàn Hải Phòng",
                    participants=some(0.7, d),
                    link="https://www.facebook.com/thanhdoanhaiphong",
                )
            d = date(year, mth, 21)
            if mth % 3 == 1 and d <= today:
                log(
                    "alert",
                    d,
                    "Cảnh báo trang giả mạo lừa đảo tuyển cộng tác viên",
                    channel="Zalo",
                    counterpart="Đoàn phường",
                    received_on=d - timedelta(days=1),
                )
        for q, (qs, _qe) in enumerate(_quarters(year)):
            d = qs + timedelta(days=40)
            if d <= today:
                theme, title = THEMATIC[q]
                log("thematic_session", d, title, category=theme, participants=some(0.9, d))
        monday = start - timedelta(days=start.weekday())
        week = 0
        skipped = {rng.randint(8, 20), rng.randint(26, 40)}  # a couple of missed weeks
        while monday <= today:
            week += 1
            d = max(monday + timedelta(days=rng.randrange(5)), start)
            if week not in skipped and d <= today:
                log(
                    "weekly_post",
                    d,
                    rng.choice(GOOD_STORIES),
                    channel="Fanpage chi đoàn",
                    counterpart=f"Phường {place}",
                )
            monday += timedelta(days=7)
        log(
            "party_introduction",
            date(year, 5, 12),
            "Giới thiệu đoàn viên ưu tú cho Đảng",
            member_id=ids[5],
            ref_no=f"{rng.randint(10, 40)}-GT/ĐTN",
            counterpart=f"Chi bộ Tổ dân phố số {tdp}",
        )

        # Volunteer days (CD-2.2, CD-2.3, CD-3.6): most members reach 5 days.
        acts = []
        for mth in range(1, month_end + 1):
            d = date(year, mth, 1) + timedelta(days=(6 - date(year, mth, 1).weekday()) % 7)  # first Sunday
            acts.append((d, rng.choice(VOLUNTEER_NAMES), TINH_NGUYEN, rng.choice([0.5, 1.0, 1.0]), 0.7, None))
        acts.append(
            (
                date(year, 3, 26),
                "Công trình thanh niên: Tuyến đường hoa thanh niên",
                CONG_TRINH,
                2.0,
                0.8,
                f"Tổ dân phố số {tdp}",
            )
        )
        acts.append((date(year, 7, 27), "Hành trình về địa chỉ đỏ", DIA_CHI_DO, 1.0, 0.6, rng.choice(PLACES_RED)))
        for d, name, kind, days, share, where in acts:
            if d > today:
                continue
            dates = (d, d + timedelta(days=1)) if days > 1 else (d,)
            who = tuple(sorted(some(share, d)))
            _at(ctx, dates[-1])
            volunteer.record_activity(
                ctx,
                code,
                Activity(
                    id=None,
                    unit_code=code,
                    name=name,
                    kind=kind,
                    dates=dates,
                    days=days,
                    place=where,
                    focus="chuyen-doi-xanh" if kind == CONG_TRINH else None,
                    participant_ids=who,
                    confirmed_by="Bí thư chi đoàn",
                ),
                skip_overlaps=True,
            )
        _at(ctx, min(date(year, 11, 5), today))
        cycle.record_judgement(
            ctx,
            code,
            str(year),
            "CD-1.3",
            "met",
            author="Bí thư chi đoàn",
            note="Cảnh báo kịp thời thông tin xấu, độc tới đoàn viên",
        )
    finally:
        ctx.today = real_today


def _quarters(year: int) -> list[tuple[date, date]]:
    return [(date(year, m, 1), date(year, m + 2, 28)) for m in (1, 4, 7, 10)]


# ----------------------------------------------------------------------------------------------
# grassroots: bulk, in the shape the services write


def _grassroots(
    ctx: AppContext,
    rng: random.Random,
    summary: DemoSummary,
    *,
    branches: int = 300,
    members_total: int = 15_000,
    volunteer_records: int = 150_000,
    progress=None,
) -> None:
    from desktop.services.units import save_self_unit

    today = ctx.today()
    year = today.year
    start = date(year, 1, 1)
    place = rng.choice(PLACES)
    dcs_code = "DCS-" + name_key(place).upper().replace(" ", "")
    summary.self_unit = dcs_code
    save_self_unit(ctx, Unit(code=dcs_code, name=f"Đoàn phường {place}", kind=UnitKind.DOAN_CO_SO, parent_code="TD-HP"))
    from desktop.services.units import set_signer

    set_signer(ctx, dcs_code, title="BÍ THƯ", full_name="Trần Minh Quang")
    names = Names(rng)
    sizes = _sizes(rng, branches, members_total)
    types = []
    for b in range(branches):
        r = rng.random()
        types.append(
            BranchType.DAN_CU
            if r < 0.72
            else BranchType.CO_QUAN
            if r < 0.87
            else BranchType.DOANH_NGHIEP
            if r < 0.96
            else BranchType.LUC_LUONG_VU_TRANG
        )
    with ctx.uow.begin() as s:
        uid0 = repo.next_id(s, "units")
        unit_rows = []
        for b in range(branches):
            t = types[b]
            name = (
                f"Chi đoàn Tổ dân phố số {b + 1}"
                if t is BranchType.DAN_CU and b % 3
                else f"Chi đoàn {THON[b % len(THON)]} {b + 1}"
                if t is BranchType.DAN_CU
                else f"Chi đoàn {COMPANIES[b % len(COMPANIES)]} {b + 1}"
                if t is BranchType.DOANH_NGHIEP
                else f"Chi đoàn Công an phường {place} {b + 1}"
                if t is BranchType.LUC_LUONG_VU_TRANG
                else f"Chi đoàn cơ quan {b + 1} phường {place}"
            )
            unit_rows.append(
                {
                    "id": uid0 + b,
                    "code": f"{dcs_code}-CD{b + 1:03d}",
                    "name": name,
                    "kind": "chi-doan",
                    "branch_type": t.value,
                    "parent_code": dcs_code,
                    "all_party_members": False,
                    "is_self": False,
                }
            )
        repo.bulk_insert(s, "units", unit_rows)
        mid = repo.next_id(s, "members")
        eid = repo.next_id(s, "membership_events")
        member_rows, event_rows, branch_members = [], [], []
        for b in range(branches):
            ids = []
            res = unit_rows[b]["name"].removeprefix("Chi đoàn ")
            for _ in range(sizes[b]):
                full, gender, dob = names.person(date(year, 6, 30), min_age=17)
                joined = min(_union_join(rng, dob), date(year - 1, 9, 2))
                party = rng.random() < 0.06
                member_rows.append(
                    {
                        "id": mid,
                        "unit_id": uid0 + b,
                        "full_name": full,
                        "name_key": name_key(full),
                        "date_of_birth": dob,
                        "dob_year_only": False,
                        "gender": gender,
                        "phone": _phone(rng),
                        "union_join_date": joined,
                        "union_card_no": f"HP{mid:07d}",
                        "is_party_member": party,
                        "party_join_date": date(year - 1, 5, 19) if party else None,
                        "residence": res,
                        "training_registered": rng.random() < 0.9,
                        "ebook_issued": rng.random() < 0.93,
                        "ecard_issued": rng.random() < 0.88,
                        "residence_activity": rng.random() < 0.85,
                    }
                )
                entry = max(
                    joined + timedelta(days=1),
                    date(rng.randint(2018, year - 1), rng.randint(1, 12), rng.randint(1, 28)),
                )
                event_rows.append(
                    {"id": eid, "member_id": mid, "kind": JOINED, "on_date": entry, "created_by": ctx.actor}
                )
                eid += 1
                if rng.random() < 0.02:
                    event_rows.append(
                        {
                            "id": eid,
                            "member_id": mid,
                            "kind": TRANSFERRED_OUT,
                            "on_date": start + timedelta(days=rng.randrange(max(1, (today - start).days))),
                            "created_by": ctx.actor,
                        }
                    )
                    eid += 1
                else:
                    ids.append(mid)
                mid += 1
            branch_members.append(ids)
        repo.insert_members(s, member_rows)
        repo.bulk_insert(s, "membership_events", event_rows)
        from db.repo import members as members_repo
        from desktop.services.membership import record_period_facts

        flagged = [
            r["id"]
            for r in member_rows
            if r.get("residence_activity")
            or r.get("ebook_issued")
            or r.get("ecard_issued")
            or r.get("training_registered")
        ]
        record_period_facts(s, ctx, members_repo.get_many(s, flagged))  # this period's CD-3.3 … 3.5
        if progress:
            progress(1, 4, "Đã tạo đoàn viên")

        # Volunteer: one- or two-day activities of 15–45 members until the records are reached.
        aid = repo.next_id(s, "volunteer_activities")
        cid = repo.next_id(s, "volunteer_credits")
        acts, dates, parts, credits = [], [], [], []
        span = max(1, (today - start).days)
        seen: set[tuple[int, date]] = set()
        b = 0
        while len(credits) < volunteer_records:
            ids = branch_members[b % branches]
            b += 1
            if not ids:
                continue
            n_days = 2 if rng.random() < 0.1 else 1
            d0 = start + timedelta(days=rng.randrange(span))
            days = [d0 + timedelta(days=k) for k in range(n_days) if d0 + timedelta(days=k) <= today]
            kind = (
                "cong-trinh-thanh-nien"
                if rng.random() < 0.06
                else "dia-chi-do"
                if rng.random() < 0.06
                else "tinh-nguyen"
            )
            half = 2 if rng.random() < 0.7 else 1
            who = rng.sample(ids, min(len(ids), rng.randint(15, 45)))
            acts.append(
                {
                    "id": aid,
                    "unit_id": uid0 + (b - 1) % branches,
                    "name": rng.choice(VOLUNTEER_NAMES)
                    if kind == "tinh-nguyen"
                    else (
                        "Công trình thanh niên: Tuyến đường hoa"
                        if kind == "cong-trinh-thanh-nien"
                        else "Hành trình về địa chỉ đỏ"
                    ),
                    "kind": kind,
                    "focus": "chuyen-doi-xanh" if kind == "cong-trinh-thanh-nien" else None,
                    "level": "chi-doan",
                    "half_days": half * len(days),
                    "first_day": days[0],
                    "last_day": days[-1],
                    "guests": rng.randrange(5),
                    "created_by": ctx.actor,
                    "updated_by": ctx.actor,
                    "place": rng.choice(PLACES_RED) if kind == "dia-chi-do" else None,
                }
            )
            for d in days:
                dates.append({"activity_id": aid, "day": d})
            for m in who:
                if any((m, d) in seen for d in days):
                    continue  # never credit a member twice on a day (the service refuses it)
                parts.append({"activity_id": aid, "member_id": m, "overlap_confirmed": False})
                for d in days:
                    seen.add((m, d))
                    credits.append({"id": cid, "activity_id": aid, "member_id": m, "day": d, "half_days": half})
                    cid += 1
            aid += 1
        repo.bulk_insert(s, "volunteer_activities", acts)
        repo.bulk_insert(s, "volunteer_activity_dates", dates)
        repo.bulk_insert(s, "volunteer_participants", parts)
        repo.bulk_insert(s, "volunteer_credits", credits)
        del seen, credits, parts
        if progress:
            progress(2, 4, "Đã tạo ngày tình nguyện")

        # Logs (step 2): the same year as the branch profile, lighter (one record per kind/month).
        lid = repo.next_id(s, "cycle_logs")
        logs, lparts = [], []
        for b in range(branches):
            ids = branch_members[b]
            u = uid0 + b
            diligent = rng.random()

            def add(kind, d, title, share=0.0, u=u, ids=ids, **kw):
                nonlocal lid
                if d > today:
                    return
                logs.append(
                    {"id": lid, "unit_id": u, "kind": kind, "on_date": d, "title": title, "created_by": ctx.actor, **kw}
                )
                if share:
                    lparts.extend({"log_id": lid, "member_id": m} for m in ids if rng.random() < share)
                lid += 1

            for mth in range(1, 13):
                if rng.random() < 0.1 + 0.8 * diligent or mth % 3 == 0:
                    add("meeting", date(year, mth, 6), f"Sinh hoạt chi đoàn tháng {mth}", 0.8, category="dinh-ky")
                add("information", date(year, mth, 12), f"Thông tin thời sự tháng {mth}", 0.7, channel="Zalo")
                if mth % 2 == 0:
                    add(
                        "share_request",
                        date(year, mth, 18),
                        "Chia sẻ bài viết tích cực",
                        0.65,
                        counterpart="Đoàn phường",
                    )
            for q, (qs, _) in enumerate(_quarters(year)):
                theme, title = THEMATIC[q]
                add("thematic_session", qs + timedelta(days=40), title, 0.85, category=theme)
            d = start
            while d <= today:
                if rng.random() < 0.6 + 0.4 * diligent:
                    add("weekly_post", d, GOOD_STORIES[(d.toordinal() + b) % len(GOOD_STORIES)], channel="Fanpage")
                d += timedelta(days=7)
        repo.bulk_insert(s, "cycle_logs", logs)
        repo.bulk_insert(s, "cycle_log_participants", lparts)
        if progress:
            progress(3, 4, "Đã tạo sổ theo dõi")
    summary.notes.append(f"{branches} chi đoàn, {sum(sizes)} đoàn viên")
    if progress:
        progress(4, 4, "Xong")


def _sizes(rng: random.Random, branches: int, total: int) -> list[int]:
    """Branch sizes between 15 and 120 that add up to ``total`` exactly."""
    raw = [rng.lognormvariate(0, 0.45) for _ in range(branches)]
    k = total / sum(raw)
    sizes = [max(15, min(120, round(r * k))) for r in raw]
    i = 0
    while sum(sizes) != total:
        step = 1 if sum(sizes) < total else -1
        j = i % branches
        if 15 <= sizes[j] + step <= 120:
            sizes[j] += step
        i += 1
    return sizes


# ----------------------------------------------------------------------------------------------
# city: the plan (sizes and names) the hub benchmark writes into PostgreSQL


def city_plan(
    seed: int = 1,
    *,
    communes: int = 114,
    branches: int = 8000,
    members: int = 300_000,
    volunteer_records: int = 3_000_000,
    sectors: int = len(SECTORS),
) -> dict:
    """Unit tree of the city profile: commune-level Đoàn cơ sở + sector unions, branch sizes."""
    rng = random.Random(seed)
    units = []
    for i in range(communes):
        p = PLACES[i % len(PLACES)]
        kind = "phường" if i % 3 == 0 else "xã"
        suffix = "" if i < len(PLACES) else f" {i // len(PLACES) + 1}"
        units.append(
            {
                "code": f"DCS-{i + 1:03d}",
                "name": f"Đoàn {kind} {p}{suffix}",
                "kind": "doan-co-so",
                "parent_code": "TD-HP",
            }
        )
    for j, name in enumerate(SECTORS[:sectors]):
        units.append({"code": f"DCT-{j + 1:02d}", "name": name, "kind": "doan-cap-tren", "parent_code": "TD-HP"})
    parents = [u["code"] for u in units]
    sizes = _sizes(rng, branches, members)
    branch_units = [
        {
            "code": f"{parents[b % len(parents)]}-CD{b // len(parents) + 1:03d}",
            "name": f"Chi đoàn {b + 1}",
            "kind": "chi-doan",
            "parent_code": parents[b % len(parents)],
            "members": sizes[b],
        }
        for b in range(branches)
    ]
    return {"upper": units, "branches": branch_units, "members": members, "volunteer_records": volunteer_records}
