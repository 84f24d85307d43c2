"""A commune party committee's year for the issue-10 tests (BRIEF §4.2, §5.1, §5.3, §5.6).

Year 2026, evaluated as of 31/12/2026 (after the year ended):
* leader visits (CQTT-3.6, ≥ 1 per ISO week): every Saturday of 2026 except weeks 10, 23 and 45.
  2026 has 53 ISO weeks; its 52 Saturdays fall in weeks 1–52, so 49 weeks have a visit, weeks
  10, 23, 45 are missed, and week 53 (Mon 28/12 – Thu 31/12 inside 2026) is still open on 31/12
  and missed when evaluated after the year → not met;
* citizen receptions (CQTT-3.7, ≥ 1 per month): on the 15th of every month except October → not met;
* satisfaction surveys (CQTT-2.7 ≥ 80 %): 2 surveys, 120/160 and 85/120 satisfied
  → 205/280 = 73,2 % → not met, 19 more satisfied people were needed (0,8 × 280 = 224);
* feedback (CQTT-1.4, 100 % answered): 40 received, 38 answered → 95 % → not met;
* a local model "cat-hai-5-an" with its own criteria: 5A-1 ≥ 2 dialogues a year (3 held: met),
  5A-2 zero disciplined (one recorded: not met), 5A-3 safety share ≥ 0,9 (0,95 recorded: met).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

LOCAL_MODEL = {
    "id": "cat-hai-5-an",
    "title_vi": "Đặc khu Cát Hải “5 An”",
    "title_en": "Cát Hải “5 An” model",
    "groups": [{"id": "A", "title_vi": "An ninh, an toàn, an sinh", "title_en": "Security, safety, welfare"}],
    "criteria": [
        {
            "id": "5A-1",
            "group": "A",
            "title_vi": "Tổ chức ít nhất 02 buổi đối thoại về an ninh trật tự mỗi năm",
            "title_en": "At least 2 dialogues on public order a year",
            "measure": "count_per_period",
            "threshold": 2,
            "period": "year",
            "subject": "commune",
            "params": {"log_kind": "dialogue"},
        },
        {
            "id": "5A-2",
            "group": "A",
            "title_vi": "Không có cán bộ bị kỷ luật",
            "title_en": "No official disciplined",
            "measure": "zero",
            "threshold": 0,
            "period": "year",
            "subject": "commune",
            "params": {"log_kind": "discipline"},
        },
        {
            "id": "5A-3",
            "group": "A",
            "title_vi": "Tỉ lệ cơ sở du lịch đạt chuẩn an toàn ít nhất 90%",
            "title_en": "At least 90% of tourism businesses safe",
            "measure": "value_min",
            "threshold": 0.9,
            "period": "year",
            "subject": "commune",
            "unit": "share",
            "params": {"source": "recorded"},
        },
    ],
}

MISSED_WEEKS = (10, 23, 45)


def year_records() -> dict:
    logs = []
    d = date(2026, 1, 3)  # first Saturday of 2026 (ISO week 1)
    while d.year == 2026:
        if d.isocalendar()[1] not in MISSED_WEEKS:
            logs.append(
                {
                    "kind": "leader_visit",
                    "date": d.isoformat(),
                    "place": f"Thôn {d.isocalendar()[1] % 6 + 1}",
                    "title": "Tổng vệ sinh sáng thứ Bảy",
                }
            )
        d += timedelta(days=7)
    for m in range(1, 13):
        if m != 10:
            logs.append({"kind": "citizen_reception", "date": f"2026-{m:02d}-15", "title": "Tiếp công dân định kỳ"})
    logs += [
        {
            "kind": "survey",
            "date": "2026-06-20",
            "title": "Khảo sát sự hài lòng về thủ tục hành chính",
            "received": 160,
            "answered": 120,
        },
        {
            "kind": "survey",
            "date": "2026-11-10",
            "title": "Khảo sát mức độ hài lòng với cuộc sống",
            "received": 120,
            "answered": 85,
        },
        {
            "kind": "feedback",
            "date": "2026-12-20",
            "title": "Phản ánh qua hòm thư và Zalo",
            "received": 40,
            "answered": 38,
        },
        {"kind": "dialogue", "date": "2026-03-12", "place": "Thôn 2", "title": "Đối thoại với Nhân dân về đất đai"},
        {"kind": "dialogue", "date": "2026-08-05", "place": "Thôn 5", "title": "Đối thoại về an ninh trật tự"},
        {"kind": "dialogue", "date": "2026-11-18", "place": "Thôn 1", "title": "Đối thoại cuối năm"},
        {"kind": "discipline", "date": "2026-09-09", "title": "Khiển trách 01 công chức địa chính"},
        {"kind": "dan_van_model", "date": "2026-05-19", "title": "Mô hình “Ngõ xóm sáng – xanh – sạch”"},
        {"kind": "supervision", "date": "2026-04-01", "title": "Giám sát thu gom rác thải"},
        {"kind": "supervision", "date": "2026-07-01", "title": "Giám sát chi trả chính sách"},
    ]
    values = [
        {"campaign": "chinh-quyen-than-thien", "criterion": "CQTT-3.2", "period": "2026", "value": 1},
        {"campaign": "chinh-quyen-than-thien", "criterion": "CQTT-4.5", "period": "2026", "value": 0.62},
        {"campaign": "chinh-quyen-than-thien", "criterion": "CQTT-1.1", "period": "2026", "value": True},
        {
            "campaign": "chinh-quyen-than-thien",
            "criterion": "CQTT-3.1",
            "period": "2026",
            "verdict": "met",
            "note": "Thường trực Đảng ủy đánh giá",
        },
        {"campaign": "cat-hai-5-an", "criterion": "5A-3", "period": "2026", "value": 0.95},
    ]
    tasks = [
        {
            "campaign": "chinh-quyen-than-thien",
            "period": "2026",
            "title": "Lắp hòm thư góp ý tại 6 nhà văn hóa thôn",
            "lead_agency": "Văn phòng HĐND và UBND xã",
            "deadline": "2026-03-31",
            "expected_output": "6 hòm thư góp ý",
            "progress": 100,
        },
        {
            "campaign": "chinh-quyen-than-thien",
            "period": "2026",
            "title": "Vận động mỗi hộ có ít nhất 01 người cài đặt “Hải Phòng Smart”",
            "lead_agency": "Đoàn Thanh niên xã",
            "deadline": "2026-09-30",
            "expected_output": "100% hộ gia đình",
            "progress": 62,
        },
        {
            "campaign": "dan-van-kheo",
            "period": "2026",
            "title": "Xây dựng mô hình “Dân vận khéo” năm 2026",
            "lead_agency": "Ban Dân vận Đảng ủy",
            "deadline": "2026-12-31",
            "expected_output": "01 mô hình được công nhận",
            "progress": 80,
        },
        {
            "campaign": "cat-hai-5-an",
            "period": "2026",
            "title": "Kiểm tra an toàn các cơ sở du lịch",
            "lead_agency": "Công an xã",
            "deadline": "2026-06-30",
            "expected_output": "Biên bản kiểm tra",
            "progress": 100,
        },
    ]
    return {"models": [LOCAL_MODEL], "logs": logs, "values": values, "tasks": tasks}


@pytest.fixture
def commune_unit():
    from desktop.domain.units import Unit, UnitKind

    return Unit(code="DU-CATHAI", name="Đảng ủy đặc khu Cát Hải", kind=UnitKind.DANG_UY_XA, parent_code="TU-HAIPHONG")


@pytest.fixture
def commune_ctx(ctx, commune_unit):
    from desktop.services.units import save_self_unit

    save_self_unit(ctx, commune_unit)
    return ctx


@pytest.fixture
def commune_year(commune_ctx):
    from desktop.services.commune_party import commune_import

    commune_import.import_records(commune_ctx, year_records())
    return commune_ctx
