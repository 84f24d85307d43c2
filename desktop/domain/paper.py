"""Paper that proves it matches the data (issue 19): what a printed document sent in a package
carries, and how a typed code or a scanned QR code is read back. Pure Python.

A document put in a package carries, in a QR code on every page, the document number(s), the
package id, the SHA-256 of the package's signed data (``data.json``, whose hash the signed
manifest holds) and a short code a person can type. The short code has two halves:

* the first five characters name the package (from its id),
* the last five check the content (from the package id and the data's SHA-256),

so a typed code finds the package even when the content half no longer matches, and says so.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

PREFIX = "SOTHIDUA-GIAY"
SEP = "/"  # QR alphanumeric mode (digits, capitals, space $%*+-./:): the smallest code for the text
VERSION = "1"
# Crockford's base 32: no I, L, O, U (read as 1, 1, 0, V when typed).
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPO = {"I": "1", "L": "1", "O": "0", "U": "V"}
HALF = 5
_SHA = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-fA-F-]{8,64}$")
MAX_PAYLOAD = 600


def _b32(digest: bytes, n: int) -> str:
    value = int.from_bytes(digest[:8], "big")
    out = []
    for _ in range(n):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(out)


def package_part(package_id: str) -> str:
    return _b32(hashlib.sha256(f"goi|{package_id}".encode()).digest(), HALF)


def content_part(package_id: str, data_sha256: str) -> str:
    return _b32(hashlib.sha256(f"noi-dung|{package_id}|{data_sha256}".encode()).digest(), HALF)


def short_code(package_id: str, data_sha256: str) -> str:
    """'K7M2Q-9XD4T': ten characters a person can type from the paper."""
    return f"{package_part(package_id)}-{content_part(package_id, data_sha256)}"


def normalise_code(text: str) -> str | None:
    """A typed code as printed ("k7m2q 9xd4t", "K7M2Q-9XD4T", with O for 0…), or None."""
    t = "".join(_TYPO.get(c, c) for c in re.sub(r"[\s\-_.]", "", (text or "").upper()))
    if len(t) != 2 * HALF or any(c not in ALPHABET for c in t):
        return None
    return f"{t[:HALF]}-{t[HALF:]}"


@dataclass(frozen=True)
class PaperClaim:
    """What a paper says about itself: read from its QR code, or only its typed code."""

    code: str
    package_id: str = ""
    data_sha256: str = ""
    numbers: tuple[str, ...] = ()

    @property
    def from_qr(self) -> bool:
        return bool(self.package_id)


def number_key(number: str) -> str:
    """A document number as the QR code holds it: '01-ĐK/ĐTN' -> '01-DK.DTN' (alphanumeric mode)."""
    import unicodedata

    t = (number or "").replace("Đ", "D").replace("đ", "d")
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn").upper()
    return re.sub(r"[^0-9A-Z-]+", ".", t).strip(".")


def payload(numbers, package_id: str, data_sha256: str) -> str:
    """The QR code's text, in QR alphanumeric characters only:
    'SOTHIDUA-GIAY/1/CODE/01-DK.DTN+02-TTR.DTN/PACKAGE-ID/SHA256' (capitals)."""
    nums = "+".join(number_key(n) for n in numbers) or "-"
    return SEP.join(
        (PREFIX, VERSION, short_code(package_id, data_sha256), nums, package_id.upper(), data_sha256.upper())
    )


def parse(text: str) -> PaperClaim | None:
    """A QR payload or a typed code; None when it is neither (the caller says what was expected)."""
    t = (text or "").strip()
    if len(t) > MAX_PAYLOAD:
        return None
    if t.upper().startswith(PREFIX + SEP):
        parts = t.split(SEP)
        if len(parts) != 6 or parts[1] != VERSION:
            return None
        _p, _v, code, nums, package_id, sha = parts
        package_id, sha = package_id.lower(), sha.lower()
        if not _UUID.match(package_id) or not _SHA.match(sha) or normalise_code(code) is None:
            return None
        return PaperClaim(normalise_code(code), package_id, sha, tuple(n for n in nums.split("+") if n and n != "-"))
    code = normalise_code(t)
    return PaperClaim(code) if code else None
