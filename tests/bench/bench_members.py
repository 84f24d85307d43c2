"""Members benchmarks (issue 3): `python -m tests.bench.bench_members [--quick] [--json FILE]`.

* preview + import of a 5,000-row workbook into an empty roster: < 3 s, and ≤ 1.5× the time
  openpyxl alone needs to read the same file (read-only, values only: the floor);
* the same file imported again (everything unchanged);
* the members table opening with 5,000 members (roster read + model + page shown): < 200 ms.

The workbook is a secretary's file, not the app's export: a merged title above the header,
headers in other spellings, text and Excel dates mixed, years alone, phone numbers typed as
numbers.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from tests.bench._util import main_for, measure, peak_rss_mb, row

TODAY = date(2026, 11, 21)
UNIT = "CD-BENCH"
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Ngô", "Đặng"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hữu", "Thanh"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Đức",
    "Hoa",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Ánh",
    "Ư",
    "Trang",
    "Tuấn",
    "Yến",
    "Khoa",
    "Long",
    "Gấm",
    "Quỳnh",
    "Sơn",
]


def make_workbook(path: Path, n: int) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN"
    ws.merge_cells("A1:P1")
    ws.append([])
    ws.append(
        [
            "STT",
            "HỌ TÊN",
            "Ngày, tháng, năm sinh",
            "Gioi tinh",
            "SĐT",
            "Số CCCD",
            "Ngày vào Đoàn",
            "So the doan vien",
            "Đảng viên",
            "Nơi cư trú",
            "Rèn luyện đoàn viên",
            "Sổ đoàn điện tử",
            "Thẻ đoàn điện tử",
            "Sinh hoạt nơi cư trú",
            "Ngày vào chi đoàn",
            "Quê quán",
        ]
    )
    for i in range(n):
        name = f"{SURNAMES[i % 10]} {MIDDLE[(i // 10) % 8]} {GIVEN[(i // 80) % 20]} {GIVEN[(i // 7) % 20]}"
        dob = (
            datetime(1990 + i % 16, 1 + i % 12, 1 + i % 28)
            if i % 3 == 0
            else f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1990 + i % 16}"
            if i % 3 == 1
            else 1990 + i % 16
        )
        ws.append(
            [
                i + 1,
                name,
                dob,
                "Nam" if i % 2 else "Nữ",
                912000000 + i,
                f"0310{i:08d}",
                datetime(2012, 3, 26),
                f"HP{i:06d}",
                "Không" if i % 7 else "Có",
                "Tổ dân phố số 3",
                "x" if i % 4 else None,
                "Có",
                "Không" if i % 5 else "Có",
                "Có",
                "01/09/2018",
                "Hải Phòng",
            ]
        )
    wb.save(path)
    return path


def _context(root: Path):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit

    ctx = open_context(root, actor="bench")
    ctx.today = lambda: TODAY
    save_self_unit(
        ctx, Unit(code=UNIT, name="Chi đoàn đo tốc độ", kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU)
    )
    return ctx


def benchmarks(quick: bool) -> list[dict]:
    import openpyxl

    from desktop.services.membership import member_excel as mx

    n = 1000 if quick else 5000
    repeat = 2 if quick else 5
    tmp = Path(tempfile.mkdtemp(prefix="bench-members-"))
    path = make_workbook(tmp / "ds.xlsx", n)

    def floor():
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _ in wb.active.iter_rows(values_only=True):
            pass
        wb.close()

    floor()  # warm the file cache and the imports for both sides alike
    floor_times = measure(floor, repeat)

    state: dict = {}
    counter = iter(range(10_000))

    def fresh():
        if "ctx" in state:
            state["ctx"].close()
        state["ctx"] = _context(tmp / f"data{next(counter)}")

    def preview_and_import():
        plan = mx.preview_import(state["ctx"], UNIT, path)
        result = mx.apply_import(state["ctx"], plan)
        assert result.plan.counts()["added"] == n, result.plan.counts()

    fresh()
    preview_and_import()  # warm-up (SQL statements compiled once per process)
    times = measure(preview_and_import, repeat, setup=fresh)

    def reimport():
        plan = mx.preview_import(state["ctx"], UNIT, path)
        result = mx.apply_import(state["ctx"], plan)
        assert result.plan.counts()["unchanged"] == n

    again = measure(reimport, repeat)
    rows = [
        row(f"members: openpyxl alone reads the {n}-row file (floor)", floor_times),
        row(f"members: preview + import {n} rows (new roster)", times, target_s=3.0),
        row(f"members: preview + import {n} rows ÷ openpyxl read", times, floor_times=floor_times, target_ratio=1.5),
        row(
            f"members: import the same {n} rows again (unchanged)",
            again,
            target_s=3.0,
            floor_times=floor_times,
            target_ratio=1.5,
        ),
    ]
    rows.append(_table_open(state["ctx"], n, repeat))
    state["ctx"].close()
    return rows


def _table_open(ctx, n: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from desktop.app import build_env
    from desktop.i18n.formatting import format_number
    from desktop.ui.pages.members import MembersPage

    format_number(1)  # Babel's locale data: loaded once per process by whichever screen is first
    env = build_env(ctx, app, synchronous=True)
    pages = []

    def open_page():
        page = MembersPage(env)
        page.resize(1130, 650)
        page.show()
        app.processEvents()
        assert page.model.rowCount() == n
        pages.append(page)

    def close_pages():
        import gc

        from PySide6.QtCore import QEvent

        while pages:
            p = pages.pop()
            p.close()
            p.deleteLater()
        app.processEvents()
        # deleteLater runs only when the event loop handles DeferredDelete: without this every
        # repeat kept the previous page and its 5,000 rows alive, and the growing heap made each
        # open pay for a longer garbage collection than the app ever does (it opens one page).
        app.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
        gc.collect()

    open_page()
    close_pages()
    times = measure(open_page, repeat, setup=close_pages)
    close_pages()
    return row(f"members: table opens with {n} members", times, target_s=0.2, peak_mb=peak_rss_mb())


if __name__ == "__main__":
    sys.exit(main_for(benchmarks))
