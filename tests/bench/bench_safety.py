"""Data-safety timings on a big branch (issue 8): 5,000 members, 100,000 audit entries, 200
evidence files of 200 KB. What a secretary waits for at start (quick check), on close (backup),
for the full check and for a restore.

    .venv/bin/python -m tests.bench.bench_safety
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from tests.bench._util import measure, peak_rss_mb, print_rows, row


def build(data_dir: Path) -> None:
    from db import audit
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit

    ctx = open_context(data_dir, actor="bench")
    save_self_unit(
        ctx, Unit(code="CD-LON", name="Chi đoàn rất đông", kind=UnitKind.CHI_DOAN, branch_type=BranchType.DAN_CU)
    )
    ctx.close()
    con = sqlite3.connect(data_dir / "sothidua.db")
    unit_id = con.execute("SELECT id FROM units").fetchone()[0]
    con.executemany(
        "INSERT INTO members (unit_id, full_name, name_key, date_of_birth, dob_year_only, phone,"
        " is_party_member, ebook_issued, ecard_issued, residence_activity, training_registered,"
        " created_at, updated_at) VALUES (?, ?, ?, '2001-01-01', 0, '0912345678', 0, 1, 1, 1, 1,"
        " '2026-01-01', '2026-01-01')",
        [(unit_id, f"Nguyễn Văn {i}", f"nguyen van {i}") for i in range(5000)],
    )
    con.commit()
    prev = con.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    from datetime import datetime, timedelta

    rows, at = [], datetime(2026, 1, 1)
    for i in range(100_000):
        at += timedelta(seconds=1)
        after = audit.canonical({"full_name": f"Nguyễn Văn {i % 5000}", "phone": "0912345678"})
        h = audit.entry_hash(prev, at, "bench", "update", "member", str(i % 5000 + 1), "CD-LON", None, after)
        rows.append(
            (at.isoformat(sep=" "), "bench", "update", "member", str(i % 5000 + 1), "CD-LON", None, after, prev, h)
        )
        prev = h
    con.executemany(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, unit_code, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.commit()
    con.close()
    att = data_dir / "attachments"
    for i in range(200):
        d = att / f"{i:02x}"[:2]
        d.mkdir(parents=True, exist_ok=True)
        (d / f"anh-{i}.jpg").write_bytes(os.urandom(200 * 1024))


def main() -> int:
    from desktop.paths import DataDir
    from desktop.services.safety import backup, integrity, restoring
    from db.integrity import integrity_check

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        build(data_dir)
        data = DataDir(data_dir)
        size_mb = data.database.stat().st_size / 1e6
        results = [
            row(
                "quick_check at start (db %.0f MB)" % size_mb,
                measure(lambda: integrity_check(data.database, full=False), repeat=3),
                target_s=2.0,
            ),
            row("full integrity_check", measure(lambda: integrity_check(data.database, full=True), repeat=3)),
        ]
        made = []
        results.append(
            row(
                "backup (db + 40 MB of files, zip)",
                measure(lambda: made.append(backup.create_backup(data, kind="manual")), repeat=3),
                target_s=10.0,
            )
        )
        results.append(
            row(
                "full check (integrity, chain of 100k, hashes)",
                measure(lambda: integrity.full_check(data_dir), repeat=1),
            )
        )
        results.append(
            row("verify a backup before rotation", measure(lambda: backup.verify_backup(made[-1].path), repeat=1))
        )
        results.append(
            row(
                "restore (backs up first)",
                measure(lambda: restoring.restore_backup(data, made[-1].path), repeat=1),
                peak_mb=peak_rss_mb(),
            )
        )
    print_rows(results)
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
