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
        q = self.data.get("quarter")
        text = DOCUMENTS_VI.get(self.document, "Báo cáo")
        return text + (f" quý {q}" if self.document == "quarterly" and q else "") + f" năm {self.row.period}"

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
