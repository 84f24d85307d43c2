"""Translation workflow (documented in docs/architecture.md):

    python -m desktop.i18n.tool update    # pyside6-lupdate: one translations/vi/<module>.ts per source module
    python -m desktop.i18n.tool fill F.json  # set translations from a {"English source": "Tiếng Việt"} map
    python -m desktop.i18n.tool check     # fail when any Vietnamese entry is unfinished
    python -m desktop.i18n.tool release   # pyside6-lrelease -> translations/sothidua_vi.qm, qt_vi.qm

Source strings are English; Vietnamese is the default language. One .ts file per module keeps
parallel work from colliding in one big file; lrelease merges them into one .qm.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations" / "vi"
QT_TS = ROOT / "translations" / "qt_vi.ts"
QM_APP = ROOT / "translations" / "sothidua_vi.qm"
QM_QT = ROOT / "translations" / "qt_vi.qm"
_MARKERS = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")


def _tool(name: str) -> str:
    exe_dir = Path(sys.executable).parent
    # venvs keep console scripts beside python; a Windows Python install keeps them in Scripts\.
    for cand in (exe_dir / name, exe_dir / f"{name}.exe", exe_dir / "Scripts" / f"{name}.exe"):
        if cand.exists():
            return str(cand)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def source_modules() -> list[Path]:
    out = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.as_posix().endswith(("i18n/tool.py", "i18n/catalogue.py", "domain/markers.py")):
            continue
        if _MARKERS.search(path.read_text(encoding="utf-8")):
            out.append(path)
    return out


def ts_for(module: Path) -> Path:
    rel = module.relative_to(ROOT).with_suffix("")
    return TS_DIR / (".".join(rel.parts) + ".ts")


def update(paths: list[str] | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    modules = [ROOT / p for p in paths] if paths else source_modules()
    wanted = {ts_for(m) for m in source_modules()}
    for module in modules:
        ts = ts_for(module)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                str(module),
                "-ts",
                str(ts),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                "vi",
            ],
            check=True,
            capture_output=True,
        )
    if not paths:
        for stale in TS_DIR.glob("*.ts"):
            if stale not in wanted:
                stale.unlink()


def _all_ts() -> list[Path]:
    return sorted(TS_DIR.glob("*.ts")) + ([QT_TS] if QT_TS.exists() else [])


def unfinished() -> list[tuple[str, str, str]]:
    """(file, context, source) for every entry without a finished Vietnamese translation."""
    out = []
    for ts in _all_ts():
        tree = ET.parse(ts)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if (
                    tr is None
                    or tr.get("type") in ("unfinished", "vanished", "obsolete")
                    or not (tr.text or "").strip()
                ):
                    if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                        continue
                    out.append((ts.name, name, msg.findtext("source", "")))
    return out


def fill(mapping: dict[str, str]) -> int:
    """Write translations for sources found in ``mapping``; returns how many were set."""
    count = 0
    for ts in _all_ts():
        tree = ET.parse(ts)
        changed = False
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source", "")
            tr = msg.find("translation")
            if src in mapping and tr is not None and (tr.get("type") == "unfinished" or not tr.text):
                tr.text = mapping[src]
                tr.attrib.pop("type", None)
                changed = True
                count += 1
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def _lrelease(sources: list[Path], target: Path) -> None:
    """Compiles into a new file beside ``target``, then puts it in place in one step (or drops it
    when nothing changed): a program starting meanwhile (the app, a test, a build running at the
    same time) reads the old .qm or the new one, never a half-written one."""
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
    os.close(fd)
    fresh = Path(name)
    try:
        subprocess.run(
            [_tool("pyside6-lrelease"), *map(str, sources), "-qm", str(fresh)], check=True, capture_output=True
        )
        if target.exists() and target.read_bytes() == fresh.read_bytes():
            return
        os.chmod(fresh, 0o644)  # mkstemp makes it readable by its owner only
        os.replace(fresh, target)
    finally:
        fresh.unlink(missing_ok=True)


def release() -> None:
    _lrelease(sorted(TS_DIR.glob("*.ts")), QM_APP)
    if QT_TS.exists():
        _lrelease([QT_TS], QM_QT)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "update":
        update(argv[1:] or None)
        left = unfinished()
        print(f"updated; {len(left)} unfinished Vietnamese entries")
        return 0
    if cmd == "fill":
        mapping = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"filled {fill(mapping)} entries")
        return 0
    if cmd == "check":
        left = unfinished()
        for f, c, s in left:
            print(f"{f}: [{c}] {s!r}")
        print(f"{len(left)} unfinished Vietnamese entries")
        return 1 if left else 0
    if cmd == "release":
        release()
        print(f"wrote {QM_APP.name} and {QM_QT.name}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
