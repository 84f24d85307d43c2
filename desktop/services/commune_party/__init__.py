"""The commune party committee's year: its registration and calendar, the records behind
the indicators, evaluation of the commune catalogs and the review figures; and the Party
line's upper level reading the communes' reports.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.commune_party.commune_import import import_records
    from desktop.services.commune_party.documents import (
        DOC_KINDS,
        document_file_name,
        generate_document,
        review_texts,
        save_document,
        set_review_texts,
    )
    from desktop.services.commune_party.party_line import (
        Overview,
        as_json,
        available,
        commune,
        criterion_lines,
        overview,
        periods,
        report_document,
        save_summary,
        summary_document,
        summary_file_name,
    )
    from desktop.services.commune_party.records import (
        add_hamlet,
        attach_to_log,
        delete_dvk,
        delete_task,
        dvk_models,
        hamlet_criteria,
        hamlet_facts,
        hamlets,
        import_hamlets,
        log_attachment_counts,
        save_dvk,
        set_hamlet_facts,
        update_hamlet,
        update_log,
        update_task,
    )
    from desktop.services.commune_party.report_up import send_document
    from desktop.services.commune_party.satisfaction_surveys import add_survey, breakdown, import_survey, surveys
    from desktop.services.commune_party.work import (
        add_log,
        add_task,
        catalog,
        commune_catalogs,
        create_local_model_from_file,
        create_local_model_from_form,
        criterion_refs,
        delete_log,
        evaluate,
        evaluate_all,
        is_commune_campaign,
        local_activity_topics,
        log_counts,
        logs,
        record_value,
        satisfaction,
        set_task_progress,
        tasks,
        youth_figures,
    )
    from desktop.services.commune_party.year_plan import RegistrationView, calendar, register, registration

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "commune_import": ("import_records",),
        "documents": (
            "DOC_KINDS",
            "document_file_name",
            "generate_document",
            "review_texts",
            "save_document",
            "set_review_texts",
        ),
        "party_line": (
            "Overview",
            "as_json",
            "available",
            "commune",
            "criterion_lines",
            "overview",
            "periods",
            "report_document",
            "save_summary",
            "summary_document",
            "summary_file_name",
        ),
        "records": (
            "add_hamlet",
            "attach_to_log",
            "delete_dvk",
            "delete_task",
            "dvk_models",
            "hamlet_criteria",
            "hamlet_facts",
            "hamlets",
            "import_hamlets",
            "log_attachment_counts",
            "save_dvk",
            "set_hamlet_facts",
            "update_hamlet",
            "update_log",
            "update_task",
        ),
        "report_up": ("send_document",),
        "satisfaction_surveys": ("add_survey", "breakdown", "import_survey", "surveys"),
        "work": (
            "add_log",
            "add_task",
            "catalog",
            "commune_catalogs",
            "create_local_model_from_file",
            "create_local_model_from_form",
            "criterion_refs",
            "delete_log",
            "evaluate",
            "evaluate_all",
            "is_commune_campaign",
            "local_activity_topics",
            "log_counts",
            "logs",
            "record_value",
            "satisfaction",
            "set_task_progress",
            "tasks",
            "youth_figures",
        ),
        "year_plan": ("RegistrationView", "calendar", "register", "registration"),
    },
)
