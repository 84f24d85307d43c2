"""The commune party committee's documents (issue 10; BRIEF §7 D12–D13): the review texts it
writes, the data of each document (models' results, action programme, satisfaction, youth
figures), and the PDF generated and saved from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.repo import commune as repo
from db.repo import settings as settings_repo
from desktop.domain.catalog import Catalog
from desktop.domain.commune import LOG_KINDS, ProgrammeTask
from desktop.domain.errors import DomainError
from desktop.domain.evaluation_model import Evaluation
from desktop.domain.settings import PARTY_KIND, with_defaults
from desktop.domain.units import Unit
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import resolve_period
from desktop.services.commune_party.work import (
    AREA,
    _me,
    commune_catalogs,
    evaluate,
    is_local_model,
    satisfaction,
    youth_figures,
)


# ------------------------------------------------------------------ Party-format documents

DOC_KINDS = ("registration", "programme", "quarterly", "review")
_CHOICE_LABELS = {
    "mandatory": "Mô hình của thành phố",
    "by_choice": "Mô hình tự chọn của thành phố",
    "local": "Mô hình của địa phương",
}
_TEXTS = "commune_review_text:"  # the committee's own "bài học kinh nghiệm" / "phương hướng" per period


def review_texts(ctx: AppContext, period: str | None = None) -> dict[str, str]:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        raw = settings_repo.get(s, me.code, _TEXTS + p.label) or {}
    return {"lessons": str(raw.get("lessons", "")), "directions": str(raw.get("directions", ""))}


def set_review_texts(ctx: AppContext, period: str | None, *, lessons: str, directions: str) -> Changes:
    """What the committee writes itself in the sơ kết: lessons learned and directions for next year."""
    from db import audit

    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    value = {"lessons": lessons.strip(), "directions": directions.strip()}
    if any(len(v) > 20_000 for v in value.values()):
        raise DomainError("Nội dung quá dài (tối đa 20.000 ký tự mỗi phần).", field="text")
    with ctx.uow.begin() as s:
        before = settings_repo.get(s, me.code, _TEXTS + p.label)
        if before == value:
            return Changes()
        settings_repo.put(s, me.code, _TEXTS + p.label, value)
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="commune_review_text",
            entity_id=p.label,
            unit_code=me.code,
            before=before,
            after=value,
        )
    return Changes.of(AREA)


def place_of(unit: Unit) -> str:
    """The place a commune's documents are dated at: "An Lão" for "Đảng ủy xã An Lão"."""
    from desktop.domain.commune import commune_place

    return commune_place(unit.name)


@dataclass(frozen=True)
class CommuneDocument:
    kind: str
    title: str
    pdf: bytes
    pages: int
    number: str  # "05-BC/ĐU"; "" for a draft
    file_name: str


def _target_text(c) -> str:
    if c.measure == "count_per_period":
        per = {"week": "tuần", "month": "tháng", "quarter": "quý", "year": "năm"}.get(c.period, c.period)
        return f"≥ {int(c.threshold or 1)}/{per}"
    if c.measure == "zero":
        return "0 trường hợp"
    if c.measure == "value_min" and c.threshold is not None:
        from desktop.i18n.formatting import format_number, format_percent

        cmp = ">" if c.params.get("strict") else "≥"
        return f"{cmp} {format_percent(c.threshold) if c.unit == 'share' else format_number(c.threshold)}"
    return ""


def _value_text(c, r) -> str:
    from desktop.i18n.formatting import format_number, format_percent

    v = r.value
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "Có" if v else "Chưa"
    if c.measure == "count_per_period":
        if c.period == "year":
            return f"{v} lần"
        total = len(r.details.get("periods", []))
        return f"{v}/{total} {'tuần' if c.period == 'week' else 'tháng' if c.period == 'month' else 'kỳ'}"
    if c.unit == "share":
        return format_percent(v, digits=1 if abs(v * 100 - round(v * 100)) > 1e-9 else 0)
    return format_number(v)


def _model_result(cat: Catalog, ev: Evaluation, *, local: bool = False):
    from desktop.domain.evaluation_model import status_words
    from desktop.i18n.catalogue import say
    from desktop.reports.commune_model import ModelResult
    from desktop.reports.model import CriterionGroup, CriterionLine

    lines = []
    for c in cat.criteria:
        r = ev.result(c.id)
        status = say(status_words(r.status))
        missing = "" if r.status == "met" else say(r.explanation)
        lines.append(
            CriterionLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                applicable=r.status != "not_applicable",
                target=_target_text(c),
                value=_value_text(c, r),
                met=r.status == "met",
                status=status,
                missing=missing,
            )
        )
    return ModelResult(
        cat.id,
        cat.title_vi,
        ev.met,
        ev.applicable,
        ev.completion_share,
        tuple(CriterionGroup(g.id, g.title_vi) for g in cat.groups),
        tuple(lines),
        local=local,
    )


