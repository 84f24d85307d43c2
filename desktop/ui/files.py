"""Where file dialogs open. An empty start directory makes Qt use the process's working folder,
which for an installed app is its own program folder: a saved PDF or Excel file would land where
the secretary never looks. Dialogs open in the folder used last in this session, else the user's
Documents folder (else the home folder); a suggested file name is put in that folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_last_dir: Path | None = None


def _documents() -> Path:
    for location in (QStandardPaths.DocumentsLocation, QStandardPaths.HomeLocation):
        d = QStandardPaths.writableLocation(location)
        if d and Path(d).is_dir():
            return Path(d)
    return Path.home()


def start_path(suggested_name: str = "") -> str:
    """The folder a file dialog opens in, with ``suggested_name`` (a bare name) inside it."""
    base = _last_dir if _last_dir is not None and _last_dir.is_dir() else _documents()
    if suggested_name:
        name = Path(suggested_name)
        return str(name if name.is_absolute() else base / name)
    return str(base)


def remember(chosen) -> None:
    """Record the folder of what the user chose (a path, a list of paths, or a folder)."""
    global _last_dir
    if not chosen:
        return
    p = Path(chosen[0] if isinstance(chosen, (list, tuple)) else chosen)
    _last_dir = p if p.is_dir() else p.parent


# The dialogs, opened there and remembering the choice ---------------------------------------------


def open_file(parent, title: str, filters: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getOpenFileName(parent, title, start_path(), filters)[0]
    remember(path)
    return path


def open_files(parent, title: str, filters: str = "") -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    paths = QFileDialog.getOpenFileNames(parent, title, start_path(), filters)[0]
    remember(paths)
    return paths


def save_file(parent, title: str, suggested_name: str, filters: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getSaveFileName(parent, title, start_path(suggested_name), filters)[0]
    remember(path)
    return path


def choose_folder(parent, title: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(parent, title, start_path())
    remember(folder)
    return folder
