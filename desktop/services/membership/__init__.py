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
    from desktop.services.membership.member_groups import (
        add_to_group,
        create_group,
        delete_group,
        list_groups,
        update_group,
    )
    from desktop.services.membership.members import (
        add_member,
        bulk_objects,
        delete_last_event,
        delete_member,
        get_member,
        history,
        members_on,
        record_event,
        roster,
        set_card_numbers,
        set_flags,
        update_member,
    )
    from desktop.services.membership.period_facts import member_facts, record_period_facts, with_period_facts

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
        "member_groups": ("add_to_group", "create_group", "delete_group", "list_groups", "update_group"),
        "members": (
            "add_member",
            "bulk_objects",
            "delete_last_event",
            "delete_member",
            "get_member",
            "history",
            "members_on",
            "record_event",
            "roster",
            "set_card_numbers",
            "set_flags",
            "update_member",
        ),
        "period_facts": ("member_facts", "record_period_facts", "with_period_facts"),
    },
)
