"""``create_app(db_url)``: the hub server (desktop/sync/hub) on its database (db/hub).

It wires desktop.sync (protocol, routes) to db (storage), which must not import each other, so
it sits beside the services in the layers (pyproject, import-linter "Layers")."""

from __future__ import annotations

from db.hub.store import HubStore
from desktop.sync.hub.app import build_app

ENV_ADMIN_TOKEN = "SOTHIDUA_HUB_ADMIN_TOKEN"


def create_app(db_url: str = "sqlite:///hub.db", **kw):
    """The admin page's token comes from $SOTHIDUA_HUB_ADMIN_TOKEN (never the command line, where
    ``ps`` would show it); without it the page says it is switched off."""
    import os

    kw.setdefault("admin_token", os.environ.get(ENV_ADMIN_TOKEN) or None)
    return build_app(HubStore(db_url), **kw)


def app_from_env():
    """For ``uvicorn --factory`` with several workers (hub serve --workers N)."""
    import os

    return create_app(
        os.environ.get("SOTHIDUA_HUB_DB", "sqlite:///hub.db"),
        max_package_bytes=int(os.environ.get("SOTHIDUA_HUB_MAX_BYTES", str(64 * 1024 * 1024))),
        silent_days=int(os.environ.get("SOTHIDUA_HUB_SILENT_DAYS", "14")),
    )
