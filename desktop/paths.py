"""Where resources, translations and user data live (also when frozen by PyInstaller)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_ID

ENV_DATA_DIR = "SOTHIDUA_DATA_DIR"


def install_root() -> Path:
    """The folder holding resources/ and translations/: the repository, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def catalogs_dir() -> Path:
    return resources_dir() / "catalogs"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def schemas_dir() -> Path:
    return resources_dir() / "schemas"


def translations_dir() -> Path:
    return install_root() / "translations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, appauthor=False, roaming=True))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then $SOTHIDUA_DATA_DIR, then the per-user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class DataDir:
    """The layout of one installation's data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "sothidua.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> "DataDir":
        for p in (self.root, self.backups, self.attachments, self.outbox, self.keys, self.logs):
            p.mkdir(parents=True, exist_ok=True)
        return self
