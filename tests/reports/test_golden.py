"""Golden-image check of one page per document kind (issue 6 item 8): a layout regression
(a moved heading, a lost rule, a broken table) changes many pixels; antialiasing does not.
Regenerate with `python -m tests.reports.golden` (see tests/reports/golden.py)."""

from __future__ import annotations

import pytest

from tests.reports import golden, pdftools

pytestmark = pdftools.needs_poppler


@pytest.mark.parametrize("name", golden.PAGES)
def test_page_matches_its_golden_image(name, tmp_path):
    path = golden.GOLDEN_DIR / f"{name}.png"
    assert path.exists(), f"missing {path}: run python -m tests.reports.golden {name}"
    actual = golden.render_page(name)
    ok, how = golden.compare(actual, path.read_bytes())
    if not ok:
        out = tmp_path / f"{name}-actual.png"
        out.write_bytes(actual)
        pytest.fail(f"{name}: {how}; actual page written to {out}")


def test_the_comparison_catches_a_moved_block():
    """A shifted page (a layout regression) fails; the same page passes."""
    import io

    from PIL import Image, ImageChops

    png = golden.render_page("decision")
    assert golden.compare(png, png)[0]
    img = Image.open(io.BytesIO(png)).convert("L")
    moved = ImageChops.offset(img, 0, 6)
    buf = io.BytesIO()
    moved.save(buf, format="PNG")
    assert not golden.compare(buf.getvalue(), png)[0]
