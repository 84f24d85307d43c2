"""Invitations: how a branch joins its parent unit without swapping key files by hand.

The parent (a Đoàn cơ sở, or any unit that keeps branches) writes one small file per branch,
``ThuMoi-<TenDonVi>.stmoi`` (its name in plain letters), and prints a page with the same facts and a short code. The file is
UTF-8 JSON (docs/formats/invitation.md)::

    {"format": "sothidua-invitation", "format_version": 1,
     "invitation": {"invitation_id": uuid4, "created_at": "…Z",
                    "parent": {"code", "name", "kind", "public_key" (base64 raw Ed25519),
                               "fingerprint"},
                    "branch": {"code", "name", "kind", "branch_type", "grade"},
                    "secret": "ABCDEFGHJKMNPQRS",        # one-time, 80 bits, base32
                    "hub": null | "https://…"},           # where the parent's hub is, if any
     "signature": base64 Ed25519 signature by the parent's key over canonical_json(invitation)}

The signature proves only that the file was not altered after the parent wrote it (the key it
is checked with is inside); that the file comes from the parent is the channel's job (handed
over, or sent by the parent's own Zalo account), as for any invitation letter.

Joining: the branch reads the file, takes its profile (code, name, type, grade) and its parent
(code, name, public key) from it, and from then on every package it sends carries an
*introduction* in its manifest: its own public key and an HMAC-SHA256 over that key and the
package id, keyed with a key derived from the secret (HKDF-SHA256, salt = invitation id). The
parent, holding the same derived key, trusts the branch's key the first time such a package
arrives, and marks the invitation used: a second installation presenting the same invitation
(another key) gets no trust; its packages wait for a person to confirm them.

The printed "short code" is the secret itself in four groups of four (``ABCD-EFGH-JKMN-PQRS``):
a person can type it to check that a file matches the page, or to look the invitation up where
the parent published it (a hub). This module is pure Python: no Qt, no database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.sync.keys import b64, fingerprint, unb64, verify_signature
from desktop.sync.package import canonical_json, safe_member_name, utc_now_iso

FORMAT = "sothidua-invitation"
FORMAT_VERSION = 1
EXTENSION = ".stmoi"
MAX_BYTES = 64 * 1024  # an invitation is about 1 KB; anything much larger is not one
SECRET_BYTES = 10  # 80 bits -> 16 base32 characters
KDF_INFO = b"sothidua-invitation-v1"
MAC_CONTEXT = b"sothidua-introduction-v1\n"
_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
_KINDS = ("chi-doan", "doan-co-so", "doan-cap-tren", "dang-uy-xa", "dang-cap-tren")
_BRANCH_TYPES = (None, "dan-cu", "co-quan", "doanh-nghiep", "luc-luong-vu-trang", "truong-hoc")


class InvalidInvitation(ValueError):
    """The file is not a usable invitation; the message (Vietnamese) says why."""


@dataclass(frozen=True)
class Party:
    code: str
    name: str
    kind: str
    branch_type: str | None = None
    grade: int | None = None
    public_key: str = ""  # base64, the parent only
    fingerprint: str = ""


@dataclass(frozen=True)
class Invitation:
    invitation_id: str
    created_at: str
    parent: Party
    branch: Party
    secret: str
    hub: str | None = None

    @property
    def parent_public_raw(self) -> bytes:
        return unb64(self.parent.public_key)

    @property
    def short_code(self) -> str:
        return short_code(self.secret)

    def mac_key(self) -> bytes:
        return mac_key(self.secret, self.invitation_id)

    def body(self) -> dict:
        return {
            "invitation_id": self.invitation_id,
            "created_at": self.created_at,
            "parent": {
                "code": self.parent.code,
                "name": self.parent.name,
                "kind": self.parent.kind,
                "public_key": self.parent.public_key,
                "fingerprint": self.parent.fingerprint,
            },
            "branch": {
                "code": self.branch.code,
                "name": self.branch.name,
                "kind": self.branch.kind,
                "branch_type": self.branch.branch_type,
                "grade": self.branch.grade,
            },
            "secret": self.secret,
            "hub": self.hub,
        }

    def file_name(self) -> str:
        """A name a person recognises: "Thư mời" and the invited unit's name, "ThuMoi-DangUyXaAnLao.stmoi"
        (its code only when the name has no letters to keep)."""
        return f"ThuMoi-{camel_name(self.branch.name) or safe_member_name(self.branch.code)}{EXTENSION}"


def camel_name(text: str, limit: int = 60) -> str:
    """'Đảng ủy xã An Lão' -> 'DangUyXaAnLao': ASCII letters and digits, for a file name."""
    plain = safe_member_name(text or "", default="")
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", plain) if w)[:limit]


# ------------------------------------------------------------------ secrets and codes
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def new_secret() -> str:
    return base64.b32encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def short_code(secret: str) -> str:
    return "-".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def normalise_code(typed: str) -> str:
    """What a person typed, as the secret: case, spaces and dashes ignored; the digits people
    confuse with letters (0 O, 1 I, 8 B) read as the letters base32 uses."""
    text = re.sub(r"[\s\-_.]", "", typed or "").upper()
    return text.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))


def code_matches(invitation: Invitation, typed: str) -> bool:
    return hmac.compare_digest(normalise_code(typed).encode(), invitation.secret.encode())


def mac_key(secret: str, invitation_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=invitation_id.encode("ascii"), info=KDF_INFO).derive(
        secret.encode("ascii")
    )


def introduction_message(invitation_id: str, branch_code: str, public_raw: bytes, package_id: str) -> bytes:
    return b"".join(
        [
            MAC_CONTEXT,
            invitation_id.encode("ascii"),
            b"\n",
            branch_code.encode("utf-8"),
            b"\n",
            public_raw,
            b"\n",
            package_id.encode("ascii"),
        ]
    )


def introduction(key: bytes, *, invitation_id: str, branch_code: str, public_raw: bytes, package_id: str) -> dict:
    """The manifest's ``introduction``: the sender's key, vouched for by the invitation's secret."""
    mac = hmac.new(
        key, introduction_message(invitation_id, branch_code, public_raw, package_id), hashlib.sha256
    ).digest()
    return {"invitation_id": invitation_id, "public_key": b64(public_raw), "mac": b64(mac)}


