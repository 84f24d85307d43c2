"""Commune: the committee's dashboard (issue 10 items 1, 6): each model's completion, and the
youth side — the Chi đoàn XHCN figures of its area from the summary the commune's Đoàn cơ sở
shares (a "summary" package received from it)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services import commune_party as commune
from desktop.ui.pages import Page, PageSpec
from desktop.ui.pages.commune_common import fit_columns, is_commune, period_combo
from desktop.ui.safety import show_refusal
from desktop.ui.safety_widgets import Col, RowsModel, make_table


def _n(v) -> str:
    return "—" if v is None else str(v)


def _day(iso: str | None) -> str:
    from datetime import date

    try:
        return f"{date.fromisoformat(iso):%d/%m/%Y}" if iso else "—"
    except ValueError:
        return "—"


class CommuneDashboardPage(Page):
    def __init__(self, env):
        super().__init__(env)
        self.period = period_combo(env.ctx, "commune_dashboard_period")
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.models = RowsModel(
            [
                Col("model", lambda e: self.titles.get(e.campaign, e.campaign)),
                Col("met", lambda e: f"{e.met}/{e.applicable}", sort=lambda e: e.completion_share),
                Col("share", lambda e: f"{e.completion_share * 100:.0f}%", sort=lambda e: e.completion_share),
                Col("at_risk", lambda e: str(e.counts()["at_risk"]), sort=lambda e: e.counts()["at_risk"]),
                Col("not_met", lambda e: str(e.counts()["not_met"]), sort=lambda e: e.counts()["not_met"]),
                Col(
                    "judge", lambda e: str(e.counts()["needs_judgement"]), sort=lambda e: e.counts()["needs_judgement"]
                ),
            ]
        )
        self.titles: dict[str, str] = {}
        self.models_view = make_table(self.models, "commune_dashboard_models")
        self.models_view.setColumnWidth(0, 380)
        # Each row names the summary it comes from ("Tổng hợp đăng ký" 20/11, "Tổng hợp kết quả" 10/11):
        # two summaries of one Đoàn xã are two labelled rows, never two identical ones (issue 20).
        self.youth = RowsModel(
            [
                Col("union", lambda y: y.sender_name),
                Col("what", lambda y: self._what(y)),
                Col("branches", lambda y: _n(y.branches)),
                Col("registered", lambda y: _n(y.registered)),
                Col(
                    "recognisable",
                    lambda y: _n(y.recognisable) if y.summary_kind != "registration" else self.tr("not yet assessed"),
                ),
                Col(
                    "recognised",
                    lambda y: _n(y.recognised) if y.summary_kind != "registration" else self.tr("not yet assessed"),
                ),
                Col("members", lambda y: _n(y.members) if y.members else self.tr("not in the summary")),
                Col("as_of", lambda y: _day(y.as_of)),
            ]
        )
        self.youth_view = make_table(self.youth, "commune_dashboard_youth")
        self.youth_note = QLabel()
        self.youth_note.setObjectName("commune_youth_note")
        self.youth_note.setWordWrap(True)
        self.period_label, self.models_label, self.youth_label = QLabel(), QLabel(), QLabel()
        self.invite_btn = QPushButton()
        self.invite_btn.setObjectName("commune_invite_youth")
        self.invite_btn.clicked.connect(lambda: self.open_invitations())
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        top.addWidget(self.invite_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.models_label)
        lay.addWidget(self.models_view, 3)
        lay.addWidget(self.youth_label)
        lay.addWidget(self.youth_view, 2)
        lay.addWidget(self.youth_note)
        self.retranslate()

    def watches(self):
        return ("commune", "sync", "settings")

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Year:"))
        self.models_label.setText(self.tr("The committee's models (criteria met on the records so far):"))
        self.youth_label.setText(
            self.tr("Youth Union of the area — Socialist branches and members (from the Đoàn cơ sở's shared summary):")
        )
        self.models.set_titles(
            [
                self.tr("Model"),
                self.tr("Met"),
                self.tr("Share"),
                self.tr("At risk"),
                self.tr("Not met"),
                self.tr("To judge"),
            ]
        )
        self.youth.set_titles(
            [
                self.tr("Đoàn xã"),
                self.tr("Summary"),
                self.tr("Branches"),
                self.tr("Registered as Socialist branch"),
                self.tr("Eligible for recognition"),
                self.tr("Recognised"),
                self.tr("Members"),
                self.tr("Figures as of"),
            ]
        )
        # every column on screen at 1366×768, none narrower than its header
        fit_columns(self.youth_view, self.youth, (140, 170, 80, 140, 140, 100, 110))
        self.invite_btn.setText(self.tr("Invite the Đoàn xã to share its summaries…"))
        self._note()

    def activate(self, **kw) -> None:
        self.reload()

    def reload(self) -> None:
        ctx, period = self.env.ctx, self.period.currentData()

        def load():
            cats = commune.commune_catalogs(ctx)
            return (
                {cid: c.title_vi for cid, c in cats.items()},
                commune.evaluate_all(ctx, period),
                commune.youth_figures(ctx, period),
            )

        self.env.runner.run(load, on_done=self._loaded, on_error=lambda exc, _tb: show_refusal(self, exc), parent=self)

    def _loaded(self, result) -> None:
        self.titles, evs, youth = result
        self.models.set_rows(evs)
        self.youth.set_rows(youth)
        self.youth_view.resizeRowsToContents()  # a long summary name wraps rather than being cut
        self._note()

    def _what(self, y) -> str:
        words = {
            "registration": self.tr("Registration summary (20/11) of %1"),
            "results": self.tr("Results summary (10/11) of %1"),
        }
        return words.get(y.summary_kind or "", self.tr("Summary of %1")).replace("%1", y.period)

    def open_invitations(self):
        from desktop.ui.invitations_dialog import InvitationsDialog

        dlg = InvitationsDialog(self.env, self)
        dlg.exec()
        return dlg

    def _note(self) -> None:
        if self.youth.rowCount() == 0:
            self.youth_note.setText(
                self.tr(
                    "No summary received yet. Invite the Đoàn xã (button above): once it "
                    "has joined, each summary it sends to its Youth Union upper level also "
                    "comes here."
                )
            )
        else:
            self.youth_note.setText(
                self.tr(
                    "Recognised Socialist members (Đoàn viên XHCN) are not part of the "
                    "summary; Members counts the members of the branches listed."
                )
            )


PAGE = PageSpec(
    key="commune_dashboard",
    order=1,
    title=QT_TRANSLATE_NOOP("Navigation", "Committee dashboard"),
    factory=CommuneDashboardPage,
    available=is_commune,
    icon="dashboard.svg",
)
