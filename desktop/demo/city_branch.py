"""One branch of the city demo through its year (issue 13 item 1): its members and their history,
volunteer activities, the REAL signed packages it sends up (registration, quarterly reports,
year-end result with the record), and what its Đoàn cơ sở's summaries carry of it. The class is
one cohesive story of a branch's year, which is why this module is near 500 lines."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.errors import DomainError
from desktop.demo.city_figures import catalog as _catalog
from desktop.demo.city_figures import figures as _figures
from desktop.demo.common import PLACES_RED, VOLUNTEER_NAMES, Names, _phone, _union_join
from desktop.sync import privacy
from desktop.demo.city_units import CAMPAIGN, Upper, _Signer, _branch_name, _branch_type, _ts, identity
from desktop.demo.city_days import _dues, _timeline


# ---------------------------------------------------------------------------------------- branch
@dataclass
class Built:
    row: dict
    content: bytes


class CityBranch:
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
        """What the branch's app would have computed: each criterion's status with a value and
        a threshold of the catalog that agree with it, and the catalog's recognition rule (at
        least 80% of the criteria applied, rounded up: 13/16)."""
        r = self.rng
        catalog = _catalog()
        # Branches get better at the model year by year (more criteria met, more recognised).
        diligence = 0.55 + 0.45 * r.random() + 0.06 * (self.year - self.first_year)
        crit = []
        for cid, group, title in self.criteria:
            x = r.random()
            status = "met" if x < diligence else "at_risk" if x < diligence + 0.15 else "not_met"
            if cid in ("CD-1.3", "CD-3.1") and quarter is not None:
                status = "needs_judgement"
            value, threshold, words = _figures(catalog.criterion(cid), status, quarter, r)
            crit.append(
                {
                    "id": cid,
                    "status": status,
                    "value": value,
                    "threshold": threshold,
                    "explanation_vi": words,
                    "title_vi": title,
                    "group": group,
                }
            )
        met = sum(1 for c in crit if c["status"] == "met")
        share = round(met / len(crit), 4)
        rule = catalog.recognition
        return {
            "criteria": crit,
            "completion_share": share,
            "met": met,
            "applicable": len(crit),
            "required": rule.required(len(crit)),
            "recognisable": rule.is_met(met, len(crit)),
            "as_of": as_of.isoformat(),
            "settings": {},
        }

    def packages(self) -> Iterator[tuple[str, dict, str, int | None]]:
        """(kind, data, created_at, quarter) in the order they were sent, on the days ``_timeline``
        chose (most before their deadlines, a few late, a few branches never register)."""
        r, y = self.rng, self.year
        days = _timeline(self.seed, self.code, y, self.btype, self.upper.code)
        reg_day = days["registration"]
        # Judged as the app judges it: by the catalog calendar's step 1 deadline for this year.
        reg_due = _dues(y, self.btype)[0]
        registering = [m for m in self.members if m["id"] in self.active_set and r.random() < 0.9]
        self.sent = {}
        if reg_day is not None:
            yield from self._registration(reg_day, reg_due, registering)
        for q in (1, 2, 3):
            sent = days[("quarterly", q)]
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
        yield from self._year_end(days["year-end"], reg_day, registering)

    def _registration(self, reg_day: date, reg_due: date, registering: list[dict]):
        r, y = self.rng, self.year
        self.sent[("registration", None)] = reg_day
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

    def _year_end(self, sent: date, reg_day: date | None, registering: list[dict]):
        r, y = self.rng, self.year
        self.sent[("year-end", None)] = sent
        ev = self.evaluation(None, sent)
        # a branch that never registered for the model is not proposed for its title
        propose = bool(ev["recognisable"]) and reg_day is not None
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
            "proposed": propose,
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
                    "propose_recognition": propose,
                    "submitted_on": sent.isoformat(),
                    "text": f"{self.name} đề nghị Đoàn cấp trên xem xét, công nhận danh hiệu "
                    f"“Chi đoàn xã hội chủ nghĩa” năm {y}."
                    if propose
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
            "registered_on": self.registered_on.isoformat() if self.registered_on else None,
            **res,
            "recognised": recognised,
            "members_recognised": len(names),
            "recognised_names": [_short(n) for n in names],
            "sent": dict(self.sent),
            "registered": self.registered_on is not None,
            "on_time": self.registered_on is not None and self.registered_on <= _dues(self.year, self.btype)[0],
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
        "registered": line["registered"],
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
