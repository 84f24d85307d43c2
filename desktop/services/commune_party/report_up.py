"""What a commune party committee sends up (issue 10; BRIEF §4.2, §5): one of its documents to the
level above, and the figures of its year (evaluations, satisfaction, youth figures, review texts)
that travel with it."""

from __future__ import annotations

from datetime import date

from desktop.domain.errors import DomainError
from desktop.domain.units import Unit
from desktop.i18n.catalogue import say
from desktop.services.context import AppContext
from desktop.services.units import resolve_period
from desktop.services.commune_party.documents import generate_document, review_texts
from desktop.services.commune_party.work import _me, commune_catalogs, evaluate, satisfaction, youth_figures


def send_document(
    ctx: AppContext, kind: str, *, period: str | None = None, quarter: int | None = None, issued_on: date | None = None
):
    """Send a document upward as a package of its own kind ("commune-report", issue 20 item 3): the
    issued PDF (its number taken from the register, or kept when printed before), and as data the
    figures behind it — each model with its criteria (status, value, what is missing), the
    satisfaction surveys, the youth figures shared by the Đoàn xã — so the Party line's upper level
    can aggregate the communes and read down to a criterion. The addressee is the upper level this
    committee joined by invitation; nothing is typed."""
    from desktop.services import exchange as sync
    from desktop.sync import package as pkg

    me = _me(ctx)
    recipient = upper_level(ctx, me)
    p = resolve_period(ctx, me.code, period)
    if kind != "quarterly":
        quarter = None
    elif quarter is None:
        quarter = p.quarter_of(min(max(ctx.today(), p.start), p.end)) or 1
    doc = generate_document(ctx, kind, period=p.label, quarter=quarter, issued_on=issued_on)
    data = report_data(ctx, kind, p.label, quarter, title=doc.title, number=doc.number)
    extra = kind + (f"-q{quarter}" if quarter else "")
    return sync.put_in_outbox(
        ctx,
        kind="commune-report",
        recipient=recipient,
        data=data,
        campaign="dang-uy-xa",
        period=p.label,
        quarter=quarter,
        subject_extra=extra,
        title=doc.title + (f" (số {doc.number})" if doc.number else ""),
        documents=[pkg.Attachment(doc.file_name, doc.pdf, doc.title)],
    )


def upper_level(ctx: AppContext, me: Unit | None = None) -> dict:
    """{"code", "name"} of the Party line's upper level, as its invitation gave it; refuses in words
    when the committee has not joined one yet."""
    from db.repo import sync as sync_repo

    me = me or _me(ctx)
    with ctx.uow.read() as s:
        e = sync_repo.get_enrolled(s, me.parent_code) if me.parent_code else None
    if not me.parent_code:
        raise DomainError(
            f"{me.name} chưa kết nối với cấp trên (Ban Tuyên giáo và Dân vận): mở thư mời (tệp "
            ".stmoi) cấp trên gửi — kéo thả vào cửa sổ, hoặc Gửi – nhận → Nhận thư mời — rồi gửi lại.",
            field="parent_code",
        )
    return {"code": me.parent_code, "name": e.name if e else ""}


def report_data(
    ctx: AppContext, kind: str, period: str, quarter: int | None = None, *, title: str = "", number: str = ""
) -> dict:
    """The data of a "commune-report" package (resources/schemas/package-commune-report.json)."""
    from desktop.services.commune_party import year_plan as commune_register
    from desktop.services.exchange import _unit_json

    me = _me(ctx)
    cats = commune_catalogs(ctx, period)
    models = []
    for cid, cat in cats.items():
        ev = evaluate(ctx, cid, period)
        crit = []
        for c in cat.criteria:
            r = ev.result(c.id)
            crit.append(
                {
                    "id": c.id[:40],
                    "title": c.title_vi[:500],
                    "status": r.status[:30],
                    "value": _plain(r.value),
                    "threshold": _plain(c.threshold),
                    "explanation": say(r.explanation)[:2000],
                }
            )
        models.append(
            {
                "id": cid[:64],
                "title": cat.title_vi[:300],
                "met": ev.met,
                "applicable": ev.applicable,
                "completion_share": round(min(max(float(ev.completion_share), 0.0), 1.0), 4),
                "recognisable": bool(ev.recognisable),
                "criteria": crit,
            }
        )
    sat = satisfaction(ctx, period)
    reg = commune_register.registration(ctx, period)
    texts = review_texts(ctx, period)
    return {
        "unit": _unit_json(me),
        "campaign": "dang-uy-xa",
        "period": period,
        "document": kind,
        "quarter": quarter,
        "as_of": ctx.today().isoformat(),
        "title": title[:300],
        "number": number or None,
        "satisfaction": {
            "surveys": len(sat.surveys),
            "asked": sat.asked,
            "satisfied": sat.satisfied,
            "target": sat.target,
        },
        "models": models,
        "youth": [
            {
                "code": y.sender_code,
                "name": y.sender_name[:200],
                "summary_kind": y.summary_kind,
                "period": y.period,
                "as_of": y.as_of,
                "branches": y.branches,
                "registered": y.registered,
                "recognisable": y.recognisable,
                "recognised": y.recognised,
                "members": y.members,
            }
            for y in youth_figures(ctx, period)
        ],
        "registered_models": [c.title[:300] for c in reg.choices if c.chosen],
        "dvk_model": reg.registration.dvk_model or None,
        "lessons": texts["lessons"][:8000] or None,
        "directions": texts["directions"][:8000] or None,
    }


def _plain(v):
    if isinstance(v, bool) or v is None or isinstance(v, int):
        return v
    if isinstance(v, float):
        return round(v, 4)
    return str(v)[:200]
