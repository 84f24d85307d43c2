"""The README a newcomer opens: short, its first command sets up only what running the app needs,
and what it says of that command is what .ci/setup-app does."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETUP_APP = (ROOT / ".ci" / "setup-app").read_text(encoding="utf-8")


def test_the_readme_is_short_and_starts_with_the_two_commands():
    assert len(README.splitlines()) < 200
    blocks = re.findall(r"```bash\n(.*?)```", README, flags=re.S)
    assert blocks[0].strip() == "bash .ci/setup-app && .venv/bin/sothidua"
    assert blocks[1].strip() == "bash .ci/run"


def test_the_first_command_installs_what_running_needs_and_nothing_else():
    system = re.search(r"APP_PACKAGES=\((.*?)\n\)", SETUP_APP, flags=re.S).group(1)
    names = {w for line in system.splitlines() for w in line.split("#", 1)[0].split()}
    assert "libxcb-cursor0" in names and "python3-venv" in names  # a window opens
    assert not names & {"postgresql", "nsis", "xvfb", "chromium", "binutils", "poppler-utils"}
    # one pip run: the app, with extras only when .ci/setup asks for them
    [pip] = [line for line in SETUP_APP.splitlines() if "pip install" in line and "-e" in line]
    assert '-e ".${SOTHIDUA_EXTRAS:+[$SOTHIDUA_EXTRAS]}"' in pip
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    needed = " ".join(project["dependencies"]).lower()
    for tool in ("pytest", "pyinstaller", "ruff", "hypothesis", "import-linter"):
        assert tool not in needed, f"{tool} is installed to run the app"
