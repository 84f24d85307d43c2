"""Rendered PDFs read back with poppler (issue 6 item 8): exact Vietnamese heading lines and
place-date line (NFC), every font embedded, A4 pages, page numbers from page 2, repeated table
headers, byte-stable output (invariant=1)."""

from __future__ import annotations

import pytest

from desktop.reports.builders.certificates import build_certificates
from desktop.reports.builders.decision import build_decision
from desktop.reports.builders.quarterly import build_quarterly
from desktop.reports.builders.registration import build_registration
from desktop.reports.builders.summaries import build_registration_summary, build_results_summary
from desktop.reports.builders.volunteer import build_volunteer_log
from desktop.reports.builders.year_end import build_year_end
from desktop.reports.layout import heading_lines
from desktop.reports.render import page_count, render
from tests.reports import pdftools, sample

pytestmark = pdftools.needs_poppler

A4 = (595.276, 841.89)

DOCS = {
    "registration": lambda: (build_registration(sample.registration()), sample.registration().heading),
    "quarterly": lambda: (build_quarterly(sample.quarterly()), sample.quarterly().heading),
    "year-end": lambda: (build_year_end(sample.year_end()), sample.year_end().heading),
    "volunteer-log": lambda: (build_volunteer_log(sample.volunteer_log()), sample.volunteer_log().heading),
    "registration-summary": lambda: (
        build_registration_summary(sample.registration_summary()),
        sample.registration_summary().heading,
    ),
    "results-summary": lambda: (
        build_results_summary(sample.results_summary(n=30)),
        sample.results_summary(n=30).heading,
    ),
    "decision": lambda: (build_decision(sample.decision()), sample.decision().heading),
}


@pytest.fixture(scope="module")
def pdfs():
    out = {}
    for kind, make in DOCS.items():
        built, heading = make()
        out[kind] = (render(built), heading)
    out["certificates"] = (render(build_certificates(sample.certificates())), None)
    return out


@pytest.mark.parametrize("kind", list(DOCS))
def test_heading_and_place_date_lines_come_out_exactly(pdfs, kind):
    pdf, heading = pdfs[kind]
    got = pdftools.lines(pdf, page=1)
    expected = heading_lines(heading)
    for key in ("heading", "upper_level", "issuer", "stars", "place_date"):
        assert any(expected[key] in ln for ln in got), (key, expected[key], got[:8])
    if expected["number"]:
        assert any(expected["number"] in ln for ln in got), (expected["number"], got[:8])
    assert all(pdftools.is_nfc(ln) for ln in got)


def test_place_date_line_is_the_official_form(pdfs):
    got = pdftools.lines(pdfs["registration"][0], page=1)
    assert any(ln.endswith("Hải Phòng, ngày 05 tháng 11 năm 2026") for ln in got)
    got = pdftools.lines(pdfs["quarterly"][0], page=1)
    assert any(ln.endswith("Hải Phòng, ngày 05 tháng 10 năm 2026") for ln in got)


@pytest.mark.parametrize("kind", list(DOCS) + ["certificates"])
def test_every_font_is_embedded_and_no_builtin_font_is_used(pdfs, kind):
    fonts = pdftools.fonts(pdfs[kind][0])
    assert fonts, "no font in the PDF"
    for f in fonts:
        assert f["emb"] == "yes", f
        assert "LiberationSerif" in f["name"], f


@pytest.mark.parametrize("kind", list(DOCS))
def test_pages_are_a4_portrait_except_landscape_annexes(pdfs, kind):
    sizes = pdftools.page_sizes(pdfs[kind][0])
    assert sizes and sizes[0] == pytest.approx(A4, abs=0.5)
    for w, h in sizes:
        assert sorted((w, h)) == pytest.approx(sorted(A4), abs=0.5)


def test_certificates_are_a4_landscape_one_per_recipient(pdfs):
    pdf = pdfs["certificates"][0]
    sizes = pdftools.page_sizes(pdf)
    assert len(sizes) == len(sample.certificates().certificates)
    for w, h in sizes:
        assert (w, h) == pytest.approx((A4[1], A4[0]), abs=0.5)
    first = pdftools.lines(pdf, page=1)
    assert "GIẤY CHỨNG NHẬN" in first and "ĐOÀN TNCS HỒ CHÍ MINH" in first


