"""The command-line reference a newcomer reads (docs/cli.md) names every subcommand the program
has, and every subcommand's --help prints (a "%" in a help text once made `sothidua commune thon
--help` end in a Python traceback)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def _commands(parser: argparse.ArgumentParser, prefix=()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name), sub
                yield from _commands(sub, (*prefix, name))


def _word(w: str) -> str:
    return rf"(?<![\w-]){re.escape(w)}(?![\w-])"


def test_every_subcommand_prints_its_help():
    broken = []
    for path, sub in _commands(build_parser()):
        try:
            text = sub.format_help()
        except Exception as exc:  # noqa: BLE001 - the test names every broken one
            broken.append(f"sothidua {' '.join(path)} --help: {exc}")
            continue
        assert text.startswith("usage: sothidua " + " ".join(path))
    assert not broken, "\n".join(broken)


def test_the_reference_names_every_subcommand():
    rows = []  # the first cell of each row of the table: the command and its forms
    for line in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8").splitlines():
        cells = re.split(r"(?<!\\)\|", line)
        if line.startswith("|") and len(cells) > 2:
            rows.append(cells[1])
    missing = []
    for path, _sub in _commands(build_parser()):
        if not any(f"sothidua {path[0]}" in row and all(re.search(_word(w), row) for w in path) for row in rows):
            missing.append("sothidua " + " ".join(path))
    assert not missing, "docs/cli.md does not name:\n" + "\n".join(missing)
