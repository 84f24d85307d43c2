"""Excel import/export of the roster with hand-made messy workbooks (issue 3).

The workbooks are built here with openpyxl the way branch secretaries' files look: a merged
title, the header on row 4 with other spellings, a row of column numbers, Excel dates mixed
with text dates and years alone, extra columns, duplicates and errors on known rows.
"""

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import DomainError
from desktop.domain.members import LEFT, TRANSFERRED_OUT
from desktop.services.membership import member_excel as mx
from desktop.services.membership import members as svc

UNIT = "CD-TDP3"
DATA = Path(__file__).parent / "data"


def messy_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "ĐOÀN TNCS HỒ CHÍ MINH — DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN TỔ DÂN PHỐ SỐ 3"
    ws.merge_cells("A1:J1")
    ws["A2"] = "Năm 2026"
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(
        [
            "STT",
            "HỌ TÊN",
            "Ngày, tháng, năm sinh",
            "Gioi tinh",
            "SĐT",
            "Quê quán",
            "So the doan vien",
            "Đảng viên",
            "Ren luyen doan vien",
            "Sổ đoàn điện tử",
            "Dân tộc",
        ]
    )
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"])
    rows = [
        # row 6..15
        [1, "nguyễn thị  hoa", "05/03/2001", "Nữ", 912345678, "Hải Dương", "DV001", "Không", "x", "Có", "Kinh"],
        [
            2,
            "Trần Văn Bình",
            datetime(1999, 12, 1),
            "Nam",
            "+84 98 765 4321",
            None,
            12345,
            "15/05/2020",
            "Có",
            None,
            "Kinh",
        ],
        [3, "Lê Thị Mai", 1998, "nữ", "0225 3842 123", None, None, None, None, "x", "Kinh"],
        [4, "Phạm Văn Đức", "31/02/2000", "Nam", "12345", None, "DV004", None, None, None, None],  # 2 errors
        [5, "Nguyễn Thị Hoa", "05/03/2001", "Nữ", None, None, "DV001", None, None, None, None],  # duplicate of 6
        [6, "Hoàng Văn Em", "01/01/2030", "Nam", None, None, "DV006", None, None, None, None],  # future
        [7, "Đinh Thị Gấm", "12/12/1945", "Nữ", None, None, "DV007", None, None, None, None],  # < 1950
        [8, "Vũ Minh Khoa", "3-9-04", "Nam", "0335123456", None, "DV008", "Có", "Không", "Không", None],
        [9, "Ngô Thu Trang", datetime(2002, 7, 20), "Nữ", None, None, "DV009", None, "Có", None, None],
        [10, "Lý Văn Long", "2000", "Nam", "09 8877 6655", None, "DV010", None, None, None, None],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append([None, None])  # trailing blanks
    ws.append([None, "Tổng cộng: 10 đoàn viên"])
    ws.append([None, None, None, None, None, "T/M BAN CHẤP HÀNH"])
    ws.append([None, None, None, None, None, "BÍ THƯ"])
    ws.append([None, None, None, None, None, "Nguyễn Văn Bí"])
    for _ in range(5):
        ws.append([None] * 11)
    wb.save(path)
    return path


EXPECTED_ERRORS = [
    (9, "Ngày, tháng, năm sinh", "không có thật"),
    (9, "SĐT", "Số điện thoại “12345” không hợp lệ"),
    (10, "So the doan vien", "Trùng với dòng 6"),
    (11, "Ngày, tháng, năm sinh", "tương lai"),
    (12, "Ngày, tháng, năm sinh", "trước năm 1950"),
]


def _errors(plan):
    return [(e.row, e.column, e.message) for e in plan.errors]


def _assert_errors(plan):
    got = _errors(plan)
    assert len(got) == len(EXPECTED_ERRORS), got
    for (row, col, msg), (erow, ecol, part) in zip(got, EXPECTED_ERRORS):
        assert (row, col) == (erow, ecol)
        assert part in msg


def test_preview_of_a_messy_workbook_lists_what_would_happen(branch_ctx, tmp_path):
    plan = mx.preview_import(branch_ctx, UNIT, messy_workbook(tmp_path / "ds.xlsx"))
    assert (plan.file.sheet, plan.file.header_row) == ("Danh sách", 4)
    assert plan.counts() == {"added": 6, "updated": 0, "unchanged": 0, "skipped": 4}
    _assert_errors(plan)
    assert [d.row for d in plan.duplicates] == [10]
    assert plan.file.ignored_columns == ["F: Quê quán", "K: Dân tộc"]
    ignored = dict(plan.ignored_rows)
    assert "đánh số cột" in ignored[5] and "Tổng cộng" in ignored[18] and 21 in ignored
    assert [a.row for a in plan.adds] == [6, 7, 8, 13, 14, 15]
    assert svc.roster(branch_ctx, UNIT) == []  # a preview writes nothing


def test_a_file_with_errors_writes_nothing_unless_the_rows_are_skipped(branch_ctx, tmp_path):
    path = messy_workbook(tmp_path / "ds.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, path)
    with pytest.raises(mx.ImportRefused, match="chưa ghi gì"):
        mx.apply_import(branch_ctx, plan)
    assert svc.roster(branch_ctx, UNIT) == []
    result = mx.apply_import(branch_ctx, plan, skip_invalid=True)
    assert result.written and result.plan.counts()["added"] == 6
    members = {e.member.full_name: e.member for e in svc.roster(branch_ctx, UNIT)}
    assert set(members) == {
        "Lê Thị Mai",
        "Lý Văn Long",
        "Ngô Thu Trang",
        "Nguyễn Thị Hoa",
        "Trần Văn Bình",
        "Vũ Minh Khoa",
    }
    hoa, binh, mai = members["Nguyễn Thị Hoa"], members["Trần Văn Bình"], members["Lê Thị Mai"]
    assert (hoa.date_of_birth, hoa.phone, hoa.union_card_no, hoa.gender) == (
        date(2001, 3, 5),
        "0912345678",
        "DV001",
        "nu",
    )
    assert hoa.is_training_registered and hoa.ebook_issued and not hoa.is_party_member
    # "x" without a date: registered by the day of the import at the latest (CD-3.4 counts dates).
    assert hoa.training_registered_on == date(2026, 11, 21)
    assert (binh.union_card_no, binh.is_party_member, binh.party_join_date, binh.phone) == (
        "12345",
        True,
        date(2020, 5, 15),
        "0987654321",
    )
    assert (mai.date_of_birth, mai.dob_year_only, mai.phone) == (date(1998, 1, 1), True, "02253842123")
    assert members["Vũ Minh Khoa"].date_of_birth == date(2004, 9, 3)
    assert members["Lý Văn Long"].dob_year_only
    # No date of entering the branch in the file: from the start of the assessment year.
    assert {e.stint.entry_date for e in svc.roster(branch_ctx, UNIT)} == {date(2026, 1, 1)}


def test_importing_the_same_file_twice_changes_nothing(branch_ctx, tmp_path):
    path = messy_workbook(tmp_path / "ds.xlsx")
    mx.import_file(branch_ctx, UNIT, path, skip_invalid=True)
    second = mx.import_file(branch_ctx, UNIT, path, skip_invalid=True)
    assert second.plan.counts() == {"added": 0, "updated": 0, "unchanged": 6, "skipped": 4}
    assert not second.changes
    assert len(svc.roster(branch_ctx, UNIT)) == 6


def test_existing_members_are_matched_by_card_then_by_name_and_birth_date(branch_ctx, tmp_path):
    mx.import_file(branch_ctx, UNIT, messy_workbook(tmp_path / "ds.xlsx"), skip_invalid=True)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        [
            "Số thẻ đoàn viên",
            "Họ và tên",
            "Ngày sinh",
            "Đã cấp thẻ đoàn điện tử",
            "Ngày rời chi đoàn",
            "Hình thức rời chi đoàn",
        ]
    )
    ws.append(["DV001", "Nguyễn Thị Hòa", "05/03/2001", "Có", None, None])  # by card: name corrected
    ws.append([None, "NGUYEN THI TRANG", None, None, None, None])  # a new person
    ws.append([None, "Ngô Thu Trang", "20/07/2002", "Có", "30/06/2026", "Chuyển đi"])  # by name + dob
    ws.append([None, "Lê Thị Mai", "1998", None, "15/08/2026", "Ra khỏi Đoàn"])  # year-only dob
    wb.save(tmp_path / "u.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, tmp_path / "u.xlsx")
    assert plan.counts() == {"added": 1, "updated": 3, "unchanged": 0, "skipped": 0}, _errors(plan)
    mx.apply_import(branch_ctx, plan)
    by_name = {e.member.full_name: e for e in svc.roster(branch_ctx, UNIT)}
    assert "Nguyễn Thị Hòa" in by_name and by_name["Nguyễn Thị Hòa"].member.ecard_issued
    assert by_name["Nguyễn Thị Hòa"].member.phone == "0912345678"  # blank cells erase nothing
    assert by_name["Ngô Thu Trang"].status == TRANSFERRED_OUT
    assert by_name["Lê Thị Mai"].status == LEFT
    # No entry date for the new member: counted from the start of the assessment year.
    assert len(svc.members_on(branch_ctx, UNIT, date(2026, 6, 29))) == 7
    assert {m.full_name for m in svc.members_on(branch_ctx, UNIT, date(2026, 11, 21))} == {
        "Nguyễn Thị Hòa",
        "Trần Văn Bình",
        "Vũ Minh Khoa",
        "Lý Văn Long",
        "Nguyen Thi Trang",
    }
    again = mx.preview_import(branch_ctx, UNIT, tmp_path / "u.xlsx")
    assert again.counts() == {"added": 0, "updated": 0, "unchanged": 4, "skipped": 0}


def test_two_members_with_the_same_name_need_a_birth_date_to_be_told_apart(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh"])
    ws.append(["Nguyễn Văn An", "01/01/2000"])
    ws.append(["Nguyễn Văn An", "02/02/2001"])
    wb.save(tmp_path / "a.xlsx")
    assert mx.import_file(branch_ctx, UNIT, tmp_path / "a.xlsx").plan.counts()["added"] == 2
    ws.append(["Nguyễn Văn An", None])
    wb.save(tmp_path / "b.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, tmp_path / "b.xlsx")
    assert plan.counts() == {"added": 0, "updated": 0, "unchanged": 2, "skipped": 1}
    assert plan.errors[0].row == 4 and "có 2 đoàn viên tên" in plan.errors[0].message


def test_export_then_import_is_lossless(branch_ctx, tmp_path, data_dir):
    mx.import_file(branch_ctx, UNIT, messy_workbook(tmp_path / "ds.xlsx"), skip_invalid=True)
    first = svc.roster(branch_ctx, UNIT)
    svc.record_event(branch_ctx, first[0].member.id, TRANSFERRED_OUT, date(2026, 9, 1))
    svc.set_flags(branch_ctx, [first[1].member.id], residence_activity=True)
    out = tmp_path / "xuat.xlsx"
    assert mx.export_members(branch_ctx, UNIT, out) == 6
    # Into the same data: nothing changes.
    assert mx.preview_import(branch_ctx, UNIT, out).counts() == {"added": 0, "updated": 0, "unchanged": 6, "skipped": 0}
    # Into an empty installation: the same members, flags and history come back.
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit, self_unit

    other = open_context(tmp_path / "other", actor="test")
    other.today = branch_ctx.today
    save_self_unit(other, self_unit(branch_ctx))
    try:
        assert mx.import_file(other, UNIT, out).plan.counts()["added"] == 6

        def snapshot(c):
            return sorted(
                (
                    e.member.full_name,
                    e.member.date_of_birth,
                    e.member.dob_year_only,
                    e.member.phone,
                    e.member.union_card_no,
                    e.member.is_party_member,
                    e.member.party_join_date,
                    e.member.is_training_registered,
                    e.member.ebook_issued,
                    e.member.residence_activity,
                    e.status,
                    e.stint,
                )
                for e in svc.roster(c, UNIT)
            )

        assert snapshot(other) == snapshot(branch_ctx)
        out2 = tmp_path / "xuat2.xlsx"
        mx.export_members(other, UNIT, out2)
        a = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)]
        b = [r for r in openpyxl.load_workbook(out2).active.iter_rows(values_only=True)]
        assert a == b
    finally:
        other.close()


def test_csv_export_is_utf8_with_bom_and_reimports_unchanged(branch_ctx, tmp_path):
    mx.import_file(branch_ctx, UNIT, messy_workbook(tmp_path / "ds.xlsx"), skip_invalid=True)
    out = tmp_path / "xuat.csv"
    mx.export_members(branch_ctx, UNIT, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("STT,Họ và tên,Ngày sinh,Giới tính")
    assert "Nguyễn Thị Hoa,05/03/2001,Nữ,0912345678" in text
    assert mx.preview_import(branch_ctx, UNIT, out).counts() == {"added": 0, "updated": 0, "unchanged": 6, "skipped": 0}


def test_csv_export_follows_a_semicolon_list_separator(branch_ctx, tmp_path, monkeypatch):
    """Excel splits a double-clicked .csv on the Windows list separator, often ";" where the
    decimal mark is a comma: a comma file would land in one column. The export follows the PC's
    setting, and the app imports its own file back unchanged."""
    from desktop.services import csv_excel

    monkeypatch.setattr(csv_excel, "windows_list_separator", lambda: ";")
    mx.import_file(branch_ctx, UNIT, messy_workbook(tmp_path / "ds.xlsx"), skip_invalid=True)
    out = tmp_path / "xuat.csv"
    mx.export_members(branch_ctx, UNIT, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("STT;Họ và tên;Ngày sinh;Giới tính")
    assert "Nguyễn Thị Hoa;05/03/2001;Nữ;0912345678" in text
    assert mx.preview_import(branch_ctx, UNIT, out).counts() == {"added": 0, "updated": 0, "unchanged": 6, "skipped": 0}


def test_an_unusable_list_separator_falls_back_to_a_comma(monkeypatch):
    from desktop.services import csv_excel

    for odd in ("", "ab", None, "x"):
        monkeypatch.setattr(csv_excel, "windows_list_separator", lambda odd=odd: odd)
        assert csv_excel.list_separator() == ","


def test_template_has_vietnamese_headers_an_example_and_lists_for_the_flags(branch_ctx, tmp_path):
    path = mx.write_template(tmp_path / "mau.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Đoàn viên"]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["STT", "Họ và tên", "Ngày sinh", "Giới tính"]
    assert "Sinh hoạt Đoàn nơi cư trú" in headers and "Đã cấp thẻ đoàn điện tử" in headers
    assert ws["B2"].value == "Nguyễn Thị Hoa"
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    for h in (
        "Đã cấp sổ đoàn điện tử",
        "Đã cấp thẻ đoàn điện tử",
        "Sinh hoạt Đoàn nơi cư trú",
        "Đăng ký Rèn luyện đoàn viên",
    ):
        letter = openpyxl.utils.get_column_letter(headers.index(h) + 1)
        assert lists[f"{letter}2"] == '"Có,Không"'
    assert "Hướng dẫn" in wb.sheetnames
    # The example row is recognised and not imported.
    plan = mx.preview_import(branch_ctx, UNIT, path)
    assert plan.counts()["added"] == 0 and plan.ignored_rows == [(2, "dòng ví dụ của tệp mẫu")]


def test_old_xls_files_are_read(branch_ctx):
    plan = mx.preview_import(branch_ctx, UNIT, DATA / "members_legacy.xls")
    assert (plan.file.sheet, plan.file.header_row) == ("DS doan vien", 4)
    assert plan.counts() == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 2}
    assert [(e.row, e.column) for e in plan.errors] == [(7, "Ngày vào Đoàn"), (8, "Số thẻ ĐV")]
    mx.apply_import(branch_ctx, plan, skip_invalid=True)
    got = {e.member.full_name: e.member for e in svc.roster(branch_ctx, UNIT)}
    assert got["Vũ Thị Lan"].date_of_birth == date(2000, 4, 12) and got["Vũ Thị Lan"].phone == "0987654321"
    assert got["Đỗ Văn Hùng"].dob_year_only and got["Đỗ Văn Hùng"].union_join_date == date(2012, 3, 26)


def test_name_split_over_two_columns(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Họ và tên đệm", "Tên", "Năm sinh"])
    ws.append([1, "Nguyễn Thị Ngọc", "Ánh", 2003])
    wb.save(tmp_path / "split.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, tmp_path / "split.xlsx")
    assert [a.member.full_name for a in plan.adds] == ["Nguyễn Thị Ngọc Ánh"]


# ----------------------------------------------------------------------------- bad input
def _msg(ctx, path) -> str:
    with pytest.raises(DomainError) as e:
        mx.preview_import(ctx, UNIT, path)
    return str(e.value)


def test_a_file_that_is_not_excel(branch_ctx, tmp_path):
    p = tmp_path / "ds.xlsx"
    p.write_bytes(b"%PDF-1.4 not a workbook")
    assert "không phải là tệp Excel" in _msg(branch_ctx, p)
    p2 = tmp_path / "anh.png"
    p2.write_bytes(b"\x89PNG\r\n\x1a\n....")
    assert "không phải là tệp Excel" in _msg(branch_ctx, p2)


def test_a_corrupt_workbook(branch_ctx, tmp_path):
    good = messy_workbook(tmp_path / "ds.xlsx").read_bytes()
    p = tmp_path / "hong.xlsx"
    p.write_bytes(good[: len(good) // 2])
    assert "bị hỏng" in _msg(branch_ctx, p)
    q = tmp_path / "hong.xls"
    q.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "bị hỏng" in _msg(branch_ctx, q)


def test_a_password_protected_workbook(branch_ctx, tmp_path):
    # Excel saves a protected .xlsx as an OLE container holding an "EncryptedPackage" stream.
    p = tmp_path / "matkhau.xlsx"
    p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 512
        + "EncryptedInfo".encode("utf-16-le")
        + b"\x00" * 64
        + "EncryptedPackage".encode("utf-16-le")
        + b"\x00" * 512
    )
    assert "mật khẩu" in _msg(branch_ctx, p)


def test_an_empty_sheet_and_a_sheet_without_a_name_column(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "trong.xlsx")
    assert "trang tính trống" in _msg(branch_ctx, tmp_path / "trong.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["STT", "Ngày sinh", "Số điện thoại"])
    wb.active.append([1, "01/01/2000", "0912345678"])
    wb.save(tmp_path / "khongten.xlsx")
    assert "Không tìm thấy cột họ tên" in _msg(branch_ctx, tmp_path / "khongten.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Ngày sinh"])
    wb.save(tmp_path / "chicotieude.xlsx")
    assert "chưa có đoàn viên nào" in _msg(branch_ctx, tmp_path / "chicotieude.xlsx")


def test_twenty_thousand_rows_are_refused_with_a_clear_message(branch_ctx, tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["Họ và tên", "Ngày sinh"])
    for i in range(20_000):
        ws.append([f"Nguyễn Văn {chr(65 + i % 26)}", "01/01/2000"])
    wb.save(tmp_path / "lon.xlsx")
    msg = _msg(branch_ctx, tmp_path / "lon.xlsx")
    assert "hơn 10.000 dòng" in msg and "tách" in msg
    assert svc.roster(branch_ctx, UNIT) == []


def test_formulas_without_a_saved_result_are_reported(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ", "Tên", "Họ và tên", "Ngày sinh"])
    ws.append(["Nguyễn Văn", "An", '=A2&" "&B2', "=DATE(2000,1,2)"])
    wb.save(tmp_path / "congthuc.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, tmp_path / "congthuc.xlsx")
    assert plan.counts()["added"] == 0 and len(plan.errors) == 1
    assert plan.errors[0].row == 2 and "công thức" in plan.errors[0].message


def test_csv_files_in_excel_regional_format_are_read(branch_ctx, tmp_path):
    p = tmp_path / "ds.csv"
    p.write_bytes("Họ và tên;Ngày sinh;Số điện thoại\r\nVũ Thị Lan;12/04/2000;0987654321\r\n".encode("utf-8-sig"))
    plan = mx.preview_import(branch_ctx, UNIT, p)
    assert [(a.member.full_name, a.member.date_of_birth) for a in plan.adds] == [("Vũ Thị Lan", date(2000, 4, 12))]


def test_same_name_and_birth_date_with_different_card_numbers_are_two_people(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh", "Số thẻ đoàn viên"])
    ws.append(["Nguyễn Văn An", "01/01/2000", "HP-1"])
    ws.append(["Nguyễn Văn An", "01/01/2000", "HP-2"])
    ws.append(["Nguyễn Văn An", "01/01/2000", None])  # no card: cannot be told apart
    wb.save(tmp_path / "an.xlsx")
    plan = mx.preview_import(branch_ctx, UNIT, tmp_path / "an.xlsx")
    assert plan.counts() == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 1}
    assert [(d.row, d.column) for d in plan.duplicates] == [(4, "Họ và tên")]


def test_a_member_who_left_and_came_back_keeps_both_stays(branch_ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Số thẻ đoàn viên", "Ngày vào chi đoàn", "Ngày chuyển đi"])
    ws.append(["Vũ Thị Lan", "HP-1", "01/09/2018", "30/06/2025"])
    wb.save(tmp_path / "a.xlsx")
    mx.import_file(branch_ctx, UNIT, tmp_path / "a.xlsx")
    (entry,) = svc.roster(branch_ctx, UNIT)
    assert entry.status == TRANSFERRED_OUT and entry.stint.exit_kind == TRANSFERRED_OUT
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Số thẻ đoàn viên", "Ngày vào chi đoàn", "Hình thức vào chi đoàn"])
    ws.append(["Vũ Thị Lan", "HP-1", "01/03/2026", "Chuyển đến"])
    wb.save(tmp_path / "b.xlsx")
    assert mx.import_file(branch_ctx, UNIT, tmp_path / "b.xlsx").plan.counts()["updated"] == 1
    kinds = [e.kind for e in svc.history(branch_ctx, entry.member.id)]
    assert kinds == ["joined", "transferred_out", "transferred_in"]
    assert svc.members_on(branch_ctx, UNIT, date(2025, 12, 1)) == []
    assert len(svc.members_on(branch_ctx, UNIT, date(2026, 3, 1))) == 1
    assert mx.import_file(branch_ctx, UNIT, tmp_path / "b.xlsx").plan.counts()["unchanged"] == 1
