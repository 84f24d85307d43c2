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
BRANCH = Unit(
    code="CD-TDP3",
    name="Chi đoàn Tổ dân phố số 3",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code="DCS-LECHAN",
)
OTHER = Unit(
    code="CD-TDP7",
    name="Chi đoàn Tổ dân phố số 7",
    kind=UnitKind.CHI_DOAN,
    branch_type=BranchType.DAN_CU,
    parent_code="DCS-LECHAN",
)
CAMPAIGN = "chi-doan-xhcn"


_NEW_DATABASE: list[Path] = []


def _new_database() -> Path:
    """A new, empty database made once per test process (every table's DDL and an Alembic stamp,
    the bulk of opening an installation); each new installation starts from a copy of it, as
    the ``ctx`` fixture does."""
    if not _NEW_DATABASE:
        import atexit
        import shutil
        import tempfile

        from desktop.services.context import open_context

        folder = Path(tempfile.mkdtemp(prefix="sothidua-new-database-"))
        atexit.register(shutil.rmtree, folder, True)
        c = open_context(folder / "data", actor="test")
        _NEW_DATABASE.append(c.data.database)
        c.close()
    return _NEW_DATABASE[0]


def open_unit(root: Path, unit: Unit, today: date = date(2026, 11, 21)):
    from db.backup import sqlite_backup
    from desktop.paths import DataDir
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit, set_signer

    data = DataDir(Path(root)).ensure()
    if not data.database.exists():
        sqlite_backup(_new_database(), data.database)
    ctx = open_context(root, actor="test")
    ctx.today = lambda: today
    save_self_unit(ctx, unit)
    set_signer(ctx, unit.code, title="BÍ THƯ", full_name="Nguyễn Văn An")
    return ctx


def enrol(a, b, tmp: Path) -> None:
    """a imports b's enrolment file."""
    from desktop.services.exchange import sync

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
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "branch_type": u.branch_type.value if u.branch_type else None,
        "grade": u.grade,
        "all_party_members": u.all_party_members,
        "parent_code": u.parent_code,
    }


def quarterly_data(unit: Unit = BRANCH, quarter: int = 3, share: float = 0.75, period: str = "2026") -> dict:
    statuses = ["met"] * 12 + ["not_met"] * 2 + ["at_risk"] * 2
    ids = [f"CD-1.{i}" for i in range(1, 5)] + [f"CD-2.{i}" for i in range(1, 5)] + [f"CD-3.{i}" for i in range(1, 9)]
    return {
        "unit": unit_json(unit),
        "campaign": CAMPAIGN,
        "period": period,
        "quarter": quarter,
        "as_of": "2026-09-30",
        "evaluation": {
            "criteria": [
                {
                    "id": i,
                    "status": s,
                    "value": None,
                    "threshold": None,
                    "explanation_vi": "Quý III có 01 buổi sinh hoạt chuyên đề",
                }
                for i, s in zip(ids, statuses)
            ],
            "completion_share": share,
            "met": 12,
            "applicable": 16,
            "required": 13,
            "recognisable": share >= 0.8,
        },
    }


def put_quarterly(ctx, unit: Unit = BRANCH, quarter: int = 3, **kw):
    from desktop.services.exchange import sync

    return sync.put_in_outbox(
        ctx,
        kind="quarterly",
        recipient={"code": unit.parent_code, "name": ""},
        data=quarterly_data(unit, quarter, **kw),
        title=f"Báo cáo quý {quarter}",
        campaign=CAMPAIGN,
        period="2026",
        quarter=quarter,
    )


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


def registration_with_record(p, record: dict, recipient: dict) -> bytes:
    """The bytes of the branch's (``p.branch``) registration for 2026 carrying ``record``, sent
    to ``recipient`` ({"code", "name"}): how a Đoàn cơ sở receives a branch's whole record."""
    from desktop.services.exchange import sync

    item = sync.put_in_outbox(
        p.branch,
        kind="registration",
        recipient=recipient,
        data={
            "unit": unit_json(BRANCH),
            "campaign": "chi-doan-xhcn",
            "period": "2026",
            "registered_on": "2025-11-05",
            "items": [],
            "members": [{"ref": "m-1", "full_name": record["members"][0]["full_name"]}],
            "member_count": 1,
            "record": record,
        },
        title="Đăng ký 2026",
        campaign="chi-doan-xhcn",
        period="2026",
    )
    return outbox_bytes(p.branch, item)


def import_bytes(ctx, content: bytes, tmp: Path, name: str = "goi.stpkg"):
    from desktop.services.exchange import sync

    p = tmp / name
    p.write_bytes(content)
    [outcome] = sync.import_paths(ctx, [p])
    return outcome


def stored_state(ctx) -> dict:
    """What an import may change: received rows that are not rejections, current versions,
    units and outbox (receipts)."""
    from desktop.services.exchange import sync
    from desktop.services.units import list_units

    rows = [r for r in sync.received(ctx) if r.status != "rejected"]
    return {
        "rows": sorted((r.package_id, r.status, r.is_current) for r in rows),
        "units": sorted(u.code for u in list_units(ctx)),
        "files": sorted((p.name, p.stat().st_size) for p in (ctx.data.root / "inbox").rglob("*") if p.is_file())
        if (ctx.data.root / "inbox").exists()
        else [],
    }


