"""A received summary is kept twice when it carries per-branch records (issue 23 item 7): whole,
for the one branch a user opens, and without the records, for the views that read every summary
of the city (they are most of its size). The light copy has every row and total of the whole."""

from __future__ import annotations

import json

from db.repo import sync as repo
from desktop.services.exchange import records


def _summary(with_records: bool) -> dict:
    rows = []
    for i in range(3):
        b = {
            "code": f"DCS-001-CD{i:03d}",
            "name": f"Chi đoàn {i}",
            "branch_type": "dan-cu",
            "registered": True,
            "member_count": 30 + i,
            "recognised": i == 1,
        }
        if with_records:
            b["record"] = {
                "criteria": [{"id": "CD-1.1", "status": "met", "facts_vi": "x" * 500}],
                "recognised_names": ["N. V. An"] * 20,
            }
        rows.append(b)
    return {
        "unit": {"code": "DCS-001", "name": "Đoàn xã A", "kind": "doan-co-so"},
        "campaign": "chi-doan-xhcn",
        "period": "2030",
        "summary_kind": "results",
        "as_of": "2030-11-15",
        "totals": {"branches": 3, "recognised": 1},
        "branches": rows,
    }


def test_the_light_copy_drops_the_records_and_keeps_every_row_and_total():
    heavy = _summary(True)
    light = records.light("summary", heavy)
    assert light is not None and "record" in heavy["branches"][0]  # the whole is left as it was
    assert light["totals"] == heavy["totals"]
    assert [{k: v for k, v in b.items() if k != "record"} for b in heavy["branches"]] == light["branches"]
    assert len(json.dumps(light)) * 4 < len(json.dumps(heavy))
    # nothing to leave out: no second copy
    assert records.light("summary", _summary(False)) is None
    assert records.light("year-end", {"branches": [{"record": {}}]}) is None


def test_the_views_read_the_light_copy_and_the_whole_where_there_is_none(ctx):
    heavy, plain = _summary(True), _summary(False)
    with ctx.uow.begin() as s:
        for sender, data in (("DCS-001", heavy), ("DCS-002", plain)):
            repo.add_received(
                s,
                package_id=f"p-{sender}",
                sender_code=sender,
                recipient_code="TD-HP",
                kind="summary",
                campaign="chi-doan-xhcn",
                period="2030",
                quarter=None,
                subject=f"s-{sender}",
                version=1,
                sender_created_at="2030-11-15T08:00:00Z",
                received_by="t",
                status="accepted",
                source_name="x.stpkg",
                data_json=json.dumps(data, ensure_ascii=False),
                summary_json="{}",
                is_current=True,
                light_json=(
                    json.dumps(records.light("summary", data), ensure_ascii=False)
                    if records.light("summary", data)
                    else None
                ),
            )
    with ctx.uow.read() as s:
        got = {
            r[1]: json.loads(r[8])
            for r in repo.current_with_dates(
                s,
                kinds=("summary",),
                recipient_code="TD-HP",
                campaign="chi-doan-xhcn",
                periods=("2030",),
                with_data="light",
            )
        }
        whole = {
            r[1]: json.loads(r[8])
            for r in repo.current_with_dates(
                s,
                kinds=("summary",),
                recipient_code="TD-HP",
                campaign="chi-doan-xhcn",
                periods=("2030",),
                with_data=True,
            )
        }
    assert got["DCS-001"] == records.light("summary", heavy)
    assert got["DCS-002"] == plain  # no light copy: the whole
    assert whole["DCS-001"] == heavy
