"""The start-up quick check begun on a thread (issue 13) gives the answer the check itself gives
(issue 8): a damaged file is still caught, a sound one opens, a pending restore is finished first."""

from desktop.services.safety import integrity, quick_check
from tests.unit.conftest_safety import add_roster, damage


def test_the_prefetched_check_of_a_sound_file_opens_it(branch_ctx):
    add_roster(branch_ctx)
    branch_ctx.uow.dispose()
    quick_check.prefetch(branch_ctx.data.database)
    assert str(branch_ctx.data.database) in quick_check._pending
    state = integrity.startup(branch_ctx.data.root)
    assert not state.damaged
    assert quick_check._pending == {}  # taken once: a later start checks again


def test_the_prefetched_check_still_catches_a_damaged_file(branch_ctx):
    add_roster(branch_ctx)
    branch_ctx.uow.dispose()
    damage(branch_ctx.data.database)
    quick_check.prefetch(branch_ctx.data.database)
    state = integrity.startup(branch_ctx.data.root)
    assert state.damaged and state.problems
    assert "bị hỏng" in state.message


def test_no_prefetch_while_a_restore_waits_to_be_finished(branch_ctx):
    branch_ctx.uow.dispose()
    (branch_ctx.data.root / "restore-pending.json").write_text("{}", encoding="utf-8")
    quick_check.prefetch(branch_ctx.data.database)
    assert quick_check._pending == {}
    assert quick_check.take(branch_ctx.data.database) is None
