"""The ``grassroots`` demo profile (issue 13; BRIEF §8.4 sizes): one Đoàn cơ sở holding 300 branches,
15,000 members and 150,000 volunteer credit records plus each branch's year of logs, written in
bulk (Core inserts in chunks through ``db.repo.demo``) but shaped exactly like the services write
them; and ``city_plan``, the unit tree and branch sizes of the ``city`` profile."""

from __future__ import annotations

import random
from datetime import date, timedelta

from db.repo import demo as repo
from desktop.domain.members import JOINED, TRANSFERRED_OUT, name_key
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext
from desktop.demo.common import (
    COMPANIES,
    DemoSummary,
    GOOD_STORIES,
    Names,
    PLACES,
    PLACES_RED,
    SECTORS,
    THEMATIC,
    THON,
    VOLUNTEER_NAMES,
    _phone,
    _quarters,
    _union_join,
)


# ----------------------------------------------------------------------------------------------
# grassroots: bulk, in the shape the services write


def _grassroots(
    ctx: AppContext,
    rng: random.Random,
    summary: DemoSummary,
    *,
    branches: int = 300,
    members_total: int = 15_000,
    volunteer_records: int = 150_000,
    progress=None,
) -> None:
    from desktop.services.units import save_self_unit

    today = ctx.today()
    year = today.year
    start = date(year, 1, 1)
    place = rng.choice(PLACES)
    dcs_code = "DCS-" + name_key(place).upper().replace(" ", "")
    summary.self_unit = dcs_code
    save_self_unit(ctx, Unit(code=dcs_code, name=f"Đoàn phường {place}", kind=UnitKind.DOAN_CO_SO, parent_code="TD-HP"))
    from desktop.services.units import set_signer

    set_signer(ctx, dcs_code, title="BÍ THƯ", full_name="Trần Minh Quang")
    names = Names(rng)
    sizes = _sizes(rng, branches, members_total)
    types = []
    for b in range(branches):
        r = rng.random()
        types.append(
            BranchType.DAN_CU
            if r < 0.72
            else BranchType.CO_QUAN
            if r < 0.87
            else BranchType.DOANH_NGHIEP
            if r < 0.96
            else BranchType.LUC_LUONG_VU_TRANG
        )
    with ctx.uow.begin() as s:
        uid0 = repo.next_id(s, "units")
        unit_rows = []
        for b in range(branches):
            t = types[b]
            name = (
                f"Chi đoàn Tổ dân phố số {b + 1}"
                if t is BranchType.DAN_CU and b % 3
                else f"Chi đoàn {THON[b % len(THON)]} {b + 1}"
                if t is BranchType.DAN_CU
                else f"Chi đoàn {COMPANIES[b % len(COMPANIES)]} {b + 1}"
                if t is BranchType.DOANH_NGHIEP
                else f"Chi đoàn Công an phường {place} {b + 1}"
                if t is BranchType.LUC_LUONG_VU_TRANG
                else f"Chi đoàn cơ quan {b + 1} phường {place}"
            )
            unit_rows.append(
                {
                    "id": uid0 + b,
                    "code": f"{dcs_code}-CD{b + 1:03d}",
                    "name": name,
                    "kind": "chi-doan",
                    "branch_type": t.value,
                    "parent_code": dcs_code,
                    "all_party_members": False,
                    "is_self": False,
                }
            )
        repo.bulk_insert(s, "units", unit_rows)
        mid = repo.next_id(s, "members")
        eid = repo.next_id(s, "membership_events")
        member_rows, event_rows, branch_members = [], [], []
        for b in range(branches):
            ids = []
            res = unit_rows[b]["name"].removeprefix("Chi đoàn ")
            for _ in range(sizes[b]):
                full, gender, dob = names.person(date(year, 6, 30), min_age=17)
                joined = min(_union_join(rng, dob), date(year - 1, 9, 2))
                party = rng.random() < 0.06
                member_rows.append(
                    {
                        "id": mid,
                        "unit_id": uid0 + b,
                        "full_name": full,
                        "name_key": name_key(full),
                        "date_of_birth": dob,
                        "dob_year_only": False,
                        "gender": gender,
                        "phone": _phone(rng),
                        "union_join_date": joined,
                        "union_card_no": f"HP{mid:07d}",
                        "is_party_member": party,
                        "party_join_date": date(year - 1, 5, 19) if party else None,
                        "residence": res,
                        "training_registered": rng.random() < 0.9,
                        "ebook_issued": rng.random() < 0.93,
                        "ecard_issued": rng.random() < 0.88,
                        "residence_activity": rng.random() < 0.85,
                    }
                )
                entry = max(
                    joined + timedelta(days=1),
                    date(rng.randint(2018, year - 1), rng.randint(1, 12), rng.randint(1, 28)),
                )
                event_rows.append(
                    {"id": eid, "member_id": mid, "kind": JOINED, "on_date": entry, "created_by": ctx.actor}
                )
                eid += 1
                if rng.random() < 0.02:
                    event_rows.append(
                        {
                            "id": eid,
                            "member_id": mid,
                            "kind": TRANSFERRED_OUT,
                            "on_date": start + timedelta(days=rng.randrange(max(1, (today - start).days))),
                            "created_by": ctx.actor,
                        }
                    )
                    eid += 1
                else:
                    ids.append(mid)
                mid += 1
            branch_members.append(ids)
        repo.insert_members(s, member_rows)
        repo.bulk_insert(s, "membership_events", event_rows)
        from db.repo import members as members_repo
        from desktop.services.membership import record_period_facts

        flagged = [
            r["id"]
            for r in member_rows
            if r.get("residence_activity")
            or r.get("ebook_issued")
            or r.get("ecard_issued")
            or r.get("training_registered")
        ]
        record_period_facts(s, ctx, members_repo.get_many(s, flagged))  # this period's CD-3.3 … 3.5
        if progress:
            progress(1, 4, "Đã tạo đoàn viên")

        # Volunteer: one- or two-day activities of 15–45 members until the records are reached.
        aid = repo.next_id(s, "volunteer_activities")
        cid = repo.next_id(s, "volunteer_credits")
        acts, dates, parts, credits = [], [], [], []
        span = max(1, (today - start).days)
        seen: set[tuple[int, date]] = set()
        b = 0
        while len(credits) < volunteer_records:
            ids = branch_members[b % branches]
            b += 1
            if not ids:
                continue
            n_days = 2 if rng.random() < 0.1 else 1
            d0 = start + timedelta(days=rng.randrange(span))
            days = [d0 + timedelta(days=k) for k in range(n_days) if d0 + timedelta(days=k) <= today]
            kind = (
                "cong-trinh-thanh-nien"
                if rng.random() < 0.06
                else "dia-chi-do"
                if rng.random() < 0.06
                else "tinh-nguyen"
            )
            half = 2 if rng.random() < 0.7 else 1
            who = rng.sample(ids, min(len(ids), rng.randint(15, 45)))
            acts.append(
                {
                    "id": aid,
                    "unit_id": uid0 + (b - 1) % branches,
                    "name": rng.choice(VOLUNTEER_NAMES)
                    if kind == "tinh-nguyen"
                    else (
                        "Công trình thanh niên: Tuyến đường hoa"
                        if kind == "cong-trinh-thanh-nien"
                        else "Hành trình về địa chỉ đỏ"
                    ),
                    "kind": kind,
                    "focus": "chuyen-doi-xanh" if kind == "cong-trinh-thanh-nien" else None,
                    "level": "chi-doan",
                    "half_days": half * len(days),
                    "first_day": days[0],
                    "last_day": days[-1],
                    "guests": rng.randrange(5),
                    "created_by": ctx.actor,
                    "updated_by": ctx.actor,
                    "place": rng.choice(PLACES_RED) if kind == "dia-chi-do" else None,
                }
            )
            for d in days:
                dates.append({"activity_id": aid, "day": d})
            for m in who:
                if any((m, d) in seen for d in days):
                    continue  # never credit a member twice on a day (the service refuses it)
                parts.append({"activity_id": aid, "member_id": m, "overlap_confirmed": False})
                for d in days:
                    seen.add((m, d))
                    credits.append({"id": cid, "activity_id": aid, "member_id": m, "day": d, "half_days": half})
                    cid += 1
            aid += 1
        repo.bulk_insert(s, "volunteer_activities", acts)
        repo.bulk_insert(s, "volunteer_activity_dates", dates)
        repo.bulk_insert(s, "volunteer_participants", parts)
        repo.bulk_insert(s, "volunteer_credits", credits)
        del seen, credits, parts
        if progress:
            progress(2, 4, "Đã tạo ngày tình nguyện")

        # Logs (step 2): the same year as the branch profile, lighter (one record per kind/month).
        lid = repo.next_id(s, "cycle_logs")
        logs, lparts = [], []
        for b in range(branches):
            ids = branch_members[b]
            u = uid0 + b
            diligent = rng.random()

            def add(kind, d, title, share=0.0, u=u, ids=ids, **kw):
                nonlocal lid
                if d > today:
                    return
                logs.append(
                    {"id": lid, "unit_id": u, "kind": kind, "on_date": d, "title": title, "created_by": ctx.actor, **kw}
                )
                if share:
                    lparts.extend({"log_id": lid, "member_id": m} for m in ids if rng.random() < share)
                lid += 1

            for mth in range(1, 13):
                if rng.random() < 0.1 + 0.8 * diligent or mth % 3 == 0:
                    add("meeting", date(year, mth, 6), f"Sinh hoạt chi đoàn tháng {mth}", 0.8, category="dinh-ky")
                add("information", date(year, mth, 12), f"Thông tin thời sự tháng {mth}", 0.7, channel="Zalo")
                if mth % 2 == 0:
                    add(
                        "share_request",
                        date(year, mth, 18),
                        "Chia sẻ bài viết tích cực",
                        0.65,
                        counterpart="Đoàn phường",
                    )
            for q, (qs, _) in enumerate(_quarters(year)):
                theme, title = THEMATIC[q]
                add("thematic_session", qs + timedelta(days=40), title, 0.85, category=theme)
            d = start
            while d <= today:
                if rng.random() < 0.6 + 0.4 * diligent:
                    add("weekly_post", d, GOOD_STORIES[(d.toordinal() + b) % len(GOOD_STORIES)], channel="Fanpage")
                d += timedelta(days=7)
        repo.bulk_insert(s, "cycle_logs", logs)
        repo.bulk_insert(s, "cycle_log_participants", lparts)
        if progress:
            progress(3, 4, "Đã tạo sổ theo dõi")
    summary.notes.append(f"{branches} chi đoàn, {sum(sizes)} đoàn viên")
    if progress:
        progress(4, 4, "Xong")


