#!/usr/bin/env python3
"""Windows smoke test: the real setup.exe, installed, run, upgraded and uninstalled under Wine.

Longer than 500 lines on purpose: it is one scenario. The steps of ``Smoke`` run top to bottom, each
on what the one before left (the installed program, its data folder, the N+1 copy of the bundle),
and reading them in that order is how a failure is understood; the helpers after it are short.

    .ci/windows-smoke                  # builds dist/SoThiDua-<version>-setup.exe first if needed
    .ci/windows-smoke --setup FILE     # tests an installer built elsewhere

Every step prints PASS or FAIL with what was expected and what was found; the run stops at the
first failure (later steps depend on earlier ones) and exits 1. What a person should look at is
kept in artifacts/windows/: screenshots of the main window (Qt's "windows" platform under Xvfb,
at 100 %, 125 % and 150 % scaling), the printed PDF, the CSV export, logs, report.json.

The upgrade: version N is the installer under test; version N+1 is the same program with one
more schema migration (a new table with a row) and a higher version number, wrapped by makensis
from a copy of the bundle. Installing N+1 over N must replace the program files, keep the data
folder, and on the next start back the database up (backups/truoc-nang-cap-<rev>-*.db, at the
old revision, holding exactly the old data) before migrating it; the data must be unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402 - the scripts at the repository root, once on the path
import build_windows as bw  # noqa: E402

ART = ROOT / "artifacts" / "windows"
PROBE_REVISION = "ci_upgrade_probe"
UNINST_KEY = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{bi.APP_GUID}"


class Failed(Exception):
    pass


class Smoke:
    def __init__(self, setup: Path, bundle: Path | None):
        self.setup = setup
        self.bundle = bundle
        self.cache = bw.cache_root()
        self.work = self.cache / "smoke"
        self.results: list[dict] = []
        self.xvfb: subprocess.Popen | None = None
        self.wine: bw.Wine | None = None
        self.version = bi.check_versions()

    # ------------------------------------------------------------------ plumbing
    def step(self, name: str, fn) -> None:
        t0 = time.monotonic()
        try:
            detail = fn() or ""
        except Failed as exc:
            self.results.append({"step": name, "ok": False, "detail": str(exc), "s": round(time.monotonic() - t0, 1)})
            print(f"FAIL {name}: {exc}", flush=True)
            raise
        except Exception as exc:  # an unexpected error is a failure with its cause
            self.results.append({"step": name, "ok": False, "detail": repr(exc), "s": round(time.monotonic() - t0, 1)})
            print(f"FAIL {name}: {exc!r}\n{traceback.format_exc()}", flush=True)
            raise Failed(name) from exc
        s = round(time.monotonic() - t0, 1)
        self.results.append({"step": name, "ok": True, "detail": detail, "s": s})
        print(f"PASS {name} ({s} s){': ' + detail if detail else ''}", flush=True)

    def start_xvfb(self) -> str:
        r, w = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(w,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(w)
        with os.fdopen(r) as fh:
            number = fh.readline().strip()
        if not number:
            raise Failed("Xvfb did not start")
        return f":{number}"

    def run(
        self,
        argv: list[str],
        *,
        expect: int | None = 0,
        env: dict | None = None,
        name: str | None = None,
        timeout: float = 600,
    ) -> subprocess.CompletedProcess:
        done = self.wine.run(
            argv, env=env, check=False, timeout=timeout, log=ART / "logs" / f"{name}.log" if name else None
        )
        if expect is not None and done.returncode != expect:
            tail = "".join(done.stdout.splitlines(True)[-25:])
            raise Failed(f"{' '.join(argv[:3])}… exited {done.returncode}, expected {expect}:\n{tail}")
        return done

    def cli(
        self, *args: str, expect: int | None = 0, env: dict | None = None, name: str | None = None, timeout: float = 600
    ) -> subprocess.CompletedProcess:
        return self.run(
            [self.win(self.install_dir / f"{bi.EXE_WINDOWS_CLI}.exe"), *args],
            expect=expect,
            env=env,
            name=name,
            timeout=timeout,
        )

    def win(self, path: Path) -> str:
        return self.wine.to_windows(path)

    @property
    def install_dir(self) -> Path:
        return self.wine.profile / "AppData" / "Local" / "Programs" / "SoThiDua"

    @property
    def data_dir(self) -> Path:
        return self.wine.profile / "AppData" / "Roaming" / bi.APP_DATA_FOLDER

    @property
    def documents(self) -> Path:
        d = self.wine.profile / "Documents" / "Báo cáo Chi đoàn"
        d.mkdir(parents=True, exist_ok=True)
        return d

    def reg_value(self, key: str, name: str) -> str | None:
        done = self.wine.run(["reg", "query", key, "/v", name], check=False)
        m = re.search(rf"{re.escape(name)}\s+REG_\w+\s+(.*)", done.stdout)
        return m.group(1).strip() if m else None

    def set_windows_version(self, version: str) -> None:
        self.wine.run(["winecfg", "-v", version])
        self.wine.wait()

    def set_dpi(self, dpi: int) -> None:
        self.wine.reg_add(r"HKCU\Control Panel\Desktop", "LogPixels", str(dpi), "REG_DWORD")
        self.wine.kill()  # the next process starts a new wineserver that reads it

    def install(self, setup: Path, expect: int = 0, name: str = "install") -> None:
        self.run([self.win(setup), "/S"], expect=expect, name=name, timeout=900)
        self.wine.wait()

    # ------------------------------------------------------------------ data checks
    @staticmethod
    def table_dump(db: Path, skip=("alembic_version", PROBE_REVISION)) -> dict[str, list]:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            names = [
                r[0]
                for r in con.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names if n not in skip}
        finally:
            con.close()

    @staticmethod
    def revision(db: Path) -> str | None:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            con.close()

    @staticmethod
    def digest_file(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    # ------------------------------------------------------------------ the scenario
    def main(self) -> int:
        shutil.rmtree(ART, ignore_errors=True)
        (ART / "logs").mkdir(parents=True)
        started = time.monotonic()
        try:
            self.scenario()
            ok = True
        except Failed:
            ok = False
        finally:
            if self.wine is not None:
                self.wine.kill()
            if self.xvfb is not None:
                self.xvfb.terminate()
                self.xvfb.wait(timeout=30)
        total = round(time.monotonic() - started)
        (ART / "report.json").write_text(
            json.dumps(
                {"ok": ok, "seconds": total, "setup": str(self.setup), "steps": self.results},
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
        passed = sum(r["ok"] for r in self.results)
        print(
            f"windows smoke: {passed} passed, {len(self.results) - passed} failed in {total} s; artefacts in {ART}",
            flush=True,
        )
        return 0 if ok else 1

    def scenario(self) -> None:
        display = self.start_xvfb()
        self.step("fresh Wine prefix (user 'Nguyễn Thị Hoa', no Gecko/Mono)", lambda: self.fresh(display))
        self.step("setup.exe refuses Windows 7 with exit code 3 and installs nothing", self.refuse_old_windows)
        self.step(f"silent install of {self.setup.name}", self.first_install)
        self.step("sothidua-cli --version", self.check_version)
        self.step("catalog show chi-doan-xhcn", self.check_catalog)
        self.step("selftest --no-gui", lambda: self.cli("selftest", "--no-gui", name="selftest-no-gui") and None)
        for dpi, label in ((96, "100"), (120, "125"), (144, "150")):
            self.step(
                f"GUI selftest on Qt's windows platform under Xvfb at {label} %",
                lambda dpi=dpi, label=label: self.gui_selftest(dpi, label),
            )
        self.set_dpi(96)
        self.step("demo data in the default data folder (Vietnamese letters and spaces)", self.make_data)
        self.step("Excel import through the installed program", self.excel_import)
        self.step("PDF printed through the installed program", self.print_pdf)
        self.step("CSV export for Excel: BOM, CRLF, the Windows list separator", self.csv_export)
        self.step("upgrade refused while the program is running (files in use)", self.upgrade_while_open)
        self.step("upgrade N -> N+1 over the installed copy", self.upgrade)
        self.step("first start of N+1: backup, then schema upgrade, data identical", self.after_upgrade)
        self.step("silent uninstall keeps the data", self.uninstall)

    def fresh(self, display: str) -> str:
        self.wine = bw.fresh_prefix(self.cache, self.work / "prefix")
        self.wine.display = display
        appdata = self.run(["cmd", "/c", "echo %APPDATA%"]).stdout.strip()
        return f"display {display}; %APPDATA% = {appdata}"

    def refuse_old_windows(self) -> str:
        self.set_windows_version("win7")
        try:
            self.install(self.setup, expect=3, name="install-on-windows-7")
            if self.install_dir.exists() or self.reg_value(UNINST_KEY, "DisplayVersion"):
                raise Failed(f"something was installed on Windows 7: {self.install_dir}")
        finally:
            self.set_windows_version("win10")
        return "exit code 3, no files, no registry entry"

    def first_install(self) -> str:
        self.install(self.setup)
        for exe in (bi.EXE_WINDOWS_GUI, bi.EXE_WINDOWS_CLI):
            if not (self.install_dir / f"{exe}.exe").is_file():
                raise Failed(f"{exe}.exe is not in {self.install_dir}")
        if not (self.install_dir / "uninstall.exe").is_file():
            raise Failed("uninstall.exe missing")
        shown = self.reg_value(UNINST_KEY, "DisplayVersion")
        if shown != self.version:
            raise Failed(f"the uninstall entry says version {shown!r}, expected {self.version!r}")
        links = [p for p in self.wine.drive_c.rglob("Sổ Thi Đua.lnk")]
        if len(links) < 2:
            raise Failed(f"expected Start-menu and desktop shortcuts, found {links}")
        for stub in bw.STUBS:
            if list(self.install_dir.rglob(stub)):
                raise Failed(f"the build stub {stub} was installed")
        size = bi.folder_size(self.install_dir) / 1e6
        return f"{self.install_dir} ({size:.0f} MB), registry version {shown}, {len(links)} shortcuts"

    def check_version(self) -> str:
        out = self.cli("--version", name="version").stdout.strip()
        if self.version not in out:
            raise Failed(f"--version printed {out!r}, expected {self.version}")
        return out

    def check_catalog(self) -> str:
        out = self.cli("catalog", "show", "chi-doan-xhcn", name="catalog").stdout
        if "CD-1.1" not in out or "Chi đoàn" not in out:
            raise Failed(f"the catalogue output lacks CD-1.1 / 'Chi đoàn':\n{out[:800]}")
        return f"{len(out.splitlines())} lines, Vietnamese intact"

    def gui_selftest(self, dpi: int, label: str) -> str:
        self.set_dpi(dpi)
        shot = ART / f"main-window-{label}.png"
        done = self.cli("selftest", "--json", "--screenshot", self.win(shot), name=f"selftest-gui-{label}", timeout=900)
        if not shot.is_file():
            raise Failed(f"no screenshot at {shot}")
        facts = _json_tail(done.stdout)
        gui = next((c for c in facts.get("checks", []) if c.get("name") == "gui"), {}) if facts else {}
        platform = gui.get("platform") or _find(done.stdout, r'"platform":\s*"(\w+)"')
        if platform and platform != "windows":
            raise Failed(f"Qt platform {platform!r}, expected 'windows'")
        from PySide6.QtGui import QImage  # no QApplication needed to read pixels

        image = QImage(str(shot))
        w, h = image.width(), image.height()
        small = image.scaled(64, 64)
        colours = len({small.pixel(x, y) for x in range(64) for y in range(64)})
        if colours < 8:
            raise Failed(f"the screenshot {shot.name} is blank ({colours} colours)")
        return f"{shot.relative_to(ROOT)} {w}x{h}, platform {platform or '?'}"

    def make_data(self) -> str:
        out = self.cli("demo", "--profile", "branch", "--seed", "1", name="demo").stdout
        db = self.data_dir / "sothidua.db"
        if not db.is_file():
            raise Failed(f"no database at {db} after 'demo':\n{out[-800:]}")
        if "Nguyễn Thị Hoa" not in str(db):
            raise Failed(f"the data folder {db} is not under the Vietnamese user profile")
        return f"{self.win(db)}"

    def excel_import(self) -> str:
        import openpyxl

        template = self.documents / "Mẫu danh sách.xlsx"
        self.cli("members", "template", self.win(template), name="members-template")
        wb = openpyxl.load_workbook(template)
        ws = wb.worksheets[0]
        example = [c.value for c in ws[2]]
        people = [
            ("Lê Thị Ánh Tuyết", "031301009002", "WDV002", "Nữ"),
            ("Phạm Đức Hưng", "031301009003", "WDV003", "Nam"),
        ]
        # Below the template's example row (marked as such, the import skips it).
        for i, (name, cccd, card, sex) in enumerate(people):
            row = list(example)
            row[0], row[1], row[3], row[5], row[7] = i + 2, name, sex, cccd, card
            row[4] = f"09876543{i:02d}"
            row = [None if v == mx_example_note() else v for v in row]
            for col, value in enumerate(row, 1):
                ws.cell(3 + i, col, value)
        source = self.documents / "Danh sách đoàn viên mới.xlsx"
        wb.save(source)
        out = self.cli("members", "import", self.win(source), name="members-import").stdout
        if "Đã thêm 2" not in out:
            raise Failed(f"expected 'Đã thêm 2' (two members added):\n{out[-800:]}")
        listing = self.cli("members", "list", name="members-list").stdout
        missing = [p[0] for p in people if p[0] not in listing]
        if missing:
            raise Failed(f"imported members not listed: {missing}")
        return f"2 members added from {source.name}"

    def print_pdf(self) -> str:
        pdf = self.documents / "Bản đăng ký 2026.pdf"
        self.cli("report", "registration", "--period", "2026", "--out", self.win(pdf), name="report")
        if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
            raise Failed(f"no PDF at {pdf}")
        shutil.copy2(pdf, ART / "registration.pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=False).stdout
        for needed in ("ĐOÀN TNCS HỒ CHÍ MINH", "CHI ĐOÀN"):
            if needed not in text:
                raise Failed(f"the PDF text lacks {needed!r}:\n{text[:500]}")
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(ART / "registration-page")],
            check=False,
        )
        return f"{pdf.name}: {len(text.splitlines())} lines of text, Vietnamese intact"

    def csv_export(self) -> str:
        """Excel splits a .csv on the user's list separator: the export follows the Windows
        setting (a comma for English (US); a semicolon set in Region › Additional settings)."""
        found = {}
        for sep, label in ((",", "comma"), (";", "semicolon")):
            self.wine.reg_add(r"HKCU\Control Panel\International", "sList", sep)
            csv_file = self.documents / f"Đoàn viên ({label}).csv"
            self.cli("members", "export", self.win(csv_file), name=f"members-export-csv-{label}")
            data = csv_file.read_bytes()
            shutil.copy2(csv_file, ART / f"members-{label}.csv")
            if not data.startswith(b"\xef\xbb\xbf"):
                raise Failed("the CSV has no UTF-8 BOM: Excel would garble the Vietnamese letters")
            if b"\r\n" not in data:
                raise Failed("the CSV lines do not end with CRLF")
            header = data[3:].split(b"\r\n", 1)[0].decode("utf-8")
            if not header.startswith(f"STT{sep}Họ và tên{sep}"):
                raise Failed(f"list separator {sep!r} set in Windows, header is {header[:60]!r}")
            found[label] = len(data.splitlines()) - 1
        self.wine.reg_add(r"HKCU\Control Panel\International", "sList", ",")
        return f"{found['comma']} rows; separator follows Windows' list separator (',' and ';')"

    def upgrade_while_open(self) -> str:
        """A running program's files cannot be replaced on Windows: the installer must stop
        cleanly (silent: exit code 2) and leave the installed copy working."""
        next_setup = self.build_next()
        exe = self.install_dir / f"{bi.EXE_WINDOWS_GUI}.exe"
        before = (
            self.digest_file(self.install_dir / "_internal" / "base_library.zip")
            if (self.install_dir / "_internal" / "base_library.zip").exists()
            else None
        )
        gui = subprocess.Popen(
            ["wine", self.win(exe)],
            env=self.wine.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        try:
            _wait_for_window(self.wine, timeout=240)
            done = self.wine.run(
                [self.win(next_setup), "/S"], check=False, timeout=600, log=ART / "logs" / "install-while-running.log"
            )
            rc = done.returncode
        finally:
            self.wine.run(["taskkill", "/F", "/IM", f"{bi.EXE_WINDOWS_GUI}.exe"], check=False)
            gui.kill()
            gui.wait(timeout=60)
            self.wine.kill()
        if rc == 0:
            shown = self.reg_value(UNINST_KEY, "DisplayVersion")
            raise Failed(f"the installer replaced the files of a running program (exit 0, now {shown})")
        shown = self.reg_value(UNINST_KEY, "DisplayVersion")
        if shown != self.version:
            raise Failed(f"after the refused upgrade the registry says {shown!r}")
        if before and self.digest_file(self.install_dir / "_internal" / "base_library.zip") != before:
            raise Failed("program files changed although the upgrade was refused")
        self.cli("--version", name="version-after-refused-upgrade")
        return f"installer exit code {rc}; installed copy unchanged and still runs"

    def build_next(self) -> Path:
        """Version N+1: the bundle + one more migration, with a higher version number."""
        if getattr(self, "_next", None):
            return self._next
        if self.bundle is None or not self.bundle.is_dir():
            raise Failed("the upgrade needs the Windows bundle folder (dist/windows/sothidua)")
        nxt = self.work / "bundle-next" / bi.BUNDLE_NAME
        shutil.rmtree(nxt.parent, ignore_errors=True)
        shutil.copytree(self.bundle, nxt)
        versions = nxt / "_internal" / "db" / "migrations" / "versions"
        head = _head_of(versions)
        (versions / "9999_ci_upgrade_probe.py").write_text(PROBE_MIGRATION.format(head=head), encoding="utf-8")
        self.next_version = self.version + ".1" if self.version.count(".") < 3 else self.version + "1"
        self.old_head = head
        out = self.work / "bundle-next" / bi.windows_installer_name(self.next_version)
        cmd = bi.nsis_command(bw.shutil.which("makensis") or "makensis", self.next_version, nxt, out)
        # A test installer only: zlib instead of solid LZMA packs it in a fraction of the time.
        cmd.insert(-1, "-XSetCompressor /FINAL zlib")
        cmd.remove("-WX")  # the script's own SetCompressor is then ignored, with a warning
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not out.is_file():
            raise Failed(f"makensis (version N+1) failed:\n{done.stdout[-1500:]}{done.stderr[-1500:]}")
        self._next = out
        return out

    def upgrade(self) -> str:
        db = self.data_dir / "sothidua.db"
        self.before = self.table_dump(db)
        self.before_rev = self.revision(db)
        if self.before_rev != self.old_head:
            raise Failed(f"the data is at {self.before_rev}, expected the bundle's head {self.old_head}")
        self.install(self.build_next(), name="install-upgrade")
        shown = self.reg_value(UNINST_KEY, "DisplayVersion")
        if shown != self.next_version:
            raise Failed(f"after the upgrade the registry says {shown!r}, expected {self.next_version}")
        if not (
            self.install_dir / "_internal" / "db" / "migrations" / "versions" / "9999_ci_upgrade_probe.py"
        ).is_file():
            raise Failed("the program files were not replaced (new migration missing)")
        if self.revision(db) != self.before_rev:
            raise Failed("the installer touched the database")
        if list((self.data_dir / "backups").glob("truoc-nang-cap-*")):
            raise Failed("an upgrade backup exists before the program even started")
        return f"{self.version} -> {self.next_version}; data folder untouched by the installer"

    def after_upgrade(self) -> str:
        db = self.data_dir / "sothidua.db"
        self.cli("members", "list", name="members-list-after-upgrade")
        rev = self.revision(db)
        if rev != PROBE_REVISION:
            raise Failed(f"the database is at {rev!r} after the first start, expected {PROBE_REVISION}")
        backups = sorted((self.data_dir / "backups").glob(f"truoc-nang-cap-{self.before_rev}-*.db"))
        if len(backups) != 1:
            raise Failed(
                f"expected one backup truoc-nang-cap-{self.before_rev}-*.db, found "
                f"{[b.name for b in (self.data_dir / 'backups').iterdir()]}"
            )
        if self.revision(backups[0]) != self.before_rev:
            raise Failed(
                f"the backup {backups[0].name} is at {self.revision(backups[0])}: it was not taken before the upgrade"
            )
        if self.table_dump(backups[0]) != self.before:
            raise Failed(f"the backup {backups[0].name} does not hold the data as it was")
        after = self.table_dump(db)
        if after != self.before:
            changed = sorted(t for t in set(after) | set(self.before) if after.get(t) != self.before.get(t))
            raise Failed(f"data changed by the upgrade in tables: {changed}")
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            probe = con.execute(f"SELECT note FROM {PROBE_REVISION}").fetchall()
        finally:
            con.close()
        if probe != [("nâng cấp lên bản mới",)]:
            raise Failed(f"the new migration's row is {probe}")
        self.cli("check", name="check-after-upgrade")
        rows = sum(len(v) for v in after.values())
        return (
            f"backup {backups[0].name} at {self.before_rev}; now {rev}; "
            f"{len(after)} tables, {rows} rows identical; 'check' passes"
        )

    def uninstall(self) -> str:
        db = self.data_dir / "sothidua.db"
        before = self.digest_file(db)
        files = sorted(p.relative_to(self.data_dir) for p in self.data_dir.rglob("*"))
        self.run([self.win(self.install_dir / "uninstall.exe"), "/S"], name="uninstall")
        self.wine.wait()
        left = [p.name for p in self.install_dir.iterdir()] if self.install_dir.exists() else []
        if left:
            raise Failed(f"program files left in {self.install_dir}: {left[:10]}")
        if self.reg_value(UNINST_KEY, "DisplayVersion"):
            raise Failed("the uninstall entry is still in the registry")
        links = list(self.wine.drive_c.rglob("Sổ Thi Đua.lnk"))
        if links:
            raise Failed(f"shortcuts left: {links}")
        if not db.is_file() or self.digest_file(db) != before:
            raise Failed("the database was removed or changed by the uninstaller")
        now = sorted(p.relative_to(self.data_dir) for p in self.data_dir.rglob("*"))
        if now != files:
            raise Failed(f"data files changed: {sorted(set(files) ^ set(now))[:10]}")
        return f"program removed; {len(files)} data files kept byte for byte"


PROBE_MIGRATION = '''"""CI upgrade probe: added by .ci/windows_smoke.py to a COPY of the bundle to make version N+1.