def check_introduction(key: bytes, intro: dict, *, branch_code: str, package_id: str) -> bytes | None:
    """The sender's public key if ``intro`` was made with ``key`` for this sender and package."""
    try:
        public_raw = unb64(intro["public_key"])
        mac = unb64(intro["mac"])
        inv_id = str(intro["invitation_id"])
    except (KeyError, TypeError, ValueError):
        return None
    if len(public_raw) != 32:
        return None
    want = hmac.new(key, introduction_message(inv_id, branch_code, public_raw, package_id), hashlib.sha256).digest()
    return public_raw if hmac.compare_digest(want, mac) else None


# ------------------------------------------------------------------ write and read
def create(
    signer,
    *,
    parent: dict,
    branch: dict,
    hub: str | None = None,
    secret: str | None = None,
    invitation_id: str | None = None,
    created_at: str | None = None,
) -> tuple[Invitation, bytes]:
    """A new invitation and the bytes of its file. ``signer`` is the parent's keys.Identity;
    ``parent``/``branch`` are {"code", "name", "kind"[, "branch_type", "grade"]}."""
    inv = Invitation(
        invitation_id=invitation_id or str(uuid.uuid4()),
        created_at=created_at or utc_now_iso(),
        parent=Party(
            parent["code"], parent["name"], parent["kind"], public_key=signer.public_b64, fingerprint=signer.fingerprint
        ),
        branch=Party(
            branch["code"],
            branch["name"],
            branch.get("kind") or "chi-doan",
            branch.get("branch_type"),
            branch.get("grade"),
        ),
        secret=secret or new_secret(),
        hub=hub,
    )
    _check_body(inv.body())
    body = inv.body()
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "invitation": body,
        "signature": b64(signer.sign(canonical_json(body))),
    }
    return inv, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def read(content: bytes) -> Invitation:
    """Parse and check an invitation file; never trusts it before every field is checked."""
    if len(content) > MAX_BYTES:
        raise InvalidInvitation(f"Tệp quá lớn ({len(content) // 1024} KB) để là thư mời.")
    try:
        doc = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidInvitation("Tệp không phải thư mời của Sổ Thi Đua (không đọc được nội dung).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidInvitation("Tệp không phải thư mời của Sổ Thi Đua.")
    if doc.get("format_version") != FORMAT_VERSION:
        raise InvalidInvitation("Thư mời do phiên bản Sổ Thi Đua khác tạo ra: hãy cập nhật phần mềm.")
    body = doc.get("invitation")
    _check_body(body)
    p, b = body["parent"], body["branch"]
    try:
        public_raw = unb64(p["public_key"])
        signature = unb64(str(doc.get("signature", "")))
    except ValueError:
        raise InvalidInvitation("Thư mời hỏng: khóa hoặc chữ ký không đọc được.") from None
    if len(public_raw) != 32 or fingerprint(public_raw) != p["fingerprint"]:
        raise InvalidInvitation("Thư mời hỏng: mã vân tay không khớp khóa của đơn vị mời.")
    if not verify_signature(public_raw, signature, canonical_json(body)):
        raise InvalidInvitation("Thư mời đã bị sửa sau khi đơn vị mời tạo ra (chữ ký không khớp).")
    return Invitation(
        invitation_id=body["invitation_id"],
        created_at=body["created_at"],
        parent=Party(p["code"], p["name"], p["kind"], public_key=p["public_key"], fingerprint=p["fingerprint"]),
        branch=Party(b["code"], b["name"], b["kind"], b.get("branch_type"), b.get("grade")),
        secret=body["secret"],
        hub=body.get("hub"),
    )


def _check_body(body) -> None:
    def bad(what: str):
        raise InvalidInvitation(f"Thư mời không hợp lệ: {what}.")

    if not isinstance(body, dict):
        bad("thiếu nội dung")
    allowed = {"invitation_id", "created_at", "parent", "branch", "secret", "hub"}
    if set(body) - allowed or {"invitation_id", "created_at", "parent", "branch", "secret"} - set(body):
        bad("các mục không đúng")
    try:
        uuid.UUID(str(body["invitation_id"]))
    except ValueError:
        bad("mã thư mời")
    if not isinstance(body["created_at"], str) or len(body["created_at"]) > 40:
        bad("ngày tạo")
    secret = body["secret"]
    if not isinstance(secret, str) or len(secret) != 16 or any(c not in _B32 for c in secret):
        bad("mã mời")
    hub = body.get("hub")
    if hub is not None and (not isinstance(hub, str) or len(hub) > 300 or not hub.startswith(("http://", "https://"))):
        bad("địa chỉ máy chủ")
    for role, keys in (
        ("parent", {"code", "name", "kind", "public_key", "fingerprint"}),
        ("branch", {"code", "name", "kind", "branch_type", "grade"}),
    ):
        part = body[role]
        if not isinstance(part, dict) or set(part) != keys:
            bad("thông tin đơn vị " + ("mời" if role == "parent" else "được mời"))
        if not isinstance(part["code"], str) or not _CODE_RE.match(part["code"]):
            bad("mã đơn vị")
        if not isinstance(part["name"], str) or not part["name"].strip() or len(part["name"]) > 200:
            bad("tên đơn vị")
        if part["kind"] not in _KINDS:
            bad("loại đơn vị")
    b = body["branch"]
    if b["branch_type"] not in _BRANCH_TYPES:
        bad("loại hình chi đoàn")
    if b["grade"] is not None and (
        not isinstance(b["grade"], int) or isinstance(b["grade"], bool) or not 1 <= b["grade"] <= 12
    ):
        bad("khối lớp")
    if body["parent"]["code"] == b["code"]:
        bad("đơn vị mời và đơn vị được mời trùng mã")
    if not isinstance(body["parent"]["public_key"], str) or not isinstance(body["parent"]["fingerprint"], str):
        bad("khóa của đơn vị mời")
