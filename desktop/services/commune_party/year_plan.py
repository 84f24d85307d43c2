"""A commune party committee's year: the models it registers for and its calendar (issue 20 item 1).

* **Registration** for a year: the city's mandatory models (always in), the models taken part in
  by choice (``participation: by_choice`` in the catalog: Trường học XHCN, Cộng đồng công dân số),
  its own local models, and the name of the "Dân vận khéo" model it commits to build. Stored per
  year with the change history; printed as a Party-format document ("Đăng ký", …-ĐK/ĐU).
* **Calendar**: the dated steps of the models taken part in (the catalogs' ``calendar``: the Q IV
  life-satisfaction survey, the city Front's scoring in December–January), the targets due by a
  year (``params.due_year``: "Chính quyền thân thiện" by the end of 2027), and the committee's own
  dates the documents leave open (registration, sơ kết: unit settings with documented defaults).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db import audit
from db.repo import settings as settings_repo
from desktop.domain.calendar import DatedDeadline, deadlines
from desktop.domain.commune import clean_name
from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.settings import PARTY_KIND, with_defaults
from desktop.i18n.catalogue import texts
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import resolve_period

AREA = "commune"
_KEY = "commune_registration:"


@dataclass(frozen=True)
class Registration:
    period: str
    models: tuple[str, ...]  # catalog ids taken part in (mandatory, chosen, local)
    dvk_model: str = ""  # the "Dân vận khéo" model the committee commits to build this year
    note: str = ""
    registered_on: date | None = None  # None: not registered yet (what is shown is the proposal)
    registered_by: str = ""

    @property
    def registered(self) -> bool:
        return self.registered_on is not None


@dataclass(frozen=True)
class ModelChoice:
    id: str
    title: str
    kind: str  # "mandatory" | "by_choice" | "local"
    criteria: int
    chosen: bool


@dataclass(frozen=True)
class RegistrationView:
    registration: Registration
    choices: tuple[ModelChoice, ...] = field(default_factory=tuple)


def _me(ctx: AppContext):
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


def _catalogs(ctx: AppContext):
    from desktop.services.catalogs import all_catalogs, bundled_catalogs, is_youth_catalog

    bundled = set(bundled_catalogs())
    out = []
    for cid, cat in all_catalogs(ctx).items():
        if is_youth_catalog(cat):
            continue
        kind = "local" if cid not in bundled else ("by_choice" if cat.participation == "by_choice" else "mandatory")
        out.append((cid, cat, kind))
    return out


def stored(session, unit_code: str, period: str) -> Registration | None:
    raw = settings_repo.get(session, unit_code, _KEY + period)
    if not isinstance(raw, dict):
        return None
    on = raw.get("registered_on")
    return Registration(
        period,
        tuple(raw.get("models") or ()),
        raw.get("dvk_model", ""),
        raw.get("note", ""),
        date.fromisoformat(on) if on else None,
        raw.get("registered_by", ""),
    )


def registration(ctx: AppContext, period: str | None = None) -> RegistrationView:
    """The year's registration, or, before the committee registers, the proposal: every mandatory
    city model and every local model, none of the by-choice ones."""
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        reg = stored(s, me.code, p.label)
    cats = _catalogs(ctx)
    if reg is None:
        reg = Registration(p.label, tuple(cid for cid, _c, kind in cats if kind != "by_choice"))
    chosen = set(reg.models)
    choices = tuple(
        ModelChoice(cid, cat.title_vi, kind, len(cat.criteria), kind != "by_choice" or cid in chosen)
        for cid, cat, kind in cats
    )
    return RegistrationView(reg, choices)


def chosen_by_choice(ctx: AppContext, period: str | None = None) -> set[str]:
    """The by-choice models the committee registered for in the period (default: this year)."""
    try:
        me = _me(ctx)
    except DomainError:
        return set()
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        reg = stored(s, me.code, p.label)
    return set(reg.models) if reg else set()


def register(ctx: AppContext, period: str | None, models: list[str], *, dvk_model: str = "", note: str = "") -> Changes:
    """Register for the year's models. The city's mandatory models are always in (they cannot be
    left out); by-choice and local models are in when listed."""
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    cats = {cid: (cat, kind) for cid, cat, kind in _catalogs(ctx)}
    unknown = [m for m in models if m not in cats]
    if unknown:
        raise DomainError(
            f"Không có mô hình “{unknown[0]}”; chọn trong: "
            + ", ".join(cat.title_vi for cat, _k in cats.values())
            + ".",
            field="model",
        )
    chosen = {cid for cid, (_cat, kind) in cats.items() if kind == "mandatory"} | set(models)
    ordered = [cid for cid in cats if cid in chosen]
    dvk = clean_name(dvk_model)
    if "dan-van-kheo" in chosen and not dvk:
        raise DomainError(
            "Hãy ghi tên mô hình “Dân vận khéo” Đảng ủy đăng ký xây dựng trong năm "
            "(mỗi năm ít nhất 01 mô hình gắn với nhiệm vụ chuyên môn).",
            field="dvk_model",
        )
    value = {
        "models": ordered,
        "dvk_model": dvk,
        "note": note.strip(),
        "registered_on": ctx.today().isoformat(),
        "registered_by": ctx.actor,
    }
    with ctx.uow.begin() as s:
        before = settings_repo.get(s, me.code, _KEY + p.label)
        settings_repo.put(s, me.code, _KEY + p.label, value)
        audit.record(
            s,
            actor=ctx.actor,
            action="update" if before else "create",
            entity="commune_registration",
            entity_id=p.label,
            unit_code=me.code,
            before=before,
            after=value,
        )
    return Changes.of(AREA)


# ------------------------------------------------------------------ calendar


def _md(text: str, default: str) -> tuple[int, int]:
    try:
        m, d = (int(x) for x in str(text).split("-"))
        date(2024, m, d)
        return m, d
    except (TypeError, ValueError):
        m, d = (int(x) for x in default.split("-"))
        return m, d


_REGISTER = QT_TRANSLATE_NOOP("CommuneYear", "Register for the models of {year}")
_REVIEW = QT_TRANSLATE_NOOP("CommuneYear", "Yearly review of the models, {year}")


def _in_both(source: str, **values) -> tuple[str, str]:
    """A step's title in Vietnamese (from the catalogue) and in English."""
    return texts("vi").translate("CommuneYear", source).format(**values), source.format(**values)