Never part of the repository's migrations or of a shipped installer.

Revision ID: {{rev}}
Revises: {head}
"""
from alembic import op
import sqlalchemy as sa

revision = "ci_upgrade_probe"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("ci_upgrade_probe", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("note", sa.String(100), nullable=False))
    op.execute("INSERT INTO ci_upgrade_probe (id, note) VALUES (1, 'nâng cấp lên bản mới')")


def downgrade() -> None:
    op.drop_table("ci_upgrade_probe")
'''


def mx_example_note() -> str:
    """The note that marks the template's example row (what the import skips)."""
    text = (ROOT / "desktop" / "services" / "membership" / "member_columns.py").read_text(encoding="utf-8")
    return re.search(r'^TEMPLATE_EXAMPLE_NOTE = "([^"]+)"', text, re.MULTILINE).group(1)


def _head_of(versions: Path) -> str:
    parents = {}
    pattern = re.compile(r"^(revision|down_revision)\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)
    for script in versions.glob("*.py"):
        found = {m.group(1): m.group(2) for m in pattern.finditer(script.read_text("utf-8"))}
        if "revision" in found:
            parents[found["revision"]] = found.get("down_revision")
    heads = set(parents) - set(parents.values())
    if len(heads) != 1:
        raise Failed(f"the bundle's migrations have heads {sorted(heads)}")
    return heads.pop()


def _json_tail(text: str) -> dict | None:
    start = text.find("{")
    if start < 0:
        return None
    try:
        return json.loads(text[start:])
    except ValueError:
        return None


def _find(text: str, pattern: str) -> str | None:
    m = re.search(pattern, text)
    return m.group(1) if m else None


def _wait_for_window(wine: bw.Wine, timeout: float) -> None:
    """Until the main window of Sổ Thi Đua is on the screen (xwininfo over Xvfb)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=wine.env(), capture_output=True, text=True, check=False
        )
        # Wine names the X window after the Windows title; xwininfo may print the Vietnamese
        # letters escaped, so look for the plain part of the title too.
        if any(s in done.stdout for s in ("Sổ Thi Đua", "Thi \\", "Thi Đ", "So Thi Dua")):
            return
        time.sleep(1)  # polling a separate process's window: no signal to wait on
    raise Failed(f"the main window did not appear within {timeout:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setup", type=Path, help="the setup.exe to test (default: build it)")
    parser.add_argument(
        "--bundle",
        type=Path,
        default=ROOT / "dist" / "windows" / bi.BUNDLE_NAME,
        help="the Windows one-folder bundle the setup.exe was made from",
    )
    parser.add_argument("--no-build", action="store_true", help="use the existing dist/SoThiDua-<version>-setup.exe")
    args = parser.parse_args(argv)
    setup = args.setup
    if setup is None:
        version = bi.check_versions()
        setup = ROOT / "dist" / bi.windows_installer_name(version)
        if not args.no_build:
            t0 = time.monotonic()
            try:
                bw.build(ROOT / "dist", ROOT / "build")
            except bw.WinBuildError as exc:
                print(f"FAIL build of the Windows installer: {exc}", flush=True)
                return 1
            print(f"PASS build of the Windows installer ({time.monotonic() - t0:.0f} s)", flush=True)
    if not setup.is_file():
        print(f"FAIL no installer at {setup}", flush=True)
        return 1
    return Smoke(setup.resolve(), args.bundle.resolve() if args.bundle else None).main()


if __name__ == "__main__":
    sys.exit(main())
