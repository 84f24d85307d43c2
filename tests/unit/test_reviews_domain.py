"""The rules of the reviews and the ranking (issue 23), pure: a summary row read defensively, the
shares against the model's targets, the D10 score and tiers."""

from __future__ import annotations

from desktop.domain import reviews as R


def _row(code, **kw):
    return {
        "code": code,
        "name": f"Chi đoàn {code}",
        "branch_type": "dan-cu",
        "registered": True,
        "on_time": True,
        "recognisable": True,
        "recognised": True,
        "member_count": 20,
        "members_recognised": 16,
        **kw,
    }


def test_a_hostile_row_is_read_without_trusting_it():
    assert R.facts_from_row("x", "U") is None and R.facts_from_row({"name": "no code"}, "U") is None
    f = R.facts_from_row(
        {
            "code": "CD1",
            "registered": "yes",
            "member_count": -4,
            "members_recognised": True,
            "completion_share": 7,
            "statuses": ["met"],
            "history": {"2025": "x", "2024": {"recognised": 1, "members_recognised": 10**12}},
        },
        "U",
    )
    assert f.registered is False and f.member_count is None and f.members_recognised is None
    assert f.completion is None and f.statuses == {}
    assert f.history == {"2024": {"recognised": False, "members_recognised": None, "member_count": None}}


def test_the_branch_record_counts_when_the_row_has_no_own_fields():
    f = R.facts_from_row(
        {
            "code": "CD1",
            "record": {
                "criteria": [{"id": "CD-1.1", "status": "not_met"}],
                "members": {"recognised": 7, "registered": 18},
            },
        },
        "U",
    )
    assert f.statuses == {"CD-1.1": "not_met"} and f.members_recognised == 7 and f.members_registered == 18


def test_shares_and_gaps_against_the_targets():
    facts = [
        R.facts_from_row(_row("A"), "U1"),
        R.facts_from_row(_row("B", recognised=False, registered=False, members_recognised=4), "U1"),
    ]
    t = R.tally(facts).to_json()
    assert (t["branches"], t["registered"], t["recognised"], t["members"], t["members_recognised"]) == (2, 1, 1, 40, 20)
    assert t["registered_share"] == 0.5 and t["recognised_share"] == 0.5 and t["members_recognised_share"] == 0.5
    g = R.gaps(t, 2030)
    assert g == {"registered": 0.5, "members_registered": None, "recognised": 0.3, "members_recognised": 0.3}


def test_a_year_known_only_from_a_title_history_has_no_registration_share():
    f = R.BranchFacts("A", "A", "dan-cu", "U", False, False, False, True, 20, 10, registration_known=False)
    t = R.tally([f]).to_json()
    assert t["registered_share"] is None and t["recognised_share"] == 1.0


def test_the_ranking_score_caps_each_part_at_its_target_and_tiers_follow_the_settings():
    rules = R.RankingRules()
    full = {
        "branches": 10,
        "registered_share": 1.0,
        "on_time_share": 1.0,
        "recognised_share": 0.8,
        "members_recognised_share": 0.9,
    }
    score, parts = R.union_score(full, rules)
    assert score == 1.0 and parts == {"registered": 20, "on_time": 10, "recognised": 40, "members": 30}
    half = {**full, "recognised_share": 0.4, "members_recognised_share": None}
    score, parts = R.union_score(half, rules)
    assert parts["recognised"] == 20 and parts["members"] == 0 and score == 0.5
    assert [rules.tier(x) for x in (0.95, 0.9, 0.75, 0.5, 0.49, None)] == [
        "excellent",
        "excellent",
        "good",
        "pass",
        "fail",
        "none",
    ]
    strict = R.RankingRules.from_settings({"ranking_excellent": 0.99, "ranking_good": 3, "ranking_pass": -1})
    assert (strict.excellent, strict.good, strict.passing) == (0.99, 1.0, 0.0)


