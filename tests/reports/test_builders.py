"""The builders on their content, without rendering (issue 6 item 8): what each document says.

Format rules: docs/formats/van-ban.md (29-HD/TWĐTN-VP, 36-HD/VPTW, Decree 30/2020/NĐ-CP); documents: BRIEF §7.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from desktop.reports.builders.certificates import build_certificates
from desktop.reports.builders.decision import build_decision
from desktop.reports.builders.quarterly import build_quarterly
from desktop.reports.builders.registration import build_registration
from desktop.reports.builders.summaries import build_registration_summary, build_results_summary
from desktop.reports.builders.volunteer import build_volunteer_log
from desktop.reports.builders.year_end import build_year_end
from desktop.reports.fonts import missing_glyphs
from desktop.reports.layout import heading_lines, story_text
from desktop.reports.model import PARTY, Heading, Issuer
from desktop.reports.render import page_count, render
from tests.reports import sample


def text(built) -> str:
    return story_text(built.story)


def lines(built) -> list[str]:
    return text(built).split("\n")


def test_union_heading_has_the_29_hd_lines():
    h = sample.heading("BC", 5, sample.BRANCH_ISSUER, date(2026, 2, 5))
    got = heading_lines(h)
    assert got == {
        "heading": "ĐOÀN TNCS HỒ CHÍ MINH",
        "upper_level": "BCH ĐOÀN PHƯỜNG LÊ CHÂN",
        "issuer": "BCH CHI ĐOÀN TỔ DÂN PHỐ SỐ 3",
        "stars": "***",
        "number": "Số: 05-BC/ĐTN",
        "place_date": "Hải Phòng, ngày 05 tháng 02 năm 2026",
    }


def test_numbers_pad_below_ten_and_months_after_february_are_not_padded():
    h = Heading(sample.GRASSROOTS_ISSUER, date(2026, 3, 9), "QĐ", 12)
    assert heading_lines(h)["number"] == "Số: 12-QĐ/ĐTN"
    assert heading_lines(h)["place_date"] == "Hải Phòng, ngày 09 tháng 3 năm 2026"
    assert heading_lines(replace(h, number=None))["number"] == "Số:     -QĐ/ĐTN"
    assert heading_lines(replace(h, type_code=None))["number"] == ""


def test_party_heading_for_the_commune_committee():
    issuer = Issuer.party("Đảng ủy phường Lê Chân", "Đảng bộ thành phố Hải Phòng")
    assert issuer.line == PARTY
    got = heading_lines(Heading(issuer, date(2026, 1, 15), "BC", 3))
    assert got["heading"] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert got["upper_level"] == "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"
    assert got["issuer"] == "ĐẢNG ỦY PHƯỜNG LÊ CHÂN"
    assert got["stars"] == "*"
    assert got["number"] == "Số 03-BC/ĐU"


def test_registration_lists_content_roadmap_and_registered_members():
    built = build_registration(sample.registration())
    t = text(built)
    assert "BẢN ĐĂNG KÝ" in t
    assert "Xây dựng Chi đoàn xã hội chủ nghĩa năm 2027" in t
    for cid in ("CD-1.1", "CD-2.4", "CD-3.7", "CD-3.8"):
        assert cid in t
    assert "Công trình “Tuyến đường bích họa an toàn giao thông” tại Tổ dân phố số 3" in t
    assert "26/28 (93%)" in t  # registered members / members, percentage through Babel
    # D2: the member list annex refers to the registration's number and date.
    assert "(Kèm theo Bản đăng ký số 01-ĐK/ĐTN ngày 05/11/2026 của Ban Chấp hành Chi đoàn Tổ dân phố số 3)" in t
    data = sample.registration()
    unregistered = [m.full_name for m in data.members if not m.registered]
    assert (
        "Đoàn viên chưa đăng ký: "
        + "; ".join(n + (" (chuyển đi làm ăn xa)" if i == 1 else "") for i, n in enumerate(unregistered))
        + "."
        in t
    )
    ls = lines(built)
    assert ls.count("TM. BAN CHẤP HÀNH") == 2 and ls.count("Nguyễn Thị Hoa") == 2  # the signatory


def test_quarterly_shows_value_status_and_what_is_missing_per_criterion():
    t = text(build_quarterly(sample.quarterly()))
    assert "Tiến độ xây dựng Chi đoàn xã hội chủ nghĩa quý III năm 2026" in t
    assert "(từ ngày 01/07/2026 đến ngày 30/09/2026)" in t
    assert "50/52 tuần" in t and "Thiếu tuần 31 và tuần 32" in t and "Có nguy cơ" in t
    assert "III. KHÓ KHĂN, TỒN TẠI" in t and "IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI" in t


def test_quarterly_printed_after_the_quarter_states_the_quarter_end_as_cut_off():
    # Printed on 05/10 for quarter III: the figures are those of 30/09 (the service evaluates at
    # min(quarter end, today)), so the text must not claim they run to the printing date.
    t = text(build_quarterly(sample.quarterly()))
    assert "số liệu tính đến ngày 30/09/2026" in t and "tính đến ngày 05/10/2026" not in t
    d = sample.quarterly()
    mid = replace(d, heading=replace(d.heading, issued_on=date(2026, 8, 14)))
    assert "số liệu tính đến ngày 14/08/2026" in text(build_quarterly(mid))


def test_year_end_holds_report_proposal_and_member_list_with_their_own_numbers():
    built = build_year_end(sample.year_end())
    t = text(built)
    assert built.documents == [
        "Báo cáo kết quả và tự đánh giá",
        "Tờ trình đề nghị công nhận",
        "Danh sách đề nghị công nhận Đoàn viên XHCN",
    ]
    assert "Số: 09-BC/ĐTN" in t and "Số: 02-TTr/ĐTN" in t
    assert "Chi đoàn hoàn thành 14/16 tiêu chí (88%) được áp dụng." in t
    assert "(13/16 tiêu chí)" in t
    assert "TỜ TRÌNH" in t and "Kính gửi: Ban Thường vụ Đoàn phường Lê Chân" in t
    assert "(Báo cáo số 09-BC/ĐTN ngày 02/11/2026)" in t
    assert "(Kèm theo Tờ trình số 02-TTr/ĐTN ngày 02/11/2026 của Ban Chấp hành Chi đoàn Tổ dân phố số 3)" in t
    assert "Kính trình Ban Thường vụ Đoàn phường Lê Chân xem xét, quyết định./." in t


def test_year_end_of_a_branch_below_the_rule_says_so():
    data = replace(sample.year_end(), met=11, proposed=False, members_proposed=())
    t = text(build_year_end(data))
    assert "Chi đoàn tự đánh giá: CHƯA ĐẠT danh hiệu “Chi đoàn xã hội chủ nghĩa” năm 2026." in t
    assert "Chi đoàn không đề nghị công nhận danh hiệu kỳ này" in t
    # Issue 19: nothing proposed, so no Tờ trình asking "xem xét, công nhận:" followed by nothing.
    assert "TỜ TRÌNH" not in t and "xem xét, công nhận:" not in t and "DANH SÁCH ĐOÀN VIÊN ĐỀ NGHỊ" not in t


def test_volunteer_log_per_member_and_per_activity():
    data = sample.volunteer_log()
    t = text(build_volunteer_log(data))
    assert "SỔ THEO DÕI NGÀY TÌNH NGUYỆN" in t
    assert "Tiêu chí CD-3.6: mỗi đoàn viên tham gia ít nhất 5 ngày tình nguyện trong năm." in t
    assert "I. TỔNG HỢP THEO ĐOÀN VIÊN" in t and "III. THEO HOẠT ĐỘNG" in t
    first = data.members[0]
    assert f"1. {first.full_name} — 6 ngày" in t
    assert "Hỗ trợ người dân tại Bộ phận Một cửa" in t
    assert "0,5" in t  # half days through the shared formatter
    assert "Số:" not in t  # a log is not a numbered document


def test_registration_summary_counts_by_branch_type_and_names_the_missing():
    data = sample.registration_summary()
    t = text(build_registration_summary(data))
    missing = [x for x in data.branches if not x.registered]
    assert f"số chi đoàn đã đăng ký: {len(data.branches) - len(missing)}" in t
    assert "(thời hạn gửi: trước ngày 20/11/2026)" in t
    for x in missing:
        assert x.branch.name in t
    assert "Chi đoàn đang kiện toàn Ban Chấp hành" in t and "Cộng" in t


def test_results_summary_has_matrix_and_detail_annexes():
    data = sample.results_summary(n=10)
    built = build_results_summary(data)
    t = text(built)
    assert "PHỤ LỤC 1: KẾT QUẢ THỰC HIỆN TIÊU CHÍ CỦA CÁC CHI ĐOÀN" in t
    assert "PHỤ LỤC 2: SỐ LIỆU CHI TIẾT CỦA TỪNG CHI ĐOÀN" in t
    assert "(thời hạn gửi: trước ngày 10/11/2026)" in t
    proposed = sum(1 for b in data.branches if b.proposed)
    assert f"“Chi đoàn xã hội chủ nghĩa”: {proposed} (" in t
    b = data.branches[0]
    assert f"1. {b.branch.name} — {b.met}/16 tiêu chí" in t


def test_decision_has_bases_three_articles_and_annexes():
    data = sample.decision()
    t = text(build_decision(data))
    assert "QUYẾT ĐỊNH" in t and "QUYẾT ĐỊNH:" in t
    assert "Về việc công nhận “Chi đoàn xã hội chủ nghĩa”, “Đoàn viên xã hội chủ nghĩa” năm 2026" in t
    assert "Căn cứ Nghị quyết số 05-NQ/TU ngày 14/01/2026 của Ban Chấp hành Đảng bộ thành phố" in t
    assert "Căn cứ Đề án số 04-ĐA/TU" in t
    assert f"Điều 1. Công nhận {len(data.branches)} chi đoàn đạt danh hiệu" in t
    assert "Điều 2." in t and "Điều 3." in t and "căn cứ Quyết định thi hành./." in t
    assert "PHỤ LỤC 1" in t and "PHỤ LỤC 2" in t
    assert "(Kèm theo Quyết định số 12-QĐ/ĐTN ngày 25/11/2026 của Ban Chấp hành Đoàn phường Lê Chân)" in t
    assert "Như Điều 3;" in t.replace("- ", "")


def test_certificates_one_per_recipient_landscape():
    data = sample.certificates()
    built = build_certificates(data)
    t = text(built)
    assert built.orientation == "certificate" and not built.page_numbers
    assert t.count("GIẤY CHỨNG NHẬN") == 2
    assert "Đồng chí Nguyễn Thị Hoa" in t
    assert "Đạt danh hiệu “ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA” năm 2026" in t
    assert "(Quyết định số 12-QĐ/ĐTN ngày 25/11/2026)" in t


def test_certificates_build_when_the_issuer_has_no_upper_level():
    data = replace(sample.certificates(), issuer=replace(sample.GRASSROOTS_ISSUER, upper_level=""))
    built = build_certificates(data)
    assert page_count(render(built)) == 2  # rendering crashed: 'str' object has no attribute 'wrapOn'
    t = text(built)
    assert t.count("GIẤY CHỨNG NHẬN") == 2 and "ĐOÀN PHƯỜNG LÊ CHÂN" in t
    assert "THÀNH PHỐ HẢI PHÒNG" not in t.split("GIẤY CHỨNG NHẬN")[0]


BUILDS = [
    ("registration", lambda: build_registration(sample.registration())),
    ("quarterly", lambda: build_quarterly(sample.quarterly())),
    ("year-end", lambda: build_year_end(sample.year_end())),
    ("volunteer-log", lambda: build_volunteer_log(sample.volunteer_log())),
    ("registration-summary", lambda: build_registration_summary(sample.registration_summary())),
    ("results-summary", lambda: build_results_summary(sample.results_summary(n=6))),
    ("decision", lambda: build_decision(sample.decision())),
    ("certificates", lambda: build_certificates(sample.certificates())),
]


@pytest.mark.parametrize("kind,build", BUILDS, ids=[k for k, _ in BUILDS])
def test_every_text_is_nfc_and_has_a_glyph(kind, build):
    t = text(build())
    assert t == unicodedata.normalize("NFC", t)
    assert missing_glyphs(t) == set()


def test_decomposed_input_comes_out_composed():
    nfd = unicodedata.normalize("NFD", "Chi đoàn Tổ dân phố số 3")
    data = replace(sample.registration(), branch=replace(sample.BRANCH, name=nfd))
    t = text(build_registration(data))
    assert "Ban Chấp hành Chi đoàn Tổ dân phố số 3" in t
    assert nfd not in t


def test_a_review_year_with_titles_known_for_part_of_the_tree_says_over_what():
    """Interim review 2027 of a city where half the Đoàn cơ sở had sent only their registration
    summary: a share over the 80 branches with results reads "47/80 (59%)", not "47 (59%)" next
    to 160 branches, and the verdict says it is among the branches with results."""
    from desktop.reports.builders.upper import build_review
    from desktop.reports.model import ReviewData, ReviewYearLine

    years = (
        ReviewYearLine(2026, 160, 150, 160, 120, 5800, 4700, 5800),
        ReviewYearLine(2027, 160, 158, 160, 47, 5902, 2336, 2809, recognition_base=80),
    )
    built = build_review(
        ReviewData(
            heading=sample.heading("BC", 3, sample.GRASSROOTS_ISSUER, date(2027, 12, 20)),
            final=False,
            first_year=2026,
            last_year=2027,
            years=years,
            unions=(),
        )
    )
    t = unicodedata.normalize("NFC", text(built))
    assert "120 (75%)" in t and "4.700 (81%)" in t  # a year with every result: as before
    assert "47/80 (59%)" in t and "2.336/2.809 (83%)" in t
    assert "Số dạng a/b" in t
    assert "Năm 2027: 59% chi đoàn trong 80 chi đoàn đã có kết quả đạt danh hiệu" in t
    assert "Năm 2027: 83% đoàn viên trong 2.809 đoàn viên đã có kết quả đạt danh hiệu" in t
