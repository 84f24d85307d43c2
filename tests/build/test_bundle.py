"""The Linux bundle, built for real and run as a user's machine would run it.

Builds with build_installer.py (PyInstaller, ~1 min), unpacks the .tar.gz into a new folder (as
if copied to another machine), then runs the bundled program with a clean environment (no
Python on PATH, no PYTHON* variables, a new HOME, no network where ``unshare -n`` is allowed):
``--version``, ``catalog show chi-doan-xhcn --json``, ``selftest`` (fresh data folder, first-run
wizard, main window with every page, offscreen), a unit created from the CLI, and an upgrade
(a second unpacked copy) that finds the same data, a quarterly report printed to PDF with the
bundled fonts. Finally: the program wrote nothing into its own folder.

Marked ``build``; runs when asked for: ``pytest -m build tests/build`` or
``SOTHIDUA_BUILD_TESTS=1`` (.ci/run sets it). Needs the ``build`` extra (PyInstaller).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from tests.build import requested

ROOT = Path(__file__).resolve().parents[2]
# Building the bundle takes minutes on a loaded 2-core machine: a longer limit than the suite default.
pytestmark = [pytest.mark.build, pytest.mark.timeout(1800)]

# Generous limits: they catch a runaway bundle (a whole Qt or an unfiltered Babel), not noise.
MAX_FOLDER_MB = 400
MAX_ARCHIVE_MB = 160


def _no_network_prefix() -> list[str]:
    """``unshare -n`` runs a command without any network, where the kernel lets us."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


class Bundle:
    def __init__(self, folder: Path, archive: Path, build_seconds: float, home: Path):
        self.folder, self.archive, self.build_seconds, self.home = folder, archive, build_seconds, home
        self.exe = folder / "sothidua"
        self.prefix = _no_network_prefix()
        self.snapshot = self.listing()

    def listing(self) -> dict[str, int]:
        return {
            p.relative_to(self.folder).as_posix(): p.stat().st_size
            for p in self.folder.rglob("*")
            if p.is_file() and not p.is_symlink()
        }

    def env(self, **extra) -> dict[str, str]:
        # What `env -i PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen` leaves, plus a new HOME
        # (so the default data folder is a new one too) and a UTF-8 locale.
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            **extra,
        }

    def run(self, *args: str, exe: Path | None = None, timeout: float = 120, **env) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.prefix, str(exe or self.exe), *args],
            env=self.env(**env),
            cwd=str(self.home),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="module")
def bundle(request, tmp_path_factory):
    if not requested(request.config):
        pytest.skip("builds the installer (~1 min): run `pytest -m build tests/build` or set SOTHIDUA_BUILD_TESTS=1")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail('PyInstaller is missing: pip install -e ".[build]" (the build extra)')
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    out = tmp_path_factory.mktemp("installer")
    t0 = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    seconds = time.monotonic() - t0
    assert done.returncode == 0, f"build failed:\n{done.stdout}\n{done.stderr}"
    archives = list((out / "dist").glob("SoThiDua-*-linux-*.tar.gz"))
    assert len(archives) == 1, archives
    # "Copy it to another machine": unpack the archive somewhere new, then drop the build folder.
    machine = out / "other-machine"
    machine.mkdir()
    with tarfile.open(archives[0]) as tar:
        tar.extractall(machine, filter="tar")
    shutil.rmtree(out / "dist" / "sothidua")
    shutil.rmtree(out / "work")
    (folder,) = list(machine.iterdir())
    home = out / "home"
    home.mkdir()
    print(f"\nbuild {seconds:.0f} s; archive {archives[0].stat().st_size / 1e6:.0f} MB")
    yield Bundle(folder, archives[0], seconds, home)
    shutil.rmtree(out, ignore_errors=True)  # ~0.8 GB: pytest would keep it for three runs


def test_the_archive_holds_the_program_its_menu_entry_and_icon(bundle):
    import desktop

    assert bundle.folder.name == f"SoThiDua-{desktop.__version__}"
    for name in (
        "sothidua",
        "sothidua.desktop",
        "sothidua.png",
        "install-desktop-entry.sh",
        "_internal/translations/sothidua_vi.qm",
        "_internal/translations/qt_vi.qm",
        "_internal/db/migrations/script.py.mako",
        "_internal/resources/catalogs/chi-doan-xhcn.v1.json",
    ):
        assert (bundle.folder / name).exists(), name
    assert os.access(bundle.exe, os.X_OK)
    assert (bundle.folder / "VERSION").read_text().strip() == desktop.__version__
    folder_mb = sum(bundle.snapshot.values()) / 1e6
    archive_mb = bundle.archive.stat().st_size / 1e6
    print(f"\nbundle folder {folder_mb:.0f} MB, archive {archive_mb:.0f} MB")
    assert folder_mb < MAX_FOLDER_MB and archive_mb < MAX_ARCHIVE_MB


