"""The damaged-file start when SQLite cannot even read the schema (issue 18 §1): the question
offers the restore (no read-only look that would fail), and the restore brings the data back."""

from __future__ import annotations

import sqlite3

from desktop.services.safety import backup, integrity


def _break_a_schema_name(path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")]
    con.close()
    raw = bytearray(path.read_bytes())
    for p in pages[1:] or pages:
        i = raw.find(b"audit_log", (p - 1) * 4096, p * 4096)
        if i >= 0:
            raw[i : i + 3] = b"\xff\xfe\xfd"  # raw bytes inside SQLite's own error message
            break
    path.write_bytes(bytes(raw))


def test_an_unreadable_schema_offers_only_the_restore_and_the_restore_works(qtbot, branch_env):
    from desktop.services.membership.members import roster
    from desktop.ui.safety import DamagedDialog, open_checked_context
    from tests.unit.conftest_safety import add_roster

    ctx = branch_env.ctx
    add_roster(ctx)
    good = backup.backup_now(ctx)
    ctx.uow.dispose()
    _break_a_schema_name(ctx.data.database)

    state = integrity.startup(ctx.data.root)  # before: UnicodeDecodeError
    assert state.damaged and state.unreadable and state.newest_good.path == good.path
    dlg = DamagedDialog(state)
    qtbot.addWidget(dlg)
    assert dlg.restore_btn is not None and dlg.read_only_btn is None
    assert "quá hỏng" in dlg.informativeText()
    assert "sothidua" not in dlg.text() + dlg.informativeText()
    restored = open_checked_context(ctx.data.root, ask=lambda s: "restore")
    try:
        assert not restored.uow.read_only and len(roster(restored, "CD-TDP3")) == 4
    finally:
        restored.close()
