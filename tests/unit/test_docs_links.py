"""The documentation stands alone: every link in README.md and docs/ opens a file of this repository
(a newcomer following them never lands outside it or on a missing page), every picture of the user
guide exists, and no page or code comment points at notes the repository does not contain."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # code blocks are not links
    return LINK.findall(text)


def _anchors(page: Path) -> set[str]:
    """The anchors a Markdown viewer gives a page's headings (lower case, punctuation dropped,
    spaces to hyphens, "-1", "-2" for repeats), and explicit <a id="...">."""
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    seen: dict[str, int] = {}
    found = set(re.findall(r'<a (?:name|id)="([^"]+)"', text))
    for heading in re.findall(r"^#{1,6}\s+(.*?)\s*#*\s*$", text, flags=re.M):
        words = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
        slug = "".join(c for c in words if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
        slug = slug.replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        found.add(slug if n == 0 else f"{slug}-{n}")
    return found


def test_every_link_opens_a_file_of_the_repository():
    broken = []
    for page in PAGES:
        for target in _links(page):
            if re.match(r"[a-z]+:", target):
                broken.append(f"{page.relative_to(ROOT)}: {target} leaves the repository")
                continue
            file, _, anchor = target.partition("#")
            path = (page.parent / file).resolve() if file else page
            if not path.is_relative_to(ROOT) or not path.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} does not exist here")
            elif anchor and path.suffix == ".md" and anchor not in _anchors(path):
                broken.append(f"{page.relative_to(ROOT)}: {target} names no heading of {path.name}")
    assert not broken, "\n".join(broken)


def test_a_heading_link_is_checked_too(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# Sổ Thi Đua: hai lệnh\n\n## Dữ liệu nằm ở đâu\n\n## Dữ liệu nằm ở đâu\n", encoding="utf-8")
    assert _anchors(page) == {"sổ-thi-đua-hai-lệnh", "dữ-liệu-nằm-ở-đâu", "dữ-liệu-nằm-ở-đâu-1"}


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
