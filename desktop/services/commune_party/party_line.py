"""The Party line's upper level (issue 20 item 3; BRIEF §4.2–4.3): the Thành ủy's Ban Tuyên giáo và
Dân vận follows the communes' Party committees. It invites them (desktop/services/exchange/invitations.py),
receives their reports — the registration for the year's models, the quarterly reports and the
yearly review ("sơ kết"), each a "commune-report" package — and reads them: one line per commune
with its figures, the totals over the communes, and down to a model, a criterion and the facts the
commune reported for it. Read-only: nothing a commune sent is edited here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from db.repo import sync as repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.evaluation_model import status_words
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.catalogue import say
from desktop.services.context import AppContext

KIND = "commune-report"
DOCUMENTS_VI = {
    "registration": "Đăng ký thực hiện các mô hình",
    "programme": "Chương trình hành động",
    "quarterly": "Báo cáo quý",
    "review": "Báo cáo sơ kết",
}


def available(unit: Unit | None) -> bool:
    return unit is not None and unit.kind is UnitKind.DANG_CAP_TREN


def _me(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    me = require_self_unit(ctx)
    if me.kind is not UnitKind.DANG_CAP_TREN:
        raise DomainError(
            f"{me.name} là {me.kind.label_vi.lower()}: chỉ cấp ủy cấp trên (Ban Tuyên giáo và Dân vận) "
            "tổng hợp báo cáo của các Đảng ủy xã.",
            field="kind",
        )
    return me


@dataclass(frozen=True)
class Report:
    """One report a commune sent (the version in force)."""

    row: repo.ReceivedPackage
    data: dict

    @property
    def document(self) -> str:
        return str(self.data.get("document") or "")

    @property
    def what_vi(self) -> str:
        return self.kind_vi + f" năm {self.row.period}"

    @property
    def kind_vi(self) -> str:
        """ "Báo cáo sơ kết", "Báo cáo quý 3": where the year is said already (a table of one year)."""
        q = self.data.get("quarter")
        text = DOCUMENTS_VI.get(self.document, "Báo cáo")
        return text + (f" quý {q}" if self.document == "quarterly" and q else "")

    @property
    def models(self) -> list[dict]:
        return [m for m in self.data.get("models") or [] if isinstance(m, dict)]

    @property
    def met(self) -> int:
        return sum(int(m.get("met") or 0) for m in self.models)

    @property
    def applicable(self) -> int:
        return sum(int(m.get("applicable") or 0) for m in self.models)

    @property
    def satisfaction(self) -> tuple[int, int]:
        s = self.data.get("satisfaction") or {}
        return int(s.get("asked") or 0), int(s.get("satisfied") or 0)


@dataclass(frozen=True)
class CommuneLine:
    code: str
    name: str
    connected: bool  # its key is trusted here (it joined by invitation)
    invited: bool
    reports: tuple[Report, ...] = field(default=())  # the period's reports, newest document first

    @property
    def latest(self) -> Report | None:
        """The report the figures come from: the yearly review, else the newest quarterly report,
        else the registration."""
        order = {"review": 0, "quarterly": 1, "programme": 2, "registration": 3}
        if not self.reports:
            return None
        return sorted(self.reports, key=lambda r: (order.get(r.document, 9), -(r.data.get("quarter") or 0)))[0]

    @property
    def registered(self) -> bool:
        return any(r.document == "registration" for r in self.reports)

    @property
    def reviewed(self) -> bool:
        return any(r.document == "review" for r in self.reports)

    @property
    def last_received(self) -> datetime | None:
        return max((r.row.received_at for r in self.reports), default=None)

    def youth_vi(self) -> str:
        r = self.latest
        youth = (r.data.get("youth") or []) if r else []
        if not youth:
            return "Chưa có số liệu Đoàn xã"
        y = youth[0]
        parts = [f"{y.get('branches')} chi đoàn"] if y.get("branches") is not None else []
        if y.get("recognisable") is not None:
            parts.append(f"{y['recognisable']} đủ điều kiện Chi đoàn XHCN")
        elif y.get("registered") is not None:
            parts.append(f"{y['registered']} đăng ký Chi đoàn XHCN")
        return ", ".join(parts) or "Đã có báo cáo Đoàn xã"


@dataclass(frozen=True)
class Overview:
    period: str
    communes: tuple[CommuneLine, ...]

    @property
    def connected(self) -> int:
        return sum(1 for c in self.communes if c.connected)

    @property
    def registered(self) -> int:
        return sum(1 for c in self.communes if c.registered)

    @property
    def reviewed(self) -> int:
        return sum(1 for c in self.communes if c.reviewed)

    @property
    def met(self) -> int:
        return sum(c.latest.met for c in self.communes if c.latest)

    @property
    def applicable(self) -> int:
        return sum(c.latest.applicable for c in self.communes if c.latest)

    @property
    def asked(self) -> int:
        return sum(c.latest.satisfaction[0] for c in self.communes if c.latest)

    @property
    def satisfied(self) -> int:
        return sum(c.latest.satisfaction[1] for c in self.communes if c.latest)

    def model_totals(self) -> dict[str, tuple[int, int, int]]:
        """Per model id, over every commune's latest report: (criteria met, applicable, communes)."""
        out: dict[str, tuple[int, int, int]] = {}
        for c in self.communes:
            if c.latest is None:
                continue
            for m in c.latest.models:
                met, app, n = out.get(str(m.get("id")), (0, 0, 0))
                out[str(m.get("id"))] = (met + int(m.get("met") or 0), app + int(m.get("applicable") or 0), n + 1)
        return out

    def text_vi(self) -> str:
        n = len(self.communes)
        text = (
            f"Năm {self.period}: {n} Đảng ủy xã, phường, đặc khu; {self.connected} đã kết nối; "
            f"{self.registered} đã gửi đăng ký; {self.reviewed} đã gửi báo cáo sơ kết."
        )
        if self.applicable:
            text += f" Chỉ tiêu đạt theo báo cáo mới nhất: {self.met}/{self.applicable}."
        if self.asked:
            share = f"{self.satisfied / self.asked * 100:.1f}".replace(".", ",")
            text += f" Sự hài lòng của Nhân dân: {self.satisfied}/{self.asked} người được hỏi ({share}%)."
        return text


