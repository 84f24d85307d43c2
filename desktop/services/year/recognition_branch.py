"""Step 3 "Công nhận" for the Chi đoàn XHCN title (BRIEF §2.3, §3.1 step 3, issue 5 item 5): the
branch's dossier (its year-end evaluation, criterion by criterion), its proposal pre-filled from
that evaluation, and withdrawing it. Writes return ``Changes.of("recognition", "cycle")`` and
record an audit entry, as in recognition.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db import audit
from db.repo import recognition as repo
from db.repo import recognition_decisions as decisions_repo
from desktop.domain import recognition as rules
from desktop.domain.catalog import Catalog, Recognition
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.i18n.catalogue import say
from desktop.domain.units import Unit, UnitKind
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.year.recognition import _changes, _settings, _unit, period_for


# ----------------------------------------------------------------------------- branch: self-assessment


def evaluation_rows(ctx: AppContext, unit_code: str, period_label: str) -> list[dict]:
    """Per criterion {id, status, value, threshold, explanation_vi} from the evaluation engine
    (desktop/services/year/evaluation.py, issue 5 item 3)."""
    from desktop.services.year.evaluation import evaluate_unit

    return [r.to_json(say) for r in evaluate_unit(ctx, unit_code, period_label).criteria]


def _value_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)[:80]


@dataclass(frozen=True)
class BranchDossier:
    """The branch's year-end self-assessment and proposal, with the appraisal if any."""

    unit: Unit
    period: Period
    catalog: Catalog
    items: dict  # criterion -> {evaluated_status, evaluated_value, explanation, claim, comment}
    self_assessment: str
    proposes_recognition: bool
    status: str  # none | draft | submitted
    submitted_on: date | None
    document_number: str
    proposed_members: tuple[int, ...]
    appraisals: dict = field(default_factory=dict)  # criterion -> {agree, comment, appraised_by, appraised_on}
    recognition: dict | None = None
    outcome: rules.AppraisalOutcome | None = None
    live: dict = field(default_factory=dict)  # the evaluation now (criterion -> row)


def branch_dossier(ctx: AppContext, unit_code: str, period_label: str) -> BranchDossier:
    with ctx.uow.read() as s:
        unit, uid = _unit(s, unit_code)
        values = _settings(s, unit_code)
        period = period_for(unit, period_label, values, ctx.today())
        prop = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        apps = decisions_repo.appraisals(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        rec = decisions_repo.branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, period.label)
    catalog = ctx.catalogs[rules.BRANCH_CAMPAIGN]
    live = {r["id"]: r for r in evaluation_rows(ctx, unit_code, period.label)}
    if prop and prop["items"]:
        items = prop["items"]
    else:
        items = {c.id: _item_from_eval(live.get(c.id), c.id) for c in catalog.criteria}
    claims = {cid: it["claim"] for cid, it in items.items()}
    base = catalog.recognition or Recognition(0.8, "ceil", "per_criterion", "")
    rec_rule = Recognition(base.min_share, values["recognition_rounding"], values["recognition_counting"], base.note_vi)
    outcome = rules.appraised_outcome(catalog, claims, {k: v["agree"] for k, v in apps.items()}, rec_rule)
    return BranchDossier(
        unit=unit,
        period=period,
        catalog=catalog,
        items=items,
        self_assessment=prop["self_assessment"] if prop else "",
        proposes_recognition=prop["proposes_recognition"] if prop else False,
        status=prop["status"] if prop else "none",
        submitted_on=prop["submitted_on"] if prop else None,
        document_number=prop["document_number"] if prop else "",
        proposed_members=tuple(sorted(prop["members"])) if prop else (),
        appraisals=apps,
        recognition=rec,
        outcome=outcome,
        live=live,
    )


def _item_from_eval(row: dict | None, cid: str) -> dict:
    if row is None:
        return {"evaluated_status": "", "evaluated_value": "", "explanation": "", "claim": rules.NOT_MET, "comment": ""}
    status = row.get("status", "")
    return {
        "evaluated_status": status,
        "evaluated_value": _value_text(row.get("value")),
        "explanation": row.get("explanation_vi", "") or "",
        "claim": rules.claim_from_status(status),
        "comment": "",
    }


