"""The ``city`` demo profile (issue 13 item 1): the Thành đoàn's hub filled with a year of Hải Phòng.

What it makes, deterministically for a seed (BRIEF §8 sizes, ``demo.city_plan``):

* the units enrolled at the hub: Thành đoàn ``TD-HP``, 114 commune-level Đoàn cơ sở ``DCS-001…``
  and the sector unions ``DCT-01…``, 8,000 chi đoàn under them, each with an Ed25519 key whose
  32 private bytes are SHA-256(seed, unit code) — so a test or a benchmark can act as any unit;
* for each branch the REAL signed packages it sent up in the year to its Đoàn cơ sở, built by
  ``desktop.sync.package.build`` exactly as the desktop builds them: the registration in January
  (with the branch's whole record, minimised by ``desktop.sync.privacy``: members with their
  Vietnamese names and membership history — birth dates, phones and the rest are generated but,
  as in the app, never leave the branch), the quarterly progress reports of Q1–Q3 and the
  year-end result with the proposal and the record including its volunteer activities (together
  300,000 members and 3,000,000 volunteer credit records, member × day as the desktop counts
  them);
* each Đoàn cơ sở's two summaries (registrations in February, results in November) to TD-HP;
* delivery states as on 21/11: most Đoàn cơ sở pulled their inbox a few days ago, some have not
  pulled since October or July, so their newer packages wait; TD-HP pulled on 15/11.

With ``years`` > 1 (``--years 5``: 2026–2030, the model's whole term, issue 23) every branch and
Đoàn cơ sở sends the same packages every year, so multi-year trends have real data: the same
people a year older (who reached 31 leaves the Union at 26/3, who moved away is gone next year,
as many young members join), a new year of volunteer activities, and branches that meet more
criteria each year (more recognised, more members proposed). Earlier years are wholly delivered;
the delivery states above are those of the last year. The year-end results the branches sent are
the ones their Đoàn cơ sở's results summary carries (recognisable, proposed, recognised, members
proposed and recognised), so totals can be checked against the branches' own packages.

Packages are byte-identical for a seed: fixed ``created_at``, package ids from the seeded RNG,
fixed ZIP timestamps (package.build). Work is streamed in batches of branches: memory stays
bounded and every batch is one bulk insert (``HubStore.bulk_insert``).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain.errors import DomainError
from desktop.paths import catalogs_dir
from desktop.demo.profiles import COMPANIES, PLACES_RED, THON, VOLUNTEER_NAMES, Names, _phone, _union_join, city_plan
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.keys import Identity

CAMPAIGN = "chi-doan-xhcn"
CITY = {"code": "TD-HP", "name": "Thành đoàn Hải Phòng", "kind": "doan-cap-tren", "parent_code": None}
FULL = {"communes": 114, "sectors": 8, "branches": 8000, "members": 300_000, "volunteer_records": 3_000_000}
FIRST_YEAR = 2026  # the model's term: 2026-2030 (BRIEF §1)
MAX_YEARS = 5
BATCH = 100  # branches per bulk insert


@dataclass
class CitySummary:
    seed: int
    hub_db: str
    units: int = 0
    branches: int = 0
    members: int = 0
    volunteer_records: int = 0
    packages: int = 0
    waiting: int = 0
    delivered: int = 0
    package_bytes: int = 0
    database_bytes: int = 0
    seconds: float = 0.0
    by_kind: dict = field(default_factory=dict)
    years: list = field(default_factory=list)

    def to_json(self) -> dict:
        return dict(self.__dict__)


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


# ---------------------------------------------------------------------------------------- branch
@dataclass
class Built:
    row: dict
    content: bytes


class _Branch:
    """One chi đoàn's year and the packages it sent."""

    def __init__(self, seed: int, year: int, spec: dict, upper: Upper, records: int, criteria):
        self.seed, self.year, self.upper, self.criteria = seed, year, upper, criteria
        self.code = spec["code"]
        self.rng = random.Random(f"{seed}/{self.code}")
        self.btype = _branch_type(self.rng)
        n = int(self.code.rsplit("CD", 1)[1])
        self.name = _branch_name(self.rng, self.btype, n, upper)
        self.ident = _Signer(identity(seed, self.code))
        self.first_year = year
        self.unit = {
            "code": self.code,
            "name": self.name,
            "kind": "chi-doan",
            "branch_type": self.btype,
            "grade": None,
            "all_party_members": False,
            "parent_code": upper.code,
        }
        self.size = spec["members"]
        self.records_target = records
        self._members()
        self._volunteer()

    # -- people
    def _members(self) -> None:
        r, y = self.rng, self.year
        names = Names(r)
        self.members = []
        self.res = self.name.removeprefix("Chi đoàn ")
        for i in range(1, self.size + 1):
            full, gender, dob = names.person(date(y, 6, 30), min_age=17)
            joined = min(_union_join(r, dob), date(y - 1, 9, 2))
            entry = max(joined + timedelta(days=1), date(r.randint(2018, y - 1), r.randint(1, 12), r.randint(1, 28)))
            self.members.append(self._member(i, full, gender, dob, joined, entry))
        self.next_id = self.size + 1
        self._active()

    def _member(self, i: int, full: str, gender: str, dob: date, joined: date, entry: date) -> dict:
        r, y = self.rng, self.year
        hist = [{"kind": "joined", "date": entry.isoformat()}]
        if r.random() < 0.02:
            hist.append(
                {
                    "kind": "transferred_out",
                    "date": date(y, r.randint(2, 10), r.randint(1, 28)).isoformat(),
                    "note": "Chuyển sinh hoạt về nơi cư trú mới",
                }
            )
        trained = r.random() < 0.92
        return {
            "id": f"m{i}",
            "full_name": full,
            "date_of_birth": dob.isoformat(),
            "gender": gender,
            "phone": _phone(r),
            "union_join_date": joined.isoformat(),
            "union_card_no": f"HP{r.randrange(10**7):07d}",
            "is_party_member": r.random() < 0.06,
            "residence": self.res,
            "training_registered": trained,
            "training_registered_on": date(y, 1, r.randint(5, 28)).isoformat() if trained else None,
            "ebook_issued": r.random() < 0.93,
            "ecard_issued": r.random() < 0.88,
            "residence_activity": r.random() < 0.85,
            "history": hist,
        }

    def _active(self) -> None:
        self.active = [m["id"] for m in self.members if m["history"][-1]["kind"] in ("joined", "transferred_in")]
        self.active_set = set(self.active)

    def advance(self, year: int) -> None:
        """The same branch ``year``: who left before is gone, who is 31 by 30/6 leaves the Union
        on 26/3 ("trưởng thành Đoàn"), 2 % move away during the year, and as many young members
        as left join; a new year of volunteer activities and reports."""
        self.year = y = year
        self.rng = r = random.Random(f"{self.seed}/{self.code}/{year}")
        stayed = [m for m in self.members if m["history"][-1]["kind"] in ("joined", "transferred_in")]
        names = Names(r)
        for _ in range(len(self.members) - len(stayed)):
            full, gender, dob = names.person(date(y, 6, 30), min_age=16, max_age=18)
            joined = date(y - 1, 3, 26) if r.random() < 0.7 else date(y - 1, 9, 2)
            stayed.append(self._member(self.next_id, full, gender, dob, joined, joined + timedelta(days=1)))
            self.next_id += 1
        adult = date(y - 31, 6, 30).isoformat()
        for m in stayed:
            m["training_registered_on"] = date(y, 1, r.randint(5, 28)).isoformat() if m["training_registered"] else None
            if m["date_of_birth"] <= adult and m["history"][-1]["kind"] == "joined":
                m["history"] = [*m["history"], {"kind": "left", "date": f"{y}-03-26", "note": "Trưởng thành Đoàn"}]
            elif len(m["history"]) == 1 and r.random() < 0.02:
                m["history"] = [
                    *m["history"],
                    {
                        "kind": "transferred_out",
                        "date": date(y, r.randint(2, 10), r.randint(1, 28)).isoformat(),
                        "note": "Chuyển sinh hoạt về nơi cư trú mới",
                    },
                ]
        self.members = stayed
        self.size = len(stayed)
        self._active()
        self._volunteer()

    # -- volunteer activities: exactly records_target credits (member × day), no member twice a day
    def _volunteer(self) -> None:
        r, y = self.rng, self.year
        days = [date(y, 1, 1) + timedelta(days=k) for k in range(310)]  # up to early November
        r.shuffle(days)
        left = self.records_target
        self.activities, self.credits = [], {m: 0.0 for m in self.active}
        pool = self.active or [self.members[0]["id"]]
        while left > 0:
            n_dates = 2 if r.random() < 0.1 and left >= 2 * min(len(pool), 15) else 1
            if len(days) < n_dates:
                raise DomainError(f"{self.code}: quá nhiều lượt tình nguyện cho {self.size} đoàn viên.")
            dates = sorted(days.pop() for _ in range(n_dates))
            want = min(len(pool), r.randint(15, 45))
            if want * n_dates > left:
                want, dates = min(len(pool), left), dates[:1]
            who = sorted(r.sample(pool, want), key=lambda m: int(m[1:]))
            kind = (
                "cong-trinh-thanh-nien" if r.random() < 0.06 else "dia-chi-do" if r.random() < 0.06 else "tinh-nguyen"
            )
            per_day = 1.0 if r.random() < 0.7 else 0.5
            act = {
                "id": f"a{len(self.activities) + 1}",
                "name": (
                    VOLUNTEER_NAMES[r.randrange(len(VOLUNTEER_NAMES))]
                    if kind == "tinh-nguyen"
                    else "Công trình thanh niên: Tuyến đường hoa"
                    if kind == "cong-trinh-thanh-nien"
                    else "Hành trình về địa chỉ đỏ"
                ),
                "kind": kind,
                "focus": "chuyen-doi-xanh" if kind == "cong-trinh-thanh-nien" else None,
                "place": PLACES_RED[r.randrange(len(PLACES_RED))] if kind == "dia-chi-do" else None,
                "level": "chi-doan",
                "dates": [d.isoformat() for d in dates],
                "days": per_day * len(dates),
                "guests": r.randrange(5),
                "confirmed_by": "Bí thư chi đoàn",
                "participants": who,
                "created_by": "demo",
            }
            self.activities.append(act)
            for m in who:
                self.credits[m] += per_day * len(dates)
            left -= len(who) * len(dates)

    # -- documents
    def record(self, with_volunteer: bool) -> dict:
        doc = {
            "format": "sothidua-unit-data",
            "version": 1,
            "unit": {k: v for k, v in self.unit.items() if v is not None},
            "members": self.members,
            "volunteer_activities": self.activities if with_volunteer else [],
        }
        return privacy.minimise_record(doc)

    def evaluation(self, quarter: int | None, as_of: date) -> dict:
        r = self.rng
        # Branches get better at the model year by year (more criteria met, more recognised).
        diligence = 0.55 + 0.45 * r.random() + 0.06 * (self.year - self.first_year)
        crit = []
        for cid, group, title in self.criteria:
            x = r.random()
            status = "met" if x < diligence else "at_risk" if x < diligence + 0.15 else "not_met"
            if cid in ("CD-1.3", "CD-3.1") and quarter is not None:
                status = "needs_judgement"
            crit.append(
                {
                    "id": cid,
                    "status": status,
                    "value": round(r.random(), 4),
                    "threshold": None,
                    "explanation_vi": f"{title[:80]} — {'đạt' if status == 'met' else 'chưa đạt'}",
                    "title_vi": title,
                    "group": group,
                }
            )
        met = sum(1 for c in crit if c["status"] == "met")
        share = round(met / len(crit), 4)
        return {
            "criteria": crit,
            "completion_share": share,
            "met": met,
            "applicable": len(crit),
            "required": len(crit),
            "recognisable": share >= 0.9,
            "as_of": as_of.isoformat(),
            "settings": {},
        }

    def packages(self) -> Iterator[tuple[str, dict, str, int | None]]:
        """(kind, data, created_at, quarter) in the order they were sent."""
        r, y = self.rng, self.year
        reg_day = date(y, 1, r.randint(8, 30))
        # Judged as the app judges it: by the catalog calendar's step 1 deadline for this year.
        reg_due = _dues(y, self.btype)[0]
        registering = [m for m in self.members if m["id"] in self.active_set and r.random() < 0.9]
        yield (
            "registration",
            {
                "unit": self.unit,
                "campaign": CAMPAIGN,
                "period": str(y),
                "registered_on": reg_day.isoformat(),
                "deadline": reg_due.isoformat(),
                "late": reg_day > reg_due,
                "registration_version": 1,
                "catalog_version": 1,
                "items": [
                    {
                        "criterion": cid,
                        "content": f"Kế hoạch thực hiện: {title[:120]}",
                        "target_date": f"{y}-{3 * (1 + k % 4):02d}-28",
                        "quarter": 1 + k % 4,
                        "responsible": "Ban Chấp hành chi đoàn",
                    }
                    for k, (cid, _g, title) in enumerate(self.criteria)
                ],
                "members": [
                    {"ref": privacy.member_ref(self.code, m["id"]), "full_name": m["full_name"]} for m in registering
                ],
                "member_count": len(self.active),
                "note": None,
                "record": self.record(False),
            },
            _ts(reg_day, r),
            None,
        )
        self.sent = {("registration", None): reg_day}
        for q in (1, 2, 3):
            sent = date(y, 3 * q + 1, r.randint(2, 12))
            self.sent[("quarterly", q)] = sent
            yield (
                "quarterly",
                {
                    "unit": self.unit,
                    "campaign": CAMPAIGN,
                    "period": str(y),
                    "quarter": q,
                    "as_of": date(y, 3 * q, 30 if q != 1 else 31).isoformat(),
                    "evaluation": self.evaluation(q, date(y, 3 * q, 30 if q != 1 else 31)),
                    "member_count": len(self.active),
                },
                _ts(sent, r),
                q,
            )
        sent = date(y, 11, r.randint(1, 14))
        self.sent[("year-end", None)] = sent
        ev = self.evaluation(None, sent)
        proposed = [
            m for m in self.members if m["id"] in self.credits and self.credits[m["id"]] >= 5 and r.random() < 0.85
        ]
        n = len(self.active)
        members = []
        for m in proposed:
            against = r.choice([0, 0, 0, 1])
            absent = r.choice([0, 1, 2])
            members.append(
                {
                    "ref": privacy.member_ref(self.code, m["id"]),
                    "full_name": m["full_name"],
                    "votes_for": max(0, n - against - absent),
                    "votes_against": against,
                    "votes_absent": absent,
                    "volunteer_days": self.credits[m["id"]],
                    "conditions_met": True,
                    "groups_met": r.randint(4, 6),
                }
            )
        self.registered_on = reg_day
        self.result = {
            "completion_share": ev["completion_share"],
            "recognisable": ev["recognisable"],
            "proposed": ev["recognisable"],
            "members_proposed": len(members),
        }
        self.detail = {
            "as_of": sent.isoformat(),
            "criteria": ev["criteria"],
            "registered": len(registering),
            "proposed_names": [m["full_name"] for m in proposed],
        }
        yield (
            "year-end",
            {
                "unit": self.unit,
                "campaign": CAMPAIGN,
                "period": str(y),
                "as_of": sent.isoformat(),
                "evaluation": ev,
                "member_count": n,
                "proposal": {
                    "propose_recognition": ev["recognisable"],
                    "submitted_on": sent.isoformat(),
                    "text": f"{self.name} đề nghị Đoàn cấp trên xem xét, công nhận danh hiệu "
                    f"“Chi đoàn xã hội chủ nghĩa” năm {y}."
                    if ev["recognisable"]
                    else None,
                    "self_assessment": [
                        {
                            "criterion": c["id"],
                            "assessment": "dat" if c["status"] == "met" else "chua-dat",
                            "comment": None,
                        }
                        for c in ev["criteria"]
                    ],
                    "members": members,
                },
                "record": self.record(True),
            },
            _ts(sent, r),
            None,
        )

    def summary_line(self) -> dict:
        """What the Đoàn cơ sở knows of this branch's year once it took in its packages (its
        registration and year-end result) and decided on the title (most proposals pass)."""
        res, r = self.result, random.Random(f"{self.seed}/{self.code}/{self.year}/decision")
        recognised = bool(res["proposed"]) and r.random() < 0.95
        names = [n for n in self.detail["proposed_names"] if r.random() < 0.97]
        acts = sorted(self.activities, key=lambda a: a["dates"][0])
        by_id = {m["id"]: m["full_name"] for m in self.members}
        return {
            "code": self.code,
            "name": self.name,
            "branch_type": self.btype,
            "member_count": len(self.active),
            "records": self.records_target,
            "volunteer_credits": sum(len(a["participants"]) * len(a["dates"]) for a in self.activities),
            "registered_on": self.registered_on.isoformat(),
            **res,
            "recognised": recognised,
            "members_recognised": len(names),
            "recognised_names": [_short(n) for n in names],
            "sent": dict(self.sent),
            "on_time": self.registered_on <= _dues(self.year, self.btype)[0],
            "members_registered": self.detail["registered"],
            "as_of": self.detail["as_of"],
            "criteria": [
                {
                    "id": c["id"],
                    "status": c["status"],
                    "value": c["value"],
                    "threshold": c["threshold"],
                    "facts_vi": c["explanation_vi"],
                    "evidence": [
                        {"kind": "activity", "on": a["dates"][0], "label": a["name"]} for a in acts[k % 4 :: 4][:5]
                    ],
                    "evidence_total": len(acts[k % 4 :: 4]),
                    "members": [_short(by_id[m]) for m in acts[k % len(acts)]["participants"][:10]] if acts else [],
                    "members_total": len(acts[k % len(acts)]["participants"]) if acts else 0,
                }
                for k, c in enumerate(self.detail["criteria"])
            ],
        }


