"""Reading our PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm")
needs_poppler = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) not installed",
)


def _run(args: list[str], pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            [*args, str(path), *(["-"] if args[0] == "pdftotext" else [])], check=True, capture_output=True
        )
    return out.stdout.decode("utf-8")


def text(pdf: bytes, page: int | None = None, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return _run(args, pdf)


def pages_text(pdf: bytes) -> list[str]:
    return text(pdf).split("\f")[:-1]


def lines(pdf: bytes, page: int | None = None) -> list[str]:
    """Non-empty lines, whitespace-collapsed, as NFC (what a reader copies out of the PDF)."""
    out = []
    for ln in text(pdf, page).splitlines():
        ln = " ".join(ln.split())
        if ln:
            out.append(ln)
    return out


def fonts(pdf: bytes) -> list[dict]:
    rows = _run(["pdffonts"], pdf).splitlines()[2:]
    out = []
    for r in rows:
        parts = r.split()
        # name type... encoding emb sub uni object ID: the last five columns are fixed
        out.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return out


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    info = _run(["pdfinfo", "-f", "1", "-l", "9999"], pdf)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def render_gray(pdf: bytes, page: int, dpi: int) -> bytes:
    """One page as an 8-bit grayscale PNG."""
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "doc.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-gray",
                "-r",
                str(dpi),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(path),
                str(Path(d) / "page"),
            ],
            check=True,
            capture_output=True,
        )
        return (Path(d) / "page.png").read_bytes()


def is_nfc(s: str) -> bool:
    return unicodedata.normalize("NFC", s) == s


def words(pdf: bytes, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, word) of one page, from ``pdftotext -bbox``."""
    import html

    out = _run(["pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page)], pdf)
    return [
        (float(a), float(b), float(c), float(d), html.unescape(w))
        for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out
        )
    ]


def column_text(pdf: bytes, page: int, x0: float, x1: float) -> str:
    """The words whose box lies between x0 and x1 (points), in reading order."""
    ws = [w for w in words(pdf, page) if w[0] >= x0 - 0.5 and w[2] <= x1 + 0.5]
    ws.sort(key=lambda w: (round(w[1], 0), w[0]))
    return " ".join(w[4] for w in ws)
