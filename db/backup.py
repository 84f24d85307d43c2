"""Consistent copies of a live SQLite database through SQLite's backup API.

Never a file copy: with WAL the main file alone can miss committed transactions (Vorta's bug).
The copy is written to a temporary file, fsynced and renamed, so a crash leaves either the old
state or the complete new copy.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sqlite_backup(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    fsync_dir(dest.parent)
    return dest


def atomic_write_bytes(dest: Path, data: bytes) -> Path:
    """Write a whole file so that a crash or power cut leaves either no file (or the old one)
    or the complete new one: temporary file in the same folder, fsync, rename, fsync the folder.

    For attachments, outbox packages and every other file the app keeps (issue 8)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    fsync_dir(dest.parent)
    return dest


def atomic_copy_file(source: Path, dest: Path, *, chunk: int = 1 << 20) -> Path:
    """Copy ``source`` to ``dest`` with the same guarantee as ``atomic_write_bytes``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
    try:
        with open(source, "rb") as src, open(tmp, "wb") as fh:
            while True:
                block = src.read(chunk)
                if not block:
                    break
                fh.write(block)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    fsync_dir(dest.parent)
    return dest
