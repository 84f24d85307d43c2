"""Benchmark of the hub (issue 9 "Performance", issue 13 item 2): not a test, run by hand or by
``python -m tests.bench --only hub``.

    .venv/bin/python -m tests.bench.bench_hub [--rows 1000000] [--uploads 2000] [--workers 2]
                                              [--clients 32] [--procs 2] [--city-scale 1.0] [--profile]

On loopback with PostgreSQL, WITH the city data (``sothidua demo --profile city``: 8,000 branches,
300,000 members, 3,000,000 volunteer records as ~40,000 real signed packages):

* the hub accepts ≥ 200 package uploads per second from concurrent clients (city branches
  sending their Q4 progress report: real signed packages, signed requests, a real
  ``sothidua hub serve`` process);
* listing a unit's inbox stays < 50 ms with the city data, and with 1,000,000 more packages
  stored (rows bulk-loaded with COPY);
* a desktop sync of 100 pending packages completes < 10 s (services/online_sync).

The PostgreSQL cluster lives in ``tests/bench/.cache/hub-pg`` and keeps two databases between
runs: ``hub_city`` (the city, rebuilt when the generator changes) and ``hub_big`` (the city plus
1,000,000 packages). Each run works on fresh copies (CREATE DATABASE … TEMPLATE).
``--profile`` runs the hub under cProfile and prints where its upload time goes.
The cached cluster, the city data in it and the hub process are set up by hub_setup.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from db.hub.store import HubStore  # noqa: E402 - after the path is set up, when run as a script
from desktop.sync import package as pkg  # noqa: E402
from tests.bench.hub_setup import CACHE, CITY_SEED, CachedCluster, Hub, _say, ensure_big, ensure_city  # noqa: E402
from tests.sync.conftest_sync import quarterly_data  # noqa: E402


def _tree_cpu(root_pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and all its descendants (/proc)."""
    procs = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
                procs[int(d.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
            except (OSError, IndexError, ValueError):
                pass
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        if pid in procs:
            total += procs[pid][1]
        todo += [c for c, (pp, _cpu) in procs.items() if pp == pid]
    return total / tick


# ------------------------------------------------------------------ uploads
_UPLOADS: list = []
_HUB_URL = ""


def _upload_chunk(k: int, procs: int, threads: int) -> list[str]:
    """One client process: ``threads`` concurrent clients over its share of the packages."""
    import httpx

    from desktop.sync.hub import protocol as proto

    queue = list(_UPLOADS[k::procs])
    lock = threading.Lock()
    errors: list[str] = []

    def client():
        with httpx.Client(base_url=_HUB_URL, timeout=60) as c:
            while True:
                with lock:
                    if not queue:
                        return
                    code, ident, content, package_id = queue.pop()
                target = f"/v1/packages/{package_id}"
                r = c.put(target, content=content, headers=proto.sign_headers(ident, code, "PUT", target, content))
                if r.status_code != 201:
                    errors.append(r.text[:200])

    ts = [threading.Thread(target=client) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return errors


def city_uploads(store: HubStore, n: int) -> list[tuple]:
    """Q4 progress reports of ``n`` city branches (each with its seeded key), each with its PDF."""
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.demo import city as demo_city

    branches = [u for u in store.units() if u.kind == "chi-doan"][:n]
    out = []
    rnd = __import__("random").Random(4)
    for i in range(n):
        u = branches[i % len(branches)]
        ident = demo_city.identity(CITY_SEED, u.code)
        unit = Unit(
            code=u.code, name=u.name, kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU, parent_code=u.parent_code
        )
        built = pkg.build(
            signer=ident,
            kind="quarterly",
            sender={"code": u.code, "name": u.name},
            recipient={"code": u.parent_code, "name": ""},
            data=quarterly_data(unit, 4),
            campaign="chi-doan-xhcn",
            period="2026",
            quarter=4,
            version=1 + i // len(branches),
            documents=[pkg.Attachment("bao-cao-quy-4.pdf", rnd.randbytes(20_000))],
        )
        out.append((u.code, ident, built.content, built.package_id))
    return out


def measure_uploads(hub: Hub, uploads: list, clients: int, procs: int, cluster: CachedCluster) -> tuple[float, list]:
    import multiprocessing as mp

    global _UPLOADS, _HUB_URL
    _UPLOADS, _HUB_URL = uploads, hub.url
    procs = max(1, procs)
    per = max(1, clients // procs)
    ctx = mp.get_context("fork")
    postmaster = int((cluster.root / "data" / "postmaster.pid").read_text().split()[0])
    import resource

    cpu0 = _tree_cpu(hub.proc.pid), _tree_cpu(postmaster)
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with ctx.Pool(procs) as pool:
        results = pool.starmap(_upload_chunk, [(k, procs, per) for k in range(procs)])
        dt = time.perf_counter() - t0
        pool.close()
        pool.join()
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    client_cpu = (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime)
    errors = [e for r in results for e in r]
    hub_cpu, pg_cpu = _tree_cpu(hub.proc.pid) - cpu0[0], _tree_cpu(postmaster) - cpu0[1]
    n = len(uploads)
    cpu_ms = (hub_cpu + pg_cpu) / n * 1000
    _say(
        f"server CPU per upload: hub {hub_cpu / n * 1000:.2f} ms + PostgreSQL {pg_cpu / n * 1000:.2f} ms = "
        f"{cpu_ms:.2f} ms -> about {1000 / cpu_ms:.0f} uploads/s per dedicated core (machine: {os.cpu_count()} "
        f"cores, load average {os.getloadavg()[0]:.1f}); the clients used {client_cpu / n * 1000:.2f} ms per "
        f"upload on the same cores; CPU busy {(hub_cpu + pg_cpu + client_cpu) / dt / (os.cpu_count() or 1):.0%} "
        "of the machine for this benchmark"
    )
    rate = n / dt
    _say(
        f"  round: {n} in {dt:.2f} s = {rate:.0f}/s with {procs}×{per} clients, {hub.workers} hub workers, "
        f"errors {len(errors)}"
    )
    if errors:
        _say(errors[:3])
    return dt, errors, f"{procs}×{per} clients, {hub.workers} hub workers"


def measure_inbox(hub: Hub, store: HubStore, code: str, label: str) -> None:
    import httpx

    from desktop.demo import city as demo_city
    from desktop.sync.hub import protocol as proto

    ident = demo_city.identity(CITY_SEED, code)
    times_http, times_db = [], []
    waiting = len(store.inbox(code, limit=100))
    with httpx.Client(base_url=hub.url, timeout=30) as c:
        for _ in range(50):
            target = "/v1/inbox?limit=100"
            h = proto.sign_headers(ident, code, "GET", target)
            t0 = time.perf_counter()
            r = c.get(target, headers=h)
            times_http.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200 and len(r.json()["packages"]) == waiting, r.text[:300]
    for _ in range(50):
        t0 = time.perf_counter()
        store.inbox(code, limit=100)
        times_db.append((time.perf_counter() - t0) * 1000)
    med, p95 = statistics.median(times_http), sorted(times_http)[int(len(times_http) * 0.95)]
    _say(
        f"inbox listing with {store.stats()['packages_total']} stored ({label}, {code}, {waiting} listed): signed "
        f"HTTP median {med:.1f} ms, p95 {p95:.1f} ms; query alone median {statistics.median(times_db):.1f} ms  "
        f"(target < 50 ms) {'OK' if p95 < 50 else 'MISSED'}"
    )


def _busiest_inbox(store: HubStore) -> str:
    """The Đoàn cơ sở with the most packages waiting (at least one) in the city."""
    with store.engine.connect() as c:
        row = c.exec_driver_sql(
            "SELECT recipient_code, count(*) FROM hub_packages WHERE state = 'waiting' "
            "AND recipient_code IN (SELECT code FROM hub_units WHERE code LIKE 'DCS-%%') GROUP BY recipient_code ORDER BY 2 DESC, 1 "
            "LIMIT 1"
        ).first()
    return row[0] if row else "TD-HP"


def measure_desktop_sync(hub: Hub, store: HubStore, tmp: Path) -> None:
    from desktop.services.exchange import online_sync, sync
    from desktop.sync.hub.admin import enrol_file
    from tests.sync.conftest_sync import BRANCH, DCS, open_unit, put_quarterly

    dcs_ctx = open_unit(tmp / "dcs", DCS)
    br = open_unit(tmp / "branch", BRANCH)
    for ctx in (dcs_ctx, br):
        f = tmp / f"enrol-{ctx.data.root.name}.stpkg"
        sync.enrol_export(ctx, f)
        enrol_file(store, f.read_bytes())
    for n in range(100):
        put_quarterly(br, quarter=1 + n % 4, share=0.5 + (n % 40) / 100)
    t0 = time.perf_counter()
    res = online_sync.sync_now(br, hub.url)
    dt = time.perf_counter() - t0
    _say(
        f"desktop sync of 100 pending packages: {len(res.sent)} sent in {dt:.2f} s  (target < 10 s) "
        f"{'OK' if dt < 10 and len(res.sent) == 100 else 'MISSED'}"
    )
    t0 = time.perf_counter()
    got = online_sync.sync_now(dcs_ctx, hub.url)
    _say(f"Đoàn cơ sở pulls and imports them: {len(got.received)} in {time.perf_counter() - t0:.2f} s")
    br.close()
    dcs_ctx.close()


def print_profile(path: Path, n: int) -> None:
    import pstats

    st = pstats.Stats(str(path))
    total = st.total_tt
    _say(
        f"hub profile (one worker): {total:.2f} s CPU in the profiled process for {n} uploads = "
        f"{total / n * 1000:.2f} ms per upload; top functions by cumulative time:"
    )
    st.sort_stats("cumulative").print_stats(40)
    st.sort_stats("tottime").print_stats(30)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--uploads", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--procs", type=int, default=2, help="client processes (the clients are split among them)")
    ap.add_argument("--city-scale", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=3, help="upload rounds (the median is reported)")
    ap.add_argument("--profile", action="store_true", help="profile a one-worker hub during the uploads")
    args = ap.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    cluster = CachedCluster(CACHE / "hub-pg")
    if not cluster.start():
        _say("PostgreSQL could not be started:", cluster.reason)
        return 1
    tmp = Path(__import__("tempfile").mkdtemp(prefix="bench-hub-"))
    try:
        return _run(args, tmp, cluster)
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _run(args, tmp: Path, cluster: CachedCluster) -> int:
    os.chmod(tmp, 0o755)
    _city_url, built_s = ensure_city(cluster, args.city_scale)
    if built_s is None:
        _say("city profile reused from tests/bench/.cache/hub-pg (hub_city)")
    big_url = ensure_big(cluster, True, args.rows)

    # ---- uploads into a fresh copy of the city
    url = cluster.copy_db("hub_city", "hub_run")
    store = HubStore(url)
    st = store.stats()
    _say(
        f"city data: {st['units']} units, {st['packages_total']} packages "
        f"({st['bytes_total'] / 1048576:.0f} MB of packages)"
    )
    profile = tmp / "hub.prof" if args.profile else None
    hub = Hub(url, tmp / "hub.log", workers=1 if profile else args.workers, profile=profile).start()
    rounds, errors, how = [], [], ""
    try:
        for _ in range(1 if profile else max(1, args.repeat)):  # the median of a few rounds
            t0 = time.perf_counter()
            uploads = city_uploads(store, args.uploads)
            _say(
                f"built {len(uploads)} packages ({len(uploads[0][2]) // 1024} KB each) in "
                f"{time.perf_counter() - t0:.1f} s"
            )
            dt, errs, how = measure_uploads(hub, uploads, args.clients, args.procs, cluster)
            rounds.append(dt)
            errors += errs
    finally:
        hub.stop()
    dt = statistics.median(rounds)
    rate = args.uploads / dt
    _say(
        f"uploads: {args.uploads} in {dt:.2f} s = {rate:.0f}/s with {how}, errors {len(errors)}, median of "
        f"{len(rounds)} rounds ({', '.join(f'{args.uploads / r:.0f}/s' for r in rounds)})  (target ≥ 200/s) "
        f"{'OK' if rate >= 200 and not errors else 'MISSED'}"
    )
    if profile:
        print_profile(profile, len(uploads))
        store.close()
        return 0

    # Latency is measured on a one-process hub (several uvicorn workers add latency to every
    # response on 2 cores).
    hub = Hub(url, tmp / "hub1.log").start()
    try:
        measure_inbox(hub, store, _busiest_inbox(store), "city")
        measure_inbox(hub, store, "TD-HP", "city")
        measure_desktop_sync(hub, store, tmp)
    finally:
        hub.stop()
        store.close()

    # ---- the city plus 1,000,000 packages
    run_big = cluster.copy_db("hub_big", "hub_run_big")
    store = HubStore(run_big)
    hub = Hub(run_big, tmp / "hub2.log").start()
    try:
        measure_inbox(hub, store, _busiest_inbox(store), "city + bulk")
    finally:
        hub.stop()
        store.close()
    del big_url
    return 0


if __name__ == "__main__":
    sys.exit(main())
