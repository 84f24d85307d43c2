"""Commune party committee (issue 10; BRIEF §4.2, §5, §7 D12–D13): local models, logs, recorded
values and judgements, the action programme, evaluation of the commune catalogs, the yearly
review figures and the youth figures shared by the commune's Đoàn cơ sở. The import of a year's
records: commune_import.py; its documents: documents.py; what it sends up: report_up.py.

Every write opens one transaction, records the audit trail and returns ``Changes.of("commune")``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from db.repo import commune as repo
from db.repo import settings as settings_repo
from desktop.domain.catalog import Catalog
from desktop.domain.commune import (
    LOG_KINDS,
    VERDICTS,
    CommuneLog,
    ProgrammeTask,
    RecordedValue,
    catalog_body,
    parse_local_model,
)
from desktop.domain.commune_eval import CommuneData, evaluate_commune
from desktop.domain.errors import DomainError
from desktop.domain.evaluation_model import Evaluation
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.services.catalogs import all_catalogs, bundled_catalogs, is_youth_catalog
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import resolve_period

AREA = "commune"


def _me(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


def available(unit: Unit | None) -> bool:
    return unit is not None and unit.kind is UnitKind.DANG_UY_XA


# ------------------------------------------------------------------ catalogs


def commune_catalogs(ctx: AppContext, period: str | None = None) -> dict[str, Catalog]:
    """The catalogs a commune party committee reports on (bundled and local), in file order.
    A model taken part in by choice (``participation: by_choice``, e.g. Trường học XHCN, piloted in
    a few communes) counts only once the committee registered for it for the period
    (desktop/services/commune_party/year_plan.py)."""
    from desktop.services.commune_party.year_plan import chosen_by_choice

    chosen = chosen_by_choice(ctx, period)
    return {
        k: c
        for k, c in all_catalogs(ctx).items()
        if not is_youth_catalog(c) and (c.participation != "by_choice" or k in chosen)
    }


def optional_catalogs(ctx: AppContext) -> dict[str, Catalog]:
    """The city's models a commune takes part in by choice."""
    return {k: c for k, c in all_catalogs(ctx).items() if not is_youth_catalog(c) and c.participation == "by_choice"}


def catalog(ctx: AppContext, campaign: str) -> Catalog:
    cat = all_catalogs(ctx).get(campaign)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{campaign}” trên máy này.", field="campaign")
    return cat


def is_local_model(ctx: AppContext, campaign: str) -> bool:
    """A model this committee built itself (not one of the city's)."""
    from desktop.services.catalogs import local_catalogs

    return campaign not in bundled_catalogs() and campaign in local_catalogs(ctx)


def criterion_refs(ctx: AppContext, campaign: str) -> dict[str, str]:
    """{criterion id: what a person calls it beside its name}: the city's number, or for a local
    model its place in the model ("1", "2", …), never a made-up code (desktop/domain/commune.py)."""
    from desktop.domain.commune import criterion_refs as refs

    return refs(catalog(ctx, campaign), local=is_local_model(ctx, campaign))


def is_commune_campaign(ctx: AppContext, campaign: str) -> bool:
    cat = all_catalogs(ctx).get(campaign)
    return cat is not None and not is_youth_catalog(cat)


def create_local_model(ctx: AppContext, data: dict) -> tuple[Catalog, Changes]:
    """Store a local model (a catalog in the same JSON format); a model with the same id gets the
    next version, the earlier versions stay (evaluations of past years keep their criteria)."""
    me = _me(ctx)
    cat = parse_local_model(data)
    if cat.id in bundled_catalogs():
        raise DomainError(
            f"Mã “{cat.id}” trùng với một bộ tiêu chí của thành phố: đặt mã khác cho mô hình địa phương.", field="id"
        )
    with ctx.uow.begin() as s:
        version = repo.next_model_version(s, cat.id)
        body = dict(data, version=version)
        body.setdefault("applies_to_kinds", ["dang-uy-xa"])
        cat = parse_local_model(body)
        repo.add_model(
            s,
            unit_code=me.code,
            catalog_id=cat.id,
            version=version,
            title_vi=cat.title_vi,
            body=catalog_body(body),
            actor=ctx.actor,
        )
    return cat, Changes.of(AREA)


def create_local_model_from_form(
    ctx: AppContext, title: str, criteria: list, *, model_id: str | None = None
) -> tuple[Catalog, Changes]:
    """A local model typed in the GUI (issue 20 item 2): criteria by kind (times per week / month /
    quarter / year, a percentage, a value against a target, yes/no, none to happen), counted from the
    log or recorded; saved as a new version when the model exists."""
    from desktop.domain.commune import local_model_data

    return create_local_model(ctx, local_model_data(title, criteria, model_id=model_id))


def local_activity_topics(ctx: AppContext) -> list[tuple[str, str]]:
    """(topic, "model: criterion") of every local criterion counted from the model's own activities."""
    out = []
    for cat in commune_catalogs(ctx).values():
        for c in cat.criteria:
            if c.params.get("log_kind") == "model_activity" and c.params.get("topic"):
                out.append((c.params["topic"], f"{cat.title_vi}: {c.title_vi}"))
    return out