def save_branch_proposal(
    ctx: AppContext,
    unit_code: str,
    period_label: str,
    *,
    self_assessment: str = "",
    claims: dict[str, tuple[str, str]] | None = None,
    proposes_recognition: bool = False,
    document_number: str = "",
    submit: bool = False,
) -> Changes:
    """The branch's year-end self-assessment ("tự đánh giá") and proposal ("đề nghị công nhận").

    Each criterion keeps a snapshot of the evaluation at the time and the branch's claim
    (met / not met / not applicable) with a comment. ``submit`` freezes it for the Đoàn cơ sở."""
    catalog = ctx.catalogs[rules.BRANCH_CAMPAIGN]
    live = {r["id"]: r for r in evaluation_rows(ctx, unit_code, period_label)}
    items = {}
    for c in catalog.criteria:
        it = _item_from_eval(live.get(c.id), c.id)
        if claims and c.id in claims:
            claim, comment = claims[c.id]
            if claim not in rules.CLAIMS:
                raise DomainError(f"{c.id}: tự đánh giá phải là met, not_met hoặc not_applicable.", field=c.id)
            it["claim"], it["comment"] = claim, " ".join((comment or "").split())
        items[c.id] = it
    unknown = sorted(set(claims or {}) - {c.id for c in catalog.criteria})
    if unknown:
        raise DomainError(f"Không có tiêu chí “{unknown[0]}” trong bộ tiêu chí Chi đoàn XHCN.", field=unknown[0])
    if len(self_assessment or "") > 20000:
        raise DomainError("Bản tự đánh giá quá dài (tối đa 20.000 ký tự).", field="self_assessment")
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        if unit.kind is not UnitKind.CHI_DOAN:
            raise DomainError("Chỉ chi đoàn mới lập hồ sơ đề nghị công nhận Chi đoàn XHCN.", field="unit")
        period = period_for(unit, period_label, _settings(s, unit_code), ctx.today())
        cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        if cur and cur["status"] == "submitted":
            raise DomainError(f"Hồ sơ đề nghị kỳ {period.label} đã gửi: rút hồ sơ trước khi sửa.", field="status")
        repo.put_proposal(
            s,
            unit_id=uid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=period.label,
            self_assessment=(self_assessment or "").strip(),
            proposes_recognition=bool(proposes_recognition),
            status="submitted" if submit else "draft",
            submitted_on=ctx.today() if submit else None,
            document_number=" ".join((document_number or "").split()),
            items=items,
            members=cur["members"] if cur else (),
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="submit" if submit else ("update" if cur else "create"),
            entity="branch_proposal",
            entity_id=period.label,
            unit_code=unit_code,
            before={k: v for k, v in cur.items() if k != "items"} if cur else None,
            after={
                "proposes_recognition": bool(proposes_recognition),
                "claims": {k: v["claim"] for k, v in items.items()},
                "submitted": submit,
            },
        )
    return _changes()


def withdraw_proposal(ctx: AppContext, unit_code: str, period_label: str) -> Changes:
    """Reopen a submitted proposal (before the Đoàn cơ sở decides)."""
    with ctx.uow.begin() as s:
        unit, uid = _unit(s, unit_code)
        period = period_for(unit, period_label, _settings(s, unit_code), ctx.today())
        cur = repo.proposal(s, uid, rules.BRANCH_CAMPAIGN, period.label)
        if not cur or cur["status"] != "submitted":
            raise DomainError(f"Kỳ {period.label} chưa có hồ sơ đề nghị đã gửi.", field="status")
        if decisions_repo.branch_recognition(s, uid, rules.BRANCH_CAMPAIGN, period.label):
            raise DomainError("Đoàn cơ sở đã ra quyết định công nhận: không thể rút hồ sơ.", field="status")
        repo.put_proposal(
            s,
            unit_id=uid,
            campaign=rules.BRANCH_CAMPAIGN,
            period_label=period.label,
            self_assessment=cur["self_assessment"],
            proposes_recognition=cur["proposes_recognition"],
            status="draft",
            submitted_on=None,
            document_number=cur["document_number"],
            items=None,
            members=None,
        )
        audit.record(
            s,
            actor=ctx.actor,
            action="withdraw",
            entity="branch_proposal",
            entity_id=period.label,
            unit_code=unit_code,
            before={"status": "submitted"},
            after={"status": "draft"},
        )
    return _changes()
