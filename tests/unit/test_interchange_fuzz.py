"""Property: whatever the file holds, import never crashes and a refused file writes nothing
(issue 5 item 6: "validates … and writes all or nothing")."""

import copy
import hashlib
import sqlite3
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.services.exchange import interchange as ix
from desktop.services.context import open_context
from tests.unit.test_interchange import SAMPLE

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(
        [
            "",
            "m1",
            "hoa",
            "duc",
            "2026-02-30",
            "2026-13-01",
            "1899-01-01",
            "2026",
            "2025-2026",
            "2026-2025",
            "joined",
            "met",
            "dat",
            "chi-doan",
            "x" * 400,
            "Nguyễn",
            "CD-TDP3",
            "DCS-LECHAN",
            "-1",
            "0.25",
        ]
    )
    | st.text(max_size=12)
)
JSON = st.recursive(
    SCALARS, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3), max_leaves=6
)


def _slots(node, out):
    """Every (container, key) in the document."""
    if isinstance(node, dict):
        for k in list(node):
            out.append((node, k))
            _slots(node[k], out)
    elif isinstance(node, list):
        for i in range(len(node)):
            out.append((node, i))
            _slots(node[i], out)
    return out


def _fingerprint(ctx) -> str:
    con = sqlite3.connect(ctx.data.database)
    try:
        h = hashlib.sha256()
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            try:
                rows = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: read in key order
                rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            for row in rows:
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


@st.composite
def mutated(draw):
    doc = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        slots = _slots(doc, [])
        if not slots:
            break
        container, key = draw(st.sampled_from(slots))
        action = draw(st.sampled_from(["delete", "replace", "insert"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = draw(JSON)
        elif isinstance(container, dict):
            container[draw(st.text(max_size=8))] = draw(JSON)
        else:
            container.insert(key, draw(JSON))
    return doc


def _import_is_safe(ctx, doc) -> None:
    before = _fingerprint(ctx)
    try:
        ix.import_document(ctx, doc)
    except DomainError:
        assert _fingerprint(ctx) == before, "a refused file changed the database"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(doc=mutated())
def test_mutated_documents_never_crash_and_refusals_write_nothing(tmp_path_factory, doc):
    # One data folder for every example: an accepted file changes it, which only varies the
    # situations later examples meet (new installation, own unit, same file again).
    if "ctx" not in _SHARED:
        _SHARED["ctx"] = open_context(tmp_path_factory.mktemp("fuzz"), actor="test")
        _SHARED["ctx"].today = lambda: date(2026, 11, 21)
    _import_is_safe(_SHARED["ctx"], doc)


_SHARED: dict = {}


def teardown_module(module):
    if "ctx" in _SHARED:
        _SHARED.pop("ctx").close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=JSON)
def test_random_json_is_refused_with_a_message(ctx, doc):
    before = _fingerprint(ctx)
    try:
        ix.import_document(ctx, doc)
    except ix.InvalidDocument as exc:
        assert exc.problems and all(p.message for p in exc.problems)
    else:
        raise AssertionError("random JSON was accepted")
    assert _fingerprint(ctx) == before