def _short(full_name: str) -> str:
    """ "Nguyễn Văn An" -> "N. V. An", as a summary names members (short names only)."""
    parts = full_name.split()
    return " ".join([p[0] + "." for p in parts[:-1]] + parts[-1:])[:60]


def _summary_fields() -> tuple[set, set]:
    """What this build's summary schema lets a branch row and the totals carry (the demo writes
    a summary as ``submissions.send_summary`` of the same build does)."""
    from desktop.paths import schemas_dir

    doc = json.loads((schemas_dir() / "package-summary.json").read_text(encoding="utf-8"))
    return (set(doc["properties"]["branches"]["items"]["properties"]), set(doc["properties"]["totals"]["properties"]))


def _build(
    ident: Identity,
    kind: str,
    sender: dict,
    recipient: dict,
    data: dict,
    created_at: str,
    quarter: int | None,
    rng: random.Random,
    year: int,
    subject_extra: str | None = None,
) -> pkg.BuiltPackage:
    from desktop.sync.kinds import subject_key

    return pkg.build(
        signer=ident,
        kind=kind,
        sender=sender,
        recipient=recipient,
        data=data,
        campaign=CAMPAIGN,
        period=str(year),
        quarter=quarter,
        package_id=_uuid(rng),
        created_at=created_at,
        subject=subject_key(kind, campaign=CAMPAIGN, period=str(year), quarter=quarter, extra=subject_extra),
        personal_fields=privacy.fields_sent(kind),
    )


