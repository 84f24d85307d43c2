"""Reading, checking and exporting the audit trail (issue 8 §5).

The history of a member, an activity or a criterion: who, when, what, and the values before
and after. Other screens open it with ``env.navigate("history", kind="member", subject=42)``
(kinds: "member", "activity", "criterion", or an entity name such as "unit").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from db import audit as audit_db
from db.backup import atomic_write_bytes
from desktop.domain.errors import DomainError
from desktop.domain.members import EVENT_LABELS_EN, EVENT_LABELS_VI
from desktop.services.safety.privacy import PERSONAL_FIELDS, personal_data_notice

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
    "member_vote": ("Biểu quyết Đoàn viên XHCN", "Member vote"),
    "member_proposals": ("Đề nghị công nhận đoàn viên", "Member proposals"),
    "document": ("Văn bản", "Document"), "demo_data": ("Dữ liệu mẫu", "Demo data"),
    "commune_log": ("Sổ theo dõi của Đảng ủy xã", "Commune record"),
    "commune_model": ("Mô hình thi đua", "Emulation model"), "commune_task": ("Nhiệm vụ", "Task"),
    "commune_value": ("Số liệu mô hình", "Model figure"), "document_counter": ("Sổ đăng ký văn bản", "Document register"),
    "outbox_item": ("Gói chờ gửi", "Outgoing package"), "received_package": ("Gói đã nhận", "Received package"),
    "recognition_decision": ("Quyết định công nhận", "Recognition decision"),
    "sync_enrolment": ("Kết nối đồng bộ", "Sync enrolment"), "sync_key": ("Khóa ký gói", "Signing key"),
    "unit_data": ("Dữ liệu đơn vị", "Unit data"),
}

# What each recorded field is called on screen and in exports (issue 19 item 3: never the field
# name). A field missing here shows as "Chi tiết khác" rather than its name.
FIELDS = {
    "full_name": ("Họ và tên", "Full name"), "date_of_birth": ("Ngày sinh", "Date of birth"),
    "dob_year_only": ("Chỉ biết năm sinh", "Year of birth only"), "gender": ("Giới tính", "Gender"),
    "phone": ("Điện thoại", "Phone"), "id_number": ("Số định danh", "ID number"),
    "union_join_date": ("Ngày vào Đoàn", "Union join date"), "union_card_no": ("Số thẻ đoàn viên", "Union card no."),
    "is_party_member": ("Đảng viên", "Party member"), "party_join_date": ("Ngày vào Đảng", "Party join date"),
    "residence": ("Nơi cư trú", "Residence"),
    "training_registered": ("Đăng ký Rèn luyện đoàn viên (CD-3.4)", "Self-training registered (CD-3.4)"),
    "training_registered_on": ("Ngày đăng ký Rèn luyện đoàn viên (CD-3.4)", "Self-training registered on (CD-3.4)"),
    "ebook_issued": ("Có sổ đoàn viên điện tử (CD-3.5)", "E-book issued (CD-3.5)"),
    "ecard_issued": ("Có thẻ đoàn viên điện tử (CD-3.5)", "E-card issued (CD-3.5)"),
    "ebook_no": ("Số sổ đoàn viên điện tử", "E-book number"), "ecard_no": ("Số thẻ đoàn viên điện tử", "E-card number"),
    "residence_activity": ("Sinh hoạt tại nơi cư trú (CD-3.3)", "Activity where they live (CD-3.3)"),
    "notes": ("Ghi chú", "Notes"), "note": ("Ghi chú", "Note"), "erased": ("Đã xóa dữ liệu cá nhân", "Erased"),
    "unit_code": ("Đơn vị", "Unit"), "unit": ("Đơn vị", "Unit"), "id": ("Số thứ tự", "Number"),
    "kind": ("Loại", "Kind"), "on_date": ("Ngày", "Date"), "title": ("Tiêu đề", "Title"),
    "category": ("Chủ đề", "Category"), "channel": ("Kênh", "Channel"), "counterpart": ("Đơn vị phối hợp", "Counterpart"),
    "member_id": ("Đoàn viên", "Member"), "participants": ("Người tham gia", "Participants"),
    "received_on": ("Ngày nhận", "Received on"), "ref_no": ("Số văn bản", "Reference no."),
    "author": ("Người đánh giá", "Judged by"), "campaign": ("Phong trào", "Campaign"),
    "criterion_id": ("Tiêu chí", "Criterion"), "judged_on": ("Ngày đánh giá", "Judged on"),
    "period": ("Kỳ", "Period"), "period_label": ("Kỳ", "Period"), "verdict": ("Kết luận", "Verdict"),
    "catalog": ("Bộ tiêu chí", "Criteria set"), "items": ("Nội dung", "Items"),
    "date": ("Ngày", "Date"), "issuer": ("Cơ quan ban hành", "Issued by"), "number": ("Số", "Number"),
    "absent": ("Vắng mặt", "Absent"), "against": ("Không tán thành", "Against"), "for": ("Tán thành", "For"),
    "meeting_date": ("Ngày họp", "Meeting date"), "deadline": ("Hạn", "Deadline"), "late": ("Nộp muộn", "Late"),
    "members": ("Đoàn viên", "Members"), "status": ("Trạng thái", "Status"), "submitted_on": ("Ngày nộp", "Submitted on"),
    "submitted": ("Đã nộp", "Submitted"), "version": ("Lần", "Version"), "claims": ("Tự đánh giá", "Claims"),
    "document_number": ("Số văn bản", "Document number"),
    "proposes_recognition": ("Đề nghị công nhận", "Proposes recognition"),
    "self_assessment": ("Tự đánh giá", "Self-assessment"), "all_party_members": ("Toàn đảng viên", "All Party members"),
    "branch_type": ("Loại chi đoàn", "Branch type"), "code": ("Mã đơn vị", "Unit code"), "grade": ("Khối lớp", "Grade"),
    "name": ("Tên", "Name"), "parent_code": ("Đơn vị cấp trên", "Upper level"),
    "confirmed_by": ("Người xác nhận", "Confirmed by"), "dates": ("Các ngày", "Dates"), "days": ("Số ngày", "Days"),
    "deleted": ("Đã xóa", "Deleted"), "focus": ("Nội dung trọng tâm", "Focus"), "guests": ("Người ngoài chi đoàn", "Guests"),
    "level": ("Cấp", "Level"), "overlap_confirmed_ids": ("Trùng ngày đã xác nhận", "Overlaps confirmed"),
    "participant_ids": ("Người tham gia", "Participants"), "place": ("Địa điểm", "Place"),
    "value": ("Giá trị", "Value"), "role": ("Vai trò", "Role"), "active": ("Đang dùng", "Active"),
    "reason": ("Lý do", "Reason"), "comment": ("Ý kiến", "Comment"), "agree": ("Đồng ý", "Agree"),
    "score": ("Điểm", "Score"), "files": ("Tệp", "Files"), "size": ("Dung lượng", "Size"),
}

# Who made a change, for a person to read: the app itself, or a computer account at the command line.
APP_ACTORS = {"system", "seed", ""}


def field_label(name: str, language: str = "vi") -> str:
    pair = FIELDS.get(name)
    if pair is None:
        return "Chi tiết khác" if language == "vi" else "Other detail"
    return pair[0 if language == "vi" else 1]


def actor_label(actor: str | None, language: str = "vi") -> str:
    """'system' -> 'Phần mềm (tự động)'; 'cli:hoa' -> 'hoa (trên máy, không qua màn hình)'."""
    vi = language == "vi"
    a = (actor or "").strip()
    if a in APP_ACTORS:
        return "Phần mềm (tự động)" if vi else "The app (automatic)"
    if a.startswith("cli:"):
        who = a[4:] or ("không rõ" if vi else "unknown")
        return f"{who} (lệnh trên máy)" if vi else f"{who} (command on the computer)"
    return a


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
        return ENTITIES.get(self.entity, ("Dữ liệu khác", "Other record"))[0 if language == "vi" else 1]

    def subject_label(self, language: str = "vi") -> str:
        """Which record: a setting by its title, anything else by its number or code."""
        if self.entity == "setting":
            from desktop.domain.access import SAFETY_SETTINGS
            from desktop.domain.settings import UNIT_SETTINGS

            key = str(self.entity_id)
            spec = (SAFETY_SETTINGS.get(key[len("safety."):]) if key.startswith("safety.")
                    else UNIT_SETTINGS.get(key))
            if spec is not None:
                return spec.title_vi if language == "vi" else spec.title_en
            return ""
        return str(self.entity_id)

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
    """The chain's own links, then the anchors kept in the backups (issue 18): an entry edited
    with every later hash recomputed keeps a valid-looking chain, but no longer matches the
    backups' copies — reported at the edited entry."""
    from db.integrity import read_facts
    from desktop.services.safety.integrity import check_anchors

    with ctx.uow.read() as s:
        result = audit_db.verify_chain(s)
    try:
        anchors = check_anchors(ctx.data, read_facts(ctx.data.database).get("audit"))
    except Exception as exc:  # noqa: BLE001 - an unreadable backup folder: the chain result stands
        anchors = {"ok": True, "checked": 0, "problems": [], "error": str(exc)}
    result["anchors"] = anchors
    sent = check_sent_heads(ctx)
    result["sent_packages"] = sent
    if result["ok"] and not anchors["ok"]:
        result.update(ok=False, first_broken_id=anchors.get("first_differing_id"),
                      reason=anchors["problems"][0])
    elif result["ok"] and not sent["ok"]:
        result.update(ok=False, first_broken_id=None, reason=sent["problems"][0])
    return result


