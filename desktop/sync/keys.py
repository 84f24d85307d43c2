"""The installation's identity: an Ed25519 key pair in ``DataDir.keys``, created at first use.

Files (all written via temporary file + fsync + rename)::

    keys/identity.key     the private key (PKCS#8 PEM), readable by the user only
    keys/identity.json    {"fingerprint", "public_key" (base64 raw 32 bytes), "created_at"}
    keys/history.json     earlier public keys with the date they were retired (rotation)

The fingerprint is the first 128 bits of SHA-256 of the raw public key, in eight groups of four
hex digits ("3F2A-9C01-…"): short enough to read out over the phone, long enough that nobody can
make another key with the same fingerprint.

Rotation makes a new pair and signs a statement with the OLD key that vouches for the new one,
so the parent can accept the new key without a phone call; the old private key is then deleted.
A lost key cannot sign anything: the parent replaces it by hand after comparing fingerprints
(services/sync.enrol_import(..., replace_lost_key=True)).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.sync.files import atomic_write
from desktop.sync.package import utc_now_iso

PRIVATE = "identity.key"
PUBLIC = "identity.json"
HISTORY = "history.json"
ROTATION_CONTEXT = b"sothidua-key-rotation-v1\n"


def fingerprint(public_raw: bytes) -> str:
    h = hashlib.sha256(public_raw).hexdigest()[:32].upper()
    return "-".join(h[i : i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def rotation_message(unit_code: str, new_public_raw: bytes) -> bytes:
    return ROTATION_CONTEXT + unit_code.encode("utf-8") + b"\n" + new_public_raw


@dataclass(frozen=True)
class Identity:
    """One key pair of this installation."""

    private: Ed25519PrivateKey
    created_at: str

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return b64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


class KeyStore:
    """The key files of one data folder."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @property
    def exists(self) -> bool:
        return (self.folder / PRIVATE).exists()

    def identity(self) -> Identity:
        """The current key pair, created now if this installation has none yet."""
        path = self.folder / PRIVATE
        if not path.exists():
            self._create(first=True)
        return self._load()

    def _load(self) -> Identity:
        pem = (self.folder / PRIVATE).read_bytes()
        key = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("identity.key is not an Ed25519 key")
        try:
            meta = json.loads((self.folder / PUBLIC).read_text(encoding="utf-8"))
            created = meta.get("created_at") or ""
        except (OSError, ValueError):
            created = ""
        return Identity(key, created)

    def _create(self, *, first: bool) -> Identity:
        self.folder.mkdir(parents=True, exist_ok=True)
        ident = Identity(Ed25519PrivateKey.generate(), utc_now_iso())
        self._write(ident, exclusive=first)
        return self._load()

    def _write(self, ident: Identity, *, exclusive: bool = False) -> None:
        pem = ident.private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        # Two processes starting at once must end up with ONE key: the first one to link wins.
        if not atomic_write(self.folder / PRIVATE, pem, mode=0o600, exclusive=exclusive):
            return
        atomic_write(
            self.folder / PUBLIC,
            json.dumps(
                {"fingerprint": ident.fingerprint, "public_key": ident.public_b64, "created_at": ident.created_at},
                ensure_ascii=False,
                indent=2,
            ).encode("utf-8"),
        )

    def history(self) -> list[dict]:
        try:
            return json.loads((self.folder / HISTORY).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []

    def rotate(self, unit_code: str) -> tuple[Identity, Identity]:
        """Replace the key pair. The old key signs a statement vouching for the new one (kept in
        history.json so any later enrolment file carries the whole chain); the old private key
        is then gone."""
        old = self.identity()
        self.folder.mkdir(parents=True, exist_ok=True)
        new = Identity(Ed25519PrivateKey.generate(), utc_now_iso())
        history = self.history()
        history.append(
            {
                "fingerprint": old.fingerprint,
                "public_key": old.public_b64,
                "created_at": old.created_at,
                "retired_at": new.created_at,
                "successor_fingerprint": new.fingerprint,
                "statement": b64(old.sign(rotation_message(unit_code, new.public_raw))),
            }
        )
        # History first: if we stop between the two writes, the old key is still current and
        # the dangling statement vouches for a key that never became current (harmless).
        atomic_write(self.folder / HISTORY, json.dumps(history, ensure_ascii=False, indent=2).encode("utf-8"))
        self._write(new)
        return old, new

    def rotation_chain(self) -> list[dict]:
        """Statements from every earlier key to its successor, oldest first."""
        return [
            {
                "previous_public_key": h["public_key"],
                "previous_fingerprint": h["fingerprint"],
                "successor_fingerprint": h["successor_fingerprint"],
                "statement": h["statement"],
            }
            for h in self.history()
            if h.get("statement")
        ]


def verify_rotation_chain(
    unit_code: str, chain: list[dict], new_public_raw: bytes, known_fingerprints: set[str]
) -> str | None:
    """The fingerprint of a known key that (through the chain) vouches for ``new_public_raw``,
    or None. Each link: the previous key signed rotation_message(unit, successor key)."""
    if not chain:
        return None
    keys = []
    for link in chain:
        try:
            keys.append((unb64(link["previous_public_key"]), unb64(link["statement"])))
        except (KeyError, ValueError, TypeError):
            return None
    successors = [k for k, _ in keys[1:]] + [new_public_raw]
    start = None
    for i, (prev, _sig) in enumerate(keys):
        if fingerprint(prev) in known_fingerprints:
            start = i  # the latest known link wins
    if start is None:
        return None
    for (prev, sig), succ in list(zip(keys, successors))[start:]:
        if not verify_signature(prev, sig, rotation_message(unit_code, succ)):
            return None
    return fingerprint(keys[start][0])
