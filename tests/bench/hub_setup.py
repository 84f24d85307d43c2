"""What the hub benchmark (bench_hub.py) stands on: a PostgreSQL cluster kept between runs in
``tests/bench/.cache/hub-pg``, the city data built into it once (``hub_city``) and the city plus
1,000,000 bulk-loaded packages (``hub_big``), each rebuilt when what it depends on changes, and a
real ``sothidua hub serve`` process on loopback. bench_city.py uses the same cluster."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from tests.sync.conftest_hub import PgCluster, free_port

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
CITY_SEED = 1


def _say(*a) -> None:
    print(*a, flush=True)


# ------------------------------------------------------------------ a cluster kept between runs
class CachedCluster(PgCluster):
    """The throwaway cluster of the hub tests, but kept in tests/bench/.cache/hub-pg: initdb once,
    then only started (on a free port) and stopped."""

    def start(self) -> bool:
        data = self.root / "data"
        if not (data / "PG_VERSION").exists():
            shutil.rmtree(self.root, ignore_errors=True)
            return super().start()
        self.bin = self._bin()
        if self.bin is None:
            self.reason = "PostgreSQL binaries not found"
            return False
        pid_file = data / "postmaster.pid"
        if pid_file.exists():
            try:
                pid = int(pid_file.read_text().split()[0])
                os.kill(pid, 0)
            except (ValueError, IndexError, ProcessLookupError):
                pid_file.unlink(missing_ok=True)  # left by a killed run
            except PermissionError:
                pass
            else:
                self.reason = f"the cached cluster is already running (postmaster {pid}: another bench_hub?)"
                return False
        # Durable, as a real hub must be (fsync and synchronous_commit on, PostgreSQL's defaults):
        # an upload answered "stored" survives a power cut, so the figure includes the WAL flush.
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"
        r = subprocess.run(
            self._as_pg(
                str(self.bin / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.root / "log"), "-w", "start"
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if r.returncode != 0:
            self.reason = f"pg_ctl start failed: {r.stderr[-500:]}"
            return False
        return True

    def stop(self) -> None:
        if self.bin:
            subprocess.run(
                self._as_pg(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "stop"),
                capture_output=True,
                check=False,
            )

    def sql(self, statement: str, db: str = "postgres"):
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname={db}", autocommit=True) as c:
            cur = c.execute(statement)
            return cur.fetchall() if cur.description else None

    def exists(self, db: str) -> bool:
        return bool(self.sql(f"SELECT 1 FROM pg_database WHERE datname = '{db}'"))

    def copy_db(self, template: str, name: str) -> str:
        self.sql(f'DROP DATABASE IF EXISTS "{name}"')
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def comment(self, db: str) -> str:
        r = self.sql(f"SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '{db}'")
        return (r[0][0] or "") if r else ""

    def set_comment(self, db: str, text: str) -> None:
        self.sql(f"COMMENT ON DATABASE \"{db}\" IS '{text}'")


def _stamp(*parts) -> str:
    h = hashlib.sha256()
    for p in (
        "desktop/demo/city.py",
        "desktop/demo/profiles.py",
        "desktop/sync/package.py",
        "db/hub/models.py",
        "db/hub/migrations/versions",
    ):
        path = ROOT / p
        for f in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            h.update(f.read_bytes())
    h.update(repr(parts).encode())
    return h.hexdigest()[:16]


def ensure_city(cluster: CachedCluster, scale: float) -> tuple[str, float | None]:
    """The cached city database (built now through the CLI when missing or stale): (url, seconds
    it took to build, None when reused)."""
    stamp = _stamp("city", scale, CITY_SEED)
    if cluster.exists("hub_city") and cluster.comment("hub_city") == stamp:
        return cluster.url("hub_city"), None
    url = cluster.create_db("hub_city")
    _say(f"building the city profile into PostgreSQL (scale {scale}) …")
    t0 = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "desktop",
        "--data-dir",
        str(CACHE / "city-cli"),
        "demo",
        "--profile",
        "city",
        "--seed",
        str(CITY_SEED),
        "--hub-db",
        url,
        "--force",
    ]
    if scale != 1.0:
        cmd += ["--scale", str(scale)]
    r = subprocess.run(
        cmd, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True, check=False
    )
    dt = time.perf_counter() - t0
    _say(r.stdout.strip())
    if r.returncode != 0:
        raise RuntimeError(f"city generation failed: {r.stderr[-2000:]}")
    _say(f"city profile generated on PostgreSQL in {dt:.1f} s")
    cluster.set_comment("hub_city", stamp)
    return url, dt


def ensure_big(cluster: CachedCluster, city_stamp_ok: bool, rows: int) -> str:
    """The city plus ``rows`` more packages (2,000 other inboxes, 90 % delivered), cached."""
    stamp = _stamp("big", rows, cluster.comment("hub_city"))
    if city_stamp_ok and cluster.exists("hub_big") and cluster.comment("hub_big") == stamp:
        return cluster.url("hub_big")
    import psycopg

    cluster.copy_db("hub_city", "hub_big")
    t0 = time.perf_counter()
    dsn = f"host=127.0.0.1 port={cluster.port} user=postgres dbname=hub_big"
    blob = b"\x00" * 64
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY hub_packages (package_id, kind, sender_code, recipient_code, size, sha256, content, "
            "state, uploaded_at) FROM STDIN"
        ) as cp:
            for n in range(rows):
                cp.write_row(
                    (
                        str(uuid.UUID(int=n + 1, version=4)),
                        "quarterly",
                        f"CD-X{n % 40000:05d}",
                        f"DCS-X{n % 2000:04d}",
                        64,
                        "0" * 64,
                        blob,
                        "delivered" if n % 10 else "waiting",
                        "2026-11-01 00:00:00",
                    )
                )
        conn.commit()
        cur.execute("ANALYZE hub_packages")
        conn.commit()
    _say(f"bulk-loaded {rows} packages on top of the city in {time.perf_counter() - t0:.1f} s")
    cluster.set_comment("hub_big", stamp)
    return cluster.url("hub_big")


# ------------------------------------------------------------------ the hub process
class Hub:
    """``sothidua hub serve`` on loopback; started() waits for /v1/health on every worker with a
    generous deadline and reports the hub's own stderr if it dies or never answers."""

    def __init__(self, db_url: str, log: Path, workers: int = 1, profile: Path | None = None):
        self.db_url, self.log, self.workers, self.profile = db_url, log, workers, profile
        self.port = free_port()
        self.proc = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _tail(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-3000:]
        except OSError:
            return "(no log)"

    def start(self, deadline_s: float = 120.0) -> Hub:
        import httpx

        env = dict(os.environ, PYTHONPATH=str(ROOT))
        self.log.write_bytes(b"")
        args = [
            "-m",
            "desktop",
            "hub",
            "serve",
            "--db",
            self.db_url,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
        ]
        if self.profile:
            args = ["-m", "cProfile", "-o", str(self.profile), *args]
        with open(self.log, "ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err
            )
        end = time.monotonic() + deadline_s
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"hub process exited with {self.proc.returncode} before answering; its stderr:\n{self._tail()}"
                )
            ok = False
            try:
                ok = httpx.get(self.url + "/v1/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                pass
            ready = self.log.read_text(errors="replace").count("Application startup complete")
            if ok and ready >= self.workers:
                return self
            if time.monotonic() > end:
                self.stop()
                raise RuntimeError(
                    f"hub did not answer /v1/health on port {self.port} within {deadline_s:.0f} s "
                    f"({ready}/{self.workers} workers up); its stderr:\n{self._tail()}"
                )
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            import signal

            self.proc.send_signal(signal.SIGINT if self.profile else signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None