def received_heads(ctx, sender_code: str | None = None) -> list[dict]:
    """The audit chain heads the units below sent inside their signed packages (issue 18), read
    from the stored signed originals: the proof, kept upstream, of each sender's history as it
    stood when it sent — compare with the sender's `audit verify`."""
    from desktop.services import exchange as sync
    from desktop.sync.verify import Rejected, open_package, read_manifest

    out = []
    for row in sync.received(ctx, sender_code=sender_code):
        if not row.stored_name or row.status == "rejected":
            continue
        try:
            manifest = read_manifest(open_package(sync.stored_bytes(ctx, row.stored_name)))
        except (OSError, ValueError, Rejected):
            continue
        head = manifest.raw.get("audit_head")
        if isinstance(head, dict):
            out.append({"sender": row.sender_code, "package_id": row.package_id, "kind": row.kind,
                        "sent_at": row.sender_created_at, "count": head.get("count"),
                        "last_id": head.get("last_id"), "last_hash": head.get("last_hash")})
    return sorted(out, key=lambda h: (h["sender"] or "", h["sent_at"] or ""))


def check_sent_heads(ctx) -> dict:
    """Compare the chain with the heads carried by the packages this unit sent (the signed copies
    kept in the outbox; the recipient holds identical ones, so an edit is provable upstream)."""
    import zipfile

    from db.integrity import audit_hashes
    from db.repo import sync as sync_repo
    from desktop.domain import bounded_json

    with ctx.uow.read() as s:
        items = sync_repo.outbox_items(s, None)
    heads = []
    for it in items:
        path = ctx.data.outbox / it.file_name
        try:
            with zipfile.ZipFile(path) as zf:
                manifest = bounded_json.loads(zf.read("manifest.json"), it.file_name)
        except (OSError, KeyError, zipfile.BadZipFile, DomainError):
            continue  # a package file no longer kept: nothing to compare
        head = manifest.get("audit_head") if isinstance(manifest, dict) else None
        if isinstance(head, dict) and isinstance(head.get("last_id"), int):
            heads.append((it, head))
    if not heads:
        return {"ok": True, "checked": 0, "problems": []}
    stored = audit_hashes(ctx.data.database, sorted({h["last_id"] for _, h in heads}))
    problems = []
    for it, h in sorted(heads, key=lambda x: x[1]["last_id"]):
        mine = stored.get(h["last_id"])
        if mine != h["last_hash"]:
            what = "đã mất" if mine is None else "khác"
            problems.append(f"nhật ký đến mục số {h['last_id']} {what} so với gói “{it.title}” đã gửi "
                            f"{it.recipient_code} lúc {it.created_at:%d/%m/%Y %H:%M} (bên nhận giữ bản đã ký)")
    return {"ok": not problems, "checked": len(heads), "problems": problems}


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Stored codes a person reads as words (membership events, gender, verdicts, statuses).
_CODE_WORDS = {
    **{k: (EVENT_LABELS_VI[k], EVENT_LABELS_EN[k]) for k in EVENT_LABELS_VI},
    "nam": ("Nam", "Male"), "nu": ("Nữ", "Female"), "khac": ("Khác", "Other"),
    "met": ("Đạt", "Met"), "not_met": ("Chưa đạt", "Not met"), "dat": ("Đạt", "Met"),
    "chua_dat": ("Chưa đạt", "Not met"), "draft": ("Bản nháp", "Draft"), "submitted": ("Đã nộp", "Submitted"),
    "chi-doan": ("Chi đoàn", "Branch"), "doan-co-so": ("Đoàn cơ sở", "Grassroots Union"),
}


