"""Helpers for the hub tests (issue 9). Import explicitly: ``from tests.sync.conftest_hub import …``."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from desktop.services.exchange import sync

REPO = Path(__file__).resolve().parents[2]


def enrol_at_hub(store, *ctxs, tmp: Path) -> None:
    from desktop.sync.hub.admin import enrol_file

    for c in ctxs:
        f = tmp / f"hub-enrol-{c.data.root.name}.stpkg"
        sync.enrol_export(c, f)
        enrol_file(store, f.read_bytes(), name=f.name)


# Ports for the hubs and PostgreSQL servers the tests start: below Linux's ephemeral range
# (32768–60999), which the kernel hands out for bind(port 0) and for every outgoing connection;
# a port taken from there could be taken again by a client socket before the server binds it.
_SERVER_PORTS = range(20000, 32000)
_handed_out: set[int] = set()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing is bound to now and no other test worker will use.

    Under pytest-xdist (``-n N``) each worker takes only the ports whose remainder modulo N is
    its own number: another worker can neither be handed the same port nor start its hub on it
    between this call and the server binding it (two hubs on one port: the loser exits and the
    winner answers the wrong test). Within one process a port is handed out once."""
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    mine = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")) % count
    rnd = random.Random()
    for _ in range(10_000):
        port = rnd.randrange(_SERVER_PORTS.start, _SERVER_PORTS.stop)
        port -= (port - mine) % count
        if port < _SERVER_PORTS.start or port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue  # in use (or in TIME_WAIT)
        _handed_out.add(port)
        return port
    raise RuntimeError(f"no free port in {_SERVER_PORTS}")


def wait_port(port: int, timeout: float = 120.0, proc=None, log: Path | None = None) -> None:
    """Until ``port`` accepts connections; fails at once, with the hub's last words, when the
    process ``proc`` exits first (e.g. its port was taken). The limit is for a hub that hangs: a
    live hub on a loaded 2-core machine (test workers, the Windows smoke) took 35 s to listen."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            said = (
                log.read_bytes()
                if log is not None and log.exists()
                else proc.stderr.read()
                if proc.stderr is not None
                else b""
            )
            raise RuntimeError(f"hub exited ({proc.returncode}): {said.decode(errors='replace')[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"port {port} not listening")


class HubProcess:
    """A real `sothidua hub serve` process on 127.0.0.1."""

    def __init__(self, db_url: str, port: int | None = None, log: Path | None = None, **kw):
        self.db_url, self.port = db_url, port or free_port()
        self.log = log
        self.extra = [str(x) for kv in kw.items() for x in (f"--{kv[0].replace('_', '-')}", kv[1])]
        self.proc = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HubProcess:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        err = open(self.log, "ab") if self.log else subprocess.PIPE  # noqa: SIM115 - lives as long as the process
        self.proc = subprocess.Popen(
            [
                sys.executable,
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
                *self.extra,
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        try:
            wait_port(self.port, proc=self.proc, log=self.log)
        except BaseException:
            self.stop(kill=True)  # a hub that never answered must not outlive its test
            raise
        return self

    def stop(self, kill: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            (self.proc.kill if kill else self.proc.terminate)()
            self.proc.wait(10)
        self.proc = None


# ------------------------------------------------------------------ a throwaway PostgreSQL cluster
class PgCluster:
    def __init__(self, root: Path):
        self.root = root
        self.port = free_port()
        self.bin = None
        self.reason = ""

    def _bin(self):
        cands = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
        return cands[-1].parent if cands else None

    def _as_pg(self, *cmd):
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *cmd]
        return list(cmd)

    def start(self) -> bool:
        self.bin = self._bin()
        if self.bin is None:
            self.reason = "PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb)"
            return False
        self.root.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                self.reason = "running as root without runuser"
                return False
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)
            self._open_parents()
        data = self.root / "data"
        r = subprocess.run(
            self._as_pg(
                str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if r.returncode != 0:
            self.reason = f"initdb failed: {r.stderr[-500:]}"
            return False
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
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

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{db}"

    def create_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}"')
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.bin:
            subprocess.run(
                self._as_pg(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop"),
                capture_output=True,
                check=False,
            )

    def _open_parents(self) -> None:
        """The tmp parents must be traversable by postgres (pytest makes new ones 0700)."""
        if os.geteuid() != 0:
            return
        p = self.root.parent
        while p != p.parent:
            try:
                os.chmod(p, os.stat(p).st_mode | 0o011)
            except OSError:
                break
            p = p.parent

    def restart(self) -> None:
        """Every open connection dies (what a PostgreSQL upgrade or a server reboot does)."""
        self._open_parents()
        # -l: the new server must not hold our output pipes open (run() would wait forever)
        r = subprocess.run(
            self._as_pg(
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "fast",
                "-w",
                "-l",
                str(self.root / "log"),
                "restart",
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        assert r.returncode == 0, r.stderr

    def run(self, tool: str, *args: str) -> subprocess.CompletedProcess:
        """A PostgreSQL client tool (pg_dump, pg_restore, createdb …) of this cluster, as its owner."""
        self._open_parents()
        r = subprocess.run(
            self._as_pg(str(self.bin / tool), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", *args),
            capture_output=True,
            text=True,
            check=False,
        )
        assert r.returncode == 0, f"{tool}: {r.stderr[-1000:]}"
        return r


# ------------------------------------------------------------------ a proxy that cuts connections
class CuttingProxy:
    """TCP proxy on 127.0.0.1 in front of the hub. ``cut_up``/``cut_down``: close both sides after
    that many bytes went client->hub / hub->client on a connection (None: pass everything)."""

    def __init__(self, target_port: int):
        import threading

        self.target = target_port
        self.cut_up: int | None = None
        self.cut_down: int | None = None
        self.cuts = 0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.port = self.sock.getsockname()[1]
        self._stop = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self):
        import threading

        while not self._stop:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            state = {"closed": False}
            threading.Thread(target=self._pipe, args=(client, upstream, "cut_up", state), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, "cut_down", state), daemon=True).start()

    def _pipe(self, src, dst, which, state):
        sent = 0
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    break
                limit = getattr(self, which)
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self):
        self._stop = True
        self.sock.close()