def test_criteria_failures_by_type_and_by_union():
    a = R.facts_from_row(_row("A", statuses={"CD-1.1": "not_met", "CD-1.2": "met"}), "U1")
    b = R.facts_from_row(
        _row(
            "B",
            branch_type="truong-hoc",
            statuses={"CD-1.1": "not_met", "CD-1.2": "at_risk", "CD-3.7": "not_applicable"},
        ),
        "U2",
    )
    out = R.criteria_failures([a, b], ["CD-1.1", "CD-1.2", "CD-3.7"])
    assert (out["CD-1.1"].failed, out["CD-1.1"].judged, out["CD-1.1"].fail_share) == (2, 2, 1.0)
    assert out["CD-1.1"].by_type == {"dan-cu": [1, 1], "truong-hoc": [1, 1]}
    assert out["CD-1.1"].by_union == {"U1": [1, 1], "U2": [1, 1]}
    assert (out["CD-1.2"].failed, out["CD-1.2"].at_risk, out["CD-1.2"].met) == (0, 1, 1)
    assert out["CD-3.7"].judged == 0 and out["CD-3.7"].fail_share is None


def test_a_summarys_totals_stand_for_its_rows_only_when_complete_and_consistent():
    totals = {
        "branches": 10,
        "registered": 9,
        "registered_on_time": 8,
        "recognisable": 7,
        "recognised": 6,
        "members": 300,
        "members_recognised": 210,
    }
    t = R.tally_from_totals(totals).to_json()
    assert (t["registered_share"], t["recognised_share"], t["members_recognised_share"]) == (0.9, 0.6, 0.7)
    assert R.tally_from_totals({k: v for k, v in totals.items() if k != "members_recognised"}) is None  # older
    assert R.tally_from_totals({**totals, "recognised": 11}) is None  # more recognised than branches
    assert R.tally_from_totals({**totals, "members": "300"}) is None
    both = R.merged([R.tally_from_totals(totals), R.tally([R.facts_from_row(_row("A"), "U")])]).to_json()
    assert (both["branches"], both["members"], both["members_recognised"]) == (11, 320, 226)


def test_the_ranking_rules_are_settings_of_the_units_that_rank():
    from desktop.domain.settings import UNIT_SETTINGS, keys_for_kind, validate_setting, with_defaults

    ranking = {k for k in UNIT_SETTINGS if k.startswith("ranking_")}
    assert len(ranking) == 7 and all("Mặc định (lựa chọn của phần mềm)" in UNIT_SETTINGS[k].why_vi for k in ranking)
    assert ranking <= set(keys_for_kind("doan-co-so")) and ranking <= set(keys_for_kind("doan-cap-tren"))
    assert not ranking & set(keys_for_kind("chi-doan")) and not ranking & set(keys_for_kind("dang-uy-xa"))
    assert R.RankingRules.from_settings(with_defaults({})) == R.RankingRules()
    assert validate_setting("ranking_points_members", "25") == 25


def test_a_registration_summary_leaves_the_titles_unknown_not_zero():
    """Review 2027 of a city where half the Đoàn cơ sở had sent only their registration summary:
    the city's shares of titles were 47/160 = 29 % (the unreported branches counted as not
    recognised) while each unit said "—"; they are over the branches whose titles are known."""
    from desktop.services.reporting.review_facts import UnionFacts

    done = tuple(R.facts_from_row(_row(f"A{i}", recognised=i < 3), "A") for i in range(4))
    early = tuple(
        R.facts_from_row(_row(f"B{i}", recognised=False, recognisable=None, members_recognised=0), "B")
        for i in range(4)
    )
    a = UnionFacts("A", "Đoàn A", "results", done)
    b = UnionFacts("B", "Đoàn B", "registration", early)
    tb = b.tally.to_json()
    assert tb["recognised_share"] is None and tb["members_recognised_share"] is None
    assert tb["registered_share"] == 1.0 and tb["branches"] == 4 and tb["members"] == 80
    total = R.merged([a.tally, b.tally]).to_json()
    assert total["branches"] == 8 and total["recognition_base"] == 4
    assert total["recognised_share"] == 0.75 and total["members_recognised_share"] == 0.8
    assert R.gaps(total, 2027)["recognised"] == 0.05
    # from the totals a summary carries (the trend over five years reads those): the same
    t = R.tally_from_totals(
        {
            "branches": 4,
            "registered": 4,
            "registered_on_time": 4,
            "recognisable": 0,
            "recognised": 0,
            "members": 80,
            "members_recognised": 0,
        }
    )
    c = UnionFacts("B", "Đoàn B", "registration", (), t).tally.to_json()
    assert c["recognised_share"] is None and c["members_recognised_share"] is None
