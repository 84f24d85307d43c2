"""Every reason a Đoàn cơ sở refuses a package, each produced by a real malformed or tampered
file (issue 7 item 5): the file gets status "rejected" with a Vietnamese reason, is copied to the
quarantine folder with that reason, and nothing from it reaches the data."""

from __future__ import annotations

import io
import os
import zipfile

import pytest

from desktop.services.exchange import sync
from desktop.sync import package as pkg
from desktop.sync.keys import KeyStore
from tests.sync.conftest_sync import pair  # noqa: F401  (the fixture)
from tests.sync.conftest_sync import (
    BRANCH,
    CAMPAIGN,
    OTHER,
    edit_json,
    enrol,
    import_bytes,
    members,
    open_unit,
    outbox_bytes,
    put_quarterly,
    quarterly_data,
    rezip,
    stored_state,
)


@pytest.fixture
def good(pair):
    item = put_quarterly(pair.branch)
    return outbox_bytes(pair.branch, item)


def _rejected(pair, content: bytes, code: str, words: str, name: str = "goi.stpkg", status: str = "rejected"):
    before = stored_state(pair.dcs)
    out = import_bytes(pair.dcs, content, pair.tmp, name)
    assert out.status == status, out
    assert out.reason_code == code, out.reason
    assert words in out.reason
    assert stored_state(pair.dcs) == before  # nothing written from the bad package
    q = list((pair.dcs.data.quarantine).rglob("*.ly-do.txt"))
    assert any(words in p.read_text(encoding="utf-8") for p in q)
    return out


def test_a_good_package_is_accepted_and_kept_read_only(pair, good):
    out = import_bytes(pair.dcs, good, pair.tmp)
    assert out.status == "accepted" and out.reason == ""
    [row] = sync.received(pair.dcs)
    assert row.sender_code == BRANCH.code and row.is_current and row.kind == "quarterly"
    assert sync.received_data(pair.dcs, row)["evaluation"]["completion_share"] == 0.75
    assert sync.is_read_only_unit(pair.dcs, BRANCH.code)
    assert sync.stored_bytes(pair.dcs, row.stored_name) == good  # the signed original is kept


def test_duplicate_changes_nothing(pair, good):
    assert import_bytes(pair.dcs, good, pair.tmp, "a.stpkg").status == "accepted"
    state = stored_state(pair.dcs)
    outbox = [(i.package_id, i.status) for i in sync.outbox(pair.dcs)]
    out = import_bytes(pair.dcs, good, pair.tmp, "ban-sao.stpkg")
    assert out.status == "duplicate"
    assert "đã được nhận" in out.reason
    assert stored_state(pair.dcs) == state
    assert [(i.package_id, i.status) for i in sync.outbox(pair.dcs)] == outbox  # no second receipt


def test_reordered_versions_keep_the_newest_and_the_history(pair):
    v1 = outbox_bytes(pair.branch, put_quarterly(pair.branch, share=0.5))
    v2 = outbox_bytes(pair.branch, put_quarterly(pair.branch, share=0.875))
    assert import_bytes(pair.dcs, v2, pair.tmp, "v2.stpkg").status == "accepted"
    late = import_bytes(pair.dcs, v1, pair.tmp, "v1.stpkg")
    assert late.status == "superseded" and "mới hơn" in late.reason
    rows = sync.received(pair.dcs)
    current = [r for r in rows if r.is_current]
    assert [r.version for r in current] == [2]
    assert sync.received_data(pair.dcs, current[0])["evaluation"]["completion_share"] == 0.875
    history = sync.package_history(pair.dcs, BRANCH.code, current[0].subject)
    assert [(r.version, r.status) for r in history] == [(2, "accepted"), (1, "superseded")]


def test_newer_version_supersedes_in_order(pair):
    v1 = outbox_bytes(pair.branch, put_quarterly(pair.branch, share=0.5))
    v2 = outbox_bytes(pair.branch, put_quarterly(pair.branch, share=0.875))
    assert import_bytes(pair.dcs, v1, pair.tmp, "v1.stpkg").status == "accepted"
    out = import_bytes(pair.dcs, v2, pair.tmp, "v2.stpkg")
    assert out.status == "accepted" and "thay thế phiên bản 1" in out.reason
    assert [(r.version, r.status, r.is_current) for r in sync.received(pair.dcs)] == [
        (2, "accepted", True),
        (1, "superseded", False),
    ]


