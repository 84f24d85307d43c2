"""Each service area has one face (issue 22): its __init__.py names what the rest of the app uses.

A face that names something its modules no longer define fails at the first screen or command
that uses it; these checks fail first.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import desktop.services as services

AREAS = sorted(p.parent for p in Path(services.__file__).parent.glob("*/__init__.py"))


def _face(area: Path) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    tree = ast.parse((area / "__init__.py").read_text(encoding="utf-8"))
    typed: set[str] = set()
    exports: dict[str, tuple[str, ...]] = {}
    for node in tree.body:
        if isinstance(node, ast.If):  # if TYPE_CHECKING:
            for imp in node.body:
                typed |= {(a.asname or a.name) for a in imp.names}
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            exports = ast.literal_eval(node.value.args[1])
    return typed, exports


def test_there_are_areas():
    assert {a.name for a in AREAS} >= {"safety", "exchange"}


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.name)
def test_every_name_of_a_face_is_what_its_module_defines(area):
    package = f"desktop.services.{area.name}"
    typed, exports = _face(area)
    named = {n for names in exports.values() for n in names}
    assert typed == named, "the TYPE_CHECKING imports and the lazy names differ"
    modules = {p.stem for p in area.glob("*.py")}
    assert not named & modules, "a name of the face is also a module of the area"
    face = importlib.import_module(package)
    for module, names in exports.items():
        inner = importlib.import_module(f"{package}.{module}")
        for name in names:
            assert getattr(face, name) is getattr(inner, name), f"{package}.{name}"
