"""Catalogs available to this installation: the bundled files plus (later) catalog updates
received from the upper level and the commune's local models stored in the database."""

from __future__ import annotations

from desktop.domain.catalog import Catalog, load_catalogs
from desktop.paths import catalogs_dir


def bundled_catalogs() -> dict[str, Catalog]:
    return load_catalogs(catalogs_dir())


def all_catalogs(cli_or_ctx=None) -> dict[str, Catalog]:
    """Bundled catalogs; extended by catalog updates and local models (issues 7 and 10)."""
    return bundled_catalogs()
