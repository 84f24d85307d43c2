"""The compiled Vietnamese translations are committed (translations/*.qm), so a plain
`pip install -e .` opens the app in Vietnamese with no build step; they must match the .ts sources."""

import subprocess
from pathlib import Path

from desktop.i18n import tool

ROOT = Path(__file__).resolve().parents[2]


def _compile(sources: list[Path], out: Path) -> bytes:
    subprocess.run(
        [tool._tool("pyside6-lrelease"), *map(str, sources), "-qm", str(out)], check=True, capture_output=True
    )
    return out.read_bytes()


def test_the_committed_app_translation_is_compiled_from_the_ts_files(tmp_path):
    fresh = _compile(sorted((ROOT / "translations" / "vi").glob("*.ts")), tmp_path / "app.qm")
    committed = ROOT / "translations" / "sothidua_vi.qm"
    assert committed.exists(), "run: python -m desktop.i18n.tool release, then commit translations/*.qm"
    assert committed.read_bytes() == fresh, "run: python -m desktop.i18n.tool release, then commit translations/*.qm"


def test_the_committed_qt_translation_is_compiled_from_its_ts_file(tmp_path):
    fresh = _compile([ROOT / "translations" / "qt_vi.ts"], tmp_path / "qt.qm")
    assert (ROOT / "translations" / "qt_vi.qm").read_bytes() == fresh
