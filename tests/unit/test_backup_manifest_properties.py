"""Property-based tests (hypothesis) for the backup parsers (issue 8 §7): whatever bytes a
backup file holds, reading it never crashes and never writes outside the data folder."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.safety import backup
from desktop.services.safety import backup_archive as svc

HEX = st.text("0123456789abcdef", min_size=64, max_size=64)
SEGMENT = st.from_regex(r"\A[A-Za-z0-9._-]{1,20}\Z").filter(lambda s: s not in (".", ".."))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


@st.composite
def manifests(draw) -> svc.Manifest:
    files = draw(
        st.lists(
            st.tuples(st.lists(SEGMENT, min_size=1, max_size=3), st.integers(0, 10**9), HEX),
            max_size=6,
            unique_by=lambda t: "/".join(t[0]),
        )
    )
    return svc.Manifest(
        created_at=draw(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))).replace(
            microsecond=0
        ),
        kind=draw(st.sampled_from(sorted(svc.KINDS))),
        app_version=draw(st.text(max_size=12)),
        schema_revision=draw(st.none() | st.from_regex(r"\A[0-9]{4}\Z")),
        unit_code=None,
        unit_name=None,
        db_size=draw(st.integers(0, 10**10)),
        db_sha256=draw(HEX),
        counts=draw(st.dictionaries(st.text(min_size=1, max_size=20), st.integers(0, 10**7), max_size=8)),
        integrity=draw(st.just("ok") | st.text(max_size=50)),
        audit=draw(
            st.none()
            | st.fixed_dictionaries(
                {
                    "count": st.integers(0, 10**6),
                    "last_id": st.none() | st.integers(1, 10**6),
                    "last_hash": st.none() | HEX,
                }
            )
        ),
        attachments=tuple(svc.FileEntry("/".join(p), size, h) for p, size, h in files),
    )


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(manifests())
def test_a_manifest_survives_the_round_trip(m):
    data = json.dumps(m.to_json(), ensure_ascii=False).encode("utf-8")
    assert svc.parse_manifest(data) == m


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_manifest_or_a_vietnamese_error(data):
    try:
        svc.parse_manifest(data)
    except svc.BackupError as exc:
        assert "sao lưu" in str(exc) or "Tệp" in str(exc)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(JSON)
def test_any_json_gives_a_manifest_or_a_vietnamese_error(value):
    try:
        svc.parse_manifest(json.dumps(value).encode())
    except svc.BackupError:
        pass


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(
    manifests(),
    st.sampled_from(
        ["format", "format_version", "created_at", "kind", "database", "counts", "attachments", "audit", "integrity"]
    ),
    JSON,
)
def test_any_field_replaced_by_junk_is_refused_or_still_valid(m, key, junk):
    j = m.to_json()
    j[key] = junk
    try:
        parsed = svc.parse_manifest(json.dumps(j).encode())
    except svc.BackupError:
        return
    # Accepted only when the junk happens to be a valid value for that field.
    assert isinstance(parsed, svc.Manifest)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=80))
def test_attachment_paths_never_leave_the_attachments_folder(text):
    root = Path("/du-lieu/attachments")
    try:
        rel = svc.safe_relative(text)
    except svc.BackupError:
        return
    target = root.joinpath(*PurePosixPath(rel).parts)
    assert ".." not in PurePosixPath(rel).parts and not PurePosixPath(rel).is_absolute()
    assert root in target.parents and "\\" not in rel and ":" not in rel


def _valid_zip() -> bytes:
    m = svc.Manifest(
        created_at=datetime(2026, 11, 21, 9, 0),
        kind="manual",
        app_version="0.1.0",
        schema_revision="0009",
        unit_code="CD-TDP3",
        unit_name="Chi đoàn Tổ dân phố số 3",
        db_size=4,
        db_sha256="0" * 64,
        counts={"members": 4},
        integrity="ok",
        audit=None,
        attachments=(svc.FileEntry("ab/ab12.jpg", 3, "1" * 64),),
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", json.dumps(m.to_json()))
        zf.writestr("sothidua.db", b"SQLi")
        zf.writestr("attachments/ab/ab12.jpg", b"anh")
    return buf.getvalue()


VALID_ZIP = _valid_zip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(st.integers(0, len(VALID_ZIP) - 1), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(0, len(VALID_ZIP)),
)
def test_a_damaged_backup_file_is_reported_not_crashed_on(tmp_path, flips, cut):
    data = bytearray(VALID_ZIP)
    for pos, value in flips:
        data[pos] = value
    path = tmp_path / "sothidua-20261121-090000-manual.zip"
    path.write_bytes(bytes(data[: max(cut, 1)]))
    info = svc.read_backup(path)
    assert info.good or info.problem
    assert isinstance(backup.verify_backup(path), list)
