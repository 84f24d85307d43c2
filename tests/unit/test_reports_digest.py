"""The completeness table of a Đoàn cấp trên reads, for the branch level, a compact digest of each
summary's branch rows stored on receipt (issue 23 item 7: a city's 8,000 branches × 6 reports of a
period in a few MB instead of the summaries' rows). It must say exactly what the rows say — also for
a summary stored before the digest existed, and for rows that came malformed from another computer."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text

from db.repo import sync as repo
from desktop.domain import rollup
from desktop.domain.units import Unit, UnitKind
from desktop.services import units as units_service
from desktop.services.exchange import records
from desktop.services.reporting import tree, tree_completeness


def _rows() -> list:
    return [
        {  # every report it owed, as a summary of this build lists them
            "code": "DCS-001-CD001",
            "name": "Chi đoàn Thôn 1",
            "branch_type": "dan-cu",
            "registered": True,
            "registered_on": "2030-01-21",
            "on_time": False,
            "statuses": {"CD-1.1": "met"},
            "history": {"2029": {"recognised": True}},
            "reports": [
                {
                    "due": "2029-11-10",
                    "quarter": None,
                    "report": "registration",
                    "sent_on": "2030-01-21",
                    "state": "late",
                },
                {"due": "2030-04-10", "quarter": 1, "report": "quarterly", "sent_on": "2030-04-09", "state": "on_time"},
                {"due": "2030-07-10", "quarter": 2, "report": "quarterly", "sent_on": None, "state": "kept_here"},
                {"due": "2030-10-10", "quarter": 3, "report": "quarterly", "sent_on": None, "state": "missing"},
                {"due": "2030-12-31", "quarter": None, "report": "year-end", "sent_on": None, "state": "missing"},
                {"report": "appraisal", "due": "2030-01-01"},  # not a report a branch owes: left out
                "not a report",
            ],
            "record": {"criteria": [{"id": "CD-1.1", "facts_vi": "x" * 300}]},
        },
        {  # an older summary: no reports listed, the registration only
            "code": "DCS-001-CD002",
            "name": "Chi đoàn Thôn 2",
            "branch_type": "dan-cu",
            "registered": True,
            "registered_on": "2030-01-05",
            "on_time": True,
        },
        {"code": "DCS-001-CD003", "name": "Chi đoàn Thôn 3", "branch_type": 7, "registered": False},
        "not a branch",
    ]


def _summary() -> dict:
    return {
        "unit": {"code": "DCS-001", "name": "Đoàn xã A", "kind": "doan-co-so"},
        "campaign": "chi-doan-xhcn",
        "period": "2030",
        "summary_kind": "results",
        "as_of": "2030-11-15",
        "totals": {"branches": 3},
        "branches": _rows(),
    }


def test_the_digest_keeps_what_the_table_reads_and_is_small():
    d = rollup.reports_digest(_rows())
    assert [r[0] for r in d] == ["DCS-001-CD001", "DCS-001-CD002", "DCS-001-CD003"]
    assert d[0][6][0] == ["registration", None, "2029-11-10", "2030-01-21", "late"]
    assert [x[0] for x in d[0][6]] == ["registration", "quarterly", "quarterly", "quarterly", "year-end"]
    assert d[1][6] is None and d[1][3:6] == [True, True, "2030-01-05"]
    assert d[2][2] is None  # a type that is not text is no type
    assert rollup.valid_digest(d) and rollup.valid_digest(json.loads(json.dumps(d)))
    assert not rollup.valid_digest({"branches": []}) and not rollup.valid_digest([["x"]])
    assert len(json.dumps(d)) * 2 < len(json.dumps(_rows()))
    assert records.reports_digest("summary", _summary()) == d
    assert records.reports_digest("year-end", {"branches": _rows()}) is None


def _upper(ctx) -> None:
    units_service.save_self_unit(ctx, Unit(code="TD-HP", name="Thành đoàn Hải Phòng", kind=UnitKind.DOAN_CAP_TREN))
    units_service.save_unit(ctx, Unit(code="DCS-001", name="Đoàn xã A", kind=UnitKind.DOAN_CO_SO, parent_code="TD-HP"))


def _store(ctx, data: dict, *, digest: str | None) -> None:
    with ctx.uow.begin() as s:
        repo.add_received(
            s,
            package_id="p-1",
            sender_code="DCS-001",
            recipient_code="TD-HP",
            kind="summary",
            campaign="chi-doan-xhcn",
            period="2030",
            quarter=None,
            subject="s-DCS-001",
            version=1,
            sender_created_at="2030-11-15T08:00:00Z",
            received_by="t",
            status="accepted",
            source_name="x.stpkg",
            data_json=json.dumps(data, ensure_ascii=False),
            summary_json=json.dumps(records.summarise("summary", data), ensure_ascii=False),
            light_json=json.dumps(records.light("summary", data), ensure_ascii=False),
            reports_json=digest,
            is_current=True,
        )


def _branch_rows(ctx) -> list[tuple]:
    res = tree_completeness.completeness(ctx, "2030", today=date(2030, 11, 25))
    return [(r.code, r.name, r.report, r.quarter, r.due, r.sent_on, r.state) for r in res.below]


EXPECTED = [
    ("DCS-001-CD001", "Chi đoàn Thôn 1", "registration", None, date(2029, 11, 10), date(2030, 1, 21), "late"),
    ("DCS-001-CD001", "Chi đoàn Thôn 1", "quarterly", 1, date(2030, 4, 10), date(2030, 4, 9), "on_time"),
    ("DCS-001-CD001", "Chi đoàn Thôn 1", "quarterly", 2, date(2030, 7, 10), None, "kept_here"),
    ("DCS-001-CD001", "Chi đoàn Thôn 1", "quarterly", 3, date(2030, 10, 10), None, "missing"),
    ("DCS-001-CD001", "Chi đoàn Thôn 1", "year-end", None, date(2030, 12, 31), None, "not_due"),  # judged today
    ("DCS-001-CD002", "Chi đoàn Thôn 2", "registration", None, None, date(2030, 1, 5), "on_time"),
    ("DCS-001-CD003", "Chi đoàn Thôn 3", "registration", None, None, None, "not_due"),
]


def _due_of_registration(ctx) -> date | None:
    from desktop.domain.calendar import deadline
    from desktop.domain.periods import Period

    d = deadline(ctx.catalogs.get("chi-doan-xhcn"), Period.parse("2030"), "dan-cu", "register")
    return d.due if d else None


def test_completeness_reads_the_stored_digest(ctx):
    _upper(ctx)
    data = _summary()
    _store(ctx, data, digest=json.dumps(records.reports_digest("summary", data), ensure_ascii=False))
    due = _due_of_registration(ctx)
    want = [r[:4] + ((due,) if r[0] == "DCS-001-CD002" else r[4:5]) + r[5:] for r in EXPECTED]
    got = _branch_rows(ctx)
    assert got[:5] == want[:5] and got[5][:4] == want[5][:4] and got[5][5:] == want[5][5:]
    assert got[6][0] == "DCS-001-CD003" and got[6][6] in ("missing", "not_due")
    # and a branch inside the summary is found through the digest, its record read from the whole
    view = tree.show(ctx, "2030", "DCS-001-CD001")
    assert view.path[-1] == ("DCS-001-CD001", "Chi đoàn Thôn 1") and [c.id for c in view.criteria] == ["CD-1.1"]


def test_a_summary_stored_without_a_digest_or_with_a_broken_one_says_the_same(ctx):
    _upper(ctx)
    data = _summary()
    _store(ctx, data, digest=json.dumps(records.reports_digest("summary", data), ensure_ascii=False))
    with_digest = _branch_rows(ctx)
    assert len(with_digest) == 7
    for broken in (None, "[[1, 2]]", "not json", json.dumps({"x": 1})):
        with ctx.uow.begin() as s:
            s.execute(text("UPDATE sync_received SET reports_json = :r"), {"r": broken})
        assert _branch_rows(ctx) == with_digest, broken
