"""Volunteer activities and the days each member gave, typed or read from an attendance
sheet.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.volunteering.volunteer import (
        OWNER_KIND,
        activity_history,
        add_evidence,
        delete_activity,
        evidence,
        get_activity,
        list_activities,
        recent_periods,
        record_activity,
        restore_activity,
        roster,
        saved_groups,
        update_activity,
    )
    from desktop.services.volunteering.volunteer_attendance import (
        AttendancePreview,
        import_attendance,
        preview_attendance,
        write_attendance_template,
    )
    from desktop.services.volunteering.volunteer_totals import member_record, summary_json, volunteer_summary

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "volunteer": (
            "OWNER_KIND",
            "activity_history",
            "add_evidence",
            "delete_activity",
            "evidence",
            "get_activity",
            "list_activities",
            "recent_periods",
            "record_activity",
            "restore_activity",
            "roster",
            "saved_groups",
            "update_activity",
        ),
        "volunteer_attendance": (
            "AttendancePreview",
            "import_attendance",
            "preview_attendance",
            "write_attendance_template",
        ),
        "volunteer_totals": ("member_record", "summary_json", "volunteer_summary"),
    },
)
