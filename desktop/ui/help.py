"""Built-in help (issue 11 item 6): the yearly cycle (resources/help/cycle.<lang>.md, BRIEF §3)
and the meaning of each criterion, generated from the catalog (title, original text, note,
threshold, source). ``show_help(parent, "CD-3.6")`` opens the guide on that criterion; F1 opens
it anywhere (``install_shortcuts``), Ctrl+1…9 open the pages of the navigation list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.domain.bilingual import ENGLISH, VIETNAMESE, catalog_text, is_english
from desktop.domain.catalog import readable_source
from desktop.i18n.catalogue import texts
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.paths import resources_dir
from desktop.ui.screen import fit_to_screen

CAMPAIGN = "chi-doan-xhcn"

# The strings below are marked English; the Vietnamese is in the .ts files (context "CriterionHelp").
_MEASURE = {
    "pct_members": QT_TRANSLATE_NOOP("CriterionHelp", "Share of members who qualify, against a threshold of {pct}."),
    "count_per_period": QT_TRANSLATE_NOOP("CriterionHelp", "Times done in each {period}: at least {n}."),
    "qualitative": QT_TRANSLATE_NOOP(
        "CriterionHelp",
        "Not a number: a met / not met judgement by someone with authority is recorded (Criteria page).",
    ),
    "zero": QT_TRANSLATE_NOOP("CriterionHelp", "No case in the year."),
    "flag_100": QT_TRANSLATE_NOOP("CriterionHelp", "100% of members must have this recorded on the member list."),
    "per_member_min": QT_TRANSLATE_NOOP("CriterionHelp", "Each member has at least {n} days in the year."),
}
_PERIOD = {
    "year": QT_TRANSLATE_NOOP("CriterionHelp", "year"),
    "quarter": QT_TRANSLATE_NOOP("CriterionHelp", "quarter"),
    "week": QT_TRANSLATE_NOOP("CriterionHelp", "week"),
    "month": QT_TRANSLATE_NOOP("CriterionHelp", "month"),
}
_WHERE = {
    "information": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Evidence book → Information to members (choose the members who were informed)."
    ),
    "thematic_session": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Evidence book → Thematic sessions (at least one each quarter)."
    ),
    "alert": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Evidence book → Alerts and guiding opinion; then record the judgement on the Criteria page."
    ),
    "share_request": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Evidence book → Requests to share information (record how many members shared)."
    ),
    "incident": QT_TRANSLATE_NOOP("CriterionHelp", "Evidence book → Violations (only when there is one)."),
    "weekly_post": QT_TRANSLATE_NOOP("CriterionHelp", "Evidence book → Weekly good people, good deeds posts."),
    "judgement": QT_TRANSLATE_NOOP("CriterionHelp", "Criteria page → Record a judgement."),
    "meeting": QT_TRANSLATE_NOOP("CriterionHelp", "Evidence book → Regular branch meetings."),
    "volunteer_days": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Volunteer days page → record the activity and who took part."
    ),
    "party_introduction": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Evidence book → Outstanding members introduced to the Party."
    ),
    "member_recognition": QT_TRANSLATE_NOOP("CriterionHelp", "Recognition page → assess Socialist members."),
    "volunteer": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Volunteer days page → record the activity (of the matching kind)."
    ),
    "member_flag": QT_TRANSLATE_NOOP(
        "CriterionHelp", "Members page → update each member's details (or edit several at once)."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def cycle_markdown(lang: str = "vi", guide: str = "cycle") -> str:
    """The yearly guide: ``cycle`` (Chi đoàn XHCN), ``commune`` (a commune Party committee) or ``party``
    (the Party line's upper level)."""
    path = resources_dir() / "help" / f"{guide}.{ENGLISH if is_english(lang) else VIETNAMESE}.md"
    return path.read_text(encoding="utf-8")


def criterion_markdown(catalog, cid: str, lang: str = "vi", ref: str | None = None) -> str:
    """The meaning of one criterion, from the catalog (title, text, note, source). ``ref``: how a
    person refers to it when not by its code (a local model's criteria by their place, "1", "2"…:
    their codes were made up by the app); such a model's one group is the model itself."""
    c = next((x for x in catalog.criteria if x.id == cid), None)
    if c is None:
        return ""
    group = next((g for g in catalog.groups if g.id == c.group), None)
    t = texts(lang)
    measure = t.translate("CriterionHelp", _MEASURE[c.measure]) if c.measure in _MEASURE else ""
    n = c.threshold if c.threshold is not None else c.params.get("default", 1)
    period = t.translate("CriterionHelp", _PERIOD[c.period]) if c.period in _PERIOD else c.period
    measure = measure.format(
        pct=f"{round((c.threshold or 0) * 100)}%", n=f"{n:g}" if isinstance(n, float) else n, period=period
    )
    title = catalog_text(c, "title", lang)
    lines = [f"## {ref or c.id}. {title}", ""]
    if group and not (ref and ref != c.id):
        lines += [
            "*"
            + t.translate("CriterionHelp", "Group {0}: {1}").format(group.id, catalog_text(group, "title", lang))
            + "*",
            "",
        ]
    if title != c.title_vi:
        # The regulations are Vietnamese: a reader in another language also sees the original title.
        lines += [t.translate("CriterionHelp", "Vietnamese: “{0}”").format(c.title_vi), ""]
    if c.text_vi:
        lines += [f"> {c.text_vi}", ""]
    if measure:
        lines += [t.translate("CriterionHelp", "**How it is assessed:** {0}").format(measure), ""]
    if c.note:
        lines += [t.translate("CriterionHelp", "**Note:** {0}").format(c.note), ""]
    if c.not_applicable_reason_vi:
        lines += [t.translate("CriterionHelp", "**Does not apply when:** {0}").format(c.not_applicable_reason_vi), ""]
    ev = (c.evidence or "").split(":")[0]
    where = _WHERE.get(ev if ev in ("volunteer", "member_flag") else c.evidence or "")
    if where:
        lines += [
            t.translate("CriterionHelp", "**Where to record it:** {0}").format(t.translate("CriterionHelp", where)),
            "",
        ]
    source = readable_source(c.source)  # the documents by title, never the transcribed files
    if source:
        lines += [t.translate("CriterionHelp", "Source: {0}").format(source), ""]
    return "\n".join(lines)


def criteria_markdown(catalog, lang: str = "vi") -> str:
    return "\n".join(criterion_markdown(catalog, c.id, lang) for c in catalog.criteria)


class HelpDialog(QDialog):
    """Left: the cycle and each criterion; right: the text."""

    def __init__(self, env, criterion: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.env = env
        self.lang = env.translator.language if env is not None else "vi"
        self.catalog = env.ctx.catalogs.get(CAMPAIGN) if env is not None else None
        # A commune Party committee gets its own guide and the criteria of the models it reports on.
        self.guide, self.catalogs, self.refs = "cycle", {}, {}
        unit = _self_unit(env)
        if unit is not None and unit.kind.value == "dang-cap-tren":
            self.guide, self.catalog = "party", None  # the Party line's upper level: its own guide
        elif unit is not None and unit.kind.value == "dang-uy-xa":
            from desktop.services import commune_party as commune

            self.guide, self.catalog = "commune", None
            self.catalogs = commune.commune_catalogs(env.ctx)
            self.refs = {cid: commune.criterion_refs(env.ctx, cid) for cid in self.catalogs}
        self.setWindowTitle(QCoreApplication.translate("Help", "Guide"))
        self.topics = QListWidget()
        self.topics.setObjectName("help_topics")
        self.topics.setFixedWidth(250)
        self.topics.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("help_text")
        self.text.setOpenExternalLinks(False)
        it = QListWidgetItem(QCoreApplication.translate("Help", "The yearly cycle"))
        it.setData(Qt.UserRole, None)
        self.topics.addItem(it)
        if self.catalog is not None:
            for c in self.catalog.criteria:
                title = catalog_text(c, "title", self.lang)
                it = QListWidgetItem(f"{c.id} — {title[:60]}{'…' if len(title) > 60 else ''}")
                it.setData(Qt.UserRole, c.id)
                it.setToolTip(title)
                self.topics.addItem(it)
        for cat in self.catalogs.values():
            for c in cat.criteria:
                title = catalog_text(c, "title", self.lang)
                it = QListWidgetItem(
                    f"{catalog_text(cat, 'title', self.lang)}: {title[:50]}{'…' if len(title) > 50 else ''}"
                )
                it.setData(Qt.UserRole, f"{cat.id}|{c.id}")
                it.setToolTip(title)
                self.topics.addItem(it)
        self.topics.currentRowChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(row, 1)
        lay.addWidget(buttons)
        fit_to_screen(self, 980, 600)
        self.select(criterion)

    def select(self, criterion: str | None) -> None:
        for row in range(self.topics.count()):
            if self.topics.item(row).data(Qt.UserRole) == criterion:
                self.topics.setCurrentRow(row)
                self._show(row)
                return
        self.topics.setCurrentRow(0)

    def _show(self, row: int) -> None:
        item = self.topics.item(row)
        cid = item.data(Qt.UserRole) if item else None
        if cid is not None and "|" in cid:
            cat_id, crit = cid.split("|", 1)
            refs = self.refs.get(cat_id) or {}
            self.text.setMarkdown(criterion_markdown(self.catalogs[cat_id], crit, self.lang, refs.get(crit)))
        elif cid is None or self.catalog is None:
            self.text.setMarkdown(cycle_markdown(self.lang, self.guide))
        else:
            self.text.setMarkdown(criterion_markdown(self.catalog, cid, self.lang))


def _self_unit(env):
    if env is None:
        return None
    try:
        from desktop.services.units import self_unit

        return self_unit(env.ctx)
    except Exception:  # noqa: BLE001 - no unit yet (first run): the general guide
        return None


def show_help(parent, criterion: str | None = None, env=None) -> HelpDialog:
    """Open the guide (non-modal) on ``criterion`` (None: the yearly cycle)."""
    env = env or getattr(parent, "env", None)
    dlg = HelpDialog(env, criterion, parent)
    dlg.setAttribute(Qt.WA_DeleteOnClose)
    dlg.show()
    return dlg


def install_shortcuts(window) -> None:
    """F1 (guide) and Ctrl+1…9 (the pages of the navigation list) on the main window."""
    if getattr(window, "_help_shortcuts", None):
        return
    shortcuts = []
    sc = QShortcut(QKeySequence(QKeySequence.HelpContents), window)
    sc.activated.connect(lambda: show_help(window, None, window.env))
    shortcuts.append(sc)
    for i in range(1, 10):
        sc = QShortcut(QKeySequence(f"Ctrl+{i}"), window)
        sc.activated.connect(lambda i=i: _go(window, i - 1))
        shortcuts.append(sc)
    window._help_shortcuts = shortcuts


def _go(window, row: int) -> None:
    if 0 <= row < window.nav.count():
        window.show_page(window.nav.item(row).data(Qt.UserRole))
