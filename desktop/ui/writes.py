"""Every write a screen makes goes through ``run_write``: the work runs on the task runner (off the
GUI thread: SQLite has one writer and the window never freezes), what changed is announced on the
bus, and a refusal — read-only data, a role that may not, a rule of the regulations, the same day
credited twice — is told the same way wherever the action is offered.

``refuse_gui_thread_writes`` is the check the UI tests install on the unit of work: a write that
screen code starts on the GUI thread, outside a runner job, fails the test that reaches it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.domain.collation import person_key
from desktop.domain.volunteer import OverlapError
from desktop.i18n.formatting import format_date_short
from desktop.services.changes import Changes
from desktop.ui.safety import show_refusal
from desktop.ui.tasks import in_runner_job

CONFIRM, SKIP, BACK = "confirm", "skip", "back"


def changes_of(result: Any) -> Changes | None:
    """The Changes a service returned: itself, the one in a tuple, or its ``changes``."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        return next((x for x in result if isinstance(x, Changes)), None)
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None


def run_write(
    owner,
    fn: Callable[[], Any],
    *,
    then: Callable[[Any], None] | None = None,
    refused: Callable[[BaseException], bool] | None = None,
    overlap: Callable[[OverlapError], None] | None = None,
    label: str | None = None,
) -> None:
    """Run ``fn()`` (a service write) on ``owner.env.runner``; announce its Changes; then ``then(result)``.

    A failure goes to ``overlap`` (an OverlapError: ask the person, see ``ask_overlap``), then to
    ``refused`` (a screen that shows the message beside the field returns True), else to one
    Vietnamese message box; an unexpected error is not swallowed."""
    env = owner.env

    def done(result):
        changes = changes_of(result)
        if changes:
            env.bus.emit(changes)
        if then is not None:
            then(result)

    def failed(exc, _tb):
        if overlap is not None and isinstance(exc, OverlapError):
            overlap(exc)
            return
        if refused is not None and refused(exc):
            return
        if not show_refusal(owner, exc):
            raise exc

    env.runner.run(fn, on_done=done, on_error=failed, label=label, parent=owner)


def ask_overlap(parent, overlaps, *, can_skip: bool = True) -> str:
    """The one question asked when members would be credited twice on the same day (saving or
    restoring an activity): CONFIRM (credit them anyway), SKIP (leave them out) or BACK."""
    names = sorted({o.member_name for o in overlaps}, key=person_key)
    lines = "\n".join(f"• {o.member_name} — {format_date_short(o.day)} — {o.activity_name}" for o in overlaps[:12])
    more = "\n…" if len(overlaps) > 12 else ""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(QCoreApplication.translate("Overlap", "Same day credited twice"))
    box.setText(
        QCoreApplication.translate(
            "Overlap", "{0} member(s) are already credited on the same day by another activity:"
        ).format(len(names))
    )
    box.setInformativeText(lines + more)
    confirm = box.addButton(QCoreApplication.translate("Overlap", "Credit them anyway"), QMessageBox.AcceptRole)
    skip = (
        box.addButton(QCoreApplication.translate("Overlap", "Leave them out"), QMessageBox.DestructiveRole)
        if can_skip
        else None
    )
    box.addButton(QCoreApplication.translate("Overlap", "Go back"), QMessageBox.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return CONFIRM if clicked is confirm else SKIP if skip is not None and clicked is skip else BACK


# The writes that answer before anything else can happen, made on the GUI thread on purpose:
# logging in records the attempt and the dialog must say at once whether it worked (also before
# the main window and its runner exist); the first-run wizard's unit page (QWizard asks its page
# for yes or no); opening the data at start and the backup when the app closes.
GUI_THREAD_WRITES = {
    ("desktop/ui/login.py", "try_login"),
    ("desktop/ui/login.py", "lock"),  # the idle lock asks for the password again
    ("desktop/ui/login.py", "submit"),
    ("desktop/ui/wizard.py", "validatePage"),
    ("desktop/ui/safety.py", "open_checked_context"),
    ("desktop/ui/safety.py", "backup_on_close"),
}


class GuiThreadWrite(AssertionError):
    """Screen code wrote to the database on the GUI thread instead of through ``run_write``."""


def refuse_gui_thread_writes() -> None:
    """Installed as the unit of work's write check in the UI tests: a write transaction begun on
    the GUI thread, outside a runner job, from screen code (desktop/ui) is a mistake. Tests that
    prepare data by calling services directly are not screen code and pass."""
    if threading.current_thread() is not threading.main_thread() or in_runner_job():
        return
    screen = []
    for frame in traceback.extract_stack()[:-2]:
        path = frame.filename.replace("\\", "/")
        if "/desktop/ui/" in path and not path.endswith("/desktop/ui/writes.py"):
            rel = "desktop/ui/" + path.split("/desktop/ui/", 1)[1]
            if (rel, frame.name) in GUI_THREAD_WRITES:
                return
            screen.append(f"{rel}:{frame.lineno} ({frame.name})")
    if screen:
        raise GuiThreadWrite(f"{screen[-1]} writes on the GUI thread: run it through desktop.ui.writes.run_write")
