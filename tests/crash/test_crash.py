"""Crash safety, proven (issue 8 §3): real Sổ Thi Đua processes write through the app's services
and are killed with SIGKILL at random moments. After every kill:

- every write the process reported as committed is present (with its exact value);
- nothing half-written is visible: every member has its membership event and its audit
  entries, every evidence file under its final name has the content its name promises, every
  backup under a backup's name is complete and sound;
- PRAGMA integrity_check is ok and the audit chain verifies;
- a restore killed in the middle leaves, after the next start, exactly backup A or backup B
  (database and attachments from the same backup), never a mix.

SIGKILL leaves what the OS already has; a power cut can lose what is still in the disk cache.
That is what synchronous=FULL and the fsyncs before every rename are for; the test cannot cut
the power of the CI machine, so it proves the process-crash half and the ordering.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from db.integrity import integrity_check
from tests.unit.conftest_safety import dump, tree_hashes

ROOT = Path(__file__).resolve().parents[2]
WRITE_TRIALS = int(os.environ.get("SOTHIDUA_CRASH_TRIALS", "50"))
RESTORE_TRIALS = int(os.environ.get("SOTHIDUA_CRASH_RESTORE_TRIALS", "10"))

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"), pytest.mark.timeout(900)]


def _run_and_kill(
    args: list[str], rnd: random.Random, max_after: float, *, after_first_commit: bool = True, commits: int = 1
) -> list[list[str]]:
    """Start the writer, let it work for a random time, SIGKILL it, and return the lines it
    printed (each printed only after a commit). The random time starts once ``commits`` writes
    were acknowledged, so that a slow, loaded machine still kills in the middle of the writes and
    every trial holds the writer to as many writes; with ``after_first_commit=False`` it starts
    when the process is ready (kills during start-up)."""
    return _spawn_and_kill(
        [sys.executable, "-m", "tests.crash.writer", *args],
        rnd,
        max_after,
        after_first_commit=after_first_commit,
        commits=commits,
    )


def _spawn_and_kill(
    cmd: list[str], rnd: random.Random, max_after: float, *, after_first_commit: bool = True, commits: int = 1
) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )
    ready = proc.stdout.readline()
    assert ready.strip() == "READY", proc.stderr.read()
    seen: list[str] = []
    acknowledged = 0
    while after_first_commit and acknowledged < commits:
        line = proc.stdout.readline()
        if not line:
            break  # the writer died: reported below
        seen.append(line)
        acknowledged += not line.startswith("WILL-")
    time.sleep(rnd.uniform(0.0, max_after))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    # The rest is read through the SAME file objects as the lines above. ``communicate()`` reads
    # the raw pipe (os.read): whatever ``readline()`` had already pulled into the text reader's
    # buffer beyond the lines it returned was silently dropped — acknowledged lines the test
    # never saw (issue 18: "assert 15 in {22}", a SETTING 15 read ahead and thrown away).
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"the writer stopped by itself: {err[-2000:]}"
    text = "".join(seen + [out])
    if text and not text.endswith("\n"):
        # The kill landed in the middle of a print: that half line was never acknowledged
        # (the action before it may have committed; the WILL- line before it allows for that).
        text = text[: text.rfind("\n") + 1]
    return [line.split(" ") for line in text.splitlines() if line.strip()]


def test_no_acknowledged_line_is_lost_between_the_first_commit_and_the_kill():
    """Lines printed together with the first acknowledgement (read ahead into the reader's
    buffer) are part of what the test holds the writer to."""
    child = (
        "import time\nprint('READY', flush=True)\n"
        "print('SETTING 15\\nWILL-SETTING 22\\nSETTING 22\\nMEMBER 3 0912 An', flush=True)\n"
        "time.sleep(60)\n"
    )
    lines = _spawn_and_kill([sys.executable, "-c", child], random.Random(1), 0.2)
    assert lines == [["SETTING", "15"], ["WILL-SETTING", "22"], ["SETTING", "22"], ["MEMBER", "3", "0912", "An"]]


def _make_data(data_dir: Path) -> Path:
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit

    ctx = open_context(data_dir, actor="setup")
    save_self_unit(
        ctx,
        Unit(
            code="CD-CRASH", name="Chi đoàn Thử nghiệm mất điện", kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU
        ),
    )
    ctx.close()
    return data_dir


@pytest.fixture
def crash_data(tmp_path):
    return _make_data(tmp_path / "data")


def _check_consistent(data_dir: Path, acknowledged: dict) -> None:
    from db.audit import verify_chain
    from db.schema import open_read_only
    from desktop.services.safety.integrity import startup

    assert not startup(data_dir).damaged
    db = data_dir / "sothidua.db"
    assert integrity_check(db, full=True) == []
    con = sqlite3.connect(db)
    try:
        members = dict(con.execute("SELECT id, full_name FROM members"))
        phones = dict(con.execute("SELECT id, phone FROM members"))
        with_event = {r[0] for r in con.execute("SELECT DISTINCT member_id FROM membership_events")}
        audited = {
            int(r[0]) for r in con.execute("SELECT entity_id FROM audit_log WHERE entity='member' AND action='create'")
        }
        setting = con.execute(
            "SELECT value_json FROM settings WHERE scope='CD-CRASH' AND key='cd32_meetings_per_year'"
        ).fetchone()
        files = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, stored_name, sha256 FROM attachments")}
    finally:
        con.close()
    # Acknowledged writes are all there, with their last acknowledged value.
    for mid, name in acknowledged["members"].items():
        assert members.get(mid) == name, f"committed member {mid} lost"
    for mid, allowed in acknowledged["phones"].items():
        assert phones.get(mid) in allowed, f"committed phone of {mid} lost"
    if acknowledged["setting"] is not None:
        assert (int(setting[0]) if setting else None) in acknowledged["setting"]
    for fid, (stored, sha) in acknowledged["files"].items():
        assert files.get(fid) == (stored, sha)
        assert hashlib.sha256((data_dir / "attachments" / stored).read_bytes()).hexdigest() == sha
    # Nothing half-written: each member came with its event and its audit entry.
    assert set(members) == with_event == audited
    hashed = acknowledged.setdefault("files_checked", set())
    root = data_dir / "attachments"
    for p in root.rglob("*"):
        rel = p.relative_to(root).as_posix()
        if not p.is_file() or p.name.startswith(".") or rel in hashed:
            continue  # temporary files are never under a final name; evidence files never change
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        assert p.name.split(".")[0] == digest, f"half-written evidence file {rel}"
        hashed.add(rel)
    checked = acknowledged.setdefault("zips_checked", set())
    for p in (data_dir / "backups").glob("*.zip"):
        if p.name not in checked:
            with zipfile.ZipFile(p) as zf:
                assert zf.testzip() is None, f"incomplete backup {p.name}"
            checked.add(p.name)
    uow = open_read_only(db)
    try:
        with uow.read() as s:
            chain = verify_chain(s)
    finally:
        uow.dispose()
    assert chain["ok"], chain


def _writer_lane(data_dir: Path, trials: range) -> tuple[dict, int]:
    """Kill a writer ``len(trials)`` times on one data folder, checking after every kill."""
    rnd = random.Random(20261121 + trials.start)
    acknowledged = {"members": {}, "phones": {}, "setting": None, "files": {}}
    kills_after_commit = 0
    for trial in trials:
        # One kill in five lands during start-up, the others while writing.
        # Killed at a random moment after 2–6 acknowledged writes: as strong on a loaded machine
        # as on an idle one (a kill timed from the first commit alone saw fewer writes under load).
        lines = _run_and_kill(
            [str(data_dir), str(trial), "write"], rnd, 0.5, after_first_commit=trial % 5 != 0, commits=rnd.randint(2, 6)
        )
        for parts in lines:
            kind = parts[0]
            if kind == "MEMBER":
                acknowledged["members"][int(parts[1])] = " ".join(parts[3:])
                acknowledged["phones"][int(parts[1])] = {parts[2]}
            elif kind == "PHONE":
                acknowledged["phones"][int(parts[1])] = {parts[2]}
            elif kind == "SETTING":
                acknowledged["setting"] = {int(parts[1])}
            elif kind == "FILE":
                acknowledged["files"][int(parts[1])] = (parts[2], parts[3])
        # The last action may have committed without being acknowledged (killed between the
        # commit and the print): its announced value is then also a correct outcome.
        if lines and lines[-1][0] == "WILL-PHONE":
            mid = int(lines[-1][1])
            if mid in acknowledged["phones"]:  # else created unacknowledged: nothing to hold it to
                acknowledged["phones"][mid] |= {lines[-1][2]}
        elif lines and lines[-1][0] == "WILL-SETTING":
            acknowledged["setting"] = (acknowledged["setting"] or {None}) | {int(lines[-1][1])}
        kills_after_commit += bool(lines)
        _check_consistent(data_dir, acknowledged)
    return acknowledged, kills_after_commit


def test_killed_writers_lose_nothing_they_acknowledged_and_leave_nothing_half_written(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    half = WRITE_TRIALS // 2
    lanes = [
        (_make_data(tmp_path / "lane1"), range(0, half)),
        (_make_data(tmp_path / "lane2"), range(half, WRITE_TRIALS)),
    ]
    with ThreadPoolExecutor(2) as pool:  # two kills at a time: the CI machine has 2 cores
        results = list(pool.map(lambda lane: _writer_lane(*lane), lanes))
    members = sum(len(ack["members"]) for ack, _ in results)
    kills_after_commit = sum(k for _, k in results)
    assert kills_after_commit >= WRITE_TRIALS * 3 // 4, "the kills should mostly land during writing"
    assert members > WRITE_TRIALS


def test_a_killed_restore_leaves_exactly_one_of_the_two_backups(crash_data, tmp_path):
    from desktop.paths import DataDir
    from desktop.services.safety import backup
    from desktop.services.attachments import add_attachment
    from desktop.services.context import open_context
    from desktop.services.safety.integrity import startup
    from desktop.services.units import set_unit_setting

    usb = tmp_path / "usb"
    states = {}
    ctx = open_context(crash_data, actor="setup")
    try:
        for label, meetings, payload in (("A", 10, b"anh A" * 5000), ("B", 20, b"anh B" * 7000)):
            set_unit_setting(ctx, "CD-CRASH", "cd32_meetings_per_year", meetings)
            src = tmp_path / f"{label}.jpg"
            src.write_bytes(payload)
            add_attachment(ctx, "CD-CRASH", "volunteer_activity", meetings, src)
            info = backup.create_backup(ctx.data, kind="export", dest_dir=usb)
            with zipfile.ZipFile(info.path) as zf:
                zf.extract("sothidua.db", tmp_path / label)
            states[label] = (info.path, dump(tmp_path / label / "sothidua.db"), tree_hashes(crash_data / "attachments"))
    finally:
        ctx.close()
    # B's attachments include A's file; A's do not include B's.
    assert states["A"][2] != states["B"][2]
    rnd = random.Random(8)
    for trial in range(RESTORE_TRIALS):
        _run_and_kill([str(crash_data), str(trial), "restore", str(states["A"][0]), str(states["B"][0])], rnd, 1.5)
        startup(crash_data)  # what the app and the CLI do first: finish an interrupted restore
        now_db, now_files = dump(crash_data / "sothidua.db"), tree_hashes(crash_data / "attachments")
        matches = [label for label, (_, db, files) in states.items() if db == now_db and files == now_files]
        assert len(matches) == 1, f"trial {trial}: the data is a mix of the two backups"
        assert integrity_check(crash_data / "sothidua.db", full=True) == []
        assert not (crash_data / ".restore").exists()
    assert DataDir(crash_data).backups.exists()
