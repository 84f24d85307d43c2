"""What travels between units: submissions and their packages, receiving and storing them
(enrolment, outbox_store, receiving, storing, sync), the interchange files, online sync with
the hub, sending, invitations, what flows down from a parent, what a received package does
(records), the branch records a summary carries, approval by level, the hub's store for the
hub commands, and checking a paper copy against a package.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.exchange.approval import decide, overview
    from desktop.services.exchange.approval_below import mine
    from desktop.services.exchange.approval_rows import Approvals
    from desktop.services.exchange.branch_record import _local_evaluation, build, criteria_facts
    from desktop.services.exchange.branch_roster import add_branch, branch_list, import_branch_sheet
    from desktop.services.exchange.enrolment import (
        confirm_sender,
        enrol_export,
        enrol_import,
        enrolled_units,
        enrolment_file_name,
        held_senders,
        identity,
        rotate_key,
    )
    from desktop.services.exchange.flow_down import send_alert, send_reminders, send_return
    from desktop.services.exchange.flow_down_received import confirm_alert, dismiss, home_items, returned_for, waiting
    from desktop.services.exchange.grassroots_sends import send_appraisals, send_decisions, send_down_or_up
    from desktop.services.exchange.hub_connection import (
        connection,
        hub_url,
        make_transport,
        save_connection,
        test_connection,
    )
    from desktop.services.exchange.hub_keys import revoke_child_key
    from desktop.services.exchange.hub_state import load_state
    from desktop.services.exchange.hub_store import open_hub_store
    from desktop.services.exchange.interchange import import_document, import_file, preview_interchange_file
    from desktop.services.exchange.interchange_check import check_document, file_same_people
    from desktop.services.exchange.interchange_export import dumps, export_document, write_file
    from desktop.services.exchange.interchange_read import InvalidDocument, read_file, schema
    from desktop.services.exchange.invitations import (
        ISSUED,
        STATUS_VI,
        invite,
        invite_all,
        invited_kind,
        parent_name,
        share_recipients,
        write_invitations,
    )
    from desktop.services.exchange.joining import join, join_invitation, read_invitation_file
    from desktop.services.exchange.online_sync import (
        Status,
        SyncResult,
        due,
        pull,
        push,
        record,
        reset_backoff,
        seconds_until_due,
        sendable_pending,
        status,
        sync_now,
    )
    from desktop.services.exchange.outbox_store import (
        export_outbox,
        outbox,
        outbox_counts,
        outbox_item,
        put_in_outbox,
        recover_outbox,
    )
    from desktop.services.exchange.paper import _show, check
    from desktop.services.exchange.receiving import import_paths
    from desktop.services.exchange.records import stored_bytes
    from desktop.services.exchange.sending import (
        SendResult,
        deliver_now,
        file_name_for,
        latest_submission,
        pending_receipts,
        save_file,
        set_parent_code,
        submission_period,
        submit_and_send,
        where,
        where_vi,
    )
    from desktop.services.exchange.submissions import SUBMIT_KINDS, _unit_json, decision_lines, submit
    from desktop.services.exchange.sync import (
        HELD,
        IMPORT_STATUSES,
        OUTBOX_STATUSES,
        import_status_label,
        outbox_status_label,
        package_history,
        preview_file,
        preview_outbox_item,
        received,
        received_data,
        row_status,
    )

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "approval": ("decide", "overview"),
        "approval_below": ("mine",),
        "approval_rows": ("Approvals",),
        "branch_roster": ("add_branch", "branch_list", "import_branch_sheet"),
        "branch_record": ("_local_evaluation", "build", "criteria_facts"),
        "enrolment": (
            "confirm_sender",
            "enrol_export",
            "enrol_import",
            "enrolled_units",
            "enrolment_file_name",
            "held_senders",
            "identity",
            "rotate_key",
        ),
        "flow_down": ("send_alert", "send_reminders", "send_return"),
        "flow_down_received": ("confirm_alert", "dismiss", "home_items", "returned_for", "waiting"),
        "grassroots_sends": ("send_appraisals", "send_decisions", "send_down_or_up"),
        "hub_connection": ("connection", "hub_url", "make_transport", "save_connection", "test_connection"),
        "hub_state": ("load_state",),
        "hub_keys": ("revoke_child_key",),
        "hub_store": ("open_hub_store",),
        "interchange": ("import_document", "import_file", "preview_interchange_file"),
        "interchange_check": ("check_document", "file_same_people"),
        "interchange_export": ("dumps", "export_document", "write_file"),
        "interchange_read": ("InvalidDocument", "read_file", "schema"),
        "invitations": (
            "ISSUED",
            "STATUS_VI",
            "invite",
            "invite_all",
            "invited_kind",
            "parent_name",
            "share_recipients",
            "write_invitations",
        ),
        "joining": ("join", "join_invitation", "read_invitation_file"),
        "online_sync": (
            "Status",
            "SyncResult",
            "due",
            "pull",
            "push",
            "record",
            "reset_backoff",
            "seconds_until_due",
            "sendable_pending",
            "status",
            "sync_now",
        ),
        "outbox_store": ("export_outbox", "outbox", "outbox_counts", "outbox_item", "put_in_outbox", "recover_outbox"),
        "paper": ("_show", "check"),
        "receiving": ("import_paths",),
        "records": ("stored_bytes",),
        "sending": (
            "SendResult",
            "deliver_now",
            "file_name_for",
            "latest_submission",
            "pending_receipts",
            "save_file",
            "set_parent_code",
            "submission_period",
            "submit_and_send",
            "where",
            "where_vi",
        ),
        "submissions": ("SUBMIT_KINDS", "_unit_json", "decision_lines", "submit"),
        "sync": (
            "HELD",
            "IMPORT_STATUSES",
            "OUTBOX_STATUSES",
            "import_status_label",
            "outbox_status_label",
            "package_history",
            "preview_file",
            "preview_outbox_item",
            "received",
            "received_data",
            "row_status",
        ),
    },
)
