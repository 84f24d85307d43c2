"""The unit profile: create it (wizard or `sothidua unit init`), read it, change it."""

from __future__ import annotations

from dataclasses import asdict

from db import audit
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.settings import validate_for_kind, with_defaults
from desktop.domain.units import Unit, UnitTree
from desktop.services.changes import Changes
from desktop.services.context import AppContext


class NoUnitError(DomainError):
    def __init__(self, data_dir):
        super().__init__(
            f"Thư mục dữ liệu “{data_dir}” chưa có hồ sơ đơn vị. Hãy mở Sổ Thi Đua để tạo hồ sơ, "
            "hoặc chạy: sothidua unit init --code MÃ --name \"TÊN ĐƠN VỊ\" --kind chi-doan "
            "--branch-type dan-cu"
        )


def self_unit(ctx: AppContext) -> Unit | None:
    with ctx.uow.read() as s:
        return units_repo.get_self(s)


def require_self_unit(ctx: AppContext) -> Unit:
    unit = self_unit(ctx)
    if unit is None:
        raise NoUnitError(ctx.data.root)
    return unit


def _unit_dict(u: Unit | None):
    return None if u is None else {k: (v.value if hasattr(v, "value") else v) for k, v in asdict(u).items()}


def save_self_unit(ctx: AppContext, unit: Unit) -> Changes:
    """Create or update the installation's own unit profile."""
    unit = unit.validated()
    with ctx.uow.begin() as s:
        current = units_repo.get_self(s)
        if current and current.code != unit.code and units_repo.get(s, unit.code):
            raise DomainError(f"Mã đơn vị “{unit.code}” đã được dùng cho đơn vị khác.", field="code")
        before, after = units_repo.save(s, unit, is_self=True, old_code=current.code if current else None)
        audit.record(s, actor=ctx.actor, action="update" if before else "create", entity="unit",
                     entity_id=after.code, unit_code=after.code, before=_unit_dict(before),
                     after=_unit_dict(after))
    return Changes.of("unit")


def save_unit(ctx: AppContext, unit: Unit) -> Changes:
    """Create or update another unit this installation holds (e.g. a branch of a Đoàn cơ sở)."""
    unit = unit.validated()
    with ctx.uow.begin() as s:
        tree = UnitTree(units_repo.list_all(s))
        tree.check_reparent(unit.code, unit.parent_code)
        before, after = units_repo.save(s, unit)
        audit.record(s, actor=ctx.actor, action="update" if before else "create", entity="unit",
                     entity_id=after.code, unit_code=after.code, before=_unit_dict(before),
                     after=_unit_dict(after))
    return Changes.of("unit")


def list_units(ctx: AppContext) -> list[Unit]:
    with ctx.uow.read() as s:
        return units_repo.list_all(s)


def unit_settings(ctx: AppContext, unit_code: str) -> dict:
    """Every setting of the unit: what it stored, else the default for its kind (a Party
    committee's documents keep the Party's symbol and signature line)."""
    with ctx.uow.read() as s:
        unit = units_repo.get(s, unit_code)
        return with_defaults(settings_repo.all_for(s, unit_code), unit.kind if unit else None)


def set_unit_setting(ctx: AppContext, unit_code: str, key: str, value) -> Changes:
    with ctx.uow.begin() as s:
        unit = units_repo.get(s, unit_code)
        value = validate_for_kind(unit.kind if unit else None, key, value)
        before = settings_repo.get(s, unit_code, key)
        if before == value:
            return Changes()  # nothing changed: no write, no history line
        settings_repo.put(s, unit_code, key, value)
        audit.record(s, actor=ctx.actor, action="update", entity="setting", entity_id=key,
                     unit_code=unit_code, before=before, after=value)
    return Changes.of("settings")


def app_setting(ctx: AppContext, key: str, default=None):
    with ctx.uow.read() as s:
        return settings_repo.get(s, "", key, default)


def set_app_setting(ctx: AppContext, key: str, value) -> Changes:
    with ctx.uow.begin() as s:
        settings_repo.put(s, "", key, value)
    return Changes.of("settings")
