"""Tests that build the installer bundle and the wheel: minutes each, so they run on request."""

from __future__ import annotations

import os


def requested(config) -> bool:
    """Build tests run with ``SOTHIDUA_BUILD_TESTS=1`` (.ci/run sets it) or ``pytest -m build``."""
    return os.environ.get("SOTHIDUA_BUILD_TESTS") == "1" or "build" in (config.getoption("-m") or "")
