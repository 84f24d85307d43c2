"""Importing a commune's records of a year from one JSON object (issue 10): local models, logs,
recorded values and programme tasks, in one transaction (all or nothing), with errors that name
the list and the row. The records themselves: work.py."""

from __future__ import annotations

from datetime import date

from db.repo import commune as repo
from desktop.domain.commune import VERDICTS, CommuneLog, ProgrammeTask, RecordedValue, catalog_body, parse_local_model
from desktop.domain.errors import DomainError
from desktop.services.catalogs import all_catalogs, bundled_catalogs
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import period_in
from desktop.services.commune_party.work import AREA, _me


# ------------------------------------------------------------------ import of a year's records


def _date(text, where: str) -> date:
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        raise DomainError(f"{where}: ngày “{text}” không hợp lệ, ghi theo dạng YYYY-MM-DD.", field="date") from None


def import_records(ctx: AppContext, data: dict) -> tuple[dict, Changes]:
    """Import a commune's records from one JSON object, in one transaction (all or nothing):
    {"models": [catalog…], "logs": [{"kind", "date", "place", "title", "received", "answered",
    "note"}], "values": [{"campaign", "criterion", "period", "value", "verdict", "note"}],
    "tasks": [{"campaign", "title", "lead_agency", "deadline", "expected_output", "progress",
    "period"}]}. Errors name the list and the row (counted from 1)."""
    if not isinstance(data, dict):
        raise DomainError("Tệp nhập phải là một đối tượng JSON có các mục models, logs, values, tasks.")
    unknown = set(data) - {"models", "logs", "values", "tasks"}
    if unknown:
        raise DomainError(f"Tệp nhập có mục không hỗ trợ: {', '.join(sorted(unknown))}.")
    me = _me(ctx)
    bundled = bundled_catalogs()
    counts = {"models": 0, "logs": 0, "values": 0, "tasks": 0}
    cats = dict(all_catalogs(ctx))
    with ctx.uow.begin() as s:
        for i, m in enumerate(data.get("models") or [], start=1):
            cat = parse_local_model(m, file=f"models[{i}]")
            if cat.id in bundled:
                raise DomainError(f"models dòng {i}: mã “{cat.id}” trùng với bộ tiêu chí của thành phố.", field="id")
            version = repo.next_model_version(s, cat.id)
            body = dict(m, version=version)
            body.setdefault("applies_to_kinds", ["dang-uy-xa"])
            cats[cat.id] = parse_local_model(body)
            repo.add_model(
                s,
                unit_code=me.code,
                catalog_id=cat.id,
                version=version,
                title_vi=cat.title_vi,
                body=catalog_body(body),
                actor=ctx.actor,
            )
            counts["models"] += 1
        for i, g in enumerate(data.get("logs") or [], start=1):
            where = f"logs dòng {i}"
            try:
                log = CommuneLog(
                    None,
                    g.get("kind", ""),
                    _date(g.get("date"), where),
                    g.get("place") or "",
                    g.get("title") or "",
                    g.get("received"),
                    g.get("answered"),
                    g.get("note") or "",
                ).validated()
            except DomainError as exc:
                raise DomainError(f"{where}: {exc}", field=exc.field) from None
            repo.add_log(s, me.code, log, ctx.actor)
            counts["logs"] += 1
        for i, v in enumerate(data.get("values") or [], start=1):
            where = f"values dòng {i}"
            cat = cats.get(v.get("campaign"))
            if cat is None:
                raise DomainError(f"{where}: không có bộ tiêu chí “{v.get('campaign')}”.", field="campaign")
            if v.get("criterion") not in {c.id for c in cat.criteria}:
                raise DomainError(
                    f"{where}: bộ “{cat.id}” không có tiêu chí “{v.get('criterion')}”.", field="criterion"
                )
            verdict = v.get("verdict")
            if verdict is not None and verdict not in VERDICTS:
                raise DomainError(f"{where}: đánh giá “{verdict}” không hợp lệ (met hoặc not_met).", field="verdict")
            value = v.get("value")
            if isinstance(value, bool):
                value = 1.0 if value else 0.0
            p = period_in(s, me.code, v.get("period"), ctx.today())
            repo.add_value(
                s,
                me.code,
                RecordedValue(
                    cat.id,
                    v["criterion"],
                    p.label,
                    None if value is None else float(value),
                    verdict,
                    v.get("note") or "",
                    ctx.today(),
                    ctx.actor,
                ),
                ctx.actor,
            )
            counts["values"] += 1
        for i, t in enumerate(data.get("tasks") or [], start=1):
            where = f"tasks dòng {i}"
            if t.get("campaign") not in cats:
                raise DomainError(f"{where}: không có bộ tiêu chí “{t.get('campaign')}”.", field="campaign")
            p = period_in(s, me.code, t.get("period"), ctx.today())
            try:
                task = ProgrammeTask(
                    None,
                    p.label,
                    t["campaign"],
                    t.get("title") or "",
                    t.get("lead_agency") or "",
                    _date(t["deadline"], where) if t.get("deadline") else None,
                    t.get("expected_output") or "",
                    int(t.get("progress") or 0),
                    t.get("progress_note") or "",
                ).validated()
            except DomainError as exc:
                raise DomainError(f"{where}: {exc}", field=exc.field) from None
            repo.add_task(s, me.code, task, ctx.actor)
            counts["tasks"] += 1
    return counts, Changes.of(AREA)
