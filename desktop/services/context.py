"""The application context: passed explicitly from app.py / cli.py, never a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from db.schema import open_database
from db.uow import UnitOfWork
from desktop.domain.catalog import Catalog, load_catalogs
from desktop.paths import DataDir, catalogs_dir


@dataclass
class AppContext:
    data: DataDir
    uow: UnitOfWork
    actor: str = "system"
    today: Callable[[], date] = field(default=date.today)
    role: str = "admin"  # admin | staff | viewer (issue 8)
    # The acting account (an auth.UserInfo) once someone logs in; None for a CLI run without one.
    user: Any = None
    # The installation's own unit of work, kept while a viewer's read-only one is in ``uow``
    # (login bookkeeping still writes through it); None until an account is applied.
    base_uow: UnitOfWork | None = None
    # Why the data is open read-only (a damaged file), shown to the user; None when it is not.
    read_only_reason: str | None = None
    # Accounts exist but this CLI run names none: administrators' actions ask for a login.
    signed_out: bool = False
    # Caches of services/catalogs.py: the catalogs in force per period, the bundled ones, and the
    # database files whose change means a catalog update may have arrived.
    catalog_cache: dict = field(default_factory=dict, repr=False, compare=False)
    bundled_catalogs: dict | None = field(default=None, repr=False, compare=False)
    db_paths: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def catalogs(self) -> dict[str, Catalog]:
        """The catalogs in force for the current period: the bundled ones, replaced by a newer
        version received from the upper level when it declares this period (issue 17)."""
        try:
            from desktop.services.catalogs import catalogs_in_force

            return catalogs_in_force(self)
        except Exception:  # noqa: BLE001 - never worse than the bundled catalogs
            return load_catalogs(catalogs_dir())

    def close(self) -> None:
        self.uow.dispose()


def open_context(data_dir: Path, *, read_only: bool = False, actor: str = "system") -> AppContext:
    data = DataDir(Path(data_dir)).ensure()
    uow = open_database(data.database, data.backups, read_only=read_only)
    return AppContext(data=data, uow=uow, actor=actor)
