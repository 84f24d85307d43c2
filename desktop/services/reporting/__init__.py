"""What a unit reads and prints about itself and the units below: printed reports, the
dashboard of branches, the drill-down of the subtree, the upper levels' reviews and
rankings, and the home screen.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.reporting.branch_dashboard import (
        _deadlines,
        available,
        dashboard,
        local_evaluations,
        local_result,
        with_local,
    )
    from desktop.services.reporting.home import home_data
    from desktop.services.reporting.home_actions import unit_next_actions
    from desktop.services.reporting.report_scope import GeneratedReport, ReportRequest, held_branches, kinds_for
    from desktop.services.reporting.reports import generate, preview_request, register, save, set_next_number
    from desktop.services.reporting.review_documents import rules_vi
    from desktop.services.reporting.review_facts import summary_extras
    from desktop.services.reporting.reviews import (
        CriteriaAcross,
        Ranking,
        TitleHistory,
        Trend,
        criteria_across,
        ranking,
        title_history,
        trend,
    )
    from desktop.services.reporting.tree import STATE_VI, TreeView, show
    from desktop.services.reporting.tree_completeness import Completeness, completeness

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "branch_dashboard": ("_deadlines", "available", "dashboard", "local_evaluations", "local_result", "with_local"),
        "home": ("home_data",),
        "home_actions": ("unit_next_actions",),
        "report_scope": ("GeneratedReport", "ReportRequest", "held_branches", "kinds_for"),
        "reports": ("generate", "preview_request", "register", "save", "set_next_number"),
        "review_documents": ("rules_vi",),
        "review_facts": ("summary_extras",),
        "reviews": (
            "CriteriaAcross",
            "Ranking",
            "TitleHistory",
            "Trend",
            "criteria_across",
            "ranking",
            "title_history",
            "trend",
        ),
        "tree": ("STATE_VI", "TreeView", "show"),
        "tree_completeness": ("Completeness", "completeness"),
    },
)
