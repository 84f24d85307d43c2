"""Joining by invitation and receiving from a sender not known yet (issue 17), on separate data
folders, through real package files."""

from __future__ import annotations

import json

import pytest

from desktop.domain.errors import DomainError
from desktop.services.exchange import invitations, sync
from desktop.services.units import self_unit
from tests.sync.conftest_sync import BRANCH, DCS, OTHER, enrol, open_unit, put_quarterly


@pytest.fixture
def dcs(tmp_path):
    ctx = open_unit(tmp_path / "doan-co-so", DCS)
    yield ctx
    ctx.close()


def _fresh(tmp_path, name):
    from desktop.services.context import open_context

    ctx = open_context(tmp_path / name, actor="test")
    ctx.today = lambda: __import__("datetime").date(2026, 11, 21)
    return ctx


def _send(ctx, tmp_path, folder="usb"):
    out = tmp_path / folder
    sync.export_outbox(ctx, out)
    return sorted(out.iterdir())


def test_invite_join_submit_first_package_accepted_without_enrolment(dcs, tmp_path):
    issued = invitations.invite(dcs, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    files, pdf = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    assert files[0].name == "ThuMoi-ChiDoanToDanPhoSo3.stmoi" and pdf.read_bytes().startswith(b"%PDF")
    branch = _fresh(tmp_path, "chi-doan")
    res = invitations.join(branch, files[0])
    assert res.created and res.parent_name == DCS.name
    me = self_unit(branch)
    assert (me.code, me.name, me.parent_code, me.branch_type.value) == (BRANCH.code, BRANCH.name, DCS.code, "dan-cu")
    assert invitations.parent_name(branch) == DCS.name
    put_quarterly(branch, quarter=3)
    [outcome] = sync.import_paths(dcs, _send(branch, tmp_path))
    assert outcome.status == "accepted", outcome.reason
    [line] = invitations.branch_list(dcs)
    assert line.connected and line.invitation == "used"
    # the parent's receipt reaches the branch, which trusts the parent from the invitation
    outs = sync.import_paths(branch, _send(dcs, tmp_path, "usb2"))
    assert [o.status for o in outs] == ["accepted"]
    branch.close()


def test_second_installation_with_the_same_invitation_gets_no_trust(dcs, tmp_path):
    issued = invitations.invite(dcs, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    files, _ = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    first, second = _fresh(tmp_path, "may-1"), _fresh(tmp_path, "may-2")
    for c in (first, second):
        invitations.join(c, files[0])
        put_quarterly(c, quarter=3)
    [a] = sync.import_paths(dcs, _send(first, tmp_path, "u1"))
    [b] = sync.import_paths(dcs, _send(second, tmp_path, "u2"))
    assert a.status == "accepted"
    assert b.status == "held" and "đã được dùng cho một máy khác" in b.reason
    units = sync.enrolled_units(dcs)
    assert [u.fingerprint for u in units] == [sync.identity(first).fingerprint]
    # Releasing does not let it in, nor duplicate it; confirming that installation's key does.
    assert sync.release_held(dcs) == []
    [who] = sync.held_senders(dcs)
    assert who.packages == 1 and who.fingerprint == sync.identity(second).fingerprint
    sync.confirm_sender(dcs, BRANCH.code, who.fingerprint)
    assert sync.held_senders(dcs) == []
    first.close()
    second.close()


def test_unknown_sender_is_held_then_accepted_when_enrolled_without_reimport(dcs, tmp_path):
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(branch, dcs, tmp_path)  # the branch knows its parent; the parent does not know it yet
    put_quarterly(branch, quarter=3)
    [held] = sync.import_paths(dcs, _send(branch, tmp_path))
    assert held.status == "held"
    assert BRANCH.name in held.reason and "Báo cáo tiến độ quý" in held.reason
    [who] = sync.held_senders(dcs)
    assert who.name == BRANCH.name and who.fingerprint == sync.identity(branch).fingerprint
    from desktop.services.reporting.home import unit_next_actions

    todo = [a for a in unit_next_actions(dcs) if "chờ xác nhận" in a.text("vi")]
    assert todo and BRANCH.name in todo[0].text("vi") and todo[0].page == "outbox"
    assert not [r for r in sync.received(dcs) if r.status == "accepted"]
    key = tmp_path / "khoa.stpkg"
    sync.enrol_export(branch, key)
    res = sync.enrol_import(dcs, key)
    assert "Đã nhận 1 gói" in res.message
    rows = sync.received(dcs)
    assert sorted(sync.row_status(r) for r in rows) == ["accepted", "released"]
    assert sync.held_senders(dcs) == []
    branch.close()


def test_held_package_confirmed_by_fingerprint(dcs, tmp_path):
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(branch, dcs, tmp_path)
    put_quarterly(branch, quarter=3)
    [held] = sync.import_paths(dcs, _send(branch, tmp_path))
    assert held.status == "held"
    with pytest.raises(DomainError, match="không khớp"):
        sync.confirm_sender(dcs, BRANCH.code, "0000-0000-0000-0000-0000-0000-0000-0000")
    res = sync.confirm_sender(dcs, BRANCH.code, sync.identity(branch).fingerprint.lower())
    assert "đã nhận 1 gói" in res.message
    assert any(r.status == "accepted" and r.sender_code == BRANCH.code for r in sync.received(dcs))
    branch.close()


def test_old_refusal_for_unknown_sender_is_released_too(dcs, tmp_path):
    """A package refused before holding existed (status rejected, reason unknown_sender)."""
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(branch, dcs, tmp_path)
    put_quarterly(branch, quarter=2)
    [held] = sync.import_paths(dcs, _send(branch, tmp_path))
    assert held.status == "held"
    [row] = sync.received(dcs)
    assert row.status == "rejected" and row.reason_code == "unknown_sender"
    enrol(dcs, branch, tmp_path)
    assert sync.row_status(sync.received(dcs)[-1]) == "released"
    branch.close()


def test_join_refuses_an_invitation_for_another_unit(dcs, tmp_path):
    issued = invitations.invite(dcs, OTHER.code, name=OTHER.name, branch_type="dan-cu")
    files, _ = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    with pytest.raises(DomainError, match="dành cho"):
        invitations.join(branch, files[0])
    branch.close()
    bad = tmp_path / "hong.stmoi"
    bad.write_bytes(files[0].read_bytes().replace(b"CD-TDP7", b"CD-TDP9"))
    with pytest.raises(DomainError, match="bị sửa"):
        invitations.join(_fresh(tmp_path, "x"), bad)


def test_branch_sheet_and_invite_all(dcs, tmp_path):
    sheet = tmp_path / "chi-doan.csv"
    sheet.write_text(
        "Mã,Tên,Loại hình,Khối\nCD-A,Chi đoàn A,Địa bàn dân cư,\nCD-B,Chi đoàn B,trường học,10\n"
        "CD-C,,dân cư,\nCD-D,Chi đoàn D,vũ trụ,\n",
        encoding="utf-8",
    )
    res = invitations.import_branch_sheet(dcs, sheet)
    assert res.added == 2 and len(res.errors) == 2
    assert res.errors[0].startswith("Dòng 4") and res.errors[1].startswith("Dòng 5")
    issued = invitations.invite_all(dcs)
    assert sorted(i.invitation.branch.code for i in issued) == ["CD-A", "CD-B"]
    files, pdf = invitations.write_invitations(dcs, issued, tmp_path / "moi")
    assert len(files) == 2 and pdf.name == "ThuMoi-CacChiDoan.pdf"
    b = json.loads(files[1].read_text(encoding="utf-8"))["invitation"]["branch"]
    assert b == {"code": "CD-B", "name": "Chi đoàn B", "kind": "chi-doan", "branch_type": "truong-hoc", "grade": 10}
    again = invitations.invite(dcs, "CD-A")
    statuses = {r.invitation_id: r.status for r in invitations.invitations(dcs)}
    assert statuses[again.invitation.invitation_id] == "open"
    assert list(statuses.values()).count("withdrawn") == 1


def test_the_printed_page_names_both_units_and_shows_the_code(dcs, tmp_path):
    from tests.reports import pdftools

    a = invitations.invite(dcs, "CD-A", name="Chi đoàn thôn Đông Hải", branch_type="dan-cu")
    b = invitations.invite(dcs, "CD-B", name="Chi đoàn Trường THCS Kiến Thụy", branch_type="truong-hoc", grade=9)
    _files, pdf = invitations.write_invitations(dcs, [a, b], tmp_path / "moi")
    pages = pdftools.pages_text(pdf.read_bytes())
    assert len(pages) == 2
    for page, issued in zip(pages, (a, b)):
        flat = " ".join(page.split())
        assert issued.invitation.short_code in flat
        assert f"Kính gửi: Ban Chấp hành {issued.invitation.branch.name}" in flat
        assert DCS.name in flat and issued.invitation.parent.fingerprint in flat
    assert "khối 9" in " ".join(pages[1].split())


def test_documents_of_a_joined_branch_name_the_parent_not_its_code(dcs, tmp_path):
    """Issue 17 item 6: "BCH DCS-KIENTHUY", "Kính gửi: Ban Thường vụ TD-HP" — the name instead."""
    from desktop.services.reporting.reports import ReportRequest, generate
    from tests.reports import pdftools

    issued = invitations.invite(dcs, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    files, _ = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    branch = _fresh(tmp_path, "chi-doan")
    invitations.join(branch, files[0])
    from desktop.services.units import set_unit_setting

    set_unit_setting(branch, BRANCH.code, "report_signer_name", "Nguyễn Văn An")  # who signs (issue 19)
    for kind, quarter in (("quarterly", 3), ("year-end", None)):
        text = " ".join(
            pdftools.text(generate(branch, ReportRequest(kind, period="2026", quarter=quarter)).pdf).split()
        )
        assert "BCH ĐOÀN PHƯỜNG LÊ CHÂN" in text and DCS.code not in text
    year_end = " ".join(pdftools.text(generate(branch, ReportRequest("year-end", period="2026")).pdf).split())
    # The year-end file is addressed to the parent by name (the Tờ trình comes only with a proposal).
    assert "Đoàn phường Lê Chân (để b/c)" in year_end and DCS.code not in year_end
    branch.close()


def test_an_enrolment_file_saved_without_its_type_gets_it(dcs, tmp_path):
    """The other side's picker lists *.stpkg: a name typed without the type must still show."""
    out = sync.enrol_export(dcs, tmp_path / "khoa-doan-phuong")
    assert out.path.name == "khoa-doan-phuong.stpkg" and out.path.exists()


def test_the_parents_hub_travels_with_the_invitation(dcs, tmp_path):
    from desktop.services.units import set_unit_setting, unit_settings

    set_unit_setting(dcs, DCS.code, "hub_url", "https://hub.doanphuong-lechan.vn")
    issued = invitations.invite(dcs, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    assert issued.invitation.hub == "https://hub.doanphuong-lechan.vn"
    files, _ = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    branch = _fresh(tmp_path, "chi-doan")
    invitations.join(branch, files[0])
    assert unit_settings(branch, BRANCH.code)["hub_url"] == "https://hub.doanphuong-lechan.vn"
    branch.close()
