""" "Nộp" in one step (issue 17 item 2): a submission is built, signed and put in the outbox, then
sent to the hub when one is configured and answers, or saved as a file with a name a person
recognises ("DangKy-2027-ChiDoanThonDongHai.stpkg") to send by Zalo or on a USB stick.

Also: where a submission's package is now (in the outbox, saved as a file, sent, received by the
parent, refused), read from the outbox, for the pages that submit and for the CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.context import AppContext
from desktop.sync import package as pkg
from desktop.sync.kinds import FILE_WORDS, subject_key
from desktop.sync.transports import FileTransport

CAMPAIGN = "chi-doan-xhcn"

# The first word of a file name, per kind (desktop/sync/kinds.py, where the outbox names come from too).
_WORDS = FILE_WORDS
_UP = ("registration", "quarterly", "year-end", "summary", "commune-report")
# A commune's report is named after the document it carries ("BaoCaoSoKet-2026-DangUyXaAnLao.stpkg").
_COMMUNE_WORDS = {
    "registration": "DangKyMoHinh",
    "programme": "ChuongTrinhHanhDong",
    "quarterly": "BaoCaoQuy",
    "review": "BaoCaoSoKet",
}


def camel_ascii(text: str, limit: int = 60) -> str:
    """'Chi đoàn Thôn Đông Hải' -> 'ChiDoanThonDongHai' (ASCII letters and digits only)."""
    plain = pkg.safe_member_name(text or "", default="")
    words = [w for w in re.split(r"[^A-Za-z0-9]+", plain) if w]
    return "".join(w[:1].upper() + w[1:] for w in words)[:limit]


_WHAT = {
    "registration": "DangKy",
    "quarterly": "BaoCaoQuy",
    "year-end": "KetQuaNam",
    "registration-summary": "TongHopDangKy",
    "results-summary": "TongHopKetQua",
}


def human_file_name(
    kind: str,
    *,
    period: str | None,
    quarter: int | None,
    unit_name: str,
    unit_code: str,
    version: int = 1,
    package_id: str | None = None,
    what: str | None = None,
) -> str:
    """'DangKy-2027-ChiDoanThonDongHai.stpkg', 'BaoCaoQuy3-2027-…', 'KetQuaNam-2027-…-lan2';
    'TraLaiDeSuaDangKy-…', 'NhacNopBaoCaoQuy3-…' (``what``: the submission concerned)."""
    word = _WORDS.get(kind, camel_ascii(kind) or "Goi")
    if kind == "commune-report":
        word = _COMMUNE_WORDS.get(what or "", "BaoCaoDangUy") + (
            str(quarter) if what == "quarterly" and quarter else ""
        )
    if kind in ("return", "reminder") and what in _WHAT:
        word += _WHAT[what]
    if kind in ("quarterly", "return", "reminder") and quarter and (kind == "quarterly" or what == "quarterly"):
        word += str(quarter)
    if kind == "alert":  # one per alert: its date and its own short id
        short = (package_id or "").replace("-", "")[:8]
        return f"{word}-{camel_ascii(unit_name) or pkg.safe_member_name(unit_code)}-{short}{pkg.EXTENSION}"
    if kind == "receipt":  # several receipts may go to the same unit: each keeps its own name
        short = (package_id or "").replace("-", "")[:8]
        return f"{word}-{camel_ascii(unit_name) or pkg.safe_member_name(unit_code)}-{short}{pkg.EXTENSION}"
    if kind == "catalog":  # a catalog has no period: its version says which one it is
        return f"{word}-v{version}-{camel_ascii(unit_name) or pkg.safe_member_name(unit_code)}{pkg.EXTENSION}"
    parts = [word]
    if period:
        parts.append(pkg.safe_member_name(period))
    parts.append(camel_ascii(unit_name) or pkg.safe_member_name(unit_code))
    if version and version > 1:
        parts.append(f"lan{version}")
    return "-".join(parts) + pkg.EXTENSION


def file_name_for(ctx: AppContext, item: repo.OutboxItem) -> str:
    """The human file name of an outbox item: an upward package is named after this unit (the
    sender), a downward one after the branch it goes to."""
    from desktop.services.units import require_self_unit

    me = require_self_unit(ctx)
    if item.kind in _UP:
        name, code = me.name, me.code
    else:
        with ctx.uow.read() as s:
            from db.repo import units as units_repo

            u = units_repo.get(s, item.recipient_code)
        name, code = (u.name if u else item.recipient_code), item.recipient_code
    what = (item.subject or "").rsplit("/", 1)[-1] if item.kind in ("return", "reminder") else None
    if item.kind == "commune-report":  # commune-report/dang-uy-xa/2026/Q3/quarterly-q3 -> quarterly
        what = (item.subject or "").rsplit("/", 1)[-1].split("-q")[0]
    return human_file_name(
        item.kind,
        period=item.period,
        quarter=item.quarter,
        unit_name=name,
        unit_code=code,
        version=item.version,
        package_id=item.package_id,
        what=what,
    )


@dataclass(frozen=True)
class SendResult:
    """What "Nộp" did: the outbox item, and whether it went out already."""

    item: repo.OutboxItem
    sent: bool  # handed to the hub now
    hub_configured: bool
    hub_error: str | None  # the hub is configured but could not take it (it stays in the outbox)
    saved_to: Path | None  # written as a file (CLI --out)
    file_name: str  # the name to save it under

    def where_vi(self) -> str:
        return where_vi(self.item)


def _try_hub(ctx: AppContext, package_id: str, client=None) -> tuple[bool, bool, str | None]:
    """(configured, sent, error): send one outbox item to the hub now, when one is configured."""
    from desktop.services.exchange import online_sync, sync

    try:
        url = online_sync.hub_url(ctx)
    except Exception:  # noqa: BLE001 - a broken setting must not lose the submission
        url = None
    if not url:
        return False, False, None
    try:
        transport = online_sync.make_transport(ctx, url, client=client)
    except DomainError as exc:
        return True, False, str(exc)
    try:
        try:
            deliveries = sync.deliver(ctx, transport, [package_id])
        except Exception as exc:  # noqa: BLE001 - network trouble: the package stays in the outbox
            return True, False, str(exc)[:400]
        ok = any(d.ok for d in deliveries)
        err = None if ok else "; ".join(d.detail for d in deliveries if d.detail)[:400] or transport.unreachable
        res = online_sync.SyncResult(sent=[package_id] if ok else [], error=None if ok else err)
        online_sync.record(ctx, res, transport.url)
        return True, ok, err
    finally:
        transport.close()


def submit_and_send(
    ctx: AppContext,
    kind: str,
    period: str | None = None,
    quarter: int | None = None,
    *,
    evidence: bool = False,
    out: Path | None = None,
    use_hub: bool = True,
    client=None,
) -> SendResult:
    """Build the package of a submission and put it in the outbox; then send it to the hub when
    one is configured and reachable, and/or write it into ``out`` (a folder or a file path)."""
    from desktop.services.exchange import submissions
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is not None and me.kind.value == "dang-uy-xa":
        # a commune's Party committee submits its documents to the Party line's upper level (issue 20)
        from desktop.services import commune_party as commune

        if kind not in commune.DOC_KINDS:
            raise DomainError(
                f"{me.name} gửi lên cấp trên: review (báo cáo sơ kết), quarterly (báo cáo quý), "
                "registration (đăng ký các mô hình) hoặc programme (chương trình hành động).",
                field="kind",
            )
        item = commune.send_document(ctx, kind, period=period, quarter=quarter)
    else:
        item = submissions.submit(ctx, kind, period, quarter, evidence=evidence)
    configured, sent, err = _try_hub(ctx, item.package_id, client) if use_hub else (False, False, None)
    name = file_name_for(ctx, item)
    saved = save_file(ctx, item.package_id, out) if out is not None else None
    with ctx.uow.read() as s:
        item = repo.outbox_get(s, item.package_id) or item
    return SendResult(item, sent, configured, err, saved, name)


def save_file(ctx: AppContext, package_id: str, target: Path) -> Path:
    """Write an outbox item to a folder (under its human name) or to the file path given; the
    item becomes "đã xuất file" with where it was written."""
    from desktop.services.exchange import sync

    with ctx.uow.read() as s:
        item = repo.outbox_get(s, package_id)
    if item is None:
        raise DomainError(f"Không có gói “{package_id}” trong hộp thư đi.", field="package_id")
    target = Path(target)
    if target.is_dir() or not target.suffix:
        folder, name = target, file_name_for(ctx, item)
    else:
        folder, name = target.parent, target.name
    [d] = sync.deliver(ctx, FileTransport(folder, {package_id: name}), [package_id])
    if not d.ok:
        raise DomainError(d.detail or f"Không ghi được tệp vào “{folder}”.")
    return Path(d.where)


# ------------------------------------------------------------------ where a submission is
_STATUS = {
    "pending": QT_TRANSLATE_NOOP("PackageWhere", "in the outbox, waiting to be sent"),
    "exported": QT_TRANSLATE_NOOP("PackageWhere", "saved as a file"),
    "sent": QT_TRANSLATE_NOOP("PackageWhere", "sent to the server, waiting for the upper level"),
    "received": QT_TRANSLATE_NOOP("PackageWhere", "received by the upper level"),
    "rejected": QT_TRANSLATE_NOOP("PackageWhere", "refused by the upper level"),
}


def where(item: repo.OutboxItem, language: str = "vi") -> str:
    """One sentence: where this package is now."""
    t = texts(language)
    status = t.translate("PackageWhere", _STATUS[item.status]) if item.status in _STATUS else item.status
    # A title that already names its version (titles are Vietnamese data) is not told it twice.
    text = (
        t.translate("PackageWhere", "Package “{0}”: {1}")
        if "phiên bản" in item.title
        else t.translate("PackageWhere", "Package “{0}” (version {2}): {1}")
    )
    text = text.format(item.title, status, item.version)
    if item.status == "exported" and item.exported_to:
        text += f" ({item.exported_to})"
    if item.status == "rejected" and item.reason:
        text += f": {item.reason}"
    return text + "."


def where_vi(item: repo.OutboxItem) -> str:
    """Where this package is, in Vietnamese (the command line's words)."""
    return where(item, "vi")


def latest_submission(
    ctx: AppContext, kind: str, period: str | None, quarter: int | None = None
) -> repo.OutboxItem | None:
    """The newest outbox item of a submission of this unit (any version), or None."""
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is None or not me.parent_code or not period:
        return None
    subject = subject_key(kind, campaign=CAMPAIGN, period=period, quarter=quarter)
    with ctx.uow.read() as s:
        return repo.latest_for_subject(s, me.parent_code, subject)


def set_parent_code(ctx: AppContext, code: str):
    """Record the upper level's code in this unit's profile (asked by "Nộp" when it is missing)."""
    from dataclasses import replace

    from desktop.services.units import require_self_unit, save_self_unit

    code = (code or "").strip()
    if not code:
        raise DomainError("Hãy ghi mã đơn vị cấp trên (Đoàn cơ sở), ví dụ DCS-LECHAN.", field="parent_code")
    me = require_self_unit(ctx)
    return save_self_unit(ctx, replace(me, parent_code=code).validated())


def pending_receipts(ctx: AppContext, recipients: list[str]) -> list[repo.OutboxItem]:
    """Receipts ("biên nhận") waiting in the outbox for these units: they travel with what is sent
    down, so the branch learns its packages were received."""
    with ctx.uow.read() as s:
        items = repo.outbox_items(s, ("pending",))
    return [i for i in items if i.kind == "receipt" and i.recipient_code in set(recipients)]


def deliver_now(ctx: AppContext, package_ids: list[str]) -> tuple[bool, int, str | None]:
    """Send outbox items to the hub now when one is configured: (configured, sent, error)."""
    configured, sent, err = False, 0, None
    for pid in package_ids:
        configured, ok, err = _try_hub(ctx, pid)
        if not configured:
            return False, 0, None
        if not ok:
            break
        sent += 1
    return configured, sent, err


def submission_period(ctx: AppContext, kind: str) -> tuple[str | None, int | None]:
    """The period (and quarter) of what this branch would submit, from the thing itself: the
    newest submitted registration, the quarter that ended last (or is running), the current
    year-end dossier. Used where a period would otherwise be typed (Gửi – nhận)."""
    from db.repo import cycle as cycle_repo
    from desktop.services import year as cycle
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is None:
        return None, None
    if kind == "registration":
        with ctx.uow.read() as s:
            regs = [r for r in cycle_repo.registrations(s, me.code, CAMPAIGN, None) if r.status == "submitted"]
        if regs:
            newest = max(regs, key=lambda r: (r.period_label[-4:], r.version))
            return newest.period_label, None
    p = cycle.resolve_period(ctx, me.code, None)
    if kind == "quarterly":
        today = ctx.today()
        q = 4 if today > p.end else (p.quarter_of(today) or 1)
        return p.label, q
    return p.label, None
