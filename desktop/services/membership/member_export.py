"""Members' spreadsheets, part 4 of 4: the template and the export (issue 3, issue 18).

The template has the Vietnamese headers, one example row, lists for the flags and a sheet of
instructions; the export writes every member of a unit in the template's columns (.xlsx) or as
a CSV Excel opens, so that importing the export changes nothing. Both go through the safe
writers of desktop/sheets: no cell is ever read as a formula.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from db.repo import members as repo
from desktop.domain.collation import person_key
from desktop.domain.errors import DomainError
from desktop.domain.members import (
    GENDER_LABELS_VI,
    JOINED,
    LEFT,
    TRANSFERRED_IN,
    TRANSFERRED_OUT,
    Member,
    MembershipEvent,
    latest_stint,
)
from desktop.domain.text import csv_cell
from desktop.services.context import AppContext
from desktop.services.membership.member_columns import COLUMNS, TEMPLATE_EXAMPLE_NOTE
from desktop.services.progress import ProgressFn, no_progress
from desktop.sheets import col_letter, safe_row, save_csv, save_xlsx


def _numbers_now(s, ctx: AppContext, unit_code: str) -> dict[int, tuple]:
    """{member id: (e-book no., e-card no.)}: the latest numbers recorded up to the period running today."""
    from desktop.services.units import period_in

    label = period_in(s, unit_code, None, ctx.today()).label
    out = {}
    for mid, by_label in repo.period_facts_for_unit(s, unit_code).items():
        known = sorted((lbl, f) for lbl, f in by_label.items() if lbl <= label)
        book = next((f.ebook_no for _, f in reversed(known) if f.ebook_no), None)
        card = next((f.ecard_no for _, f in reversed(known) if f.ecard_no), None)
        if book or card:
            out[mid] = (book, card)
    return out


def _current_ticks(s, ctx: AppContext, members: list):
    """The members with the CD-3.3 … CD-3.5 ticks of the period running today."""
    from desktop.services.membership.period_facts import _in_period

    return _in_period(s, members, ctx.today())


# --------------------------------------------------------------------------- writing files
def _yes_no(b: bool) -> str:
    return "Có" if b else "Không"


_KIND_TEXT = {JOINED: "Kết nạp", TRANSFERRED_IN: "Chuyển đến", TRANSFERRED_OUT: "Chuyển đi", LEFT: "Ra khỏi Đoàn"}


def export_row(m: Member, events: list[MembershipEvent], numbers: tuple | None = None) -> dict:
    """The template's columns for one member (dates as dates; the year alone as a number)."""
    st = latest_stint(events)
    return {
        "full_name": m.full_name,
        "date_of_birth": (m.date_of_birth.year if m.dob_year_only else m.date_of_birth) if m.date_of_birth else None,
        "gender": GENDER_LABELS_VI.get(m.gender) if m.gender else None,
        "phone": m.phone,
        "id_number": m.id_number,
        "union_join_date": m.union_join_date,
        "union_card_no": m.union_card_no,
        "is_party_member": _yes_no(m.is_party_member),
        "party_join_date": m.party_join_date,
        "residence": m.residence,
        "training_registered": _yes_no(m.is_training_registered),
        "training_registered_on": m.training_registered_on,
        "ebook_issued": _yes_no(m.ebook_issued),
        "ecard_issued": _yes_no(m.ecard_issued),
        "ebook_no": (numbers or (None, None))[0],
        "ecard_no": (numbers or (None, None))[1],
        "residence_activity": _yes_no(m.residence_activity),
        "entry_date": st.entry_date,
        "entry_kind": _KIND_TEXT.get(st.entry_kind),
        "exit_date": st.exit_date,
        "exit_kind": _KIND_TEXT.get(st.exit_kind),
        "notes": m.notes,
    }


_LISTS = {
    "bool": '"Có,Không"',
    "party": '"Có,Không"',
    "training": '"Có,Không"',
    "gender": '"Nam,Nữ,Khác"',
    "entry_kind": '"Kết nạp,Chuyển đến"',
    "exit_kind": '"Chuyển đi,Ra khỏi Đoàn"',
}