def periods(ctx: AppContext) -> list[str]:
    """The years reports were received for, newest first, with the current year."""
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=(KIND,), current_only=True)
    found = {r.period for r in rows if r.period} | {str(ctx.today().year)}
    return sorted(found, reverse=True)


def overview(ctx: AppContext, period: str | None = None) -> Overview:
    """Every commune of this upper level (invited or having sent a report) with the period's reports."""
    from desktop.services.exchange import ISSUED

    me = _me(ctx)
    period = period or periods(ctx)[0]
    with ctx.uow.read() as s:
        units = {
            u.code: u for u in units_repo.list_all(s) if u.parent_code == me.code and u.kind is UnitKind.DANG_UY_XA
        }
        enrolled = {e.unit_code: e for e in repo.list_enrolled(s, "child")}
        invited = {r.branch_code for r in repo.list_invitations(s, ISSUED)}
        rows = [
            r for r in repo.list_received(s, kinds=(KIND,), period=period, current_only=True) if r.status != "rejected"
        ]
        datas = {r.id: repo.received_data(s, r.id) for r in rows}
    import json

    by_sender: dict[str, list[Report]] = {}
    names: dict[str, str] = {}
    for r in rows:
        data = json.loads(datas[r.id] or "null") or {}
        by_sender.setdefault(r.sender_code or "", []).append(Report(r, data))
        names[r.sender_code or ""] = (data.get("unit") or {}).get("name") or r.sender_name or r.sender_code or ""
    codes = set(units) | set(by_sender) | {c for c, e in enrolled.items() if e.kind == UnitKind.DANG_UY_XA.value}
    out = []
    for code in codes:
        name = (
            units[code].name if code in units else (enrolled[code].name if code in enrolled else names.get(code, code))
        )
        out.append(
            CommuneLine(
                code,
                name,
                code in enrolled,
                code in invited,
                tuple(sorted(by_sender.get(code, []), key=lambda x: x.row.received_at, reverse=True)),
            )
        )
    from desktop.domain.collation import vi_key

    out.sort(key=lambda c: vi_key(c.name))
    return Overview(period, tuple(out))


def commune(ctx: AppContext, code: str, period: str | None = None) -> CommuneLine:
    for c in overview(ctx, period).communes:
        if c.code == code:
            return c
    raise DomainError(f"Không có Đảng ủy xã mã “{code}” trong danh sách của đơn vị này.", field="code")


