"""What every printed report shares (issue 6): the request, the kinds a unit may print, the scope a
request resolves to (unit, period, branches), who issues and signs it, its numbers in the
document register, and the small pieces of data every document shows. The documents' data:
report_branch.py (a branch's own) and report_upper.py (an upper level's); the entry point: reports.py."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from db import audit
from db.repo import documents as documents_repo
from db.repo import members as members_repo
from db.repo import settings as settings_repo
from db.repo import units as units_repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import Period
from desktop.domain.settings import with_defaults
from desktop.domain.units import Unit, UnitKind
from desktop.i18n.formatting import format_date_short, format_number
from desktop.reports import kinds as K
from desktop.reports import model as M
from desktop.services.changes import Changes
from desktop.services.context import AppContext


CAMPAIGN = "chi-doan-xhcn"
UPPER_KINDS = ("registration-summary", "results-summary", "ranking", "review")  # what a Đoàn cấp trên prints
GENDER = {"nam": "Nam", "nu": "Nữ", "khac": "Khác"}


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    period: str | None = None  # "2026", "2025-2026"; None: the usual period for this kind today
    branch: str | None = None  # the chi đoàn a branch-scoped report is about (on a Đoàn cơ sở)
    quarter: int | None = None  # quarterly: 1–4 (None: the quarter running or just ended)
    issued_on: date | None = None  # the date on the place-date line (None: today)
    draft: bool = False  # True: no number is taken from the register ("Số:    -BC/ĐTN"), "BẢN NHÁP" across
    paper: tuple[str, str] | None = None  # (package id, SHA-256 of its data): the paper-check QR code


@dataclass(frozen=True)
class GeneratedReport:
    kind: str
    title: str
    pdf: bytes
    pages: int
    numbers: tuple[str, ...] = ()  # "05-BC/ĐTN", …
    reprint: bool = False
    file_name: str = ""  # a suggested file name
    notes: tuple[str, ...] = ()  # what the user should know (e.g. a decision not recorded yet)
    draft: bool = False  # a numbered document shown as a draft (no number given, "BẢN NHÁP")
    changes: Changes = field(default_factory=lambda: Changes.of("documents"))


# ----------------------------------------------------------------------------- kinds and scope


def all_kinds() -> tuple[K.ReportKind, ...]:
    return K.KINDS


def kinds_for(unit: Unit | None) -> list[K.ReportKind]:
    """The kinds this installation's unit can print: a chi đoàn its own branch documents; a Đoàn
    cơ sở (or higher) every kind (branch documents for one of its branches)."""
    if unit is None or not unit.kind.is_union:
        return []
    if unit.kind is UnitKind.CHI_DOAN:
        return [k for k in K.KINDS if k.scope == K.BRANCH and not k.upper_only]
    if unit.kind is UnitKind.DOAN_CAP_TREN:  # its own documents over its Đoàn cơ sở (issue 23)
        return [k for k in K.KINDS if k.key in UPPER_KINDS]
    return list(K.KINDS)


def _kind(key: str) -> K.ReportKind:
    try:
        return K.kind(key)
    except KeyError:
        raise DomainError(
            f"Không có loại báo cáo “{key}”. Các loại: "
            + ", ".join(k.key for k in K.KINDS)
            + " (xem: sothidua report --list).",
            field="kind",
        ) from None


def held_branches(ctx: AppContext, parent_code: str) -> list[Unit]:
    from desktop.services.year import held_branches as _held

    return _held(ctx, parent_code)


@dataclass(frozen=True)
class Scope:
    kind: K.ReportKind
    me: Unit
    subject: Unit  # the unit the document is issued by (the branch, or the Đoàn cơ sở)
    period: Period


def own_unit(ctx: AppContext) -> Unit:
    from desktop.services.units import require_self_unit

    return require_self_unit(ctx)


def _period(ctx: AppContext, unit: Unit, label: str | None) -> Period:
    from desktop.services.year import resolve_period

    return resolve_period(ctx, unit.code, label)


def _default_label(kind: K.ReportKind, unit: Unit, today: date) -> str | None:
    """Registration (and its summary) in September–December is for the next period."""
    if kind.key not in ("registration", "registration-summary") or today.month < 9:
        return None
    if unit.is_school:
        return f"{today.year}-{today.year + 1}" if today.month >= 9 else None
    return str(today.year + 1)


def resolve_scope(ctx: AppContext, req: ReportRequest) -> Scope:
    kind = _kind(req.kind)
    me = own_unit(ctx)
    if not me.kind.is_union:
        raise DomainError(
            "Báo cáo Chi đoàn XHCN dành cho đơn vị Đoàn; Đảng ủy xã dùng báo cáo của mô hình cấp xã.", field="kind"
        )
    if me.kind is UnitKind.DOAN_CAP_TREN and kind.key not in UPPER_KINDS:
        raise DomainError(
            f"“{kind.title_vi}” do chi đoàn hoặc Đoàn cơ sở lập; {me.name} in được: "
            + "; ".join(K.kind(k).title_vi for k in UPPER_KINDS)
            + ".",
            field="kind",
        )
    if kind.scope == K.BRANCH:
        if me.kind is UnitKind.CHI_DOAN and kind.upper_only:
            raise DomainError(f"“{kind.title_vi}” do Đoàn cơ sở lập; máy này là của chi đoàn {me.name}.", field="kind")
        if me.kind is UnitKind.CHI_DOAN:
            if req.branch and req.branch != me.code:
                raise DomainError(
                    f"Máy này là của {me.name} ({me.code}): không in được báo cáo của chi đoàn “{req.branch}”.",
                    field="branch",
                )
            subject = me
        else:
            if not req.branch:
                raise DomainError(
                    f"Báo cáo “{kind.key}” là của một chi đoàn: chọn chi đoàn bằng "
                    f"--branch MÃ (các chi đoàn: sothidua report --branches).",
                    field="branch",
                )
            held = {u.code: u for u in held_branches(ctx, me.code)}
            if req.branch not in held:
                raise DomainError(f"Chi đoàn “{req.branch}” không trực thuộc {me.name}.", field="branch")
            subject = held[req.branch]
    else:
        if me.kind is UnitKind.CHI_DOAN:
            raise DomainError(
                f"Báo cáo “{kind.key}” do Đoàn cơ sở lập; máy này là của chi đoàn {me.name}.", field="kind"
            )
        if req.branch:
            raise DomainError(f"Báo cáo “{kind.key}” tổng hợp mọi chi đoàn: bỏ --branch.", field="branch")
        subject = me
    label = req.period or _default_label(kind, subject, ctx.today())
    return Scope(kind, me, subject, _period(ctx, subject, label))


# ----------------------------------------------------------------------------- issuer, signature


def _settings(s, code: str) -> dict:
    return with_defaults(settings_repo.all_for(s, code))


def issuer_of(s, unit: Unit) -> tuple[M.Issuer, M.Signature, dict]:
    values = _settings(s, unit.code)
    upper = (values.get("report_upper_level") or "").strip()
    if not upper and unit.parent_code:
        upper = _parent_name(s, unit.parent_code)
    addressee = (values.get("report_addressee") or "").strip()
    if not addressee and not upper and unit.kind is UnitKind.DOAN_CAP_TREN:
        addressee = TOP_ADDRESSEE
    issuer = M.Issuer(
        name=unit.name,
        upper_level=upper,
        addressee=addressee,
        symbol=(values.get("document_symbol") or "ĐTN").strip(),
        place=(values.get("place_name") or "Hải Phòng").strip(),
        unit_code=unit.code,
    )
    sig = M.Signature(
        on_behalf=(values.get("report_on_behalf") or "").strip(),
        title=(values.get("report_signer_title") or "").strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )
    return issuer, sig, values


def signer_on(s, unit_code: str, day: date, values: dict | None = None) -> M.Signature:
    """The signer of the unit's documents dated ``day``: the last entry of the signer history
    from that day or before (the earliest one for older documents); without a history, the
    settings. A reprint keeps its date, so it keeps the signer it was issued with."""
    history = documents_repo.signers(s, unit_code)
    if history:
        past = [h for h in history if h.valid_from <= day] or history[:1]
        h = past[-1]
        return M.Signature(on_behalf=h.on_behalf, title=h.title, name=h.full_name)
    values = values if values is not None else _settings(s, unit_code)
    return M.Signature(
        on_behalf=(values.get("report_on_behalf") or "").strip(),
        title=(values.get("report_signer_title") or "").strip(),
        name=(values.get("report_signer_name") or "").strip(),
    )


def _require_signer(ctx: AppContext, unit: Unit, day: date) -> None:
    with ctx.uow.read() as s:
        sig = signer_on(s, unit.code, day)
    if not sig.name.strip() or not sig.title.strip():
        raise DomainError(
            f"Văn bản của {unit.name} chưa có người ký: vào Cài đặt, ghi “Văn bản: chức vụ người ký” "
            f"và “Văn bản: họ tên người ký” rồi in lại. Bản nháp vẫn xem được.",
            field="signer",
        )


def dated_signature(ctx: AppContext, scope: Scope, data):
    """The data with the signature of the signer in office on the document's date."""
    heading = getattr(data, "heading", None)
    on = heading.issued_on if heading is not None else getattr(data, "issued_on", None)
    if on is None or not hasattr(data, "signature"):
        return data
    signer = scope.me if scope.kind.upper_only else scope.subject
    with ctx.uow.read() as s:
        if not documents_repo.signers(s, signer.code):
            return data
        return replace(data, signature=signer_on(s, signer.code, on))