def _issuer(ctx: AppContext, me: Unit):
    from desktop.reports.model import Issuer, Signature

    with ctx.uow.read() as s:
        # The Party's own defaults; a Union symbol or signature line stored by mistake never
        # reaches a Party document (desktop/domain/settings.py, settings by unit kind).
        own = settings_repo.all_for(s, me.code)
        values = with_defaults(own, PARTY_KIND)
    # Dated at the commune ("An Lão, ngày …") unless the committee set another place.
    place = (own.get("place_name") or "").strip() or place_of(me)
    issuer = Issuer.party(
        me.name,
        values["report_upper_level"].strip(),
        symbol=values["document_symbol"].strip(),
        place=place,
        unit_code=me.code,
    )
    sig = Signature(
        on_behalf=values["report_on_behalf"].strip(),
        title=values["report_signer_title"].strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )
    return issuer, sig


def document_data(
    ctx: AppContext,
    kind: str,
    *,
    period: str | None = None,
    quarter: int | None = None,
    as_of: date | None = None,
    number: int | None = None,
    issued_on: date | None = None,
):
    from desktop.domain.commune import TASK_STATES
    from desktop.domain.commune import DVK_FIELDS, SURVEY_TOPICS
    from desktop.services.commune_party import year_plan as commune_register
    from desktop.reports.commune_model import TYPE_CODES, CommuneDocData, DvkLine, SurveyLine, SurveyTopicLine, TaskLine
    from desktop.services.commune_party import records as rec
    from desktop.services.commune_party import satisfaction_surveys as surveys_svc
    from desktop.reports.model import Heading

    if kind not in DOC_KINDS:
        raise DomainError(
            f"Loại văn bản “{kind}” không có: registration, programme, quarterly hoặc review.", field="kind"
        )
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    today = as_of or ctx.today()
    qstart = qend = None
    qlabel = ""
    start, end = p.start, p.end
    if kind == "quarterly":
        if quarter is None:
            quarter = p.quarter_of(min(max(today, p.start), p.end)) or 1
        if not 1 <= quarter <= 4:
            raise DomainError(f"Quý phải từ 1 đến 4, không phải {quarter}.", field="quarter")
        qstart, qend = p.quarters()[quarter - 1]
        qlabel = p.quarter_label_vi(quarter)
        start, end = qstart, qend
    cats = commune_catalogs(ctx, p.label)
    from desktop.domain.commune import made_up_codes

    local = {cid for cid, cat in cats.items() if is_local_model(ctx, cid) and made_up_codes(cat)}
    models = tuple(
        _model_result(cat, evaluate(ctx, cid, p.label, as_of=today), local=cid in local) for cid, cat in cats.items()
    )
    titles = {cid: cat.title_vi for cid, cat in cats.items()}
    tasks = tuple(
        TaskLine(
            titles.get(t.campaign_id, t.campaign_id),
            t.title,
            t.lead_agency,
            t.deadline,
            t.expected_output,
            t.progress,
            TASK_STATES[t.state(today)],
            t.progress_note,
        )
        for t in sorted(
            tasks_for_period(ctx, p.label),
            key=lambda t: list(titles).index(t.campaign_id) if t.campaign_id in titles else 99,
        )
    )
    sat = satisfaction(ctx, p.label)
    with ctx.uow.read() as s:
        period_logs = repo.logs_between(s, me.code, start, end)
    figures = []
    for k, lk in LOG_KINDS.items():
        rows = [g for g in period_logs if g.kind == k]
        if not rows:
            continue
        if lk.numbers:
            a = sum(g.received or 0 for g in rows)
            b = sum(g.answered or 0 for g in rows)
            figures.append((f"{lk.label_vi} ({lk.numbers[1].lower()}/{lk.numbers[0].lower()})", f"{b}/{a}"))
        else:
            places = {g.place for g in rows if g.place}
            known = len(rec.hamlets(ctx))
            reach = f"{len(places)}/{known}" if known else f"{len(places)}"
            figures.append((lk.label_vi, f"{len(rows)}" + (f" ({reach} thôn, TDP)" if k == "leader_visit" else "")))
    reg_view = commune_register.registration(ctx, p.label)
    texts = review_texts(ctx, p.label)
    issuer, sig = _issuer(ctx, me)
    heading = Heading(issuer=issuer, issued_on=issued_on or today, type_code=TYPE_CODES[kind], number=number)
    return CommuneDocData(
        heading=heading,
        signature=sig,
        committee=me.name,
        period_label=p.label,
        as_of=today,
        models=models,
        tasks=tasks,
        surveys=tuple(
            SurveyLine(g.on_date, g.title or "Khảo sát", g.received or 0, g.answered or 0) for g in sat.surveys
        ),
        satisfaction_target=sat.target,
        figures=tuple(figures),
        recipients=(
            "Ban Thường vụ Thành ủy (để báo cáo)",
            "Ban Tuyên giáo và Dân vận Thành ủy",
            "Các chi bộ trực thuộc",
        ),
        quarter_label=qlabel,
        quarter_start=qstart,
        quarter_end=qend,
        survey_topics=tuple(
            SurveyTopicLine(SURVEY_TOPICS[t], b.asked, b.satisfied, b.by_hamlet, t == "phuc-vu")
            for t in SURVEY_TOPICS
            for b in [surveys_svc.breakdown(ctx, p.label, t)]
            if b.asked
        ),
        dvk=tuple(
            DvkLine(m.name, DVK_FIELDS.get(m.field, m.field), m.owner, m.started_on, m.result, m.recognition)
            for m in rec.dvk_models(ctx, p.label)
        ),
        registered=tuple((c.title, _CHOICE_LABELS[c.kind], c.criteria) for c in reg_view.choices if c.chosen),
        dvk_model=reg_view.registration.dvk_model,
        calendar=tuple(
            (d.due, d.title_vi) for d in commune_register.calendar(ctx, p.label) if d.step != "commune-register"
        ),
        lessons=texts["lessons"],
        directions=texts["directions"],
        youth=tuple(y.text_vi() for y in youth_figures(ctx, p.label)) if kind in ("quarterly", "review") else (),
    )


