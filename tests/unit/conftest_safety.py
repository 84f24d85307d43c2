"""Fixtures and helpers for the data-safety tests (issue 8). Import explicitly:

from tests.unit.conftest_safety import roster_ctx, damage, dump  # noqa: F401
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

MEMBERS = [
    ("Nguyễn Thị Hoa", date(2001, 3, 14), "0912345678", "031201001234", True, date(2022, 5, 19)),
    ("Trần Văn Đức", date(2008, 9, 2), "0987654321", None, False, None),  # a minor
    ("Phạm Minh Ngọc", date(1999, 12, 30), None, "031199004567", False, None),
    ("Lê Thị Thu Hà", date(2003, 6, 1), "0904111222", None, False, None),
]


def add_roster(ctx, unit_code: str = "CD-TDP3") -> list[int]:
    from desktop.domain.members import Member
    from desktop.services.membership.members import add_member

    ids = []
    for name, dob, phone, cccd, party, party_date in MEMBERS:
        _, m = add_member(
            ctx,
            unit_code,
            Member(
                id=None,
                unit_code=unit_code,
                full_name=name,
                date_of_birth=dob,
                gender="nu",
                phone=phone,
                id_number=cccd,
                is_party_member=party,
                party_join_date=party_date,
                residence="Tổ dân phố số 3",
                ebook_issued=True,
            ),
            entry_date=date(2026, 1, 5),
        )
        ids.append(m.id)
    return ids


@pytest.fixture
def roster_ctx(branch_ctx):
    branch_ctx.member_ids = add_roster(branch_ctx)
    return branch_ctx


def add_evidence_file(ctx, name: str = "Ảnh Chủ nhật xanh.jpg", content: bytes = b"\xff\xd8anh") -> object:
    from desktop.services.attachments import add_attachment

    src = Path(ctx.data.root).parent / name
    src.write_bytes(content)
    return add_attachment(ctx, "CD-TDP3", "volunteer_activity", 1, src)


def dump(path: Path) -> list[str]:
    """Every row of every table (schema and content), to compare databases exactly."""
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def tree_hashes(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def damage(path: Path, *, header: bool = False) -> None:
    """Overwrite part of a database page (or the header) as a failing disk would."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    # The members table's root page: damaging it makes every quick_check fail.
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='members'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        if header:
            fh.write(b"this is not a database any more" * 4)
        else:
            fh.seek(page * (root - 1) + 8)
            fh.write(os.urandom(64) + b"\xff" * 200)
        fh.flush()
        os.fsync(fh.fileno())
