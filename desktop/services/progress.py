"""Progress and cancellation for long work, without Qt (calibre's abort flag, Anki's progress)."""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; nothing is written."""

    def __init__(self):
        super().__init__("Đã hủy theo yêu cầu của người dùng.")


class CancelToken:
    def __init__(self):
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self) -> None:
        if self._cancelled:
            raise Cancelled()


def no_progress(done: int, total: int, message: str = "") -> None:
    return None
