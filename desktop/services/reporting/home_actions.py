"""What the home screen lists as the unit's next actions, for every kind of unit: a branch's open
criteria (from its evaluation), a Đoàn cơ sở's branches late with their registration and its own
steps due, a commune committee's registration, judgements, criteria at risk and overdue tasks, the
Party line's upper level's communes not connected or not reviewed, and packages waiting for their
sender to be confirmed. Each action is one click from the page that does it.

The figures and deadlines of the home screen are in home.py.
"""

from __future__ import annotations

import logging
from datetime import date

from db.repo import units as units_repo
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.periods import Period
from desktop.domain.phrases import CatalogText, Phrase, phrase
from desktop.domain.units import Unit, UnitKind
from desktop.services.context import AppContext
from desktop.services.units import resolve_period

log = logging.getLogger(__name__)


def unit_next_actions(ctx: AppContext, limit: int = 12) -> list:
    """What this installation's unit should do next, each one click from the page that does it:
    a branch's open criteria (``evaluation.next_actions``); a Đoàn cơ sở's branches missing their
    registration and its own summaries due; a commune committee's criteria awaiting a judgement
    or at risk, and its overdue programme tasks."""
    from desktop.services.year import next_actions

    with ctx.uow.read() as s:
        unit = units_repo.get_self(s)
    if unit is None:
        return []
    if unit.kind is UnitKind.CHI_DOAN:
        return next_actions(ctx, unit.code, limit=limit)
    today = ctx.today()
    period = resolve_period(ctx, unit.code, on=today)
    if unit.kind is UnitKind.DANG_CAP_TREN:
        out = _party_upper_actions(ctx, period, today)
    else:
        out = (
            _commune_actions(ctx, period, today)
            if unit.kind is UnitKind.DANG_UY_XA
            else _union_actions(ctx, unit, period, today)
        )
    far = date.max
    out.sort(key=lambda a: (a.due or far, a.text("vi")))
    return out[:limit]


def _act(text: str, /, **args) -> Phrase:
    return phrase("NextAction", text, **args)


def _first(names: list[str]) -> str:
    return ", ".join(names[:3]) + ("…" if len(names) > 3 else "")


def _held_action(held, today: date):
    """Packages from a unit not confirmed yet (issue 17): nothing is lost, they wait."""
    from desktop.services.year import NextAction

    words = _act(
        QT_TRANSLATE_NOOP("NextAction", "{count} package(s) from {names} wait for the sender to be confirmed"),
        count=sum(h.packages for h in held),
        names=_first([h.name for h in held]),
    )
    return NextAction(words, "outbox", {"tab": "received"}, due=today)


# Where each of the upper level's own steps is done: the decision on the recognition page, the
# summaries printed (and sent from "Gửi – nhận") on the reports page.
_STEP_PAGE = {"recognition": "recognition", "registration_summary": "reports", "results_summary": "reports"}


def _party_upper_actions(ctx: AppContext, period: Period, today: date) -> list:
    """The Party line's upper level: packages waiting for their sender to be confirmed, communes not
    invited or not connected yet, and communes whose yearly review has not arrived."""
    from desktop.services import commune_party as party_line
    from desktop.services.year import NextAction
    from desktop.services.exchange import held_senders

    out = []
    held = held_senders(ctx)
    if held:
        out.append(_held_action(held, today))
    ov = party_line.overview(ctx, period.label)
    if not ov.communes:
        out.append(
            NextAction(
                _act(QT_TRANSLATE_NOOP("NextAction", "Add the communes' Party committees and send them invitations")),
                "party_communes",
            )
        )
        return out
    waiting = [c.name for c in ov.communes if not c.connected]
    if waiting:
        out.append(
            NextAction(
                _act(
                    QT_TRANSLATE_NOOP("NextAction", "{count} commune(s) not connected yet: {names}"),
                    count=len(waiting),
                    names=_first(waiting),
                ),
                "party_communes",
            )
        )
    missing = [c.name for c in ov.communes if c.connected and not c.reviewed]
    if missing:
        out.append(
            NextAction(
                _act(
                    QT_TRANSLATE_NOOP("NextAction", "{count} commune(s) have not sent the {year} review: {names}"),
                    count=len(missing),
                    year=period.label,
                    names=_first(missing),
                ),
                "party_communes",
            )
        )
    return out


def _union_actions(ctx: AppContext, unit: Unit, period: Period, today: date) -> list:
    from desktop.i18n.formatting import format_date_short
    from desktop.services.reporting.branch_dashboard import dashboard
    from desktop.services.reporting.home import upcoming_deadlines
    from desktop.services.year import NextAction

    out = []
    for d, mine in upcoming_deadlines(ctx, unit, today):
        if mine and d.days_left(today) <= 30:
            out.append(
                NextAction(
                    _act(
                        QT_TRANSLATE_NOOP("NextAction", "{title} by {date} ({days} days left)"),
                        title=CatalogText(d, "title"),
                        date=format_date_short(d.due),
                        days=d.days_left(today),
                    ),
                    _STEP_PAGE.get(d.step, "reports"),
                    due=d.due,
                )
            )
    from desktop.services.exchange import held_senders

    held = held_senders(ctx)
    if held:  # packages that arrived from a unit not confirmed yet (issue 17): nothing is lost
        out.append(_held_action(held, today))
    if unit.kind is UnitKind.DOAN_CO_SO:
        try:
            board = dashboard(ctx, period.label)
        except Exception:  # noqa: BLE001 - no dashboard (no branches yet) is not an error here
            log.debug("home: no dashboard", exc_info=True)
            return out
        late = [r for r in board.rows if not r.registered and r.overdue]
        if late:
            due = min((r.registration_deadline for r in late if r.registration_deadline), default=None)
            out.append(
                NextAction(
                    _act(
                        QT_TRANSLATE_NOOP(
                            "NextAction", "{count} branches have not registered for {period}: remind them and record it"
                        ),
                        count=len(late),
                        period=period.label,
                    ),
                    "branches",
                    due=due,
                )
            )
    if unit.kind is UnitKind.DOAN_CAP_TREN:
        out += _upper_union_actions(ctx, period, today)
    return out


