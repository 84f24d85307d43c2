"""Paper that proves it matches the data (issue 19 item 5): a registration submitted by a branch
carries a QR code on every page; the Đoàn cơ sở checks the paper against the package it received,
by the typed short code, by a scan of the page, and by the CLI — once unchanged, once changed."""

from __future__ import annotations

from datetime import date

from desktop.domain import paper
from desktop.domain.registration import RegistrationItem
from desktop.domain.units import Unit, UnitKind
from desktop.services.year import cycle
from desktop.services.exchange import submissions, sync
from desktop.services.exchange import paper as paper_svc
from tests.conftest import run_cli
from tests.registration_items import complete
from tests.sync.conftest_sync import BRANCH, enrol, open_unit

DCS = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO)


def _received_pdf(dcs, package_id):
    [row] = [r for r in sync.received(dcs) if r.package_id == package_id]
    from desktop.services.exchange.sync import received_document, stored_bytes
    from desktop.sync.verify import open_package

    members = open_package(stored_bytes(dcs, row.stored_name)).members
    [name] = [n for n in members if n.startswith("documents/")]
    return received_document(dcs, row, name)


def _page_png(pdf: bytes, tmp_path, page: int = 0):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    out = tmp_path / f"trang-{page + 1}.png"
    doc[page].render(scale=200 / 72).to_pil().save(out)
    return out


def test_paper_of_a_registration_is_checked_once_unchanged_once_changed(tmp_path):
    today = date(2025, 11, 5)
    dcs = open_unit(tmp_path / "dcs", DCS, today=today)
    branch = open_unit(tmp_path / "b", BRANCH, today=today)
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    cycle.save_registration(
        branch,
        BRANCH.code,
        "2026",
        complete(
            branch, [RegistrationItem("CD-1.1", "Thông tin hằng tháng qua nhóm Zalo", date(2026, 12, 1), "Bí thư")]
        ),
        [],
    )
    cycle.submit_registration(branch, BRANCH.code, "2026")
    item = submissions.submit(branch, "registration", "2026")
    sync.export_outbox(branch, tmp_path / "usb1")
    [o] = sync.import_paths(dcs, [tmp_path / "usb1"])
    assert o.status == "accepted"

    # The PDF inside the package carries the QR code: it decodes to this very package.
    pdf = _received_pdf(dcs, item.package_id)
    png = _page_png(pdf, tmp_path)
    [text] = [t for t in paper_svc.decode_image(png) if t.startswith(paper.PREFIX)]
    assert len(text) < 160 and text == text.upper()  # alphanumeric mode: a small, easily read code
    claim = paper.parse(text)
    assert claim.package_id == item.package_id and claim.numbers == ("01-DK.DTN",)
    data = sync.received_data(dcs, [r for r in sync.received(dcs) if r.package_id == item.package_id][0])
    from desktop.sync.package import canonical_json, sha256_hex

    assert claim.data_sha256 == sha256_hex(canonical_json(data))
    # The short code is printed beside the QR code, readable on paper.
    from tests.reports.pdftools import text as pdf_text

    assert f"Mã kiểm tra bản giấy: {claim.code}" in pdf_text(pdf)

    # Unchanged: the typed code, the scan and the CLI all say it matches.
    typed = claim.code.lower().replace("-", " ").replace("0", "o")  # typed loosely, as people do
    ok = paper_svc.check(dcs, typed)
    assert ok.matches and ok.verdict.startswith("KHỚP") and "01-ĐK/ĐTN" in " ".join(ok.details)
    assert paper_svc.check(dcs, str(png)).matches
    code, out, err = run_cli("verify-paper", claim.code, data_dir=dcs.data.root)
    assert code == 0 and "KHỚP" in out, err

    # A code with one wrong character of the content half: the package is found, the content is not.
    bad = claim.code[:-1] + ("A" if claim.code[-1] != "A" else "B")
    wrong = paper_svc.check(dcs, bad)
    assert not wrong.matches and "khác gói đã nhận" in wrong.verdict
    assert "đã bị sửa" in wrong.differences[0]
    assert not paper_svc.check(dcs, "ZZZZZ-ZZZZZ").matches

    # Changed: the branch amends the registration and sends version 2; the old paper no longer holds.
    branch.today = lambda: date(2025, 11, 8)
    cycle.amend_registration(branch, BRANCH.code, "2026", note="Bổ sung công trình")
    reg = cycle.current_registration(branch, BRANCH.code, "2026")
    items = [
        RegistrationItem(
            i.criterion_id,
            "Tuyến đường bích họa an toàn giao thông" if i.criterion_id == "CD-2.2" else i.planned_activities,
            i.target_date,
            i.responsible,
        )
        for i in reg.items
    ]
    cycle.save_registration(branch, BRANCH.code, "2026", items, [])
    cycle.submit_registration(branch, BRANCH.code, "2026")
    item2 = submissions.submit(branch, "registration", "2026")
    sync.export_outbox(branch, tmp_path / "usb2", [item2.package_id])
    [o2] = sync.import_paths(dcs, [tmp_path / "usb2"])
    assert o2.status == "accepted"
    old = paper_svc.check(dcs, claim.code)
    assert not old.matches and old.verdict.startswith("KHÔNG CÒN HIỆU LỰC")
    assert "phiên bản 2" in old.verdict
    assert any("CD-2.2" in d and "Tuyến đường bích họa" in d for d in old.differences), old.differences
    code, out, err = run_cli("verify-paper", str(png), data_dir=dcs.data.root)
    assert code == 1 and "KHÔNG CÒN HIỆU LỰC" in out and "Tuyến đường bích họa" in out
    # The new paper matches.
    pdf2 = _received_pdf(dcs, item2.package_id)
    new_claim = paper.parse(
        [t for t in paper_svc.decode_image(_page_png(pdf2, tmp_path, 1)) if t.startswith(paper.PREFIX)][0]
    )
    assert new_claim.package_id == item2.package_id and paper_svc.check(dcs, new_claim.code).matches
    dcs.close()
    branch.close()


