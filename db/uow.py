"""Unit of work: one transaction per user action.

Services receive a ``UnitOfWork`` and open exactly one ``begin()`` block per action; they never
create sessions or engines themselves and never share a session across threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


class ReadOnlyError(RuntimeError):
    def __init__(self):
        super().__init__(
            "Dữ liệu đang mở ở chế độ chỉ đọc (tệp dữ liệu bị hỏng hoặc tài khoản chỉ được xem): "
            "không thể ghi thay đổi."
        )


class UnitOfWork:
    def __init__(self, engine: Engine, *, read_only: bool = False):
        self.engine = engine
        self.read_only = read_only
        self._factory = sessionmaker(engine, expire_on_commit=False, autoflush=True)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A write transaction: commits when the block ends, rolls back on any exception."""
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
