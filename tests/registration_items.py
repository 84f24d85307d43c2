"""Registrations the tests submit must be complete (issue 19: content and a roadmap for every
applicable criterion): ``complete(ctx, items)`` adds the criteria a test does not care about."""

from __future__ import annotations

from desktop.domain.registration import RegistrationItem


def complete(ctx, items, campaign: str = "chi-doan-xhcn") -> list[RegistrationItem]:
    given = {it.criterion_id for it in items}
    extra = [
        RegistrationItem(c.id, f"Thực hiện {c.id} theo kế hoạch của chi đoàn", None, "Ban Chấp hành chi đoàn")
        for c in ctx.catalogs[campaign].criteria
        if c.id not in given
    ]
    return list(items) + extra
