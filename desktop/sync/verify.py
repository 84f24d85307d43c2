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
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from desktop.paths import schemas_dir
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.keys import fingerprint, unb64, verify_signature
from desktop.sync.kinds import ANY, DOWN, KINDS, UP

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What a receiver accepts. Evidence is limited when building (a setting the user sees);
    these limits protect the receiver from anything, including hand-made files."""

    max_package_bytes: int = 64 * MiB
    max_entries: int = 500
    max_entry_bytes: int = 64 * MiB
    max_total_bytes: int = 160 * MiB
    max_json_bytes: int = 16 * MiB
    max_ratio: int = 100  # uncompressed ÷ compressed, for members above ratio_floor
    ratio_floor: int = 1 * MiB


DEFAULT_LIMITS = Limits()

# Reason codes (stable, for tests and the hub) with the Vietnamese explanation the user reads.
REASONS = {
    "unreadable": "Không đọc được tệp",
    "too_large": "Tệp quá lớn",
    "not_a_package": "Không phải gói dữ liệu Sổ Thi Đua",
    "truncated": "Gói bị cắt cụt hoặc hỏng (tệp chưa chép hết hoặc bị sửa)",
    "too_many_entries": "Gói có quá nhiều tệp bên trong",
    "unsafe_path": "Gói chứa đường dẫn không an toàn (ra ngoài thư mục gói)",
    "duplicate_entry": "Gói chứa hai tệp trùng tên",
    "zip_bomb": "Gói nén bất thường (nghi “bom nén”)",
    "missing_manifest": "Gói thiếu tệp kê khai manifest.json",
    "missing_signature": "Gói thiếu chữ ký số",
    "bad_manifest": "Tệp kê khai (manifest) không hợp lệ",
    "unsupported_format": "Gói do phiên bản mới hơn tạo ra",
    "wrong_recipient": "Gói gửi cho đơn vị khác",
    "unknown_sender": "Đơn vị gửi chưa đăng ký khóa với đơn vị này",
    "revoked_key": "Gói ký bằng khóa đã bị thu hồi",
    "bad_signature": "Chữ ký số không hợp lệ (gói bị sửa hoặc ký bằng khóa khác)",
    "missing_file": "Gói thiếu tệp đã kê khai",
    "unlisted_file": "Gói có tệp không được kê khai",
    "hash_mismatch": "Nội dung tệp không khớp mã băm SHA-256 đã ký",
    "bad_data": "Dữ liệu trong gói không đúng lược đồ",
    "wrong_direction": "Loại gói này không được gửi theo chiều đó",
    "inconsistent": "Dữ liệu trong gói mâu thuẫn với tệp kê khai",
    "conflict": "Cùng mã gói nhưng nội dung khác với gói đã nhận",
    "foreign_record": "Gói mang hồ sơ không thuộc đơn vị gửi",
}


class Rejected(Exception):
    """A package refused with a reason (code + Vietnamese text naming what is wrong)."""

    def __init__(self, code: str, detail: str = "", *, manifest: pkg.Manifest | None = None):
        self.code = code
        self.detail = detail
        self.manifest = manifest
        text = REASONS.get(code, code)
        super().__init__(f"{text}: {detail}" if detail else text)

    @property
    def reason(self) -> str:
        return str(self)


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
class OpenedPackage:
    """The members of a structurally safe archive, read into memory."""

    members: dict[str, bytes]
    size: int
    sha256: str


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


# ------------------------------------------------------------------ safe unzip
_ALLOWED = re.compile(
    r"^(manifest\.json|signature\.json|data\.json|"
    r"documents/[A-Za-z0-9][A-Za-z0-9._-]{0,120}|"
    r"evidence/[A-Za-z0-9][A-Za-z0-9._-]{0,120})$"
)


def _unsafe(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return True
    parts = name.split("/")
    return any(p in ("", ".", "..") for p in parts[:-1]) or parts[-1] in (".", "..")


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refusing (before reading) anything larger than a package may be."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise Rejected("unreadable", str(exc.strerror or exc)) from None
    if size > limits.max_package_bytes:
        raise Rejected("too_large", f"{size / MiB:.1f} MB, tối đa {limits.max_package_bytes // MiB} MB")
    try:
        with open(path, "rb") as fh:
            data = fh.read(limits.max_package_bytes + 1)
    except OSError as exc:
        raise Rejected("unreadable", str(exc.strerror or exc)) from None
    if len(data) > limits.max_package_bytes:
        raise Rejected("too_large", f"tối đa {limits.max_package_bytes // MiB} MB")
    return data


def open_package(content: bytes, limits: Limits = DEFAULT_LIMITS) -> OpenedPackage:
    if len(content) > limits.max_package_bytes:
        raise Rejected("too_large", f"{len(content) / MiB:.1f} MB, tối đa {limits.max_package_bytes // MiB} MB")
    if not content.startswith(b"PK"):
        raise Rejected("not_a_package", "tệp không phải định dạng ZIP của gói .stpkg")
    try:
        zf = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError) as exc:
        raise Rejected("truncated", _short(exc)) from None
    except Exception as exc:  # noqa: BLE001 - zipfile raises odd errors on hostile input
        raise Rejected("truncated", _short(exc)) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_entries:
            raise Rejected("too_many_entries", f"{len(infos)} tệp, tối đa {limits.max_entries}")
        names = set()
        total = 0
        for info in infos:
            name = info.filename
            if _unsafe(name) or name.endswith("/") or stat.S_ISLNK(info.external_attr >> 16):
                raise Rejected("unsafe_path", f"“{name[:120]}”")
            if name in names:
                raise Rejected("duplicate_entry", f"“{name[:120]}”")
            names.add(name)
            if info.flag_bits & 0x1:
                raise Rejected("not_a_package", f"tệp “{name[:120]}” bị mã hóa")
            if info.file_size > limits.max_entry_bytes:
                raise Rejected("zip_bomb", f"“{name[:120]}” giải nén ra {info.file_size / MiB:.0f} MB")
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                raise Rejected("zip_bomb", f"“{name[:120]}” nén {info.file_size // max(info.compress_size, 1)}:1")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise Rejected("zip_bomb", f"tổng dung lượng giải nén vượt {limits.max_total_bytes // MiB} MB")
        for name in names:
            if not _ALLOWED.match(name):
                raise Rejected("unlisted_file", f"“{name[:120]}” không thuộc cấu trúc gói")
        members: dict[str, bytes] = {}
        for info in infos:
            try:
                with zf.open(info) as fh:
                    data = fh.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
                raise Rejected("truncated", f"“{info.filename}”: {_short(exc)}") from None
            except Exception as exc:  # noqa: BLE001 - zlib.error and friends on hostile input
                raise Rejected("truncated", f"“{info.filename}”: {_short(exc)}") from None
            if len(data) != info.file_size:
                raise Rejected(
                    "zip_bomb" if len(data) > info.file_size else "truncated",
                    f"“{info.filename}” có kích thước khác khai báo",
                )
            members[info.filename] = data
    return OpenedPackage(members, len(content), pkg.sha256_hex(content))


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:160]


# ------------------------------------------------------------------ schemas
@cache
def validator(schema_name: str):
    """A compiled JSON Schema validator for resources/schemas/<schema_name>.json."""
    from jsonschema import Draft202012Validator

    schema = json.loads((schemas_dir() / f"{schema_name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@cache
def _fast_validator(schema_name: str):
    """A compiled fastjsonschema check (≈ 10× faster) for the common case of a valid document;
    the detailed messages come from jsonschema only when it fails. Our schemas use only keywords
    that mean the same in drafts 7 and 2020-12 (tests/sync/test_schemas.py checks both agree)."""
    try:
        import fastjsonschema
    except ImportError:  # pragma: no cover - optional speed-up
        return None
    schema = json.loads((schemas_dir() / f"{schema_name}.json").read_text(encoding="utf-8"))
    schema.pop("$schema", None)
    schema.pop("$id", None)
    return fastjsonschema.compile(schema)


def schema_errors(schema_name: str, value) -> list[str]:
    """'members[3].full_name: … ' style messages, at most five."""
    fast = _fast_validator(schema_name)
    if fast is not None:
        try:
            fast(value)
            return []
        except Exception:  # noqa: BLE001 - JsonSchemaException or anything odd: ask jsonschema
            pass
    out = []
    for err in sorted(validator(schema_name).iter_errors(value), key=lambda e: list(e.absolute_path))[:5]:
        out.append(f"{json_path(err.absolute_path)}: {err.message[:200]}")
    return out


def json_path(parts) -> str:
    s = ""
    for p in parts:
        s += f"[{p}]" if isinstance(p, int) else (f".{p}" if s else str(p))
    return s or "(gốc)"


def _load_json(raw: bytes, code: str, what: str, limits: Limits):
    from desktop.domain import bounded_json

    if len(raw) > limits.max_json_bytes:
        raise Rejected(code, f"{what} quá lớn")
    try:
        # Depth and number length bounded before parsing (issue 18), texts up to the file's size.
        return bounded_json.loads(
            raw, what, bounded_json.JsonLimits(max_bytes=limits.max_json_bytes, max_string_chars=limits.max_json_bytes)
        )
    except bounded_json.JsonRefused as exc:
        raise Rejected(code, f"{what} không phải JSON hợp lệ ({exc.short})") from None


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
