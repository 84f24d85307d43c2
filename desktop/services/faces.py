"""Faces of the service areas: one ``__init__.py`` per area names what the rest of the app uses.

A face loads a name on first use (PEP 562 module ``__getattr__``), from the module inside the
area that defines it. So areas may use each other through their faces without import-time
cycles, and a test that replaces a function in its module (``monkeypatch.setattr``) replaces it
for every caller that goes through the face. The ``if TYPE_CHECKING`` imports in each face say
the same thing to readers, editors and import-linter; tests/unit/test_faces.py checks that the
two lists agree and that every name resolves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_face(
    package: str, exports: dict[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the face ``package``: ``exports`` maps a module of
    the area (its last name) to the names it gives the rest of the app."""
    where = {name: f"{package}.{module}" for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    def __dir__() -> list[str]:
        return sorted(where)

    return __getattr__, __dir__