def _row(built: pkg.BuiltPackage, *, kind: str, sender: str, recipient: str, created_at: str, pulled_on: date) -> dict:
    content, package_id = built.content, built.package_id
    uploaded = _dt(created_at) + timedelta(minutes=3)
    delivered = uploaded.date() <= pulled_on
    return {
        "package_id": package_id,
        "kind": kind,
        "sender_code": sender,
        "recipient_code": recipient,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "content": content,
        "state": "delivered" if delivered else "waiting",
        "uploaded_at": uploaded,
        "delivered_at": datetime.combine(pulled_on, datetime.min.time()) + timedelta(hours=9) if delivered else None,
    }


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


def generate(
    store,
    seed: int = 1,
    *,
    year: int = FIRST_YEAR,
    years: int = 1,
    sizes: dict | None = None,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    batch: int = BATCH,
    workers: int = 1,
) -> CitySummary:
    """Fill the hub database behind ``store`` (db.hub.store.HubStore, already migrated) with
    ``years`` years of packages from ``year`` on (module note).
    ``workers`` > 1 builds the branches' packages in that many forked processes (same bytes)."""
    t0 = time.perf_counter()
    if not 1 <= years <= MAX_YEARS:
        raise DomainError(
            f"Số năm dữ liệu mẫu phải từ 1 đến {MAX_YEARS} (nhiệm kỳ {FIRST_YEAR}–{FIRST_YEAR + MAX_YEARS - 1}).",
            field="years",
        )
    sizes = scaled(**(sizes or {}))
    if not store.is_empty():
        if not force:
            raise DomainError(
                f"Cơ sở dữ liệu hub {store.safe_url} đã có đơn vị hoặc gói: dữ liệu mẫu “city” chỉ tạo "
                "vào hub trống (thêm --force để xóa toàn bộ dữ liệu hub cũ rồi tạo mới).",
                field="hub_db",
            )
        store.clear()
    all_years = list(range(year, year + years))
    last = all_years[-1]
    p = plan(seed, sizes)
    uppers = _uppers(seed, p, last)
    by_code = {u.code: u for u in uppers}
    summary = CitySummary(seed, store.safe_url, years=all_years)
    criteria = _criteria()
    enrolled = datetime(year - 1, 12, 15, 8, 0, 0)

    # units and keys
    unit_rows, key_rows = [], []
    for u in [CITY, *p["upper"], *p["branches"]]:
        unit_rows.append(
            {
                "code": u["code"],
                "name": u["name"],
                "kind": u["kind"],
                "parent_code": u["parent_code"],
                "enrolled_at": enrolled,
                "updated_at": enrolled,
            }
        )
    # branch names are decided by the branch's own RNG: their unit rows go in batch by batch
    city_id = identity(seed, CITY["code"])
    key_rows.append(_key_row(CITY["code"], city_id, enrolled))
    for u in p["upper"]:
        key_rows.append(_key_row(u["code"], identity(seed, u["code"]), enrolled))
    store.bulk_insert(units=[r for r in unit_rows if r["kind"] != "chi-doan"], keys=key_rows)
    summary.units = len(unit_rows)

    lines: dict[tuple[str, int], list[dict]] = {(u.code, y): [] for u in uppers for y in all_years}
    branches = p["branches"]
    n = len(branches)
    kinds: dict[str, int] = {}
    first = 1 + len(p["upper"])
    jobs = _BatchJob(seed, all_years, by_code, criteria, enrolled)
    tasks = [
        (branches[a : a + batch], p["records"][a : a + batch], unit_rows[first + a : first + a + batch])
        for a in range(0, n, batch)
    ]
    done = 0
    with _pool(workers) as pool:
        results = pool.imap(jobs, tasks) if pool is not None else map(jobs, tasks)
        for b_units, b_keys, b_pkgs, b_lines, b_kinds in results:  # in order: same bytes, same ids
            store.bulk_insert(units=b_units, keys=b_keys, packages=b_pkgs)
            for upper_code, y, line in b_lines:
                lines[(upper_code, y)].append(line)
                if y == last:
                    summary.members += line["members_total"]
                summary.volunteer_records += line["volunteer_credits"]
            for k, v in b_kinds.items():
                kinds[k] = kinds.get(k, 0) + v
            for r in b_pkgs:
                summary.package_bytes += r["size"]
                summary.waiting += r["state"] == "waiting"
            summary.packages += len(b_pkgs)
            summary.branches += len(b_units)
            done += len(b_units)
            if progress:
                progress(
                    done,
                    n,
                    "chi đoàn: đoàn viên, ngày tình nguyện, gói đã ký"
                    + (f" ({len(all_years)} năm)" if len(all_years) > 1 else ""),
                )

    # each Đoàn cơ sở's summaries to the Thành đoàn, every year
    s_pkgs = []
    titles: dict[str, dict] = {}  # branch -> {earlier year: its titles}, for the summaries' history
    for y in all_years:
        city_pulled = date(y, 11, 15) if y == last else date(y + 1, 1, 15)
        earlier = {code: dict(h) for code, h in titles.items()}
        for u in uppers:
            pulled_on = _pulled(u, y, last)
            rng = random.Random(f"{seed}/{u.code}/summary" + (f"/{y}" if y != year else ""))
            ident = _Signer(identity(seed, u.code))
            rows = lines[(u.code, y)]
            for skind, day in (
                ("registration", date(y, 2, rng.randint(1, 20))),
                ("results", date(y, 11, rng.randint(10, 19))),
            ):
                if skind == "results" and day > pulled_on + timedelta(days=1):
                    continue  # it has not collected its branches' results yet
                s_pkgs.append(_summary_row(ident, u, y, skind, day, rows, rng, city_pulled, earlier))
                kinds["summary"] = kinds.get("summary", 0) + 1
            for line in rows:
                titles.setdefault(line["code"], {})[str(y)] = {
                    "recognised": line["recognised"],
                    "members_recognised": line["members_recognised"],
                    "member_count": line["member_count"],
                }
    for r in s_pkgs:
        summary.package_bytes += r["size"]
        summary.waiting += r["state"] == "waiting"
    store.bulk_insert(packages=s_pkgs)
    summary.packages += len(s_pkgs)
    summary.delivered = summary.packages - summary.waiting
    summary.by_kind = dict(sorted(kinds.items()))
    store.analyze()
    summary.database_bytes = store.database_bytes()
    summary.seconds = time.perf_counter() - t0
    if progress:
        progress(n, n, "xong")
    return summary