def report_document(ctx: AppContext, report: Report) -> tuple[str, bytes]:
    """(file name, PDF) of the document the commune attached to a report, read from the signed original."""
    from desktop.services import exchange as sync
    from desktop.sync import package as pkg
    from desktop.sync.verify import open_package

    if not report.row.stored_name:
        raise DomainError("Gói này không được lưu.")
    opened = open_package(sync.stored_bytes(ctx, report.row.stored_name))
    docs = sorted(n for n in opened.members if n.startswith(pkg.DOCUMENTS_DIR) and n.lower().endswith(".pdf"))
    if not docs:
        raise DomainError("Báo cáo này không kèm văn bản PDF.")
    return docs[0][len(pkg.DOCUMENTS_DIR) :], opened.members[docs[0]]


def criterion_lines(model: dict) -> list[dict]:
    """The criteria of one model as reported, each with its status in words."""
    out = []
    for c in model.get("criteria") or []:
        if isinstance(c, dict):
            out.append(dict(c, status_vi=say(status_words(str(c.get("status") or "")))))
    return out


def as_json(ov: Overview, *, details: bool = False) -> dict:
    """The overview for `party communes --json` / `party show --json`."""
    communes = []
    for c in ov.communes:
        r = c.latest
        item = {
            "code": c.code,
            "name": c.name,
            "connected": c.connected,
            "invited": c.invited,
            "registered": c.registered,
            "reviewed": c.reviewed,
            "reports": [
                {
                    "document": x.document,
                    "quarter": x.data.get("quarter"),
                    "title": x.data.get("title"),
                    "number": x.data.get("number"),
                    "received_at": x.row.received_at.isoformat(),
                    "version": x.row.version,
                }
                for x in c.reports
            ],
            "met": r.met if r else None,
            "applicable": r.applicable if r else None,
            "asked": r.satisfaction[0] if r else None,
            "satisfied": r.satisfaction[1] if r else None,
            "youth": (r.data.get("youth") or []) if r else [],
        }
        if details and r is not None:
            item["models"] = [
                {
                    "id": m.get("id"),
                    "title": m.get("title"),
                    "met": m.get("met"),
                    "applicable": m.get("applicable"),
                    "criteria": criterion_lines(m),
                }
                for m in r.models
            ]
        communes.append(item)
    by_model = [
        {"id": k, "met": met, "applicable": app, "communes": n}
        for k, (met, app, n) in sorted(ov.model_totals().items())
    ]
    return {
        "period": ov.period,
        "communes": communes,
        "models": by_model,
        "totals": {
            "communes": len(ov.communes),
            "connected": ov.connected,
            "registered": ov.registered,
            "reviewed": ov.reviewed,
            "met": ov.met,
            "applicable": ov.applicable,
            "asked": ov.asked,
            "satisfied": ov.satisfied,
        },
        "text_vi": ov.text_vi(),
    }


# ------------------------------------------------------------------ the Ban's own report
@dataclass(frozen=True)
class SummaryDocument:
    title: str
    pdf: bytes
    number: str  # "01-BC/BTGDVTU"; "" for a draft
    file_name: str  # "BaoCaoTongHopCacDangUyXa-2026.pdf"


def _issuer(ctx: AppContext, me: Unit):
    """The Ban's heading and signature: its own symbol and signing (desktop/domain/settings.py,
    PARTY_UPPER_DEFAULTS), never a commune committee's."""
    from db.repo import settings as settings_repo
    from desktop.domain.settings import with_defaults
    from desktop.reports.model import Issuer, Signature

    with ctx.uow.read() as s:
        values = with_defaults(settings_repo.all_for(s, me.code), me.kind)
    upper = values["report_upper_level"].strip()
    name = me.name
    # "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng" under "THÀNH ỦY HẢI PHÒNG" prints as
    # "BAN TUYÊN GIÁO VÀ DÂN VẬN": the upper body is not said twice.
    if upper and name.lower().endswith(" " + upper.lower()) and len(name) > len(upper) + 1:
        name = name[: -len(upper) - 1].strip()
    issuer = Issuer.party(
        name,
        upper,
        symbol=values["document_symbol"].strip(),
        place=(values.get("place_name") or "").strip() or "Hải Phòng",
        unit_code=me.code,
    )
    sig = Signature(
        on_behalf=(values["report_on_behalf"] or "").strip(),
        title=values["report_signer_title"].strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )
    return issuer, sig


