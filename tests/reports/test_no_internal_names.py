"""Every document kind, rendered and read back page by page, names nothing internal (issue 19
item 3): no setting key, field name, source file, internal user, command or format hint."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.services.reporting.report_scope import kinds_for
from desktop.services.reporting.reports import ReportRequest, generate
from tests.internal_names import offences
from tests.reports import pdftools, seed

pytestmark = pdftools.needs_poppler
pytest_plugins = ["tests.unit.conftest_commune"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from desktop.services.context import open_context

    d = tmp_path_factory.mktemp("seeded") / "data"
    ctx = open_context(d, actor="seed")
    ctx.today = lambda: seed.TODAY
    seed.seed(ctx)
    ctx.close()
    return d


@pytest.fixture
def dcs(seeded, tmp_path):
    from desktop.services.context import open_context

    d = tmp_path / "data"
    shutil.copytree(seeded, d)
    ctx = open_context(d, actor="test")
    ctx.today = lambda: seed.TODAY
    yield ctx
    ctx.close()


def _requests():
    for k in kinds_for(seed.DCS):
        if k.scope == "branch":
            for b in ("CD-TDP3", "CD-UBND", "CD-12A1"):
                yield k.key, ReportRequest(k.key, "2026", branch=b, quarter=3 if k.needs_quarter else None)
        else:
            yield k.key, ReportRequest(k.key, "2026")


def test_every_document_kind_names_nothing_internal(dcs):
    found = {}
    for key, req in _requests():
        try:
            out = generate(dcs, req)
        except DomainError:  # e.g. the school branch has no registration for its school year
            continue
        for i, page in enumerate(pdftools.pages_text(out.pdf), 1):
            bad = offences(" ".join(page.split()))
            if bad:
                found[f"{key} {req.branch or ''} p.{i}"] = bad
        assert not offences(out.file_name), out.file_name
        assert out.notes == () or not offences(" ".join(out.notes)), out.notes
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_commune_documents_name_nothing_internal(commune_year):
    from desktop.services.commune_party import documents as commune_documents

    found = {}
    for kind, kw in (("review", {"as_of": date(2027, 1, 1)}), ("programme", {}), ("quarterly", {"quarter": 3})):
        doc = commune_documents.generate_document(commune_year, kind, period="2026", **kw)
        for i, page in enumerate(pdftools.pages_text(doc.pdf), 1):
            bad = offences(" ".join(page.split()))
            if bad:
                found[f"{kind} p.{i}"] = bad
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())
