"""The application context: passed explicitly from app.py / cli.py, never a global."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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