def summary_document(
    ctx: AppContext, period: str | None = None, *, draft: bool = False, issued_on=None
) -> SummaryDocument:
    """ "Báo cáo tổng hợp" of the communes' reports received for a year, the Ban's own paper: a
    numbered one takes (or, printed again, keeps) its number in the Ban's document register."""
    from db.repo import documents as documents_repo
    from desktop.reports.model import Heading
    from desktop.reports.party_summary import TYPE_CODE, CommuneRow, ModelRow, PartySummaryData, build_party_summary
    from desktop.domain.collation import vi_key
    from desktop.reports.render import render

    me = _me(ctx)
    ov = overview(ctx, period)
    today = ctx.today()
    number, day = None, issued_on or today
    if not draft:
        from db import audit

        with ctx.uow.begin() as s:
            entry = documents_repo.allocate(
                s,
                me.code,
                kind="party-summary",
                period_label=ov.period,
                subject_code="",
                type_code=TYPE_CODE,
                issued_on=day,
                title=f"Báo cáo tổng hợp các Đảng ủy xã năm {ov.period}",
                actor=ctx.actor,
            )
            number, day = entry.number, entry.issued_on
            audit.record(
                s,
                actor=ctx.actor,
                action="print" if entry.reprint else "create",
                entity="document",
                entity_id=f"{entry.number:02d}-{TYPE_CODE}/{entry.year}",
                unit_code=me.code,
                after={"kind": "party-summary", "period": ov.period, "number": entry.number},
            )
    issuer, sig = _issuer(ctx, me)
    heading = Heading(issuer=issuer, issued_on=day, type_code=TYPE_CODE, number=number)
    titles: dict[str, str] = {}
    for c in ov.communes:
        for m in c.latest.models if c.latest else ():
            titles.setdefault(str(m.get("id")), str(m.get("title") or m.get("id")))
    communes = []
    for c in ov.communes:
        r = c.latest
        what = "Chưa gửi báo cáo"
        if r is not None:
            what = r.kind_vi + (f" — số {r.data.get('number')}" if r.data.get("number") else "")
        communes.append(
            CommuneRow(
                c.name,
                what,
                r.met if r else None,
                r.applicable if r else None,
                r.satisfaction[0] if r else 0,
                r.satisfaction[1] if r else 0,
                c.youth_vi() if r else "—",
            )
        )
    data = PartySummaryData(
        heading=heading,
        signature=sig,
        issuer=me.name,
        period_label=ov.period,
        as_of=today,
        communes=tuple(communes),
        models=tuple(
            ModelRow(titles.get(k, k), met, app, n)
            for k, (met, app, n) in sorted(ov.model_totals().items(), key=lambda kv: vi_key(titles.get(kv[0], kv[0])))
        ),
        connected=ov.connected,
        registered=ov.registered,
        reviewed=ov.reviewed,
        not_connected=tuple(c.name for c in ov.communes if not c.connected),
        no_review=tuple(c.name for c in ov.communes if not c.reviewed),
        recipients=("Thường trực Thành ủy (để báo cáo)", "Ban Thường vụ Thành ủy (để báo cáo)"),
    )
    report = build_party_summary(data)
    if draft:  # read before it is issued: marked across every page, no number
        from desktop.reports.styles import DRAFT_WATERMARK

        report.watermark = DRAFT_WATERMARK
    return SummaryDocument(
        report.title,
        render(report),
        heading.number_text if number is not None else "",
        summary_file_name(ov.period, draft=draft),
    )


def summary_file_name(period: str, *, draft: bool = False) -> str:
    """ "BaoCaoTongHopCacDangUyXa-2026.pdf": a name a person recognises."""
    return f"BaoCaoTongHopCacDangUyXa-{period}{'-BanNhap' if draft else ''}.pdf"


def save_summary(ctx: AppContext, out, **kw) -> SummaryDocument:
    """Write the Ban's report where the person chose (whole or not at all)."""
    from pathlib import Path

    from desktop.sync.files import atomic_write

    doc = summary_document(ctx, **kw)
    atomic_write(Path(out), doc.pdf)
    return doc
