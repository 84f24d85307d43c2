"""Safety of the data and of who acts on it: accounts and roles, the acting session, opening
the data (the one place that combines logging in with the integrity check), the quick
check, backups and restore, read-only branches, the audit trail and personal data.

This is the area's face: the rest of the app imports from here, never from the
modules inside (import-linter checks it). Names load on first use
(desktop/services/faces.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.faces import lazy_face

if TYPE_CHECKING:
    from desktop.services.safety.audit import AuditEntry, actor_label, field_label, value_text
    from desktop.services.safety.audit_chain import received_heads, verify
    from desktop.services.safety.audit_export import export_entries
    from desktop.services.safety.audit_reading import history_of, recent, subjects_of
    from desktop.services.safety.auth import (
        add_user,
        authenticate,
        list_users,
        login_required,
        new_recovery_code,
        recover_with_code,
        set_active,
        set_password,
        set_role,
    )
    from desktop.services.safety.backup import (
        all_changes,
        auto_backup_if_due,
        backup_now,
        backup_on_close,
        verify_backup,
    )
    from desktop.services.safety.backup_archive import BackupInfo, list_backups, newest_good, read_backup
    from desktop.services.safety.integrity import StartupState, full_check, open_checked, schema_revisions, startup
    from desktop.services.safety.opening import open_cli_context, restore
    from desktop.services.safety.privacy import erase_member_personal_data
    from desktop.services.safety.quick_check import prefetch
    from desktop.services.safety.readonly import ensure_writable, is_read_only_unit
    from desktop.services.safety.restoring import (
        RestorePreview,
        check_restorable,
        finish_interrupted_restore,
        restore_backup,
        restore_preview,
    )
    from desktop.services.safety.session import (
        ReadOnlyError,
        apply_user,
        can,
        current_user,
        read_only_reason,
        require_role,
        require_writable,
        role_of,
    )
    from desktop.services.safety.settings import safety_settings, set_safety_setting

__getattr__, __dir__ = lazy_face(
    __name__,
    {
        "audit": ("AuditEntry", "actor_label", "field_label", "value_text"),
        "audit_chain": ("received_heads", "verify"),
        "audit_export": ("export_entries",),
        "audit_reading": ("history_of", "recent", "subjects_of"),
        "auth": (
            "add_user",
            "authenticate",
            "list_users",
            "login_required",
            "new_recovery_code",
            "recover_with_code",
            "set_active",
            "set_password",
            "set_role",
        ),
        "backup": ("all_changes", "auto_backup_if_due", "backup_now", "backup_on_close", "verify_backup"),
        "backup_archive": ("BackupInfo", "list_backups", "newest_good", "read_backup"),
        "integrity": ("StartupState", "full_check", "open_checked", "schema_revisions", "startup"),
        "opening": ("open_cli_context", "restore"),
        "privacy": ("erase_member_personal_data",),
        "quick_check": ("prefetch",),
        "readonly": ("ensure_writable", "is_read_only_unit"),
        "restoring": (
            "RestorePreview",
            "check_restorable",
            "finish_interrupted_restore",
            "restore_backup",
            "restore_preview",
        ),
        "session": (
            "ReadOnlyError",
            "apply_user",
            "can",
            "current_user",
            "read_only_reason",
            "require_role",
            "require_writable",
            "role_of",
        ),
        "settings": ("safety_settings", "set_safety_setting"),
    },
)
