"""Issue 19: what is signed and stamped must be right. Documents rendered from recorded data and
read back page by page (pdftotext): the appraisal sheet (D7), a decision bound to the appraisal,
signer names with their history, drafts that spend no number, no signature standing alone."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from desktop.services.year import recognition_branch
from desktop.services.year import recognition_decisions
from desktop.domain.errors import DomainError
from desktop.services.year import recognition as rec
from desktop.services.reporting.report_scope import kinds_for
from desktop.services.reporting.reports import ReportRequest, generate, register
from tests.reports import pdftools, seed

pytestmark = pdftools.needs_poppler


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from desktop.services.context import open_context

    d = tmp_path_factory.mktemp("bound") / "data"
    ctx = open_context(d, actor="seed")
    ctx.today = lambda: seed.TODAY
    seed.seed(ctx, decision=False)
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


def _t(pdf: bytes) -> str:
    return " ".join(pdftools.text(pdf).split())


def _watermarked(pdf: bytes) -> bool:
    """Every page carries the diagonal "BẢN NHÁP" (read in drawing order, as pdfium reads it)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        marks = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            marks.append("BẢN NHÁP" in tp.get_text_range())
            tp.close()
            page.close()
        return all(marks)
    finally:
        doc.close()


def test_the_appraisal_sheet_prints_the_claim_and_the_verdict_per_criterion(dcs):
    recognition_decisions.appraise(dcs, "CD-TDP3", "2026", "CD-1.1", True)
    recognition_decisions.appraise(dcs, "CD-TDP3", "2026", "CD-3.2", False, "Tháng 12 chưa tổ chức sinh hoạt định kỳ")
    board = rec.member_board(dcs, "CD-TDP3", "2026")
    proposed = [r for r in board.rows if r.proposed]
    recognition_decisions.appraise_member(dcs, proposed[0].member.id, "2026", True)
    recognition_decisions.appraise_member(dcs, proposed[1].member.id, "2026", False, "Chưa đủ 05 ngày tình nguyện")
    out = generate(dcs, ReportRequest("appraisal", "2026", branch="CD-TDP3"))
    t = _t(out.pdf)
    assert "PHIẾU THẨM ĐỊNH" in t and "Chi đoàn Tổ dân phố số 3" in t
    assert "BCH ĐOÀN PHƯỜNG LÊ CHÂN" in t  # issued by the Đoàn cơ sở, in the Union format
    assert "Ý kiến" in t and "Kết quả" in t and "Nhận xét" in t  # column headings (wrapped)
    assert "Tháng 12" in t and "Không đồng ý" in t and "Chưa thẩm định" in t  # the reason (wrapped)
    assert "Còn 14 tiêu chí chưa thẩm định" in t
    assert proposed[1].member.full_name in t and "Chưa đủ 05 ngày" in t
    assert "Đặng Quốc Việt" in t  # the Đoàn cơ sở's signer
    assert "appraisal" not in [k.key for k in kinds_for(seed.TDP3)]  # a branch does not issue it


