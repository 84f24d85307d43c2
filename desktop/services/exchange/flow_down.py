"""What flows down from a parent to its branches (issue 17 item 5), besides the appraisal and the
decision (services/exchange/submissions.py):

* "return" — a submission returned for correction, with a reason per criterion. At the branch
  the submission reopens (a registration gets a new draft version, a year-end dossier goes back
  to draft); the branch's next package has the next version number and supersedes the old one
  at the parent.
* "reminder" — to the branches that are late or have sent nothing, chosen from the Đoàn cơ sở's
  list of branches in one click; it shows on the branch's home screen until the branch sends
  what it was reminded of (or puts the reminder away).
* "alert" — a CD-1.3 warning about "xấu, độc" information or a CD-1.4 share request, relayed to
  every branch: it lands in the branch's list "chờ xác nhận"; one click records it in the
  branch's log (so 300 secretaries do not retype the same request).
* catalog updates ("catalog", sent by submissions.send_catalog) take effect for the periods they
  declare: see ``desktop/services/catalogs.py`` (``catalog_in_force``).

Qt-free. The packages are built and verified like every other kind (resources/schemas).

This module is the parent's side (sending); what the branch sees of it is in
flow_down_received.py, the names of what flows down in flow_down_kinds.py (all still importable
from here).
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import label_in_parent_year
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.exchange.flow_down_kinds import (  # noqa: F401  (all still importable from here)
    ALERT_KINDS,
    CAMPAIGN,
    RETURNABLE,
    SUMMARY_WHAT_VI,
    WHAT_VI,
    _what_vi,
)
from desktop.services.exchange.flow_down_received import (  # noqa: F401  (the branch's side, still importable from here)
    DownItem,
    confirm_alert,
    dismiss,
    home_items,
    returned_for,
    waiting,
)
from desktop.services.exchange.submissions import _me, _unit_json  # one shape of a unit in every package


def _require_parent_unit(ctx: AppContext, what: str) -> Unit:
    from desktop.services.safety import require_role

    require_role(ctx, "admin", what)
    me = _me(ctx)
    if me.kind in (UnitKind.CHI_DOAN, UnitKind.DANG_UY_XA):
        raise DomainError(
            f"{me.name} không có chi đoàn trực thuộc gửi gói lên: chỉ Đoàn cơ sở (hoặc cấp trên) {what}.", field="kind"
        )
    return me


def _children(ctx: AppContext, wanted: list[str] | None) -> list[Unit]:
    from desktop.services.exchange.grassroots_sends import _children as children

    return children(ctx, wanted)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# ============================================================== the parent sends
def send_return(
    ctx: AppContext,
    branch: str,
    kind: str,
    period: str,
    reasons: list[tuple[str | None, str]],
    *,
    quarter: int | None = None,
    note: str | None = None,
):
    """Return a branch's submission for correction, with a reason per criterion."""
    from desktop.services.exchange import sync
    from desktop.services.exchange.grassroots_sends import _latest_from

    me = _require_parent_unit(ctx, "trả lại hồ sơ để sửa")
    if kind not in RETURNABLE:
        raise DomainError(f"Không trả lại được “{kind}”: chọn registration, quarterly hoặc year-end.", field="kind")
    if kind == "quarterly" and not quarter:
        raise DomainError("Báo cáo quý cần ghi quý (1–4).", field="quarter")
    reasons = [(c.strip() if c and c.strip() else None, (r or "").strip()) for c, r in reasons]
    reasons = [(c, r) for c, r in reasons if r]
    if not reasons:
        raise DomainError(
            "Hãy ghi lý do trả lại (theo từng tiêu chí nếu có), để chi đoàn biết cần sửa gì.", field="reasons"
        )
    [b] = _children(ctx, [branch])
    label = label_in_parent_year(period, school=b.is_school)
    prev = None
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=(kind,), period=label, sender_code=b.code, current_only=True)
        rows = [r for r in rows if kind != "quarterly" or r.quarter == quarter]
        prev = rows[0] if rows else None
    if prev is None:
        prev = _latest_from(ctx, b.code, kind, label) if kind != "quarterly" else None
    if prev is None:
        raise DomainError(f"Chưa nhận {WHAT_VI[kind]} kỳ {label} của {b.name}: không có gì để trả lại.", field="period")
    data = {
        "unit": _unit_json(b),
        "sender": _unit_json(me),
        "campaign": CAMPAIGN,
        "period": label,
        "returned_kind": kind,
        "quarter": quarter if kind == "quarterly" else None,
        "returned_package": prev.package_id,
        "returned_version": prev.version,
        "returned_on": _iso(ctx.today()),
        "reasons": [{"criterion": c, "reason": r[:2000]} for c, r in reasons],
        "note": (note or "").strip()[:4000] or None,
    }
    what = _what_vi(kind, quarter)
    return sync.put_in_outbox(
        ctx,
        kind="return",
        recipient={"code": b.code, "name": b.name},
        data=data,
        campaign=CAMPAIGN,
        period=label,
        quarter=data["quarter"],
        subject_extra=kind,
        in_reply_to=prev.package_id,
        title=f"Trả lại để sửa: {what} {label} — {b.name}",
    )


