"""Every name the code and the tests import from the project still exists where they import it.

A module split by concern moves names into new modules; a name left behind nowhere turns into an
ImportError only when that path runs (a lazy import inside a function, a test of a rare case).
This reads the source, without importing it (no Qt, no database): every ``import X`` and
``from X import name`` in desktop/, db/ and tests/, every ``module.attr`` a test reads from a project module it imported,
and every dotted "desktop.x.name" a test patches must name something X defines, re-exports or
holds as a submodule.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop", "db", "tests")
_DOTTED = re.compile(r"^(desktop|db)(\.\w+)+$")


@cache
def _path_of(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for cand in (base.with_suffix(".py"), base / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def _bound(stmts, names: set[str]) -> None:
    """Names bound at module level (inside if/try/with blocks too, not inside functions)."""
    for st in stmts:
        if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(st.name)
        elif isinstance(st, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = st.targets if isinstance(st, ast.Assign) else [st.target]
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name):
                        names.add(n.id)
            value = st.value
            if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "lazy_face":
                # a face: the names of its lazy map load on first use
                for d in value.args[1:2]:
                    for v in getattr(d, "values", []):
                        names.update(e.value for e in getattr(v, "elts", []) if isinstance(e, ast.Constant))
        elif isinstance(st, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in st.names)
        elif isinstance(st, ast.ImportFrom):
            names.update(a.asname or a.name for a in st.names)
        elif isinstance(st, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
            for block in ("body", "orelse", "finalbody"):
                _bound(getattr(st, block, []), names)
            for h in getattr(st, "handlers", []):
                _bound(h.body, names)


@cache
def defined(module: str) -> frozenset[str] | None:
    """What ``module`` offers by name; None when it is not a project module (or is dynamic)."""
    path = _path_of(module)
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    if "sys.modules[__name__]" in text:
        return None  # an alias of another module
    tree = ast.parse(text)
    names: set[str] = set()
    _bound(tree.body, names)
    if "__getattr__" in names and not any(
        isinstance(st, ast.Assign) and getattr(st.value, "func", None) is not None for st in tree.body
    ):
        return None
    if path.name == "__init__.py":
        names.update(p.stem for p in path.parent.glob("*.py"))
        names.update(p.name for p in path.parent.iterdir() if (p / "__init__.py").exists())
    return frozenset(names)


def _is_module(module: str) -> bool:
    return _path_of(module) is not None


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if path.name != "__init__.py":
        parts = parts[:-1]
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join(parts + ([node.module] if node.module else []))


def _sources():
    for top in PACKAGES:
        yield from sorted((ROOT / top).rglob("*.py"))


def _missing(module: str, name: str) -> bool:
    names = defined(module)
    if names is None or name == "*" or name.startswith("__"):
        return False
    return name not in names and not _is_module(f"{module}.{name}")


def problems() -> list[str]:
    out = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: dict[str, str] = {}  # a name in this file bound to a project module
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = _absolute(path, node)
                if module.split(".")[0] not in PACKAGES:
                    continue
                for a in node.names:
                    if _missing(module, a.name):
                        out.append(f"{rel}:{node.lineno}: from {module} import {a.name}")
                    elif _is_module(f"{module}.{a.name}"):
                        modules[a.asname or a.name] = f"{module}.{a.name}"
            elif isinstance(node, ast.Import):
                for a in node.names:
                    if a.name.split(".")[0] not in PACKAGES:
                        continue
                    if not _is_module(a.name):
                        out.append(f"{rel}:{node.lineno}: import {a.name}")
                    elif a.asname:
                        modules[a.asname] = a.name
        if not rel.startswith("tests/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                if isinstance(node.ctx, ast.Load) and _missing(modules[node.value.id], node.attr):
                    out.append(f"{rel}:{node.lineno}: {node.value.id}.{node.attr} ({modules[node.value.id]})")
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("setattr", "patch", "delattr"):
                if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                    dotted = node.args[0].value
                    if _DOTTED.match(dotted):
                        module, _, name = dotted.rpartition(".")
                        if _missing(module, name):
                            out.append(f"{rel}:{node.lineno}: patches {dotted}")
    return out


def test_every_imported_name_exists_where_it_is_imported():
    assert problems() == []


def test_the_checker_sees_a_name_that_is_gone(tmp_path):
    """The check itself can fail: a name a module does not define is reported."""
    assert defined("desktop.services.reporting.home") is not None
    assert _missing("desktop.services.reporting.home", "no_such_name_here")
    assert not _missing("desktop.services.reporting", "home_data")  # a face's lazy name
    assert not _missing("desktop.services", "reporting")  # a subpackage
