"""The city demo's units and their keys (issue 13 item 1): the sizes of the city (BRIEF §8, scaled
down for tests), the upper levels and the names and types of their branches, each unit's Ed25519
identity derived from the seed (so a test or a benchmark can act as any unit), and the files that
enrol a unit or install its identity."""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.errors import DomainError
from desktop.paths import catalogs_dir
from desktop.demo.common import COMPANIES, THON
from desktop.demo.grassroots import city_plan
from desktop.sync import package as pkg
from desktop.sync.keys import Identity


CAMPAIGN = "chi-doan-xhcn"
CITY = {"code": "TD-HP", "name": "Thành đoàn Hải Phòng", "kind": "doan-cap-tren", "parent_code": None}
FULL = {"communes": 114, "sectors": 8, "branches": 8000, "members": 300_000, "volunteer_records": 3_000_000}
FIRST_YEAR = 2026  # the model's term: 2026-2030 (BRIEF §1)
MAX_YEARS = 5
BATCH = 100  # branches per bulk insert


def identity(seed: int, code: str) -> Identity:
    """The demo key of a unit: 32 private bytes from the seed and the unit code."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = hashlib.sha256(f"sothidua-demo-city\x1f{seed}\x1f{code}".encode()).digest()
    return Identity(Ed25519PrivateKey.from_private_bytes(raw), f"{2025}-12-15T00:00:00Z")


class _Signer:
    """A unit's demo key with its fingerprint worked out once (a package asks for it twice, and
    a branch signs five packages a year)."""

    def __init__(self, ident: Identity):
        self.ident, self.sign = ident, ident.private.sign
        self.fingerprint, self.public_b64 = ident.fingerprint, ident.public_b64


def _criteria() -> list[tuple[str, str, str]]:
    doc = json.loads((catalogs_dir() / "chi-doan-xhcn.v1.json").read_text(encoding="utf-8"))
    return [(c["id"], c["group"], c["title_vi"][:500]) for c in doc["criteria"]]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ts(d: date, rng: random.Random) -> str:
    return f"{d.isoformat()}T{rng.randint(1, 10):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"


def _dt(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")


def scaled(scale: float | None = None, **sizes) -> dict:
    """Sizes of the profile: the full city, a fraction of it, or explicit overrides (tests)."""
    out = dict(FULL)
    if scale:
        out = {k: max(1, round(v * scale)) for k, v in FULL.items()}
        out["sectors"] = min(FULL["sectors"], max(1, round(FULL["sectors"] * scale * 10)))
    out.update({k: v for k, v in sizes.items() if v is not None})
    if out["members"] < 15 * out["branches"] or out["members"] > 120 * out["branches"]:
        raise DomainError(
            f"Số đoàn viên {out['members']} không hợp với {out['branches']} chi đoàn "
            "(mỗi chi đoàn từ 15 đến 120 đoàn viên).",
            field="members",
        )
    return out


# ---------------------------------------------------------------------------------------- plan
@dataclass(frozen=True)
class Upper:
    code: str
    name: str
    kind: str
    pulled_on: date  # the last time it fetched its hub inbox (later packages wait)


def _uppers(seed: int, plan: dict, year: int) -> list[Upper]:
    rng = random.Random(f"{seed}/pulls")
    out = []
    for u in plan["upper"]:
        r = rng.random()
        pulled = date(year, 11, 18) if r < 0.75 else date(year, 10, 20) if r < 0.95 else date(year, 7, 20)
        out.append(Upper(u["code"], u["name"], u["kind"], pulled))
    return out


def _branch_type(rng: random.Random) -> str:
    r = rng.random()
    return "dan-cu" if r < 0.72 else "co-quan" if r < 0.87 else "doanh-nghiep" if r < 0.96 else "luc-luong-vu-trang"


def _branch_name(rng: random.Random, btype: str, n: int, upper: Upper) -> str:
    place = upper.name.split(" ", 2)[-1]
    if btype == "dan-cu":
        return (
            f"Chi đoàn Tổ dân phố số {n}"
            if upper.name.startswith("Đoàn phường")
            else f"Chi đoàn {THON[rng.randrange(len(THON))]} {n}"
        )
    if btype == "doanh-nghiep":
        return f"Chi đoàn {COMPANIES[rng.randrange(len(COMPANIES))]} {n}"
    if btype == "luc-luong-vu-trang":
        return f"Chi đoàn Công an {place} {n}"
    return f"Chi đoàn cơ quan {n} – {place}"


# ---------------------------------------------------------------------------------------- whole city
def plan(seed: int, sizes: dict) -> dict:
    p = city_plan(
        seed,
        communes=sizes["communes"],
        branches=sizes["branches"],
        members=sizes["members"],
        volunteer_records=sizes["volunteer_records"],
        sectors=sizes["sectors"],
    )
    # volunteer records per branch, proportional to its size, adding up exactly
    total, members = sizes["volunteer_records"], sizes["members"]
    recs = [total * b["members"] // members for b in p["branches"]]
    for k in range(total - sum(recs)):
        recs[k % len(recs)] += 1
    p["records"] = recs
    return p


# ---------------------------------------------------------------------------------------- acting as a unit
def enrolment_file(seed: int, unit: dict) -> bytes:
    """The enrolment file (public key) a demo unit would hand to its parent — to let a desktop
    Đoàn cơ sở trust its demo branches (``sync enrol-import``)."""
    ident = identity(seed, unit["code"])
    u = {
        "code": unit["code"],
        "name": unit["name"],
        "kind": unit["kind"],
        "branch_type": unit.get("branch_type"),
        "grade": None,
        "all_party_members": False,
        "parent_code": unit.get("parent_code"),
    }
    data = {
        "unit": u,
        "public_key": ident.public_b64,
        "fingerprint": ident.fingerprint,
        "key_created_at": ident.created_at,
        "rotation": [],
    }
    return pkg.build(
        signer=ident,
        kind="enrolment",
        sender={"code": u["code"], "name": u["name"]},
        recipient={"code": pkg.ANY_CHILD, "name": ""},
        data=data,
        subject="enrolment",
        version=1,
        package_id=str(
            uuid.UUID(bytes=hashlib.sha256(f"{seed}/{u['code']}/enrolment".encode()).digest()[:16], version=4)
        ),
        created_at=ident.created_at,
    ).content


def install_identity(keys_folder, seed: int, code: str) -> Identity:
    """Put a demo unit's key into a data folder's keys/ (before the folder makes its own), so a
    desktop installation can act as that unit at the demo hub."""
    from desktop.sync.keys import KeyStore

    ks = KeyStore(keys_folder)
    if ks.exists:
        raise DomainError(f"Thư mục khóa {keys_folder} đã có khóa: chỉ cài khóa mẫu vào thư mục mới.")
    ks.folder.mkdir(parents=True, exist_ok=True)
    ks._write(identity(seed, code), exclusive=True)
    return ks.identity()
