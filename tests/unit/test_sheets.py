"""Issue 22 item 1: one reader of .xlsx, .xls and .csv (desktop/sheets) for every import.

The same bad file gets the same Vietnamese words from every import that reads spreadsheets;
every read is bounded (rows, columns, the length of a cell) and names the place; what the
caller's Cancel raises comes out unchanged instead of being taken for a damaged file.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import DomainError

pytest_plugins = ["tests.unit.conftest_commune"]
LEGACY_XLS = Path(__file__).parent / "data" / "members_legacy.xls"


def _message(fn, *args) -> str:
    with pytest.raises(DomainError) as exc:
        fn(*args)
    return str(exc.value)


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_the_same_bad_file_gets_the_same_words_from_every_import(commune_ctx, tmp_path):
    from desktop.services.commune_party import records as commune_records
    from desktop.services.membership import member_excel
    from desktop.services.volunteering import volunteer_attendance

    fake = tmp_path / "danh-sach.xlsx"
    fake.write_text("đây không phải Excel", encoding="utf-8")
    members = _message(member_excel.parse_file, fake, date(2026, 5, 1))
    attendance = _message(volunteer_attendance.read_sheet, fake)
    hamlets = _message(commune_records.import_hamlets, commune_ctx, fake)
    # Before: "không phải là tệp Excel" (members) and "không phải bảng tính Excel" (attendance).
    assert members.startswith("Tệp “danh-sach.xlsx” không phải là tệp Excel (.xlsx, .xls)")
    assert members == hamlets
    assert attendance.startswith("Tệp “danh-sach.xlsx” không phải là tệp Excel (.xlsx, .xls):")

    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    words = {
        _message(member_excel.parse_file, broken, date(2026, 5, 1)),
        _message(volunteer_attendance.read_sheet, broken),
        _message(commune_records.import_hamlets, commune_ctx, broken),
    }
    assert len(words) == 1 and "“hong.xlsx” bị hỏng" in words.pop()


def test_a_long_hamlet_list_in_a_workbook_is_read_to_its_last_row(commune_ctx, tmp_path):
    """The commune's lists were read with the members' reader, which reads a sheet without a
    members' header only as far as its first 30 rows: a list of 45 thôn lost 15."""
    from desktop.services.commune_party import records as rec

    names = [f"Thôn số {i}" for i in range(1, 46)]
    f = _xlsx(
        tmp_path / "thon.xlsx",
        [
            ["DANH SÁCH THÔN, TỔ DÂN PHỐ"],
            [],
            ["STT", "Tên thôn, tổ dân phố"],
            *[[i + 1, n] for i, n in enumerate(names)],
        ],
    )
    result, _changes = rec.import_hamlets(commune_ctx, f)
    assert result.added == tuple(names) and not result.errors
    assert [h.name for h in rec.hamlets(commune_ctx)] == names


def test_a_cell_far_to_the_right_is_refused_with_its_row_and_column(tmp_path):
    from desktop.sheets import MAX_COLUMNS, read_first_sheet

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Ngày sinh"])
    ws.append(["Nguyễn Văn An", "01/02/2003"])
    ws.cell(row=3, column=MAX_COLUMNS + 10, value="x")
    wb.save(tmp_path / "rong.xlsx")
    msg = _message(lambda: read_first_sheet(tmp_path / "rong.xlsx", max_rows=100))
    assert "“rong.xlsx”" in msg and "dòng 3" in msg and "cột TB" in msg and "Chưa ghi gì" in msg


def test_a_cell_longer_than_excel_allows_is_refused_with_its_place(tmp_path):
    from desktop.sheets import read_first_sheet

    f = tmp_path / "ds.csv"
    f.write_text("Họ và tên;Ghi chú\nNguyễn Văn An;ok\nTrần Thị Bình;" + "x" * 40_000 + "\n", encoding="utf-8")
    msg = _message(lambda: read_first_sheet(f, max_rows=100))
    assert "“ds.csv”, dòng 3, cột B" in msg and "40.000 ký tự" in msg and "32.767" in msg


def test_more_rows_than_allowed_are_refused_naming_the_limit(tmp_path):
    from desktop.sheets import read_first_sheet

    f = _xlsx(tmp_path / "dai.xlsx", [["Họ và tên"], *[[f"Người {i}"] for i in range(200)]])
    assert len(read_first_sheet(f, max_rows=200).rows) == 201
    msg = _message(lambda: read_first_sheet(f, max_rows=150))
    assert "“dai.xlsx” có hơn 150 dòng dữ liệu" in msg and "tách" in msg


def test_cancel_comes_out_as_cancel_not_as_a_damaged_file(tmp_path):
    from desktop.services.progress import Cancelled, CancelToken
    from desktop.sheets import read_first_sheet

    f = _xlsx(tmp_path / "ds.xlsx", [["Họ và tên"], *[[f"Người {i}"] for i in range(1200)]])
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_first_sheet(f, max_rows=5000, cancel=token.check)


def test_xls_and_csv_read_to_the_same_rows_as_xlsx(tmp_path):
    """One face for three formats: the same list as .xlsx, as .csv with semicolons and as the
    older .xls gives the same values (dates as dates)."""
    from desktop.sheets import read_first_sheet

    rows = [["Họ và tên", "Số thẻ"], ["Nguyễn Thị Hoa", "DV01"], ["Lê Văn Ánh", "DV02"]]
    x = _xlsx(tmp_path / "a.xlsx", rows)
    c = tmp_path / "a.csv"
    c.write_bytes("\ufeff".encode() + "\r\n".join(";".join(r) for r in rows).encode("utf-8"))
    got_x = [list(v) for _, v in read_first_sheet(x, max_rows=10).rows]
    got_c = [list(v) for _, v in read_first_sheet(c, max_rows=10).rows]
    assert got_x == got_c == rows
    # The older .xls (a secretary's file kept since Excel 2003): dates come out as dates.
    legacy = read_first_sheet(LEGACY_XLS, max_rows=100)
    assert legacy.rows[0] == (1, ("DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN THÔN ĐÔNG",) + (None,) * 7)
    assert legacy.rows[4][1][1:3] == ("Vũ Thị Lan", datetime(2000, 4, 12))