def _parent_name(s, code: str) -> str:
    """The parent's full name: its unit row here, else the name its invitation or enrolment gave
    (a branch's installation holds only itself), else the code."""
    from db.repo import sync as sync_repo

    parent = units_repo.get(s, code)
    if parent is not None:
        return parent.name
    enrolled = sync_repo.get_enrolled(s, code)
    return enrolled.name if enrolled is not None and enrolled.name else code


# Whom a unit with no Union level above it in the data (the Thành đoàn) reports to by default:
# the Thành ủy, which issued Resolution 05-NQ/TU (setting "report_addressee", settings.py).
TOP_ADDRESSEE = "Ban Thường vụ Thành ủy Hải Phòng"


def upper_body(issuer: M.Issuer) -> str:
    """The addressee of the unit's reports ("Kính gửi: …", "Nơi nhận: … (để b/c)")."""
    if issuer.addressee:
        return issuer.addressee
    return f"Ban Thường vụ {issuer.upper_level}" if issuer.upper_level else "Ban Thường vụ Đoàn cấp trên"


# ----------------------------------------------------------------------------- numbers


@dataclass
class Numbering:
    """Numbers of the documents in one report, from the register (or none for a draft)."""

    ctx: AppContext
    scope: Scope
    req: ReportRequest
    issued_on: date
    numbers: dict = field(default_factory=dict)  # type code -> (number, issued_on, reprint)
    conflicts: list = field(default_factory=list)  # type codes whose recorded number was taken

    @property
    def period_key(self) -> str:
        p = self.scope.period.label
        return f"{p}-Q{self.req.quarter}" if self.scope.kind.needs_quarter and self.req.quarter else p

    def allocate(self, title: str, reference: dict | None = None, *, only: tuple[str, ...] | None = None) -> None:
        """One write transaction for every numbered document of the report (audited); ``only``:
        the type codes of the documents this report actually holds (a year-end file without a
        Tờ trình spends no TTr number)."""
        kind = self.scope.kind
        if self.req.draft or not kind.numbered:
            return
        unit = self.scope.subject
        subject_code = unit.code if kind.scope == K.BRANCH else ""
        # Every signature block carries the signer's title and name: no number for a document
        # that would go out unsigned (issue 19).
        _require_signer(self.ctx, unit, self.issued_on)
        with self.ctx.uow.begin() as s:
            for code in kind.type_codes:
                if only is not None and code not in only:
                    continue
                ref = (reference or {}).get(code)
                if ref is not None:
                    try:
                        entry = documents_repo.record(
                            s,
                            unit.code,
                            kind=kind.key,
                            period_label=self.period_key,
                            subject_code=subject_code,
                            type_code=code,
                            number=ref[0],
                            issued_on=ref[1],
                            title=title,
                            actor=self.ctx.actor,
                        )
                    except ValueError:
                        # The recorded number belongs to another document of the register: print
                        # it as recorded, without registering it twice.
                        self.conflicts.append(code)
                        continue
                else:
                    entry = documents_repo.allocate(
                        s,
                        unit.code,
                        kind=kind.key,
                        period_label=self.period_key,
                        subject_code=subject_code,
                        type_code=code,
                        issued_on=self.issued_on,
                        title=title,
                        actor=self.ctx.actor,
                    )
                self.numbers[code] = (entry.number, entry.issued_on, entry.reprint)
                audit.record(
                    s,
                    actor=self.ctx.actor,
                    action="print" if entry.reprint else "create",
                    entity="document",
                    entity_id=f"{entry.number:02d}-{code}/{entry.year}",
                    unit_code=unit.code,
                    after={
                        "kind": kind.key,
                        "period": self.period_key,
                        "type": code,
                        "number": entry.number,
                        "issued_on": entry.issued_on,
                        "subject": subject_code,
                        "title": title,
                    },
                )

    def heading(self, issuer: M.Issuer, code: str | None) -> M.Heading:
        if code is None or code not in self.numbers:
            return M.Heading(issuer=issuer, issued_on=self.issued_on, type_code=code, number=None)
        number, on, _ = self.numbers[code]
        return M.Heading(issuer=issuer, issued_on=on, type_code=code, number=number)

    @property
    def reprint(self) -> bool:
        return any(r for _, _, r in self.numbers.values())


