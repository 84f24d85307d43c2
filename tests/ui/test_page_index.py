"""The main window's page index (start-up speed, issue 13) says exactly what each page's PAGE says.

The navigation is built from ``desktop.ui.main_window.PAGE_INDEX`` without importing the page
modules; a stale entry would show a page to the wrong unit or under an old title.
"""

import pkgutil

from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.ui import pages as pages_pkg
from desktop.ui.main_window import NOT_PAGES, PAGE_INDEX, page_specs
from desktop.ui.pages import discover


def _units():
    yield None
    for kind in UnitKind:
        yield Unit(
            code=f"U-{kind.value}",
            name="Chi đoàn Tổ dân phố số 3",
            kind=kind,
            branch_type=BranchType.DAN_CU if kind is UnitKind.CHI_DOAN else None,
        )


def test_every_page_module_is_indexed_with_its_own_spec(qapp):
    real = {s.factory.__module__.rsplit(".", 1)[-1]: s for s in discover()}
    assert set(real) == set(PAGE_INDEX), "add the new page to PAGE_INDEX in desktop/ui/main_window.py"
    for module, (key, order, title, icon, _kinds, _none) in PAGE_INDEX.items():
        s = real[module]
        assert (s.key, s.order, s.title, s.icon) == (key, order, title, icon), module
    modules = {i.name for i in pkgutil.iter_modules(pages_pkg.__path__) if not i.name.startswith("_")}
    assert modules == set(PAGE_INDEX) | NOT_PAGES


def test_the_navigation_offers_the_same_pages_to_every_kind_of_unit(qapp):
    real = discover()
    lazy = page_specs()
    assert [s.key for s in lazy] == [s.key for s in real]
    for unit in _units():
        assert [s.key for s in lazy if s.available(unit)] == [s.key for s in real if s.available(unit)], unit


def test_the_navigation_is_built_without_importing_the_pages():
    """Start-up: listing the pages imports none of them; opening one imports just that one."""
    import subprocess
    import sys

    code = (
        "import sys; from desktop.ui.main_window import page_specs; specs = page_specs(); "
        "before = sorted(m for m in sys.modules if m.startswith('desktop.ui.pages.')); "
        "f = next(s for s in specs if s.key == 'members').factory; "
        "after = sorted(m for m in sys.modules if m.startswith('desktop.ui.pages.')); "
        "print(before, f.__name__, 'desktop.ui.pages.members' in after, 'desktop.ui.pages.reports' in after)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.strip()
    assert out == "[] MembersPage True False"
