"""Evidence files ("minh chứng") shared by every area: photos, scans, documents.

A file is copied into the data folder as ``attachments/<sha[:2]>/<sha256><ext>`` so it survives
the original being moved or deleted, and its SHA-256 proves later that it was not changed.
The copy goes to a temporary file in the same folder, is flushed to disk (fsync) and then
renamed into place with ``os.replace``, so a power cut never leaves a half-written evidence
file under its final name. Identical content is stored once (content addressed).

Use from any service:

    att = add_attachment(ctx, unit_code, "volunteer_activity", activity_id, "/path/anh.jpg")
    list_attachments(ctx, "volunteer_activity", activity_id)  -> [Attachment, ...]
    attachment_path(ctx, att)                                  -> Path of the stored copy
    remove(ctx, att.id)                                        -> Changes

Inside a service's own transaction (one user action = one transaction), call
``store_file(ctx.data, path)`` before ``with ctx.uow.begin() as s:`` and then
``attach_in_session(s, ctx, unit_code, owner_kind, owner_id, stored)`` inside it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import audit
from db.repo import attachments as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.paths import DataDir
from desktop.services.changes import Changes
from desktop.services.context import AppContext

MAX_BYTES = 200 * 1024 * 1024  # a scanned document or a phone video clip, not a whole film
_CHUNK = 1024 * 1024
_EXT_RE = re.compile(r"^\.[a-z0-9]{1,10}$")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    stored_name: str  # relative to DataDir.attachments, with "/" separators
    size: int
    original_name: str


@dataclass(frozen=True)
class Attachment:
    id: int
    unit_code: str
    owner_kind: str
    owner_id: int
    sha256: str
    original_name: str
    stored_name: str
    size: int
    added_at: datetime | None
    added_by: str


def _clean_ext(name: str) -> str:
    ext = Path(name).suffix.lower()
    return ext if _EXT_RE.match(ext) else ""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; NTFS journals the rename itself
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def store_file(data: DataDir, source_path: str | os.PathLike) -> StoredFile:
    """Copy a file into the attachments folder (temp file + fsync + os.replace)."""
    src = Path(source_path)
    if not src.exists():
        raise DomainError(f"Không tìm thấy tệp minh chứng “{src}”.", field="attachment")
    if not src.is_file():
        raise DomainError(f"“{src}” là một thư mục, không phải tệp minh chứng.", field="attachment")
    size = src.stat().st_size
    if size > MAX_BYTES:
        raise DomainError(
            f"Tệp minh chứng “{src.name}” quá lớn ({size // (1024 * 1024)} MB): tối đa "
            f"{MAX_BYTES // (1024 * 1024)} MB.",
            field="attachment",
        )
    root = data.attachments
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=root)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            while True:
                chunk = inp.read(_CHUNK)
                if not chunk:
                    break
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        stored_name = f"{sha[:2]}/{sha}{_clean_ext(src.name)}"
        final = root / stored_name
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists() and final.stat().st_size == size:
            tmp.unlink()  # same content already stored
        else:
            os.replace(tmp, final)
            _fsync_dir(final.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    original = unicodedata.normalize("NFC", src.name)[:260]
    return StoredFile(sha256=sha, stored_name=stored_name, size=size, original_name=original)


def _to_attachment(d: dict) -> Attachment:
    return Attachment(**d)


def attach_in_session(
    session, ctx: AppContext, unit_code: str, owner_kind: str, owner_id: int, stored: StoredFile
) -> Attachment:
    """Record a stored file for an owner inside the caller's transaction (idempotent)."""
    unit_id = units_repo.row_id(session, unit_code)
    if unit_id is None:
        raise DomainError(f"Không có đơn vị “{unit_code}”.", field="unit_code")
    existing = repo.find(session, owner_kind, owner_id, stored.sha256)
    if existing:
        return _to_attachment(existing)
    new_id = repo.add(
        session,
        unit_id=unit_id,
        owner_kind=owner_kind,
        owner_id=owner_id,
        sha256=stored.sha256,
        original_name=stored.original_name,
        stored_name=stored.stored_name,
        size=stored.size,
        added_by=ctx.actor,
    )
    audit.record(
        session,
        actor=ctx.actor,
        action="create",
        entity="attachment",
        entity_id=new_id,
        unit_code=unit_code,
        after={
            "owner_kind": owner_kind,
            "owner_id": owner_id,
            "sha256": stored.sha256,
            "original_name": stored.original_name,
            "size": stored.size,
        },
    )
    return _to_attachment(repo.get(session, new_id))


def add_attachment(
    ctx: AppContext, unit_code: str, owner_kind: str, owner_id: int, source_path: str | os.PathLike
) -> Attachment:
    """Copy ``source_path`` into the data folder and attach it to (owner_kind, owner_id).

    Attaching the same content twice to the same owner returns the existing attachment.
    """
    from desktop.services.safety import require_writable

    require_writable(ctx)  # a viewer's file must not land in the folder before the refusal
    stored = store_file(ctx.data, source_path)
    with ctx.uow.begin() as s:
        return attach_in_session(s, ctx, unit_code, owner_kind, owner_id, stored)


def list_attachments(ctx: AppContext, owner_kind: str, owner_id: int) -> list[Attachment]:
    with ctx.uow.read() as s:
        return [_to_attachment(d) for d in repo.list_for(s, owner_kind, owner_id)]


def count_attachments(ctx: AppContext, owner_kind: str, owner_ids: list[int]) -> dict[int, int]:
    with ctx.uow.read() as s:
        return repo.counts_for(s, owner_kind, list(owner_ids))


def get_attachment(ctx: AppContext, attachment_id: int) -> Attachment:
    with ctx.uow.read() as s:
        d = repo.get(s, attachment_id)
    if d is None:
        raise DomainError(f"Không có tệp minh chứng số {attachment_id}.", field="attachment")
    return _to_attachment(d)


def attachment_path(ctx: AppContext, attachment: Attachment | int) -> Path:
    """Where the stored copy of an attachment is (open it from here, never from the original)."""
    if isinstance(attachment, int):
        attachment = get_attachment(ctx, attachment)
    return ctx.data.attachments / Path(*attachment.stored_name.split("/"))


def verify_attachment(ctx: AppContext, attachment: Attachment | int) -> bool:
    """True when the stored copy still has the SHA-256 recorded when it was added."""
    if isinstance(attachment, int):
        attachment = get_attachment(ctx, attachment)
    path = attachment_path(ctx, attachment)
    if not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest() == attachment.sha256


def remove(ctx: AppContext, attachment_id: int, *, area: str = "documents") -> Changes:
    """Detach a file; the stored copy is deleted when no other record uses the same content.

    The audit trail keeps the file's name, size and SHA-256.
    """
    with ctx.uow.begin() as s:
        d = repo.get(s, attachment_id)
        if d is None:
            raise DomainError(f"Không có tệp minh chứng số {attachment_id}.", field="attachment")
        repo.delete_row(s, attachment_id)
        audit.record(
            s,
            actor=ctx.actor,
            action="delete",
            entity="attachment",
            entity_id=attachment_id,
            unit_code=d["unit_code"],
            before={k: d[k] for k in ("owner_kind", "owner_id", "sha256", "original_name", "size")},
        )
        still_used = repo.stored_name_in_use(s, d["stored_name"])
    if not still_used:
        path = ctx.data.attachments / Path(*d["stored_name"].split("/"))
        path.unlink(missing_ok=True)
    return Changes.of(area)
