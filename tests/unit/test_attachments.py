"""Evidence files are copied into the data folder with their SHA-256 (issue 4, shared service)."""

from __future__ import annotations

import hashlib

import pytest

from desktop.domain.errors import DomainError
from desktop.services import attachments as att


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "Ảnh ra quân Chủ nhật xanh.JPG"
    p.write_bytes(b"\xff\xd8\xff" + b"anh-chup-hoat-dong" * 1000)
    return p


def test_file_survives_the_original_being_moved_and_keeps_its_sha(branch_ctx, photo, tmp_path):
    a = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, photo)
    expected = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert a.sha256 == expected
    assert a.stored_name == f"{expected[:2]}/{expected}.jpg"
    assert a.original_name == "Ảnh ra quân Chủ nhật xanh.JPG"
    photo.rename(tmp_path / "moved.jpg")
    stored = att.attachment_path(branch_ctx, a)
    assert stored.is_file() and stored.parent.parent == branch_ctx.data.attachments
    assert att.verify_attachment(branch_ctx, a.id)
    assert [x.id for x in att.list_attachments(branch_ctx, "volunteer_activity", 7)] == [a.id]
    # No temporary file is left behind.
    assert not list(branch_ctx.data.attachments.glob(".tmp-*"))


def test_same_file_twice_is_one_attachment_and_one_copy(branch_ctx, photo):
    a = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, photo)
    b = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, photo)
    c = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 8, photo)
    assert a.id == b.id and c.id != a.id
    files = [p for p in branch_ctx.data.attachments.rglob("*") if p.is_file()]
    assert len(files) == 1
    assert att.count_attachments(branch_ctx, "volunteer_activity", [7, 8, 9]) == {7: 1, 8: 1}


def test_removing_keeps_the_copy_while_another_record_uses_it(branch_ctx, photo):
    a = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, photo)
    c = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 8, photo)
    path = att.attachment_path(branch_ctx, a)
    att.remove(branch_ctx, a.id)
    assert path.exists()
    att.remove(branch_ctx, c.id)
    assert not path.exists()
    assert att.list_attachments(branch_ctx, "volunteer_activity", 7) == []
    from db.audit import history

    with branch_ctx.uow.read() as s:
        h = history(s, "attachment", a.id)
    assert [e["action"] for e in h] == ["create", "delete"]
    assert h[1]["before"]["original_name"] == "Ảnh ra quân Chủ nhật xanh.JPG"


def test_a_changed_copy_is_detected(branch_ctx, photo):
    a = att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, photo)
    att.attachment_path(branch_ctx, a).write_bytes(b"tampered")
    assert not att.verify_attachment(branch_ctx, a)


def test_missing_file_is_a_vietnamese_error_and_nothing_is_written(branch_ctx, tmp_path):
    with pytest.raises(DomainError, match="Không tìm thấy tệp minh chứng"):
        att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, tmp_path / "khong-co.jpg")
    with pytest.raises(DomainError, match="thư mục"):
        att.add_attachment(branch_ctx, "CD-TDP3", "volunteer_activity", 7, tmp_path)
    assert att.list_attachments(branch_ctx, "volunteer_activity", 7) == []


def test_unknown_unit_writes_no_row(branch_ctx, photo):
    with pytest.raises(DomainError, match="Không có đơn vị"):
        att.add_attachment(branch_ctx, "KHONG-CO", "volunteer_activity", 7, photo)
    assert att.list_attachments(branch_ctx, "volunteer_activity", 7) == []
