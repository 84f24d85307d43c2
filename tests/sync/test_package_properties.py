"""Property-based tests (hypothesis): whatever happens to a package's bytes on the way (a flaky
USB stick, a chat app that re-encodes, a person with a hex editor), the importer never crashes
and never writes anything from a bad package. A mutation that leaves the signed content intact
(e.g. a ZIP timestamp) may still be accepted — then the data must be exactly the original."""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.exchange import sync
from desktop.sync import package as pkg
from desktop.sync.verify import Rejected, open_package, read_manifest
from tests.sync.conftest_sync import BRANCH, CAMPAIGN, DCS, enrol, open_unit, quarterly_data


@lru_cache(maxsize=1)
def _world():
    tmp = Path(tempfile.mkdtemp(prefix="sothidua-hyp-"))
    atexit.register(shutil.rmtree, tmp, True)
    dcs = open_unit(tmp / "dcs", DCS)
    branch = open_unit(tmp / "branch", BRANCH)
    enrol(dcs, branch, tmp)
    enrol(branch, dcs, tmp)
    item = sync.put_in_outbox(
        branch,
        kind="quarterly",
        recipient={"code": DCS.code, "name": DCS.name},
        data=quarterly_data(),
        title="Quý III",
        campaign=CAMPAIGN,
        period="2026",
        quarter=3,
        documents=[pkg.Attachment("Báo cáo quý III.pdf", b"%PDF-1.4 " * 50)],
    )
    good = (branch.data.outbox / item.file_name).read_bytes()
    return tmp, dcs, good, quarterly_data()


def _check(content: bytes) -> None:
    tmp, dcs, good, original = _world()
    path = tmp / "mutant.stpkg"
    path.write_bytes(content)
    [out] = sync.import_paths(dcs, [path])  # must not raise
    assert out.status in ("accepted", "duplicate", "rejected")
    kept = [r for r in sync.received(dcs) if r.status != "rejected"]
    assert len(kept) <= 1
    for r in kept:
        assert sync.received_data(dcs, r) == original
    if out.status == "rejected":
        assert out.reason


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_flipped_bytes(data):
    _tmp, _dcs, good, _ = _world()
    content = bytearray(good)
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(content) - 1))
        content[i] = data.draw(st.integers(0, 255))
    _check(bytes(content))


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_truncated_inserted_and_deleted_ranges(data):
    _tmp, _dcs, good, _ = _world()
    op = data.draw(st.sampled_from(["truncate", "insert", "delete", "append"]))
    i = data.draw(st.integers(0, len(good)))
    if op == "truncate":
        content = good[:i]
    elif op == "insert":
        content = good[:i] + data.draw(st.binary(min_size=1, max_size=64)) + good[i:]
    elif op == "delete":
        j = data.draw(st.integers(i, min(len(good), i + 200)))
        content = good[:i] + good[j:]
    else:
        content = good + data.draw(st.binary(min_size=1, max_size=200))
    _check(content)


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=4096))
def test_random_bytes(content):
    _check(b"PK\x03\x04" + content)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_as_manifest_never_crashes_the_reader(value):
    content = pkg.canonical_json(value) if not isinstance(value, float) else b"0"
    from tests.sync.conftest_sync import rezip

    try:
        read_manifest(open_package(rezip([("manifest.json", content), ("data.json", b"{}")])))
    except Rejected as exc:
        assert exc.code in ("bad_manifest", "unsupported_format")
    else:  # pragma: no cover - a random value is never a valid manifest
        raise AssertionError(json.dumps(value))