def _pulled(u: Upper, y: int, last: int) -> date:
    """When the Đoàn cơ sở last fetched its inbox, as seen at the end of the demo: the states of
    the last year; every earlier year was collected in January after it."""
    return u.pulled_on if y == last else date(y + 1, 1, 15)


def summary_branch(
    line: dict, skind: str, fields: set | None = None, history: dict | None = None, year: int | None = None
) -> dict:
    """A branch's row in its Đoàn cơ sở's summary, as ``submissions.send_summary`` writes it: a
    registration summary knows the registrations only, a results summary the year-end results;
    with the branch's record (criteria with their facts, Đoàn viên XHCN counts, short names), its
    criteria statuses, members recognised and earlier titles where the schema has them
    (``fields``; ``history``: label -> titles of the earlier years)."""
    res = skind == "results"
    row = {
        "code": line["code"],
        "name": line["name"],
        "branch_type": line["branch_type"],
        "registered": True,
        "registered_on": line["registered_on"],
        "on_time": line["on_time"],
        "completion_share": line["completion_share"] if res else None,
        "recognisable": line["recognisable"] if res else None,
        "proposed": line["proposed"] if res else None,
        "recognised": line["recognised"] if res else None,
        "member_count": line["member_count"],
    }
    fields = fields or set()
    if "record" in fields:
        row["record"] = {
            "period": str(year),
            "source": "year-end" if res else None,
            "as_of": line["as_of"] if res else None,
            "criteria": line["criteria"] if res else [],
            "members": {
                "total": line["member_count"],
                "registered": line["members_registered"],
                "proposed": line["members_proposed"] if res else None,
                "recognised": line["members_recognised"] if res else 0,
            },
            "recognised_names": line["recognised_names"] if res else [],
        }
    if "reports" in fields:  # what the branch owed its Đoàn cơ sở, beside the record (the completeness table)
        row["reports"] = _reports(line, skind, year)
    if "statuses" in fields:
        row["statuses"] = {c["id"]: c["status"] for c in line["criteria"]} if res else {}
    if "members_recognised" in fields:
        row["members_recognised"] = line["members_recognised"] if res else 0
    if "history" in fields and history:
        row["history"] = history
    return row


