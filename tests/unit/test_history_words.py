"""The history (Lịch sử thay đổi) as a person reads it after a real exchange between a Đoàn cơ sở
and a Chi đoàn that joined it by invitation: no invitation id ("Thư mời kết nối b6c4c0cb-…"), no
unit code for a unit whose name is known ("Đơn vị cấp trên: — → DCS-LECHAN"), no internal row
number of a received package ("Số bản ghi: 1"), no field or value the program uses inside
("own_unit", "Chi tiết khác"), in Vietnamese and in English."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.units import Unit, UnitKind
from desktop.services.safety import audit, audit_reading
from tests.internal_names import offences
from tests.sync.conftest_sync import BRANCH, DCS, branch_record, open_unit

_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
_CODES = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, (BRANCH.code, DCS.code))) + r")(?![\w-])")


def _lines(ctx, language: str) -> list[str]:
    """Every entry of the history as the page shows it: the row (action, record, changes) and its
    detail (with the unit it concerns)."""
    out = []
    for e in audit_reading.recent(ctx, limit=5000):
        head = f"{e.action_label(language)}: {e.entity_label(language)} {e.subject_label(language)}".rstrip()
        unit = e.unit_label(language)
        if unit and unit not in head:
            head += f" ({unit})"
        changes = [
            f"{audit.field_label(c.field, language) if c.field else '…'}: "
            f"{audit.value_text(c.before, language, empty='—')} → {audit.value_text(c.after, language, empty='—')}"
            for c in e.changes()
        ]
        out.append(" | ".join([head, *changes]))
    return out


def _leaks(lines: list[str], language: str) -> list[str]:
    code_field = "Mã đơn vị: " if language == "vi" else "Unit code: "  # the code a person types on the unit form
    bad = []
    for line in lines:
        if _ID.search(line):
            bad.append(f"id: {line}")
        shown = " | ".join(p for p in line.split(" | ") if not p.startswith(code_field))
        if _CODES.search(shown):
            bad.append(f"unit code: {line}")
        bad += [f"{o}: {line}" for o in offences(line)]
        if re.search(r"Chi tiết khác|Other detail|Dữ liệu khác|Other record|Số bản ghi|Record no\.", line):
            bad.append(f"unnamed: {line}")
    return bad


@pytest.fixture
def exchanged(tmp_path):
    """A Đoàn cơ sở invites a Chi đoàn; the Chi đoàn joins on a new installation, brings its year in,
    sends its quarterly report; the receipt, an alert and a reminder come down; the alert is put in
    the book, the reminder put away; the Chi đoàn changes its key."""
    from desktop.services.context import open_context
    from desktop.services.exchange import flow_down, interchange, invitations, sending, sync
    from desktop.services.units import set_signer

    dcs = open_unit(tmp_path / "dcs", DCS)
    issued = invitations.invite(dcs, BRANCH.code, name=BRANCH.name, branch_type="dan-cu")
    [letter], _pdf = invitations.write_invitations(dcs, [issued], tmp_path / "moi")
    branch = open_context(tmp_path / "b", actor="test")
    branch.today = lambda: date(2026, 11, 21)
    invitations.join(branch, letter)
    set_signer(branch, BRANCH.code, title="BÍ THƯ", full_name="Nguyễn Văn An")
    interchange.import_document(branch, branch_record(BRANCH, 12, until=date(2026, 12, 31)))
    sent = sending.submit_and_send(branch, "quarterly", "2026", 3, use_hub=False, out=tmp_path / "usb")
    assert [o.status for o in sync.import_paths(dcs, [sent.saved_to])] == ["accepted"]
    # the registration carries the Chi đoàn's record, written into the Đoàn cơ sở; it comes back for correction
    from tests.sync.test_flow_down import _registered

    _registered(branch)
    reg = sending.submit_and_send(branch, "registration", "2026", use_hub=False, out=tmp_path / "usb2")
    assert [o.status for o in sync.import_paths(dcs, [reg.saved_to])] == ["accepted"]
    flow_down.send_return(dcs, BRANCH.code, "registration", "2026", [("CD-2.4", "ghi rõ tuần nào")])
    flow_down.send_alert(dcs, "CD-1.3", "Trang giả mạo", link="https://example.org/a", source="Ban Tuyên giáo")
    flow_down.send_reminders(dcs, "2026")
    sync.export_outbox(dcs, tmp_path / "down")
    got = sync.import_paths(branch, sorted((tmp_path / "down").iterdir()))
    assert {o.status for o in got} == {"accepted"} and len(got) == 5  # two receipts, a return, an alert, a reminder
    for item in flow_down.waiting(branch):
        if item.kind == "alert":
            flow_down.confirm_alert(branch, item.package_id)
        else:
            flow_down.dismiss(branch, item.package_id)
    sync.rotate_key(branch)
    from desktop.services.membership import members

    [first, *_] = members.roster(branch, BRANCH.code, date(2026, 6, 1))
    person = first.member if hasattr(first, "member") else first
    members.update_member(branch, replace(person, phone="0912345678", residence="Tổ dân phố số 5"))
    yield dcs, branch
    dcs.close()
    branch.close()


def test_an_invitation_is_named_by_the_unit_and_its_date(exchanged):
    dcs, branch = exchanged
    upper = _lines(dcs, "vi")
    assert any(
        s.startswith("Tạo thư mời: Thư mời kết nối gửi Chi đoàn Tổ dân phố số 3, ngày ")
        and "Đơn vị được mời: — → Chi đoàn Tổ dân phố số 3" in s
        for s in upper
    ), upper
    # the first package the Chi đoàn sent connected it, with the invitation it joined with
    assert any(
        s.startswith("Đơn vị cấp dưới kết nối: Kết nối đồng bộ Chi đoàn Tổ dân phố số 3")
        and re.search(r"Thư mời: — → Thư mời kết nối gửi Chi đoàn Tổ dân phố số 3, ngày \d\d/\d\d/2026", s)
        for s in upper
    ), upper
    below = _lines(branch, "vi")
    assert any(
        s.startswith("Kết nối với đơn vị cấp trên: Thư mời kết nối của Đoàn phường Lê Chân, ngày ") for s in below
    )
    english = _lines(branch, "en")
    assert any("Invitation from Đoàn phường Lê Chân, " in s for s in english), english


def test_a_parent_is_named_not_coded(exchanged, tmp_path):
    dcs, branch = exchanged
    assert any(
        s.startswith("Tạo mới: Đơn vị Chi đoàn Tổ dân phố số 3 | ")
        and "Đơn vị cấp trên: — → Đoàn phường Lê Chân" in s
        and "Loại chi đoàn: — → Địa bàn dân cư" in s
        for s in _lines(branch, "vi")
    ), _lines(branch, "vi")
    assert any("Upper level: — → Đoàn phường Lê Chân" in s for s in _lines(dcs, "en"))

    # a parent this installation knows only by its code: said as a code, never taken for a name
    from desktop.services.units import save_self_unit

    alone = open_unit(tmp_path / "alone", Unit(code="DCS-X", name="Đoàn xã Tân Tiến", kind=UnitKind.DOAN_CO_SO))
    try:
        save_self_unit(alone, replace(DCS, code="DCS-X", name="Đoàn xã Tân Tiến", parent_code="HUYEN-AD"))
        assert any("Đơn vị cấp trên: — → đơn vị có mã HUYEN-AD" in s for s in _lines(alone, "vi"))
        assert any("Upper level: — → unit with code HUYEN-AD" in s for s in _lines(alone, "en"))
    finally:
        alone.close()


def test_a_received_package_shows_no_row_number(exchanged):
    dcs, branch = exchanged
    [got] = [s for s in _lines(dcs, "vi") if s.startswith("Nhận gói (đã nhận): Gói đã nhận Báo cáo tiến độ quý")]
    assert "Gói đã nhận Báo cáo tiến độ quý — Quý III kỳ 2026 — từ Chi đoàn Tổ dân phố số 3" in got
    assert "Số bản ghi" not in got and "Mã kiểm tra tệp: — → " in got, got
    [confirmed] = [s for s in _lines(branch, "vi") if s.startswith("Xác nhận: ")]
    assert "Tiêu chí: — → CD-1.3" in confirmed and "Chi tiết khác" not in confirmed, confirmed
    # the return that reopened the registration is named as the package it came in
    [reopened] = [s for s in _lines(branch, "vi") if s.startswith("Trả lại để sửa: ")]
    assert "Gói: — → Trả lại để sửa — kỳ 2026 — từ Đoàn phường Lê Chân" in reopened, reopened
    # the record the registration carried, written into the Đoàn cơ sở, says whose it is
    assert any(
        s.startswith("Cập nhật từ hồ sơ nhận được: Gói đã nhận Đăng ký xây dựng Chi đoàn XHCN — kỳ 2026")
        and "từ Chi đoàn Tổ dân phố số 3" in s
        for s in _lines(dcs, "vi")
    ), _lines(dcs, "vi")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_entry_of_the_history_says_an_id_a_code_or_a_field_name(exchanged, language):
    for ctx in exchanged:
        lines = _lines(ctx, language)
        assert len(lines) > 10
        bad = _leaks(lines, language)
        assert not bad, "\n".join(bad)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_commune_and_its_party_upper_level_read_no_id_or_code(tmp_path, language):
    """The Party line: the Ban invites a commune's Party committee, which joins and sends its
    yearly review up; neither history says an id, a code or a field name."""
    from desktop.services.commune_party import report_up
    from desktop.services.exchange import invitations, sending, sync
    from tests.unit.test_party_line import COMMUNE, UPPER, _invite

    upper = open_unit(tmp_path / "btg", UPPER, today=date(2026, 12, 20))
    du = open_unit(tmp_path / "du", COMMUNE, today=date(2026, 12, 20))
    try:
        invitations.join(du, _invite(upper, COMMUNE.code, COMMUNE.name, tmp_path / "zalo"))
        item = report_up.send_document(du, "review", period="2026")
        [o] = sync.import_paths(upper, [sending.save_file(du, item.package_id, tmp_path / "usb")])
        assert o.status == "accepted", o.reason
        codes = re.compile(r"(?<![\w-])(" + re.escape(COMMUNE.code) + "|" + re.escape(UPPER.code) + r")(?![\w-])")
        for ctx in (upper, du):
            lines = _lines(ctx, language)
            bad = _leaks(lines, language) + [
                s
                for s in lines
                if codes.search(
                    " | ".join(p for p in s.split(" | ") if not p.startswith(("Mã đơn vị: ", "Unit code: ")))
                )
            ]
            assert not bad, "\n".join(bad)
    finally:
        upper.close()
        du.close()


def test_a_summary_returned_by_the_upper_level_and_a_changed_key_read_in_words(tmp_path):
    """A Đoàn cơ sở sends its summary of results up; the Thành đoàn returns it with a reason; the
    Đoàn cơ sở changes its key and sends its enrolment again. Both histories, in both languages."""
    from desktop.services.exchange import approval, submissions, sync
    from desktop.services.units import save_unit
    from tests.sync.conftest_sync import enrol
    from tests.sync.test_approval import B1, DCS_UP, UPPER, _carry

    upper = open_unit(tmp_path / "thanh-doan", UPPER)
    dcs = open_unit(tmp_path / "le-chan", DCS_UP)
    try:
        save_unit(dcs, B1)
        enrol(upper, dcs, tmp_path)
        enrol(dcs, upper, tmp_path)
        v1 = submissions.send_summary(dcs, submissions._me(dcs), "2026", "results")
        sync.export_outbox(dcs, tmp_path / "up", [v1.package_id])
        assert [o.status for o in sync.import_paths(upper, [tmp_path / "up"])] == ["accepted"]
        item, _ = approval.decide(
            upper, DCS.code, "2026", "results", "returned", [(B1.code, "CD-1.2", "Thiếu biên bản")]
        )
        assert _carry(upper, dcs, item, tmp_path, "down").status == "accepted"
        sync.rotate_key(dcs)
        enrol(upper, dcs, tmp_path)

        said = _lines(upper, "vi")
        [returned] = [s for s in said if s.startswith("Trả lại để sửa: Báo cáo tổng hợp ")]
        # issue 23: the summary was named twice ("Trả lại để sửa: Báo cáo tổng hợp Báo cáo tổng hợp các chi đoàn …")
        assert returned.startswith("Trả lại để sửa: Báo cáo tổng hợp kỳ 2026 — từ Đoàn phường Lê Chân"), returned
        for ctx in (upper, dcs):
            for s in _lines(ctx, "vi") + _lines(ctx, "en"):
                assert "Báo cáo tổng hợp Báo cáo tổng hợp" not in s and "Summary report Summary" not in s, s
        assert "từ Đoàn phường Lê Chân" in returned and "Số lý do: — → 1" in returned, returned
        assert "Gói: — → Gói chờ gửi" not in returned and "Gói: — → " in returned, returned
        assert any(s.startswith("Đổi khóa: Kết nối đồng bộ Đoàn phường Lê Chân") for s in said), said
        codes = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, (UPPER.code, DCS.code, B1.code))) + r")(?![\w-])")
        for ctx in (upper, dcs):
            for language in ("vi", "en"):
                lines = _lines(ctx, language)
                bad = _leaks(lines, language) + [
                    s
                    for s in lines
                    if codes.search(
                        " | ".join(p for p in s.split(" | ") if not p.startswith(("Mã đơn vị: ", "Unit code: ")))
                    )
                ]
                assert not bad, "\n".join(bad)
    finally:
        upper.close()
        dcs.close()


def test_an_evidence_record_and_its_file_are_named_by_their_title_and_name(tmp_path):
    """Issue 23: the history said an evidence record by its number ("Bản ghi minh chứng 1", "Tệp
    minh chứng 1 | Số bản ghi: 1 | Gắn với: cycle_log", "Loại: information")."""
    from desktop.domain.logs import LogEntry
    from desktop.services.year import cycle

    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    try:
        f = tmp_path / "Biên bản sinh hoạt tháng 3.pdf"
        f.write_bytes(b"%PDF-1.4 minh chung")
        log_id, _ = cycle.add_log(
            branch, LogEntry(None, BRANCH.code, "information", date(2026, 3, 5), "Sinh hoạt chuyên đề tháng 3"), [f]
        )
        cycle.update_log(branch, replace(cycle.get_log(branch, log_id), title="Sinh hoạt chuyên đề tháng Ba"))
        cycle.delete_log(branch, log_id)
        said = _lines(branch, "vi")
        assert any(
            s.startswith("Tạo mới: Tệp minh chứng “Biên bản sinh hoạt tháng 3.pdf”")
            and "Gắn với: — → Bản ghi minh chứng “Sinh hoạt chuyên đề tháng 3”" in s
            for s in said
        ), said
        assert any(s.startswith("Tạo mới: Bản ghi minh chứng “Sinh hoạt chuyên đề tháng 3”") for s in said), said
        assert any(s.startswith("Xóa: Bản ghi minh chứng “Sinh hoạt chuyên đề tháng Ba”") for s in said), said
        assert any("Loại: — → Cung cấp thông tin cho đoàn viên" in s for s in said), said
        for language in ("vi", "en"):
            # the evidence's entries (the unit's own, made without its Đoàn cơ sở, name its parent by code)
            lines = [s for s in _lines(branch, language) if "minh chứng" in s or "Evidence" in s or "Attachment" in s]
            assert len(lines) == 4, lines
            bad = _leaks(lines, language) + [
                s
                for s in lines
                if re.search(r"minh chứng \d|Evidence record \d|Attachment \d|cycle_log|information", s)
            ]
            assert not bad, "\n".join(bad)
    finally:
        branch.close()