# ------------------------------------------------------------------ a realistic branch year
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
DEM = ["Thị", "Văn", "Minh", "Thu", "Đức", "Ngọc", "Gia", "Hữu"]
TEN = ["Hoa", "Nam", "Lan", "Đức", "Trang", "Anh", "Mai", "Huy", "Ngọc", "Tùng", "Hương", "Bảo", "Châu", "Yến"]


def branch_record(
    unit: Unit, n_members: int = 60, *, year: int = 2026, seed: int = 1, until: date = date(2026, 11, 15)
) -> dict:
    """A chi đoàn's year in the interchange format (resources/schemas/unit-data.schema.json):
    members with personal details (which packages must NOT carry), monthly meetings, quarterly
    thematic sessions, weekly good-example posts, information and share requests reaching most
    members, a youth project and volunteer days. Import it with desktop.services.exchange.interchange."""
    import random
    from datetime import timedelta

    rng = random.Random(seed)
    ids = [f"m{i}" for i in range(1, n_members + 1)]
    members = []
    for i, mid in enumerate(ids):
        name = f"{HO[i % len(HO)]} {DEM[(i // 3) % len(DEM)]} {TEN[(i * 7 + seed) % len(TEN)]}"
        hist = [{"kind": "joined", "date": f"{2016 + i % 8}-03-26"}]
        if i == n_members - 1:
            hist.append(
                {"kind": "transferred_out", "date": f"{year}-08-01", "note": "Chuyển sinh hoạt về phường Ngô Quyền"}
            )
        members.append(
            {
                "id": mid,
                "full_name": name,
                "date_of_birth": f"{1996 + i % 10}-0{1 + i % 9}-1{i % 9}",
                "gender": "nu" if i % 2 else "nam",
                "phone": f"09{i:08d}",
                "id_number": f"031{i:09d}",
                "residence": f"Tổ dân phố số {1 + i % 9}, phường Lê Chân",
                "training_registered": True,
                "training_registered_on": f"{year}-01-05",
                "ebook_issued": True,
                "ecard_issued": True,
                "residence_activity": True,
                "history": hist,
            }
        )

    def some(share):
        return [m for m in ids[:-1] if rng.random() < share] or ids[:1]

    logs = []

    def add(kind, d, title, **kw):
        if d <= until:
            logs.append({"kind": kind, "date": d.isoformat(), "title": title, **kw})

    for m in range(1, 13):
        add("meeting", date(year, m, 5), f"Sinh hoạt chi đoàn tháng {m}", category="dinh-ky", participants=some(0.85))
        add(
            "information",
            date(year, m, 12),
            f"Thông tin thời sự tháng {m}",
            channel="Nhóm Zalo chi đoàn",
            participants=ids[:-1],
        )
        if m % 3 == 0:
            add("share_request", date(year, m, 18), "Chia sẻ bài viết tích cực về Hải Phòng", participants=ids[:-1])
            add("alert", date(year, m, 20), "Cảnh báo tin giả trên mạng xã hội", channel="Zalo")
    for q, (mth, cat) in enumerate(
        [(2, "chinh-tri-tu-tuong"), (5, "phap-luat"), (8, "dao-duc-loi-song"), (10, "phap-luat")]
    ):
        add(
            "thematic_session",
            date(year, mth, 20),
            f"Sinh hoạt chuyên đề quý {q + 1}",
            category=cat,
            participants=some(0.9),
        )
    d = date(year, 1, 5)
    while d.year == year:
        add("weekly_post", d, "Tấm gương người tốt việc tốt trong tuần", channel="Fanpage")
        d += timedelta(days=7)
    add(
        "party_introduction",
        date(year, 6, 10),
        "Giới thiệu đoàn viên ưu tú",
        member=ids[0],
        counterpart="Chi bộ Tổ dân phố số 3",
    )
    acts = [
        {
            "name": "Tuyến đường thanh niên tự quản",
            "kind": "cong-trinh-thanh-nien",
            "focus": "an-toan-giao-thong",
            "dates": [f"{year}-03-01", f"{year}-03-08", f"{year}-03-15"],
            "days": 3,
            "participants": ids[:-1],
        },
        {
            "name": "Ngày Chủ nhật xanh",
            "kind": "tinh-nguyen",
            "dates": [f"{year}-06-07", f"{year}-06-14"],
            "days": 2,
            "participants": ids[:-1],
        },
        {
            "name": "Hành trình về địa chỉ đỏ: Khu di tích Bạch Đằng Giang",
            "kind": "dia-chi-do",
            "dates": [f"{year}-07-27"],
            "days": 1,
            "participants": some(0.7),
        },
    ]
    return {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {k: v for k, v in unit_json(unit).items() if v not in (None, False)},
        "members": members,
        "logs": logs,
        "volunteer_activities": acts,
        "judgements": [
            {
                "period": str(year),
                "criterion": "CD-1.3",
                "verdict": "met",
                "author": "Bí thư Nguyễn Văn An",
                "date": f"{year}-10-30",
            },
            {
                "period": str(year),
                "criterion": "CD-3.1",
                "verdict": "met",
                "author": "Bí thư Nguyễn Văn An",
                "date": f"{year}-10-30",
            },
        ],
    }
