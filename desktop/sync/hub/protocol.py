"""The hub protocol's request signature (docs/hub-protocol.md).

Every request carries five headers::

    X-SoThiDua-Unit       the unit's code
    X-SoThiDua-Key        the fingerprint of the key that signed (issue 7 keys)
    X-SoThiDua-Timestamp  seconds since 1970 (UTC); refused outside ±WINDOW seconds
    X-SoThiDua-Nonce      32 random hex digits, never reused (replay refused)
    X-SoThiDua-Signature  base64 Ed25519 signature over string_to_sign(...)

string_to_sign = "sothidua-hub-v1\\n" + METHOD + "\\n" + path[?query] + "\\n" + unit + "\\n"
                 + timestamp + "\\n" + nonce + "\\n" + sha256_hex(body)
"""

from __future__ import annotations

import hashlib
import secrets
import time

from desktop.sync.keys import b64

CONTEXT = "sothidua-hub-v1"
WINDOW_S = 300
H_UNIT, H_KEY, H_TS, H_NONCE, H_SIG = ("X-SoThiDua-Unit", "X-SoThiDua-Key", "X-SoThiDua-Timestamp",
                                      "X-SoThiDua-Nonce", "X-SoThiDua-Signature")
API = "/v1"


def string_to_sign(method: str, target: str, unit: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join([CONTEXT, method.upper(), target, unit, timestamp, nonce,
                      hashlib.sha256(body).hexdigest()]).encode("utf-8")


def sign_headers(identity, unit_code: str, method: str, target: str, body: bytes = b"", *,
                 now: float | None = None, nonce: str | None = None) -> dict[str, str]:
    """Headers for one request; ``identity`` has .sign(bytes) and .fingerprint (keys.Identity)."""
    ts = str(int(now if now is not None else time.time()))
    nonce = nonce or secrets.token_hex(16)
    sig = identity.sign(string_to_sign(method, target, unit_code, ts, nonce, body))
    return {H_UNIT: unit_code, H_KEY: identity.fingerprint, H_TS: ts, H_NONCE: nonce, H_SIG: b64(sig)}