def _sizes(rng: random.Random, branches: int, total: int) -> list[int]:
    """Branch sizes between 15 and 120 that add up to ``total`` exactly."""
    raw = [rng.lognormvariate(0, 0.45) for _ in range(branches)]
    k = total / sum(raw)
    sizes = [max(15, min(120, round(r * k))) for r in raw]
    i = 0
    while sum(sizes) != total:
        step = 1 if sum(sizes) < total else -1
        j = i % branches
        if 15 <= sizes[j] + step <= 120:
            sizes[j] += step
        i += 1
    return sizes


# ----------------------------------------------------------------------------------------------
# city: the plan (sizes and names) the hub benchmark writes into PostgreSQL


def city_plan(
    seed: int = 1,
    *,
    communes: int = 114,
    branches: int = 8000,
    members: int = 300_000,
    volunteer_records: int = 3_000_000,
    sectors: int = len(SECTORS),
) -> dict:
    """Unit tree of the city profile: commune-level Đoàn cơ sở + sector unions, branch sizes."""
    rng = random.Random(seed)
    units = []
    for i in range(communes):
        p = PLACES[i % len(PLACES)]
        kind = "phường" if i % 3 == 0 else "xã"
        suffix = "" if i < len(PLACES) else f" {i // len(PLACES) + 1}"
        units.append(
            {
                "code": f"DCS-{i + 1:03d}",
                "name": f"Đoàn {kind} {p}{suffix}",
                "kind": "doan-co-so",
                "parent_code": "TD-HP",
            }
        )
    for j, name in enumerate(SECTORS[:sectors]):
        units.append({"code": f"DCT-{j + 1:02d}", "name": name, "kind": "doan-cap-tren", "parent_code": "TD-HP"})
    parents = [u["code"] for u in units]
    sizes = _sizes(rng, branches, members)
    branch_units = [
        {
            "code": f"{parents[b % len(parents)]}-CD{b // len(parents) + 1:03d}",
            "name": f"Chi đoàn {b + 1}",
            "kind": "chi-doan",
            "parent_code": parents[b % len(parents)],
            "members": sizes[b],
        }
        for b in range(branches)
    ]
    return {"upper": units, "branches": branch_units, "members": members, "volunteer_records": volunteer_records}