def late_branches(ctx: AppContext, period: str, today: date | None = None) -> list[tuple[Unit, str, int | None, date]]:
    """The enrolled branches that are late or have sent nothing: (branch, what, quarter, deadline),
    from the Đoàn cơ sở's list of branches (the first thing overdue for each)."""
    from desktop.services.reporting import dashboard

    board = dashboard(ctx, period, today=today)
    children = {u.code: u for u in _children(ctx, None)}
    out = []
    for row in board.rows:
        if row.code not in children or not row.overdue_items:
            continue
        key, due, q = row.overdue_items[0]
        what = (
            "quarterly" if key.startswith("quarterly") else "year-end" if key.startswith("year_end") else "registration"
        )
        out.append((children[row.code], what, q, due))
    return out


def missing_summaries(
    ctx: AppContext, period: str, today: date, units: list[str] | None = None, what: str | None = None
) -> list[tuple[Unit, str, None, date | None]]:
    """A Đoàn cấp trên: the summaries its Đoàn cơ sở have not sent although due (the completeness
    list's "Chưa gửi"), as (unit, what, None, deadline); only ``units`` / ``what`` when given."""
    from desktop.services import reporting as tree

    if what is not None and what not in SUMMARY_WHAT_VI:
        raise DomainError("Hãy chọn nhắc gửi gì: registration-summary hoặc results-summary.", field="what")
    children = {u.code: u for u in _children(ctx, None)}
    out = []
    for r in tree.completeness(ctx, period, today=today).rows:
        if r.report not in SUMMARY_WHAT_VI or r.state != "missing" or r.code not in children:
            continue
        if (units and r.code not in units) or (what and r.report != what):
            continue
        out.append((children[r.code], r.report, None, r.due))
    if not out:
        raise DomainError(
            f"Kỳ {period}: không có Đoàn cơ sở nào quá hạn mà chưa gửi báo cáo tổng hợp"
            + (" được chọn" if units or what else "")
            + ".",
            field="period",
        )
    return out