def create_local_model_from_file(ctx: AppContext, path: Path) -> tuple[Catalog, Changes]:
    from desktop.domain import bounded_json

    try:
        data = bounded_json.loads(Path(path).read_bytes(), Path(path).name)  # bounded (issue 18)
    except FileNotFoundError:
        raise DomainError(f"Không tìm thấy tệp “{path}”.", field="file") from None
    return create_local_model(ctx, data)


# ------------------------------------------------------------------ logs and values


def add_log(ctx: AppContext, log: CommuneLog) -> tuple[int, Changes]:
    from desktop.services.commune_party.records import canonical_place

    me = _me(ctx)
    log = canonical_place(ctx, log.validated())  # a thôn / TDP as the commune's list spells it
    with ctx.uow.begin() as s:
        lid = repo.add_log(s, me.code, log, ctx.actor)
    return lid, Changes.of(AREA)


def delete_log(ctx: AppContext, log_id: int) -> Changes:
    me = _me(ctx)
    with ctx.uow.begin() as s:
        if repo.delete_log(s, me.code, log_id, ctx.actor) is None:
            raise DomainError(f"Không có bản ghi số {log_id} trong sổ của {me.name}.", field="id")
    return Changes.of(AREA)


def logs(ctx: AppContext, period: str | None = None, kind: str | None = None) -> list[CommuneLog]:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        return repo.logs_between(s, me.code, p.start, p.end, kind)


def record_value(
    ctx: AppContext,
    campaign: str,
    criterion_id: str,
    period: str | None,
    *,
    value: float | None = None,
    verdict: str | None = None,
    note: str = "",
    assessor: str = "",
    attachments: tuple = (),
) -> Changes:
    """Record a measured value and/or a judgement, with the name of who assessed it and the
    evidence files behind it (kept with the value, shown in its history)."""
    me = _me(ctx)
    cat = catalog(ctx, campaign)
    try:
        crit = cat.criterion(criterion_id)
    except KeyError:
        raise DomainError(f"Bộ tiêu chí “{campaign}” không có tiêu chí “{criterion_id}”.", field="criterion") from None
    if value is None and verdict is None:
        raise DomainError(
            f"{criterion_id}: hãy ghi giá trị (--value) hoặc đánh giá (--verdict met|not_met).", field="value"
        )
    if verdict is not None and verdict not in VERDICTS:
        raise DomainError(f"Đánh giá “{verdict}” không hợp lệ: met (đạt) hoặc not_met (chưa đạt).", field="verdict")
    if value is not None and crit.unit == "share" and not 0 <= value <= 1:
        raise DomainError(
            f"{criterion_id} là tỉ lệ: ghi từ 0 đến 1 (ví dụ 0.85 cho 85%), không phải {value}.", field="value"
        )
    p = resolve_period(ctx, _me(ctx).code, period)
    from desktop.domain.commune import clean_name
    from desktop.services.attachments import attach_in_session, store_file

    stored = [store_file(ctx.data, f) for f in attachments]  # copied first, linked in the transaction
    with ctx.uow.begin() as s:
        vid = repo.add_value(
            s,
            me.code,
            RecordedValue(
                campaign, criterion_id, p.label, value, verdict, note, ctx.today(), ctx.actor, clean_name(assessor)
            ),
            ctx.actor,
        )
        for sf in stored:
            attach_in_session(s, ctx, me.code, "commune_value", vid, sf)
    return Changes.of(AREA)


# ------------------------------------------------------------------ action programme


def add_task(ctx: AppContext, task: ProgrammeTask) -> tuple[int, Changes]:
    me = _me(ctx)
    task = task.validated()
    catalog(ctx, task.campaign_id)  # the model must exist
    with ctx.uow.begin() as s:
        tid = repo.add_task(s, me.code, task, ctx.actor)
    return tid, Changes.of(AREA)


def set_task_progress(ctx: AppContext, task_id: int, progress: int, note: str = "") -> Changes:
    me = _me(ctx)
    if not 0 <= progress <= 100:
        raise DomainError(f"Tiến độ phải từ 0 đến 100 (%), không phải {progress}.", field="progress")
    with ctx.uow.begin() as s:
        if repo.set_task_progress(s, me.code, task_id, progress, note, ctx.actor) is None:
            raise DomainError(f"Không có nhiệm vụ số {task_id} trong chương trình của {me.name}.", field="id")
    return Changes.of(AREA)


def tasks(ctx: AppContext, period: str | None = None) -> list[ProgrammeTask]:
    from desktop.services.commune_party.records import with_linked_progress

    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        found = repo.tasks_for(s, me.code, p.label)
    return with_linked_progress(ctx, found, p.label)


# ------------------------------------------------------------------ evaluation


