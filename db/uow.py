"""Unit of work: one transaction per user action.

Services receive a ``UnitOfWork`` and open exactly one ``begin()`` block per action; they never
create sessions or engines themselves and never share a session across threads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.errors import DomainError
from desktop.domain.text import CONTROL_CHARS


class ReadOnlyError(RuntimeError):
    def __init__(self):
        super().__init__(
            "Dữ liệu đang mở ở chế độ chỉ đọc (tệp dữ liệu bị hỏng hoặc tài khoản chỉ được xem): "
            "không thể ghi thay đổi."
        )


class UnitOfWork:
    # Called before every write transaction when set: the UI tests install a check that no screen
    # writes on the GUI thread (desktop/ui/writes.py, refuse_gui_thread_writes).
    write_check: Callable[[], None] | None = None

    def __init__(self, engine: Engine, *, read_only: bool = False):
        self.engine = engine
        self.read_only = read_only
        self._factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on any exception."""
        if UnitOfWork.write_check is not None:
            UnitOfWork.write_check()
        if self.read_only:
            raise ReadOnlyError()
        with self._factory.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = self._factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _refuse_control_characters(session, flush_context, instances) -> None:
    """The last guard of issue 18: no text with a control character (NUL, ESC…) is ever stored,
    whatever screen, import or command it came from (services name the field first; this catches
    what they do not know)."""
    for obj in (*session.new, *session.dirty):
        mapper = getattr(obj, "__mapper__", None)
        if mapper is None:
            continue
        for attr in mapper.column_attrs:
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and CONTROL_CHARS.search(value):
                code = f"U+{ord(CONTROL_CHARS.search(value).group()):04X}"
                shown = CONTROL_CHARS.sub("\ufffd", value[:40])
                raise DomainError(
                    f"Nội dung “{shown}” có ký tự điều khiển không in được ({code}, "
                    "thường do chép từ phần mềm khác): hãy gõ lại nội dung này."
                )