def _upper_union_actions(ctx: AppContext, period: Period, today: date) -> list:
    """A Thành đoàn's own work (issue 23): summaries received and not yet approved or returned, and
    Đoàn cơ sở whose summary is past its date — both done on "Đơn vị trực thuộc"."""
    from desktop.services import exchange
    from desktop.services.reporting.tree_completeness import completeness
    from desktop.services.year import NextAction

    out = []
    try:
        waiting = [r for r in exchange.overview(ctx, period.label).rows if r.state == "received"]
    except Exception:  # noqa: BLE001 - nothing received or no unit below yet: nothing to decide
        log.debug("home: no approvals", exc_info=True)
        waiting = []
    if waiting:
        out.append(
            NextAction(
                _act(
                    QT_TRANSLATE_NOOP("NextAction", "{count} summaries wait for your approval or return: {names}"),
                    count=len(waiting),
                    names=_first(sorted({r.name for r in waiting})),
                ),
                "tree",
                due=today,
            )
        )
    try:
        rows = completeness(ctx, period.label, today=today).rows
    except Exception:  # noqa: BLE001
        log.debug("home: no completeness", exc_info=True)
        rows = ()
    missing = [r for r in rows if r.state == "missing"]
    if missing:
        out.append(
            NextAction(
                _act(
                    QT_TRANSLATE_NOOP(
                        "NextAction", "{count} summaries not sent after their date: {names} — remind them"
                    ),
                    count=len(missing),
                    names=_first(sorted({r.name for r in missing})),
                ),
                "tree",
                due=min((r.due for r in missing if r.due), default=today),
            )
        )
    return out


def _commune_actions(ctx: AppContext, period: Period, today: date) -> list:
    from desktop.i18n.formatting import format_date_short
    from desktop.services import commune_party as commune
    from desktop.services.year import NextAction

    from desktop.services.commune_party import calendar, registration

    out = []
    # Registration for the models of this year, and of next year once its deadline is near (item 1).
    for label in (period.label, str(period.year + 1)):
        if registration(ctx, label).registration.registered:
            continue
        due = next((d.due for d in calendar(ctx, label) if d.step == "commune-register"), None)
        if label != period.label and (due is None or (due - today).days > 60):
            continue
        when = _act(QT_TRANSLATE_NOOP("NextAction", " (due {date})"), date=format_date_short(due)) if due else ""
        out.append(
            NextAction(
                _act(QT_TRANSLATE_NOOP("NextAction", "Register for the models of {year}{when}"), year=label, when=when),
                "commune_review",
                due=due,
            )
        )
    # Sending upward needs the upper level's invitation (issue 20): said on home, where it is done.
    from desktop.services.units import self_unit

    me = self_unit(ctx)
    if me is not None and not me.parent_code:
        out.append(
            NextAction(
                _act(QT_TRANSLATE_NOOP("NextAction", "Accept the upper level's invitation to send reports")), "outbox"
            )
        )
    from desktop.services.exchange import held_senders

    held = held_senders(ctx)
    if held:
        out.append(_held_action(held, today))
    cats = commune.commune_catalogs(ctx)
    for ev in commune.evaluate_all(ctx, period.label):
        cat = cats.get(ev.campaign)
        model = CatalogText(cat, "title") if cat else ev.campaign
        judge = sum(1 for c in ev.criteria if c.status == "needs_judgement")
        risk = sum(1 for c in ev.criteria if c.status == "at_risk")
        if judge:
            out.append(
                NextAction(
                    _act(
                        QT_TRANSLATE_NOOP("NextAction", "Record a judgement on {count} criteria of “{model}”"),
                        count=judge,
                        model=model,
                    ),
                    "commune_models",
                    {"campaign": ev.campaign},
                    due=period.end,
                )
            )
        if risk:
            out.append(
                NextAction(
                    _act(
                        QT_TRANSLATE_NOOP("NextAction", "{count} criteria of “{model}” at risk"),
                        count=risk,
                        model=model,
                    ),
                    "commune_models",
                    {"campaign": ev.campaign},
                    due=period.end,
                )
            )
    for t in commune.tasks(ctx, period.label):
        if t.deadline is not None and t.deadline < today and t.progress < 100:
            out.append(
                NextAction(
                    _act(
                        QT_TRANSLATE_NOOP("NextAction", "Task “{title}” overdue since {date} ({progress}%)"),
                        title=t.title,
                        date=format_date_short(t.deadline),
                        progress=t.progress,
                    ),
                    "commune_programme",
                    due=t.deadline,
                )
            )
    return out
