"""Start-up speed (issue 13): the ``PRAGMA quick_check`` of every start (issue 8) begun on a
thread at the very start of the GUI. SQLite reads the whole file without holding Python's GIL,
so on the 2-core office PCs it runs on the second core while the app is still importing;
``integrity.startup`` takes the result instead of checking again (the same check, the same
answer: nothing writes the file in between).

Light on purpose (no SQLAlchemy): it is imported before everything else.
"""

from __future__ import annotations

import threading
from pathlib import Path

_pending: dict[str, tuple[threading.Thread, list]] = {}


def prefetch(database: Path) -> None:
    """Start the quick check of ``database`` unless a restore is waiting to be finished first
    (``desktop.services.safety.backup``: its marker and staging folder sit next to the database)."""
    database = Path(database)
    root = database.parent
    try:
        if database.stat().st_size == 0:
            return
    except OSError:
        return
    if (root / "restore-pending.json").exists() or (root / ".restore").exists():
        return
    box: list = []

    def run() -> None:
        from db.integrity import integrity_check

        box.append(integrity_check(database, full=False))

    thread = threading.Thread(target=run, name="quick_check", daemon=True)
    _pending[str(database)] = (thread, box)
    thread.start()


def take(database: Path) -> list[str] | None:
    """The problems the prefetched check found (``[]``: sound), or None when none was started."""
    item = _pending.pop(str(Path(database)), None)
    if item is None:
        return None
    thread, box = item
    thread.join()
    return box[0] if box else None
