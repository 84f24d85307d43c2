"""Reading a received file into memory without trusting it (verify.py checks what is inside).

``read_file`` refuses anything larger than a package may be before reading it; ``open_package``
reads a ZIP archive's members into memory after checking its structure — the number and size of
its entries, their names (nothing outside the package's own layout, no absolute or parent paths,
no links, no duplicates), encryption and zip bombs — and nothing is ever extracted to disk by the
names inside the archive. Every refusal is a ``Rejected(code, reason_vi)``; ``REASONS`` holds the
Vietnamese text of every code the receiver uses."""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.sync import package as pkg

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


@dataclass
class OpenedPackage:
    """The members of a structurally safe archive, read into memory."""

    members: dict[str, bytes]
    size: int
    sha256: str


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
