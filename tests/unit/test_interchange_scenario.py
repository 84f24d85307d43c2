"""A hand-made year, as the checkers will write it: imported through `sothidua data import`,
then evaluated through `sothidua evaluate` (issue 5 "How it will be checked")."""

import json
from datetime import date, timedelta


def _branch_year(
    code: str,
    *,
    missing_quarter: int | None = None,
    missed_weeks=(),
    incident: bool = False,
    grade: int | None = None,
    party: bool = False,
    recognised: int = 8,
    n: int = 10,
) -> dict:
    members = [
        {
            "id": f"{code}-{i}",
            "full_name": name,
            "date_of_birth": f"{1996 + i % 8}-0{1 + i % 9}-1{i % 9}",
            "training_registered_on": "2026-01-05",
            "ebook_issued": True,
            "ecard_issued": True,
            "residence_activity": True,
            "is_party_member": party,
            "history": [{"kind": "joined", "date": "2024-03-26"}],
        }
        for i, name in enumerate(
            [
                "Nguyễn Thị Hoa",
                "Trần Văn Đức",
                "Lê Minh Châu",
                "Phạm Thu Hương",
                "Vũ Gia Bảo",
                "Đỗ Thị Lan",
                "Hoàng Văn Nam",
                "Bùi Thị Ánh",
                "Đặng Quốc Việt",
                "Ngô Thị Mai",
            ][:n]
        )
    ]
    ids = [m["id"] for m in members]
    logs = [
        {
            "kind": "information",
            "date": "2026-01-15",
            "title": "Phổ biến Nghị quyết 05-NQ/TU",
            "channel": "Nhóm Zalo chi đoàn",
            "participants": ids,
        },
        {
            "kind": "share_request",
            "date": "2026-03-10",
            "title": "Chia sẻ bài viết về 70 năm ngày giải phóng",
            "counterpart": "Đoàn phường",
            "participants": ids,
        },
        {"kind": "alert", "date": "2026-05-04", "received_on": "2026-05-03", "title": "Cảnh báo trang giả mạo"},
        {
            "kind": "party_introduction",
            "date": "2026-09-02",
            "title": "Giới thiệu đoàn viên ưu tú",
            "member": ids[0],
            "counterpart": "Chi bộ Tổ dân phố số 3",
        },
    ]
    for q, month in enumerate((2, 5, 8, 11), start=1):
        if q != missing_quarter:
            logs.append(
                {
                    "kind": "thematic_session",
                    "date": f"2026-{month:02d}-10",
                    "title": f"Chuyên đề quý {q}",
                    "category": "phap-luat",
                    "participants": ids,
                }
            )
    for month in range(1, 13):
        logs.append(
            {
                "kind": "meeting",
                "date": f"2026-{month:02d}-05",
                "title": f"Sinh hoạt tháng {month}",
                "category": "dinh-ky",
                "participants": ids,
            }
        )
    d = date(2026, 1, 1)
    while d.year == 2026 or d.isocalendar()[0] == 2026:
        y, w, _ = d.isocalendar()
        if d.weekday() == 2 and (y, w) not in missed_weeks and d.year == 2026:
            logs.append({"kind": "weekly_post", "date": d.isoformat(), "title": f"Tấm gương tuần {w}"})
        d += timedelta(days=1)
        if d.year > 2026:
            break
    if incident:
        logs.append(
            {
                "kind": "incident",
                "date": "2026-04-02",
                "title": "Vi phạm giao thông",
                "category": "vi-pham-phap-luat",
                "member": ids[1],
            }
        )
    unit = {
        "code": code,
        "name": f"Chi đoàn {code}",
        "kind": "chi-doan",
        "branch_type": "truong-hoc" if grade else "dan-cu",
    }
    if grade:
        unit["grade"] = grade
    if party:
        unit["all_party_members"] = True
    return {
        "unit": unit,
        "members": members,
        "logs": logs,
        "judgements": [
            {"period": "2026", "criterion": c, "verdict": "met", "author": "Bí thư", "date": "2026-11-15"}
            for c in ("CD-1.3", "CD-3.1")
        ],
        "volunteer_activities": [
            {
                "name": "Làm sạch bãi biển",
                "kind": "cong-trinh-thanh-nien",
                "focus": "chuyen-doi-xanh",
                "dates": ["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29"],
                "days": 5,
                "participants": ids,
            },
            {
                "name": "Về nguồn Bạch Đằng Giang",
                "kind": "dia-chi-do",
                "dates": ["2026-07-27"],
                "days": 0.5,
                "participants": ids[:3],
            },
        ],
        "member_recognitions": [
            {"member": i, "period": "2026", "decision_number": "15-QĐ/ĐTN", "decision_date": "2026-11-20"}
            for i in ids[:recognised]
        ],
    }


