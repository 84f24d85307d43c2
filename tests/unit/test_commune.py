"""Issue 10: commune catalogs, logs computing indicators, local models (BRIEF §4.2, §5)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from tests.unit.conftest_commune import LOCAL_MODEL, MISSED_WEEKS, year_records
from desktop.i18n.catalogue import say

pytest_plugins = ["tests.unit.conftest_commune"]

END = date(2027, 1, 1)  # the day after the year: nothing of 2026 is still running


def _by_id(ev):
    return {r.id: r for r in ev.criteria}


def test_leader_visits_missed_weeks_are_named(commune_year):
    from desktop.services.commune_party import work as commune

    ev = commune.evaluate(commune_year, "chinh-quyen-than-thien", "2026", as_of=date(2026, 12, 31))
    r = _by_id(ev)["CQTT-3.6"]
    assert r.status == "not_met"
    # Hand count: 52 Saturdays (weeks 1–52) minus 3 missed = 49 weeks with a visit; week 53 still open.
    assert r.value == 49
    assert r.details["missing"] == [f"Tuần {w}" for w in MISSED_WEEKS]
    assert say(r.explanation) == "3 kỳ chưa có buổi lãnh đạo xuống thôn, tổ dân phố: Tuần 10, Tuần 23, Tuần 45."
    # After the year, week 53 (28–31/12 belong to 2026) without a visit is missed too.
    later = _by_id(commune.evaluate(commune_year, "chinh-quyen-than-thien", "2026", as_of=END))
    assert later["CQTT-3.6"].details["missing"] == ["Tuần 10", "Tuần 23", "Tuần 45", "Tuần 53"]


def test_citizen_reception_missing_month(commune_year):
    from desktop.services.commune_party import work as commune

    r = _by_id(commune.evaluate(commune_year, "chinh-quyen-than-thien", "2026", as_of=END))["CQTT-3.7"]
    assert r.status == "not_met"
    assert say(r.explanation) == "Tháng 10 chưa có buổi tiếp công dân."


def test_survey_below_target_and_feedback(commune_year):
    from desktop.services.commune_party import work as commune

    res = _by_id(commune.evaluate(commune_year, "chinh-quyen-than-thien", "2026", as_of=END))
    sat = res["CQTT-2.7"]
    assert sat.status == "not_met"
    assert sat.value == pytest.approx(205 / 280)
    assert "73,2%" in say(sat.explanation) and "205/280" in say(sat.explanation)
    assert "cần thêm 19 người hài lòng" in say(sat.explanation)  # 224 − 205
    fb = res["CQTT-1.4"]
    assert fb.status == "not_met" and fb.value == pytest.approx(0.95)
    assert "còn 2 phản ánh chưa trả lời" in say(fb.explanation)
    assert res["CQTT-3.4"].status == "not_met"  # one disciplined official
    assert res["CQTT-3.2"].status == "met"
    assert res["CQTT-4.5"].status == "not_met" and "62%" in say(res["CQTT-4.5"].explanation)
    assert res["CQTT-3.1"].status == "met"  # recorded judgement
    assert res["CQTT-3.9"].status == "needs_judgement"
    assert res["CQTT-MT"].status == "at_risk"  # 2027 target, not recorded yet in 2026


def test_completion_share_by_hand(commune_year):
    from desktop.services.commune_party import work as commune

    ev = commune.evaluate(commune_year, "chinh-quyen-than-thien", "2026", as_of=END)
    met = [r.id for r in ev.criteria if r.status == "met"]
    # Hand count: CQTT-1.1 (recorded yes), 2.5? no meeting → not met; 2.6 surveys (2 ≥ 1), 3.1 judged,
    # 3.2 badges 100%, 3.5 no breach, 3.8 dialogues (3 ≥ 1).
    assert sorted(met) == ["CQTT-1.1", "CQTT-2.6", "CQTT-3.1", "CQTT-3.2", "CQTT-3.5", "CQTT-3.8"]
    assert ev.applicable == 28
    assert ev.completion_share == pytest.approx(6 / 28)


def test_local_model_evaluated_with_its_own_criteria(commune_year, cli):
    code, out, err = cli(
        "evaluate", "--campaign", "cat-hai-5-an", "--period", "2026", "--as-of", "2027-01-01", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    st = {c["id"]: c["status"] for c in data["criteria"]}
    assert st == {"5A-1": "met", "5A-2": "not_met", "5A-3": "met"}
    assert data["met"] == 2 and data["applicable"] == 3
    assert data["completion_share"] == pytest.approx(0.6667, abs=1e-4)


def test_running_year_current_week_is_at_risk(commune_ctx):
    from desktop.domain.commune import CommuneLog
    from desktop.services.commune_party import work as commune

    # Today is Saturday 21/11/2026 (ISO week 47); weeks 1–46 have visits, week 47 not yet.
    d = date(2026, 1, 2)
    while d < date(2026, 11, 16):
        commune.add_log(commune_ctx, CommuneLog(None, "leader_visit", d, "Tổ dân phố số 4"))
        d = date.fromordinal(d.toordinal() + 7)
    r = _by_id(commune.evaluate(commune_ctx, "chinh-quyen-than-thien", "2026"))["CQTT-3.6"]
    assert r.status == "at_risk"
    assert say(r.explanation).startswith("Tuần 47 mới có 0/1")
    assert r.due == date(2026, 11, 22)


def test_every_catalog_shows_and_evaluates(commune_year, cli):
    for cid in (
        "chinh-quyen-than-thien",
        "xa-phuong-hanh-phuc",
        "thuong-ton-phap-luat",
        "dan-van-kheo",
        "xay-dung-dang",
        "cat-hai-5-an",
    ):
        code, out, err = cli("catalog", "show", cid, "--json")
        assert code == 0, err
        cat = json.loads(out)
        assert all(c["source"] for c in cat["criteria"]) or cid == "cat-hai-5-an"
        code, out, err = cli("evaluate", "--campaign", cid, "--period", "2026", "--as-of", "2027-01-01", "--json")
        assert code == 0, err
        ev = json.loads(out)
        assert len(ev["criteria"]) == len(cat["criteria"])
        assert all(c["explanation_vi"] for c in ev["criteria"])


def test_xa_phuong_hanh_phuc_thresholds_left_to_judgement(commune_year):
    from desktop.services.commune_party import work as commune

    res = _by_id(commune.evaluate(commune_year, "xa-phuong-hanh-phuc", "2026", as_of=END))
    assert res["VM-05"].status == "needs_judgement"
    assert res["XP-28"].status == "not_met" and "2/3" in say(res["XP-28"].explanation)  # 2 topics of 3
    commune.record_value(commune_year, "xa-phuong-hanh-phuc", "XP-MTTQ", "2026", value=82.5, note="Xếp thứ 12/118")
    r = _by_id(commune.evaluate(commune_year, "xa-phuong-hanh-phuc", "2026", as_of=END))["XP-MTTQ"]
    assert r.value == 82.5 and r.status == "needs_judgement" and "82,5" in say(r.explanation)


def test_local_model_versions_and_refusals(commune_ctx):
    from desktop.services.commune_party import work as commune
    from desktop.services.catalogs import all_catalogs

    cat, _ = commune.create_local_model(commune_ctx, LOCAL_MODEL)
    assert cat.version == 1
    v2 = dict(LOCAL_MODEL, title_vi="Đặc khu Cát Hải “5 An” (sửa đổi)")
    cat2, _ = commune.create_local_model(commune_ctx, v2)
    assert cat2.version == 2
    assert all_catalogs(commune_ctx)["cat-hai-5-an"].title_vi.endswith("(sửa đổi)")
    with pytest.raises(DomainError, match="trùng với một bộ tiêu chí của thành phố"):
        commune.create_local_model(commune_ctx, dict(LOCAL_MODEL, id="dan-van-kheo"))
    bad = json.loads(json.dumps(LOCAL_MODEL))
    bad["criteria"][0].update(measure="pct_members", threshold=0.5)
    with pytest.raises(DomainError, match="chỉ dùng cho chi đoàn"):
        commune.create_local_model(commune_ctx, bad)


def test_cli_log_and_tasks(commune_ctx, cli):
    code, out, err = cli("commune", "log", "add", "--kind", "leader_visit", "--date", "2026-11-07", "--place", "Thôn 3")
    assert code == 0, err
    code, out, err = cli("commune", "log", "add", "--kind", "leader_visit", "--date", "2026-11-07")
    assert code == 2 and "phải ghi nơi đến" in err
    code, out, err = cli(
        "commune", "log", "add", "--kind", "survey", "--date", "2026-11-08", "--received", "10", "--answered", "12"
    )
    assert code == 2 and "lớn hơn" in err
    code, out, err = cli(
        "commune",
        "task",
        "add",
        "--campaign",
        "dan-van-kheo",
        "--title",
        "Xây dựng mô hình",
        "--lead",
        "Ban Dân vận",
        "--deadline",
        "2026-06-30",
        "--json",
    )
    assert code == 0, err
    tid = json.loads(out)["id"]
    assert cli("commune", "task", "progress", str(tid), "40")[0] == 0
    code, out, _ = cli("commune", "task", "list", "--json")
    [t] = json.loads(out)
    assert t["progress"] == 40 and t["state"] == "overdue"  # 21/11/2026 > 30/06/2026


def test_import_is_all_or_nothing(commune_ctx):
    from desktop.services.commune_party import work as commune
    from desktop.services.commune_party import commune_import

    data = year_records()
    data["logs"].append({"kind": "citizen_reception", "date": "2026-13-01"})
    with pytest.raises(DomainError, match=r"logs dòng \d+: ngày “2026-13-01” không hợp lệ"):
        commune_import.import_records(commune_ctx, data)
    assert commune.logs(commune_ctx, "2026") == []


def test_review_sent_upward_as_package(commune_year):
    from desktop.services.commune_party import report_up
    from desktop.services.exchange import sync

    item = report_up.send_document(commune_year, "review", period="2026")
    # its own package kind (issue 20): the receiver reads each model down to its criteria
    assert item.kind == "commune-report" and item.recipient_code == "TU-HAIPHONG"
    assert item.subject == "commune-report/dang-uy-xa/2026/review"
    pv = sync.preview_outbox_item(commune_year, item.package_id)
    assert [d for d, _ in pv.documents] == ["documents/BaoCaoSoKet-2026-DangUyDacKhuCatHai.pdf"]
    rows = {m["id"]: m for m in pv.data["models"]}
    assert rows["cat-hai-5-an"]["completion_share"] == pytest.approx(0.6667, abs=1e-4)
    assert [c["id"] for c in rows["cat-hai-5-an"]["criteria"]] == ["5A-1", "5A-2", "5A-3"]
    assert pv.data["satisfaction"]["asked"] == 280 and pv.data["satisfaction"]["satisfied"] == 205
    again = report_up.send_document(commune_year, "review", period="2026")
    assert again.version == 2 and again.supersedes == item.package_id
