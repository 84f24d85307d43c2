"""Every report kind generated from recorded data (seeded through the other areas' services),
through the service and through `sothidua report` (issue 6 items 3, 4 and 7)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from desktop.services.year import recognition_decisions
from desktop.domain.errors import DomainError
from desktop.services.reporting.report_scope import kinds_for
from desktop.services.reporting.reports import ReportRequest, generate
from tests.conftest import run_cli
from tests.reports import pdftools, seed

pytestmark = pdftools.needs_poppler


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A data folder seeded once for the module (copied per test that writes numbers)."""
    from desktop.services.context import open_context

    d = tmp_path_factory.mktemp("seeded") / "data"
    ctx = open_context(d, actor="seed")
    ctx.today = lambda: seed.TODAY
    seed.seed(ctx)
    ctx.close()
    return d


@pytest.fixture
def dcs(seeded, tmp_path):
    from desktop.services.context import open_context

    d = tmp_path / "data"
    shutil.copytree(seeded, d)
    ctx = open_context(d, actor="test")
    ctx.today = lambda: seed.TODAY
    yield ctx
    ctx.close()


def _lines(pdf: bytes) -> str:
    return " ".join(pdftools.text(pdf).split())


def test_a_grassroots_union_prints_every_kind_and_a_branch_only_its_own():
    assert [k.key for k in kinds_for(seed.DCS)] == [
        "registration",
        "quarterly",
        "year-end",
        "volunteer-log",
        "registration-summary",
        "results-summary",
        "appraisal",
        "decision",
        "certificates",
        "ranking",
        "review",
    ]
    assert [k.key for k in kinds_for(seed.TDP3)] == ["registration", "quarterly", "year-end", "volunteer-log"]


def test_registration_prints_the_recorded_content_and_members(dcs):
    out = generate(dcs, ReportRequest("registration", "2027", branch="CD-TDP3"))
    t = _lines(out.pdf)
    assert out.numbers == ("01-ĐK/ĐTN",)
    assert "Số: 01-ĐK/ĐTN" in t and "Hải Phòng, ngày 05 tháng 11 năm 2026" in t  # the submission date
    # The "Nội dung thực hiện" and "Lộ trình" columns (registration.py: 30 + 17 + 52 mm, 56 mm,
    # 35 mm from the page's left edge), read column by column.
    from reportlab.lib.units import mm

    content = (
        pdftools.column_text(out.pdf, 1, 99 * mm, 155 * mm) + " " + pdftools.column_text(out.pdf, 2, 99 * mm, 155 * mm)
    )
    roadmap = (
        pdftools.column_text(out.pdf, 1, 155 * mm, 190 * mm)
        + " "
        + pdftools.column_text(out.pdf, 2, 155 * mm, 190 * mm)
    )
    assert "Công trình “Tuyến đường bích họa an toàn giao thông” tại Tổ dân phố số 3" in content
    assert "Trước ngày 30/09/2026; Phụ trách: Đặng Quốc Việt" in roadmap
    assert "Lương Hữu Nghĩa" in t and "12/12 (100%)" in t
    assert "BCH ĐOÀN PHƯỜNG LÊ CHÂN" in t and "Nguyễn Thị Hoa" in t  # upper level, signatory setting


def test_year_end_numbers_the_report_and_the_proposal(dcs):
    out = generate(dcs, ReportRequest("year-end", "2026", branch="CD-TDP3"))
    t = _lines(out.pdf)
    assert out.numbers == ("01-BC/ĐTN", "01-TTr/ĐTN")
    assert "TỜ TRÌNH" in t and "Kính gửi: Ban Thường vụ Đoàn phường Lê Chân" in t
    assert "DANH SÁCH ĐOÀN VIÊN ĐỀ NGHỊ CÔNG NHẬN" in t
    assert "Chi đoàn duy trì sinh hoạt đều đặn, hoàn thành công trình thanh niên đúng hạn." in t


def test_a_reprint_keeps_its_numbers_and_gives_the_same_file(dcs):
    a = generate(dcs, ReportRequest("year-end", "2026", branch="CD-TDP3"))
    generate(dcs, ReportRequest("results-summary", "2026"))
    b = generate(dcs, ReportRequest("year-end", "2026", branch="CD-TDP3", issued_on=date(2026, 12, 1)))
    assert b.reprint and b.numbers == a.numbers
    assert b.pdf == a.pdf


def test_a_draft_takes_no_number(dcs):
    out = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3, draft=True))
    assert out.numbers == ()
    assert "Số: -BC/ĐTN" in _lines(out.pdf)
    assert generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3)).numbers == ("01-BC/ĐTN",)


def test_quarterly_reports_the_quarter_asked(dcs):
    t = _lines(generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=2)).pdf)
    assert "Tiến độ xây dựng Chi đoàn xã hội chủ nghĩa quý II năm 2026" in t
    assert "(từ ngày 01/04/2026 đến ngày 30/06/2026)" in t


