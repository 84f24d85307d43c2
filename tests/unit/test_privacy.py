"""Personal data (issue 8 §6): erasure on request keeps past counts; exports say so."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop.services.safety import privacy
from tests.unit.conftest_safety import roster_ctx  # noqa: F401


def _counts(ctx):
    from desktop.services.membership.members import member_base_for, members_on

    on = members_on(ctx, "CD-TDP3", date(2026, 11, 1))
    return {
        "members": len(on),
        "party": sum(m.is_party_member for m in on),
        "ebook": sum(m.ebook_issued for m in on),
        "base": member_base_for(ctx, "CD-TDP3", date(2026, 1, 1), date(2026, 12, 31)),
    }


def test_erasing_a_members_personal_data_keeps_past_counts_and_the_chain(roster_ctx):
    from desktop.services.safety.audit_chain import verify
    from desktop.services.membership.members import get_member

    hoa = roster_ctx.member_ids[0]
    before = _counts(roster_ctx)
    result = privacy.erase_member_personal_data(roster_ctx, hoa, reason="Đơn đề nghị ngày 20/11/2026")
    assert set(result.cleared) == {"date_of_birth", "phone", "id_number", "party_join_date"}
    assert result.redacted_entries >= 1
    m = get_member(roster_ctx, hoa)
    assert (m.date_of_birth, m.phone, m.id_number, m.party_join_date) == (None, None, None, None)
    assert m.full_name == "Nguyễn Thị Hoa" and m.is_party_member and m.erased
    assert _counts(roster_ctx) == before
    # Nowhere in the database any more, not even in the audit trail; the chain still holds.
    con = sqlite3.connect(roster_ctx.data.database)
    dumped = "\n".join(con.iterdump())
    con.close()
    for value in ("0912345678", "031201001234", "2001-03-14", "2022-05-19"):
        assert value not in dumped
    assert verify(roster_ctx)["ok"]
    from desktop.services.safety.audit_reading import history_of

    last = history_of(roster_ctx, "member", hoa)[-1]
    assert last.action_label() == "Xóa dữ liệu cá nhân" and last.after["reason"].startswith("Đơn")
    assert "0912345678" not in str(last.after)
    # Other members are untouched.
    assert get_member(roster_ctx, roster_ctx.member_ids[1]).phone == "0987654321"


def test_erasure_can_also_replace_the_name(roster_ctx):
    from desktop.services.membership.members import get_member

    mid = roster_ctx.member_ids[1]
    privacy.erase_member_personal_data(roster_ctx, mid, pseudonym="Đoàn viên số 2")
    assert get_member(roster_ctx, mid).full_name == "Đoàn viên số 2"
    con = sqlite3.connect(roster_ctx.data.database)
    assert "Trần Văn Đức" not in "\n".join(con.iterdump())
    con.close()


def test_only_an_administrator_erases(roster_ctx):
    from desktop.services.safety.session import PermissionDenied

    roster_ctx.role = "staff"
    with pytest.raises(PermissionDenied, match="xóa dữ liệu cá nhân"):
        privacy.erase_member_personal_data(roster_ctx, roster_ctx.member_ids[0])
    roster_ctx.role = "admin"
    with pytest.raises(privacy.DomainError, match="Không tìm thấy đoàn viên số 999"):
        privacy.erase_member_personal_data(roster_ctx, 999)


def test_exports_with_personal_columns_carry_a_notice():
    assert privacy.personal_fields_in(["full_name", "phone", "date_of_birth", "ebook_issued"]) == [
        "phone",
        "date_of_birth",
    ]
    notice = privacy.personal_data_notice(["phone", "date_of_birth"])
    assert notice.startswith("CÓ DỮ LIỆU CÁ NHÂN (số điện thoại, ngày sinh)")
    assert "chưa đủ 18 tuổi" in notice
    assert privacy.personal_data_notice(["id_number"], language="en").startswith("CONTAINS PERSONAL DATA (ID number)")


def test_cli_privacy_erase(cli, roster_ctx):
    code, out, err = cli("privacy", "erase", str(roster_ctx.member_ids[2]), "--reason", "Phụ huynh đề nghị")
    assert code == 0, err
    assert "Đã xóa dữ liệu cá nhân" in out and "bản sao lưu" in out
