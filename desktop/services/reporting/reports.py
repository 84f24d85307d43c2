"""Printed reports (issue 6): gather the data of a document from the other services, give it its
number from the document register, build and render it.

``generate(ctx, ReportRequest(kind, period, branch, quarter))`` is the one entry point for the
CLI (`sothidua report`), the print preview and the packages of issue 7. The builders in
desktop/reports take plain dataclasses (desktop/reports/model.py); report_branch.py and
report_upper.py map the recorded data onto them (nothing is retyped), report_scope.py holds what
every document shares (request, scope, signer, numbers).

Numbers: each numbered document of a report is registered in the unit's "sổ đăng ký văn bản"
(db/repo/documents.py) in one write transaction before the PDF is rendered; the same report
again (same unit, kind, period, branch) is a reprint and keeps its number and date.
"""

from __future__ import annotations

from dataclasses import replace

from db import audit
from db.repo import documents as documents_repo
from desktop.domain.errors import DomainError
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.formatting import nfc
from desktop.reports import kinds as K
from desktop.reports import model as M
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.reporting.report_scope import (
    GeneratedReport,
    ReportRequest,
    Numbering,
    catalog_of,
    dated_signature,
    own_unit,
    held_branches,
    resolve_scope,
)
from desktop.services.reporting.report_branch import _quarterly, _registration, _volunteer_log, _year_end
from desktop.services.reporting.report_upper import (
    _appraisal,
    _certificates,
    _decision,
    _ranking,
    _registration_summary,
    _results_summary,
    _review,
)


# ----------------------------------------------------------------------------- gatherers


def gather(ctx: AppContext, req: ReportRequest, numbering: Numbering | None = None, *, progress=None, cancel=None):
    """The builder's data for the request (numbers allocated unless ``req.draft``)."""
    scope = resolve_scope(ctx, req)
    issued_on = req.issued_on or ctx.today()
    numbering = numbering or Numbering(ctx, scope, req, issued_on)
    fn = {
        "registration": _registration,
        "quarterly": _quarterly,
        "year-end": _year_end,
        "volunteer-log": _volunteer_log,
        "registration-summary": _registration_summary,
        "results-summary": _results_summary,
        "decision": _decision,
        "certificates": _certificates,
        "appraisal": _appraisal,
        "ranking": _ranking,
        "review": _review,
    }[scope.kind.key]
    return fn(ctx, scope, numbering, progress=progress, cancel=cancel)


# ----------------------------------------------------------------------------- build + render


def build(kind: str, data):
    """The builder of ``kind`` applied to its data (no rendering)."""
    from desktop.reports.builders.appraisal import build_appraisal
    from desktop.reports.builders.certificates import build_certificates
    from desktop.reports.builders.decision import build_decision
    from desktop.reports.builders.quarterly import build_quarterly
    from desktop.reports.builders.registration import build_registration
    from desktop.reports.builders.summaries import build_registration_summary, build_results_summary
    from desktop.reports.builders.upper import build_ranking, build_review, build_upper_summary
    from desktop.reports.builders.volunteer import build_volunteer_log
    from desktop.reports.builders.year_end import build_year_end
    from desktop.reports.model import UpperSummaryData

    if isinstance(data, UpperSummaryData):  # a Đoàn cấp trên's summaries over its Đoàn cơ sở
        return build_upper_summary(data)
    return {
        "registration": build_registration,
        "quarterly": build_quarterly,
        "year-end": build_year_end,
        "volunteer-log": build_volunteer_log,
        "registration-summary": build_registration_summary,
        "results-summary": build_results_summary,
        "decision": build_decision,
        "certificates": build_certificates,
        "appraisal": build_appraisal,
        "ranking": build_ranking,
        "review": build_review,
    }[kind](data)


# The default file name says what the document is, in Vietnamese (issue 19 item 3).
_FILE_TITLES = {
    "registration": "Đăng ký Chi đoàn XHCN",
    "quarterly": "Báo cáo tiến độ",
    "year-end": "Báo cáo kết quả cuối năm",
    "volunteer-log": "Sổ ngày tình nguyện",
    "registration-summary": "Tổng hợp đăng ký",
    "results-summary": "Tổng hợp kết quả",
    "decision": "Quyết định công nhận",
    "certificates": "Giấy chứng nhận",
    "ranking": "Xếp loại thi đua",
    "review": "Sơ kết, tổng kết",
}


def _file_name(kind: str, unit: Unit, period: str, quarter: int | None = None) -> str:
    from desktop.i18n.formatting import file_name, period_words

    return file_name(_FILE_TITLES.get(kind, K.kind(kind).title_vi), unit.name, period_words(period, quarter))


