"""Durable file writes: temporary file in the same folder + fsync + rename (+ fsync of the folder).

A reader (or a process started after a power cut) sees either the old file or the whole new
one, never half of it. Used for the outbox, received packages, exported files and keys.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

TMP_SUFFIX = ".tmp-sothidua"


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (no-op on Windows)."""
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, *, mode: int | None = None, exclusive: bool = False, sync_dir: bool = True
) -> bool:
    """Write ``data`` to ``path`` durably. With ``exclusive`` an existing file is left alone
    and False is returned (the first writer wins). ``sync_dir=False`` leaves the folder's fsync
    to the caller (one ``fsync_dir`` after writing many files)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{TMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, mode if mode is not None else 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links: fall back to create-if-absent
                if path.exists():
                    return False
                os.replace(tmp, path)
        else:
            os.replace(tmp, path)
        if sync_dir:
            fsync_dir(path.parent)
        return True
    finally:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files left by a write that was interrupted (crash, power cut)."""
    n = 0
    if not Path(folder).is_dir():
        return 0
    for p in Path(folder).glob(f".*{TMP_SUFFIX}"):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n
