"""An independent count of the city (issue 23, "Totals are checked against an independent count of
the packages"): reads the branches' own registration and year-end packages straight from the hub's
PostgreSQL (ZIP + JSON only, no code of the app) and compares, per Đoàn cơ sở, with what the Thành
đoàn's installation shows (``sothidua tree show --period P --json``). Not a test; after
``python -m tests.bench.bench_city`` has built and synced the city:

    .venv/bin/python -m tests.bench.city_count [--period 2030] [--folder TD_FOLDER]

A Đoàn cơ sở that has sent only its registration summary for the period is counted from its
branches' registrations only (its results are not in yet), as the tree shows it. "Recognised" is a
Đoàn cơ sở's decision, in no branch package: it is not part of this count.
"""

from __future__ import annotations

import argparse
import collections
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIGURES = ("branches", "registered", "registered_on_time", "recognisable", "proposed", "members")


def _data(content) -> dict:
    with zipfile.ZipFile(io.BytesIO(bytes(content))) as z:
        return json.loads(z.read("data.json"))


def count(url: str, period: str, top: str = "TD-HP") -> dict[str, collections.Counter]:
    import psycopg

    con = psycopg.connect(url)
    try:
        parent = {c: p for c, p in con.execute("SELECT code, parent_code FROM hub_units")}
        sent: dict[str, str] = {}  # union -> the summary in force: results over registration
        for content, sender in con.execute(
            "SELECT content, sender_code FROM hub_packages WHERE kind = 'summary' AND recipient_code = %s", (top,)
        ):
            d = _data(content)
            if d.get("period") == period and sent.get(sender) != "results":
                sent[sender] = d.get("summary_kind")
        per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        seen: set[str] = set()
        # a registration is sent in the autumn of the year before (by 10/11), the rest in the year
        rows = con.execute(
            "SELECT content, sender_code, kind FROM hub_packages WHERE kind IN ('registration', 'quarterly', 'year-end')"
            " AND extract(year from uploaded_at) IN (%s, %s)",
            (int(period[:4]) - 1, int(period[:4])),
        )
        # a Đoàn cơ sở that sent only its registration summary counts its branches' members as
        # they registered; a branch that never registered, as its other reports of the period say
        members: dict[str, tuple[int, int]] = {}  # branch -> (0 registration / 1 other, count)
        for content, sender, kind in rows:
            d = _data(content)
            union = parent.get(sender)
            if d.get("period") != period or union not in sent:
                continue
            c = per[union]
            if sender not in seen:  # a branch that never registered still sends its reports
                seen.add(sender)
                c["branches"] += 1
            if kind == "registration":
                c["registered"] += 1
                c["registered_on_time"] += not d.get("late")
                members[sender] = (0, d.get("member_count") or 0)
            elif sender not in members or members[sender][0] == 1:
                members[sender] = (1, d.get("member_count") or 0)
            if kind == "year-end" and sent[union] == "results":
                c["recognisable"] += bool(d["evaluation"].get("recognisable"))
                c["proposed"] += bool((d.get("proposal") or {}).get("propose_recognition"))
                c["members"] += d.get("member_count") or 0
        for sender, (_src, n) in members.items():
            if sent[parent[sender]] == "registration":
                per[parent[sender]]["members"] += n
        return per
    finally:
        con.close()


def main() -> int:
    from tests.bench.bench_city import CACHE
    from tests.bench.bench_hub import CachedCluster

    ap = argparse.ArgumentParser()
    ap.add_argument("--period", default="2030")
    ap.add_argument("--folder", help="the Thành đoàn's data folder (default: the benchmark's synced copy)")
    args = ap.parse_args()
    folder = Path(args.folder) if args.folder else next(CACHE.glob("td-city5-*/td"))
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(folder), "tree", "show", "--period", args.period, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    shown = {c["code"]: c for c in json.loads(out.stdout)["children"]}
    cluster = CachedCluster((CACHE / "hub-pg").resolve())
    if not cluster.start():
        print(cluster.reason, file=sys.stderr)
        return 2
    try:
        per = count(cluster.url("city5").replace("postgresql+psycopg://", "postgresql://"), args.period)
    finally:
        cluster.stop()
    diffs = [
        (code, k, row.get(k) or 0, per.get(code, {}).get(k, 0))
        for code, row in sorted(shown.items())
        for k in FIGURES
        if (row.get(k) or 0) != per.get(code, {}).get(k, 0)
    ]
    total = collections.Counter()
    for c in per.values():
        total.update(c)
    print(json.dumps({"period": args.period, "unions": len(shown), "hub": dict(total), "differences": diffs}))
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
