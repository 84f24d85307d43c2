#!/usr/bin/env python3
"""Build the offline installer of Sổ Thi Đua for the platform this runs on.

It stays one file a little over 500 lines on purpose: it is the one module that the PyInstaller spec
(inside Wine's Windows Python as well as on Linux), build_windows.py, .ci/windows_smoke.py and the
unit tests import as ``bi``, so what the bundle is made of is defined in one place; its sections
follow the build: versions, what goes in, steps, Linux, Windows, main.

    .venv/bin/python build_installer.py                # Linux: dist/SoThiDua-<ver>-linux-<arch>.tar.gz
    .venv\\Scripts\\python build_installer.py          # Windows: dist\\SoThiDua-<ver>-setup.exe

Steps (each one stops the build with a clear message when it fails):

1. compile the translations (``python -m desktop.i18n.tool release`` = pyside6-lrelease);
2. refuse to build while a Vietnamese translation is unfinished (``desktop.i18n.tool.unfinished``);
3. check that the version is the same in desktop/__init__.py and pyproject.toml;
4. run PyInstaller in one-folder mode, without UPX, from ``resources/installer/sothidua.spec``
   (the spec takes its data list, hidden imports and filters from this module, so they are
   unit-tested): the whole resources/ tree (fonts + licences, catalogs, schemas, icons),
   translations/*.qm (the app's and Qt's Vietnamese), db/migrations (env.py, script.py.mako,
   versions/), Qt plugins through PyInstaller's PySide6 hooks, and on Windows a version resource
   written from ``desktop.__version__``;
5. wrap the folder: on Linux a .tar.gz with a .desktop file, the icon and a script that adds the
   menu entry; on Windows the NSIS installer (resources/installer/sothidua.nsi, run by makensis).

PyInstaller cannot build Windows programs on Linux by itself. ``build_installer.py --windows``
builds the Windows installer on Linux anyway: it runs PyInstaller inside Wine with a Windows
CPython and Windows wheels from PyPI, then Debian's makensis (build_windows.py,
docs/packaging.md). Debian's makensis can also wrap a Windows one-folder build copied to Linux:
``build_installer.py --nsis-from DIR``.

Nothing is downloaded at build, install or run time: everything comes from the venv and the repo.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
INSTALLER_DIR = ROOT / "resources" / "installer"
SPEC_FILE = INSTALLER_DIR / "sothidua.spec"
ENTRY_SCRIPT = INSTALLER_DIR / "entry.py"
NSIS_SCRIPT = INSTALLER_DIR / "sothidua.nsi"
DESKTOP_TEMPLATE = INSTALLER_DIR / "sothidua.desktop"
DESKTOP_INSTALL_SCRIPT = INSTALLER_DIR / "install-desktop-entry.sh"
ICON_SVG = ROOT / "resources" / "icons" / "sothidua.svg"
ICON_PNG = ROOT / "resources" / "icons" / "sothidua.png"
ICON_ICO = ROOT / "resources" / "icons" / "sothidua.ico"

# The Windows installer's identity. It must NEVER change: the installer finds an installed copy
# (and so upgrades it in place, keeping shortcuts and the uninstall entry) through this key under
# HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall. The .nsi defines the same value
# (tests/unit/test_build_installer.py checks both).
APP_GUID = "{05240C47-5A73-4962-BA8D-A342FF08119C}"
APP_NAME = "Sổ Thi Đua"
APP_DATA_FOLDER = "SoThiDua"  # platformdirs user_data_dir("SoThiDua", roaming=True)
PUBLISHER = "Dự án Sổ Thi Đua"

BUNDLE_NAME = "sothidua"  # dist/<BUNDLE_NAME>/ is PyInstaller's one-folder output
EXE_LINUX = "sothidua"
EXE_WINDOWS_GUI = "SoThiDua"  # no console window; the shortcuts start it
EXE_WINDOWS_CLI = "sothidua-cli"  # console program for the command line (sothidua-cli --version)

# Locales whose data the app uses (Babel formatting, Qt translations). Everything else that the
# library hooks collect is dropped from the bundle (Babel's 32 MB of locale data shrinks to ~1 MB).
LOCALES = ("vi", "en")

# Modules the app never imports at run time; keep them out even if something optional refers to them.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "importlinter",
    "grimp",
    "IPython",
    "PyInstaller",
    "setuptools",
    "pip",
]

SKIP_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


class BuildError(RuntimeError):
    """A build step failed; the message says which and what to do."""


# ---------------------------------------------------------------------------- versions
def app_version(root: Path = ROOT) -> str:
    """``desktop.__version__``, read without importing the application."""
    text = (root / "desktop" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not m:
        raise BuildError("desktop/__init__.py has no __version__")
    return m.group(1)


def pyproject_version(root: Path = ROOT) -> str:
    import tomllib

    with open(root / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def check_versions(root: Path = ROOT) -> str:
    """The one version of this build; raises when desktop/__init__.py and pyproject.toml differ."""
    v_app, v_proj = app_version(root), pyproject_version(root)
    if v_app != v_proj:
        raise BuildError(
            f"version mismatch: desktop/__init__.py says {v_app}, "
            f"pyproject.toml says {v_proj}; make them equal before building"
        )
    windows_version_tuple(v_app)  # must be expressible as a Windows file version
    return v_app


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0); a pre-release suffix ('1.2.0rc1') is dropped."""
    m = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not m:
        raise BuildError(f"version {version!r} does not start with numbers (X.Y.Z)")
    parts = tuple(int(p or 0) for p in m.groups())
    if any(p > 65535 for p in parts):
        raise BuildError(f"version {version!r}: Windows allows at most 65535 per part")
    return parts  # type: ignore[return-value]


