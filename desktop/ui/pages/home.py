"""Home ("Tổng quan", issue 11 item 1): this period's standing at a glance (completion share,
criteria met / at risk / not met, recognisable or not), the reminders due (setting
``reminder_days``, default 14 and 3 days), the next deadlines with days left, the concrete next
actions (desktop.services.year.evaluation.next_actions, each one click from the page that does it),
an empty state that says what to do first, and the charts (desktop/ui/charts.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QWidget

from desktop.domain.bilingual import catalog_text
from desktop.domain.units import UnitKind
from desktop.i18n.formatting import format_date_short
from desktop.ui.i18n import ui_formatter
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import reporting as home_service
from desktop.ui.home_layout import HomeLayout
from desktop.ui.pages import Page, PageSpec


class HomePage(HomeLayout, Page):
    # Once the first figures (or the fallback when they cannot be read) are on screen: the
    # start-up benchmark's "home data shown" moment (desktop/app.py, issue 13).
    loaded = Signal()

    def __init__(self, env):
        super().__init__(env)
        self.data = None
        self.is_loaded = False
        self._generation = 0
        self._build(env)
        if env.window is not None:
            from desktop.ui.help import install_shortcuts

            install_shortcuts(env.window)
        self.reload()

    def watches(self):
        return ("unit", "settings", "cycle", "members", "volunteer", "recognition", "sync", "registration")

    def retranslate(self):
        self.reload()

    def activate(self, **kw):
        self.actions.setFocus()

    # ---------------------------------------------------------------- data
    def reload(self):
        """The figures are read on the task runner (~60 ms with 5,000 members, issue 13): the
        GUI thread only draws them. Until the first answer the page says it is opening."""
        ctx = self.env.ctx
        self.help_btn.setText(self.tr("Guide (F1)"))
        self.help_btn.setToolTip(self.tr("The yearly cycle and the meaning of each criterion"))
        self.box.setTitle(self.tr("Next deadlines"))
        self.actions_box.setTitle(self.tr("Next actions"))
        self.actions_hint.setText(self.tr("Click an action to open the page where it is done."))
        if self.data is None:
            self.title.setText(self.tr("Overview"))
            self.period.setText(self.tr("Opening the data…"))
        self._generation += 1
        generation = self._generation
        window = self.env.window
        first = window.take_prefetched("home") if hasattr(window, "take_prefetched") else None
        if first is not None:  # read while the data was being opened (desktop/app.py)
            self._loaded(first, generation)
            return

        def read():
            try:
                return home_service.home_data(ctx, charts=False)
            except Exception:  # noqa: BLE001 — the home screen must always open
                return None

        self.env.runner.run(
            read,
            on_done=lambda data: self._loaded(data, generation),
            on_error=lambda exc, tb: self._loaded(None, generation),
            parent=self,
        )

    def _loaded(self, data, generation: int) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        if data is None:
            self.title.setText(self.tr("Sổ Thi Đua"))
            self.period.setText("")
        else:
            self._show(data)
            self._load_actions(data.unit)
            self._load_down()
            ctx = self.env.ctx
            self.env.runner.run(
                lambda: home_service.home_data(ctx),
                on_done=self._show_charts,
                on_error=lambda exc, tb: None,
                parent=self,
            )
        if not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()

    def _lang(self) -> str:
        return self.env.translator.language

    def _show(self, data) -> None:
        self.data = data
        lang = self._lang()
        unit, period, today = data.unit, data.period, data.today
        self.title.setText(self.tr("Overview — {0}").format(period.label))
        self.period.setText(
            self.tr("Assessment period: {0} ({1} – {2})").format(
                period.label, format_date_short(period.start), format_date_short(period.end)
            )
        )
        lines = []
        for d, mine in data.deadlines:
            title = catalog_text(d, "title", lang)
            left = d.days_left(today)
            text = (
                self.tr("{0}: {1} — {2} days left").format(title, format_date_short(d.due), left)
                if left
                else self.tr("{0}: {1} — due today").format(title, format_date_short(d.due))
            )
            lines.append(f"<b>{text}</b>" if mine else text)
        self.deadlines.setText("<br>".join(lines) or self.tr("No upcoming deadline."))
        # Reminders
        if data.reminders:
            items = [r.text(lang) for r in data.reminders]
            self.banner.setText(self.tr("Reminder: {0}").format("; ".join(items)))
            self.banner.setVisible(True)
        else:
            self.banner.setVisible(False)
        self._notify_tray(data)
        # Empty state
        # an upper level's members are in the summaries it receives: nothing to import there
        no_members = unit.kind.is_union and data.member_count == 0 and unit.kind is not UnitKind.DOAN_CAP_TREN
        self.empty.setVisible(no_members)
        self.empty_text.setText(self.tr("No members yet — import the list from Excel to begin."))
        self.empty_btn.setText(self.tr("Import from Excel…"))
        # Cards
        is_branch = data.applicable is not None
        self.card_share.setVisible(is_branch)
        self.card_met.setVisible(is_branch)
        self.card_risk.setVisible(is_branch)
        self.card_missing.setVisible(is_branch)
        if is_branch and data.no_members:
            # No share means anything without members (issue 19 item 8): no "12%", no "2/16".
            self.card_share.show_value(
                self.tr("No members yet"), self.tr("add the member list to see the progress"), "#777777"
            )
            self.card_met.show_value("—", self.tr("criteria met ({0} needed)").format(data.required), "#777777")
            self.card_risk.show_value("—", self.tr("criteria at risk"), "#777777")
            self.card_missing.show_value("—", self.tr("not met or awaiting a judgement"), "#777777")
        elif is_branch:
            ok = data.recognisable
            self.card_share.show_value(
                ui_formatter().percent(data.completion_share or 0),
                self.tr("completed — recognisable (80% needed)")
                if ok
                else self.tr("completed — not yet recognisable (80% needed)"),
                "#2e7d32" if ok else "#ef6c00",
            )
            self.card_met.show_value(
                f"{data.met}/{data.applicable}", self.tr("criteria met ({0} needed)").format(data.required), "#2e7d32"
            )
            self.card_risk.show_value(
                str(len(data.at_risk)), self.tr("criteria at risk"), "#ef6c00" if data.at_risk else "#2e7d32"
            )
            nj = data.counts.get("needs_judgement", 0)
            self.card_missing.show_value(
                str(len(data.missing) + nj),
                self.tr("not met or awaiting a judgement"),
                "#c62828" if (data.missing or nj) else "#2e7d32",
            )
            self.card_risk.setToolTip(", ".join(data.at_risk))
            self.card_missing.setToolTip(", ".join(data.missing))
        self.card_members.setVisible(unit.kind.is_union)
        if data.branch_count and unit.kind is UnitKind.DOAN_CAP_TREN:
            self.card_members.show_value(
                ui_formatter().number(data.member_count),
                self.tr("members in {0} branches, as the summaries received report them").format(
                    ui_formatter().number(data.branch_count)
                ),
            )
        elif data.branch_count:
            self.card_members.show_value(
                ui_formatter().number(data.member_count),
                self.tr("members today in {0} branches").format(ui_formatter().number(data.branch_count)),
            )
        else:
            self.card_members.show_value(
                ui_formatter().number(data.member_count), self.tr("members on the roster today")
            )

    def _show_charts(self, data) -> None:
        from desktop.ui.charts import chart_view, charts_for

        current = self.charts.currentIndex()
        while self.charts.count():
            w = self.charts.widget(0)
            self.charts.removeTab(0)
            w.deleteLater()
        names = {
            "quarters": self.tr("By quarter"),
            "volunteer": self.tr("Volunteer days"),
            "monthly": self.tr("By month"),
            "branches": self.tr("Branches"),
        }
        for key, chart in charts_for(data, self._lang()):
            v = chart_view(chart)
            v.setObjectName(f"chart_{key}")
            self.charts.addTab(v, names[key])
        self.charts.setVisible(self.charts.count() > 0)
        if 0 <= current < self.charts.count():
            self.charts.setCurrentIndex(current)

    def _notify_tray(self, data) -> None:
        from desktop.ui.reminders import tray_for

        tray = tray_for(self.env)
        if tray is not None:
            tray.notify(data.reminders, self._lang())

    # ---------------------------------------------------------------- from the upper level
    def _load_down(self):
        from desktop.services import exchange as flow_down

        ctx = self.env.ctx
        self.env.runner.run(
            lambda: flow_down.home_items(ctx),
            on_done=self._show_down,
            on_error=lambda exc, tb: self._show_down([]),
            parent=self,
        )

    def _show_down(self, items):
        """One row per thing from the upper level, each with its own button: one click records an
        alert in the log, opens the page to correct a returned submission, or puts a reminder away."""
        from html import escape

        self._down_items = list(items)
        self.down_box.setTitle(self.tr("From the upper level"))
        self.down_list.clear()
        self.down_rows = []
        colours = {"decision": "#1d5e20", "return": "#8a1c14", "reminder": "#7a4b00", "alert": "#263238"}
        icons = {"decision": "✔", "return": "↩", "reminder": "⏰", "alert": "⚠"}
        for i in self._down_items:
            row = QWidget()
            row.setObjectName(f"down_{i.kind}")
            rl = QHBoxLayout(row)
            rl.setContentsMargins(4, 3, 4, 3)
            label = QLabel(
                f"<span style='color:{colours.get(i.kind, '#263238')}'>{icons.get(i.kind, '')} "
                f"<b>{escape(i.title_vi)}</b></span> — {escape(i.text_vi)}"
            )
            label.setObjectName("down_text")
            label.setWordWrap(True)
            label.setTextFormat(Qt.RichText)
            rl.addWidget(label, 1)
            if i.kind == "alert":
                b = QPushButton(self.tr("Record in the log"))
                b.setObjectName("down_confirm")
                b.setToolTip(
                    self.tr(
                        "Records this alert or share request in the branch's log "
                        "(CD-1.3 / CD-1.4) with the sender, date and link filled in"
                    )
                )
                b.clicked.connect(lambda _c=False, it=i: self._down_confirm(it))
                rl.addWidget(b)
            if i.kind in ("return", "reminder"):
                b = QPushButton(self.tr("Open the page"))
                b.setObjectName("down_open")
                b.clicked.connect(lambda _c=False, it=i: self._down_open(it))
                rl.addWidget(b)
            if i.kind in ("reminder", "alert"):
                b = QPushButton(self.tr("Put away"))
                b.setObjectName("down_dismiss")
                b.clicked.connect(lambda _c=False, it=i: self._down_dismiss(it))
                rl.addWidget(b)
            it = QListWidgetItem()
            it.setData(Qt.UserRole, i)
            it.setText(f"{i.title_vi}: {i.text_vi}")  # read by tests and screen readers; drawn by the row
            it.setForeground(Qt.transparent)
            self.down_list.addItem(it)
            self.down_list.setItemWidget(it, row)
            row.setMinimumWidth(0)
            self.down_rows.append(row)
        self.down_box.setVisible(bool(self._down_items))
        self._size_down_rows()

    def _size_down_rows(self):
        """Each row as tall as its wrapped text (or its buttons), at the list's width."""
        width = max(300, self.down_list.viewport().width() - 4)
        total = 0
        for n in range(self.down_list.count()):
            it = self.down_list.item(n)
            row = self.down_list.itemWidget(it)
            if row is None:
                continue
            label = row.findChild(QLabel, "down_text")
            buttons = [b for b in row.findChildren(QPushButton)]
            room = width - 8 - sum(b.sizeHint().width() + 6 for b in buttons)
            h = max(label.heightForWidth(max(room, 120)), max((b.sizeHint().height() for b in buttons), default=0)) + 8
            it.setSizeHint(QSize(width, h))
            total += h
        self.down_list.setFixedHeight(min(170, total + 4) if total else 0)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if getattr(self, "down_rows", None):
            self._size_down_rows()

    def _down_page(self, i) -> str:
        if i.kind == "alert":
            return "logs"
        if i.kind == "decision":
            return "recognition"
        return {
            "registration": "registration",
            "year-end": "recognition",
            "quarterly": "campaign",
            "registration-summary": "tree",
            "results-summary": "tree",
        }.get(i.what or "", "outbox")

    def _down_open(self, i):
        self._go(self._down_page(i))

    def _down_confirm(self, i):
        from desktop.services import exchange as flow_down
        from desktop.services.changes import Changes

        ctx = self.env.ctx

        def failed(exc, tb):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("From the upper level"), str(exc))

        self.env.runner.run(
            lambda: flow_down.confirm_alert(ctx, i.package_id),
            on_done=lambda _r: self.env.bus.emit(Changes.of("cycle", "sync")),
            on_error=failed,
            parent=self,
        )

    def _down_dismiss(self, i):
        from desktop.services import exchange as flow_down

        ctx = self.env.ctx
        self.env.runner.run(
            lambda: flow_down.dismiss(ctx, i.package_id), on_done=lambda ch: self.env.bus.emit(ch), parent=self
        )

    # ---------------------------------------------------------------- next actions
    def _load_actions(self, unit):
        # Every kind of unit has its next steps: a branch's criteria, a Đoàn cơ sở's branches and
        # summaries, a commune committee's models and programme (services.home.unit_next_actions).
        self.actions_box.setVisible(True)
        self._unit_kind = unit.kind.value if unit is not None else None
        ctx = self.env.ctx
        self.env.runner.run(
            lambda: home_service.unit_next_actions(ctx, limit=12),
            on_done=self._show_actions,
            on_error=lambda exc, tb: self._show_actions([]),
            parent=self,
        )

    def _show_actions(self, actions):
        self._next_actions = list(actions)
        lang = self._lang()
        self.actions.clear()
        for a in self._next_actions:
            it = QListWidgetItem(a.text(lang))
            it.setData(Qt.UserRole, a)
            it.setToolTip(self.tr("Open the page where this is done"))
            self.actions.addItem(it)
        if not self._next_actions:
            unit = getattr(self, "_unit_kind", None)
            self.actions.addItem(
                self.tr("Nothing pending: every commune is connected and has sent its review.")
                if unit == "dang-cap-tren"
                else self.tr("Nothing pending: every summary due has arrived and has been decided.")
                if unit == "doan-cap-tren"
                else self.tr("Nothing pending: every criterion is on track.")
            )

    def _open_action(self, item):
        a = item.data(Qt.UserRole)
        w = self.env.window
        if a is None or w is None:
            return
        keys = {s.key for s in w.visible_specs()}
        page = a.page if a.page in keys else ("campaign" if "campaign" in keys else None)
        if page is not None:
            self.env.navigate(page, **(a.params if page == a.page else {"criterion": a.criterion_id}))

    def _go(self, key: str) -> None:
        w = self.env.window
        if w is not None and key in {s.key for s in w.visible_specs()}:
            self.env.navigate(key)

    def _import_members(self) -> None:
        w = self.env.window
        if w is None or "members" not in {s.key for s in w.visible_specs()}:
            return
        self.env.navigate("members")
        w.page("members").import_file()

    def _open_help(self) -> None:
        from desktop.ui.help import show_help

        show_help(self, None)


PAGE = PageSpec(
    key="home", order=0, title=QT_TRANSLATE_NOOP("Navigation", "Overview"), factory=HomePage, icon="home.svg"
)