def generate(ctx: AppContext, req: ReportRequest, *, progress=None, cancel=None) -> GeneratedReport:
    """Gather, number, build and render one report; returns the PDF bytes."""
    from desktop.reports.render import RenderCancelled, page_count, render
    from desktop.services.progress import Cancelled

    scope = resolve_scope(ctx, req)
    numbering = Numbering(ctx, scope, req, req.issued_on or ctx.today())
    # Progress messages stay empty (the caller's label, in the user's language, remains) except
    # while branches are evaluated, where the message is the branch's name.
    if progress is not None:
        progress(0, 0, "")
    data = gather(ctx, req, numbering, progress=progress, cancel=cancel)
    notes: tuple[str, ...] = ()
    if isinstance(data, tuple):
        data, notes = data
    data = dated_signature(ctx, scope, data)
    if cancel is not None:
        cancel.check()
    built = build(scope.kind.key, data)
    if req.draft and scope.kind.numbered:
        from desktop.reports.styles import DRAFT_WATERMARK

        built.watermark = DRAFT_WATERMARK
    headings = (getattr(data, "heading", None), getattr(data, "proposal_heading", None))
    numbers = tuple(
        h.number_text for h in headings if h is not None and h.type_code and (h.number is not None or h.reference)
    )
    if req.paper is not None:
        from desktop.domain import paper

        built.stamp = M.PaperStamp(
            paper.payload(numbers, *req.paper),
            paper.short_code(*req.paper),
            caption=("Số " + ", ".join(numbers)) if numbers else "",
        )
    # every document says which criteria catalog (id, version) it was made with (issue 17)
    from dataclasses import replace as _replace

    from desktop.services.catalogs import in_force_text_vi

    built = _replace(built, footer=in_force_text_vi(catalog_of(ctx, scope.period.label if scope.period else None)))

    def layout_progress(done, total, _msg):
        if progress is not None:
            progress(done, total, "")

    try:
        pdf = render(
            built,
            progress=layout_progress if progress else None,
            cancelled=(lambda: cancel.cancelled) if cancel is not None else None,
        )
    except RenderCancelled:
        raise Cancelled() from None
    return GeneratedReport(
        kind=scope.kind.key,
        title=nfc(built.title),
        pdf=pdf,
        pages=page_count(pdf),
        numbers=numbers,
        reprint=numbering.reprint,
        file_name=_file_name(
            scope.kind.key, scope.subject, scope.period.label, req.quarter if scope.kind.needs_quarter else None
        ),
        notes=notes,
        draft=bool(req.draft and scope.kind.numbered),
    )


def issued(ctx: AppContext, req: ReportRequest) -> bool:
    """Whether this document already has its number in the register (its print is a reprint)."""
    scope = resolve_scope(ctx, req)
    kind = scope.kind
    if not kind.numbered:
        return False
    label = scope.period.label
    if kind.needs_quarter:
        if req.quarter is None:
            return False
        label = f"{label}-Q{req.quarter}"
    subject_code = scope.subject.code if kind.scope == K.BRANCH else ""
    with ctx.uow.read() as s:
        return (
            documents_repo.find(
                s,
                scope.subject.code,
                kind=kind.key,
                period_label=label,
                subject_code=subject_code,
                type_code=kind.type_codes[0],
            )
            is not None
        )


def preview_request(ctx: AppContext, req: ReportRequest) -> ReportRequest:
    """What a preview shows (issue 19): a document already issued is shown as issued (a reprint
    keeps its number and date); any other numbered document as a draft marked "BẢN NHÁP",
    spending no number until the user issues it."""
    return replace(req, draft=not issued(ctx, req))


def save(ctx: AppContext, req: ReportRequest, path, *, progress=None, cancel=None) -> GeneratedReport:
    """Generate and write the PDF to ``path`` (through a temporary file, replaced at the end)."""

    from desktop.paths import long_path_safe

    out = generate(ctx, req, progress=progress, cancel=cancel)
    p = long_path_safe(path)
    if p.suffix.lower() != ".pdf":
        raise DomainError(f"Tệp “{p.name}” phải có đuôi .pdf.", field="out")
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".tmp")
    tmp.write_bytes(out.pdf)
    tmp.replace(p)
    return out


# ----------------------------------------------------------------------------- the register


def register(ctx: AppContext, year: int | None = None, unit_code: str | None = None, *, with_branches: bool = False):
    """The document register of a unit (default: this installation's unit); with
    ``with_branches`` also the registers of the branches it holds (documents it printed for
    them), newest first."""
    me = own_unit(ctx) if unit_code is None else None
    code = unit_code or me.code
    codes = [code]
    if with_branches and me is not None and me.kind is not UnitKind.CHI_DOAN:
        codes += [b.code for b in held_branches(ctx, code)]
    out = []
    with ctx.uow.read() as s:
        for c in codes:
            out += documents_repo.list_register(s, c, year)
    return sorted(out, key=lambda r: (r.created_at, r.type_code, r.number), reverse=True)


def set_next_number(
    ctx: AppContext, year: int, type_code: str, next_number: int, unit_code: str | None = None
) -> Changes:
    """Continue the numbering of a paper register: the next document of this type gets
    ``next_number`` (only forward: a number given stays given)."""
    code = unit_code or own_unit(ctx).code
    with ctx.uow.begin() as s:
        try:
            before = documents_repo.set_next_number(s, code, year, type_code, next_number)
        except ValueError as exc:
            raise DomainError(
                f"Số {type_code} năm {year} đã dùng đến {exc.args[0]}: số tiếp theo phải lớn hơn {exc.args[0]}.",
                field="number",
            ) from None
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="document_counter",
            entity_id=f"{year}/{type_code}",
            unit_code=code,
            before={"last": before},
            after={"next": next_number},
        )
    return Changes.of("documents")