def calendar(ctx: AppContext, period: str | None = None) -> list[DatedDeadline]:
    """Every dated step of the committee's year, by date."""
    from desktop.services.commune_party.work import commune_catalogs

    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        values = with_defaults(settings_repo.all_for(s, me.code), PARTY_KIND)
        reg = stored(s, me.code, p.label)
    out: list[DatedDeadline] = []
    m, d = _md(values.get("commune_registration_due", "01-31"), "01-31")
    if reg is None:
        out.append(
            DatedDeadline("commune-register", *_in_both(_REGISTER, year=p.label), PARTY_KIND, date(p.year, m, d))
        )
    m, d = _md(values.get("commune_review_due", "12-31"), "12-31")
    out.append(DatedDeadline("commune-review", *_in_both(_REVIEW, year=p.label), PARTY_KIND, date(p.year, m, d)))
    for cid, cat in commune_catalogs(ctx, p.label).items():
        out += deadlines(cat, p, None)
        for c in cat.criteria:
            due = c.params.get("due_year")
            if due and int(due) >= p.year:
                out.append(
                    DatedDeadline(
                        f"due:{cid}:{c.id}",
                        f"{c.title_vi} ({cat.title_vi})",
                        c.title_en,
                        PARTY_KIND,
                        date(int(due), 12, 31),
                    )
                )
    out.sort(key=lambda x: (x.due, x.title_vi))
    return out
