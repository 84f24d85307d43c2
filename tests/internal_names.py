"""What must never reach a person on a screen or on paper (issue 19 item 3): setting keys, table
and field names, source-file references, internal user names, CLI commands, English default file
names, internal format hints. One list, used by the document and the screen sweeps."""

from __future__ import annotations

import re

from desktop.domain.settings import UNIT_SETTINGS
from desktop.paths import catalogs_dir

# The ids of the bundled criteria catalogs ("chi-doan-xhcn"): a person reads the catalog's name.
CATALOG_IDS = sorted((p.name.split(".v")[0] for p in catalogs_dir().glob("*.v*.json")), key=len, reverse=True)

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("snake_case identifier", re.compile(r"(?<![\w./@-])[a-z][a-z0-9]*_[a-z0-9_]+(?![\w-])")),
    ("source file name", re.compile(r"\b\d{3}_[0-9a-f]{8,}")),
    ("source file reference", re.compile(r"\.(txt|py|md|json|ts):\d|\b\w+\.(py|md|ts)\b")),
    ("internal user name", re.compile(r"\(system\)|\bsystem\b|\bcli:\w+|\bseed\b")),
    ("CLI command", re.compile(r"\bsothidua\s+[a-z]|(?<![\w-])--[a-z][a-z-]+")),
    ("English file name", re.compile(r"\b[a-z]+(-[a-z0-9]+)+\.(pdf|xlsx|zip|csv)\b")),
    ("format hint", re.compile(r"\((MM-DD|YYYY-MM-DD|dd/mm/yyyy|MM/DD)\)")),
    ("decimal point", re.compile(r"(?<![\d.,])0\.\d+\b(?!\.)")),
    ("internal document reference", re.compile(r"\bBRIEF\b|TECH-NOTES|FORMATS\.md|\bissue \d+\b|§")),
    ("criteria catalog id", re.compile(r"(?<![\w/.-])(" + "|".join(map(re.escape, CATALOG_IDS)) + r")(?![\w.-])")),
    (
        "setting key",
        re.compile(r"\b(" + "|".join(sorted(map(re.escape, UNIT_SETTINGS), key=len, reverse=True)) + r")\b"),
    ),
]

# Words that look like identifiers but are what people write (none yet: add with a reason).
ALLOWED: set[str] = set()


def offences(text: str) -> list[str]:
    """Every internal identifier in ``text``, as "kind: match (…context…)"."""
    out = []
    for what, pat in PATTERNS:
        for m in pat.finditer(text):
            if m.group(0) in ALLOWED:
                continue
            a, b = max(0, m.start() - 40), min(len(text), m.end() + 40)
            out.append(f"{what}: {m.group(0)!r} in …{text[a:b]!r}…")
    return out
