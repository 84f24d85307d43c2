"""The year of a unit (BRIEF §3.1): registering, the evidence logs and judgements, where the
unit stands on the criteria, the year-end self-assessment and recognition.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.year.cycle import (
        CAMPAIGN,
        LOG_OWNER,
        add_log,
        amend_registration,
        current_registration,
        delete_log,
        get_log,
        list_logs,
        log_attachments,
        record_judgement,
        registration_deadline,
        registration_versions,
        resolve_period,
        save_registration,
        submit_registration,
        update_log,
    )
    from desktop.services.year.actions import NextAction, next_actions
    from desktop.services.year.evaluation import (
        evaluate_branches,
        evaluate_quarters,
        evaluate_unit,
        held_branches,
        load_snapshots,
    )
    from desktop.services.year.recognition import member_board, record_votes, save_self_assessment, set_member_proposals
    from desktop.services.year.recognition_branch import branch_dossier, save_branch_proposal, withdraw_proposal
    from desktop.services.year.recognition_decisions import (
        appraise,
        appraise_member,
        branch_passes,
        branches_for_review,
        decision_candidates,
        decisions,
        issue_decision,
        member_passes,
    )
    from desktop.services.year.self_assessment import read_sheet, save_all, write_sheet

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "cycle": (
            "CAMPAIGN",
            "LOG_OWNER",
            "add_log",
            "amend_registration",
            "current_registration",
            "delete_log",
            "get_log",
            "list_logs",
            "log_attachments",
            "record_judgement",
            "registration_deadline",
            "registration_versions",
            "resolve_period",
            "save_registration",
            "submit_registration",
            "update_log",
        ),
        "actions": ("NextAction", "next_actions"),
        "evaluation": ("evaluate_branches", "evaluate_quarters", "evaluate_unit", "held_branches", "load_snapshots"),
        "recognition": ("member_board", "record_votes", "save_self_assessment", "set_member_proposals"),
        "recognition_branch": ("branch_dossier", "save_branch_proposal", "withdraw_proposal"),
        "recognition_decisions": (
            "appraise",
            "appraise_member",
            "branch_passes",
            "branches_for_review",
            "decision_candidates",
            "decisions",
            "issue_decision",
            "member_passes",
        ),
        "self_assessment": ("read_sheet", "save_all", "write_sheet"),
    },
)