def value_text(v: Any, language: str = "vi", *, empty: str = "") -> str:
    """A recorded value as a person reads it: dates dd/mm/yyyy, yes/no, the fields of a record by
    their names (never the field names or JSON)."""
    vi = language == "vi"
    if v is None or v == "":
        return empty
    if isinstance(v, bool):
        return ("có" if v else "không") if vi else ("yes" if v else "no")
    if isinstance(v, str):
        m = _ISO_DATE.match(v)
        if m:
            return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
        word = _CODE_WORDS.get(v)
        return word[0 if vi else 1] if word else v
    if isinstance(v, float):
        return f"{v:g}".replace(".", ",") if vi else f"{v:g}"
    if isinstance(v, dict):
        return "; ".join(f"{FIELDS[k][0 if vi else 1] if k in FIELDS else k}: {value_text(x, language, empty='—')}"
                         for k, x in v.items())
    if isinstance(v, (list, tuple, set, frozenset)):
        return ", ".join(value_text(x, language, empty="—") for x in v)
    return str(v)


def _text(v: Any) -> str:
    return value_text(v, "vi")


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
        base = [e.id, e.at.strftime("%d/%m/%Y %H:%M:%S"), actor_label(e.actor), e.action_label(),
                e.entity_label(), e.subject_label(), e.unit_code or ""]
        changes = e.changes() or [Change("", None, None)]
        for c in changes:
            rows.append(base + [field_label(c.field) if c.field else "", _text(c.before), _text(c.after)])
    if suffix == ".json":
        data = {"title": title, "personal_data": notice,
                "entries": [{"id": e.id, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
                             "entity": e.entity, "entity_id": e.entity_id, "unit_code": e.unit_code,
                             "before": e.before, "after": e.after} for e in entries]}
        return atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1,
                                                   default=str).encode("utf-8"))
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


def subjects_of(ctx, kind: str) -> list[tuple[str, str]]:
    """(key, label) of every member / activity / … the trail mentions (deleted ones too)."""
    with ctx.uow.read() as s:
        found = audit_db.subjects(s, KINDS.get(kind, (kind,))[:1])
    return [(k, "" if label == audit_db.REDACTED_VALUE else label) for k, label in found]