def test_page_numbers_start_on_page_two(pdfs):
    pages = pdftools.pages_text(pdfs["volunteer-log"][0])
    assert len(pages) >= 3
    firsts = [next(ln.strip() for ln in p.splitlines() if ln.strip()) for p in pages]
    assert firsts[0] != "1"
    assert firsts[1:] == [str(i) for i in range(2, len(pages) + 1)]


def test_each_document_of_a_pdf_restarts_its_page_numbers(pdfs):
    pages = pdftools.pages_text(pdfs["year-end"][0])
    heads = [next(ln.strip() for ln in p.splitlines() if ln.strip()) for p in pages]
    # The report (BC) runs over several pages; the Tờ trình starts again without a number.
    tt = next(i for i, p in enumerate(pages) if "TỜ TRÌNH" in p)
    assert heads[tt] == "BCH ĐOÀN PHƯỜNG LÊ CHÂN"
    assert heads[1] == "2" and heads[tt + 1] == "2"


def test_tables_repeat_their_header_on_every_page(pdfs):
    pdf = pdfs["results-summary"][0]
    pages = pdftools.pages_text(pdf)
    annex2 = [p for p in pages[pages.index(next(p for p in pages if "PHỤ LỤC 2" in p)) :]]
    assert len(annex2) >= 2
    for p in annex2:
        assert "Kết quả" in p and "Đánh giá" in p


def test_a_table_row_is_never_split_across_pages(pdfs):
    """Every criterion title of the year-end table appears whole on one page: the words of the
    "Tiêu chí" column (x from 30 + 17 mm to 30 + 17 + 52 mm, year_end.py) are read per page."""
    from reportlab.lib.units import mm

    pdf = pdfs["year-end"][0]
    x0, x1 = (30 + 17) * mm, (30 + 17 + 52) * mm
    pages = [pdftools.column_text(pdf, n, x0, x1) for n in range(1, len(pdftools.page_sizes(pdf)) + 1)]
    for c in sample.criteria():
        title = " ".join(c.title.split())
        assert sum(title in p for p in pages) == 1, c.criterion_id


def test_diacritics_survive_extraction(pdfs):
    t = pdftools.text(pdfs["decision"][0])
    for word in ("Nghị quyết", "Đề án", "Điều 1.", "xã hội chủ nghĩa", "Đoàn phường Lê Chân"):
        assert word in t


def test_output_is_byte_stable():
    built = build_quarterly(sample.quarterly())
    a = render(built)
    b = render(build_quarterly(sample.quarterly()))
    assert a == b
    assert page_count(a) == len(pdftools.page_sizes(a))


def test_render_reports_progress_and_can_be_cancelled():
    from desktop.reports.render import RenderCancelled

    seen = []
    render(build_results_summary(sample.results_summary(n=8)), progress=lambda d, t, m: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    with pytest.raises(RenderCancelled):
        render(build_results_summary(sample.results_summary(n=8)), cancelled=lambda: True)


def test_a_party_document_renders_with_the_party_heading_and_margins():
    """The commune committee's documents (issue 10) use the same blocks with the Party heading."""
    from datetime import date

    from desktop.reports import styles as S
    from desktop.reports.layout import heading_block, para, signature_block, title_block
    from desktop.reports.model import Heading, Issuer, Signature
    from desktop.reports.render import BuiltReport

    issuer = Issuer.party("Đảng ủy phường Lê Chân", "Đảng bộ thành phố Hải Phòng")
    heading = Heading(issuer, date(2026, 1, 15), "BC", 3)
    story = [
        heading_block(heading),
        *title_block("Báo cáo", "Sơ kết mô hình “Xã phường hạnh phúc”"),
        para("Đảng ủy phường báo cáo kết quả thực hiện năm 2026 như sau:"),
        signature_block(Signature("T/M ĐẢNG ỦY", "BÍ THƯ", "Lê Văn Hùng"), ("Ban Thường vụ Thành ủy",)),
    ]
    pdf = render(BuiltReport(title="Báo cáo sơ kết", story=story, margins=S.PARTY_MARGINS))
    got = pdftools.lines(pdf, page=1)
    for expected in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "ĐẢNG ỦY PHƯỜNG LÊ CHÂN",
        "Số 03-BC/ĐU",
        "Hải Phòng, ngày 15 tháng 01 năm 2026",
    ):
        assert any(expected in ln for ln in got), (expected, got[:8])
    assert all(f["emb"] == "yes" for f in pdftools.fonts(pdf))