def test_a_decision_for_a_branch_that_failed_appraisal_is_refused_without_a_reason(dcs):
    # CD-3.2 disagreed: after the appraisal the branch no longer reaches the rule.
    for c in dcs.catalogs["chi-doan-xhcn"].criteria:
        recognition_decisions.appraise(dcs, "CD-TDP3", "2026", c.id, True)
    for cid in ("CD-3.2", "CD-3.3", "CD-3.4", "CD-3.5"):
        recognition_decisions.appraise(dcs, "CD-TDP3", "2026", cid, False, "Chưa đạt theo số liệu theo dõi")
    d = recognition_branch.branch_dossier(dcs, "CD-TDP3", "2026")
    assert not d.outcome.recognisable
    with pytest.raises(DomainError, match="Chưa qua thẩm định: chi đoàn Chi đoàn Tổ dân phố số 3 .*sau thẩm định đạt"):
        recognition_decisions.issue_decision(dcs, "2026", "15-QĐ/ĐTN", date(2026, 11, 20), branch_codes=["CD-TDP3"])
    with pytest.raises(DomainError, match="ít nhất 10 ký tự"):
        recognition_decisions.issue_decision(
            dcs, "2026", "15-QĐ/ĐTN", date(2026, 11, 20), branch_codes=["CD-TDP3"], exceptions={"CD-TDP3": "vì"}
        )
    assert recognition_decisions.decisions(dcs, "2026") == []
    # Nothing passed: the candidate decision lists no branch.
    with pytest.raises(DomainError, match="chưa có chi đoàn hoặc đoàn viên nào đủ điều kiện"):
        generate(dcs, ReportRequest("decision", "2026", draft=True))
    reason = "Ban Thường vụ xét thành tích đột xuất trong phòng chống bão số 3"
    recognition_decisions.issue_decision(
        dcs, "2026", "15-QĐ/ĐTN", date(2026, 11, 20), branch_codes=["CD-TDP3"], exceptions={"CD-TDP3": reason}
    )
    from desktop.services.safety.audit_reading import history_of

    entries = [e for e in history_of(dcs, "branch_recognition", "CD-TDP3/2026")]
    assert entries and entries[0].after["exception_reason"] == reason
    assert "sau thẩm định đạt" in entries[0].after["appraisal"]
    out = generate(dcs, ReportRequest("decision", "2026"))
    t = _t(out.pdf)
    assert "Số: 15-QĐ/ĐTN" in t and "(*)" in t
    assert "(*) Công nhận ngoại lệ: chưa qua thẩm định của Đoàn cơ sở" in t and reason in t
    assert "“Tiêu chí đạt”: số tiêu chí đạt sau thẩm định của Đoàn cơ sở" in t  # every code has a legend


def test_a_preview_is_a_draft_and_issuing_spends_the_number(dcs):
    from desktop.services.reporting.reports import preview_request

    req = ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3)
    draft = generate(dcs, preview_request(dcs, req))
    assert draft.draft and draft.numbers == () and _watermarked(draft.pdf)
    assert not [r for r in register(dcs, with_branches=True) if r.kind == "quarterly"]
    issued = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3))
    assert issued.numbers and not issued.draft and not _watermarked(issued.pdf)
    again = generate(dcs, preview_request(dcs, req))  # after issuing, the preview is the issued paper
    assert not again.draft and again.numbers == issued.numbers and again.reprint


def test_the_signer_changes_mid_year_and_old_documents_keep_the_old_one(dcs):
    from desktop.services.units import set_signer, signer_history

    first = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3, issued_on=date(2026, 10, 5)))
    assert "Nguyễn Thị Hoa" in _t(first.pdf) and "BÍ THƯ" in _t(first.pdf)
    dcs.today = lambda: date(2026, 11, 25)
    set_signer(dcs, "CD-TDP3", title="Phó Bí thư", full_name="Trần Văn Đức", on_behalf="KT. BÍ THƯ")
    assert [h.full_name for h in signer_history(dcs, "CD-TDP3")][-1] == "Trần Văn Đức"
    reprint = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3))
    signed = _t(reprint.pdf).split("Nơi nhận:")[-1]  # the signature block (members' names appear above it)
    assert reprint.reprint and "Nguyễn Thị Hoa" in signed and "Trần Văn Đức" not in signed
    new = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=4))
    t = _t(new.pdf)
    assert "KT. BÍ THƯ PHÓ BÍ THƯ Trần Văn Đức" in t


def test_a_document_without_a_signer_gets_no_number(dcs):
    from desktop.services.units import set_unit_setting

    set_unit_setting(dcs, "CD-UBND", "report_signer_name", "")
    before = len(register(dcs, with_branches=True))
    with pytest.raises(DomainError, match="chưa có người ký"):
        generate(dcs, ReportRequest("quarterly", "2026", branch="CD-UBND", quarter=3))
    assert len(register(dcs, with_branches=True)) == before
    draft = generate(dcs, ReportRequest("quarterly", "2026", branch="CD-UBND", quarter=3, draft=True))
    assert draft.draft and _watermarked(draft.pdf)


