"""Issue 20 item 3 without windows: the Party line's upper level invites a commune, the commune joins
with the invitation (no parent code typed), sends its sơ kết as a "commune-report" package saved as a
file, and the upper level receives it (trusted by the invitation), aggregates it and reads down to a
criterion. The commune's Đoàn xã shares its summary with the Đảng ủy IN ADDITION to its own Union
parent, and the sơ kết carries the youth figures."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind
from tests.sync.conftest_sync import BRANCH, enrol, open_unit, put_quarterly

UPPER = Unit(code="BTGDV-HP", name="Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", kind=UnitKind.DANG_CAP_TREN)
COMMUNE = Unit(code="DU-LECHAN", name="Đảng ủy phường Lê Chân", kind=UnitKind.DANG_UY_XA)
YOUTH = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO, parent_code="TD-HP")


def _invite(inviter, code: str, name: str, folder):
    from desktop.services.exchange import invitations

    issued = invitations.invite(inviter, code, name=name)
    [path], _pdf = invitations.write_invitations(inviter, [issued], folder)
    return path


def test_commune_reports_reach_the_party_upper_level_through_files(tmp_path):
    from desktop.services.commune_party import work as commune, party_line
    from desktop.services.commune_party import report_up
    from desktop.services.commune_party import documents as commune_documents
    from desktop.services.exchange import invitations, sending, sync
    from tests.reports.pdftools import text

    upper = open_unit(tmp_path / "btg", UPPER, today=date(2026, 12, 20))
    du = open_unit(tmp_path / "du", COMMUNE, today=date(2026, 12, 20))
    dx = open_unit(tmp_path / "dx", YOUTH, today=date(2026, 12, 18))
    branch = open_unit(tmp_path / "b", BRANCH)
    try:
        # Without an invitation there is no addressee, and the refusal says what to do (no code to invent).
        with pytest.raises(DomainError, match="thư mời"):
            report_up.send_document(du, "review", period="2026")

        # home says what to do next, one click from where it is done
        from desktop.services.reporting.home import unit_next_actions

        [first] = [a for a in unit_next_actions(du) if a.page == "outbox"]
        assert first.text("vi") == "Nhận thư mời của cấp trên (Ban Tuyên giáo và Dân vận) để gửi báo cáo"
        assert [a.page for a in unit_next_actions(upper)] == ["party_communes"]

        # the upper level invites the commune; the commune joins: its parent comes from the invitation
        path = _invite(upper, COMMUNE.code, COMMUNE.name, tmp_path / "zalo")
        assert [a.text("vi") for a in unit_next_actions(upper)] == ["1 Đảng ủy xã chưa kết nối: Đảng ủy phường Lê Chân"]
        assert invitations.branch_list(upper)[0].code == COMMUNE.code
        page = " ".join(text(path.with_suffix(".pdf").read_bytes()).split())
        assert "Kính gửi: Đảng ủy phường Lê Chân" in page and "báo cáo sơ kết" in page and "chi đoàn" not in page
        res = invitations.join(du, path)
        assert res.parent_code == UPPER.code and res.parent_name == UPPER.name

        # the commune invites its Đoàn xã, which keeps its Union parent and shares its summaries
        enrol(dx, branch, tmp_path)
        enrol(branch, dx, tmp_path)
        sync.export_outbox(branch, tmp_path / "u1", [put_quarterly(branch, quarter=3, share=0.875).package_id])
        sync.import_paths(dx, [tmp_path / "u1"])
        share = _invite(du, YOUTH.code, YOUTH.name, tmp_path / "zalo2")
        page = " ".join(text(share.with_suffix(".pdf").read_bytes()).split())
        assert "đơn vị cấp trên của Đoàn xã không thay đổi" in page
        joined = invitations.join(dx, share)
        assert "không thay đổi" in joined.message
        from desktop.services.units import self_unit

        assert self_unit(dx).parent_code == "TD-HP"  # not re-parented
        from desktop.services.exchange import submissions

        items = submissions.send_down_or_up(dx, "summary", period="2026", summary_kind="results")
        assert sorted(i.recipient_code for i in items) == ["DU-LECHAN", "TD-HP"]
        to_du = next(i for i in items if i.recipient_code == COMMUNE.code)
        saved = sending.save_file(dx, to_du.package_id, tmp_path / "zalo3")
        [o] = sync.import_paths(du, [saved])
        assert o.status == "accepted", o.reason
        [y] = commune.youth_figures(du, "2026")
        assert y.text_vi().startswith(
            "Đoàn phường Lê Chân — tổng hợp kết quả năm 2026 (số liệu đến 18/12/2026): "
            "1 chi đoàn, 0 đã đăng ký xây dựng Chi đoàn XHCN, 1 đủ điều kiện"
        )

        # the quarterly report carries the youth figures too (a draft: no number taken)
        q4 = " ".join(
            text(commune_documents.generate_document(du, "quarterly", period="2026", quarter=4, draft=True).pdf).split()
        )
        assert "III. CHI ĐOÀN XHCN, ĐOÀN VIÊN XHCN" in q4 and "Đoàn phường Lê Chân — tổng hợp kết quả năm 2026" in q4

        # the commune sends its sơ kết: a package of its own kind, saved as a file with a Vietnamese name
        item = report_up.send_document(du, "review", period="2026")
        assert item.kind == "commune-report" and item.recipient_code == UPPER.code
        out = sending.save_file(du, item.package_id, tmp_path / "usb")
        assert out.name == "BaoCaoSoKet-2026-DangUyPhuongLeChan.stpkg"
        assert sync.outbox_counts(du).get("exported") == 1

        [o] = sync.import_paths(upper, [out])
        assert o.status == "accepted", o.reason  # trusted by the invitation: no key exchange
        assert unit_next_actions(upper) == []  # connected and reviewed
        ov = party_line.overview(upper, "2026")
        [line] = ov.communes
        assert (line.code, line.name, line.connected, line.reviewed) == (COMMUNE.code, COMMUNE.name, True, True)
        assert ov.text_vi().startswith(
            "Năm 2026: 1 Đảng ủy xã, phường, đặc khu; 1 đã kết nối; 0 đã gửi đăng ký; 1 đã gửi báo cáo sơ kết."
        )
        report = line.latest
        assert report.what_vi == "Báo cáo sơ kết năm 2026"
        cqtt = next(m for m in report.models if m["id"] == "chinh-quyen-than-thien")
        crit = party_line.criterion_lines(cqtt)
        assert crit and all(c["status_vi"] for c in crit)
        assert any(c["explanation"] for c in crit if c["status"] != "met")
        assert line.youth_vi().startswith("1 chi đoàn")
        name, pdf = party_line.report_document(upper, report)
        body = " ".join(text(pdf).split())
        assert name.startswith("BaoCaoSoKet-2026") and "CHI ĐOÀN XHCN, ĐOÀN VIÊN XHCN" in body
        assert "Đoàn phường Lê Chân — tổng hợp kết quả năm 2026" in body
    finally:
        for c in (upper, du, dx, branch):
            c.close()


def test_a_commune_report_is_bounded_by_its_schema():
    """What arrives from a commune is hostile until checked: its report is validated against
    resources/schemas/package-commune-report.json (sizes, kinds, no extra fields) before anything
    reads it; the fast validator and jsonschema agree."""
    from desktop.sync.verify import schema_errors

    good = {
        "unit": {"code": "DU-X", "name": "Đảng ủy xã X", "kind": "dang-uy-xa"},
        "campaign": "dang-uy-xa",
        "period": "2026",
        "document": "review",
        "quarter": None,
        "as_of": "2026-12-20",
        "title": "Báo cáo sơ kết",
        "models": [
            {
                "id": "chinh-quyen-than-thien",
                "title": "Chính quyền thân thiện",
                "met": 2,
                "applicable": 28,
                "criteria": [
                    {
                        "id": "CQTT-1.1",
                        "title": "Công khai",
                        "status": "met",
                        "value": True,
                        "threshold": None,
                        "explanation": "",
                    }
                ],
            }
        ],
        "youth": [{"code": "DX-X", "name": "Đoàn xã X", "summary_kind": "results", "branches": 3}],
    }
    assert schema_errors("package-commune-report", good) == []
    for bad, where in (
        (dict(good, document="decision"), "document"),
        (dict(good, models=[good["models"][0]] * 201), "models"),
        (dict(good, title="x" * 301), "title"),
        (dict(good, extra=1), "extra"),
        (dict(good, unit=dict(good["unit"], kind="ban-khac")), "unit.kind"),
    ):
        errors = schema_errors("package-commune-report", bad)
        assert errors and any(where.split(".")[0] in e or "Additional" in e for e in errors), (where, errors)
