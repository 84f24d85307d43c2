"""Unit settings for every question the city's documents leave open.

BRIEF §1 "Questions the seeds do not answer" and §3.3: each is a setting with a documented
default, and the evaluation states which values it used. Add new settings here (one place),
never as hidden constants.

Longer than the house's ~500 lines on purpose: most of it is the one table ``UNIT_SETTINGS``
(each setting with its default, choices, title and the reason the documents leave it open),
which reads best whole; the rules around it are short.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Phrase, phrase


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    choices: tuple | None
    title_vi: str
    title_en: str
    why_vi: str  # where the documents are silent (BRIEF reference)

    def validate(self, value: Any) -> Any:
        if self.choices is not None and value not in self.choices:
            raise DomainError(
                f"Giá trị “{value}” không hợp lệ cho cài đặt “{self.title_vi}”: chọn một trong "
                + ", ".join(str(c) for c in self.choices)
                + ".",
                field=self.key,
            )
        if self.choices is None and isinstance(self.default, (int, float)) and not isinstance(self.default, bool):
            try:
                value = type(self.default)(value)
            except (TypeError, ValueError, OverflowError):
                raise DomainError(f"Cài đặt “{self.title_vi}” phải là một số.", field=self.key) from None
            if value != value or value in (float("inf"), float("-inf")):
                # Found by the property test: NaN and infinity are no numbers a rule can use.
                raise DomainError(f"Cài đặt “{self.title_vi}” phải là một số.", field=self.key)
            if value < 0:
                raise DomainError(f"Cài đặt “{self.title_vi}” không được âm.", field=self.key)
        if self.choices is None and isinstance(self.default, str) and not isinstance(value, str):
            # Found by the property test (issue 8 §7): a text setting must hold text.
            raise DomainError(f"Cài đặt “{self.title_vi}” phải là một chuỗi chữ.", field=self.key)
        return value


UNIT_SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in [
        SettingSpec(
            "member_base",
            "end",
            ("start", "end", "average"),
            "Số đoàn viên dùng để tính tỉ lệ",
            QT_TRANSLATE_NOOP("UnitSetting", "Member base for percentages"),
            "văn bản không nêu tính theo đầu kỳ, cuối kỳ hay bình quân. Mặc định: cuối kỳ "
            "(hoặc ngày đánh giá nếu kỳ chưa kết thúc).",
        ),
        SettingSpec(
            "member_entry_unknown",
            "period_start",
            ("period_start", "today"),
            "Ngày vào chi đoàn khi tệp nhập không ghi",
            QT_TRANSLATE_NOOP("UnitSetting", "Branch entry date when an import leaves it blank"),
            "mẫu số tính theo lịch sử vào/ra chi đoàn, nhưng danh sách Excel thường không "
            "ghi ngày vào chi đoàn. Dùng Ngày vào Đoàn nếu có; nếu không, mặc định: ngày đầu năm "
            "đánh giá hiện tại, hoặc ngày nhập danh sách.",
        ),
        SettingSpec(
            "cd14_rule",
            "every_request",
            ("every_request", "average"),
            "CD-1.4: cách tính khi có nhiều yêu cầu",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-1.4 rule over several requests"),
            "không rõ phải đạt 60% ở mọi yêu cầu hay bình quân. Mặc định: mọi yêu cầu.",
        ),
        SettingSpec(
            "cd32_meetings_per_year",
            12,
            None,
            "CD-3.2: số buổi sinh hoạt chi đoàn định kỳ tối thiểu mỗi năm",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-3.2 minimum regular meetings per year"),
            "“theo quy định”, không nêu số. Mặc định: 12 (mỗi tháng 01 buổi).",
        ),
        SettingSpec(
            "cd32_counted_kinds",
            "all",
            ("dinh-ky", "all"),
            "CD-3.2: những buổi được tính vào số buổi tối thiểu",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-3.2 meetings counted towards the minimum"),
            "văn bản nêu sinh hoạt định kỳ, chuyên đề, chính trị nhưng không nêu số buổi "
            "của từng loại. Tiêu chí CD-3.2 kể cả ba hình thức (“sinh hoạt Chi đoàn định kỳ, sinh hoạt "
            "chuyên đề, sinh hoạt chính trị”), nên mặc định đếm mọi buổi: định kỳ, chuyên đề (kể cả buổi "
            "đã ghi cho CD-1.2) và chính trị; có thể chọn chỉ đếm sinh hoạt định kỳ.",
        ),
        SettingSpec(
            "cd14_when_no_request",
            "met",
            ("met", "not_met", "not_applicable"),
            "CD-1.4: khi trong kỳ không có yêu cầu nào",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-1.4 when there was no request"),
            "tiêu chí chỉ phát sinh “khi có yêu cầu”. Mặc định: không có yêu cầu thì không "
            "có gì chưa đạt, tính là đạt; có thể chọn chưa đạt hoặc không áp dụng.",
        ),
        SettingSpec(
            "cd24_weeks",
            "majority",
            ("majority", "overlap"),
            "CD-2.4: tuần nào thuộc kỳ",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-2.4 which weeks belong to the period"),
            "“mỗi tuần”, không nêu tuần vắt qua đầu/cuối kỳ. Mặc định: tuần "
            "có ít nhất 4 ngày trong kỳ (với năm dương lịch là đúng các tuần của năm); hoặc mọi "
            "tuần có ngày trong kỳ.",
        ),
        SettingSpec(
            "cd37_min_introductions",
            1,
            None,
            "CD-3.7: số đoàn viên ưu tú tối thiểu giới thiệu cho Đảng",
            QT_TRANSLATE_NOOP("UnitSetting", "CD-3.7 minimum members introduced to the Party"),
            "không nêu số lượng. Mặc định: 01 trong năm.",
        ),
        SettingSpec(
            "quarter_boundaries",
            "period_start",
            ("period_start",),
            "Cách chia quý",
            QT_TRANSLATE_NOOP("UnitSetting", "Quarter boundaries"),
            "không nêu ranh giới quý. Mặc định: các khối 3 tháng tính từ đầu kỳ "
            "(với năm dương lịch là các quý dương lịch).",
        ),
        SettingSpec(
            "year_start",
            "01-01",
            None,
            "Ngày bắt đầu năm đánh giá (ngày/tháng)",
            QT_TRANSLATE_NOOP("UnitSetting", "Assessment year start (day/month)"),
            "không nêu mốc chốt năm đánh giá. Mặc định: 01/01 (năm dương lịch).",
        ),
        SettingSpec(
            "school_year_start",
            "09-01",
            None,
            "Ngày bắt đầu năm học (ngày/tháng)",
            QT_TRANSLATE_NOOP("UnitSetting", "School year start (day/month)"),
            "Khối trường học đánh giá theo năm học. Mặc định: 01/9.",
        ),
        SettingSpec(
            "recognition_rounding",
            "ceil",
            ("ceil", "exact"),
            "Làm tròn ngưỡng 80%",
            QT_TRANSLATE_NOOP("UnitSetting", "Rounding of the 80% threshold"),
            "Văn bản không nêu cách làm tròn. Chỉ có hai cách đúng với “ít nhất 80%”: làm tròn "
            "lên (13/16, 12/15) hoặc so tỉ lệ đúng 80%; hai cách cho cùng kết quả. Giá trị cũ "
            "“làm tròn xuống” / “làm tròn 0,5 lên” được đọc là làm tròn lên.",
        ),
        SettingSpec(
            "recognition_counting",
            "per_criterion",
            ("per_criterion", "per_group"),
            "Cách đếm tiêu chí khi xét công nhận",
            QT_TRANSLATE_NOOP("UnitSetting", "How criteria are counted for recognition"),
            "không nêu đếm theo tiêu chí hay theo nhóm. Mặc định: theo từng tiêu chí.",
        ),
        SettingSpec(
            "reminder_days",
            "14,3",
            None,
            "Nhắc trước hạn (ngày)",
            QT_TRANSLATE_NOOP("UnitSetting", "Reminder days before a deadline"),
            "Mặc định nhắc trước 14 và 3 ngày.",
        ),
        SettingSpec(
            "place_name",
            "Hải Phòng",
            None,
            "Địa danh trên văn bản",
            QT_TRANSLATE_NOOP("UnitSetting", "Place name on documents"),
            "Dòng địa danh, ngày tháng của văn bản (thể thức văn bản).",
        ),
        SettingSpec(
            "member_vote_threshold",
            "half",
            ("half", "two_thirds"),
            "Đoàn viên XHCN: tỉ lệ tán thành tối thiểu của hội nghị chi đoàn",
            QT_TRANSLATE_NOOP(
                "UnitSetting", "Socialist member: minimum share of votes in favour at the branch meeting"
            ),
            "“≥ 50% (hoặc ≥ 2/3)”, văn bản không quy định. Mặc định: từ 50% trở lên; hoặc từ 2/3 trở lên.",
        ),
        SettingSpec(
            "member_vote_base",
            "all",
            ("all", "present"),
            "Đoàn viên XHCN: tỉ lệ tán thành tính trên",
            QT_TRANSLATE_NOOP("UnitSetting", "Socialist member: vote share computed over"),
            "ghi số tán thành / không tán thành / vắng mặt, không nêu mẫu số. "
            "Mặc định: tổng số đoàn viên được triệu tập, kể cả vắng mặt; hoặc chỉ người có mặt.",
        ),
        SettingSpec(
            "member_criteria",
            "auto",
            ("auto", "doan-vien-xhcn", "doan-vien-xhcn-hoc-sinh"),
            "Bộ tiêu chí Đoàn viên XHCN của chi đoàn",
            QT_TRANSLATE_NOOP("UnitSetting", "Socialist member criteria used by the branch"),
            "chi đoàn học sinh có thể dùng tiêu chí học sinh, sinh viên. "
            "Mặc định (tự chọn): chi đoàn khối trường học có khối lớp dùng bộ học sinh, các chi đoàn khác "
            "dùng 6 nhóm phẩm chất P1–P6.",
        ),
        SettingSpec(
            "sync_evidence_limit_mb",
            20,
            None,
            "Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói (MB)",
            QT_TRANSLATE_NOOP("UnitSetting", "Packages: maximum evidence per package (MB)"),
            "Gói nộp qua USB/Zalo phải nhỏ. Mặc định: 20 MB; 0 = không gửi kèm minh chứng.",
        ),
        SettingSpec(
            "hub_url",
            "",
            None,
            "Đồng bộ trực tuyến: địa chỉ máy chủ (hub)",
            QT_TRANSLATE_NOOP("UnitSetting", "Online sync: hub address"),
            "Đoàn cơ sở, cấp trên hoặc Thành đoàn có thể chạy máy chủ đồng bộ. Mặc định: để trống "
            "(chỉ gửi bằng tệp); ví dụ https://hub.thanhdoan-haiphong.vn.",
        ),
        SettingSpec(
            "quarterly_report_days",
            10,
            None,
            "Báo cáo tiến độ quý: hạn gửi sau khi hết quý (ngày)",
            QT_TRANSLATE_NOOP("UnitSetting", "Quarterly progress: days after the quarter ends before it is overdue"),
            "“định kỳ hằng quý” nhưng không nêu hạn nộp. Mặc định: 10 ngày sau ngày cuối quý.",
        ),
        # D10 (issue 23): the year-end ranking of Union organisations has no rule in the documents,
        # only that the year's results are its basis. Points of each part, then three thresholds.
        SettingSpec(
            "ranking_points_registered",
            20,
            None,
            "Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn đăng ký",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: points for the share of branches registered"),
            "văn bản chỉ nói kết quả thực hiện tiêu chí là cơ sở xếp loại thi đua tổ chức Đoàn cuối "
            "năm, không nêu cách chấm. Mặc định (lựa chọn của phần mềm): 20 điểm, đủ điểm khi 100% "
            "chi đoàn đăng ký.",
        ),
        SettingSpec(
            "ranking_points_on_time",
            10,
            None,
            "Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn đăng ký đúng hạn",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: points for the share of branches registered on time"),
            "không nêu cách chấm. Mặc định (lựa chọn của phần mềm): 10 điểm, đủ điểm khi 100% chi "
            "đoàn đăng ký đúng hạn.",
        ),
        SettingSpec(
            "ranking_points_recognised",
            40,
            None,
            "Xếp loại cuối năm: điểm cho tỉ lệ chi đoàn được công nhận Chi đoàn XHCN",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: points for the share of branches recognised"),
            "không nêu cách chấm. Mặc định (lựa chọn của phần mềm): 40 điểm, đủ điểm khi đạt chỉ "
            "tiêu 80% chi đoàn được công nhận.",
        ),
        SettingSpec(
            "ranking_points_members",
            30,
            None,
            "Xếp loại cuối năm: điểm cho tỉ lệ đoàn viên được công nhận Đoàn viên XHCN",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: points for the share of members recognised"),
            "không nêu cách chấm. Mặc định (lựa chọn của phần mềm): 30 điểm, đủ điểm khi đạt chỉ "
            "tiêu 80% đoàn viên được công nhận.",
        ),
        SettingSpec(
            "ranking_excellent",
            0.9,
            None,
            "Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành xuất sắc nhiệm vụ”",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: minimum score for the top tier"),
            "không nêu mức xếp loại. Mặc định (lựa chọn của phần mềm): 90% tổng điểm (chi đoàn: 90% tiêu chí đạt).",
        ),
        SettingSpec(
            "ranking_good",
            0.7,
            None,
            "Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành tốt nhiệm vụ”",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: minimum score for the second tier"),
            "không nêu mức xếp loại. Mặc định (lựa chọn của phần mềm): 70% tổng điểm.",
        ),
        SettingSpec(
            "ranking_pass",
            0.5,
            None,
            "Xếp loại cuối năm: mức điểm tối thiểu “Hoàn thành nhiệm vụ”",
            QT_TRANSLATE_NOOP("UnitSetting", "Year-end ranking: minimum score for the third tier"),
            "không nêu mức xếp loại. Mặc định (lựa chọn của phần mềm): 50% tổng điểm; thấp hơn là "
            "“Không hoàn thành nhiệm vụ”.",
        ),
        SettingSpec(
            "report_signer_name",
            "",
            None,
            "Văn bản: họ tên người ký",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: name of the signatory"),
            "Khối chữ ký “TM. BAN CHẤP HÀNH / BÍ THƯ / họ tên” (thể thức văn bản). Mặc định: để trống "
            "(ký và ghi tên tay).",
        ),
        SettingSpec(
            "report_signer_title",
            "BÍ THƯ",
            None,
            "Văn bản: chức vụ người ký",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: title of the signatory"),
            "Hướng dẫn 29-HD/TWĐTN-VP: thẩm quyền ký. Mặc định: BÍ THƯ (ký thay là PHÓ BÍ THƯ).",
        ),
        SettingSpec(
            "report_on_behalf",
            "TM. BAN CHẤP HÀNH",
            None,
            "Văn bản: hình thức ký",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: form of signing"),
            "Hướng dẫn 29-HD/TWĐTN-VP: “TM.”, “KT.”, “TL.”. Mặc định: TM. BAN CHẤP HÀNH; Đảng ủy xã: "
            "T/M ĐẢNG ỦY; Ban Tuyên giáo và Dân vận: để trống (Trưởng ban ký), phó ban ký “K/T TRƯỞNG BAN”.",
        ),
        SettingSpec(
            "report_upper_level",
            "",
            None,
            "Văn bản: tên cơ quan cấp trên (dòng trên cùng bên trái)",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: name of the upper level (top-left line)"),
            "Hướng dẫn 29-HD/TWĐTN-VP: tên cơ quan cấp trên trực tiếp ghi trên tên đơn vị. Mặc định: "
            "tên đơn vị cấp trên trong dữ liệu (hoặc mã đơn vị cấp trên).",
        ),
        SettingSpec(
            "report_addressee",
            "",
            None,
            "Văn bản: nơi nhận báo cáo (Kính gửi)",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: to whom reports are addressed"),
            "Hướng dẫn 29-HD/TWĐTN-VP: báo cáo gửi cấp trên trực tiếp; văn bản của thành phố không nêu "
            "tên cơ quan nhận. Mặc định: Ban Thường vụ của cơ quan cấp trên (tên ở dòng trên cùng bên "
            "trái, hoặc đơn vị cấp trên trong dữ liệu); Thành đoàn, không có Đoàn cấp trên trong dữ "
            "liệu: Ban Thường vụ Thành ủy Hải Phòng, nơi ban hành Nghị quyết 05-NQ/TU.",
        ),
        SettingSpec(
            "document_symbol",
            "ĐTN",
            None,
            "Văn bản: ký hiệu cơ quan sau loại văn bản (Số: 05-BC/ĐTN)",
            QT_TRANSLATE_NOOP("UnitSetting", "Documents: issuing-body symbol in numbers (05-BC/ĐTN)"),
            "Hướng dẫn 29-HD/TWĐTN-VP: “Số: 05-BC/ĐTN”. Mặc định: ĐTN; Đảng ủy xã dùng ĐU; "
            "Ban Tuyên giáo và Dân vận Thành ủy dùng BTGDVTU.",
        ),
        SettingSpec(
            "commune_satisfaction_target",
            0.8,
            None,
            "Đảng ủy xã: tỉ lệ người dân hài lòng tối thiểu (CQTT-2.7)",
            QT_TRANSLATE_NOOP("UnitSetting", "Commune: minimum share of satisfied residents (CQTT-2.7)"),
            "sơ kết lấy sự hài lòng của Nhân dân làm thước đo nhưng văn bản không "
            "nêu ngưỡng. Mặc định: 80% người được hỏi hài lòng.",
        ),
        SettingSpec(
            "commune_feedback_answered_target",
            1.0,
            None,
            "Đảng ủy xã: tỉ lệ phản ánh, kiến nghị được trả lời (CQTT-1.4)",
            QT_TRANSLATE_NOOP("UnitSetting", "Commune: share of feedback answered (CQTT-1.4)"),
            "kênh góp ý và giải quyết kiến nghị tại cơ sở, không nêu tỉ lệ. "
            "Mặc định: 100% (mọi phản ánh được trả lời).",
        ),
        SettingSpec(
            "commune_registration_due",
            "01-31",
            None,
            "Đảng ủy xã: hạn đăng ký các mô hình của năm (ngày-tháng)",
            QT_TRANSLATE_NOOP("UnitSetting", "Commune: deadline to register for the year's models (month-day)"),
            "Văn bản không nêu hạn Đảng ủy xã đăng ký các mô hình. Mặc định: 31 tháng 1 của năm thực hiện.",
        ),
        SettingSpec(
            "commune_review_due",
            "12-31",
            None,
            "Đảng ủy xã: hạn sơ kết các mô hình của năm (ngày-tháng)",
            QT_TRANSLATE_NOOP("UnitSetting", "Commune: deadline of the yearly review (month-day)"),
            "Văn bản không nêu hạn sơ kết, báo cáo của Đảng ủy xã lên thành phố. Mặc định: 31 tháng 12.",
        ),
    ]
}


def setting_title(key: str) -> Phrase:
    """A setting's name inside a sentence: the English title, its Vietnamese from the catalogue
    (the same words as ``title_vi``, which the domain's own Vietnamese messages use)."""
    return phrase("UnitSetting", UNIT_SETTINGS[key].title_en)


def validate_setting(key: str, value: Any) -> Any:
    spec = UNIT_SETTINGS.get(key)
    if spec is None:
        raise DomainError(f"Không có cài đặt “{key}”.", field=key)
    return spec.validate(value)


# --- Settings by unit kind (issue 20 item 4) ------------------------------------------------
# A commune Party committee writes Party documents (36-HD/VPTW): its own symbol, signature line
# and upper level. Saving the Settings page once must never put the Union's defaults in their
# place, and the Chi đoàn rules mean nothing to a Party committee, so it does not see them.

PARTY_KIND = "dang-uy-xa"
PARTY_KINDS = (PARTY_KIND, "dang-cap-tren")  # the Party line's upper level sees the Party settings too

PARTY_DEFAULTS: dict[str, Any] = {
    "document_symbol": "ĐU",
    "report_on_behalf": "T/M ĐẢNG ỦY",
    "report_signer_title": "BÍ THƯ",
    # A commune committee is an "đảng bộ trực thuộc" of the city Party organisation (BRIEF §4.2).
    "report_upper_level": "Đảng bộ thành phố Hải Phòng",
}

PARTY_UPPER_KIND = "dang-cap-tren"
# The Party line's upper level is a commission of the Thành ủy ("Ban Tuyên giáo và Dân vận Thành
# ủy", BTGDVTU in the city's abbreviations), not a Party committee: its papers are issued under
# "THÀNH ỦY HẢI PHÒNG" with its own symbol ("Số 05-BC/BTGDVTU") and signed by its head in person
# ("TRƯỞNG BAN"; a deputy signs "K/T TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN"), with no "T/M" line. The
# source documents are silent on the Ban's own papers: these are the defaults, each a setting
# (docs/huong-dan/dang-uy-xa.md).
PARTY_UPPER_DEFAULTS: dict[str, Any] = {
    "document_symbol": "BTGDVTU",
    "report_on_behalf": "",
    "report_signer_title": "TRƯỞNG BAN",
    "report_upper_level": "Thành ủy Hải Phòng",
}


def party_defaults(kind: Any) -> dict[str, Any]:
    """The document defaults of a Party-line unit of this kind."""
    return PARTY_UPPER_DEFAULTS if _kind_value(kind) == PARTY_UPPER_KIND else PARTY_DEFAULTS


# The settings a Party committee uses; every other setting is a Youth Union rule.
PARTY_KEYS: tuple[str, ...] = (
    "year_start",
    "reminder_days",
    "place_name",
    "sync_evidence_limit_mb",
    "hub_url",
    "report_signer_name",
    "report_signer_title",
    "report_on_behalf",
    "report_upper_level",
    "document_symbol",
    "commune_satisfaction_target",
    "commune_feedback_answered_target",
    "commune_registration_due",
    "commune_review_due",
)
_COMMUNE_ONLY = {k for k in UNIT_SETTINGS if k.startswith("commune_")}
_RANKING = {k for k in UNIT_SETTINGS if k.startswith("ranking_")}

# Union values a Party document may never carry, whatever is stored (a save of the Settings page
# before this rule existed stored the Union defaults for communes).
_UNION_ONLY_VALUES: dict[str, tuple[str, ...]] = {
    "document_symbol": ("ĐTN",),
    "report_on_behalf": ("TM. BAN CHẤP HÀNH", "T/M BAN CHẤP HÀNH", "TM. BAN THƯỜNG VỤ"),
}
# ... nor may the Ban's papers carry a commune committee's symbol and signature (the Ban's settings
# held the commune's defaults before it had its own).
_COMMUNE_ONLY_VALUES: dict[str, tuple[str, ...]] = {"document_symbol": ("ĐU",), "report_on_behalf": ("T/M ĐẢNG ỦY",)}


def _foreign_values(kind: Any, key: str) -> tuple[str, ...]:
    """Values of another line or level a Party unit of this kind may never print."""
    own = _UNION_ONLY_VALUES.get(key, ())
    if _kind_value(kind) == PARTY_UPPER_KIND:
        own += _COMMUNE_ONLY_VALUES.get(key, ())
    return own


def _kind_value(kind: Any) -> str:
    return str(getattr(kind, "value", kind) or "")


def keys_for_kind(kind: Any) -> tuple[str, ...]:
    """The settings a unit of this kind sees and uses, in the order of UNIT_SETTINGS."""
    if _kind_value(kind) == PARTY_KIND:
        return tuple(k for k in UNIT_SETTINGS if k in PARTY_KEYS)
    if _kind_value(kind) in PARTY_KINDS:  # the Party line's upper level keeps no commune records
        return tuple(k for k in UNIT_SETTINGS if k in PARTY_KEYS and k not in _COMMUNE_ONLY)
    if _kind_value(kind) == "chi-doan":  # a branch ranks no one (the year-end ranking is its upper levels')
        return tuple(k for k in UNIT_SETTINGS if k not in _COMMUNE_ONLY and k not in _RANKING)
    return tuple(k for k in UNIT_SETTINGS if k not in _COMMUNE_ONLY)


def default_for(key: str, kind: Any = None) -> Any:
    if _kind_value(kind) in PARTY_KINDS and key in party_defaults(kind):
        return party_defaults(kind)[key]
    return UNIT_SETTINGS[key].default


def validate_for_kind(kind: Any, key: str, value: Any) -> Any:
    """``validate_setting`` plus the rules of the unit's kind: a Party committee cannot set a
    Youth Union rule, nor a Union symbol or signature line on its documents."""
    value = validate_setting(key, value)
    if _kind_value(kind) in PARTY_KINDS:
        spec = UNIT_SETTINGS[key]
        if key not in PARTY_KEYS:
            raise DomainError(f"Cài đặt “{spec.title_vi}” là quy định của Đoàn, không dùng cho Đảng ủy.", field=key)
        if isinstance(value, str) and value.strip().upper() in _UNION_ONLY_VALUES.get(key, ()):
            raise DomainError(
                f"Văn bản của Đảng ủy không dùng “{value.strip()}” của Đoàn cho "
                f"“{spec.title_vi}”; để trống để dùng “{party_defaults(kind)[key]}”.",
                field=key,
            )
        if isinstance(value, str) and value.strip().upper() in _foreign_values(kind, key):
            default = party_defaults(kind)[key]
            raise DomainError(
                f"Văn bản của Ban Tuyên giáo và Dân vận không dùng “{value.strip()}” của Đảng ủy xã cho "
                f"“{spec.title_vi}”; "
                + (f"để trống để dùng “{default}”." if default else "để trống (Trưởng ban ký trực tiếp)."),
                field=key,
            )
    return value


def with_defaults(stored: dict[str, Any], kind: Any = None) -> dict[str, Any]:
    """Every setting: the stored value, else the default for the unit's kind (also when the
    stored value is no longer one of the setting's choices). For a Party
    committee a stored Union-only value (symbol "ĐTN", "TM. BAN CHẤP HÀNH") or an empty
    signature line falls back to the Party's own."""
    party = _kind_value(kind) in PARTY_KINDS
    defaults = party_defaults(kind)
    out = {}
    for k, spec in UNIT_SETTINGS.items():
        v = stored.get(k, default_for(k, kind))
        if spec.choices is not None and v not in spec.choices:
            # No longer a choice (e.g. the rounding rules that let 75 % pass, issue 18).
            v = default_for(k, kind)
        if party and k in defaults:
            text = str(v or "").strip()
            if (not text and defaults[k]) or text.upper() in _foreign_values(kind, k):
                v = defaults[k]
        out[k] = v
    return out