def test_no_bundled_library_is_left_unresolved(bundle):
    """Every Qt library and platform plugin finds its dependencies inside the bundle or in the
    base system (ldd); a missing one would only show on a user's machine. The Wayland client
    libraries are the exception: PyInstaller bundles them only if the build machine has them;
    a Wayland desktop has them, and elsewhere Qt uses xcb (X11/Xvfb) or offscreen."""
    if not shutil.which("ldd"):
        pytest.skip("ldd not available")
    qt = bundle.folder / "_internal" / "PySide6" / "Qt"
    libs = [
        *qt.glob("lib/*.so*"),
        *qt.glob("plugins/platforms/*.so"),
        *qt.glob("plugins/imageformats/*.so"),
        *qt.glob("plugins/iconengines/*.so"),
    ]
    assert libs
    broken = {}
    for lib in libs:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False).stdout
        missing = [line.strip() for line in out.splitlines() if "not found" in line and "libwayland-" not in line]
        if missing:
            broken[lib.name] = missing
    assert broken == {}


def test_version_runs_without_python_or_path(bundle, tmp_path):
    import desktop

    done = bundle.run("--version", PATH=str(tmp_path))  # an empty PATH: no python to find
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"sothidua {desktop.__version__}"


def test_catalog_show_prints_the_16_criteria(bundle, tmp_path):
    done = bundle.run("--data-dir", str(tmp_path / "data"), "catalog", "show", "chi-doan-xhcn", "--json")
    assert done.returncode == 0, done.stderr
    catalog = json.loads(done.stdout)
    assert catalog["id"] == "chi-doan-xhcn"
    assert len(catalog["criteria"]) == 16
    assert "Chi đoàn" in catalog["title_vi"]


def test_the_main_window_opens_on_a_fresh_data_folder(bundle, tmp_path):
    data, shot = tmp_path / "fresh", tmp_path / "main-window.png"
    done = bundle.run("selftest", "--json", "--keep-in", str(data), "--screenshot", str(shot))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert report["ok"], report
    assert checks["install"]["frozen"] is True
    assert checks["install"]["outside_paths"] == []  # no module read from the machine's Python
    assert checks["database"]["schema"] == checks["database"]["head"]
    gui = checks["gui"]
    assert gui["platform"] == "offscreen"
    assert gui["main_window"]["visible"] and gui["main_window"]["pages"]
    assert gui["app_translation"] == "&Tệp"  # the app's Vietnamese .qm is bundled and loaded
    assert gui["qt_translation"] == "Hủy"  # and Qt's own (translations/qt_vi.qm)
    assert {"svg", "png", "ico"} <= set(gui["image_formats"])  # Qt image plugins are there
    assert "Sổ Thi Đua" in gui["wizard_title"] or "Thi Đua" in gui["wizard_title"]
    assert (data / "sothidua.db").is_file()
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_unit_created_by_one_version_is_there_after_an_upgrade(bundle, tmp_path):
    """Data lives outside the program folder: a newer copy of the program finds it as it was."""
    data = tmp_path / "data"
    done = bundle.run(
        "--data-dir",
        str(data),
        "unit",
        "init",
        "--code",
        "CD-TDP3",
        "--name",
        "Chi đoàn Tổ dân phố số 3",
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
    )
    assert done.returncode == 0, done.stderr
    newer = tmp_path / "newer"
    newer.mkdir()
    with tarfile.open(bundle.archive) as tar:
        tar.extractall(newer, filter="tar")
    (folder,) = list(newer.iterdir())
    done = bundle.run("--data-dir", str(data), "unit", "show", "--json", exe=folder / "sothidua")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["name"] == "Chi đoàn Tổ dân phố số 3"


def test_a_report_prints_with_the_bundled_fonts(bundle, tmp_path):
    """A new unit, then a PDF from the bundle: ReportLab and the bundled Liberation fonts work
    frozen (Vietnamese text needs them: the built-in PDF fonts show boxes)."""
    data, pdf = tmp_path / "data", tmp_path / "bao-cao-quy.pdf"
    listing = bundle.run("--data-dir", str(data), "report", "--list")
    if listing.returncode != 0 or "quarterly" not in listing.stdout:
        pytest.skip("no `report quarterly` command in this version")
    done = bundle.run(
        "--data-dir",
        str(data),
        "unit",
        "init",
        "--code",
        "CD-TDP3",
        "--name",
        "Chi đoàn Tổ dân phố số 3",
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
    )
    assert done.returncode == 0, done.stderr
    done = bundle.run("--data-dir", str(data), "report", "quarterly", "--draft", "--out", str(pdf))
    assert done.returncode == 0, done.stdout + done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdffonts") and shutil.which("pdftotext"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False).stdout
        assert "LiberationSerif" in fonts
        text = subprocess.run(
            ["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True, check=False
        ).stdout
        assert "CHI ĐOÀN TỔ DÂN PHỐ SỐ 3" in text


def test_the_program_writes_nothing_into_its_own_folder(bundle):
    """Runs last (file order): after every run above, the install folder is unchanged."""
    assert bundle.listing() == bundle.snapshot
