"""A unit's members: the member list and its history, members from and to spreadsheets, and
the same person found twice.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.membership.identity import same_people_below, same_people_touching
    from desktop.services.membership.member_excel import (
        IdentityChangeRefused,
        ImportRefused,
        apply_import,
        export_members,
        import_file,
        preview_import,
        write_template,
    )
    from desktop.services.membership.members import (
        add_member,
        add_to_group,
        bulk_objects,
        create_group,
        delete_group,
        delete_last_event,
        delete_member,
        get_member,
        history,
        list_groups,
        member_facts,
        members_on,
        record_event,
        record_period_facts,
        roster,
        set_card_numbers,
        set_flags,
        update_group,
        update_member,
        with_period_facts,
    )

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "identity": ("same_people_below", "same_people_touching"),
        "member_excel": (
            "IdentityChangeRefused",
            "ImportRefused",
            "apply_import",
            "export_members",
            "import_file",
            "preview_import",
            "write_template",
        ),
        "members": (
            "add_member",
            "add_to_group",
            "bulk_objects",
            "create_group",
            "delete_group",
            "delete_last_event",
            "delete_member",
            "get_member",
            "history",
            "list_groups",
            "member_facts",
            "members_on",
            "record_event",
            "record_period_facts",
            "roster",
            "set_card_numbers",
            "set_flags",
            "update_group",
            "update_member",
            "with_period_facts",
        ),
    },
)