# ----------------------------------------------------------------------------- shared mappings


def catalog_of(ctx: AppContext, period_label: str | None = None):
    """The catalog in force for the period (issue 17: an update from the upper level replaces the
    bundled one for the periods it declares)."""
    from desktop.services.catalogs import catalog_for

    cat = catalog_for(ctx, CAMPAIGN, period_label) if period_label else ctx.catalogs.get(CAMPAIGN)
    if cat is None:
        raise DomainError(f"Không có bộ tiêu chí “{CAMPAIGN}”.", field="campaign")
    return cat


def groups_of(cat) -> tuple[M.CriterionGroup, ...]:
    return tuple(M.CriterionGroup(g.id, g.title_vi) for g in cat.groups)


def branch_info(s, unit: Unit, members: int | None = None, as_of: date | None = None) -> M.BranchInfo:
    if members is None:
        members = len(members_repo.active_on(s, unit.code, as_of or date.today()))
    return M.BranchInfo(
        code=unit.code,
        name=unit.name,
        branch_type=unit.branch_type.label_vi if unit.branch_type else "",
        members=members,
        parent_name=_parent_name(s, unit.parent_code) if unit.parent_code else "",
    )


def birth_text(m) -> str:
    """The year of birth, as the lists' "Năm sinh" column asks."""
    return str(m.date_of_birth.year) if m.date_of_birth is not None else ""