def evaluate(
    ctx: AppContext,
    campaign: str,
    period: str | None = None,
    *,
    as_of: date | None = None,
    unit_code: str | None = None,
) -> Evaluation:
    me = _me(ctx)
    code = unit_code or me.code
    cat = catalog(ctx, campaign)
    p = resolve_period(ctx, _me(ctx).code, period)
    from db.repo import commune_records as rrepo
    from desktop.services.commune_party.records import dvk_as_logs

    with ctx.uow.read() as s:
        data = CommuneData(
            unit_code=code,
            unit_name=me.name if code == me.code else code,
            period=p,
            as_of=as_of or ctx.today(),
            logs=tuple(repo.logs_between(s, code, p.start, p.end))
            + tuple(dvk_as_logs(rrepo.dvk_between(s, code, p.start, p.end))),
            values=repo.values_for(s, code, cat.id, p.label),
            settings=with_defaults(settings_repo.all_for(s, code)),
            hamlets=tuple(rrepo.hamlets(s, code)),
            hamlet_facts=rrepo.facts_for(s, code, cat.id, p.label),
        )
    return evaluate_commune(cat, data)


def evaluate_all(ctx: AppContext, period: str | None = None, *, as_of: date | None = None) -> list[Evaluation]:
    return [evaluate(ctx, cid, period, as_of=as_of) for cid in commune_catalogs(ctx, period)]


# ------------------------------------------------------------------ review figures


@dataclass(frozen=True)
class SatisfactionSummary:
    surveys: tuple[CommuneLog, ...]
    asked: int
    satisfied: int
    target: float

    @property
    def share(self) -> float | None:
        return self.satisfied / self.asked if self.asked else None


def satisfaction(ctx: AppContext, period: str | None = None) -> SatisfactionSummary:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        surveys = repo.logs_between(s, me.code, p.start, p.end, "survey")
        settings = with_defaults(settings_repo.all_for(s, me.code))
    return SatisfactionSummary(
        tuple(surveys),
        sum(x.received or 0 for x in surveys),
        sum(x.answered or 0 for x in surveys),
        float(settings.get("commune_satisfaction_target", 0.8)),
    )


def log_counts(ctx: AppContext, period: str | None = None) -> dict[str, int]:
    """Records per kind in the period (the review's figures)."""
    out = {k: 0 for k in LOG_KINDS}
    for g in logs(ctx, period):
        out[g.kind] += 1
    return out


@dataclass(frozen=True)
class YouthFigures:
    """The Chi đoàn XHCN figures of the area from the Đoàn cơ sở's shared summary (issue 10 item 6)."""

    sender_code: str
    sender_name: str
    period: str
    as_of: str | None
    branches: int | None
    registered: int | None
    recognisable: int | None
    recognised: int | None
    members: int | None
    summary_kind: str | None = None  # "registration" (20/11) | "results" (10/11)

    @property
    def what_vi(self) -> str:
        return {"registration": "Tổng hợp đăng ký", "results": "Tổng hợp kết quả"}.get(
            self.summary_kind or "", "Báo cáo tổng hợp"
        )

    def text_vi(self) -> str:
        """One sentence in words: "Đoàn xã An Lão — tổng hợp kết quả năm 2026 (số liệu đến 15/11/2026):
        12 chi đoàn, 12 đã đăng ký Chi đoàn XHCN, 9 đủ điều kiện công nhận, 0 đã công nhận; 340 đoàn viên."."""
        parts = []
        if self.branches is not None:
            parts.append(f"{self.branches} chi đoàn")
        if self.registered is not None:
            parts.append(f"{self.registered} đã đăng ký xây dựng Chi đoàn XHCN")
        if self.summary_kind != "registration":
            if self.recognisable is not None:
                parts.append(f"{self.recognisable} đủ điều kiện công nhận Chi đoàn XHCN")
            if self.recognised is not None:
                parts.append(f"{self.recognised} đã được công nhận")
        when = ""
        if self.as_of:
            try:
                when = f" (số liệu đến {date.fromisoformat(self.as_of):%d/%m/%Y})"
            except ValueError:
                when = ""
        text = f"{self.sender_name} — {self.what_vi.lower()} năm {self.period}{when}: " + ", ".join(parts)
        if self.members:
            text += f"; {self.members} đoàn viên trong các chi đoàn"
        return text + "."


def youth_figures(ctx: AppContext, period: str | None = None) -> list[YouthFigures]:
    """From the "summary" packages the commune's Đoàn cơ sở sent to this committee (the version in
    force of each). Đoàn viên XHCN counts: the members of the branches listed (the summary carries
    no per-member recognition)."""
    from desktop.services import exchange as sync

    p = resolve_period(ctx, _me(ctx).code, period)
    out = []
    for row in sync.received(ctx, kinds=("summary",), current_only=True):
        if row.period not in {p.label, f"{p.year - 1}-{p.year}"}:
            continue
        data = sync.received_data(ctx, row) or {}
        totals = data.get("totals") or {}
        members = [b.get("member_count") for b in data.get("branches") or [] if b.get("member_count") is not None]
        out.append(
            YouthFigures(
                row.sender_code or "",
                (data.get("unit") or {}).get("name", row.sender_code or ""),
                row.period or "",
                data.get("as_of"),
                totals.get("branches"),
                totals.get("registered"),
                totals.get("recognisable"),
                totals.get("recognised"),
                sum(members) if members else None,
                data.get("summary_kind") if data.get("summary_kind") in ("registration", "results") else None,
            )
        )
    return out
