"""Catalogs available to this installation: the bundled files plus the commune's local models
stored in the database (issue 10; BRIEF §5.0: localities may add models beyond the 11)."""

from __future__ import annotations

from desktop.domain.catalog import Catalog, CatalogError, load_catalogs
from desktop.domain.errors import DomainError
from desktop.paths import catalogs_dir


def bundled_catalogs() -> dict[str, Catalog]:
    return load_catalogs(catalogs_dir())


def _ctx_of(cli_or_ctx):
    if cli_or_ctx is None:
        return None
    if hasattr(cli_or_ctx, "uow"):
        return cli_or_ctx
    if hasattr(cli_or_ctx, "context"):
        try:
            return cli_or_ctx.context()
        except (DomainError, OSError):  # no usable data folder: bundled catalogs only
            return None
    return None


def local_catalogs(ctx) -> dict[str, Catalog]:
    """The newest version of each local model stored in the database."""
    from db.repo import commune as repo
    from desktop.domain.commune import parse_local_model

    out: dict[str, Catalog] = {}
    with ctx.uow.read() as s:
        bodies = repo.local_model_bodies(s)
    for body in bodies:
        try:
            cat = parse_local_model(body, file=f"mô hình địa phương {body.get('id')}")
        except CatalogError:
            continue  # stored after validation; a later loader change must not hide the others
        out[cat.id] = cat
    return out


def all_catalogs(cli_or_ctx=None) -> dict[str, Catalog]:
    """Bundled catalogs, then the local models (a local model never replaces a bundled id)."""
    ctx = _ctx_of(cli_or_ctx)
    # the versions in force: an update received from the upper level replaces a bundled one
    cats = dict(catalogs_in_force(ctx)) if ctx is not None else bundled_catalogs()
    if ctx is not None:
        for cid, cat in local_catalogs(ctx).items():
            cats.setdefault(cid, cat)
    return cats


def is_youth_catalog(cat: Catalog) -> bool:
    """Catalogs the Chi đoàn engine (desktop/domain/evaluation.py) evaluates."""
    return "chi-doan" in cat.applies_to_kinds


# ------------------------------------------------------------------ the catalog in force (issue 17)
def _period_key(label: str | None) -> int | None:
    """A period label's year for comparisons: '2027' -> 2027, '2026-2027' -> 2027."""
    if not label:
        return None
    try:
        return int(str(label)[-4:])
    except ValueError:
        return None


def received_updates(ctx) -> list[tuple[Catalog, int | None, int | None, str]]:
    """Every catalog update accepted from the upper level: (catalog, from, to, sender name)."""
    import json

    from db.repo import sync as sync_repo
    from desktop.domain.catalog import parse_catalog

    out = []
    with ctx.uow.read() as s:
        rows = [r for r in sync_repo.list_received(s, kinds=("catalog",)) if r.status != "rejected"]
        bodies = [(r, json.loads(sync_repo.received_data(s, r.id) or "null")) for r in rows]
    for row, data in bodies:
        if not isinstance(data, dict):
            continue
        try:
            cat = parse_catalog(data["catalog"], f"gói {row.package_id}")
        except (CatalogError, DomainError, KeyError):
            continue
        out.append(
            (cat, _period_key(data.get("effective_from")), _period_key(data.get("effective_to")), row.sender_code or "")
        )
    return out


def _db_files_state(ctx) -> tuple | None:
    """Size and modification time of the database and its write-ahead log: they change with every
    committed write, whichever process made it."""
    import os

    try:
        paths = ctx.db_paths
        if paths is None:
            db = str(ctx.data.database)
            paths = ctx.db_paths = (db, db + "-wal")
        out = []
        for p in paths:
            try:
                st = os.stat(p)
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)
    except Exception:  # noqa: BLE001 - no file to look at (another kind of context): always ask
        return None


def catalogs_in_force(ctx, period_label: str | None = None) -> dict[str, Catalog]:
    """The bundled catalogs, each replaced by the newest update received from the upper level
    that declares this period (no period: the current year). Cached on the context; an import of
    a catalog update clears the cache (services/exchange/flow_down.py)."""
    key = _period_key(period_label) or ctx.today().year
    cache = ctx.catalog_cache
    files = _db_files_state(ctx)
    if "stamp" not in cache or files is None or files != cache.get("files"):
        # The database changed (in this process or another, e.g. a CLI import): has a catalog
        # update arrived? One small query, only after a write (the catalogs are read many times
        # per screen; a stat of the database files costs microseconds).
        try:
            from db.repo.flow import catalog_stamp

            with ctx.uow.read() as s:
                stamp = catalog_stamp(s)
        except Exception:  # noqa: BLE001 - a context without the sync tables (old test fixtures): bundled only
            stamp = None
        if cache.get("stamp", ...) != stamp:
            cache.clear()
            cache["stamp"] = stamp
        cache["files"] = files
    stamp = cache["stamp"]
    if key in cache:
        return cache[key]
    if ctx.bundled_catalogs is None:
        ctx.bundled_catalogs = bundled_catalogs()
    cats = dict(ctx.bundled_catalogs)
    updates = received_updates(ctx) if stamp and stamp[0] else []
    for cat, start, end, _sender in sorted(updates, key=lambda u: u[0].version):
        if (start is None or start <= key) and (end is None or key <= end):
            base = cats.get(cat.id)
            if base is None or cat.version >= base.version:
                cats[cat.id] = cat
    cache[key] = cats
    return cats


def catalog_for(ctx, campaign: str, period_label: str | None = None) -> Catalog | None:
    return catalogs_in_force(ctx, period_label).get(campaign)


def forget_catalogs(ctx) -> None:
    """A catalog update arrived: the next question recomputes the catalog in force."""
    ctx.catalog_cache.clear()


def in_force_text_vi(cat: Catalog | None) -> str:
    """'Bộ tiêu chí “Chi đoàn xã hội chủ nghĩa gắn với đoàn viên xã hội chủ nghĩa”, phiên bản 2' —
    printed on every document and shown on the Tiêu chí page (the catalog's name, never its id)."""
    if cat is None:
        return ""
    return f"Bộ tiêu chí “{cat.title_vi}”, phiên bản {cat.version}"


def in_force_source(ctx, campaign: str, period_label: str | None = None) -> tuple[Catalog | None, str | None]:
    """The catalog in force for the period and who sent it (None: the bundled one)."""
    cat = catalog_for(ctx, campaign, period_label)
    if cat is None:
        return None, None
    bundled = ctx.bundled_catalogs or bundled_catalogs()
    if bundled.get(campaign) is cat:
        return cat, None
    sender = next(
        (snd for c, _f, _t, snd in received_updates(ctx) if c.id == cat.id and c.version == cat.version), None
    )
    if sender:
        from db.repo import sync as sync_repo

        with ctx.uow.read() as s:
            e = sync_repo.get_enrolled(s, sender)
        sender = e.name if e else sender
    return cat, sender or ""
