"""What every demo profile draws from (issue 13), deterministic for a seed: Vietnamese names weighted
by their share, the places, companies, volunteer activities, red addresses, thematic sessions and
good-example stories of Hải Phòng, and the summary a profile returns. Most of this module is these
tables of data, read in one sitting as a list rather than as logic."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta


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


def _quarters(year: int) -> list[tuple[date, date]]:
    return [(date(year, m, 1), date(year, m + 2, 28)) for m in (1, 4, 7, 10)]
