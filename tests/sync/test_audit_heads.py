"""The audit chain's head travels inside every package (issue 18 §7): the recipient keeps the
sender's signed head, and the sender's `audit verify` checks its chain against the heads of the
packages it sent — an entry edited afterwards, even with every later hash recomputed, no longer
matches what the Đoàn cơ sở holds."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime

from db.audit import entry_hash
from desktop.services.safety import audit_chain
from tests.conftest import run_cli
from tests.sync.conftest_sync import import_bytes, outbox_bytes, pair, put_quarterly  # noqa: F401


def _manifest(content: bytes) -> dict:
    import io

    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return json.loads(zf.read("manifest.json"))


def _recompute_from(db_path, victim: int) -> None:
    con = sqlite3.connect(db_path)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET actor = 'nguoi-khac' WHERE id = ?", (victim,))
    rows = con.execute(
        "SELECT id, at, actor, action, entity, entity_id, unit_code, before_json, after_json, "
        "prev_hash FROM audit_log WHERE id >= ? ORDER BY id",
        (victim,),
    ).fetchall()
    prev = rows[0][9]
    for id_, at, actor, action, entity, entity_id, unit, bj, aj, _p in rows:
        h = entry_hash(prev, datetime.fromisoformat(at), actor, action, entity, entity_id, unit, bj, aj)
        con.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, id_))
        prev = h
    con.commit()
    con.close()


def test_the_head_is_signed_into_the_package_and_kept_by_the_recipient(pair):
    with pair.branch.uow.read() as s:
        from db import audit as audit_db

        head = audit_db.head(s)
    item = put_quarterly(pair.branch)
    content = outbox_bytes(pair.branch, item)
    assert _manifest(content)["audit_head"] == head
    out = import_bytes(pair.dcs, content, pair.tmp)
    assert out.status == "accepted"
    assert audit_chain.verify(pair.branch)["ok"] and audit_chain.verify(pair.branch)["sent_packages"]["checked"] == 1


def test_an_edit_after_sending_is_found_against_the_sent_heads(pair):
    item = put_quarterly(pair.branch)
    sent_head = _manifest(outbox_bytes(pair.branch, item))["audit_head"]
    root = pair.branch.data.root
    pair.branch.uow.dispose()
    _recompute_from(root / "sothidua.db", 2)
    code, out, err = run_cli("audit", "verify", data_dir=root)
    assert code == 1, out + err
    assert f"mục số {sent_head['last_id']} khác so với gói “Báo cáo quý 3”" in out
    assert "bên nhận giữ bản đã ký" in out


def test_the_parent_lists_the_heads_it_received_and_an_edit_is_provable_upstream(pair):
    import sqlite3

    item = put_quarterly(pair.branch)
    sent = _manifest(outbox_bytes(pair.branch, item))["audit_head"]
    assert import_bytes(pair.dcs, outbox_bytes(pair.branch, item), pair.tmp).status == "accepted"
    code, out, err = run_cli("audit", "heads", "--json", data_dir=pair.dcs.data.root)
    assert code == 0, err
    [kept] = json.loads(out)
    assert kept["sender"] == "CD-TDP3" and kept["last_id"] == sent["last_id"]
    assert kept["last_hash"] == sent["last_hash"]
    # The branch edits its history and recomputes the hashes: what the parent keeps disagrees.
    root = pair.branch.data.root
    pair.branch.uow.dispose()
    _recompute_from(root / "sothidua.db", 2)
    con = sqlite3.connect(root / "sothidua.db")
    now = con.execute("SELECT hash FROM audit_log WHERE id = ?", (kept["last_id"],)).fetchone()[0]
    con.close()
    assert now != kept["last_hash"]