SIGNATURE_LINES = {"TM. BAN CHẤP HÀNH", "BÍ THƯ", "Nơi nhận:", "- Lưu VP."}


def _orphan_pages(pdf: bytes, names: set[str]) -> list[int]:
    """Pages holding nothing but a signature block (and recipients, page number, QR caption)."""
    out = []
    for i, page in enumerate(pdftools.pages_text(pdf), start=1):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        rest = [
            ln
            for ln in lines
            if ln not in SIGNATURE_LINES
            and ln not in names
            and not ln.isdigit()
            and not ln.startswith("- ")
            and not ln.startswith("Mã kiểm tra")
            and not ln.startswith("Số ")
        ]
        if lines and not rest:
            out.append(i)
    return out


def test_no_document_ends_on_a_page_holding_only_the_signature(dcs):
    recognition_decisions.issue_decision(
        dcs,
        "2026",
        "12-QĐ/ĐTN",
        date(2026, 11, 20),
        branch_codes=["CD-TDP3"],
        exceptions={"*": "Thành tích đột xuất được Ban Thường vụ ghi nhận"},
    )
    names = {"Đặng Quốc Việt", "Nguyễn Thị Hoa"}
    reqs = [
        ReportRequest("registration", "2027", branch="CD-TDP3", draft=True),
        ReportRequest("quarterly", "2026", branch="CD-TDP3", quarter=3, draft=True),
        ReportRequest("year-end", "2026", branch="CD-TDP3", draft=True),
        ReportRequest("volunteer-log", "2026", branch="CD-TDP3"),
        ReportRequest("registration-summary", "2027", draft=True),
        ReportRequest("results-summary", "2026", draft=True),
        ReportRequest("appraisal", "2026", branch="CD-TDP3"),
        ReportRequest("decision", "2026"),
    ]
    for req in reqs:
        out = generate(dcs, req)
        assert _orphan_pages(out.pdf, names) == [], req.kind
        t = _t(out.pdf)
        assert any(n in t for n in names), f"{req.kind}: no signer name"


def test_the_cli_refuses_a_decision_the_appraisal_did_not_pass_and_takes_a_written_exception(dcs):
    from tests.conftest import run_cli

    proposed = [r for r in rec.member_board(dcs, "CD-TDP3", "2026").rows if r.proposed]
    code, out, err = run_cli(
        "recognition",
        "appraise-member",
        "--period",
        "2026",
        "--member",
        str(proposed[0].member.id),
        "--refuse",
        data_dir=dcs.data.root,
    )
    assert code == 2 and "phải ghi lý do" in err
    code, out, err = run_cli(
        "recognition",
        "appraise-member",
        "--period",
        "2026",
        "--member",
        str(proposed[0].member.id),
        "--accept",
        data_dir=dcs.data.root,
    )
    assert code == 0, err
    code, out, err = run_cli(
        "recognition",
        "decide",
        "--period",
        "2026",
        "--number",
        "15-QĐ/ĐTN",
        "--date",
        "2026-11-20",
        "--branch",
        "CD-TDP3",
        "--member",
        str(proposed[0].member.id),
        data_dir=dcs.data.root,
    )
    assert code == 2 and "Chưa qua thẩm định: chi đoàn Chi đoàn Tổ dân phố số 3" in err
    assert proposed[0].member.full_name not in err  # the member passed: only the branch is named
    code, out, err = run_cli(
        "recognition",
        "decide",
        "--period",
        "2026",
        "--number",
        "15-QĐ/ĐTN",
        "--date",
        "2026-11-20",
        "--branch",
        "CD-TDP3",
        "--member",
        str(proposed[0].member.id),
        "--exception-reason",
        "Ban Thường vụ thống nhất tại phiên họp ngày 18/11/2026",
        data_dir=dcs.data.root,
    )
    assert code == 0, err
    [d] = recognition_decisions.decisions(dcs, "2026")
    assert d["exceptions"]["CD-TDP3"].startswith("Ban Thường vụ") and d["members"][0]["exception_reason"] == ""
