"""The installation's safety settings (issue 8): login mode, idle lock, backup policy.

Read by accounts (desktop/services/safety/auth.py) and by backups (desktop/services/safety/backup.py), which
therefore need not know each other. The settings, their defaults and parsers are in
desktop/domain/access.py (``SAFETY_SETTINGS``).
"""

from __future__ import annotations

from db import audit
from db.repo import settings as settings_repo
from desktop.domain.access import SAFETY_SETTINGS, parse_safety_setting
from desktop.domain.errors import DomainError
from desktop.services.changes import Changes
from desktop.services.safety.session import require_role


def safety_settings(ctx) -> dict:
    with ctx.uow.read() as s:
        stored = {k: settings_repo.get(s, "", f"safety.{k}") for k in SAFETY_SETTINGS}
    out = {}
    for k, spec in SAFETY_SETTINGS.items():
        try:
            out[k] = spec.default if stored[k] is None else spec.parse(stored[k])
        except DomainError:
            out[k] = spec.default  # a hand-edited bad value falls back to the documented default
    return out


# The settings that decide who must log in and when the screen locks: like the accounts themselves,
# only an administrator who logged in changes them (issue 23: with one account and login off,
# whoever sat at the PC could save "Đăng nhập khi mở chương trình: Không" without a password).
LOGIN_SETTINGS = frozenset({"login_mode", "idle_lock_minutes"})


def set_safety_setting(ctx, key: str, value) -> Changes:
    value = parse_safety_setting(key, value)
    if key in LOGIN_SETTINGS:
        from desktop.services.safety.auth import require_account_admin  # auth reads these settings

        require_account_admin(ctx, "đổi cài đặt đăng nhập")
    else:
        require_role(ctx, "admin", "đổi cài đặt an toàn dữ liệu")
    with ctx.uow.begin() as s:
        before = settings_repo.get(s, "", f"safety.{key}")
        settings_repo.put(s, "", f"safety.{key}", value)
        audit.record(
            s, actor=ctx.actor, action="update", entity="setting", entity_id=f"safety.{key}", before=before, after=value
        )
    return Changes.of("settings", "users")
