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

from desktop.domain.catalog import readable_source
from desktop.paths import resources_dir
from desktop.ui.screen import fit_to_screen

CAMPAIGN = "chi-doan-xhcn"

_MEASURE_VI = {
    "pct_members": "Tỉ lệ đoàn viên đạt yêu cầu, so với ngưỡng {pct}.",
    "count_per_period": "Số lần thực hiện trong mỗi {period}: ít nhất {n}.",
    "qualitative": "Không đo bằng số: cần ghi nhận đánh giá đạt/chưa đạt của người có thẩm quyền (trang Tiêu chí).",
    "zero": "Không có trường hợp nào trong năm.",
    "flag_100": "100% đoàn viên phải có thông tin này trong danh sách đoàn viên.",
    "per_member_min": "Mỗi đoàn viên có ít nhất {n} ngày trong năm.",
}
_MEASURE_EN = {
    "pct_members": "Share of members who qualify, against a threshold of {pct}.",
    "count_per_period": "Times done in each {period}: at least {n}.",
    "qualitative": "Not a number: a met / not met judgement by someone with authority is recorded (Criteria page).",
    "zero": "No case in the year.",
    "flag_100": "100% of members must have this recorded on the member list.",
    "per_member_min": "Each member has at least {n} days in the year.",
}
_PERIOD_VI = {"year": "năm", "quarter": "quý", "week": "tuần", "month": "tháng"}
_WHERE_VI = {
    "information": "Sổ minh chứng → Thông tin đến đoàn viên (chọn những đoàn viên được cung cấp).",
    "thematic_session": "Sổ minh chứng → Sinh hoạt chuyên đề (mỗi quý ít nhất 01 buổi).",
    "alert": "Sổ minh chứng → Cảnh báo, định hướng dư luận; rồi ghi đánh giá ở trang Tiêu chí.",
    "share_request": "Sổ minh chứng → Yêu cầu chia sẻ thông tin (ghi số đoàn viên đã chia sẻ).",
    "incident": "Sổ minh chứng → Vi phạm (chỉ ghi khi có).",
    "weekly_post": "Sổ minh chứng → Tin bài người tốt, việc tốt hằng tuần.",
    "judgement": "Trang Tiêu chí → Ghi nhận đánh giá.",
    "meeting": "Sổ minh chứng → Sinh hoạt chi đoàn định kỳ.",
    "volunteer_days": "Trang Ngày tình nguyện → ghi hoạt động và người tham gia.",
    "party_introduction": "Sổ minh chứng → Giới thiệu đoàn viên ưu tú cho Đảng.",
    "member_recognition": "Trang Công nhận → xét Đoàn viên XHCN.",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def cycle_markdown(lang: str = "vi", guide: str = "cycle") -> str:
    """The yearly guide: ``cycle`` (Chi đoàn XHCN), ``commune`` (a commune Party committee) or ``party``
    (the Party line's upper level)."""
    path = resources_dir() / "help" / f"{guide}.{'vi' if lang == 'vi' else 'en'}.md"
    return path.read_text(encoding="utf-8")


def criterion_markdown(catalog, cid: str, lang: str = "vi") -> str:
    """The meaning of one criterion, from the catalog (title, text, note, source)."""
    c = next((x for x in catalog.criteria if x.id == cid), None)
    if c is None:
        return ""
    group = next((g for g in catalog.groups if g.id == c.group), None)
    vi = lang == "vi"
    measure = (_MEASURE_VI if vi else _MEASURE_EN).get(c.measure, "")
    n = c.threshold if c.threshold is not None else c.params.get("default", 1)
    measure = measure.format(pct=f"{round((c.threshold or 0) * 100)}%", n=f"{n:g}" if isinstance(n, float) else n,
                             period=_PERIOD_VI.get(c.period, c.period) if vi else c.period)
    lines = [f"## {c.id}. {c.title_vi if vi else c.title_en}", ""]
    if group:
        lines += [f"*{'Nhóm' if vi else 'Group'} {group.id}: {group.title_vi if vi else group.title_en}*", ""]
    if not vi:
        lines += [f"Vietnamese: “{c.title_vi}”", ""]
    if c.text_vi:
        lines += [f"> {c.text_vi}", ""]
    if measure:
        lines += [f"**{'Cách đánh giá' if vi else 'How it is assessed'}:** {measure}", ""]
    if c.note:
        lines += [f"**{'Ghi chú' if vi else 'Note'}:** {c.note}", ""]
    if c.not_applicable_reason_vi:
        lines += [f"**{'Không áp dụng khi' if vi else 'Does not apply when'}:** {c.not_applicable_reason_vi}", ""]
    ev = (c.evidence or "").split(":")[0]
    if vi and ev in ("volunteer", "member_flag"):
        where = ("Trang Ngày tình nguyện → ghi hoạt động (loại tương ứng)." if ev == "volunteer"
                 else "Trang Đoàn viên → cập nhật thông tin từng đoàn viên (hoặc sửa hàng loạt).")
    else:
        where = _WHERE_VI.get(c.evidence or "", "") if vi else ""
    if where:
        lines += [f"**Ghi nhận ở đâu:** {where}", ""]
    source = readable_source(c.source)  # the documents by title, never the transcribed files
    if source:
        lines += [f"{'Nguồn' if vi else 'Source'}: {source}", ""]
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
        self.guide, self.catalogs = "cycle", {}
        unit = _self_unit(env)
        if unit is not None and unit.kind.value == "dang-cap-tren":
            self.guide, self.catalog = "party", None  # the Party line's upper level: its own guide
        elif unit is not None and unit.kind.value == "dang-uy-xa":
            from desktop.services import commune_party as commune

            self.guide, self.catalog = "commune", None
            self.catalogs = commune.commune_catalogs(env.ctx)
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
                title = c.title_vi if self.lang == "vi" else c.title_en
                it = QListWidgetItem(f"{c.id} — {title[:60]}{'…' if len(title) > 60 else ''}")
                it.setData(Qt.UserRole, c.id)
                it.setToolTip(title)
                self.topics.addItem(it)
        for cat in self.catalogs.values():
            for c in cat.criteria:
                title = c.title_vi if self.lang == "vi" else c.title_en
                it = QListWidgetItem(f"{cat.title_vi if self.lang == 'vi' else cat.title_en}: "
                                     f"{title[:50]}{'…' if len(title) > 50 else ''}")
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
            self.text.setMarkdown(criterion_markdown(self.catalogs[cat_id], crit, self.lang))
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
