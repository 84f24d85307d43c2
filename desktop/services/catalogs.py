"""Catalogs available to this installation: the bundled files plus the commune's local models
stored in the database (issue 10; BRIEF §5.0: localities may add models beyond the 11)."""

from __future__ import annotations

from desktop.domain.catalog import Catalog, CatalogError, load_catalogs
from desktop.domain.errors import DomainError
from desktop.paths import catalogs_dir


def bundled_catalogs() -> dict[str, Catalog]:
    return load_catalogs(catalogs_dir())


def _ctx_of(cli_or_ctx):
    if cli_or_ctx is None:
        return None
    if hasattr(cli_or_ctx, "uow"):
        return cli_or_ctx
    if hasattr(cli_or_ctx, "context"):
        try:
            return cli_or_ctx.context()
        except (DomainError, OSError):  # no usable data folder: bundled catalogs only
            return None
    return None


def local_catalogs(ctx) -> dict[str, Catalog]:
    """The newest version of each local model stored in the database."""
    from db.repo import commune as repo
    from desktop.domain.commune import parse_local_model

    out: dict[str, Catalog] = {}
    with ctx.uow.read() as s:
        bodies = repo.local_model_bodies(s)
    for body in bodies:
        try:
            cat = parse_local_model(body, file=f"mô hình địa phương {body.get('id')}")
        except CatalogError:
            continue  # stored after validation; a later loader change must not hide the others
        out[cat.id] = cat
    return out


def all_catalogs(cli_or_ctx=None) -> dict[str, Catalog]:
    """Bundled catalogs, then the local models (a local model never replaces a bundled id)."""
    cats = bundled_catalogs()
    ctx = _ctx_of(cli_or_ctx)
    if ctx is not None:
        for cid, cat in local_catalogs(ctx).items():
            cats.setdefault(cid, cat)
    return cats


def is_youth_catalog(cat: Catalog) -> bool:
    """Catalogs the Chi đoàn engine (desktop/domain/evaluation.py) evaluates."""
    return "chi-doan" in cat.applies_to_kinds
