"""Where resources, translations and user data live (also when frozen by PyInstaller)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_ID

ENV_DATA_DIR = "SOTHIDUA_DATA_DIR"


# Windows' classic limit for a full path (MAX_PATH, 260 characters with the drive and the final
# NUL). The program's manifest says it is long-path aware, but that only counts where the
# "LongPathsEnabled" policy is on, which it is not by default. What the app writes goes through a
# temporary sibling (".<name>.<pid>.part", up to ~30 more characters), hence the margin.
WINDOWS_MAX_PATH = 260
_TEMP_SUFFIX_MARGIN = 32


def extended_windows_path(text: str) -> str:
    """``C:\\…`` -> ``\\\\?\\C:\\…`` and ``\\\\server\\share\\…`` -> ``\\\\?\\UNC\\server\\share\\…`` when
    the path (or its temporary sibling) would reach MAX_PATH: the extended-length form that every
    Windows file function accepts whatever the policy. Short, relative and already extended paths
    are returned as they are. Pure string work (tested on any system)."""
    if len(text) + _TEMP_SUFFIX_MARGIN < WINDOWS_MAX_PATH or text.startswith("\\\\?\\"):
        return text
    text = text.replace("/", "\\")
    if text.startswith("\\\\"):
        return "\\\\?\\UNC\\" + text[2:]
    if len(text) > 2 and text[1] == ":" and text[2] == "\\":
        return "\\\\?\\" + text
    return text


def long_path_safe(path: str | os.PathLike) -> Path:
    """A path the app can write to and read from on Windows even past 260 characters (a folder
    deep in Documents or OneDrive with long Vietnamese names); elsewhere the path unchanged."""
    p = Path(path)
    if os.name != "nt":
        return p
    return Path(extended_windows_path(str(p.absolute())))


def install_root() -> Path:
    """The folder holding resources/ and translations/: the frozen bundle, the copy an installed
    wheel carries inside the package (``desktop/_data``, written by setup.py), or the repository."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    if (installed / "resources").is_dir():
        return installed
    return package.parent


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
