"""Unit identity, enrolment, the durable outbox, export and receipts (issue 7 items 1, 3, 4)."""

from __future__ import annotations

import json
import os
import stat
import zipfile

import pytest

from desktop.domain.errors import DomainError
from desktop.services.exchange import sending, sync
from desktop.sync import package as pkg
from desktop.sync.keys import KeyStore
from tests.sync.conftest_sync import pair  # noqa: F401  (the fixture)
from tests.sync.conftest_sync import (  # noqa: F401
    BRANCH,
    CAMPAIGN,
    DCS,
    OTHER,
    enrol,
    import_bytes,
    open_unit,
    outbox_bytes,
    pair,
    put_quarterly,
    quarterly_data,
)


def test_key_is_created_at_first_use_and_kept(tmp_path):
    ctx = open_unit(tmp_path / "a", BRANCH)
    assert not (ctx.data.keys / "identity.key").exists()
    info = sync.identity(ctx)
    assert len(info.fingerprint) == 39 and info.fingerprint.count("-") == 7
    if os.name == "posix":
        assert stat.S_IMODE((ctx.data.keys / "identity.key").stat().st_mode) == 0o600
    assert sync.identity(ctx).fingerprint == info.fingerprint
    ctx.close()
    again = open_unit(tmp_path / "a", BRANCH)
    assert sync.identity(again).fingerprint == info.fingerprint  # survives a restart
    again.close()


def test_two_first_uses_end_with_one_key(tmp_path):
    a, b = KeyStore(tmp_path / "k"), KeyStore(tmp_path / "k")
    assert a.identity().fingerprint == b.identity().fingerprint


def test_fingerprint_is_shown_on_both_sides(tmp_path, capsys):
    from tests.conftest import run_cli

    b, d = tmp_path / "b", tmp_path / "d"
    run_cli(
        "unit",
        "init",
        "--code",
        BRANCH.code,
        "--name",
        BRANCH.name,
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
        "--parent",
        DCS.code,
        data_dir=b,
    )
    run_cli("unit", "init", "--code", DCS.code, "--name", DCS.name, "--kind", "doan-co-so", data_dir=d)
    code, out, err = run_cli("sync", "enrol-export", "--out", str(tmp_path / "e.stpkg"), data_dir=b)
    assert code == 0, err
    fp = out.split("đối chiếu): ")[1].strip()
    code, out2, err = run_cli("sync", "enrol-import", str(tmp_path / "e.stpkg"), data_dir=d)
    assert code == 0, err
    assert fp in out2 and "Chi đoàn Tổ dân phố số 3" in out2 and "gọi điện" in out2
    code, out3, _ = run_cli("sync", "units", "--json", data_dir=d)
    [u] = json.loads(out3)
    assert u == {**u, "unit": BRANCH.code, "relation": "child", "fingerprint": fp}
    code, out4, _ = run_cli("unit", "show", "--json", data_dir=d)  # the branch is now in the tree
    assert code == 0


def test_enrolment_of_a_unit_that_is_neither_child_nor_parent(pair, tmp_path):
    far = open_unit(
        tmp_path / "xa",
        OTHER.__class__(
            code="CD-XA",
            name="Chi đoàn xã khác",
            kind=OTHER.kind,
            branch_type=OTHER.branch_type,
            parent_code="DCS-KHAC",
        ),
    )
    f = tmp_path / "xa.stpkg"
    sync.enrol_export(far, f)
    with pytest.raises(DomainError, match="không phải đơn vị trực thuộc"):
        sync.enrol_import(pair.dcs, f)
    far.close()


def test_enrolment_file_that_was_tampered_is_refused(pair, tmp_path):
    f = tmp_path / "e.stpkg"
    sync.enrol_export(pair.branch, f)
    with zipfile.ZipFile(f) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    data = json.loads(entries["data.json"])
    data["unit"]["name"] = "Chi đoàn giả mạo"
    entries["data.json"] = pkg.canonical_json(data)
    bad = tmp_path / "bad.stpkg"
    with zipfile.ZipFile(bad, "w") as zf:
        for n, d in entries.items():
            zf.writestr(n, d)
    with pytest.raises(DomainError, match="không khớp mã băm"):
        sync.enrol_import(pair.dcs, bad)


