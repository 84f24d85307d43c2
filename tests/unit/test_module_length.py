"""Modules a person can read in one sitting: none over about 500 lines, unless its first lines say why
it must be longer (the house rule for the code a newcomer reads). Migrations are left out: they are
written once and never edited."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 500
FIRST_LINES = 25
# Where the project's own Python lives; generated and third-party trees (.venv, build, dist, caches)
# are never walked.
PLACES = ("desktop", "db", "tests", ".ci")
SKIP_PARTS = {"migrations", "__pycache__", ".cache"}


def _modules() -> list[Path]:
    found = sorted(ROOT.glob("*.py"))
    for place in PLACES:
        for folder, dirs, files in os.walk(ROOT / place):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_PARTS)
            found += [Path(folder, f) for f in sorted(files) if f.endswith(".py")]
    return found


def test_the_walk_finds_the_project_and_leaves_migrations_out():
    names = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert {"build_installer.py", "desktop/app.py", ".ci/windows_smoke.py", "tests/bench/__main__.py"} <= names
    assert not any("/migrations/" in n for n in names)


def test_every_module_over_500_lines_says_why_in_its_first_lines():
    unexplained = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > LIMIT and not any("on purpose" in line for line in lines[:FIRST_LINES]):
            unexplained.append(f"{path.relative_to(ROOT).as_posix()}: {len(lines)} lines")
    assert not unexplained, (
        f"over {LIMIT} lines without saying why in the first {FIRST_LINES} lines (split it by concern, "
        "or say in its docstring why it must be longer '… on purpose'):\n" + "\n".join(unexplained)
    )