def test_exactly_80_percent_branch_is_recognisable(cli, tmp_path):
    doc = {
        "format": "sothidua-unit-data",
        "version": 1,
        **_branch_year("CD-BIEN", missing_quarter=3, missed_weeks={(2026, 37)}, incident=True),
    }
    p = tmp_path / "cd-bien.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("data", "import", str(p), "--json")
    assert code == 0, out + err
    code, out, err = cli(
        "evaluate", "--campaign", "chi-doan-xhcn", "--period", "2026", "--as-of", "2026-12-31", "--json"
    )
    assert code == 0, err
    ev = json.loads(out)
    status = {c["id"]: c["status"] for c in ev["criteria"]}
    not_met = sorted(k for k, v in status.items() if v != "met")
    assert not_met == ["CD-1.2", "CD-2.1", "CD-2.4"], status
    assert ev["met"] == 13 and ev["applicable"] == 16 and ev["recognisable"] is True


def test_doan_co_so_file_with_a_grade_10_and_a_party_branch(cli, tmp_path):
    doc = {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "DCS-LECHAN", "name": "Đoàn phường Lê Chân", "kind": "doan-co-so"},
        "branches": [
            _branch_year("CD-10A1", grade=10),
            _branch_year("CD-DANGVIEN", party=True),
            _branch_year("CD-TDP7", recognised=7),
        ],
    }
    p = tmp_path / "dcs.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("data", "import", str(p), "--json")
    assert code == 0, out + err
    assert json.loads(out)["units"] == ["DCS-LECHAN", "CD-10A1", "CD-DANGVIEN", "CD-TDP7"]
    code, out, err = cli("evaluate", "--period", "2026", "--all-branches", "--as-of", "2027-01-05", "--json")
    assert code == 0, err
    by = {e["unit"]: {c["id"]: c["status"] for c in e["criteria"]} for e in json.loads(out)}
    assert by["CD-DANGVIEN"]["CD-3.7"] == "not_applicable"
    assert by["CD-TDP7"]["CD-3.8"] == "not_met"  # 7/10 recognised < 80 %
    assert by["CD-10A1"]["CD-3.7"] == "not_applicable"


def test_school_branch_file_writing_a_plain_year_is_read_by_the_evaluation(cli, tmp_path):
    """A school branch's judgements and recognitions written with "period": "2026" are filed
    under the label the evaluation and `judge --period 2026` read (the school year 2026-2027);
    they used to be filed under "2026", which nothing reads, and the verdict silently fell."""
    year = _branch_year("CD-11A2", grade=11)
    doc = {"format": "sothidua-unit-data", "version": 1, **year}
    p = tmp_path / "cd-11a2.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("data", "import", str(p), "--json")
    assert code == 0, out + err
    code, out, err = cli("evaluate", "--period", "2026", "--as-of", "2027-08-31", "--json")
    assert code == 0, err
    ev = json.loads(out)
    assert ev["period"] == "2026-2027"
    status = {c["id"]: c["status"] for c in ev["criteria"]}
    assert status["CD-1.3"] == "met" and status["CD-3.1"] == "met", status
    assert status["CD-3.8"] == "met", status  # 8 of 10 recognised
    # The CLI's own judgement of the same label replaces the imported one: one label, one record.
    code, out, err = cli(
        "judge",
        "--period",
        "2026",
        "--criterion",
        "CD-3.1",
        "--verdict",
        "not_met",
        "--author",
        "Bí thư",
        "--date",
        "2027-05-20",
    )
    assert code == 0, out + err
    code, out, err = cli("evaluate", "--period", "2026-2027", "--as-of", "2027-08-31", "--json")
    status = {c["id"]: c["status"] for c in json.loads(out)["criteria"]}
    assert status["CD-1.3"] == "met" and status["CD-3.1"] == "not_met", status


def test_evaluate_as_of_ignores_what_is_dated_later(cli, tmp_path):
    """`evaluate --as-of 2026-03-10` counts the volunteer days of 01/03 and 08/03 only, and not the
    judgements recorded in November (issue 18: records after --as-of used to count)."""
    doc = {"format": "sothidua-unit-data", "version": 1, **_branch_year("CD-ASOF")}
    p = tmp_path / "asof.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert cli("data", "import", str(p))[0] == 0
    code, out, err = cli("evaluate", "--period", "2026", "--as-of", "2026-03-10", "--json")
    assert code == 0, err
    by = {c["id"]: c for c in json.loads(out)["criteria"]}
    assert by["CD-3.6"]["details"]["lowest_days"] == 2.0, by["CD-3.6"]
    assert by["CD-1.3"]["status"] == "needs_judgement"  # judged on 15/11, after 10/03