def send_reminders(
    ctx: AppContext,
    period: str,
    branches: list[str] | None = None,
    *,
    what: str | None = None,
    quarter: int | None = None,
    message: str | None = None,
    today: date | None = None,
) -> list:
    """Remind branches. Without ``branches``: every branch that is late or has sent nothing (what
    each is late with comes from the list of branches); with them: those, for ``what``."""
    from desktop.services.exchange import sync

    me = _require_parent_unit(ctx, "gửi lời nhắc")
    today = today or ctx.today()
    if me.kind is UnitKind.DOAN_CAP_TREN:
        targets = missing_summaries(ctx, period, today, branches, what)
    elif branches:
        if what not in RETURNABLE:
            raise DomainError("Hãy chọn nhắc nộp gì: registration, quarterly hoặc year-end.", field="what")
        if what == "quarterly" and not quarter:
            raise DomainError("Nhắc báo cáo quý cần ghi quý (1–4).", field="quarter")
        targets = [(b, what, quarter if what == "quarterly" else None, None) for b in _children(ctx, branches)]
    else:
        targets = late_branches(ctx, period, today)
        if not targets:
            raise DomainError(
                f"Kỳ {period}: không có chi đoàn nào chậm hoặc chưa gửi (trong các chi đoàn đã đăng ký khóa).",
                field="period",
            )
    out = []
    for b, w, q, due in targets:
        label = label_in_parent_year(period, school=b.is_school)
        thing = _what_vi(w, q)
        text = (message or "").strip() or (
            f"{me.name} nhắc {b.name} gửi {thing} kỳ {label}"
            + (f" (hạn {due:%d/%m/%Y})" if due else "")
            + ". Nếu đã gửi, hãy kiểm tra lại ở trang Gửi – nhận."
        )
        data = {
            "unit": _unit_json(b),
            "sender": _unit_json(me),
            "campaign": CAMPAIGN,
            "period": label,
            "what": w,
            "quarter": q,
            "deadline": _iso(due),
            "sent_on": _iso(today),
            "message": text[:2000],
        }
        out.append(
            sync.put_in_outbox(
                ctx,
                kind="reminder",
                recipient={"code": b.code, "name": b.name},
                data=data,
                campaign=CAMPAIGN,
                period=label,
                quarter=q,
                subject_extra=w,
                title=f"Nhắc gửi {thing} {label} — {b.name}",
            )
        )
    return out


def send_alert(
    ctx: AppContext,
    criterion: str,
    title: str,
    *,
    content: str | None = None,
    link: str | None = None,
    issued_on: date | None = None,
    source: str | None = None,
    branches: list[str] | None = None,
    period: str | None = None,
) -> list:
    """Relay a CD-1.3 alert or a CD-1.4 share request to the branches (default: all enrolled)."""
    from desktop.services.exchange import sync

    me = _require_parent_unit(ctx, "chuyển cảnh báo, đề nghị chia sẻ")
    if criterion not in ALERT_KINDS:
        raise DomainError("Chọn CD-1.3 (cảnh báo thông tin xấu, độc) hoặc CD-1.4 (đề nghị chia sẻ).", field="criterion")
    title = (title or "").strip()
    if not title:
        raise DomainError("Hãy ghi nội dung cảnh báo / chủ đề cần chia sẻ.", field="title")
    link = (link or "").strip() or None
    if link and not re.match(r"^https?://\S+$", link):
        raise DomainError(f"Đường dẫn “{link}” không hợp lệ: bắt đầu bằng http:// hoặc https://.", field="link")
    children = _children(ctx, branches)
    if not children:
        raise DomainError("Chưa có chi đoàn nào đăng ký khóa với đơn vị này.", field="branch")
    issued = issued_on or ctx.today()
    alert_id = f"{issued:%Y%m%d}-{uuid.uuid4().hex[:12]}"
    out = []
    for b in children:
        data = {
            "alert_id": alert_id,
            "sender": _unit_json(me),
            "campaign": CAMPAIGN,
            "period": period,
            "criterion": criterion,
            "title": title[:300],
            "content": (content or "").strip()[:4000] or None,
            "link": link,
            "issued_on": _iso(issued),
            "source": (source or "").strip()[:200] or None,
        }
        out.append(
            sync.put_in_outbox(
                ctx,
                kind="alert",
                recipient={"code": b.code, "name": b.name},
                data=data,
                period=period,
                campaign=CAMPAIGN,
                subject_extra=alert_id,
                title=f"{ALERT_KINDS[criterion]}: {title[:120]} — {b.name}",
            )
        )
    return out
