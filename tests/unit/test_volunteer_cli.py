"""`sothidua volunteer …` from the command line: add, summary JSON, attendance import (issue 4 §6–7)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from tests.unit.conftest_volunteer import members  # noqa: F401


def _json(out: str):
    return json.loads(out)


def test_add_and_summary_json(cli, members):
    code, out, err = cli(
        "volunteer",
        "add",
        "--name",
        "Chủ nhật xanh",
        "--kind",
        "tinh-nguyen",
        "--date",
        "05/04/2026",
        "--days",
        "1",
        "--member-name",
        "nguyen thi hoa",
        "--member",
        f"{members['Trần Văn Bình']},{members['Lê Minh Châu']}",
        "--json",
    )
    assert code == 0, err
    assert _json(out)["participants"] == 3
    code, out, err = cli(
        "volunteer",
        "add",
        "--name",
        "Mùa hè xanh",
        "--kind",
        "tinh-nguyen",
        "--date",
        "19/07/2026-21/07/2026",
        "--days",
        "2,5",
        "--all-members",
        "--guests",
        "4",
        "--place",
        "Nhà văn hóa Tổ dân phố số 3",
    )
    assert code == 0, err
    # seven members in July: Em had moved away in June, Giang arrived on 01/07, Huy left in September
    assert "7 đoàn viên × 2,5 ngày" in out
    code, out, err = cli("volunteer", "summary", "--year", "2026", "--json")
    assert code == 0, err
    data = _json(out)
    assert data["year"] == 2026
    by_name = {m["name"]: m for m in data["members"]}
    assert set(by_name["Nguyễn Thị Hoa"]) >= {"member_id", "name", "days", "met"}
    assert by_name["Nguyễn Thị Hoa"]["days"] == 3.5 and by_name["Nguyễn Thị Hoa"]["met"] is False
    assert by_name["Hoàng Văn Em"]["days"] == 0 and by_name["Hoàng Văn Em"]["counted"] is False
    assert by_name["Vũ Thị Giang"]["days"] == 2.5
    assert data["short_count"] == 6  # nobody has reached 5 days yet


def test_overlap_needs_confirmation_on_the_command_line(cli, members):
    base = [
        "volunteer",
        "add",
        "--kind",
        "tinh-nguyen",
        "--date",
        "05/04/2026",
        "--days",
        "1",
        "--member",
        str(members["Nguyễn Thị Hoa"]),
    ]
    assert cli(*base, "--name", "Chủ nhật xanh")[0] == 0
    code, out, err = cli(*base, "--name", "Hiến máu", "--member", str(members["Bùi Thị Khánh"]))
    assert code == 2
    assert "Nguyễn Thị Hoa đã được ghi nhận ngày 05/04/2026" in err and "--allow-overlap" in err
    code, out, err = cli(*base, "--name", "Hiến máu", "--member", str(members["Bùi Thị Khánh"]), "--skip-overlaps")
    assert code == 0 and "Đã bỏ 1 đoàn viên" in out
    code, out, err = cli(*base, "--name", "Tiếp sức", "--allow-overlap", "--json")
    assert code == 0 and _json(out)["confirmed_overlaps"][0]["name"] == "Nguyễn Thị Hoa"
    data = _json(cli("volunteer", "summary", "--year", "2026", "--json")[1])
    days = {m["name"]: m["days"] for m in data["members"]}
    assert days["Nguyễn Thị Hoa"] == 2.0 and days["Bùi Thị Khánh"] == 1.0


@pytest.mark.parametrize(
    "args, message",
    [
        (["--days", "-1"], "phải lớn hơn 0"),
        (["--days", "40"], "tối đa 1 ngày"),
        (["--days", "một"], "không phải là số"),
        (["--days", "1", "--year", "2025"], "nằm ngoài năm đánh giá 2025"),
        (["--days", "1", "--member-name", "Nguyễn Văn Không Có"], "Không tìm thấy đoàn viên"),
    ],
)
def test_bad_input_is_a_vietnamese_error_and_writes_nothing(cli, members, args, message):
    base = ["volunteer", "add", "--name", "Thử", "--kind", "tinh-nguyen", "--date", "05/04/2026"]
    member = [] if "--member-name" in args else ["--member", str(members["Nguyễn Thị Hoa"])]
    code, out, err = cli(*base, *member, *args)
    assert code == 2 and err.startswith("Lỗi: ") and message in err
    assert _json(cli("volunteer", "list", "--json")[1]) == []


def test_no_participants_is_refused(cli, members):
    code, _, err = cli(
        "volunteer", "add", "--name", "Thử", "--kind", "khac", "--date", "05/04/2026", "--days", "1", "--guests", "20"
    )
    assert code == 2 and "chưa có đoàn viên tham gia" in err


def test_school_branch_year_means_the_school_year(cli):
    assert (
        cli(
            "unit",
            "init",
            "--code",
            "CD-12A1",
            "--name",
            "Chi đoàn lớp 12A1",
            "--kind",
            "chi-doan",
            "--branch-type",
            "truong-hoc",
            "--grade",
            "12",
        )[0]
        == 0
    )
    import os

    from desktop.services.context import open_context
    from tests.unit.conftest_volunteer import add_members

    c = open_context(os.environ["SOTHIDUA_DATA_DIR"])
    c.today = lambda: date(2026, 11, 21)
    ids = add_members(c, "CD-12A1", [("Đặng Thu Trang", date(2008, 5, 1), ("joined", date(2024, 3, 26)), [])])
    c.close()
    mid = str(ids["Đặng Thu Trang"])
    for d in ("15/10/2025", "20/03/2026", "06/09/2026"):
        assert (
            cli(
                "volunteer",
                "add",
                "--name",
                f"Hoạt động {d}",
                "--kind",
                "tinh-nguyen",
                "--date",
                d,
                "--days",
                "1",
                "--member",
                mid,
            )[0]
            == 0
        )
    data = _json(cli("volunteer", "summary", "--year", "2025", "--json")[1])
    assert data["year"] == 2025 and data["period"]["label"] == "2025-2026"
    assert data["members"][0]["days"] == 2.0
    assert _json(cli("volunteer", "summary", "--year", "2026", "--json")[1])["members"][0]["days"] == 1.0


# --------------------------------------------------------------------------- attendance import


def _sheet(path, names, header=True, extra=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Điểm danh"
    ws["A1"] = "ĐOÀN TNCS HỒ CHÍ MINH — DANH SÁCH ĐIỂM DANH"
    ws.merge_cells("A1:D1")
    r = 3
    if header:
        for label, value in [
            ("Tên hoạt động:", "Chủ nhật xanh tháng 4"),
            ("Loại:", "Hoạt động tình nguyện"),
            ("Ngày:", datetime(2026, 4, 5)),
            ("Số ngày:", 1),
            ("Số khách:", 3),
            ("Người xác nhận:", "Trần Văn Bình"),
            *extra,
        ]:
            ws.cell(r, 1, label)
            ws.cell(r, 2, value)
            r += 1
    r += 1
    for c, t in enumerate(["STT", "HỌ TÊN", "Ngày sinh", "Ghi chú"], start=1):
        ws.cell(r, c, t)
    first = r + 1
    for i, row in enumerate(names, start=1):
        ws.cell(r + i, 1, i)
        for c, value in enumerate(row if isinstance(row, tuple) else (row,), start=2):
            ws.cell(r + i, c, value)
    ws.cell(r + len(names) + 3, 1, "Người lập danh sách")
    wb.save(path)
    return first


def test_import_reports_unknown_names_with_rows_and_writes_nothing(cli, members, tmp_path):
    f = tmp_path / "diem-danh.xlsx"
    first = _sheet(
        f,
        [
            "nguyen thi hoa",
            "TRẦN VĂN BÌNH",
            "Lê Minh Châu",
            "Phạm Văn Không",
            "Lê Minh Châu",
            ("Bùi Thị Khánh", "04/04/2004"),
        ],
    )
    code, out, err = cli("volunteer", "import-attendance", str(f), "--json")
    assert code == 2
    data = _json(out)
    assert data["written"] is False and data["new_activity"] is True
    assert data["unknown"] == [{"row": first + 3, "name": "Phạm Văn Không"}]
    assert [e["row"] for e in data["errors"]] == [first + 3]
    assert "Không tìm thấy đoàn viên “Phạm Văn Không”" in data["errors"][0]["message"]
    assert data["errors"][0]["column"] == "B"
    assert data["duplicates"] == [{"row": first + 4, "first_row": first + 2, "name": "Lê Minh Châu"}]
    assert data["added"] == 4
    assert _json(cli("volunteer", "list", "--json")[1]) == []
    # dry run with --skip-invalid: says what would happen, still writes nothing
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--skip-invalid", "--dry-run", "--json")
    assert code == 0 and _json(out)["written"] is False and _json(out)["skipped"] == 1
    assert _json(cli("volunteer", "list", "--json")[1]) == []
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--skip-invalid", "--json")
    data = _json(out)
    assert code == 0 and data["written"] and data["added"] == 4 and data["skipped"] == 1
    acts = _json(cli("volunteer", "list", "--json")[1])
    assert [(a["name"], a["dates"], a["days"], a["guests"], a["participant_count"]) for a in acts] == [
        ("Chủ nhật xanh tháng 4", ["2026-04-05"], 1.0, 3, 4)
    ]
    # the same sheet again changes nothing
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--skip-invalid", "--json")
    data = _json(out)
    assert code == 0 and data["added"] == 0 and data["already"] == 4 and not data["written"]
    assert len(_json(cli("volunteer", "list", "--json")[1])) == 1


def test_import_into_an_existing_activity(cli, members, tmp_path):
    code, out, _ = cli(
        "volunteer",
        "add",
        "--name",
        "Hiến máu",
        "--kind",
        "tinh-nguyen",
        "--date",
        "17/05/2026",
        "--days",
        "1",
        "--member",
        str(members["Nguyễn Thị Hoa"]),
        "--json",
    )
    aid = _json(out)["id"]
    f = tmp_path / "bo-sung.xlsx"
    _sheet(f, ["Nguyễn Thị Hoa", "Phạm Thu Dung"], header=False)
    code, out, err = cli("volunteer", "import-attendance", str(f), "--activity", str(aid), "--json")
    assert code == 0, err
    data = _json(out)
    assert (data["activity_id"], data["added"], data["already"], data["written"]) == (aid, 1, 1, True)
    shown = _json(cli("volunteer", "show", str(aid), "--json")[1])
    assert sorted(shown["participants"]) == sorted([members["Nguyễn Thị Hoa"], members["Phạm Thu Dung"]])
    assert [h["action"] for h in shown["history"]] == ["create", "update"]


def test_import_refuses_members_who_had_left_and_overlaps(cli, members, tmp_path):
    cli(
        "volunteer",
        "add",
        "--name",
        "Chủ nhật xanh",
        "--kind",
        "tinh-nguyen",
        "--date",
        "05/04/2026",
        "--days",
        "1",
        "--member",
        str(members["Lê Minh Châu"]),
    )
    f = tmp_path / "a.xlsx"
    first = _sheet(f, ["Lê Minh Châu", "Nguyễn Thị Hoa"], extra=[("Địa điểm:", "Công viên")])
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--json")
    data = _json(out)
    assert code == 2 and data["overlaps"][0]["name"] == "Lê Minh Châu"
    assert data["errors"][0]["row"] == first and "đã được ghi nhận ngày 05/04/2026" in data["errors"][0]["message"]
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--allow-overlap", "--json")
    assert code == 0 and _json(out)["added"] == 2


def test_sheet_without_activity_header_needs_activity(cli, members, tmp_path):
    f = tmp_path / "khong-dau.xlsx"
    _sheet(f, ["Nguyễn Thị Hoa"], header=False)
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--json")
    assert code == 2 and "--activity" in _json(out)["errors"][0]["message"]


def test_header_with_bad_days_is_reported_at_its_cell(cli, members, tmp_path):
    f = tmp_path / "sai.xlsx"
    wb = Workbook()
    ws = wb.active
    for r, (a, b) in enumerate(
        [
            ("Tên hoạt động", "Dọn rác"),
            ("Loại", "tình nguyện"),
            ("Ngày", "05/04/2026"),
            ("Số ngày", -2),
            ("Họ và tên", None),
            ("Nguyễn Thị Hoa", None),
        ],
        start=1,
    ):
        ws.cell(r, 1, a)
        ws.cell(r, 2, b)
    wb.save(f)
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--json")
    err = _json(out)["errors"][0]
    assert code == 2 and (err["row"], err["column"]) == (4, "B") and "phải lớn hơn 0" in err["message"]


def test_not_an_excel_file(cli, members, tmp_path):
    f = tmp_path / "danh-sach.xlsx"
    f.write_text("đây không phải Excel", encoding="utf-8")
    code, _, err = cli("volunteer", "import-attendance", str(f))
    # The same words as the members import for the same bad file (one reader, desktop/sheets).
    assert code == 2 and "Tệp “danh-sach.xlsx” không phải là tệp Excel" in err
    g = tmp_path / "danh-sach.docx"
    g.write_text("x")
    assert "Tệp “danh-sach.docx” không phải là tệp Excel" in cli("volunteer", "import-attendance", str(g))[2]


def test_template_round_trip(cli, members, tmp_path):
    f = tmp_path / "mau.xlsx"
    assert cli("volunteer", "template", str(f), "--with-members")[0] == 0
    code, out, _ = cli("volunteer", "import-attendance", str(f), "--dry-run", "--json")
    data = _json(out)
    assert code == 0, data["errors"]
    assert data["activity"]["name"] == "Chủ nhật xanh — dọn vệ sinh đường làng"
    assert data["activity"]["dates"] == [date.today().isoformat()]
    assert data["added"] == 6  # the six current members


def test_delete_restore_and_member_view(cli, members):
    _, out, _ = cli(
        "volunteer",
        "add",
        "--name",
        "Hành trình địa chỉ đỏ",
        "--kind",
        "dia-chi-do",
        "--date",
        "30/04/2026",
        "--days",
        "0,5",
        "--member",
        str(members["Phạm Thu Dung"]),
        "--json",
    )
    aid = _json(out)["id"]
    m = _json(cli("volunteer", "member", str(members["Phạm Thu Dung"]), "--year", "2026", "--json")[1])
    assert m["days"] == 0.5 and m["activities"][0]["name"] == "Hành trình địa chỉ đỏ"
    assert cli("volunteer", "delete", str(aid), "--reason", "trùng")[0] == 0
    assert _json(cli("volunteer", "member", str(members["Phạm Thu Dung"]), "--json")[1])["days"] == 0
    assert [a["id"] for a in _json(cli("volunteer", "list", "--deleted", "--json")[1])] == [aid]
    assert cli("volunteer", "restore", str(aid))[0] == 0
    assert _json(cli("volunteer", "summary", "--json")[1])["cd23_activities"] == 1


def test_old_xls_attendance_sheet(cli, branch_ctx):
    """An Excel 97–2003 list (the members area's fixture): header on row 4, merged title."""
    from pathlib import Path

    from tests.unit.conftest_volunteer import add_members

    ids = add_members(
        branch_ctx,
        "CD-TDP3",
        [
            ("Vũ Thị Lan", date(2000, 4, 12), ("joined", date(2015, 3, 26)), []),
            ("Đỗ Văn Hùng", date(1997, 6, 1), ("joined", date(2012, 3, 26)), []),
        ],
    )
    _, out, _ = cli(
        "volunteer",
        "add",
        "--name",
        "Hiến máu",
        "--kind",
        "tinh-nguyen",
        "--date",
        "17/05/2026",
        "--days",
        "1",
        "--member",
        str(ids["Vũ Thị Lan"]),
        "--json",
    )
    aid = _json(out)["id"]
    xls = Path(__file__).parent / "data" / "members_legacy.xls"
    code, out, _ = cli("volunteer", "import-attendance", str(xls), "--activity", str(aid), "--json")
    data = _json(out)
    assert code == 2 and not data["written"]
    assert data["unknown"] == [{"row": 7, "name": "Bùi Thị Ngọc Ánh"}]
    assert data["duplicates"] == [{"row": 8, "first_row": 5, "name": "Vũ Thị Lan"}]
    assert (data["added"], data["already"]) == (1, 1)
    code, out, _ = cli("volunteer", "import-attendance", str(xls), "--activity", str(aid), "--skip-invalid", "--json")
    assert code == 0 and _json(out)["written"]
    assert sorted(_json(cli("volunteer", "show", str(aid), "--json")[1])["participants"]) == sorted(ids.values())


def test_members_by_id_or_name_and_groups(cli, branch_ctx, members):
    from desktop.services.membership.member_groups import create_group

    create_group(branch_ctx, "CD-TDP3", "Tổ 1", [members["Phạm Thu Dung"], members["Bùi Thị Khánh"]])
    code, out, err = cli(
        "volunteer",
        "add",
        "--name",
        "Chủ nhật xanh",
        "--kind",
        "Hoạt động tình nguyện",
        "--dates",
        "05/04/2026",
        "--members",
        f"{members['Trần Văn Bình']},Nguyễn Thị Hoa",
        "--group",
        "tổ 1",
        "--days",
        "1",
        "--json",
    )
    assert code == 0, err
    shown = _json(cli("volunteer", "show", str(_json(out)["id"]), "--json")[1])
    assert sorted(shown["participants"]) == sorted(
        members[n] for n in ("Trần Văn Bình", "Nguyễn Thị Hoa", "Phạm Thu Dung", "Bùi Thị Khánh")
    )
    code, _, err = cli(
        "volunteer", "add", "--name", "x", "--kind", "khac", "--date", "06/04/2026", "--days", "1", "--group", "Tổ 9"
    )
    assert code == 2 and "Không có nhóm “Tổ 9”" in err and "Tổ 1" in err