def test_rotation_is_accepted_through_the_old_key(pair, tmp_path):
    old_pkg = outbox_bytes(pair.branch, put_quarterly(pair.branch, quarter=2))
    before = sync.identity(pair.branch).fingerprint
    after = sync.rotate_key(pair.branch)
    assert after.fingerprint != before and after.rotations == 1
    f = tmp_path / "rot.stpkg"
    sync.enrol_export(pair.branch, f)
    res = sync.enrol_import(pair.dcs, f)
    assert res.status == "rotated" and before in res.message
    [view] = [u for u in sync.enrolled_units(pair.dcs) if u.unit_code == BRANCH.code]
    assert view.fingerprint == after.fingerprint
    # a package signed before the rotation and still on the stick is accepted; new ones too
    assert import_bytes(pair.dcs, old_pkg, tmp_path, "cu.stpkg").status == "accepted"
    assert (
        import_bytes(pair.dcs, outbox_bytes(pair.branch, put_quarterly(pair.branch)), tmp_path, "moi.stpkg").status
        == "accepted"
    )
    # rotating twice before the parent hears of it still chains back to the known key
    sync.rotate_key(pair.branch)
    sync.rotate_key(pair.branch)
    sync.enrol_export(pair.branch, f)
    assert sync.enrol_import(pair.dcs, f).status == "rotated"


def test_outbox_item_survives_restart_with_its_file(tmp_path):
    ctx = open_unit(tmp_path / "b", BRANCH)
    item = put_quarterly(ctx)
    assert item.status == "pending" and item.version == 1
    path = ctx.data.outbox / item.file_name
    assert path.exists() and pkg.sha256_hex(path.read_bytes()) == item.sha256
    ctx.close()
    ctx = open_unit(tmp_path / "b", BRANCH)
    [again] = sync.outbox(ctx)
    assert again.package_id == item.package_id and again.status == "pending"
    assert not [p for p in ctx.data.outbox.iterdir() if p.name.startswith(".")]  # no temporaries
    ctx.close()


def test_a_new_submission_is_a_new_version_never_a_changed_one(pair):
    a = put_quarterly(pair.branch, share=0.5)
    first_bytes = outbox_bytes(pair.branch, a)
    b = put_quarterly(pair.branch, share=0.9)
    assert (b.version, b.supersedes) == (2, a.package_id)
    assert outbox_bytes(pair.branch, a) == first_bytes


def test_recover_outbox_after_a_crash_between_file_and_row(tmp_path):
    ctx = open_unit(tmp_path / "b", BRANCH)
    item = put_quarterly(ctx)
    (ctx.data.outbox / "SoThiDua_orphan.stpkg").write_bytes(b"half")
    (ctx.data.outbox / ".x.stpkg.1234.tmp-sothidua").write_bytes(b"half")
    assert sync.recover_outbox(ctx)["orphans"] == 0  # maybe being written right now: left alone
    report = sync.recover_outbox(ctx, min_age_s=0)
    assert report == {"temporaries": 1, "orphans": 1, "missing": []}
    assert [p.name for p in ctx.data.outbox.iterdir()] == [item.file_name]
    ctx.close()


def test_crash_leftovers_are_cleared_the_first_time_the_outbox_is_used(tmp_path):
    """No need to open the outbox page: the status bar's first look at the outbox (at start)
    clears an hour-old half-written package; a package being written now is left alone."""
    ctx = open_unit(tmp_path / "b", BRANCH)
    item = put_quarterly(ctx)  # first use: nothing to clear yet
    sync._RECOVERED.discard(str(ctx.data.root))  # as after a restart of the app
    old = ctx.data.outbox / "SoThiDua_do_dang.stpkg"
    old.write_bytes(b"half")
    os.utime(old, (old.stat().st_mtime - 7200,) * 2)
    fresh = ctx.data.outbox / ".y.stpkg.99.tmp-sothidua"
    fresh.write_bytes(b"half")
    assert sync.outbox_counts(ctx) == {"pending": 1}
    assert sorted(p.name for p in ctx.data.outbox.iterdir()) == sorted([fresh.name, item.file_name])
    ctx.close()


