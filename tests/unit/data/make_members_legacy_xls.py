"""Writes members_legacy.xls, the old-format (Excel 97–2003) fixture of tests/unit/test_members_excel.py.

Not run by the tests: xlwt (the writer) is not a dependency of the app. To regenerate:
    python -m venv /tmp/x && /tmp/x/bin/pip install xlwt && /tmp/x/bin/python tests/unit/data/make_members_legacy_xls.py
The sheet looks like a branch's old roster: a merged title, a blank row, the header on row 4
with other spellings, real Excel dates, a year alone, text dates, phone numbers that lost their
leading zero, an extra column, a duplicate and a bad date on known rows.
"""

from datetime import date
from pathlib import Path

import xlwt

wb = xlwt.Workbook(encoding="utf-8")
ws = wb.add_sheet("DS doan vien")
dfmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
bold = xlwt.easyxf("font: bold on; align: horiz center")
ws.write_merge(0, 0, 0, 7, "DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN THÔN ĐÔNG", bold)
ws.write_merge(1, 1, 0, 7, "(Kèm theo báo cáo năm 2026)")
headers = ["TT", "Ho va ten", "Nam sinh", "Gioi tinh", "So dien thoai", "Ngày vào Đoàn", "Số thẻ ĐV", "Dân tộc"]
for j, h in enumerate(headers):
    ws.write(3, j, h, bold)
rows = [
    [1, "Vũ Thị Lan", date(2000, 4, 12), "Nữ", 987654321, date(2015, 3, 26), "HP-0101", "Kinh"],
    [2, "Đỗ Văn Hùng", 1997, "Nam", "0335 123 456", "26/03/2012", "HP-0102", "Kinh"],
    [3, "Bùi Thị Ngọc Ánh", "15/08/2003", "Nữ", None, "2018", "HP-0103", "Tày"],
    [4, "Vũ Thị Lan", date(2000, 4, 12), "Nữ", None, None, "HP-0101", "Kinh"],
]
for i, r in enumerate(rows, start=4):
    for j, v in enumerate(r):
        if isinstance(v, date):
            ws.write(i, j, v, dfmt)
        elif v is not None:
            ws.write(i, j, v)
out = Path(__file__).with_name("members_legacy.xls")
wb.save(str(out))
print(out)