def _workbook(rows: list[dict]):
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Đoàn viên"
    headers = ["STT"] + [c.header for c in COLUMNS]
    ws.append(headers)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for j, _ in enumerate(headers, 1):
        cell = ws.cell(row=1, column=j)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[1].height = 45
    ws.column_dimensions["A"].width = 5
    for j, c in enumerate(COLUMNS, 2):
        ws.column_dimensions[col_letter(j - 1)].width = c.width
    ws.freeze_panes = "C2"
    date_cols = [j for j, c in enumerate(COLUMNS, 2) if c.kind in ("date", "dob")]
    text_cols = [j for j, c in enumerate(COLUMNS, 2) if c.kind in ("phone", "id", "card")]
    for n, r in enumerate(rows, 1):
        ws.append(safe_row([n] + [r.get(c.key) for c in COLUMNS]))
    last = max(len(rows) + 1, 2)
    for j in date_cols:
        for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=j, max_col=j):
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "DD/MM/YYYY"
    for j in text_cols:
        for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=j, max_col=j):
            cell.number_format = "@"
    end = max(last, 1000) + 500
    for j, c in enumerate(COLUMNS, 2):
        if c.kind in _LISTS:
            dv = DataValidation(
                type="list",
                formula1=_LISTS[c.kind],
                allow_blank=True,
                showErrorMessage=c.kind not in ("party", "training"),
            )
            dv.error = "Chọn một giá trị trong danh sách."
            dv.errorTitle = c.header
            dv.prompt = "Chọn trong danh sách" + (
                " hoặc ghi ngày dd/mm/yyyy" if c.kind in ("party", "training") else ""
            )
            dv.add(f"{col_letter(j - 1)}2:{col_letter(j - 1)}{end}")
            ws.add_data_validation(dv)
    guide = wb.create_sheet("Hướng dẫn")
    guide.append(["Cột", "Cách ghi"])
    guide["A1"].font = bold
    guide["B1"].font = bold
    for c in COLUMNS:
        guide.append([c.header, _GUIDE[c.kind] + (" Bắt buộc." if c.key == "full_name" else "")])
    guide.append([])
    guide.append(
        [
            "",
            "Đoàn viên đã có được nhận ra theo Số thẻ đoàn viên, nếu không có thì theo Họ và "
            "tên + Ngày sinh. Ô để trống không xóa dữ liệu đã có. Nhập lại cùng một tệp "
            "không thay đổi gì.",
        ]
    )
    guide.column_dimensions["A"].width = 34
    guide.column_dimensions["B"].width = 100
    return wb


_GUIDE = {
    "name": "Họ và tên đầy đủ, có dấu.",
    "dob": "Ngày dạng dd/mm/yyyy (ví dụ 05/03/2001) hoặc chỉ ghi năm (2001).",
    "date": "Ngày dạng dd/mm/yyyy, không sau hôm nay, không trước năm 1950.",
    "gender": "Nam, Nữ hoặc Khác.",
    "phone": "10 chữ số (di động 03, 05, 07, 08, 09…) hoặc 11 chữ số (cố định 02…).",
    "id": "Căn cước công dân 12 chữ số (CMND cũ 9 chữ số). Không bắt buộc.",
    "card": "Số thẻ đoàn viên (dùng để nhận ra đoàn viên khi nhập lại).",
    "party": "Có hoặc Không (hoặc ghi ngày vào Đảng).",
    "training": "Có hoặc Không (tiêu chí CD-3.4).",
    "bool": "Có hoặc Không (tiêu chí CD-3.3, CD-3.5).",
    "text": "Chữ tự do.",
    "entry_kind": "Kết nạp hoặc Chuyển đến. Để trống: Kết nạp.",
    "exit_kind": "Chuyển đi hoặc Ra khỏi Đoàn (chỉ ghi khi đã rời chi đoàn).",
}


def write_template(path) -> Path:
    """The empty template with Vietnamese headers, one example row and lists for the flags."""
    path = Path(path)
    example = {
        "full_name": "Nguyễn Thị Hoa",
        "date_of_birth": date(2001, 3, 5),
        "gender": "Nữ",
        "phone": "0912345678",
        "id_number": "031301001234",
        "union_join_date": date(2016, 3, 26),
        "union_card_no": "DV0001",
        "is_party_member": "Không",
        "party_join_date": None,
        "residence": "Tổ dân phố số 3",
        "training_registered": "Có",
        "training_registered_on": date(2020, 2, 10),
        "ebook_issued": "Có",
        "ecard_issued": "Có",
        "residence_activity": "Có",
        "entry_date": date(2019, 9, 1),
        "entry_kind": "Kết nạp",
        "notes": TEMPLATE_EXAMPLE_NOTE,
    }
    wb = _workbook([example])
    save_xlsx(wb, path)
    return path


def export_members(ctx: AppContext, unit_code: str, path, progress: ProgressFn = no_progress) -> int:
    """Every member of the unit (also those who left, with their dates) to .xlsx (the template's
    columns, so that importing the export changes nothing) or .csv (UTF-8 with BOM, for Excel)."""
    from desktop.paths import long_path_safe

    path = long_path_safe(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise DomainError(f"Chỉ xuất được tệp .xlsx hoặc .csv (không phải “{path.suffix}”).", field="file")
    with ctx.uow.read() as s:
        members = _current_ticks(s, ctx, repo.list_for_unit(s, unit_code))
        histories = repo.events_for_unit(s, unit_code)
        numbers = _numbers_now(s, ctx, unit_code)
    members.sort(key=lambda m: (person_key(m.full_name), m.id))  # the app's Vietnamese order
    rows = [export_row(m, histories.get(m.id, []), numbers.get(m.id)) for m in members]
    progress(len(rows) // 2, len(rows), "Đang ghi tệp…")
    if suffix == ".csv":
        _write_csv(path, rows)
    else:
        save_xlsx(_workbook(rows), path)
    progress(len(rows), len(rows), "Đã xuất xong.")
    return len(rows)


def _write_csv(path: Path, rows: list[dict]) -> None:
    from desktop.sheets import writer

    buf = io.StringIO()
    w = writer(buf)  # the Windows list separator (Excel splits on it)
    w.writerow(["STT"] + [c.header for c in COLUMNS])
    for n, r in enumerate(rows, 1):
        out = [n]
        for c in COLUMNS:
            v = r.get(c.key)
            if isinstance(v, date):
                v = f"{v:%d/%m/%Y}"
            out.append("" if v is None else csv_cell(v))
        w.writerow(out)
    save_csv(buf.getvalue(), path)