def test_export_marks_items_and_reexport_sends_the_same_bytes(pair, tmp_path):
    item = put_quarterly(pair.branch)
    usb = tmp_path / "usb"
    [d] = sync.export_outbox(pair.branch, usb)
    name = sending.file_name_for(pair.branch, item)  # the name a person recognises, as "Nộp" saves it
    assert name.startswith("BaoCaoQuy") and name != item.file_name
    assert d.ok and (usb / name).read_bytes() == outbox_bytes(pair.branch, item)
    [again] = sync.outbox(pair.branch)
    assert again.status == "exported" and again.exported_to == str(usb / name)
    assert sync.export_outbox(pair.branch, usb) == []  # nothing pending any more
    [d2] = sync.export_outbox(pair.branch, tmp_path / "usb2", [item.package_id])
    assert (tmp_path / "usb2" / name).read_bytes() == (usb / name).read_bytes()


def test_export_to_an_unwritable_place_keeps_items_pending(pair, tmp_path):
    put_quarterly(pair.branch)
    blocker = tmp_path / "la-tep"
    blocker.write_text("x")
    [d] = sync.export_outbox(pair.branch, blocker / "usb")
    assert not d.ok and "Không tạo được thư mục" in d.detail
    assert [i.status for i in sync.outbox(pair.branch)] == ["pending"]


def test_tampered_outbox_file_is_not_exported(pair, tmp_path):
    item = put_quarterly(pair.branch)
    (pair.branch.data.outbox / item.file_name).write_bytes(b"PK garbage")
    [d] = sync.export_outbox(pair.branch, tmp_path / "usb")
    assert not d.ok and "bị thay đổi" in d.detail
    assert not (tmp_path / "usb" / item.file_name).exists()


def test_receipts_close_the_loop(pair, tmp_path):
    ok = put_quarterly(pair.branch, quarter=1)
    elsewhere = sync.put_in_outbox(
        pair.branch,
        kind="quarterly",
        recipient={"code": "DCS-LECHAN", "name": ""},
        data={**quarterly_data(quarter=2), "period": "2027"},
        title="Quý II",
        campaign=CAMPAIGN,
        period="2026",
        quarter=2,
    )
    up = tmp_path / "up"
    sync.export_outbox(pair.branch, up)
    outs = {o.package_id: o for o in sync.import_paths(pair.dcs, [up])}
    assert outs[ok.package_id].status == "accepted"
    assert outs[elsewhere.package_id].status == "rejected"  # data says 2027, manifest 2026
    down = tmp_path / "down"
    [receipt] = sync.outbox(pair.dcs)
    assert receipt.kind == "receipt" and receipt.recipient_code == BRANCH.code
    sync.export_outbox(pair.dcs, down)
    [o] = sync.import_paths(pair.branch, [down])
    assert o.status == "accepted"
    items = {i.package_id: i for i in sync.outbox(pair.branch)}
    assert items[ok.package_id].status == "received"
    assert items[elsewhere.package_id].status == "rejected"
    assert "mâu thuẫn" in items[elsewhere.package_id].reason
    # importing the receipt again changes nothing
    [o2] = sync.import_paths(pair.branch, [down])
    assert o2.status == "duplicate"


def test_cli_outbox_export_and_import_json(pair, tmp_path):
    from tests.conftest import run_cli

    item = put_quarterly(pair.branch)
    code, out, err = run_cli("sync", "outbox", "--json", data_dir=pair.branch.data.root)
    assert code == 0, err
    [row] = json.loads(out)
    assert row["package_id"] == item.package_id and row["status"] == "pending" and row["status_vi"] == "Chờ gửi"
    code, out, err = run_cli("sync", "export", "--out", str(tmp_path / "usb"), data_dir=pair.branch.data.root)
    assert code == 0 and "Đã xuất 1/1" in out
    (tmp_path / "usb" / "hong.stpkg").write_bytes(b"PK\x03\x04broken")
    name = sending.file_name_for(pair.branch, item)
    code, out, err = run_cli(
        "sync", "import", str(tmp_path / "usb"), str(tmp_path / "usb" / name), "--json", data_dir=pair.dcs.data.root
    )
    assert code == 0, err
    res = json.loads(out)
    assert [set(r) for r in res] == [{"file", "package_id", "status", "reason"}] * 2
    by_file = {os.path.basename(r["file"]): r for r in res}
    assert by_file["hong.stpkg"]["status"] == "rejected" and by_file["hong.stpkg"]["package_id"] is None
    assert by_file[name] == {
        "file": str(tmp_path / "usb" / name),
        "package_id": item.package_id,
        "status": "accepted",
        "reason": "",
    }
