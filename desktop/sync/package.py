"""The submission package: one ZIP file per submission (docs/formats/goi-du-lieu.md).

Layout of a ``.stpkg`` file::

    manifest.json        what the package is, who sends it to whom, and the SHA-256 and size
                         of every other member (canonical JSON: sorted keys, UTF-8, no spaces)
    signature.json       {"algorithm": "Ed25519", "key_fingerprint": …, "signature": base64}
                         — the signature over the exact bytes of manifest.json
    data.json            the structured data, valid against resources/schemas/package-<kind>.json
    documents/<name>.pdf the document(s) printed for the submission
    evidence/<name>      evidence files the data refers to (optional, size-limited)

Signing the manifest is enough: the manifest holds the hash of every other member, so changing
any byte of any member, adding or removing one, breaks either a hash or the signature.

This module builds packages and parses manifests; it never trusts what it parses — that is
``verify.py``'s job. It imports neither Qt nor the database.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.sync.kinds import FILE_WORDS, KINDS, subject_key

FORMAT = "sothidua-package"
FORMAT_VERSION = 1
EXTENSION = ".stpkg"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
DATA = "data.json"
DOCUMENTS_DIR = "documents/"
EVIDENCE_DIR = "evidence/"
ALGORITHM = "Ed25519"
ANY_CHILD = "*"  # recipient of an enrolment file: whoever holds this unit as parent or child

# A fixed timestamp inside the ZIP keeps a package's bytes a function of its content.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Signer(Protocol):
    fingerprint: str

    def sign(self, data: bytes) -> bytes: ...


def canonical_json(value: Any) -> bytes:
    """The one serialisation that is hashed and signed: sorted keys, compact, UTF-8, NFC text.

    Text is nearly always NFC already: then the whole serialisation is NFC and, since every string
    in it sits between quotes (which never combine with a neighbour), so is every key and value —
    the copy ``_nfc`` would make is the same data, and the bytes are the same without it (a
    record of 300 members: 5 ms less per package)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    if not unicodedata.is_normalized("NFC", text):
        text = json.dumps(_nfc(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {_nfc(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_nfc(v) for v in value]
    return value


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_member_name(name: str, *, default: str = "tep") -> str:
    """An ASCII file name that is safe in any archive and on any disk: 'Biên bản họp.pdf' ->
    'Bien_ban_hop.pdf'."""
    text = (name or "").replace("Đ", "D").replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = _SAFE.sub("_", text).strip("._") or default
    stem, dot, ext = text.rpartition(".")
    if dot and stem:
        return f"{stem[:80]}.{ext[:10]}"
    return text[:90]


def utc_now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int
    role: str  # data | document | evidence
    title: str = ""


@dataclass(frozen=True)
class Manifest:
    """A typed view of manifest.json (already schema-checked by verify.py when received)."""

    package_id: str
    kind: str
    sender_code: str
    sender_name: str
    recipient_code: str
    campaign: str | None
    period: str | None
    quarter: int | None
    subject: str
    version: int
    supersedes: str | None
    in_reply_to: str | None
    created_at: str
    app_version: str
    schema_version: int
    key_fingerprint: str
    files: tuple[FileEntry, ...]
    personal_fields: tuple[str, ...]
    raw: dict = field(repr=False, compare=False, default_factory=dict)
    # The sender's public key, and with an invitation the proof that the sender holds its secret
    # (desktop/sync/invitation.py): {"public_key"[, "invitation_id", "mac"]}.
    introduction: dict | None = None

    @classmethod
    def from_json(cls, raw: dict) -> Manifest:
        return cls(
            package_id=raw["package_id"],
            kind=raw["kind"],
            sender_code=raw["sender"]["code"],
            sender_name=raw["sender"].get("name", ""),
            recipient_code=raw["recipient"]["code"],
            campaign=raw.get("campaign"),
            period=raw.get("period"),
            quarter=raw.get("quarter"),
            subject=raw["subject"],
            version=int(raw["version"]),
            supersedes=raw.get("supersedes"),
            in_reply_to=raw.get("in_reply_to"),
            created_at=raw["created_at"],
            app_version=raw["app_version"],
            schema_version=int(raw["schema_version"]),
            key_fingerprint=raw["key_fingerprint"],
            files=tuple(
                FileEntry(f["path"], f["sha256"], int(f["size"]), f["role"], f.get("title", "")) for f in raw["files"]
            ),
            personal_fields=tuple(raw.get("personal_fields", [])),
            raw=raw,
            introduction=raw.get("introduction"),
        )

    @property
    def documents(self) -> tuple[FileEntry, ...]:
        return tuple(f for f in self.files if f.role == "document")

    @property
    def evidence(self) -> tuple[FileEntry, ...]:
        return tuple(f for f in self.files if f.role == "evidence")


@dataclass(frozen=True)
class BuiltPackage:
    content: bytes
    manifest: Manifest

    @property
    def package_id(self) -> str:
        return self.manifest.package_id

    @property
    def sha256(self) -> str:
        return sha256_hex(self.content)

    def file_name(self) -> str:
        return package_file_name(self.manifest)


def package_file_name(m: Manifest) -> str:
    """'DangKy-2026-CD-TDP3-v1-3f2a9c01.stpkg', 'BienNhan-DCS-001-3f2a9c01.stpkg': the name in the
    outbox folder, in Vietnamese words without diacritics (issue 23: it read 'SoThiDua_CD-TDP3_
    registration_…'); a file saved for a person carries the unit's name instead (sending.human_file_name).
    Any name is read back: a package is known by its content, never by its file name."""
    parts = [FILE_WORDS.get(m.kind, "Goi")]
    if m.period:
        parts.append(safe_member_name(m.period))
    if m.quarter:
        parts.append(f"Quy{m.quarter}")
    parts.append(safe_member_name(m.sender_code))
    if m.kind not in ("receipt", "enrolment"):
        parts.append(f"v{m.version}")
    parts.append(m.package_id.replace("-", "")[:8])
    return "-".join(parts) + EXTENSION


@dataclass(frozen=True)
class Attachment:
    """A document or evidence file to put in a package."""

    name: str
    content: bytes
    title: str = ""


class EvidenceTooLarge(DomainError):
    def __init__(self, total: int, limit: int):
        super().__init__(
            f"Minh chứng đính kèm quá lớn: {total / 1048576:.1f} MB, giới hạn mỗi gói là "
            f"{limit / 1048576:.0f} MB. Hãy bỏ bớt tệp minh chứng hoặc đổi giới hạn trong Cài đặt "
            "(“Gói gửi cấp trên: dung lượng minh chứng tối đa mỗi gói”).",
            field="evidence",
        )
        self.total, self.limit = total, limit


def build(
    *,
    signer: Signer,
    kind: str,
    sender: dict,
    recipient: dict,
    data: dict,
    campaign: str | None = None,
    period: str | None = None,
    quarter: int | None = None,
    subject: str | None = None,
    version: int = 1,
    supersedes: str | None = None,
    in_reply_to: str | None = None,
    documents: list[Attachment] | None = None,
    evidence: list[Attachment] | None = None,
    evidence_limit: int | None = None,
    personal_fields: list[str] | tuple[str, ...] = (),
    package_id: str | None = None,
    created_at: str | None = None,
    introduction: dict | None = None,
    audit_head: dict | None = None,
) -> BuiltPackage:
    """Assemble, hash and sign one package. ``sender``/``recipient`` are {"code", "name"}."""
    if kind not in KINDS:
        raise ValueError(f"unknown package kind {kind!r}")
    documents = list(documents or [])
    evidence = list(evidence or [])
    total_evidence = sum(len(a.content) for a in evidence)
    if evidence_limit is not None and total_evidence > evidence_limit:
        raise EvidenceTooLarge(total_evidence, evidence_limit)

    members: list[tuple[str, bytes, str, str]] = [(DATA, canonical_json(data), "data", "")]
    used = {DATA}
    for role, folder, items in (("document", DOCUMENTS_DIR, documents), ("evidence", EVIDENCE_DIR, evidence)):
        for i, att in enumerate(items, start=1):
            name = folder + safe_member_name(att.name, default=f"{role}{i}")
            if name in used:
                stem, dot, ext = name.rpartition(".")
                name = f"{stem}_{i}.{ext}" if dot else f"{name}_{i}"
            used.add(name)
            members.append((name, att.content, role, att.title))

    raw = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": package_id or str(uuid.uuid4()),
        "kind": kind,
        "sender": {"code": sender["code"], "name": sender.get("name", "")},
        "recipient": {"code": recipient["code"], "name": recipient.get("name", "")},
        "campaign": campaign,
        "period": period,
        "quarter": quarter,
        "subject": subject or subject_key(kind, campaign=campaign, period=period, quarter=quarter),
        "version": int(version),
        "supersedes": supersedes,
        "in_reply_to": in_reply_to,
        "created_at": created_at or utc_now_iso(),
        "app_version": __version__,
        "schema_version": KINDS[kind].schema_version,
        "key_fingerprint": signer.fingerprint,
        "personal_fields": sorted(set(personal_fields)),
        "files": [
            {"path": n, "sha256": sha256_hex(c), "size": len(c), "role": r, "title": t} for n, c, r, t in members
        ],
    }
    if introduction is not None:
        raw["introduction"] = introduction
    if audit_head is not None:
        # The sender's audit chain head, signed with the rest: the recipient keeps proof of the
        # sender's history as it stood (issue 18).
        raw["audit_head"] = {
            "count": int(audit_head["count"]),
            "last_id": audit_head.get("last_id"),
            "last_hash": audit_head.get("last_hash"),
        }
    manifest_bytes = canonical_json(raw)
    signature = {
        "algorithm": ALGORITHM,
        "key_fingerprint": signer.fingerprint,
        "signature": _b64(signer.sign(manifest_bytes)),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in [(MANIFEST, manifest_bytes), (SIGNATURE, canonical_json(signature))] + [
            (n, c) for n, c, _r, _t in members
        ]:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content)
    return BuiltPackage(buf.getvalue(), Manifest.from_json(json.loads(manifest_bytes)))


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")
