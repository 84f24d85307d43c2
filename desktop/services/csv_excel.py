"""Moved to desktop/sheets/ (issue 22: one reader and one set of writers for spreadsheets).

This name stays an alias of ``desktop.sheets.writing`` (the very same module object, so a test that
patches a name here patches it there) for code written against the old place; new code imports
``desktop.sheets``."""

import sys

from desktop.sheets import writing as _moved

sys.modules[__name__] = _moved
