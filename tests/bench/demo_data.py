"""Where the benchmarks keep what they build once: the repository root, the cache folder
(``tests/bench/.cache/``), the environment of a child process, and ``sothidua demo`` data sets
rebuilt only when the generator changes."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(__file__).resolve().parent / ".cache"
PY = sys.executable


def _env(**extra) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app runs from compiled bytecode: let the children cache it (outside the tree),
    # even where the shell sets PYTHONDONTWRITEBYTECODE (otherwise every start compiles ~700 files).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


# ------------------------------------------------------------------------------ cached demo data


def _generator_stamp() -> str:
    h = hashlib.sha256()
    for p in ("desktop/demo/profiles.py", "db/repo/demo.py"):
        h.update((ROOT / p).read_bytes())
    return h.hexdigest()[:16]


def demo_dir(profile: str, seed: int = 1) -> Path:
    """A data folder holding ``sothidua demo --profile <profile> --seed <seed>``, built once."""
    d = CACHE / f"{profile}-seed{seed}"
    stamp = d / "stamp.txt"
    want = _generator_stamp()
    if stamp.exists() and stamp.read_text() == want and (d / "data").exists():
        return d / "data"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    t0 = time.perf_counter()
    subprocess.run(
        [PY, "-m", "desktop", "--data-dir", str(d / "data"), "demo", "--profile", profile, "--seed", str(seed)],
        check=True,
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.DEVNULL,
    )
    print(f"  (built {profile} demo data in {time.perf_counter() - t0:.1f} s, cached in {d})", file=sys.stderr)
    stamp.write_text(want)
    return d / "data"


def fresh_copy(src: Path, prefix: str) -> Path:
    dst = Path(tempfile.mkdtemp(prefix=prefix)) / "data"
    shutil.copytree(src, dst)
    return dst
