"""The hub's database, for the hub commands (``sothidua hub …``) and the city demo.

The command line reaches the hub's store through the services, as it reaches an installation's
data; the store itself (its tables and Alembic path) is db/hub/store.py, the hub server gets it
from desktop/hubapp.py.
"""

from __future__ import annotations

from db.hub.store import HubStore


def open_hub_store(url: str) -> HubStore:
    """The hub database at ``url`` (a SQLAlchemy URL), upgraded to the newest schema when older,
    exactly as ``hub serve --db URL`` opens it."""
    return HubStore(url)
