"""Exporting the audit trail (issue 8 §5): the entries a person chose, written to .csv, .xlsx or
.json in words (labels of fields and actors, values as a person reads them), with the
personal-data notice first when any entry holds personal data, and written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from db.backup import atomic_write_bytes
from desktop.domain.errors import DomainError
from desktop.services.safety.privacy import personal_data_notice
from desktop.services.safety.audit import AuditEntry, Change, actor_label, field_label, value_text


def _text(v: Any) -> str:
    return value_text(v, "vi")


def export_entries(entries: list[AuditEntry], path: Path, *, title: str) -> Path:
    """Write the entries to .csv (UTF-8 with BOM, opens in Excel), .xlsx or .json. When any
    entry holds personal data, the file says so first (issue 8 §6)."""
    from desktop.paths import long_path_safe

    path = long_path_safe(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".json"):
        raise DomainError(
            f"Chỉ xuất được .csv, .xlsx hoặc .json, không phải “{path.suffix or path.name}”.", field="path"
        )
    notice = personal_data_notice() if any(e.has_personal_data() for e in entries) else None
    header = ["Số", "Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Mã", "Đơn vị", "Trường", "Trước", "Sau"]
    rows = []
    for e in entries:
        base = [
            e.id,
            e.at.strftime("%d/%m/%Y %H:%M:%S"),
            actor_label(e.actor),
            e.action_label(),
            e.entity_label(),
            e.subject_label(),
            e.unit_label(),
        ]
        changes = e.changes() or [Change("", None, None)]
        for c in changes:
            rows.append(base + [field_label(c.field) if c.field else "", _text(c.before), _text(c.after)])
    if suffix == ".json":
        data = {
            "title": title,
            "personal_data": notice,
            "entries": [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "unit_code": e.unit_code,
                    "before": e.before,
                    "after": e.after,
                }
                for e in entries
            ],
        }
        return atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8"))
    if suffix == ".csv":
        import io

        from desktop.domain.text import csv_cell
        from desktop import sheets

        buf = io.StringIO()
        w = sheets.writer(buf)  # the Windows list separator (Excel splits on it)
        w.writerow([title])
        if notice:
            w.writerow([notice])
        w.writerow(header)
        w.writerows([[csv_cell(v) for v in r] for r in rows])  # never a formula (issue 18)
        return atomic_write_bytes(path, sheets.encode(buf.getvalue()))
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from desktop.sheets import protect, safe_row

    wb = Workbook()
    ws = wb.active
    ws.title = "Lịch sử thay đổi"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    if notice:
        ws.append([notice])
        ws.cell(ws.max_row, 1).font = Font(bold=True, color="C00000")
    ws.append(header)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(safe_row(r))
    protect(wb)  # never a formula (issue 18)
    for col, width in zip("ABCDEFGHIJ", (7, 20, 18, 16, 20, 10, 12, 18, 30, 30)):
        ws.column_dimensions[col].width = width
    import io

    buf = io.BytesIO()
    wb.save(buf)
    return atomic_write_bytes(path, buf.getvalue())
