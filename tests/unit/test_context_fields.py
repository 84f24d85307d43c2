"""The application context declares everything it carries (issue 22): who is logged in, the
installation's own unit of work behind a viewer's read-only one, and why the data is read-only."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from desktop.services.context import AppContext
from desktop.services.safety.session import make_read_only, read_only_reason, writable_uow

ROOT = Path(__file__).resolve().parents[2]


def test_context_state_is_declared_not_smuggled_into_its_dict():
    names = {f.name for f in fields(AppContext)}
    assert {"user", "base_uow", "read_only_reason", "signed_out"} <= names
    smuggled = [
        f"{p.relative_to(ROOT)}:{i}"
        for p in (ROOT / "desktop").rglob("*.py")
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"ctx\.__dict__", line)
    ]
    assert smuggled == []


def test_damaged_file_refuses_writes_and_says_why(tmp_path):
    from desktop.services.context import open_context

    ctx = open_context(tmp_path / "d")
    try:
        assert read_only_reason(ctx) is None and writable_uow(ctx) is ctx.uow
        make_read_only(ctx, "Tệp dữ liệu bị hỏng ở trang 3")
        assert ctx.uow.read_only
        assert read_only_reason(ctx) == "Tệp dữ liệu bị hỏng ở trang 3"
    finally:
        ctx.close()
