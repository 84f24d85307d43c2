"""The documentation stands alone: every link in README.md and docs/ opens a file of this repository
(a newcomer following them never lands outside it or on a missing page), every picture of the user
guide exists, and no page or code comment points at notes the repository does not contain."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # code blocks are not links
    return LINK.findall(text)


def test_every_link_opens_a_file_of_the_repository():
    broken = []
    for page in PAGES:
        for target in _links(page):
            if target.startswith("#"):
                continue
            if re.match(r"[a-z]+:", target):
                broken.append(f"{page.relative_to(ROOT)}: {target} leaves the repository")
                continue
            path = (page.parent / target.split("#", 1)[0]).resolve()
            if not path.is_relative_to(ROOT) or not path.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} does not exist here")
    assert not broken, "\n".join(broken)


def test_the_user_guide_shows_its_screens_and_lists_every_page():
    guide = ROOT / "docs" / "huong-dan"
    index = (guide / "README.md").read_text(encoding="utf-8")
    listed = {Path(t).name for t in _links(guide / "README.md")}
    pages = {p.name for p in guide.glob("*.md")} - {"README.md"}
    assert pages <= listed, f"pages missing from the guide's index: {sorted(pages - listed)}"
    pictures = [t for p in guide.glob("*.md") for t in _links(p) if t.endswith(".png")]
    assert len(pictures) >= 10 and "anh/tong-quan.png" in index


def test_nothing_points_at_notes_outside_the_repository():
    found = []
    for path in [*ROOT.glob("desktop/**/*.py"), *ROOT.glob("db/**/*.py"), *PAGES, ROOT / "pyproject.toml"]:
        text = path.read_text(encoding="utf-8")
        for bad in ("TECH-NOTES", "STYLE.md", "../shared", "BRIEF.md"):
            if bad in text:
                found.append(f"{path.relative_to(ROOT)} mentions {bad}")
    assert not found, "\n".join(found)
