"""Realistic demo and benchmark data (issue 13), deterministic for a seed.

Profiles (BRIEF §8.4 sizes):

* ``branch``: one residential chi đoàn of 40 members with a full year of records written through
  the ordinary services (members, volunteer activities incl. a youth project and a red-address
  trip, a thematic session each quarter, monthly meetings, information and share requests, weekly
  good-example posts with a couple of missed weeks, a party introduction, the registration
  submitted in January) so that its campaign page, evaluation and volunteer screens are alive.
* ``grassroots``: one Đoàn cơ sở holding 300 branches, 15,000 members and 150,000 volunteer
  credit records plus each branch's year of logs, written in bulk (Core inserts in chunks) but
  shaped exactly like the services write them (membership events, activity dates, participants,
  credits).
* ``city``: the Thành đoàn's view (114 commune-level Đoàn cơ sở + sector unions, 8,000 branches,
  300,000 members, 3,000,000 volunteer records) — ``city_plan`` gives its unit tree and branch
  sizes (grassroots.py); desktop/demo/city.py writes it into a HUB database as the signed packages the
  branches and Đoàn cơ sở sent in the year (``sothidua demo --profile city --hub-db URL``).

The branch profile: branch_profile.py; the grassroots profile and ``city_plan``: grassroots.py;
the names, places and stories they draw from: common.py. Nothing here imports Qt or SQLAlchemy;
the bulk writes go through ``db.repo.demo``.
"""

from __future__ import annotations

import random
import time

from db import audit
from db.repo import demo as repo
from desktop.domain.errors import DomainError
from desktop.services.context import AppContext
from desktop.demo.common import DemoSummary
from desktop.demo.grassroots import _grassroots
from desktop.demo.branch_profile import _branch

PROFILES = ("branch", "grassroots", "city")


def has_data(ctx: AppContext) -> bool:
    with ctx.uow.read() as s:
        return repo.has_data(s)


def generate(ctx: AppContext, profile: str, seed: int = 1, *, progress=None, sizes: dict | None = None) -> DemoSummary:
    """Fill an empty data folder with the profile's data; returns what was made.

    ``sizes`` (grassroots only; tests): ``branches``, ``members_total``, ``volunteer_records``."""
    if profile not in PROFILES:
        raise DomainError(f"Không có hồ sơ dữ liệu mẫu “{profile}” (chọn: {', '.join(PROFILES)}).", field="profile")
    if profile == "city":
        raise DomainError(
            "Hồ sơ “city” (114 Đoàn cơ sở, 8.000 chi đoàn) tạo vào cơ sở dữ liệu hub, không vào thư mục "
            "của một đơn vị: dùng “sothidua demo --profile city --hub-db URL” "
            "(desktop/demo/city.py).",
            field="profile",
        )
    t0 = time.perf_counter()
    rng = random.Random(seed)
    summary = DemoSummary(profile, seed)
    if profile == "branch":
        _branch(ctx, rng, summary)
    else:
        _grassroots(ctx, rng, summary, progress=progress, **(sizes or {}))
    with ctx.uow.begin() as s:
        audit.record(
            s,
            actor=ctx.actor,
            action="create",
            entity="demo_data",
            entity_id=profile,
            unit_code=summary.self_unit,
            after={"profile": profile, "seed": seed},
        )
        c = repo.counts(s)
    summary.units, summary.members = c["units"], c["members"]
    summary.volunteer_activities, summary.volunteer_records = c["volunteer_activities"], c["volunteer_credits"]
    summary.logs, summary.registrations = c["cycle_logs"], c["cycle_registrations"]
    summary.seconds = time.perf_counter() - t0
    return summary