def target_text(threshold, measure: str) -> str:
    if threshold is None:
        return ""
    if measure in ("pct_members", "flag_100"):
        return f"≥ {format_number(threshold * 100)}%"
    return f"≥ {format_number(threshold)}"


def criterion_lines(
    cat, evaluation, *, claims: dict | None = None, status_words: bool = False
) -> tuple[M.CriterionLine, ...]:
    """Catalog criteria with the evaluation's value and status (and the branch's claims)."""
    from desktop.domain.evaluation import AT_RISK, MET, NEEDS_JUDGEMENT, NOT_APPLICABLE
    from desktop.domain.evaluation_model import status_words as status_text
    from desktop.i18n.catalogue import say

    out = []
    for c in cat.criteria:
        r = evaluation.result(c.id) if evaluation is not None else None
        status = r.status if r else ""
        applicable = status != NOT_APPLICABLE
        met = None if status in ("", NEEDS_JUDGEMENT, AT_RISK) else status == MET
        word = say(status_text(status)) if (status_words and status) else ""
        if claims is not None and c.id in claims:
            claim = claims[c.id]
            applicable = claim != "not_applicable"
            met = claim == "met" if applicable else None
            word = ""
        missing = ""
        if r is not None and r.due and status == AT_RISK:
            missing = f"Cần hoàn thành trước ngày {format_date_short(r.due)}"
        out.append(
            M.CriterionLine(
                criterion_id=c.id,
                group_id=c.group,
                title=c.title_vi,
                applicable=applicable,
                not_applicable_reason=(
                    say(r.explanation) if r and not applicable else (c.not_applicable_reason_vi or "")
                ),
                target=target_text(c.threshold, c.measure),
                value=say(r.explanation) if r else "",
                met=met,
                status=word,
                missing=missing,
                evidence=f"{len(r.evidence)} hồ sơ" if r and r.evidence else "",
            )
        )
    return tuple(out)
