"""The unit profile: create it (wizard or `sothidua unit init`), read it, change it."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from db import audit
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period, unit_period
from desktop.domain.settings import validate_for_kind, with_defaults
from desktop.domain.units import Unit, UnitKind, UnitTree
from desktop.services.changes import Changes
from desktop.services.context import AppContext


class NoUnitError(DomainError):
    def __init__(self, data_dir):
        super().__init__(
            f"Thư mục dữ liệu “{data_dir}” chưa có hồ sơ đơn vị. Hãy mở Sổ Thi Đua để tạo hồ sơ, "
            'hoặc chạy: sothidua unit init --code MÃ --name "TÊN ĐƠN VỊ" --kind chi-doan '
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


def period_in(session, unit_code: str, label: str | int | Period | None, on: date) -> Period:
    """The unit's period named ``label`` (empty: the one containing ``on``), with the unit's
    kind and cut-off settings, inside an open read (desktop.domain.periods.unit_period)."""
    unit = units_repo.get(session, unit_code)
    if unit is None:
        raise DomainError(f"Không có đơn vị “{unit_code}” trong dữ liệu.", field="unit_code")
    settings = with_defaults(settings_repo.all_for(session, unit_code), unit.kind)
    return unit_period(label, school=unit.is_school, settings=settings, on=on, unit_code=unit_code)


def resolve_period(
    ctx: AppContext, unit_code: str, label: str | int | Period | None = None, on: date | None = None
) -> Period:
    """The unit's period named ``label`` (empty: the one containing ``on``, default today)."""
    with ctx.uow.read() as s:
        return period_in(s, unit_code, label, on or ctx.today())


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
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="unit",
            entity_id=after.code,
            unit_code=after.code,
            before=_unit_dict(before),
            after=_unit_dict(after),
        )
    return Changes.of("unit")


def save_unit(ctx: AppContext, unit: Unit) -> Changes:
    """Create or update another unit this installation holds (e.g. a branch of a Đoàn cơ sở)."""
    unit = unit.validated()
    with ctx.uow.begin() as s:
        tree = UnitTree(units_repo.list_all(s))
        tree.check_reparent(unit.code, unit.parent_code)
        before, after = units_repo.save(s, unit)
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="unit",
            entity_id=after.code,
            unit_code=after.code,
            before=_unit_dict(before),
            after=_unit_dict(after),
        )
    return Changes.of("unit")


def list_units(ctx: AppContext) -> list[Unit]:
    with ctx.uow.read() as s:
        return units_repo.list_all(s)


def unit_settings(ctx: AppContext, unit_code: str) -> dict:
    """Every setting of the unit: what it stored, else the default for its kind (a Party
    committee's documents keep the Party's symbol and signature line)."""
    with ctx.uow.read() as s:
        unit = units_repo.get(s, unit_code)
        stored = settings_repo.all_for(s, unit_code)
    values = with_defaults(stored, unit.kind if unit else None)
    if unit is not None and unit.kind is UnitKind.DANG_UY_XA and not str(stored.get("place_name") or "").strip():
        # What its documents print when nothing is stored: the commune's own place ("An Lão"),
        # shown as such in Cài đặt rather than the city's name.
        from desktop.domain.commune import commune_place

        values["place_name"] = commune_place(unit.name)
    return values


# Who signs the unit's documents (issue 19): these settings are the signer in office now; every
# change is also kept, dated, in the signer history, so a document prints the signer of its date.
SIGNER_KEYS = ("report_on_behalf", "report_signer_title", "report_signer_name")


def set_unit_setting(ctx: AppContext, unit_code: str, key: str, value) -> Changes:
    with ctx.uow.begin() as s:
        unit = units_repo.get(s, unit_code)
        value = validate_for_kind(unit.kind if unit else None, key, value)
        before = settings_repo.get(s, unit_code, key)
        if before == value:
            return Changes()  # nothing changed: no write, no history line
        settings_repo.put(s, unit_code, key, value)
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="setting",
            entity_id=key,
            unit_code=unit_code,
            before=before,
            after=value,
        )
        if key in SIGNER_KEYS:
            _record_signer(ctx, s, unit_code)
    return Changes.of("settings")


def _record_signer(ctx: AppContext, s, unit_code: str) -> None:
    from db.repo import documents as documents_repo

    unit = units_repo.get(s, unit_code)
    values = with_defaults(settings_repo.all_for(s, unit_code), unit.kind if unit else None)
    documents_repo.add_signer(
        s,
        unit_code,
        valid_from=ctx.today(),
        on_behalf=(values.get("report_on_behalf") or "").strip(),
        title=(values.get("report_signer_title") or "").strip(),
        full_name=" ".join((values.get("report_signer_name") or "").split()),
        actor=ctx.actor,
    )


def set_signer(ctx: AppContext, unit_code: str, *, title: str, full_name: str, on_behalf: str | None = None) -> Changes:
    """The unit's signer from today on: title ("BÍ THƯ", "PHÓ BÍ THƯ") and full name, one entry in
    the signer history (the first-run wizard and Settings)."""
    title = " ".join((title or "").split())
    full_name = " ".join((full_name or "").split())
    if not full_name:
        raise DomainError("Hãy ghi họ và tên người ký văn bản (in dưới chữ ký).", field="report_signer_name")
    if not title:
        raise DomainError("Hãy ghi chức vụ người ký văn bản (ví dụ BÍ THƯ).", field="report_signer_title")
    with ctx.uow.begin() as s:
        unit = units_repo.get(s, unit_code)
        kind = unit.kind if unit else None
        pairs = [
            ("report_signer_title", validate_for_kind(kind, "report_signer_title", title)),
            ("report_signer_name", validate_for_kind(kind, "report_signer_name", full_name)),
        ]
        if on_behalf is not None:
            pairs.append(("report_on_behalf", validate_for_kind(kind, "report_on_behalf", " ".join(on_behalf.split()))))
        changed = False
        for key, value in pairs:
            before = settings_repo.get(s, unit_code, key)
            if before == value:
                continue
            changed = True
            settings_repo.put(s, unit_code, key, value)
            audit.record(
                s,
                actor=ctx.actor,
                action="update",
                entity="setting",
                entity_id=key,
                unit_code=unit_code,
                before=before,
                after=value,
            )
        from db.repo import documents as documents_repo

        if changed or not documents_repo.signers(s, unit_code):
            _record_signer(ctx, s, unit_code)
    return Changes.of("settings")


def signer_history(ctx: AppContext, unit_code: str):
    from db.repo import documents as documents_repo

    with ctx.uow.read() as s:
        return documents_repo.signers(s, unit_code)


def app_setting(ctx: AppContext, key: str, default=None):
    with ctx.uow.read() as s:
        return settings_repo.get(s, "", key, default)


def set_app_setting(ctx: AppContext, key: str, value) -> Changes:
    with ctx.uow.begin() as s:
        settings_repo.put(s, "", key, value)
    return Changes.of("settings")
