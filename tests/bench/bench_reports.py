"""Printed reports (issue 6): not a test, run by hand.

    .venv/bin/python -m tests.bench.bench_reports [--quick] [--json out.json]

Figures (build = plain data -> flowables; render = layout + PDF bytes, fonts embedded):

- a branch's year-end report (report + Tờ trình + member list, 60 members, ~10 pages): < 0.5 s;
- the results summary of a Đoàn cơ sở with 300 branches (~100 pages): < 5 s, and its peak
  memory (measured in a fresh process) < 150 MB;
- the floor: ReportLab alone laying out one plain-string table with as many rows as the results
  summary's two annexes, with the same font, header repeat and 300-row chunks. The ratio says
  what our layout (headings, paragraphs, group rows, cells that wrap) costs over it.

Data: tests/reports/sample.py (deterministic, realistic Vietnamese names and values).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

from tests.bench._util import main_for, measure, row

BRANCHES = 300


def _year_end_data():
    """A 60-member branch with explanations as long as the evaluation engine writes them."""
    from tests.reports import sample

    data = sample.year_end()
    members = sample.members(60, seed=3)
    names = ", ".join(m.full_name for m in members[:5])
    criteria = tuple(
        replace(
            c,
            value=f"{c.value}; theo dõi cả năm: {names} và 55 đoàn viên khác "
            f"đã tham gia, có biên bản, danh sách ký nhận và hình ảnh kèm theo",
            evidence="Biên bản sinh hoạt, danh sách ký nhận, hình ảnh",
        )
        for c in data.criteria
    )
    text = tuple(
        "Chi đoàn duy trì sinh hoạt định kỳ hằng tháng, nội dung phong phú, gắn với nhiệm vụ "
        "chính trị của địa phương; đoàn viên tích cực tham gia các hoạt động tình nguyện, "
        "hiến máu, bảo vệ môi trường và hỗ trợ người dân tại Bộ phận Một cửa."
        for _ in range(6)
    )
    return replace(
        data,
        branch=replace(data.branch, members=60),
        criteria=criteria,
        members_total=60,
        members_proposed=members[:55],
        assessment_text=text,
        strengths=text[:3],
        weaknesses=text[:2],
    )


def year_end_once() -> bytes:
    from desktop.reports.builders.year_end import build_year_end
    from desktop.reports.render import render

    return render(build_year_end(_year_end_data()))


def results_once(n: int = BRANCHES, data=None) -> bytes:
    from desktop.reports.builders.summaries import build_results_summary
    from desktop.reports.render import render
    from tests.reports import sample

    return render(build_results_summary(data or sample.results_summary(n=n)))


def floor_once(rows: int) -> bytes:
    """ReportLab alone: one plain table of ``rows`` rows, 3 columns, chunks of 300, repeated header."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desktop.reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    body = [
        [
            f"CD-{i % 3 + 1}.{i % 8 + 1}",
            f"{i % 50}/50 đoàn viên được cung cấp thông tin ({i % 100}%)",
            "Đạt" if i % 5 else "Chưa đạt",
        ]
        for i in range(rows)
    ]
    story = []
    for start in range(0, rows, 300):
        t = Table(
            [["Mã", "Kết quả", "Đánh giá"]] + body[start : start + 300],
            colWidths=[18 * mm, 117 * mm, 25 * mm],
            repeatRows=1,
        )
        t.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("FONTSIZE", (0, 0), (-1, -1), 10),
                    ("FONTNAME", (0, 0), (-1, 0), BOLD),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ]
            )
        )
        story.append(t)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, initialFontName=REGULAR).build(story)
    return buf.getvalue()


_CHILD = """
import sys, resource
sys.path.insert(0, {root!r})
from tests.bench.bench_reports import results_once
from desktop.reports.render import page_count
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
pdf = results_once({n})
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after / 1024, before / 1024, page_count(pdf))
"""


def peak_memory(n: int) -> tuple[float, float, int]:
    """(peak RSS MB of a fresh process that renders the summary, RSS before it, pages)."""
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(root=root, n=n)], capture_output=True, text=True, check=True
    )
    peak, before, pages = out.stdout.split()
    return float(peak), float(before), int(pages)


def benchmarks(quick: bool) -> list[dict]:
    from desktop.reports.render import page_count
    from tests.reports import sample

    repeat = 3 if quick else 7
    ye_pages = page_count(year_end_once())
    data = sample.results_summary(n=BRANCHES)
    pages = page_count(results_once(data=data))
    annex_rows = BRANCHES * (1 + 16) + BRANCHES  # annex 2 (group row + 16 criteria) + annex 1
    peak, base, _ = peak_memory(BRANCHES)
    return [
        row(
            f"year-end report of a branch ({ye_pages} pages): build + render",
            measure(year_end_once, repeat),
            target_s=0.5,
        ),
        row(
            f"results summary, {BRANCHES} branches ({pages} pages): build + render",
            measure(lambda: results_once(data=data), max(2, repeat // 2)),
            target_s=5.0,
            floor_times=measure(lambda: floor_once(annex_rows), max(2, repeat // 2)),
            note=f"floor: ReportLab alone, one {annex_rows}-row plain table",
        ),
        row(
            f"results summary, {BRANCHES} branches: peak memory {peak:.0f} MB (fresh process)",
            [0.0],
            peak_mb=peak,
            target_mb=150,
            note=f"interpreter + imports before rendering: {base:.0f} MB",
        ),
    ]


if __name__ == "__main__":
    sys.exit(main_for(benchmarks))
