"""The ``city`` demo profile (issue 13 item 1): the Thành đoàn's hub filled with a year of Hải Phòng.

What it makes, deterministically for a seed (BRIEF §8 sizes, ``demo.city_plan``):

* the units enrolled at the hub: Thành đoàn ``TD-HP``, 114 commune-level Đoàn cơ sở ``DCS-001…``
  and the sector unions ``DCT-01…``, 8,000 chi đoàn under them, each with an Ed25519 key whose
  32 private bytes are SHA-256(seed, unit code) — so a test or a benchmark can act as any unit;
* for each branch the REAL signed packages it sent up in the year to its Đoàn cơ sở, built by
  ``desktop.sync.package.build`` exactly as the desktop builds them: the registration mostly
  before its deadline (10/11 of the year before; about one branch in eight late, one in
  twenty-five never registers: city_days._timeline, by the app's own deadlines) with the
  branch's whole record (minimised by ``desktop.sync.privacy``: members with their Vietnamese
  names and membership history — birth dates, phones and the rest are generated but, as in the
  app, never leave the branch), the quarterly progress reports of Q1–Q3 and the year-end result with the proposal and the record including its volunteer activities (together
  300,000 members and 3,000,000 volunteer credit records, member × day as the desktop counts
  them);
* each Đoàn cơ sở's two summaries (registrations by 20/11 of the year before, results by 10/11;
  one in five late) to TD-HP;
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

The units, their sizes and keys: city_units.py; one branch's year and packages: city_branch.py.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.domain.errors import DomainError
from desktop.sync import package as pkg
from desktop.sync import privacy
from desktop.sync.keys import Identity
from desktop.demo.city_units import (
    BATCH,
    CAMPAIGN,
    CITY,
    FIRST_YEAR,
    MAX_YEARS,
    Upper,
    _Signer,
    _criteria,
    _dt,
    _ts,
    _uppers,
    _uuid,
    identity,
    plan,
    scaled,
)
from desktop.demo.city_branch import CityBranch, summary_branch
from desktop.demo.city_days import summary_days


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
    enrolled = datetime(year - 1, 9, 15, 8, 0, 0)  # before the first registrations (October–November)

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
            reg_day, res_day = summary_days(seed, u.code, y)  # by the calendar's deadlines, a few late
            for skind, day in (("registration", reg_day), ("results", res_day)):
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
        "registered": sum(1 for r in rows if r["registered"]),
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
            br = CityBranch(self.seed, self.years[0], spec, upper, recs, self.criteria)
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