def tasks_for_period(ctx: AppContext, label: str) -> list[ProgrammeTask]:
    me = _me(ctx)
    with ctx.uow.read() as s:
        return repo.tasks_for(s, me.code, label)


def generate_document(
    ctx: AppContext,
    kind: str,
    *,
    period: str | None = None,
    quarter: int | None = None,
    as_of: date | None = None,
    draft: bool = False,
    issued_on: date | None = None,
) -> CommuneDocument:
    """Build and render one document; a numbered one takes (or, printed again, keeps) its number in
    the unit's document register ("sổ đăng ký văn bản", shared with the other documents)."""
    from db.repo import documents as documents_repo
    from desktop.reports.commune_docs import BUILDERS
    from desktop.reports.commune_model import TITLES, TYPE_CODES
    from desktop.reports.render import page_count, render

    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    today = as_of or ctx.today()
    chosen_day = issued_on
    number, issued_on = None, None
    key = p.label + (f"-Q{quarter}" if kind == "quarterly" and quarter else "")
    if not draft:
        with ctx.uow.begin() as s:
            entry = documents_repo.allocate(
                s,
                me.code,
                kind=f"commune-{kind}",
                period_label=key,
                subject_code="",
                type_code=TYPE_CODES[kind],
                issued_on=chosen_day or ctx.today(),
                title=f"{TITLES[kind]} {key}",
                actor=ctx.actor,
            )
            number, issued_on = entry.number, entry.issued_on
            from db import audit

            audit.record(
                s,
                actor=ctx.actor,
                action="print" if entry.reprint else "create",
                entity="document",
                entity_id=f"{entry.number:02d}-{TYPE_CODES[kind]}/{entry.year}",
                unit_code=me.code,
                after={"kind": f"commune-{kind}", "period": key, "number": entry.number},
            )
    data = document_data(
        ctx, kind, period=p.label, quarter=quarter, as_of=today, number=number, issued_on=issued_on or chosen_day
    )
    report = BUILDERS[kind](data)
    pdf = render(report)
    return CommuneDocument(
        kind,
        report.title,
        pdf,
        page_count(pdf),
        data.heading.number_text if number else "",
        document_file_name(ctx, kind, p.label, quarter, draft=draft),
    )


def document_file_name(
    ctx: AppContext, kind: str, period: str, quarter: int | None = None, *, draft: bool = False
) -> str:
    """A name a person recognises: "BaoCaoSoKet-2026-DangUyXaAnLao.pdf", "BaoCaoQuy3-2026-…"."""
    from desktop.domain.commune import clean_name
    from desktop.reports.commune_model import FILE_STEMS

    me = _me(ctx)
    q = f"{quarter}" if kind == "quarterly" and quarter else ""
    who = "".join(w[:1].upper() + w[1:] for w in _ascii(clean_name(me.name)).split())
    return f"{FILE_STEMS[kind]}{q}-{period}-{who}{'-BanNhap' if draft else ''}.pdf"


def _ascii(text: str) -> str:
    """Vietnamese without diacritics ("Đảng ủy xã An Lão" -> "Dang uy xa An Lao"), for file names."""
    import unicodedata

    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" and (ch.isalnum() or ch == " ")
    )


def save_document(ctx: AppContext, kind: str, out, **kw) -> CommuneDocument:
    from desktop.paths import long_path_safe

    doc = generate_document(ctx, kind, **kw)
    path = long_path_safe(out)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(doc.pdf)
    tmp.replace(path)
    return doc
