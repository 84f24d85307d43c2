"""Issue 10: the commune party committee's documents in the Party's format (BRIEF §7 D12–D13)."""

from __future__ import annotations

import subprocess
from datetime import date

pytest_plugins = ["tests.unit.conftest_commune"]


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_review_has_party_heading_model_table_and_satisfaction(commune_year, tmp_path):
    from desktop.services.commune_party import documents as commune_documents

    doc = commune_documents.generate_document(commune_year, "review", period="2026", as_of=date(2027, 1, 1))
    text = _text(doc.pdf, tmp_path)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" in text and "ĐẢNG ỦY ĐẶC KHU CÁT HẢI" in text
    assert doc.number == "01-BC/ĐU" and "Số 01-BC/ĐU" in text
    assert "Sơ kết thực hiện các mô hình thi đua năm 2026" in text
    assert "Đặc khu Cát Hải “5 An”" in text
    assert "Tuần 10, Tuần 23, Tuần 45" in " ".join(text.split())
    assert "Tháng 10 chưa có buổi tiếp công dân" in " ".join(text.split())
    flat = " ".join(text.split())
    assert "205/280" in flat and "73,2%" in flat and "chưa đạt mục tiêu 80%" in flat
    assert "T/M ĐẢNG ỦY" in text and "BÍ THƯ" in text
    # Printed again: the register keeps the number.
    again = commune_documents.generate_document(commune_year, "review", period="2026", as_of=date(2027, 1, 1))
    assert again.number == "01-BC/ĐU"


def test_programme_and_quarterly_numbers(commune_year, tmp_path):
    from desktop.services.commune_party import documents as commune_documents

    prog = commune_documents.generate_document(commune_year, "programme", period="2026")
    text = " ".join(_text(prog.pdf, tmp_path).split())
    assert prog.number == "01-CTr/ĐU"
    assert "CHƯƠNG TRÌNH HÀNH ĐỘNG" in text
    assert "Lắp hòm thư góp ý" in text and "Văn phòng HĐND và" in text and "31/03/2026" in text
    assert "CQTT-3.6" in text  # the weekly visit is among the measurable targets
    q = commune_documents.generate_document(commune_year, "quarterly", period="2026", quarter=3)
    qt = " ".join(_text(q.pdf, tmp_path).split())
    assert q.number == "01-BC/ĐU"
    assert "quý III năm 2026" in qt
    assert "Lãnh đạo xuống thôn, tổ dân phố" in qt


def test_draft_takes_no_number(commune_year):
    from desktop.services.commune_party import documents as commune_documents

    doc = commune_documents.generate_document(commune_year, "review", period="2026", draft=True)
    assert doc.number == ""