def test_truncated(pair, good):
    _rejected(pair, good[: len(good) // 2], "truncated", "cắt cụt")
    _rejected(pair, good[:-30], "truncated", "cắt cụt", "b.stpkg")


def test_not_a_package(pair):
    _rejected(pair, b"%PDF-1.4\n%\xe2\xe3\n1 0 obj <<>> endobj\n", "not_a_package", "Không phải gói")


def test_resigned_with_a_wrong_key(pair, tmp_path):
    thief = KeyStore(tmp_path / "thief").identity()
    forged = pkg.build(
        signer=thief,
        kind="quarterly",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=quarterly_data(share=1.0),
        campaign=CAMPAIGN,
        period="2026",
        quarter=3,
    )
    _rejected(pair, forged.content, "bad_signature", "Chữ ký số không hợp lệ")


def test_hand_edited_manifest(pair, good):
    m = members(good)
    m["manifest.json"] = edit_json(m["manifest.json"], lambda o: o.update(period="2027"))
    _rejected(pair, rezip(list(m.items())), "bad_signature", "Chữ ký số không hợp lệ")


def test_hand_edited_data(pair, good):
    m = members(good)

    def raise_share(o):
        o["evaluation"]["completion_share"] = 1.0
        o["evaluation"]["recognisable"] = True

    m["data.json"] = edit_json(m["data.json"], raise_share)
    _rejected(pair, rezip(list(m.items())), "hash_mismatch", "không khớp mã băm")


def test_hand_edited_data_with_its_hash_updated(pair, good):
    m = members(good)
    m["data.json"] = edit_json(m["data.json"], lambda o: o["evaluation"].update(completion_share=1.0))

    def fix_hash(o):
        for f in o["files"]:
            if f["path"] == "data.json":
                f["sha256"] = pkg.sha256_hex(m["data.json"])
                f["size"] = len(m["data.json"])

    m["manifest.json"] = edit_json(m["manifest.json"], fix_hash)
    _rejected(pair, rezip(list(m.items())), "bad_signature", "Chữ ký số")


def test_unknown_sender(pair, tmp_path):
    stranger = open_unit(tmp_path / "la", OTHER)
    enrol(stranger, pair.dcs, tmp_path)  # it knows the Đoàn cơ sở, but was never enrolled there
    item = put_quarterly(stranger, OTHER)
    # Held ("chờ xác nhận"), named by its sender, nothing of it stored until the sender is confirmed.
    out = _rejected(pair, outbox_bytes(stranger, item), "unknown_sender", "chưa đăng ký khóa", status="held")
    assert OTHER.name in out.reason and "Chờ xác nhận" in out.reason
    stranger.close()


def test_addressed_elsewhere(pair):
    item = sync.put_in_outbox(
        pair.branch,
        kind="quarterly",
        recipient={"code": "DCS-NGOQUYEN", "name": ""},
        data=quarterly_data(),
        title="Quý III",
        campaign=CAMPAIGN,
        period="2026",
        quarter=3,
    )
    _rejected(pair, outbox_bytes(pair.branch, item), "wrong_recipient", "DCS-NGOQUYEN")


def test_path_traversal_entry(pair, good):
    entries = list(members(good).items()) + [("../../Windows/System32/evil.dll", b"MZ")]
    _rejected(pair, rezip(entries), "unsafe_path", "đường dẫn không an toàn")
    entries = list(members(good).items()) + [("/etc/cron.d/x", b"* * * * * root sh")]
    _rejected(pair, rezip(entries), "unsafe_path", "đường dẫn không an toàn", "b.stpkg")
    entries = list(members(good).items()) + [("documents\\..\\..\\x.pdf", b"%PDF")]
    _rejected(pair, rezip(entries), "unsafe_path", "đường dẫn không an toàn", "c.stpkg")


def test_zip_bomb(pair, good):
    entries = list(members(good).items()) + [("evidence/anh.jpg", b"\0" * (3 * 1024 * 1024))]
    _rejected(pair, rezip(entries), "zip_bomb", "bom nén")


def test_zip_bomb_by_total_size(pair, good):
    from desktop.sync.verify import Limits

    entries = list(members(good).items()) + [(f"evidence/p{i}.jpg", os.urandom(200_000)) for i in range(6)]
    path = pair.tmp / "lon.stpkg"
    path.write_bytes(rezip(entries))
    [out] = sync.import_paths(pair.dcs, [path], limits=Limits(max_total_bytes=1_000_000))
    assert out.status == "rejected" and out.reason_code == "zip_bomb"


def test_oversized(pair):
    path = pair.tmp / "qua-lon.stpkg"
    with open(path, "wb") as fh:  # a sparse 65 MB file: checked by size before it is read
        fh.write(b"PK\x03\x04")
        fh.truncate(65 * 1024 * 1024)
    before = stored_state(pair.dcs)
    [out] = sync.import_paths(pair.dcs, [path])
    assert out.status == "rejected" and out.reason_code == "too_large"
    assert "quá lớn" in out.reason and "64 MB" in out.reason
    assert stored_state(pair.dcs) == before


def test_missing_signature(pair, good):
    entries = [(n, d) for n, d in members(good).items() if n != "signature.json"]
    _rejected(pair, rezip(entries), "missing_signature", "thiếu chữ ký")


def test_member_added_or_removed(pair):
    item = sync.put_in_outbox(
        pair.branch,
        kind="quarterly",
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=quarterly_data(),
        title="Quý III",
        campaign=CAMPAIGN,
        period="2026",
        quarter=3,
        documents=[pkg.Attachment("Báo cáo.pdf", b"%PDF-1.4 x")],
    )
    good = outbox_bytes(pair.branch, item)
    extra = list(members(good).items()) + [("evidence/them.jpg", b"\xff\xd8")]
    _rejected(pair, rezip(extra), "unlisted_file", "không được kê khai")
    fewer = [(n, d) for n, d in members(good).items() if not n.startswith("documents/")]
    _rejected(pair, rezip(fewer), "missing_file", "thiếu tệp", "b.stpkg")


def test_duplicate_entry_names(pair, good):
    entries = list(members(good).items()) + [("data.json", b"{}")]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for n, d in entries:
                zf.writestr(n, d)
    _rejected(pair, buf.getvalue(), "duplicate_entry", "trùng tên")


def test_personal_data_beyond_the_list_is_not_kept(pair):
    """A package carrying a member's date of birth: the receiver applies the sender's rules
    (privacy.py) before anything is stored, and says what it dropped (issue 17)."""
    data = {
        "unit": quarterly_data()["unit"],
        "campaign": CAMPAIGN,
        "period": "2026",
        "registered_on": "2025-11-05",
        "items": [],
        "member_count": 1,
        "members": [{"ref": "m-1", "full_name": "Nguyễn Thị Hoa", "date_of_birth": "2009-03-02"}],
    }
    from desktop.sync.kinds import subject_key

    ident = KeyStore(pair.branch.data.keys).identity()
    built = pkg.build(
        signer=ident,
        kind="registration",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=data,
        campaign=CAMPAIGN,
        period="2026",
        subject=subject_key("registration", campaign=CAMPAIGN, period="2026"),
    )
    out = import_bytes(pair.dcs, built.content, pair.tmp)
    assert out.status == "accepted" and "Ngày hoặc năm sinh" in out.reason
    [row] = [r for r in sync.received(pair.dcs) if r.status == "accepted"]
    assert sync.received_data(pair.dcs, row)["members"] == [{"ref": "m-1", "full_name": "Nguyễn Thị Hoa"}]
    # A field the schema does not know at all, outside the member lists, is still refused.
    data["members"] = [{"ref": "m-2", "full_name": "Lê Văn Nam"}]
    data["unit"] = dict(data["unit"], phone="0912345678")
    built = pkg.build(
        signer=ident,
        kind="registration",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=data,
        campaign=CAMPAIGN,
        period="2026",
        subject=subject_key("registration", campaign=CAMPAIGN, period="2026"),
        version=2,
    )
    _rejected(pair, built.content, "bad_data", "unit")


def test_downward_kind_from_a_child_is_refused(pair):
    ident = KeyStore(pair.branch.data.keys).identity()
    built = pkg.build(
        signer=ident,
        kind="catalog",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data={"catalog_id": "chi-doan-xhcn", "version": 9, "catalog": {}},
        subject="catalog/x",
    )
    _rejected(pair, built.content, "wrong_direction", "chỉ nhận từ đơn vị cấp trên")


def test_same_id_different_content_is_a_conflict(pair, good):
    assert import_bytes(pair.dcs, good, pair.tmp, "a.stpkg").status == "accepted"
    m = members(good)
    manifest = pkg.Manifest.from_json(__import__("json").loads(m["manifest.json"]))
    ident = KeyStore(pair.branch.data.keys).identity()
    again = pkg.build(
        signer=ident,
        kind="quarterly",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=quarterly_data(share=0.5),
        campaign=CAMPAIGN,
        period="2026",
        quarter=3,
        package_id=manifest.package_id,
    )
    _rejected(pair, again.content, "conflict", "nội dung khác", "b.stpkg")


def test_revoked_key_after_a_lost_key_replacement(pair, tmp_path):
    old_pkg = outbox_bytes(pair.branch, put_quarterly(pair.branch))
    # The branch "loses" its key: a new installation of the same unit makes a new one.
    fresh = open_unit(tmp_path / "may-moi", BRANCH)
    f = tmp_path / "moi.stpkg"
    sync.enrol_export(fresh, f)
    with pytest.raises(Exception, match="mất khóa"):
        sync.enrol_import(pair.dcs, f)
    res = sync.enrol_import(pair.dcs, f, replace_lost_key=True)
    assert res.status == "replaced"
    _rejected(pair, old_pkg, "revoked_key", "thu hồi")
    assert import_bytes(pair.dcs, outbox_bytes(fresh, put_quarterly(fresh)), pair.tmp, "m.stpkg").status == "accepted"
    fresh.close()


def test_newer_format_is_refused_with_advice(pair, good):
    m = members(good)
    m["manifest.json"] = edit_json(m["manifest.json"], lambda o: o.update(format_version=2))
    _rejected(pair, rezip(list(m.items())), "unsupported_format", "cập nhật Sổ Thi Đua")


def test_enrolment_files_go_through_enrol_import(pair, tmp_path):
    f = tmp_path / "e.stpkg"
    sync.enrol_export(pair.branch, f)
    _rejected(pair, f.read_bytes(), "wrong_direction", "enrol-import")


def test_bad_files_do_not_stop_the_good_ones(pair, good, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "1-hong.stpkg").write_bytes(good[:100])
    (folder / "2-tot.stpkg").write_bytes(good)
    (folder / "3-rac.stpkg").write_bytes(b"not a zip")
    (folder / "ghi-chu.txt").write_text("không phải gói")
    outs = sync.import_paths(pair.dcs, [folder])
    assert [o.status for o in outs] == ["rejected", "accepted", "rejected"]


# ------------------------------------------------------------------ issue 17: what a record may carry
def _registration_with(record: dict, unit=None) -> dict:
    from tests.sync.conftest_sync import unit_json

    return {
        "unit": unit_json(unit or BRANCH),
        "campaign": "chi-doan-xhcn",
        "period": "2026",
        "registered_on": "2025-11-05",
        "items": [],
        "members": [{"ref": "m-1", "full_name": "Nguyễn Thị Hoa"}],
        "member_count": 1,
        "record": record,
    }


def _signed_by_branch(pair, data: dict) -> bytes:
    from tests.sync.conftest_sync import DCS

    item = sync.put_in_outbox(
        pair.branch,
        kind="registration",
        recipient={"code": DCS.code, "name": DCS.name},
        data=data,
        title="Đăng ký 2026",
        campaign="chi-doan-xhcn",
        period="2026",
    )
    return outbox_bytes(pair.branch, item)


def test_a_siblings_record_is_refused_and_the_sibling_keeps_its_members(pair):
    from desktop.services.exchange.interchange import export_document, import_document
    from desktop.sync import privacy
    from tests.sync.conftest_sync import branch_record

    import_document(pair.dcs, branch_record(OTHER, 12, seed=7))  # the Đoàn cơ sở keeps CD-TDP7 itself
    before = sorted(m["full_name"] for m in export_document(pair.dcs, OTHER.code)["members"])
    forged = privacy.minimise_record(branch_record(OTHER, 3, seed=99))  # "CD-TDP7", 3 new members
    out = _rejected(pair, _signed_by_branch(pair, _registration_with(forged)), "foreign_record", "CD-TDP7")
    assert "chỉ gửi hồ sơ của chính mình" in out.reason or "không do" in out.reason
    assert sorted(m["full_name"] for m in export_document(pair.dcs, OTHER.code)["members"]) == before
    # Claiming to keep the sibling (parent_code = the sender) changes nothing either.
    forged["unit"]["parent_code"] = BRANCH.code
    _rejected(pair, _signed_by_branch(pair, _registration_with(forged)), "foreign_record", "CD-TDP7")
    assert sorted(m["full_name"] for m in export_document(pair.dcs, OTHER.code)["members"]) == before


def test_own_record_naming_another_parent_is_refused(pair):
    from desktop.sync import privacy
    from tests.sync.conftest_sync import branch_record

    rec = privacy.minimise_record(branch_record(BRANCH, 3))
    rec["unit"]["parent_code"] = "DCS-KHAC"
    _rejected(pair, _signed_by_branch(pair, _registration_with(rec)), "foreign_record", "DCS-KHAC")


def test_phone_numbers_and_dates_of_birth_in_a_record_are_not_kept(pair):
    import json

    from desktop.services.exchange.interchange import export_document
    from tests.sync.conftest_sync import branch_record

    full = branch_record(BRANCH, 6)  # members with phone, date of birth, ID number, address
    full.pop("format"), full.pop("version")
    full = {"format": "sothidua-unit-data", "version": 1, **full}
    out = import_bytes(pair.dcs, _signed_by_branch(pair, _registration_with(full)), pair.tmp)
    assert out.status == "accepted", out.reason
    assert "Đã bỏ dữ liệu cá nhân không được gửi lên" in out.reason and "Hồ sơ chi đoàn:" in out.reason
    [row] = [r for r in sync.received(pair.dcs) if r.status == "accepted"]
    stored = json.dumps(sync.received_data(pair.dcs, row), ensure_ascii=False)
    for leaked in ("0900000001", "031000000001", "date_of_birth", "Tổ dân phố số 2, phường Lê Chân"):
        assert leaked not in stored
    members = export_document(pair.dcs, BRANCH.code)["members"]
    assert len(members) == 6
    assert not any(
        m.get("phone") or m.get("date_of_birth") or m.get("id_number") or m.get("residence") for m in members
    )


def test_personal_fields_carried_but_not_declared_are_refused(pair):
    from desktop.sync import privacy
    from desktop.sync.kinds import subject_key
    from tests.sync.conftest_sync import branch_record

    data = _registration_with(privacy.minimise_record(branch_record(BRANCH, 3)))
    ident = KeyStore(pair.branch.data.keys).identity()
    declared = [
        f for f in privacy.personal_fields_of("registration", data, with_documents=False) if f != "record.history"
    ]
    built = pkg.build(
        signer=ident,
        kind="registration",
        sender={"code": BRANCH.code, "name": BRANCH.name},
        recipient={"code": "DCS-LECHAN", "name": ""},
        data=data,
        campaign=CAMPAIGN,
        period="2026",
        subject=subject_key("registration", campaign=CAMPAIGN, period="2026"),
        personal_fields=declared,
    )
    _rejected(pair, built.content, "inconsistent", "Hồ sơ chi đoàn: Ngày vào, chuyển đến, chuyển đi")