def test_volunteer_log_has_every_member_and_activity(dcs):
    t = _lines(generate(dcs, ReportRequest("volunteer-log", "2026", branch="CD-TDP3")).pdf)
    assert "Hiến máu tình nguyện “Giọt hồng Đất Cảng”" in t
    assert "Tuyến đường bích họa an toàn giao thông" in t
    for name, _, _ in seed.TDP3_NAMES:
        assert name in t


def test_summaries_cover_every_branch(dcs):
    reg = _lines(generate(dcs, ReportRequest("registration-summary", "2027")).pdf)
    assert "Chi đoàn lớp 12A1 Trường THPT Ngô Quyền" in reg and "Chưa lập bản đăng ký" in reg
    assert "(thời hạn gửi: trước ngày 20/11/2026)" in reg
    res = _lines(generate(dcs, ReportRequest("results-summary", "2026")).pdf)
    assert "PHỤ LỤC 1" in res and "Chi đoàn Cơ quan UBND phường" in res
    assert "(thời hạn gửi: trước ngày 10/11/2026)" in res


def test_decision_prints_the_recorded_number_and_lists(dcs):
    out = generate(dcs, ReportRequest("decision", "2026"))
    t = _lines(out.pdf)
    assert out.numbers == ("12-QĐ/ĐTN",)
    assert "Số: 12-QĐ/ĐTN" in t and "Hải Phòng, ngày 20 tháng 11 năm 2026" in t
    assert "Chi đoàn Tổ dân phố số 3" in t and "Lê Minh Châu" in t
    # The register now knows 12-QĐ: the next decision of the year gets 13.
    from desktop.services.reporting.reports import register

    assert [(r.number, r.type_code) for r in register(dcs, 2026)] == [(12, "QĐ")]


def test_certificates_one_page_per_recognised_branch_and_member(dcs):
    from desktop.services.year.recognition_decisions import decisions

    recorded = decisions(dcs, "2026")[0]
    out = generate(dcs, ReportRequest("certificates", "2026"))
    assert out.pages == len(recorded["branches"]) + len(recorded["members"]) > 1
    t = _lines(out.pdf)
    assert "Đồng chí Nguyễn Thị Hoa" in t and "(Quyết định số 12-QĐ/ĐTN ngày 20/11/2026)" in t


def test_wrong_scope_is_explained(dcs):
    with pytest.raises(DomainError, match="chọn chi đoàn bằng --branch MÃ"):
        generate(dcs, ReportRequest("year-end", "2026"))
    with pytest.raises(DomainError, match="không trực thuộc"):
        generate(dcs, ReportRequest("year-end", "2026", branch="CD-KHAC"))
    with pytest.raises(DomainError, match="chưa lập bản đăng ký kỳ 2026"):
        generate(dcs, ReportRequest("registration", "2026", branch="CD-12A1"))
    with pytest.raises(DomainError, match="Không có loại báo cáo “bao-cao”"):
        generate(dcs, ReportRequest("bao-cao", "2026"))


def test_cli_lists_kinds_and_writes_a_pdf(seeded, tmp_path):
    d = tmp_path / "data"
    shutil.copytree(seeded, d)
    code, out, err = run_cli("report", "--list", data_dir=d)
    assert code == 0
    assert out.splitlines()[0].startswith("registration ") and "certificates" in out
    pdf = tmp_path / "ket-qua.pdf"
    code, out, err = run_cli("report", "results-summary", "--period", "2026", "--out", str(pdf), data_dir=d)
    assert code == 0, err
    assert "Số: 01-BC/ĐTN" in out and pdf.read_bytes().startswith(b"%PDF")
    code, out, err = run_cli("report", "year-end", "--period", "2026", "--out", str(pdf), data_dir=d)
    assert code == 2 and "Lỗi:" in err and "--branch" in err
    code, out, err = run_cli("report", "--register", data_dir=d)
    assert code == 0 and "01-BC" in out


def test_a_decision_printed_before_it_was_recorded_then_recorded_with_another_number(dcs):
    """The signed, recorded number is what the paper shows; the register keeps both numbers used."""

    recognition_decisions.revoke(
        dcs,
        "2026",
        branch_codes=["CD-TDP3"],
        member_ids=[m["member_id"] for m in recognition_decisions.decisions(dcs, "2026")[0]["members"]],
    )
    first = generate(dcs, ReportRequest("decision", "2026"))
    assert first.numbers == ("01-QĐ/ĐTN",) and first.notes  # candidates, not recorded yet
    recognition_decisions.issue_decision(dcs, "2026", "07-QĐ/ĐTN", date(2026, 11, 21), branch_codes=["CD-TDP3"])
    again = generate(dcs, ReportRequest("decision", "2026"))
    assert again.numbers == ("07-QĐ/ĐTN",)
    assert "Số: 07-QĐ/ĐTN" in _lines(again.pdf)
    assert any("01-QĐ" in n for n in again.notes)
