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
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from db import audit
from db.repo import flow as flow_repo
from db.repo import sync as repo
from desktop.domain.errors import DomainError
from desktop.domain.periods import label_in_parent_year
from desktop.domain.units import Unit, UnitKind
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.exchange.submissions import _me, _unit_json  # one shape of a unit in every package
from desktop.sync.kinds import subject_key

CAMPAIGN = "chi-doan-xhcn"
RETURNABLE = ("registration", "quarterly", "year-end")
WHAT_VI = {
    "registration": "bản đăng ký xây dựng Chi đoàn XHCN",
    "quarterly": "báo cáo tiến độ quý",
    "year-end": "kết quả cuối năm và hồ sơ đề nghị công nhận",
}
# A Đoàn cấp trên reminds its Đoàn cơ sở of the summaries they owe it (issue 23).
SUMMARY_WHAT_VI = {"registration-summary": "báo cáo tổng hợp đăng ký", "results-summary": "báo cáo tổng hợp kết quả"}


def _what_vi(kind: str, quarter: int | None = None) -> str:
    """'bản đăng ký …', 'báo cáo tiến độ quý 3', 'kết quả cuối năm …', 'báo cáo tổng hợp kết quả'."""
    if kind in SUMMARY_WHAT_VI:
        return SUMMARY_WHAT_VI[kind]
    return f"báo cáo tiến độ quý {quarter}" if kind == "quarterly" and quarter else WHAT_VI[kind]


ALERT_KINDS = {"CD-1.3": "Cảnh báo thông tin “xấu, độc”", "CD-1.4": "Đề nghị chia sẻ thông tin tích cực"}


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


# ============================================================== what the branch sees
@dataclass(frozen=True)
class DownItem:
    """One thing from the parent waiting for the branch (home screen, log page)."""

    package_id: str
    kind: str  # return | reminder | alert
    title_vi: str
    text_vi: str
    received_at: datetime
    period: str | None
    criterion: str | None = None  # alerts: CD-1.3 / CD-1.4
    link: str | None = None
    what: str | None = None  # return / reminder: registration | quarterly | year-end
    quarter: int | None = None


def _sent_since(s, me: Unit, what: str, period: str, quarter: int | None, since: datetime) -> bool:
    """Did this branch put a newer package of that submission in its outbox after ``since``?"""
    if not me.parent_code:
        return False
    item = repo.latest_for_subject(
        s, me.parent_code, subject_key(what, campaign=CAMPAIGN, period=period, quarter=quarter)
    )
    return item is not None and item.created_at >= since


def waiting(ctx: AppContext) -> list[DownItem]:
    """Returns not yet answered by a new version, reminders of what is still not sent, alerts and
    share requests not yet confirmed into the log — newest first."""
    import json

    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is None or me.kind is not UnitKind.CHI_DOAN:
        return []
    out = []
    with ctx.uow.read() as s:
        rows = repo.list_received(s, kinds=("return", "reminder", "alert"), current_only=True)
        done = flow_repo.actions(s)
        for r in rows:
            if r.package_id in done or r.status == "rejected":
                continue
            d = json.loads(repo.received_data(s, r.id) or "null") or {}
            try:
                item = _down_item(s, me, r, d)
            except (KeyError, TypeError, ValueError):  # a date that passed the schema's pattern but is no date
                continue
            if item is not None:
                out.append(item)
    out.sort(key=lambda i: i.received_at, reverse=True)
    return out


def _down_item(s, me: Unit, r, d: dict) -> DownItem | None:
    """The line for one package that came down, or None when it no longer waits for anything."""
    sender = (d.get("sender") or {}).get("name") or r.sender_code
    if r.kind == "return":
        if _sent_since(s, me, d["returned_kind"], d["period"], d.get("quarter"), r.received_at):
            return None  # answered by a new version
        why = "; ".join((f"{x['criterion']}: " if x.get("criterion") else "") + x["reason"] for x in d["reasons"])
        what = _what_vi(d["returned_kind"], d.get("quarter"))
        return DownItem(
            r.package_id,
            "return",
            f"{sender} trả lại {what} {d['period']} để sửa",
            why,
            r.received_at,
            d["period"],
            what=d["returned_kind"],
            quarter=d.get("quarter"),
        )
    if r.kind == "reminder":
        if _sent_since(s, me, d["what"], d["period"], d.get("quarter"), r.received_at):
            return None  # sent since
        return DownItem(
            r.package_id,
            "reminder",
            f"{sender} nhắc nộp",
            d["message"],
            r.received_at,
            d["period"],
            what=d["what"],
            quarter=d.get("quarter"),
        )
    if r.kind == "alert":
        text = d["title"] + (f" — {d['content']}" if d.get("content") else "")
        issued = date.fromisoformat(d["issued_on"])
        return DownItem(
            r.package_id,
            "alert",
            f"{ALERT_KINDS[d['criterion']]} ({sender}, {issued:%d/%m/%Y})",
            text,
            r.received_at,
            d.get("period"),
            criterion=d["criterion"],
            link=d.get("link"),
        )
    return None