def windows_version_file(version: str) -> str:
    """The Windows version resource in PyInstaller's format (EXE(version=...))."""
    t = windows_version_tuple(version)
    dotted = ".".join(map(str, t))
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME,
        "FileVersion": dotted,
        "InternalName": EXE_WINDOWS_GUI,
        "LegalCopyright": "MIT",
        "OriginalFilename": f"{EXE_WINDOWS_GUI}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    items = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x042A = Vietnamese, code page 1200 = Unicode.
    return f"""# Generated by build_installer.py from desktop.__version__ = {version!r}; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042A04B0', [
            {items}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x042A, 1200])])
  ]
)
"""


def write_windows_version_file(path: Path, version: str | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(windows_version_file(version or app_version()), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- what goes in
def _files_under(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not (SKIP_DIRS & set(path.parts)) and path.suffix not in SKIP_SUFFIXES:
            yield path


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every data file the app reads.

    Collected generically so that files other areas add later come along without editing this:
    the whole resources/ tree (except the installer sources), every compiled translation and
    the Alembic migrations (env.py, script.py.mako, versions/*.py: Alembic reads them as files).
    """
    out: list[tuple[str, str]] = []
    resources = root / "resources"
    for path in _files_under(resources):
        rel = path.relative_to(root)
        if rel.parts[:2] == ("resources", "installer"):
            continue
        out.append((str(path), rel.parent.as_posix()))
    for qm in sorted((root / "translations").glob("*.qm")):
        out.append((str(qm), "translations"))
    migrations = root / "db" / "migrations"
    for path in _files_under(migrations):
        out.append((str(path), path.relative_to(root).parent.as_posix()))
    return out


def required_runtime_files(root: Path = ROOT) -> list[str]:
    """Bundle-relative paths that must be present, or the app cannot start or work."""
    return [
        "translations/sothidua_vi.qm",
        "translations/qt_vi.qm",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        *(f"db/migrations/versions/{p.name}" for p in sorted((root / "db" / "migrations" / "versions").glob("*.py"))),
        *(f"resources/catalogs/{p.name}" for p in sorted((root / "resources" / "catalogs").glob("*.json"))),
        *(f"resources/fonts/{p.name}" for p in sorted((root / "resources" / "fonts").glob("*.ttf"))),
        "resources/icons/sothidua.png",
    ]


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules the Alembic scripts import. Alembic loads them from files at run time, so
    PyInstaller's analysis never sees these imports: they become hidden imports."""
    found: set[str] = set()
    for path in (root / "db" / "migrations").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    try:
                        if importlib.util.find_spec(sub) is not None:
                            found.add(sub)
                    except (ImportError, ValueError):
                        pass
    return sorted(found)


def _locale_wanted(stem: str) -> bool:
    """Babel/Qt locale file stem -> keep? root, the app's languages and their regional forms."""
    return stem == "root" or any(stem == loc or stem.startswith(loc + "_") for loc in LOCALES)


def keep_data(dest: str) -> bool:
    """Filter for PyInstaller's collected data files (bundle-relative destination path)."""
    p = dest.replace("\\", "/")
    if p.startswith("babel/locale-data/") and p.endswith(".dat"):
        return _locale_wanted(Path(p).stem)
    if re.match(r"PySide6/(Qt/)?translations/", p) and p.endswith(".qm"):  # Linux / Windows
        # qtbase_de.qm -> "de"; Qt ships no Vietnamese: ours is translations/qt_vi.qm.
        lang = Path(p).stem.split("_", 1)[-1]
        return _locale_wanted(lang)
    return True


_QML_STACK = re.compile(r"(^|/)(lib)?Qt6(Qml|Quick|VirtualKeyboard)\w*\.(so|dll)")
_VIRTUAL_KEYBOARD = re.compile(r"platforminputcontexts/(lib)?qtvirtualkeyboardplugin\.(so|dll)$")


def keep_binary(dest: str, uses_qml: bool) -> bool:
    """Filter for collected binaries. Qt's virtual-keyboard input plugin drags in the whole QML
    stack (~17 MB); the app is QtWidgets only, so both go unless a QtQml/QtQuick module is used."""
    p = dest.replace("\\", "/")
    if uses_qml:
        return True
    return not (_VIRTUAL_KEYBOARD.search(p) or _QML_STACK.search(p))


def keep_entry(entry: tuple, uses_qml: bool) -> bool:
    """keep_binary for a TOC entry (dest, source, typecode); a symlink goes with its target."""
    dest, source, typecode = entry[:3]
    if typecode == "SYMLINK" and not keep_binary(str(source), uses_qml):
        return False
    return keep_binary(dest, uses_qml)


def uses_qml(binaries) -> bool:
    """Does the analysed app import PySide6.QtQml / QtQuick (their extension modules)?"""
    pattern = re.compile(r"PySide6/Qt(Qml|Quick)\w*\.(abi3\.so|pyd)$")
    return any(pattern.search(entry[0].replace("\\", "/")) for entry in binaries)


# ---------------------------------------------------------------------------- steps
def compile_translations(python: str = sys.executable, root: Path = ROOT) -> None:
    done = subprocess.run(
        [python, "-m", "desktop.i18n.tool", "release"], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise BuildError("compiling the translations failed (pyside6-lrelease):\n" + done.stdout + done.stderr)


def check_translations(root: Path = ROOT) -> None:
    sys.path.insert(0, str(root))
    try:
        from desktop.i18n.tool import unfinished
    finally:
        sys.path.remove(str(root))
    left = unfinished()
    if left:
        lines = "\n".join(f"  {f}: [{c}] {s!r}" for f, c, s in left[:20])
        raise BuildError(
            f"{len(left)} Vietnamese translations are unfinished; translate them "
            f"(python -m desktop.i18n.tool check) before building:\n{lines}"
        )


def run_pyinstaller(dist: Path, work: Path, python: str = sys.executable, clean: bool = False) -> Path:
    if importlib.util.find_spec("PyInstaller") is None and python == sys.executable:
        raise BuildError('PyInstaller is not installed: pip install -e ".[build]"')
    cmd = [python, "-m", "PyInstaller", str(SPEC_FILE), "--noconfirm", "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        cmd.append("--clean")
    log = work / "pyinstaller.log"
    work.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as fh:
        done = subprocess.run(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        tail = "".join(log.read_text(encoding="utf-8", errors="replace").splitlines(True)[-30:])
        raise BuildError(f"PyInstaller failed (full log: {log}):\n{tail}")
    bundle = dist / BUNDLE_NAME
    check_bundle(bundle)
    return bundle


def internal_dir(bundle: Path) -> Path:
    """PyInstaller ≥ 6 puts everything but the executables in _internal/."""
    inner = bundle / "_internal"
    return inner if inner.is_dir() else bundle


def check_bundle(bundle: Path) -> None:
    """The folder has its executables and every file the app reads at run time."""
    exes = [f"{EXE_WINDOWS_GUI}.exe", f"{EXE_WINDOWS_CLI}.exe"] if sys.platform == "win32" else [EXE_LINUX]
    missing = [e for e in exes if not (bundle / e).is_file()]
    inner = internal_dir(bundle)
    missing += [r for r in required_runtime_files() if not (inner / r).is_file()]
    if missing:
        raise BuildError(f"the bundle {bundle} lacks: {', '.join(missing)}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# ---------------------------------------------------------------------------- Linux
def linux_archive_name(version: str, machine: str | None = None) -> str:
    machine = machine or platform.machine() or "x86_64"
    return f"SoThiDua-{version}-linux-{machine}.tar.gz"


def desktop_entry(exec_path: str = EXE_LINUX, icon: str = "sothidua") -> str:
    """The freedesktop menu entry, from resources/installer/sothidua.desktop."""
    text = DESKTOP_TEMPLATE.read_text(encoding="utf-8")
    return text.replace("@EXEC@", exec_path).replace("@ICON@", icon)


def package_linux(bundle: Path, dist: Path, version: str) -> Path:
    """Add the menu entry, icon and installer script, then write the .tar.gz next to the folder."""
    (bundle / "sothidua.desktop").write_text(desktop_entry(), encoding="utf-8")
    shutil.copy2(ICON_PNG, bundle / "sothidua.png")
    shutil.copy2(ICON_SVG, bundle / "sothidua.svg")
    script = bundle / "install-desktop-entry.sh"
    shutil.copy2(DESKTOP_INSTALL_SCRIPT, script)
    script.chmod(0o755)
    (bundle / "VERSION").write_text(version + "\n", encoding="utf-8")
    archive = dist / linux_archive_name(version)
    top = f"SoThiDua-{version}"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
    return archive


# ---------------------------------------------------------------------------- Windows
def windows_installer_name(version: str) -> str:
    return f"SoThiDua-{version}-setup.exe"


def find_makensis(explicit: str | None = None) -> str | None:
    if explicit:
        return explicit
    found = shutil.which("makensis")
    if found:
        return found
    for env in ("ProgramFiles(x86)", "ProgramFiles"):
        base = os.environ.get(env)
        if base and (Path(base) / "NSIS" / "makensis.exe").is_file():
            return str(Path(base) / "NSIS" / "makensis.exe")
    return None


def nsis_defines(version: str, source_dir: Path, out_file: Path) -> dict[str, str]:
    """What build_installer.py passes to the NSIS script (-DNAME=value)."""
    return {
        "APP_VERSION": version,
        "APP_VERSION_WIN": ".".join(map(str, windows_version_tuple(version))),
        "SOURCE_DIR": str(source_dir),
        "OUT_FILE": str(out_file),
        "ICON_FILE": str(ICON_ICO),
    }


def nsis_command(makensis: str, version: str, source_dir: Path, out_file: Path, *, strict: bool = True) -> list[str]:
    # "-" switches work for makensis on Windows and on Linux alike.
    cmd = [makensis, "-NOCD", "-V2", "-INPUTCHARSET", "UTF8"]
    if strict:
        cmd.append("-WX")  # warnings are errors: the script stays clean
    cmd += [f"-D{k}={v}" for k, v in nsis_defines(version, source_dir, out_file).items()]
    cmd.append(str(NSIS_SCRIPT))
    return cmd


def render_nsis(makensis: str, version: str, source_dir: Path, out_file: Path) -> str:
    """The NSIS script after preprocessing (makensis -PPO): what the installer is built from."""
    cmd = nsis_command(makensis, version, source_dir, out_file, strict=False)
    cmd.insert(-1, "-PPO")
    done = subprocess.run(
        cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", check=False
    )
    if done.returncode != 0:
        raise BuildError(f"makensis -PPO failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def package_windows(bundle: Path, dist: Path, version: str, makensis: str | None) -> Path:
    exe = find_makensis(makensis)
    if exe is None:
        raise BuildError(
            "makensis not found: install NSIS 3 (winget install NSIS.NSIS, or "
            "choco install nsis) or pass --makensis PATH"
        )
    out = dist / windows_installer_name(version)
    done = subprocess.run(
        nsis_command(exe, version, bundle, out),
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    if done.returncode != 0 or not out.is_file():
        raise BuildError(f"makensis failed:\n{done.stdout}\n{done.stderr}")
    return out


# ---------------------------------------------------------------------------- main
def _say(msg: str) -> None:
    print(msg, flush=True)


def _mb(n: int) -> str:
    return f"{n / 1e6:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--folder-only", action="store_true", help="stop after the one-folder bundle (no .tar.gz / setup.exe)"
    )
    parser.add_argument("--makensis", help="path to makensis (Windows installer compiler)")
    parser.add_argument(
        "--nsis-from",
        type=Path,
        metavar="DIR",
        help="only wrap an existing Windows one-folder build DIR with makensis (works on Linux with Debian's nsis)",
    )
    parser.add_argument(
        "--translations-compiled",
        action="store_true",
        help="the .qm files are already compiled (the Windows build compiles them "
        "on Linux: pyside6-lrelease under Wine can hang)",
    )
    parser.add_argument(
        "--windows",
        action="store_true",
        help="on Linux: build the Windows installer through Wine (build_windows.py; dist/SoThiDua-<version>-setup.exe)",
    )
    args = parser.parse_args(argv)
    if args.windows:
        import build_windows

        return build_windows.main(["--dist", str(args.dist), "--work", str(args.work)])
    started = time.monotonic()
    try:
        version = check_versions()
        args.dist.mkdir(parents=True, exist_ok=True)
        if args.nsis_from:
            out = package_windows(args.nsis_from.resolve(), args.dist.resolve(), version, args.makensis)
            _say(f"Windows installer: {out} ({_mb(out.stat().st_size)})")
            return 0
        if args.translations_compiled:
            missing = [q for q in ("sothidua_vi.qm", "qt_vi.qm") if not (ROOT / "translations" / q).is_file()]
            if missing:
                raise BuildError(f"--translations-compiled, but translations/{missing[0]} is missing")
        else:
            _say(f"Sổ Thi Đua {version}: compiling translations")
            compile_translations()
        check_translations()
        _say("running PyInstaller (one folder, no UPX)")
        t0 = time.monotonic()
        bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), clean=args.clean)
        _say(f"bundle: {bundle} ({_mb(folder_size(bundle))}, {time.monotonic() - t0:.0f} s)")
        if args.folder_only:
            return 0
        if sys.platform == "win32":
            out = package_windows(bundle, args.dist.resolve(), version, args.makensis)
        elif sys.platform.startswith("linux"):
            out = package_linux(bundle, args.dist.resolve(), version)
        else:
            _say(f"no package format for {sys.platform}: the folder {bundle} is the result")
            return 0
        _say(f"package: {out} ({_mb(out.stat().st_size)}); total {time.monotonic() - started:.0f} s")
        return 0
    except BuildError as exc:
        print(f"build_installer: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
