"""The Windows build on Linux (build_windows.py, ``build_installer.py --windows``), checked
without Wine: what it downloads for Windows, where Windows programs see Linux paths, and the
two stub DLLs that exist only for the Wine build and test prefix (never shipped).

The whole chain (Wine, PyInstaller, makensis, install, upgrade, uninstall) runs in
.ci/windows-smoke."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402 - the scripts at the repository root, once on the path
import build_windows as bw  # noqa: E402

# What Qt6Core.dll of PySide6 6.11 for Windows imports from icuuc.dll (objdump -p).
QT6CORE_ICU_IMPORTS = {
    "ucnv_open",
    "ucnv_close",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_reset",
    "ucnv_getMaxCharSize",
    "ucnv_getName",
    "ucnv_getToUCallBack",
    "ucnv_getFromUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_setFromUCallBack",
    "ucnv_cbToUWriteUChars",
    "ucnv_toUnicode",
    "ucnv_cbFromUWriteUChars",
    "ucnv_toUCountPending",
    "ucnv_fromUCountPending",
    "ucnv_getStandardName",
    "ucnv_getAvailableName",
    "ucnv_countAvailable",
    "ucnv_fromUnicode",
}


def test_windows_requirements_follow_windows_markers():
    reqs = bw.project_requirements()
    names = {re.split(r"[<>=!\[;]", r)[0].lower() for r in reqs}
    assert "uvloop" not in names  # sys_platform != 'win32'
    assert {"pyside6-essentials", "pyinstaller", "pip", "cryptography"} <= names
    assert any(r.startswith("psycopg[binary]") for r in reqs)
    assert not any(";" in r for r in reqs)


def test_dependencies_that_only_windows_needs_are_found_in_the_wheels_metadata(tmp_path):
    wheel = tmp_path / "pyinstaller-6.0-py3-none-win_amd64.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(
            "pyinstaller-6.0.dist-info/METADATA",
            "\n".join(
                [
                    "Metadata-Version: 2.1",
                    "Name: pyinstaller",
                    "Version: 6.0",
                    'Requires-Dist: pefile>=2022.5.30; sys_platform == "win32"',
                    'Requires-Dist: macholib>=1.8; sys_platform == "darwin"',
                    "Requires-Dist: altgraph",
                    'Requires-Dist: pytest; extra == "test"',
                    'Requires-Dist: colorama; platform_system == "Windows"',
                    "",
                    "body",
                ]
            ),
        )
    got = dict(bw._wheel_requirements(wheel))
    assert got == {"pefile": "pefile>=2022.5.30", "altgraph": "altgraph", "colorama": "colorama"}


def test_linux_paths_as_windows_programs_see_them(tmp_path):
    wine = bw.Wine(tmp_path / "prefix")
    inside = wine.drive_c / "users" / bw.WINDOWS_USER / "AppData" / "Roaming" / "SoThiDua"
    inside.mkdir(parents=True)
    assert wine.to_windows(inside) == "C:\\users\\Nguyễn Thị Hoa\\AppData\\Roaming\\SoThiDua"
    assert wine.to_windows(Path("/var/cache/x y/a.whl")) == "Z:\\var\\cache\\x y\\a.whl"
    env = wine.env({"WINEQT_QPA_PLATFORM": "offscreen"})
    assert env["WINEPREFIX"] == str(tmp_path / "prefix")
    # never asks to download Gecko/Mono; no menu entries written into the Linux desktop
    assert env["WINEDLLOVERRIDES"] == "mscoree,mshtml=;winemenubuilder.exe=d"
    assert env["USER"] == "Nguyễn Thị Hoa" and env["PYTHONUTF8"] == "1"
    assert not any(k.startswith("QT_") for k in env)


def test_the_stub_dlls_are_build_tooling_and_never_shipped():
    for dll, source in bw.STUBS.items():
        text = source.read_text(encoding="utf-8")
        assert "never shipped" in text, source
        assert source.parent.relative_to(ROOT).parts[:2] == ("resources", "installer")
    # resources/installer/ is left out of the bundle's data
    shipped = {Path(src).resolve() for src, _dest in bi.data_files()}
    assert not any(s.parent == bw.STUB_DIR.resolve() for s in shipped)
    icu = bw.STUBS["icuuc.dll"].read_text(encoding="utf-8")
    exported = set(re.findall(r"^EXPORT [^(]*?\b(\w+)\(", icu, re.MULTILINE))
    assert exported == QT6CORE_ICU_IMPORTS
    assert "ProcessPrng" in bw.STUBS["bcryptprimitives.dll"].read_text(encoding="utf-8")


@pytest.mark.skipif(
    shutil.which(bw.MINGW_GCC) is None or shutil.which("x86_64-w64-mingw32-objdump") is None,
    reason="mingw-w64 not installed (Debian: gcc-mingw-w64-x86-64-win32)",
)
def test_the_stubs_compile_and_export_what_qt_and_rust_import(tmp_path):
    made = {p.name: p for p in bw.compile_stubs(tmp_path)}
    for dll, wanted in (("icuuc.dll", QT6CORE_ICU_IMPORTS), ("bcryptprimitives.dll", {"ProcessPrng"})):
        dump = subprocess.run(
            ["x86_64-w64-mingw32-objdump", "-p", str(made[dll])], capture_output=True, text=True, check=True
        ).stdout
        table = dump[dump.index("[Ordinal/Name Pointer] Table") :]
        names = set(re.findall(r"\]\s+(\w+)", table))
        assert wanted <= names, dll


def test_the_cache_keeps_one_entry_per_kind(tmp_path):
    for key in ("old1", "old2", "new"):
        (tmp_path / key / "drive_c").mkdir(parents=True)
    bw.prune(tmp_path, tmp_path / "new")
    assert [p.name for p in tmp_path.iterdir()] == ["new"]