_DUES: dict = {}


def _dues(year: int, branch_type: str) -> tuple:
    """(registration due, quarterly dues, year-end due) of a branch type's year, by the catalog
    calendar and the default quarterly grace, as the Đoàn cơ sở's dashboard computes them."""
    if (year, branch_type) not in _DUES:
        from desktop.domain.catalog import load_catalog
        from desktop.domain.periods import Period
        from desktop.domain.settings import with_defaults
        from desktop.services.reporting import _deadlines

        cat = load_catalog(catalogs_dir() / "chi-doan-xhcn.v1.json")
        grace = int(with_defaults({})["quarterly_report_days"])
        _DUES[(year, branch_type)] = _deadlines(cat, Period.parse(str(year)), branch_type, grace)
    return _DUES[(year, branch_type)]


def _reports(line: dict, skind: str, year: int) -> list[dict]:
    """Every report the branch owed its Đoàn cơ sở for the year, as the summary's branch record
    lists it: due by the catalog calendar of its type, sent on the day its package was made (the
    registration summary in February knows the registration only: the rest is not yet due)."""
    reg_due, quarter_dues, year_due = _dues(year, line["branch_type"])
    owed = [("registration", None, reg_due)] + [("quarterly", q, d) for q, d in enumerate(quarter_dues, 1)]
    owed.append(("year-end", None, year_due))
    out = []
    for report, q, due in owed:
        if skind == "registration" and report != "registration":
            continue
        on = line["sent"].get((report, q))
        state = "missing" if on is None else "on_time" if due is None or on <= due else "late"
        out.append(
            {
                "report": report,
                "quarter": q,
                "due": due.isoformat() if due else None,
                "sent_on": on.isoformat() if on else None,
                "state": state,
            }
        )
    return out


