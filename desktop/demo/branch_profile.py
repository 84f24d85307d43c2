"""The ``branch`` demo profile (issue 13): one residential chi đoàn of 40 members with a full year
of records written through the ordinary services, so that its campaign page, evaluation and
volunteer screens are alive (the list is in profiles.py's first lines)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.domain.members import JOINED, TRANSFERRED_IN, TRANSFERRED_OUT, Member, name_key
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.services.context import AppContext
from desktop.demo.common import (
    DemoSummary,
    GOOD_STORIES,
    Names,
    PLACES,
    PLACES_RED,
    THEMATIC,
    VOLUNTEER_NAMES,
    _phone,
    _quarters,
    _union_join,
)


# ----------------------------------------------------------------------------------------------
# branch: through the services, dated as the secretary would have typed them


def _at(ctx: AppContext, day: date):
    ctx.today = lambda: day


def _branch(ctx: AppContext, rng: random.Random, summary: DemoSummary) -> None:
    from desktop.domain.logs import LogEntry
    from desktop.domain.registration import RegistrationItem
    from desktop.domain.volunteer import CONG_TRINH, DIA_CHI_DO, TINH_NGUYEN, Activity
    from desktop.services import year as cycle, membership as members, volunteering as volunteer
    from desktop.services.units import save_self_unit

    real_today = ctx.today
    today = real_today()
    year = today.year
    start = date(year, 1, 1)
    names = Names(rng)
    tdp = rng.randint(1, 15)
    place = rng.choice(PLACES)
    code = f"CD-TDP{tdp:02d}"
    unit = Unit(
        code=code,
        name=f"Chi đoàn Tổ dân phố số {tdp}",
        kind=UnitKind.CHI_DOAN,
        branch_type=BranchType.DAN_CU,
        parent_code=f"DCS-{name_key(place).upper().replace(' ', '')}",
    )
    summary.self_unit = code
    try:
        _at(ctx, date(year - 1, 12, 31))
        save_self_unit(ctx, unit)
        from desktop.services.units import set_signer

        set_signer(ctx, code, title="BÍ THƯ", full_name="Nguyễn Thu Hà")
        residence = f"Tổ dân phố số {tdp}, phường {place}"
        ids: list[int] = []
        made: list[Member] = []
        for i in range(40):
            full, gender, dob = names.person(date(year, 6, 30), min_age=18)
            joined = min(_union_join(rng, dob), date(year - 1, 9, 2))
            entry = max(joined, date(rng.randint(2019, year - 1), rng.randint(1, 12), rng.randint(1, 28)))
            m = Member(
                id=None,
                unit_code=code,
                full_name=full,
                date_of_birth=dob,
                gender=gender,
                phone=_phone(rng),
                union_join_date=joined,
                union_card_no=f"HP{rng.randrange(10**7):07d}",
                is_party_member=i in (3, 17, 29),
                party_join_date=date(year - 2, 5, 19) if i in (3, 17, 29) else None,
                residence=residence,
                training_registered=rng.random() < 0.93,
                ebook_issued=rng.random() < 0.95,
                ecard_issued=rng.random() < 0.9,
                residence_activity=rng.random() < 0.88,
            )
            kind = JOINED
            if i >= 38:  # two members moved in this spring
                entry, kind = date(year, 4, i - 30), TRANSFERRED_IN
                _at(ctx, entry)
            else:
                _at(ctx, date(year - 1, 12, 31))
            _, saved = members.add_member(ctx, code, m, entry_date=entry, entry_kind=kind)
            ids.append(saved.id)
            made.append(saved)
        # CD-3.3 … CD-3.5 are facts of a period: ticked again for this year in the spring.
        for day in (date(year, 3, 2), date(year, 4, 20)):  # the two who moved in during April: later
            _at(ctx, day)
            for saved in made:
                if day.month == 3 and (saved.training_registered_on or day) > day:
                    continue
                members.update_member(ctx, saved)
        # One member moved away for work in the summer (transferred out), still in the year's base.
        _at(ctx, date(year, 7, 10))
        members.record_event(ctx, ids[11], TRANSFERRED_OUT, date(year, 7, 8), note="Chuyển sinh hoạt về nơi làm việc")
        window = {m: (date(year - 1, 12, 31), date(year, 12, 31)) for m in ids}
        window[ids[11]] = (window[ids[11]][0], date(year, 7, 7))
        for m in ids[38:]:
            window[m] = (date(year, 4, ids.index(m) - 30), date(year, 12, 31))

        # Step 1: registration submitted in January (BRIEF §3.1).
        _at(ctx, date(year, 1, 20))
        cat = ctx.catalogs[cycle.CAMPAIGN]
        items = [
            RegistrationItem(c.id, f"Đăng ký thực hiện: {c.title_vi}", date(year, 11, 30), "Bí thư chi đoàn")
            for c in cat.criteria
        ]
        cycle.submit_registration(
            ctx,
            code,
            str(year),
            items=items,
            member_ids=ids[:38],
            note="Chi đoàn đăng ký phấn đấu đạt “Chi đoàn xã hội chủ nghĩa”.",
        )

        def log(kind, day, title, **kw):
            _at(ctx, min(day + timedelta(days=1), today))
            cycle.add_log(ctx, LogEntry(None, code, kind, day, title, **kw))

        def some(share, day):
            return frozenset(m for m in ids if window[m][0] <= day <= window[m][1] and rng.random() < share)

        month_end = today.month if today.year == year else 12
        for mth in range(1, month_end + 1):
            d = date(year, mth, min(5 + rng.randrange(5), 28))
            if d <= today:
                cat_m = "chinh-tri" if mth in (3, 9) else "dinh-ky"
                log("meeting", d, f"Sinh hoạt chi đoàn tháng {mth}", category=cat_m, participants=some(0.85, d))
            d = date(year, mth, 12)
            if d <= today:
                log(
                    "information",
                    d,
                    f"Thông tin thời sự tháng {mth} qua nhóm Zalo chi đoàn",
                    channel="Zalo",
                    participants=some(0.75, d),
                )
            d = date(year, mth, 18)
            if mth % 2 == 0 and d <= today:
                log(
                    "share_request",
                    d,
                    "Chia sẻ bài viết tích cực của Thành đoàn",
                    counterpart="Thành đoàn Hải Phòng",
                    participants=some(0.7, d),
                    link="https://www.facebook.com/thanhdoanhaiphong",
                )
            d = date(year, mth, 21)
            if mth % 3 == 1 and d <= today:
                log(
                    "alert",
                    d,
                    "Cảnh báo trang giả mạo lừa đảo tuyển cộng tác viên",
                    channel="Zalo",
                    counterpart="Đoàn phường",
                    received_on=d - timedelta(days=1),
                )
        for q, (qs, _qe) in enumerate(_quarters(year)):
            d = qs + timedelta(days=40)
            if d <= today:
                theme, title = THEMATIC[q]
                log("thematic_session", d, title, category=theme, participants=some(0.9, d))
        monday = start - timedelta(days=start.weekday())
        week = 0
        skipped = {rng.randint(8, 20), rng.randint(26, 40)}  # a couple of missed weeks
        while monday <= today:
            week += 1
            d = max(monday + timedelta(days=rng.randrange(5)), start)
            if week not in skipped and d <= today:
                log(
                    "weekly_post",
                    d,
                    rng.choice(GOOD_STORIES),
                    channel="Fanpage chi đoàn",
                    counterpart=f"Phường {place}",
                )
            monday += timedelta(days=7)
        log(
            "party_introduction",
            date(year, 5, 12),
            "Giới thiệu đoàn viên ưu tú cho Đảng",
            member_id=ids[5],
            ref_no=f"{rng.randint(10, 40)}-GT/ĐTN",
            counterpart=f"Chi bộ Tổ dân phố số {tdp}",
        )

        # Volunteer days (CD-2.2, CD-2.3, CD-3.6): most members reach 5 days.
        acts = []
        for mth in range(1, month_end + 1):
            d = date(year, mth, 1) + timedelta(days=(6 - date(year, mth, 1).weekday()) % 7)  # first Sunday
            acts.append((d, rng.choice(VOLUNTEER_NAMES), TINH_NGUYEN, rng.choice([0.5, 1.0, 1.0]), 0.7, None))
        acts.append(
            (
                date(year, 3, 26),
                "Công trình thanh niên: Tuyến đường hoa thanh niên",
                CONG_TRINH,
                2.0,
                0.8,
                f"Tổ dân phố số {tdp}",
            )
        )
        acts.append((date(year, 7, 27), "Hành trình về địa chỉ đỏ", DIA_CHI_DO, 1.0, 0.6, rng.choice(PLACES_RED)))
        for d, name, kind, days, share, where in acts:
            if d > today:
                continue
            dates = (d, d + timedelta(days=1)) if days > 1 else (d,)
            who = tuple(sorted(some(share, d)))
            _at(ctx, dates[-1])
            volunteer.record_activity(
                ctx,
                code,
                Activity(
                    id=None,
                    unit_code=code,
                    name=name,
                    kind=kind,
                    dates=dates,
                    days=days,
                    place=where,
                    focus="chuyen-doi-xanh" if kind == CONG_TRINH else None,
                    participant_ids=who,
                    confirmed_by="Bí thư chi đoàn",
                ),
                skip_overlaps=True,
            )
        _at(ctx, min(date(year, 11, 5), today))
        cycle.record_judgement(
            ctx,
            code,
            str(year),
            "CD-1.3",
            "met",
            author="Bí thư chi đoàn",
            note="Cảnh báo kịp thời thông tin xấu, độc tới đoàn viên",
        )
    finally:
        ctx.today = real_today