def test_a_typed_code_that_is_not_a_code_says_what_is_expected():
    import pytest

    from desktop.domain.errors import DomainError

    with pytest.raises(DomainError, match="10 ký tự"):
        paper_svc.read_claim("12345")
    assert paper.normalise_code("k7m2q 9xd4t") == "K7M2Q-9XD4T"
    assert paper.normalise_code("K7M2Q-9XD4TT") is None


def test_what_differs_is_said_in_words_a_secretary_reads():
    import re

    old = {
        "unit": {"code": "CD-TDP3"},
        "period": "2026",
        "quarter": 3,
        "evaluation": {
            "met": 12,
            "settings": {"cd14_when_no_request": "met"},
            "criteria": [
                {"id": "CD-3.2", "status": "at_risk", "value": 9, "group": "III"},
                {"id": "CD-1.1", "status": "met", "value": 0.9},
            ],
        },
        "proposal": {
            "self_assessment": [{"criterion": "CD-3.1", "assessment": "met"}],
            "members": [{"ref": "m-1", "full_name": "Nguyễn Thị Hoa", "votes_for": 10}],
        },
        "record": {"members": [1, 2]},
        "some_new_field": 1,
    }
    new = {
        "unit": {"code": "CD-TDP3"},
        "period": "2026",
        "quarter": 3,
        "evaluation": {
            "met": 13,
            "settings": {"cd14_when_no_request": "not_met"},
            "criteria": [
                {"id": "CD-3.2", "status": "met", "value": 12, "group": "III"},
                {"id": "CD-1.1", "status": "met", "value": 0.9},
            ],
        },
        "proposal": {
            "self_assessment": [{"criterion": "CD-3.1", "assessment": "not_met"}],
            "members": [{"ref": "m-2", "full_name": "Trần Văn Đức", "votes_for": 9}],
        },
        "record": {"members": [1]},
        "some_new_field": 2,
    }
    lines = paper_svc.differences_between(old, new)
    text = "\n".join(lines)
    assert "kết quả đánh giá › số tiêu chí đạt: 12 → 13" in text
    assert "kết quả đánh giá › tiêu chí › CD-3.2 › kết quả: Có nguy cơ chưa đạt → Đạt" in text
    assert "đề nghị › tự đánh giá › CD-3.1 › tự đánh giá: Đạt → Chưa đạt" in text
    assert "đề nghị › danh sách đoàn viên: bỏ Nguyễn Thị Hoa" in text
    assert "đề nghị › danh sách đoàn viên: thêm Trần Văn Đức" in text
    # Nothing internal: no setting key, field name, member reference or the branch's record.
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text) and "m-1" not in text and "settings" not in text
