"""Audit trail (issue 8 §5): who, when, what, before and after; append-only; tamper-evident;
the history of a member, an activity or a criterion can be read and exported."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace

import pytest

from db import audit as audit_db
from desktop.services.safety import audit_reading
from desktop.services.safety import audit_export
from desktop.services.safety import audit_chain
from tests.unit.conftest_safety import roster_ctx  # noqa: F401


def test_member_history_shows_who_changed_what_with_values_before_and_after(roster_ctx):
    from desktop.services.membership.members import get_member, update_member

    mid = roster_ctx.member_ids[1]
    roster_ctx.actor = "hoa.nguyen"
    update_member(roster_ctx, replace(get_member(roster_ctx, mid), phone="0911000111"))
    entries = audit_reading.history_of(roster_ctx, "member", mid)
    assert [e.action for e in entries if e.entity == "member"] == ["create", "update"]
    last = [e for e in entries if e.entity == "member"][-1]
    assert last.actor == "hoa.nguyen" and last.action_label() == "Sửa"
    assert [(c.field, c.before, c.after) for c in last.changes()] == [("phone", "0987654321", "0911000111")]


def test_criterion_history_matches_the_exact_criterion_id(branch_ctx):
    with branch_ctx.uow.begin() as s:
        audit_db.record(
            s,
            actor="hoa",
            action="create",
            entity="cycle_log",
            entity_id=1,
            unit_code="CD-TDP3",
            after={"criterion": "CD-1.2", "title": "Sinh hoạt chuyên đề quý IV"},
        )
        audit_db.record(
            s,
            actor="hoa",
            action="create",
            entity="cycle_log",
            entity_id=2,
            unit_code="CD-TDP3",
            after={"criterion": "CD-1.21", "title": "khác"},
        )
        audit_db.record(
            s,
            actor="hoa",
            action="update",
            entity="judgement",
            entity_id="CD-1.2",
            unit_code="CD-TDP3",
            before={"met": False},
            after={"met": True},
        )
    entries = audit_reading.history_of(branch_ctx, "criterion", "CD-1.2")
    assert [(e.entity, e.entity_id) for e in entries] == [("cycle_log", "1"), ("judgement", "CD-1.2")]


def test_the_trail_is_append_only(roster_ctx):
    con = sqlite3.connect(roster_ctx.data.database)
    with pytest.raises(sqlite3.IntegrityError, match="không được xóa"):
        con.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="không được sửa"):
        con.execute("UPDATE audit_log SET hash='x', prev_hash='y'")
    con.close()


def test_verify_finds_an_edit_and_a_fake_redaction(roster_ctx):
    assert audit_chain.verify(roster_ctx)["ok"]
    con = sqlite3.connect(roster_ctx.data.database)
    rid, aj = con.execute("SELECT id, after_json FROM audit_log WHERE entity='member' LIMIT 1").fetchone()
    # Making an edit look like an authorised erasure (keeping the original digest) is caught:
    # no erasure entry lists it.
    fake = json.loads(aj)
    fake["phone"] = audit_db.REDACTED_VALUE
    fake[audit_db.REDACTED_KEY] = audit_db.value_digest(aj)
    con.execute("UPDATE audit_log SET after_json=? WHERE id=?", (audit_db.canonical(fake), rid))
    con.commit()
    con.close()
    result = audit_chain.verify(roster_ctx)
    assert not result["ok"] and result["first_broken_id"] == rid and "xóa dữ liệu" in result["reason"]


def test_export_history_to_csv_xlsx_json_says_when_it_holds_personal_data(roster_ctx, tmp_path):
    entries = audit_reading.history_of(roster_ctx, "member", roster_ctx.member_ids[0])
    path = audit_export.export_entries(entries, tmp_path / "lich-su.csv", title="Lịch sử đoàn viên Nguyễn Thị Hoa")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens Vietnamese text correctly
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Lịch sử đoàn viên Nguyễn Thị Hoa"]
    assert rows[1][0].startswith("CÓ DỮ LIỆU CÁ NHÂN")
    assert rows[2][:3] == ["Số", "Thời gian", "Người thực hiện"]
    assert any(r[7] == "Điện thoại" and r[9] == "0912345678" for r in rows[3:])  # the field by its name

    from openpyxl import load_workbook

    wb = load_workbook(audit_export.export_entries(entries, tmp_path / "lich-su.xlsx", title="Lịch sử"))
    ws = wb.active
    assert ws["A1"].value == "Lịch sử" and ws["A2"].value.startswith("CÓ DỮ LIỆU CÁ NHÂN")
    data = json.loads(audit_export.export_entries(entries, tmp_path / "lich-su.json", title="t").read_text("utf-8"))
    assert data["personal_data"] and data["entries"][0]["action"] == "create"

    unit_entries = audit_reading.history_of(roster_ctx, "unit", "CD-TDP3")
    rows = list(
        csv.reader(
            io.StringIO(
                audit_export.export_entries(unit_entries, tmp_path / "don-vi.csv", title="Đơn vị").read_text(
                    "utf-8-sig"
                )
            )
        )
    )
    assert rows[1][0] == "Số"  # no personal data, no notice
    with pytest.raises(Exception, match="Chỉ xuất được"):
        audit_export.export_entries(entries, tmp_path / "lich-su.pdf", title="x")


def test_cli_audit_history_and_verify(cli, roster_ctx, tmp_path):
    code, out, _ = cli("audit", "history", "member", str(roster_ctx.member_ids[0]), "--json")
    assert code == 0 and json.loads(out)[0]["after"]["full_name"] == "Nguyễn Thị Hoa"
    code, out, _ = cli(
        "audit", "history", "member", str(roster_ctx.member_ids[0]), "--export", str(tmp_path / "h.xlsx")
    )
    assert code == 0 and (tmp_path / "h.xlsx").exists()
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "nguyên vẹn" in out


def test_a_package_in_the_history_reads_in_words():
    """A package sent or received shows its kind and its fields by name, not "receipt" or
    "Chi tiết khác" (issue 20: history in words)."""
    from desktop.services.safety.audit import field_label, value_text

    assert value_text("receipt") == "Biên nhận"
    assert value_text("summary") == "Báo cáo tổng hợp các chi đoàn"
    assert [field_label(f) for f in ("recipient_code", "subject", "sha256", "fingerprint")] == [
        "Gửi tới",
        "Nội dung gói",
        "Mã kiểm tra tệp",
        "Mã kiểm tra khóa",
    ]
