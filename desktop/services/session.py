"""Who is acting: the CLI user (and, with issue 8, login and roles)."""

from __future__ import annotations

import getpass


def cli_actor(ctx, args) -> None:
    """Name the actor for the audit trail. Login and roles extend this (issue 8)."""
    user = getattr(args, "user", None)
    if user:
        ctx.actor = user
    else:
        try:
            ctx.actor = f"cli:{getpass.getuser()}"
        except Exception:  # noqa: BLE001
            ctx.actor = "cli"
