"""Recovery works from any damage (issue 18 §1).

A real database (the branch demo data) is backed up, then damaged the ways a failing disk or a
stray program does: bytes flipped or overwritten anywhere (the schema pages weighted, where a
broken table name puts raw bytes into SQLite's own error message), whole pages zeroed or
randomised, the file truncated. Whatever the damage, ``check``, a read command and
``restore --latest`` end with a message, never a traceback; reading either works or says the
file is damaged and how to restore; the restore brings back the backup's data exactly.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import run_cli

PAGE = 4096


@pytest.fixture(scope="module")
def sound(tmp_path_factory):
    """A demo branch database and a good backup of it (made once)."""
    root = tmp_path_factory.mktemp("sound") / "data"
    code, out, err = run_cli("demo", "--profile", "branch", "--seed", "3", data_dir=root)
    assert code == 0, err
    code, out, err = run_cli("backup", data_dir=root)
    assert code == 0, err
    db = root / "sothidua.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    schema_pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")]
    con.close()
    members = run_cli("members", "list", "--json", data_dir=root)[1]
    return _Sound(
        {
            "db": db.read_bytes(),
            "backup": next((root / "backups").glob("*.zip")),
            "schema_pages": schema_pages,
            "members": members,
        }
    )


class _Sound(dict):
    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return "<sound database>"


def _schema_name_damage(raw: bytearray, pages: list[int]) -> None:
    """The reported case: a table name on a schema page turned into raw bytes."""
    for p in pages[1:] or pages:
        start = (p - 1) * PAGE
        i = raw.find(b"audit_log", start, start + PAGE)
        if i >= 0:
            raw[i : i + 3] = b"\xff\xfe\xfd"
            return


damages = st.one_of(
    st.tuples(st.just("schema-name")),
    st.tuples(
        st.just("bytes"), st.booleans(), st.integers(0, 10**9), st.integers(1, 300), st.binary(min_size=1, max_size=16)
    ),
    st.tuples(st.just("page"), st.booleans(), st.integers(0, 10**9), st.sampled_from([b"\x00", b"\xff", b"\xa5\x5a"])),
    st.tuples(st.just("truncate"), st.integers(1, 99)),
)


def _apply(raw: bytearray, damage: tuple, schema_pages: list[int]) -> bytes:
    kind = damage[0]
    n_pages = len(raw) // PAGE
    if kind == "schema-name":
        _schema_name_damage(raw, schema_pages)
    elif kind == "bytes":
        _, on_schema, where, length, pattern = damage
        if on_schema:
            page = schema_pages[where % len(schema_pages)]
            start = (page - 1) * PAGE + where % PAGE
        else:
            start = 100 + where % (len(raw) - 100)  # past the header: SQLite still opens it
        chunk = (pattern * (length // len(pattern) + 1))[:length]
        raw[start : start + length] = bytes(b ^ c for b, c in zip(raw[start : start + length], chunk))
    elif kind == "page":
        _, on_schema, where, fill = damage
        page = schema_pages[where % len(schema_pages)] if on_schema else 1 + where % n_pages
        start = (page - 1) * PAGE + (100 if page == 1 else 0)
        end = page * PAGE
        raw[start:end] = (fill * PAGE)[: end - start]
    elif kind == "truncate":
        del raw[len(raw) * damage[1] // 100 :]
    return bytes(raw)


def _no_traceback(code, out, err) -> None:
    assert isinstance(code, int)
    assert "Traceback" not in err and "Error:" not in err.replace("Lỗi:", "")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=damages)
def test_any_damage_is_either_read_or_refused_with_the_restore_offered_then_restored(sound, tmp_path_factory, damage):
    root = tmp_path_factory.mktemp("damaged") / "data"
    (root / "backups").mkdir(parents=True)
    shutil.copy(sound["backup"], root / "backups" / sound["backup"].name)
    (root / "sothidua.db").write_bytes(_apply(bytearray(sound["db"]), damage, sound["schema_pages"]))

    code, out, err = run_cli("check", data_dir=root)
    _no_traceback(code, out, err)
    if code != 0:  # damage found: the newest good backup is named with the way to restore it
        assert "restore --latest" in out + err

    code, out, err = run_cli("members", "list", "--json", data_dir=root)
    _no_traceback(code, out, err)
    if code != 0:
        assert "hỏng" in err and "restore" in err

    code, out, err = run_cli("restore", "--latest", data_dir=root)
    _no_traceback(code, out, err)
    assert code == 0, err
    code, out, err = run_cli("check", "--quick", data_dir=root)
    assert code == 0, out + err
    assert run_cli("members", "list", "--json", data_dir=root)[1] == sound["members"]


def test_the_reported_case_raw_bytes_in_sqlites_message(sound, tmp_path):
    """Back up, damage a table name on a schema page: check, a read, restore FILE and restore
    --latest all answer in Vietnamese (before: UnicodeDecodeError from every command)."""
    root = tmp_path / "data"
    (root / "backups").mkdir(parents=True)
    backup = root / "backups" / sound["backup"].name
    shutil.copy(sound["backup"], backup)
    raw = bytearray(sound["db"])
    _schema_name_damage(raw, sound["schema_pages"])
    (root / "sothidua.db").write_bytes(bytes(raw))

    code, out, err = run_cli("check", data_dir=root)
    assert code == 1 and "Toàn vẹn cơ sở dữ liệu: HỎNG" in out and "restore --latest" in out
    assert "codec" not in out
    code, out, err = run_cli("members", "list", data_dir=root)
    assert code == 3 and "không mở được" in err and "sothidua restore" in err
    code, out, err = run_cli("restore", str(backup), data_dir=root)
    assert code == 0 and "Đã khôi phục" in out, err
    assert run_cli("members", "list", "--json", data_dir=root)[1] == sound["members"]
    assert list((root / "quarantine").glob("du-lieu-hong-*/sothidua.db"))