def _summary_row(
    ident,
    u: Upper,
    y: int,
    skind: str,
    day: date,
    rows: list[dict],
    rng: random.Random,
    city_pulled: date,
    history: dict[str, dict] | None = None,
) -> dict:
    fields, total_fields = _summary_fields()
    branches = [summary_branch(r, skind, fields, (history or {}).get(r["code"]), y) for r in rows]
    # As send_summary counts them: a registration summary has no results yet (zero of each).
    totals = {
        "branches": len(rows),
        "registered": len(rows),
        "registered_on_time": sum(1 for r in rows if r["on_time"]),
        "members": sum(r["member_count"] for r in rows),
        "volunteer_records": sum(r["volunteer_credits"] for r in rows),
    }
    for k in ("recognisable", "proposed", "recognised"):
        totals[k] = sum(1 for b in branches if b[k])
    for k in ("members_proposed", "members_recognised"):
        if k in total_fields:
            totals[k] = sum(r[k] for r in rows) if skind == "results" else 0
    data = {
        "unit": {
            "code": u.code,
            "name": u.name,
            "kind": u.kind,
            "branch_type": None,
            "grade": None,
            "all_party_members": False,
            "parent_code": CITY["code"],
        },
        "campaign": CAMPAIGN,
        "period": str(y),
        "summary_kind": skind,
        "as_of": day.isoformat(),
        "totals": totals,
        "branches": branches,
    }
    created = _ts(day, rng)
    built = _build(
        ident,
        "summary",
        {"code": u.code, "name": u.name},
        {"code": CITY["code"], "name": CITY["name"]},
        data,
        created,
        None,
        rng,
        y,
        subject_extra=skind,
    )
    return _row(built, kind="summary", sender=u.code, recipient=CITY["code"], created_at=created, pulled_on=city_pulled)