def returned_for(ctx: AppContext, kind: str, period: str, quarter: int | None = None) -> str | None:
    """Why the parent returned this submission, while the branch has not sent a new version."""
    for i in waiting(ctx):
        if i.kind == "return" and i.what == kind and i.period == period and (i.quarter or None) == (quarter or None):
            return i.text_vi
    return None


def confirm_alert(ctx: AppContext, package_id: str, on_date: date | None = None) -> tuple[int, Changes]:
    """One click: the relayed alert / share request becomes an entry of the branch's log (CD-1.3 /
    CD-1.4), with the sender, the date received and the link filled in."""
    import json

    from desktop.domain.logs import ALERT, SHARE_REQUEST, LogEntry
    from desktop.services import year as cycle

    me = _me(ctx)
    with ctx.uow.read() as s:
        rows = [r for r in repo.list_received(s, kinds=("alert",), current_only=True) if r.package_id == package_id]
        if not rows:
            raise DomainError("Không tìm thấy thông báo này trong các gói đã nhận.", field="package_id")
        if package_id in flow_repo.actions(s):
            raise DomainError("Thông báo này đã được ghi vào sổ rồi.", field="package_id")
        d = json.loads(repo.received_data(s, rows[0].id) or "null")
    kind = ALERT if d["criterion"] == "CD-1.3" else SHARE_REQUEST
    try:
        issued = date.fromisoformat(d["issued_on"])
    except ValueError:
        raise DomainError(f"Ngày phát hành “{d['issued_on']}” của thông báo không hợp lệ.", field="issued_on") from None
    entry = LogEntry(
        id=None,
        unit_code=me.code,
        kind=kind,
        on_date=max(on_date or ctx.today(), issued),
        title=d["title"][:300],
        description=d.get("content"),
        channel=None,
        counterpart=(d.get("source") or d["sender"]["name"])[:200],
        received_on=issued if kind == ALERT else None,
        link=d.get("link"),
    )
    log_id, _changes = cycle.add_log(ctx, entry)
    with ctx.uow.begin() as s:
        flow_repo.record(s, package_id, "confirmed", ctx.actor, log_id)
        audit.record(
            s,
            actor=ctx.actor,
            action="confirm",
            entity="received_package",
            entity_id=package_id,
            unit_code=me.code,
            after={"log_id": log_id, "criterion": d["criterion"]},
        )
    return log_id, Changes.of("cycle", "sync")


def dismiss(ctx: AppContext, package_id: str) -> Changes:
    """Put a reminder (or an alert that does not concern the branch) away."""
    me = _me(ctx)
    with ctx.uow.begin() as s:
        if flow_repo.record(s, package_id, "dismissed", ctx.actor):
            audit.record(
                s, actor=ctx.actor, action="dismiss", entity="received_package", entity_id=package_id, unit_code=me.code
            )
    return Changes.of("sync")


def home_items(ctx: AppContext) -> list[DownItem]:
    """What the branch's home screen shows from its parent: the recognition decisions received
    ("Đã được công nhận …"), then what waits for it (returns, reminders, alerts to confirm)."""
    from desktop.services.exchange.submissions import decisions_for_self
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is not None and me.kind in (UnitKind.DOAN_CO_SO, UnitKind.DOAN_CAP_TREN) and me.parent_code:
        from desktop.services.exchange import approval

        return approval.home_items(ctx)  # its summaries: returned, approved, reminded (issue 23)
    if me is None or me.kind is not UnitKind.CHI_DOAN:
        return []
    out = []
    for d in decisions_for_self(ctx)[:3]:
        title = (
            f"Đã được công nhận “Chi đoàn xã hội chủ nghĩa” kỳ {d.period}"
            if d.branch_recognised
            else f"Quyết định công nhận kỳ {d.period}"
        )
        text = f"Quyết định số {d.number} ngày {d.on:%d/%m/%Y} của {d.issuer_name}"
        if d.members:
            text += f"; {len(d.members)} đoàn viên được công nhận “Đoàn viên xã hội chủ nghĩa”"
        out.append(DownItem(d.package_id, "decision", title, text, d.received_at, d.period))
    return out + waiting(ctx)
