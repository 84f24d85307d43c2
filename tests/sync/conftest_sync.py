"""Helpers for the package tests: two installations (a chi đoàn and its Đoàn cơ sở) on two data
folders that know each other's keys. Import explicitly: ``from tests.sync.conftest_sync import *``."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.domain.units import BranchType, Unit, UnitKind

DCS = Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO)
BRANCH = Unit(code="CD-TDP3", name="Chi đoàn Tổ dân phố số 3", kind=UnitKind.CHI_DOAN,
              branch_type=BranchType.DAN_CU, parent_code="DCS-LECHAN")
OTHER = Unit(code="CD-TDP7", name="Chi đoàn Tổ dân phố số 7", kind=UnitKind.CHI_DOAN,
             branch_type=BranchType.DAN_CU, parent_code="DCS-LECHAN")
CAMPAIGN = "chi-doan-xhcn"


def open_unit(root: Path, unit: Unit, today: date = date(2026, 11, 21)):
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit

    ctx = open_context(root, actor="test")
    ctx.today = lambda: today
    save_self_unit(ctx, unit)
    return ctx


def enrol(a, b, tmp: Path) -> None:
    """a imports b's enrolment file."""
    from desktop.services import sync

    f = tmp / f"enrol-{b.data.root.name}.stpkg"
    sync.enrol_export(b, f)
    sync.enrol_import(a, f)


@pytest.fixture
def pair(tmp_path):
    dcs = open_unit(tmp_path / "doan-co-so", DCS)
    branch = open_unit(tmp_path / "chi-doan", BRANCH)
    enrol(dcs, branch, tmp_path)
    enrol(branch, dcs, tmp_path)
    yield SimpleNamespace(dcs=dcs, branch=branch, tmp=tmp_path)
    dcs.close()
    branch.close()


def unit_json(u: Unit) -> dict:
    return {"code": u.code, "name": u.name, "kind": u.kind.value,
            "branch_type": u.branch_type.value if u.branch_type else None, "grade": u.grade,
            "all_party_members": u.all_party_members, "parent_code": u.parent_code}


def quarterly_data(unit: Unit = BRANCH, quarter: int = 3, share: float = 0.75, period: str = "2026") -> dict:
    statuses = ["met"] * 12 + ["not_met"] * 2 + ["at_risk"] * 2
    ids = [f"CD-1.{i}" for i in range(1, 5)] + [f"CD-2.{i}" for i in range(1, 5)] + \
          [f"CD-3.{i}" for i in range(1, 9)]
    return {"unit": unit_json(unit), "campaign": CAMPAIGN, "period": period, "quarter": quarter,
            "as_of": "2026-09-30",
            "evaluation": {"criteria": [{"id": i, "status": s, "value": None, "threshold": None,
                                         "explanation_vi": "Quý III có 01 buổi sinh hoạt chuyên đề"}
                                        for i, s in zip(ids, statuses)],
                           "completion_share": share, "met": 12, "applicable": 16, "required": 13,
                           "recognisable": share >= 0.8}}


def put_quarterly(ctx, unit: Unit = BRANCH, quarter: int = 3, **kw):
    from desktop.services import sync

    return sync.put_in_outbox(ctx, kind="quarterly", recipient={"code": unit.parent_code, "name": ""},
                              data=quarterly_data(unit, quarter, **kw), title=f"Báo cáo quý {quarter}",
                              campaign=CAMPAIGN, period="2026", quarter=quarter)


def outbox_bytes(ctx, item) -> bytes:
    return (ctx.data.outbox / item.file_name).read_bytes()


def members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()


def edit_json(raw: bytes, fn) -> bytes:
    obj = json.loads(raw)
    fn(obj)
    from desktop.sync.package import canonical_json

    return canonical_json(obj)


def import_bytes(ctx, content: bytes, tmp: Path, name: str = "goi.stpkg"):
    from desktop.services import sync

    p = tmp / name
    p.write_bytes(content)
    [outcome] = sync.import_paths(ctx, [p])
    return outcome


def stored_state(ctx) -> dict:
    """What an import may change: received rows that are not rejections, current versions,
    units and outbox (receipts)."""
    from desktop.services import sync
    from desktop.services.units import list_units

    rows = [r for r in sync.received(ctx) if r.status != "rejected"]
    return {"rows": sorted((r.package_id, r.status, r.is_current) for r in rows),
            "units": sorted(u.code for u in list_units(ctx)),
            "files": sorted(p.name for p in (ctx.data.root / "inbox").rglob("*.stpkg"))
            if (ctx.data.root / "inbox").exists() else []}
