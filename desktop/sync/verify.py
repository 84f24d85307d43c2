"""Opening a received package without trusting it.

``open_package`` reads a file safely (size, ZIP structure, entry names, zip bombs) into memory —
nothing is ever extracted to disk by the names inside the archive. ``verify`` then checks, in
this order: the manifest's form (schema), that the package is addressed to us, that the sender
is a unit we enrolled and its key is not revoked, the Ed25519 signature over the manifest, the
SHA-256 and size of every member (and that no member is missing or extra), the structured data
against the kind's JSON Schema, and that the kind may travel in that direction (upward kinds only
from an enrolled child, downward kinds only from our enrolled parent).

Every failure raises ``Rejected(code, reason_vi)``; the service quarantines the file with that
reason and goes on with the next file.

Reading the file and its archive safely is in archive.py, the schema check in schema_check.py;
their names (``open_package``, ``read_file``, ``Rejected``, ``Limits``, ``schema_errors``…) are
still importable from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.archive import (  # noqa: F401  (REASONS, MiB, read_file: still importable from here)
    DEFAULT_LIMITS,
    REASONS,
    Limits,
    MiB,
    OpenedPackage,
    Rejected,
    _load_json,
    _short,
    open_package,
    read_file,
)
from desktop.sync.keys import fingerprint, unb64, verify_signature
from desktop.sync.kinds import ANY, DOWN, KINDS, UP
from desktop.sync.schema_check import (  # noqa: F401  (validator, json_path…: still importable from here)
    _fast_validator,
    json_path,
    schema_errors,
    validator,
)


@dataclass(frozen=True)
class TrustedKey:
    public_raw: bytes
    status: str  # active | retired | revoked
    relation: str  # child | parent

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)


class Trust(Protocol):
    """What the receiver knows: its own unit code and the keys of enrolled units."""

    self_code: str

    def keys_for(self, unit_code: str) -> list[TrustedKey]: ...


@dataclass
class VerifiedPackage:
    manifest: pkg.Manifest
    data: dict
    members: dict[str, bytes]
    relation: str  # the sender is our child | parent
    key_status: str
    sha256: str
    manifest_sha256: str
    size: int
    documents: dict[str, bytes] = field(default_factory=dict)
    evidence: dict[str, bytes] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # personal fields the receiver did not keep


def read_manifest(opened: OpenedPackage, limits: Limits = DEFAULT_LIMITS) -> pkg.Manifest:
    """The manifest, checked against resources/schemas/package-manifest.json (not yet trusted)."""
    if pkg.MANIFEST not in opened.members:
        raise Rejected("missing_manifest")
    raw = _load_json(opened.members[pkg.MANIFEST], "bad_manifest", "manifest.json", limits)
    if (
        isinstance(raw, dict)
        and raw.get("format") == pkg.FORMAT
        and isinstance(raw.get("format_version"), int)
        and raw["format_version"] > pkg.FORMAT_VERSION
    ):
        raise Rejected(
            "unsupported_format",
            f"định dạng {raw['format_version']}, máy này đọc được đến {pkg.FORMAT_VERSION}: hãy cập nhật Sổ Thi Đua",
        )
    errors = schema_errors("package-manifest", raw)
    if errors:
        raise Rejected("bad_manifest", "; ".join(errors))
    return pkg.Manifest.from_json(raw)


def _signature(opened: OpenedPackage, limits: Limits) -> tuple[str, bytes]:
    if pkg.SIGNATURE not in opened.members:
        raise Rejected("missing_signature")
    sig = _load_json(opened.members[pkg.SIGNATURE], "missing_signature", "signature.json", limits)
    try:
        if sig["algorithm"] != pkg.ALGORITHM:
            raise Rejected("bad_signature", f"thuật toán “{str(sig['algorithm'])[:40]}” không được hỗ trợ")
        value = unb64(sig["signature"])
        fp = str(sig["key_fingerprint"])
    except Rejected:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise Rejected("missing_signature", f"signature.json hỏng ({_short(exc)})") from None
    return fp, value


def check_members(opened: OpenedPackage, manifest: pkg.Manifest) -> None:
    listed = {f.path: f for f in manifest.files}
    if len(listed) != len(manifest.files):
        raise Rejected("bad_manifest", "một tệp được kê khai hai lần")
    for path, entry in listed.items():
        if path not in opened.members:
            raise Rejected("missing_file", f"“{path}”")
        data = opened.members[path]
        if len(data) != entry.size or pkg.sha256_hex(data) != entry.sha256:
            raise Rejected("hash_mismatch", f"“{path}”")
    for path in opened.members:
        if path not in listed and path not in (pkg.MANIFEST, pkg.SIGNATURE):
            raise Rejected("unlisted_file", f"“{path}”")
    if pkg.DATA not in listed:
        raise Rejected("missing_file", f"“{pkg.DATA}”")


def verify(opened: OpenedPackage, trust: Trust, limits: Limits = DEFAULT_LIMITS) -> VerifiedPackage:
    manifest = read_manifest(opened, limits)
    fp, signature = _signature(opened, limits)
    try:
        return _verify(opened, manifest, fp, signature, trust, limits)
    except Rejected as exc:
        exc.manifest = manifest
        raise


def _verify(opened, manifest, fp, signature, trust, limits) -> VerifiedPackage:
    if manifest.kind == "enrolment":
        raise Rejected(
            "wrong_direction",
            "tệp đăng ký khóa phải nhập bằng chức năng “Nhập tệp đăng "
            "ký khóa” (sync enrol-import) để đối chiếu mã vân tay",
        )
    if manifest.recipient_code != trust.self_code:
        raise Rejected("wrong_recipient", f"gửi cho “{manifest.recipient_code}”, đơn vị này là “{trust.self_code}”")
    keys = trust.keys_for(manifest.sender_code)
    if not keys:
        raise Rejected("unknown_sender", f"“{manifest.sender_code}”")
    manifest_bytes = opened.members[pkg.MANIFEST]
    used = None
    for key in keys:
        if verify_signature(key.public_raw, signature, manifest_bytes):
            used = key
            break
    if used is None:
        raise Rejected("bad_signature", f"không khớp khóa đã đăng ký của “{manifest.sender_code}”")
    if used.status == "revoked":
        raise Rejected("revoked_key", f"khóa {used.fingerprint} của “{manifest.sender_code}” đã bị thay")
    if used.fingerprint != manifest.key_fingerprint or fp != manifest.key_fingerprint:
        raise Rejected("inconsistent", "mã vân tay khóa trong gói không khớp khóa đã ký")
    check_members(opened, manifest)
    direction = KINDS[manifest.kind].direction
    if direction == UP and used.relation != "child" or direction == DOWN and used.relation != "parent":
        who = "đơn vị cấp dưới" if direction == UP else "đơn vị cấp trên"
        raise Rejected("wrong_direction", f"“{KINDS[manifest.kind].title_vi}” chỉ nhận từ {who}")
    if direction == ANY and used.relation not in ("child", "parent"):
        raise Rejected("wrong_direction")
    data = _load_json(opened.members[pkg.DATA], "bad_data", "data.json", limits)
    if manifest.schema_version > KINDS[manifest.kind].schema_version:
        raise Rejected("unsupported_format", f"lược đồ {manifest.kind} phiên bản {manifest.schema_version}")
    # The receiver keeps only what the sender may send (desktop/sync/privacy.py), before the
    # schema (which forbids any other member field) is checked: a careless or altered sender's
    # phone numbers and dates of birth are dropped here, never stored.
    data, dropped = privacy.minimise_received(manifest.kind, data)
    errors = schema_errors(f"package-{manifest.kind}", data)
    if errors:
        raise Rejected("bad_data", "; ".join(errors))
    declared = set(manifest.personal_fields)
    if any(f.startswith(("record.", "pdf.")) for f in declared):  # a sender that declares everything
        undeclared = set(privacy.personal_fields_of(manifest.kind, data, with_documents=False)) - declared
        if undeclared:
            raise Rejected(
                "inconsistent",
                "gói mang dữ liệu cá nhân không khai trong tệp kê khai: " + ", ".join(privacy.labels_vi(undeclared)),
            )
    _check_consistency(manifest, data)
    docs = {f.path: opened.members[f.path] for f in manifest.documents}
    evid = {f.path: opened.members[f.path] for f in manifest.evidence}
    return VerifiedPackage(
        manifest,
        data,
        opened.members,
        used.relation,
        used.status,
        opened.sha256,
        pkg.sha256_hex(manifest_bytes),
        opened.size,
        docs,
        evid,
        dropped,
    )


def _check_consistency(manifest: pkg.Manifest, data: dict) -> None:
    """Fields that appear in both places must agree (a signed manifest with mismatched data
    would be a bug or a forgery by someone holding the key)."""
    unit = data.get("unit") if isinstance(data, dict) else None
    if (
        isinstance(unit, dict)
        and unit.get("code") not in (None, manifest.sender_code)
        and manifest.kind in ("registration", "quarterly", "year-end", "summary", "commune-report")
    ):
        raise Rejected("inconsistent", f"dữ liệu của “{unit.get('code')}” nhưng người gửi là “{manifest.sender_code}”")
    if (
        isinstance(unit, dict)
        and unit.get("code") not in (None, manifest.recipient_code)
        and manifest.kind in ("return", "reminder", "approval")
    ):
        raise Rejected(
            "inconsistent", f"dữ liệu gửi cho “{unit.get('code')}” nhưng người nhận là “{manifest.recipient_code}”"
        )
    for key in ("campaign", "period", "quarter"):
        if key in data and data[key] != getattr(manifest, key):
            raise Rejected("inconsistent", f"trường “{key}” khác tệp kê khai")


def check_record_owner(
    manifest: pkg.Manifest, data: dict, self_code: str, units: dict[str, str | None], enrolled_children: set[str]
) -> None:
    """A record inside a package must be the sender's own unit (whose parent is the receiver), or
    a branch the sender keeps itself (its parent is the sender, and it is not a unit known here
    under another parent or with an installation of its own). ``units`` maps every unit code
    known here to its parent code. Anything else (a sibling's record, another unit's) is refused
    before a byte of it is written."""
    rec = data.get("record") if isinstance(data, dict) else None
    if not isinstance(rec, dict):
        return
    unit = rec.get("unit") if isinstance(rec.get("unit"), dict) else {}
    code, parent = unit.get("code"), unit.get("parent_code")
    sender = manifest.sender_code
    if code == sender:
        if parent not in (None, self_code):
            raise Rejected(
                "foreign_record", f"hồ sơ của “{code}” ghi đơn vị cấp trên là “{parent}”, không phải “{self_code}”"
            )
        return
    if parent != sender:
        raise Rejected(
            "foreign_record",
            f"hồ sơ của “{code}” trong gói do “{sender}” gửi: một chi đoàn chỉ gửi hồ sơ của chính mình",
        )
    if code in enrolled_children or (code in units and units[code] != sender):
        raise Rejected(
            "foreign_record",
            f"“{code}” không do “{sender}” quản lý (đơn vị đó thuộc "
            f"“{units.get(code) or self_code}” hoặc tự gửi dữ liệu)",
        )


# ------------------------------------------------------------------ enrolment files
@dataclass
class VerifiedEnrolment:
    manifest: pkg.Manifest
    data: dict
    public_raw: bytes
    fingerprint: str
    sha256: str


def verify_enrolment(content: bytes, limits: Limits = DEFAULT_LIMITS) -> VerifiedEnrolment:
    """An enrolment file is self-signed: it proves its sender holds the private key of the public
    key it carries. Whether to trust that key is the human's call (fingerprint by phone) or a
    rotation chain from a key already trusted — decided by the service."""
    opened = open_package(content, limits)
    manifest = read_manifest(opened, limits)
    if manifest.kind != "enrolment":
        raise Rejected(
            "wrong_direction",
            f"đây là gói “{KINDS[manifest.kind].title_vi}”, không phải tệp đăng ký khóa: hãy dùng chức năng Nhập gói",
        )
    fp, signature = _signature(opened, limits)
    check_members(opened, manifest)
    data = _load_json(opened.members[pkg.DATA], "bad_data", "data.json", limits)
    errors = schema_errors("package-enrolment", data)
    if errors:
        raise Rejected("bad_data", "; ".join(errors), manifest=manifest)
    try:
        public_raw = unb64(data["public_key"])
    except ValueError:
        raise Rejected("bad_data", "khóa công khai không đọc được", manifest=manifest) from None
    if len(public_raw) != 32 or not verify_signature(public_raw, signature, opened.members[pkg.MANIFEST]):
        raise Rejected("bad_signature", "tệp không được ký bằng khóa nó mang theo", manifest=manifest)
    fpr = fingerprint(public_raw)
    if fpr != data["fingerprint"] or fpr != manifest.key_fingerprint or fpr != fp:
        raise Rejected("inconsistent", "mã vân tay không khớp khóa công khai", manifest=manifest)
    if data["unit"]["code"] != manifest.sender_code:
        raise Rejected("inconsistent", "mã đơn vị trong dữ liệu khác người gửi", manifest=manifest)
    return VerifiedEnrolment(manifest, data, public_raw, fpr, opened.sha256)
