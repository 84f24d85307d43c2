"""Golden pages: one page per document kind, rendered with pdftoppm (grayscale, low dpi) and
compared with a tolerance against the PNGs committed in tests/reports/golden/.

Regenerate after an intended layout change, then look at every PNG before committing:

    .venv/bin/python -m tests.reports.golden            # rewrites tests/reports/golden/*.png
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
DPI = 40
# A pixel "differs" when its gray level moved by more than this; a page fails when more than
# MAX_CHANGED of its pixels differ or the mean difference exceeds MAX_MEAN (antialiasing and
# poppler versions move edges by a level or two; a moved line or block moves thousands).
PIXEL_TOLERANCE = 48
MAX_CHANGED = 0.004
MAX_MEAN = 1.5


def _pages():
    from desktop.reports.builders.appraisal import build_appraisal
    from desktop.reports.builders.certificates import build_certificates
    from desktop.reports.builders.decision import build_decision
    from desktop.reports.builders.quarterly import build_quarterly
    from desktop.reports.builders.registration import build_registration
    from desktop.reports.builders.summaries import build_registration_summary, build_results_summary
    from desktop.reports.builders.volunteer import build_volunteer_log
    from desktop.reports.builders.year_end import build_year_end
    from tests.reports import sample

    # (kind, builder, page): page 1 shows the heading block; the results summary also shows its
    # landscape matrix annex (page 3) and the registration its member list (page 4).
    return [
        ("registration", lambda: build_registration(sample.registration()), 1),
        ("registration-members", lambda: build_registration(sample.registration()), 4),
        ("quarterly", lambda: build_quarterly(sample.quarterly()), 1),
        ("year-end", lambda: build_year_end(sample.year_end()), 1),
        ("volunteer-log", lambda: build_volunteer_log(sample.volunteer_log()), 1),
        ("registration-summary", lambda: build_registration_summary(sample.registration_summary()), 1),
        ("results-summary", lambda: build_results_summary(sample.results_summary()), 1),
        ("results-summary-matrix", lambda: build_results_summary(sample.results_summary()), 3),
        ("decision", lambda: build_decision(sample.decision()), 1),
        ("certificates", lambda: build_certificates(sample.certificates()), 2),
        ("appraisal", lambda: build_appraisal(sample.appraisal()), 1),
    ]


PAGES = [name for name, _, _ in _pages()]


def render_page(name: str) -> bytes:
    from desktop.reports.render import render
    from tests.reports.pdftools import render_gray

    for n, build, page in _pages():
        if n == name:
            return render_gray(render(build()), page, DPI)
    raise KeyError(name)


def _levels(img):
    """16 gray levels: what the committed PNGs keep (4 bits a pixel keeps them small)."""
    return img.convert("L").point(lambda v: (v // 17) * 17)


def small_png(png: bytes) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    _levels(Image.open(io.BytesIO(png))).save(buf, format="PNG", optimize=True, bits=4)
    return buf.getvalue()


def compare(actual_png: bytes, golden_png: bytes) -> tuple[bool, str]:
    from PIL import Image, ImageChops

    a = _levels(Image.open(io.BytesIO(actual_png)))
    g = _levels(Image.open(io.BytesIO(golden_png)))
    if a.size != g.size:
        return False, f"size {a.size} ≠ golden {g.size}"
    diff = ImageChops.difference(a, g)
    hist = diff.histogram()
    total = a.size[0] * a.size[1]
    changed = sum(hist[PIXEL_TOLERANCE + 1 :]) / total
    mean = sum(i * c for i, c in enumerate(hist)) / total
    ok = changed <= MAX_CHANGED and mean <= MAX_MEAN
    return ok, f"{changed:.2%} of pixels changed (max {MAX_CHANGED:.2%}), mean difference {mean:.2f} (max {MAX_MEAN})"


def main(argv: list[str]) -> int:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name in argv or PAGES:
        png = small_png(render_page(name))
        (GOLDEN_DIR / f"{name}.png").write_bytes(png)
        print(f"{GOLDEN_DIR / (name + '.png')}  {len(png):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
