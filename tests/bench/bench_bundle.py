"""Start-up of the built Linux bundle (issue 12): not a test, run by hand after a build.

    .venv/bin/python build_installer.py
    .venv/bin/python -m tests.bench.bench_bundle [--quick] [--json out.json]

Uses dist/sothidua (or $SOTHIDUA_BUNDLE = a bundle folder, e.g. an unpacked .tar.gz) and runs it
as a user's machine would: a clean environment (PATH=/usr/bin:/bin, a new HOME, offscreen).
Each figure is the wall time of a whole process:

- ``--version``: the frozen program's start-up floor;
- ``catalog show chi-doan-xhcn --json``: a command that reads bundled data;
- ``selftest --no-gui``: first run: a new database created at the newest schema;
- ``selftest``: new database + first-run wizard + main window with every page (offscreen).

Targets (2-core machine): --version < 0.5 s; the main window on a fresh data folder < 5 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench._util import main_for, measure, row

ROOT = Path(__file__).resolve().parents[2]


CACHE = ROOT / "tests" / "bench" / ".cache" / "bundle"


def bundle_dir() -> Path | None:
    folder = Path(os.environ.get("SOTHIDUA_BUNDLE") or ROOT / "dist" / "sothidua")
    return folder if (folder / "sothidua").is_file() else None


def _source_stamp() -> str:
    """What the bundle is built from (the PyInstaller spec is in resources/installer): path, size and
    modification time of every file."""
    import hashlib

    h = hashlib.sha256()
    for top in ("desktop", "db", "resources", "translations"):
        for f in sorted((ROOT / top).rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                st = f.stat()
                h.update(f"{f.relative_to(ROOT)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cached_bundle() -> Path | None:
    """From a clean clone there is no dist/: build the bundle once with build_installer's
    PyInstaller step into tests/bench/.cache/bundle (≈ 2–4 min on the 2-core machine), reused
    while the sources are unchanged."""
    stamp, want = CACHE / "stamp.txt", _source_stamp()
    folder = CACHE / "dist" / "sothidua"
    if stamp.exists() and stamp.read_text() == want and (folder / "sothidua").is_file():
        return folder
    import time

    sys.path.insert(0, str(ROOT))
    import build_installer

    shutil.rmtree(CACHE, ignore_errors=True)
    CACHE.mkdir(parents=True)
    t0 = time.perf_counter()
    try:
        folder = build_installer.run_pyinstaller(CACHE / "dist", CACHE / "work")
    except Exception as exc:  # noqa: BLE001 - reported, the other benchmarks still run
        print(f"bundle could not be built: {exc}", file=sys.stderr)
        return None
    stamp.write_text(want)
    print(f"  (built the PyInstaller bundle in {time.perf_counter() - t0:.0f} s, cached in {CACHE})", file=sys.stderr)
    return folder


def benchmarks(quick: bool) -> list[dict]:
    folder = bundle_dir() or cached_bundle()
    if folder is None:
        print(
            "no bundle: `python build_installer.py` failed or PyInstaller is missing "
            "(pip install -e .[build]); or set SOTHIDUA_BUNDLE",
            file=sys.stderr,
        )
        return []
    repeat = 2 if quick else 5
    home = Path(tempfile.mkdtemp(prefix="sothidua-bench-"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str):
        def go():
            done = subprocess.run(
                [str(folder / "sothidua"), *args], env=env, cwd=home, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise RuntimeError(f"{args}: exit {done.returncode}\n{done.stderr}")

        return go

    data = home / "data"
    try:
        rows = [
            row("bundle: --version", measure(run("--version"), repeat), target_s=0.5),
            row(
                "bundle: catalog show chi-doan-xhcn --json",
                measure(run("--data-dir", str(data), "catalog", "show", "chi-doan-xhcn", "--json"), repeat),
                target_s=2.0,
            ),
            row("bundle: selftest --no-gui (new database)", measure(run("selftest", "--no-gui"), repeat), target_s=3.0),
            row(
                "bundle: selftest (new database + main window, offscreen)",
                measure(run("selftest"), repeat),
                target_s=5.0,
                note=f"bundle {sum(p.stat().st_size for p in folder.rglob('*') if p.is_file()) / 1e6:.0f} MB",
            ),
        ]
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return rows


if __name__ == "__main__":
    sys.exit(main_for(benchmarks))
