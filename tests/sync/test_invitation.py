"""The invitation file (desktop/sync/invitation.py): what a parent writes and a branch reads."""

from __future__ import annotations

import json

import pytest

from desktop.sync import invitation as inv
from desktop.sync.keys import KeyStore

PARENT = {"code": "DCS-KIENTHUY", "name": "Đoàn xã Kiến Thụy", "kind": "doan-co-so"}
BRANCH = {
    "code": "CD-DONGHAI",
    "name": "Chi đoàn thôn Đông Hải",
    "kind": "chi-doan",
    "branch_type": "dan-cu",
    "grade": None,
}


@pytest.fixture
def parent_key(tmp_path):
    return KeyStore(tmp_path / "keys").identity()


def test_round_trip_carries_parent_key_branch_and_secret(parent_key):
    made, content = inv.create(parent_key, parent=PARENT, branch=BRANCH)
    back = inv.read(content)
    assert back == made
    assert back.parent.name == "Đoàn xã Kiến Thụy" and back.parent.fingerprint == parent_key.fingerprint
    assert back.parent_public_raw == parent_key.public_raw
    assert back.branch.code == "CD-DONGHAI" and back.branch.branch_type == "dan-cu"
    assert len(back.short_code) == 19 and back.short_code.count("-") == 3
    assert len(content) < 2048
    # a name a person recognises, not the unit's code (issue 20: "LoiMoi_CD-DONGHAI.stmoi" before)
    assert made.file_name() == "ThuMoi-ChiDoanThonDongHai.stmoi"


def test_typed_short_code_is_forgiving(parent_key):
    made, _ = inv.create(parent_key, parent=PARENT, branch=BRANCH, secret="ABCDEFGHIJKLMNOP")
    assert made.short_code == "ABCD-EFGH-IJKL-MNOP"
    assert inv.code_matches(made, "abcd efgh 1jkl mn0p")
    assert not inv.code_matches(made, "ABCD-EFGH-IJKL-MNOQ")


def test_altered_file_is_refused(parent_key):
    _made, content = inv.create(parent_key, parent=PARENT, branch=BRANCH)
    doc = json.loads(content)
    doc["invitation"]["branch"]["code"] = "CD-KHAC"
    with pytest.raises(inv.InvalidInvitation, match="bị sửa"):
        inv.read(json.dumps(doc).encode())
    doc = json.loads(content)
    doc["invitation"]["branch"]["phone"] = "0912345678"
    with pytest.raises(inv.InvalidInvitation, match="không hợp lệ"):
        inv.read(json.dumps(doc).encode())
    for junk in (b"", b"PK\x03\x04", b"{}", b"[1]", b"x" * (inv.MAX_BYTES + 1)):
        with pytest.raises(inv.InvalidInvitation):
            inv.read(junk)


def test_introduction_binds_key_to_secret_and_package(parent_key, tmp_path):
    made, _ = inv.create(parent_key, parent=PARENT, branch=BRANCH)
    branch_key = KeyStore(tmp_path / "b").identity()
    intro = inv.introduction(
        made.mac_key(),
        invitation_id=made.invitation_id,
        branch_code="CD-DONGHAI",
        public_raw=branch_key.public_raw,
        package_id="p-1",
    )
    key = made.mac_key()
    assert inv.check_introduction(key, intro, branch_code="CD-DONGHAI", package_id="p-1") == branch_key.public_raw
    assert inv.check_introduction(key, intro, branch_code="CD-DONGHAI", package_id="p-2") is None
    assert inv.check_introduction(key, intro, branch_code="CD-KHAC", package_id="p-1") is None
    other, _ = inv.create(parent_key, parent=PARENT, branch=BRANCH)
    assert inv.check_introduction(other.mac_key(), intro, branch_code="CD-DONGHAI", package_id="p-1") is None
    forged = dict(intro, public_key=KeyStore(tmp_path / "c").identity().public_b64)
    assert inv.check_introduction(key, forged, branch_code="CD-DONGHAI", package_id="p-1") is None
