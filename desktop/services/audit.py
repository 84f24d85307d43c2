"""Reading, checking and exporting the audit trail (issue 8 §5).

The history of a member, an activity or a criterion: who, when, what, and the values before
and after. Other screens open it with ``env.navigate("history", kind="member", subject=42)``
(kinds: "member", "activity", "criterion", or an entity name such as "unit").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db import audit as audit_db
from db.backup import atomic_write_bytes
from desktop.domain.errors import DomainError
from desktop.services.privacy import PERSONAL_FIELDS, personal_data_notice

ACTIONS = {
    "create": ("Tạo mới", "Created"), "update": ("Sửa", "Changed"), "delete": ("Xóa", "Deleted"),
    "restore": ("Khôi phục", "Restored"), "submit": ("Nộp", "Submitted"),
    "withdraw": ("Rút lại", "Withdrawn"), "recognise": ("Công nhận", "Recognised"),
    "recover": ("Đặt lại mật khẩu bằng mã khôi phục", "Password reset with recovery code"),
    audit_db.ERASE_ACTION: ("Xóa dữ liệu cá nhân", "Personal data erased"),
}

ENTITIES = {
    "member": ("Đoàn viên", "Member"), "membership_event": ("Biến động đoàn viên", "Membership change"),
    "volunteer_activity": ("Hoạt động tình nguyện", "Volunteer activity"),
    "cycle_log": ("Bản ghi minh chứng", "Evidence record"), "judgement": ("Đánh giá", "Judgement"),
    "registration": ("Đăng ký", "Registration"), "unit": ("Đơn vị", "Unit"),
    "setting": ("Cài đặt", "Setting"), "user": ("Tài khoản", "Account"),
    "recovery_code": ("Mã khôi phục", "Recovery code"), "attachment": ("Tệp minh chứng", "Attachment"),
    "member_assessment": ("Đánh giá đoàn viên", "Member assessment"),
    "member_recognition": ("Công nhận đoàn viên", "Member recognition"),
    "branch_recognition": ("Công nhận chi đoàn", "Branch recognition"),
    "branch_proposal": ("Đề nghị công nhận", "Recognition proposal"),
    "branch_appraisal": ("Thẩm định", "Appraisal"),
}

# What "the history of X" covers.
KINDS = {
    "member": ("member", "membership_event"),
    "activity": ("volunteer_activity", "cycle_log"),
}


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # local time
    actor: str
    action: str
    entity: str
    entity_id: str
    unit_code: str | None
    before: Any
    after: Any

    def action_label(self, language: str = "vi") -> str:
        return ACTIONS.get(self.action, (self.action, self.action))[0 if language == "vi" else 1]

    def entity_label(self, language: str = "vi") -> str:
        return ENTITIES.get(self.entity, (self.entity, self.entity))[0 if language == "vi" else 1]

    def changes(self) -> list[Change]:
        b = self.before if isinstance(self.before, dict) else {}
        a = self.after if isinstance(self.after, dict) else {}
        if not b and not a:
            return [Change("", self.before, self.after)] if (self.before or self.after) else []
        keys = list(dict.fromkeys([*b.keys(), *a.keys()]))
        return [Change(k, b.get(k), a.get(k)) for k in keys if b.get(k) != a.get(k)]

    def has_personal_data(self) -> bool:
        for v in (self.before, self.after):
            if isinstance(v, dict) and any(v.get(k) not in (None, "", False, audit_db.REDACTED_VALUE)
                                           for k in PERSONAL_FIELDS):
                return True
        return False


def _local(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _entry(d: dict) -> AuditEntry:
    return AuditEntry(id=d["id"], at=_local(d["at"]), actor=d["actor"], action=d["action"],
                      entity=d["entity"], entity_id=d["entity_id"], unit_code=d["unit_code"],
                      before=d["before"], after=d["after"])


def history_of(ctx, kind: str, key: Any, *, limit: int = 5000) -> list[AuditEntry]:
    """Oldest first. kind "member" / "activity" (by id), "criterion" (by ID such as "CD-1.2":
    every entry whose values mention it), or any entity name."""
    key = str(key).strip()
    if not key:
        raise DomainError("Chưa nhập mã cần xem lịch sử.", field="key")
    with ctx.uow.read() as s:
        if kind == "criterion":
            rows = audit_db.search(s, mentions=key, limit=limit)
            rows = [r for r in rows if _mentions_criterion(r, key)]
        else:
            rows = audit_db.search(s, entities=KINDS.get(kind, (kind,)), entity_id=key, limit=limit)
    return [_entry(r) for r in rows]


def _mentions_criterion(row: dict, cid: str) -> bool:
    """Exact criterion ID ("CD-1.2" must not match "CD-1.21")."""
    if row["entity_id"] == cid:
        return True
    text = json.dumps([row["before"], row["after"]], ensure_ascii=False)
    return f'"{cid}"' in text


def recent(ctx, *, entity: str | None = None, actor: str | None = None, text: str | None = None,
           limit: int = 1000) -> list[AuditEntry]:
    with ctx.uow.read() as s:
        rows = audit_db.search(s, entities=(entity,) if entity else None, actor=actor,
                               mentions=text or None, limit=limit)
    return [_entry(r) for r in rows]


def entity_kinds(ctx) -> list[tuple[str, int]]:
    with ctx.uow.read() as s:
        return audit_db.entity_kinds(s)


def verify(ctx) -> dict:
    with ctx.uow.read() as s:
        return audit_db.verify_chain(s)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def export_entries(entries: list[AuditEntry], path: Path, *, title: str) -> Path:
    """Write the entries to .csv (UTF-8 with BOM, opens in Excel), .xlsx or .json. When any
    entry holds personal data, the file says so first (issue 8 §6)."""
    from desktop.paths import long_path_safe

    path = long_path_safe(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx", ".json"):
        raise DomainError(f"Chỉ xuất được .csv, .xlsx hoặc .json, không phải “{path.suffix or path.name}”.",
                          field="path")
    notice = personal_data_notice() if any(e.has_personal_data() for e in entries) else None
    header = ["Số", "Thời gian", "Người thực hiện", "Thao tác", "Đối tượng", "Mã", "Đơn vị",
              "Trường", "Trước", "Sau"]
    rows = []
    for e in entries:
        base = [e.id, e.at.strftime("%d/%m/%Y %H:%M:%S"), e.actor, e.action_label(), e.entity_label(),
                e.entity_id, e.unit_code or ""]
        changes = e.changes() or [Change("", None, None)]
        for c in changes:
            rows.append(base + [c.field, _text(c.before), _text(c.after)])
    if suffix == ".json":
        data = {"title": title, "personal_data": notice,
                "entries": [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                             "entity": e.entity, "entity_id": e.entity_id, "unit_code": e.unit_code,
                             "before": e.before, "after": e.after} for e in entries]}
        return atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1,
                                                   default=str).encode("utf-8"))
    if suffix == ".csv":
        import io

        from desktop.services import csv_excel

        buf = io.StringIO()
        w = csv_excel.writer(buf)  # the Windows list separator (Excel splits on it)
        w.writerow([title])
        if notice:
            w.writerow([notice])
        w.writerow(header)
        w.writerows(rows)
        return atomic_write_bytes(path, csv_excel.encode(buf.getvalue()))
    from openpyxl import Workbook
    from openpyxl.styles import Font

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
        ws.append(r)
    for col, width in zip("ABCDEFGHIJ", (7, 20, 18, 16, 20, 10, 12, 18, 30, 30)):
        ws.column_dimensions[col].width = width
    import io

    buf = io.BytesIO()
    wb.save(buf)
    return atomic_write_bytes(path, buf.getvalue())


def subjects_of(ctx, kind: str) -> list[tuple[str, str]]:
    """(key, label) of every member / activity / … the trail mentions (deleted ones too)."""
    with ctx.uow.read() as s:
        found = audit_db.subjects(s, KINDS.get(kind, (kind,))[:1])
    return [(k, "" if label == audit_db.REDACTED_VALUE else label) for k, label in found]
