"""Commune party committee: the records behind the indicators (issue 20 items 5-8).

* The commune's **thôn / tổ dân phố** (typed or imported from a sheet): the denominator of every
  "100% thôn, tổ dân phố …" indicator (catalog ``params.source = hamlet_share``), with a yes/no
  per hamlet and period; places in the log are chosen from this list ("thôn Đông " is Thôn Đông,
  not a seventh hamlet).
* **Satisfaction surveys** with a subject (SURVEY_TOPICS) and their results per hamlet and
  question, typed or imported from a sheet; the totals feed CQTT-2.6/2.7, VM-17 and XP-29
  (satisfaction_surveys.py).
* **"Dân vận khéo" models** as records (content, owner, field, result, recognition); DVK-1 counts
  the models built in the year.
* Corrections: a log record or a programme task can be edited or deleted (the change history keeps
  before and after); evidence files attach to log records and recorded values.

Every write is one transaction with its audit trail and returns ``Changes.of("commune")``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from db.repo import commune as repo
from db.repo import commune_records as rrepo
from desktop.domain.commune import (
    HAMLET_KINDS,
    LOG_KINDS,
    SURVEY_TOPICS,
    CommuneLog,
    DvkModel,
    Hamlet,
    HamletFact,
    ProgrammeTask,
    clean_name,
    hamlet_key,
    hamlet_kind_of,
    match_hamlet,
)
from desktop.domain.errors import DomainError
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import resolve_period
from desktop.i18n.catalogue import say

AREA = "commune"
# Log kinds whose place is a thôn / tổ dân phố of the commune.
PLACE_KINDS = frozenset({"leader_visit", "supporters_meeting", "dialogue"})
MAX_SHEET_ROWS = 5_000  # a commune has ~30 hamlets; a survey sheet of a few hundred lines


def _me(ctx: AppContext):
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


# ------------------------------------------------------------------ hamlets


def hamlets(ctx: AppContext, *, include_inactive: bool = False) -> list[Hamlet]:
    me = _me(ctx)
    with ctx.uow.read() as s:
        return rrepo.hamlets(s, me.code, include_inactive=include_inactive)


def add_hamlet(ctx: AppContext, name: str, kind: str = "thon") -> tuple[int, Changes]:
    me = _me(ctx)
    h = Hamlet(None, name, kind).validated()
    with ctx.uow.begin() as s:
        hid, created = rrepo.add_hamlet(s, me.code, h, ctx.actor)
    if not created:
        raise DomainError(f"“{h.name}” đã có trong danh sách thôn, tổ dân phố.", field="name")
    return hid, Changes.of(AREA)


def update_hamlet(ctx: AppContext, hamlet: Hamlet) -> Changes:
    """Rename, change the kind, or stop counting a hamlet (``active=False``: merged or dissolved;
    its past facts stay, it no longer counts from now on)."""
    me = _me(ctx)
    h = hamlet.validated()
    with ctx.uow.begin() as s:
        other = rrepo.find_hamlet(s, me.code, h.name)
        if other is not None and other.id != h.id:
            raise DomainError(f"“{h.name}” đã có trong danh sách thôn, tổ dân phố.", field="name")
        if rrepo.update_hamlet(s, me.code, h, ctx.actor) is None:
            raise DomainError(f"Không có thôn, tổ dân phố số {h.id}.", field="id")
    return Changes.of(AREA)


@dataclass(frozen=True)
class HamletImport:
    added: tuple[str, ...]
    existing: tuple[str, ...]
    errors: tuple[str, ...]  # "Dòng 7: tên trống" …


def _sheet_rows(path: Path) -> list[tuple[int, tuple]]:
    """The rows of the first sheet of an .xlsx / .xls / .csv file (desktop/sheets: the one
    bounded reader, with its checks of the file's kind, size and damage)."""
    from desktop.sheets import read_first_sheet

    return read_first_sheet(path, max_rows=MAX_SHEET_ROWS).rows


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return clean_name(str(v))


def _header(rows, wanted: dict[str, tuple[str, ...]]) -> tuple[int, dict[str, int]] | None:
    """The first row (among the first 15) naming every wanted column: (row index, field -> col)."""
    for i, (_n, values) in enumerate(rows[:15]):
        keys = [hamlet_key(_text(v)) for v in values]
        found = {}
        for field_name, names in wanted.items():
            for col, k in enumerate(keys):
                if any(k == n or k.startswith(n) for n in names):
                    found[field_name] = col
                    break
        if len(found) == len(wanted):
            return i, found
    return None


def import_hamlets(ctx: AppContext, path, *, dry_run: bool = False) -> tuple[HamletImport, Changes]:
    """A list of thôn / tổ dân phố from a sheet: a column "Tên thôn, tổ dân phố" (or "Thôn/TDP",
    "Tên") and optionally "Loại" (Thôn / Tổ dân phố / Khu dân cư); without a header, the first
    column. Names already in the list are kept; nothing is written when a row is wrong."""
    me = _me(ctx)
    rows = _sheet_rows(path)
    head = _header(rows, {"name": ("tên", "thôn", "tổ dân phố", "thôn, tổ dân phố", "thôn/tdp", "địa bàn")})
    start, name_col, kind_col = 0, 0, None
    if head is not None:
        start = head[0] + 1
        name_col = head[1]["name"]
        keys = [hamlet_key(_text(v)) for v in rows[head[0]][1]]
        kind_col = next((c for c, k in enumerate(keys) if k in {"loại", "loai", "loại địa bàn"}), None)
    items, errors, seen = [], [], set()
    for n, values in rows[start:]:
        name = _text(values[name_col]) if name_col < len(values) else ""
        if not name:
            continue
        if hamlet_key(name).startswith(("tổng", "cộng", "người lập", "xác nhận")):
            continue  # a total or signature line under the list
        kind = hamlet_kind_of(_text(values[kind_col])) if kind_col is not None and kind_col < len(values) else None
        if kind is None:
            kind = "to-dan-pho" if hamlet_key(name).startswith(("tổ dân phố", "tdp")) else "thon"
        try:
            h = Hamlet(None, name, kind).validated()
        except DomainError as exc:
            errors.append(f"Dòng {n}: {exc}")
            continue
        if hamlet_key(h.name) in seen:
            continue
        seen.add(hamlet_key(h.name))
        items.append(h)
    if not items and not errors:
        errors.append(f"Tệp “{Path(path).name}” không có tên thôn, tổ dân phố nào.")
    with ctx.uow.read() as s:
        known = {hamlet_key(h.name) for h in rrepo.hamlets(s, me.code)}
    added = tuple(h.name for h in items if hamlet_key(h.name) not in known)
    existing = tuple(h.name for h in items if hamlet_key(h.name) in known)
    result = HamletImport(added, existing, tuple(errors))
    if dry_run or errors or not added:
        return result, Changes()
    with ctx.uow.begin() as s:
        for h in items:
            if hamlet_key(h.name) not in known:
                rrepo.add_hamlet(s, me.code, h, ctx.actor)
    return result, Changes.of(AREA)


def canonical_place(ctx: AppContext, log: CommuneLog) -> CommuneLog:
    """A place typed for a visit or meeting, as the hamlet list spells it; refused with the list
    when it names no hamlet of the commune (so "thôn Đông " is never counted as another hamlet).
    Without a list, the place is kept as typed (tidied)."""
    if log.kind not in PLACE_KINDS or not log.place.strip():
        return replace(log, place=clean_name(log.place))
    me = _me(ctx)
    with ctx.uow.read() as s:
        known = rrepo.hamlets(s, me.code)
    if not known:
        return replace(log, place=clean_name(log.place))
    found = match_hamlet(log.place, known)
    if found is None:
        names = ", ".join(h.name for h in known[:8]) + (" …" if len(known) > 8 else "")
        raise DomainError(
            f"“{clean_name(log.place)}” không có trong danh sách thôn, tổ dân phố của xã ({names}). "
            "Chọn trong danh sách, hoặc thêm nơi này ở trang “Thôn, tổ dân phố”.",
            field="place",
        )
    return replace(log, place=found.name)


def hamlet_criteria(ctx: AppContext) -> list[tuple[str, str, str]]:
    """(campaign id, criterion id, title) of every criterion counted per hamlet."""
    from desktop.services.commune_party.work import commune_catalogs

    out = []
    for cid, cat in commune_catalogs(ctx).items():
        for c in cat.criteria:
            if c.params.get("source") == "hamlet_share":
                out.append((cid, c.id, c.title_vi))
    return out


def hamlet_facts(ctx: AppContext, campaign: str, criterion: str, period: str | None = None) -> dict[int, HamletFact]:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        return rrepo.facts_for(s, me.code, campaign, p.label).get(criterion, {})


def set_hamlet_facts(
    ctx: AppContext, campaign: str, criterion: str, period: str | None, marks: dict[int, tuple[bool, str]]
) -> Changes:
    """Record which hamlets meet a per-hamlet criterion; only what changed is written."""
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    if (campaign, criterion) not in {(a, b) for a, b, _t in hamlet_criteria(ctx)}:
        raise DomainError(f"Tiêu chí “{criterion}” không tính theo từng thôn, tổ dân phố.", field="criterion")
    with ctx.uow.begin() as s:
        known = {h.id for h in rrepo.hamlets(s, me.code)}
        current = rrepo.facts_for(s, me.code, campaign, p.label).get(criterion, {})
        wrote = False
        for hid, (met, note) in marks.items():
            if hid not in known:
                raise DomainError(f"Không có thôn, tổ dân phố số {hid}.", field="hamlet")
            old = current.get(hid)
            if old is not None and old.met == bool(met) and old.note == note.strip():
                continue
            if old is None and not met and not note.strip():
                continue  # nothing to say yet
            rrepo.add_fact(
                s,
                me.code,
                HamletFact(campaign, criterion, p.label, hid, bool(met), note.strip(), ctx.today()),
                ctx.actor,
            )
            wrote = True
    return Changes.of(AREA) if wrote else Changes()


# ------------------------------------------------------------------ log corrections


def update_log(ctx: AppContext, log: CommuneLog) -> Changes:
    me = _me(ctx)
    if log.id is None:
        raise DomainError("Chưa chọn bản ghi để sửa.", field="id")
    log = canonical_place(ctx, log.validated())
    with ctx.uow.begin() as s:
        if repo.update_log(s, me.code, log, ctx.actor) is None:
            raise DomainError(f"Không có bản ghi số {log.id} trong sổ của {me.name}.", field="id")
    return Changes.of(AREA)


def attach_to_log(ctx: AppContext, log_id: int, path) -> Changes:
    """An evidence file (photo, scan, minutes) for a log record."""
    from desktop.services.attachments import add_attachment

    me = _me(ctx)
    with ctx.uow.read() as s:
        if repo.get_log(s, me.code, log_id) is None:
            raise DomainError(f"Không có bản ghi số {log_id} trong sổ của {me.name}.", field="id")
    add_attachment(ctx, me.code, "commune_log", log_id, path)
    return Changes.of(AREA)


def log_attachment_counts(ctx: AppContext, log_ids: list[int]) -> dict[int, int]:
    from desktop.services.attachments import count_attachments

    return count_attachments(ctx, "commune_log", log_ids)


# ------------------------------------------------------------------ programme tasks


def update_task(ctx: AppContext, task: ProgrammeTask) -> Changes:
    """Correct a task (title, lead agency, deadline, output) or link it to the indicator that
    completes it; its progress stays."""
    from desktop.services.commune_party.work import catalog

    me = _me(ctx)
    task = task.validated()
    cat = catalog(ctx, task.campaign_id)
    if task.criterion_id:
        try:
            cat.criterion(task.criterion_id)
        except KeyError:
            raise DomainError(
                f"Mô hình “{cat.title_vi}” không có tiêu chí “{task.criterion_id}”.", field="criterion"
            ) from None
    with ctx.uow.begin() as s:
        if repo.update_task(s, me.code, task, ctx.actor) is None:
            raise DomainError(f"Không có nhiệm vụ số {task.id} trong chương trình của {me.name}.", field="id")
    return Changes.of(AREA)


def delete_task(ctx: AppContext, task_id: int) -> Changes:
    me = _me(ctx)
    with ctx.uow.begin() as s:
        if repo.delete_task(s, me.code, task_id, ctx.actor) is None:
            raise DomainError(f"Không có nhiệm vụ số {task_id} trong chương trình của {me.name}.", field="id")
    return Changes.of(AREA)


def with_linked_progress(ctx: AppContext, tasks: list[ProgrammeTask], period: str | None) -> list[ProgrammeTask]:
    """Tasks linked to an indicator are done when the indicator is met ("Khảo sát quý IV" is done
    once the Q IV survey is recorded), with the indicator's explanation as the progress note."""
    from desktop.services.commune_party.work import evaluate

    linked = {t.campaign_id for t in tasks if t.criterion_id}
    if not linked:
        return tasks
    results = {}
    for cid in linked:
        ev = evaluate(ctx, cid, period)
        for r in ev.criteria:
            results[(cid, r.id)] = r
    out = []
    for t in tasks:
        r = results.get((t.campaign_id, t.criterion_id)) if t.criterion_id else None
        if r is not None and r.status == "met" and t.progress < 100:
            t = replace(t, progress=100, progress_note=f"Hoàn thành theo chỉ tiêu “{r.title_vi}”: {say(r.explanation)}")
        out.append(t)
    return out


# ------------------------------------------------------------------ Dân vận khéo models


def dvk_models(ctx: AppContext, period: str | None = None) -> list[DvkModel]:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        return rrepo.dvk_between(s, me.code, p.start, p.end)


def save_dvk(ctx: AppContext, model: DvkModel) -> tuple[int, Changes]:
    me = _me(ctx)
    m = model.validated()
    with ctx.uow.begin() as s:
        if m.id is None:
            mid = rrepo.add_dvk(s, me.code, m, ctx.actor)
        else:
            if rrepo.update_dvk(s, me.code, m, ctx.actor) is None:
                raise DomainError(f"Không có mô hình số {m.id}.", field="id")
            mid = m.id
    return mid, Changes.of(AREA)


def delete_dvk(ctx: AppContext, dvk_id: int) -> Changes:
    me = _me(ctx)
    with ctx.uow.begin() as s:
        if rrepo.delete_dvk(s, me.code, dvk_id, ctx.actor) is None:
            raise DomainError(f"Không có mô hình số {dvk_id}.", field="id")
    return Changes.of(AREA)


def dvk_as_logs(models: list[DvkModel]) -> list[CommuneLog]:
    """The models as records of kind dan_van_model, for the indicators that count them (DVK-1)."""
    return [CommuneLog(None, "dan_van_model", m.started_on, "", m.name, note=m.content) for m in models]


__all__ = ["HAMLET_KINDS", "LOG_KINDS", "SURVEY_TOPICS"]
