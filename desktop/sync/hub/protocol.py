"""The hub protocol's request signature (docs/hub-protocol.md).

Every request carries five headers::

    X-SoThiDua-Unit       the unit's code
    X-SoThiDua-Key        the fingerprint of the key that signed (issue 7 keys)
    X-SoThiDua-Timestamp  seconds since 1970 (UTC); refused outside ±WINDOW seconds
    X-SoThiDua-Nonce      32 random hex digits, never reused (replay refused)
    X-SoThiDua-Signature  base64 Ed25519 signature over string_to_sign(...)

string_to_sign = "sothidua-hub-v1\\n" + METHOD + "\\n" + path[?query] + "\\n" + unit + "\\n"
                 + timestamp + "\\n" + nonce + "\\n" + sha256_hex(body)

and ``X-SoThiDua-Content-SHA256`` repeats sha256_hex(body), so the hub checks who is sending
BEFORE it reads the body (issue 17): an unsigned or foreign upload costs it no memory.

Every answer of the hub (issue 24) is signed with the hub's own Ed25519 key, so a web page, a
proxy or a captive portal that answers 200 can never be taken for the hub::

    X-SoThiDua-Hub-Key        the fingerprint of the hub's key
    X-SoThiDua-Hub-Signature  base64 signature over answer_to_sign(nonce, status, body)

answer_to_sign = "sothidua-hub-answer-v1\\n" + the request's nonce + "\\n" + status + "\\n"
                 + sha256_hex(answer body)

The request's nonce makes every signature fresh: a recorded answer cannot be replayed. The
health answer (unsigned request, any nonce the client chooses) carries the hub's public key;
the client pins it at first contact and checks every later answer against it.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time

from desktop.sync.keys import b64

CONTEXT = "sothidua-hub-v1"
WINDOW_S = 300
H_UNIT, H_KEY, H_TS, H_NONCE, H_SIG = (
    "X-SoThiDua-Unit",
    "X-SoThiDua-Key",
    "X-SoThiDua-Timestamp",
    "X-SoThiDua-Nonce",
    "X-SoThiDua-Signature",
)
API = "/v1"
H_BODY_SHA = "X-SoThiDua-Content-SHA256"
H_HUB_KEY, H_HUB_SIG = "X-SoThiDua-Hub-Key", "X-SoThiDua-Hub-Signature"
ANSWER_CONTEXT = "sothidua-hub-answer-v1"
SERVICE = "sothidua-hub"
PROTOCOL = 1
INTRODUCTION_TYPE = "sothidua-hub-introduction"


def answer_to_sign(nonce: str, status: int, body: bytes) -> bytes:
    return "\n".join([ANSWER_CONTEXT, nonce, str(int(status)), hashlib.sha256(body).hexdigest()]).encode("utf-8")


def canonical(value) -> bytes:
    """The bytes a signed JSON document is signed over (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def introduction(identity, parent_code: str, child: dict, *, issued_at: str) -> dict:
    """A parent's signed statement "this key is my child unit's": the hub enrols the child on it
    (issue 24: the Thành đoàn enrols only the units directly under it; each parent introduces its
    own children). ``child``: code, name, kind, public_key (base64 raw Ed25519)."""
    doc = {
        "type": INTRODUCTION_TYPE,
        "version": 1,
        "parent_code": parent_code,
        "issued_at": issued_at,
        "child": {k: child[k] for k in ("code", "name", "kind", "public_key")},
    }
    return {
        "introduction": doc,
        "key_fingerprint": identity.fingerprint,
        "signature": b64(identity.sign(canonical(doc))),
    }


def string_to_sign(method: str, target: str, unit: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return string_to_sign_digest(method, target, unit, timestamp, nonce, hashlib.sha256(body).hexdigest())


def string_to_sign_digest(method: str, target: str, unit: str, timestamp: str, nonce: str, digest: str) -> bytes:
    return "\n".join([CONTEXT, method.upper(), target, unit, timestamp, nonce, digest]).encode("utf-8")  # noqa: FLY002


def sign_headers(
    identity,
    unit_code: str,
    method: str,
    target: str,
    body: bytes = b"",
    *,
    now: float | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """Headers for one request; ``identity`` has .sign(bytes) and .fingerprint (keys.Identity)."""
    ts = str(int(now if now is not None else time.time()))
    nonce = nonce or secrets.token_hex(16)
    digest = hashlib.sha256(body).hexdigest()
    sig = identity.sign(string_to_sign(method, target, unit_code, ts, nonce, body))
    return {
        H_UNIT: unit_code,
        H_KEY: identity.fingerprint,
        H_TS: ts,
        H_NONCE: nonce,
        H_SIG: b64(sig),
        H_BODY_SHA: digest,
    }
