"""Members' personal data (issue 8 §6): erasure on request, and saying so in exports.

Many members are minors. Personal data here: date of birth, ID number (CCCD), phone, and the
details of party membership. On a member's (or a parent's) request, an administrator erases
them:

- the member row is KEPT, with its membership history, volunteer days, flags and recognition
  results, so that every count in past reports (member base, ≥ 5 volunteer days (CD-3.6),
  flags (CD-3.3…3.5), recognised share (CD-3.8)) stays exactly as it was;
- party membership is kept only as the yes/no fact the counts use (party members among the
  branch's members, the CD-3.7 exemption when 100 % are party members); the admission date is
  erased;
- the same values are redacted in the audit trail's past entries for that member, keeping
  their digests so the chain still verifies (db/audit.py), and the erasure itself is audited
  (which fields, never the values);
- files attached to the member record (owner_kind "member") are removed;
- optionally the name is replaced by a pseudonym (then past printed lists keep the old name,
  new prints show the pseudonym).

Backups made before the erasure still hold the data until rotation removes them (at most the
monthly window, 12 months by default): the result says so.

Exports: ``personal_fields_in(columns)`` tells which columns are personal data and
``personal_data_notice(...)`` is the sentence every export containing them must carry (the
members export, packages' preview, the audit export).
"""

from __future__ import annotations

from dataclasses import dataclass

from db import audit
from db.repo import safety as repo
from desktop.domain.errors import DomainError
from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.changes import Changes
from desktop.services.safety.session import require_role

# Column/field key -> its label (marked English; the Vietnamese is in the .ts files)
PERSONAL_FIELDS: dict[str, str] = {
    "date_of_birth": QT_TRANSLATE_NOOP("PersonalField", "date of birth"),
    "dob_year_only": QT_TRANSLATE_NOOP("PersonalField", "date of birth"),
    "id_number": QT_TRANSLATE_NOOP("PersonalField", "ID number"),
    "phone": QT_TRANSLATE_NOOP("PersonalField", "phone"),
    "is_party_member": QT_TRANSLATE_NOOP("PersonalField", "party member"),
    "party_join_date": QT_TRANSLATE_NOOP("PersonalField", "date of party admission"),
}
_NOTICE = QT_TRANSLATE_NOOP(
    "PersonalData",
    "CONTAINS PERSONAL DATA ({0}) of members, some of them minors: for Union work only, do not publish or share, delete when no longer needed.",
)  # noqa: E501 - one literal for lupdate
ERASED_FIELDS = repo.PERSONAL_COLUMNS  # what erasure blanks (party yes/no is kept, see above)


def personal_fields_in(columns) -> list[str]:
    """The personal-data columns among ``columns`` (keys such as "phone", "date_of_birth")."""
    return [c for c in columns if c in PERSONAL_FIELDS]


def personal_data_notice(columns=None, *, language: str = "vi") -> str:
    """The notice an export carries when it contains personal data (first line of a CSV,
    a header row of a sheet, a line in a package preview)."""
    cols = personal_fields_in(columns) if columns is not None else list(PERSONAL_FIELDS)
    t = texts(language)
    labels = list(dict.fromkeys(t.translate("PersonalField", PERSONAL_FIELDS[c]) for c in cols))
    return t.translate("PersonalData", _NOTICE).format(", ".join(labels))


@dataclass(frozen=True)
class ErasureResult:
    member_id: int
    cleared: tuple[str, ...]
    redacted_entries: int
    files_removed: int
    changes: Changes
    note: str


def erase_member_personal_data(ctx, member_id: int, *, pseudonym: str | None = None, reason: str = "") -> ErasureResult:
    """Erase one member's personal data on request (administrators only)."""
    require_role(ctx, "admin", "xóa dữ liệu cá nhân của đoàn viên")
    pseudonym = " ".join((pseudonym or "").split()) or None
    if pseudonym and len(pseudonym) > 120:
        raise DomainError("Tên thay thế dài quá 120 ký tự.", field="pseudonym")
    doomed_files: list[tuple[str, str]] = []
    with ctx.uow.begin() as s:
        before = repo.member_snapshot(s, member_id)
        if before is None:
            raise DomainError(f"Không tìm thấy đoàn viên số {member_id}.", field="member_id")
        cleared = repo.erase_member(s, member_id, pseudonym=pseudonym)
        fields = tuple(ERASED_FIELDS) + (("full_name",) if pseudonym else ())
        redacted = audit.redact(s, entity="member", entity_id=member_id, fields=fields)
        files = repo.member_attachments(s, member_id)
        repo.delete_attachment_rows(s, [f[0] for f in files])
        for _id, sha, stored in files:
            if not repo.attachment_still_used(s, sha):
                doomed_files.append((sha, stored))
        audit.record(
            s,
            actor=ctx.actor,
            action=audit.ERASE_ACTION,
            entity="member",
            entity_id=member_id,
            unit_code=before["unit_code"],
            after={
                "fields": cleared,
                "redacted_entries": redacted,
                "files_removed": len(files),
                "pseudonym": bool(pseudonym),
                "reason": (reason or "").strip()[:300] or None,
            },
        )
    removed = 0
    for _sha, stored in doomed_files:
        p = ctx.data.attachments.joinpath(*stored.split("/"))
        try:
            p.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    note = (
        "Dữ liệu cá nhân đã xóa khỏi dữ liệu đang dùng và khỏi nhật ký thay đổi. Các bản sao lưu "
        "làm trước hôm nay vẫn còn dữ liệu cũ cho đến khi được xoay vòng xóa đi."
    )
    return ErasureResult(member_id, tuple(cleared), len(redacted), removed, Changes.of("members"), note)