class _BatchJob:
    """Builds the rows of a batch of branches, every year of each (in a worker process when there
    are several): every branch draws from its own seeded RNG, so the bytes do not depend on who
    builds them."""

    def __init__(self, seed: int, years: list[int], uppers: dict, criteria, enrolled: datetime):
        self.seed, self.years, self.uppers, self.criteria, self.enrolled = seed, years, uppers, criteria, enrolled

    def __call__(self, task):
        specs, records, unit_rows = task
        b_units, b_keys, b_pkgs, b_lines, b_kinds = [], [], [], [], {}
        last = self.years[-1]
        for spec, recs, urow in zip(specs, records, unit_rows, strict=True):
            upper = self.uppers[spec["parent_code"]]
            br = _Branch(self.seed, self.years[0], spec, upper, recs, self.criteria)
            b_units.append({**urow, "name": br.name})
            b_keys.append(_key_row(br.code, br.ident, self.enrolled))
            sender = {"code": br.code, "name": br.name}
            recipient = {"code": upper.code, "name": upper.name}
            for y in self.years:
                if y != self.years[0]:
                    br.advance(y)
                pulled_on = _pulled(upper, y, last)
                for kind, data, created, quarter in br.packages():
                    built = _build(br.ident, kind, sender, recipient, data, created, quarter, br.rng, y)
                    b_pkgs.append(
                        _row(
                            built,
                            kind=kind,
                            sender=br.code,
                            recipient=upper.code,
                            created_at=created,
                            pulled_on=pulled_on,
                        )
                    )
                    b_kinds[kind] = b_kinds.get(kind, 0) + 1
                b_lines.append((upper.code, y, {**br.summary_line(), "members_total": br.size}))
        return b_units, b_keys, b_pkgs, b_lines, b_kinds


class _pool:
    """A pool of ``workers`` forked processes (None: build in this process)."""

    def __init__(self, workers: int):
        self.workers, self.pool = workers, None

    def __enter__(self):
        if self.workers > 1:
            import multiprocessing as mp

            try:
                self.pool = mp.get_context("fork").Pool(self.workers)
            except (ValueError, OSError):  # no fork (Windows): one process
                self.pool = None
        return self.pool

    def __exit__(self, *exc):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


def default_workers() -> int:
    import os

    return max(1, min(4, os.cpu_count() or 1))


def _key_row(code: str, ident: Identity, when: datetime) -> dict:
    return {
        "unit_code": code,
        "public_key": ident.public_b64,
        "fingerprint": ident.fingerprint,
        "status": "active",
        "added_at": when,
    }


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
