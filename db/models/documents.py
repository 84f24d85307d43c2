"""The document register (sổ đăng ký văn bản) for report numbers (issue 6).

Numbers run per issuing unit, per year and per document type ("05-BC/ĐTN", "12-QĐ/ĐTN") and are
never given twice: ``document_counters`` holds the last number handed out (it only grows, so a
number stays used even if a register row were removed), and the unique constraints refuse a
duplicate even if two writers raced. A number is allocated and committed in the same
transaction as its register row, before the PDF is written: a crash in between leaves the
number reserved for that document, never reused.

A reprint of the same document (same unit, report kind, period, subject branch and type) finds
its register row and keeps its number and date.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class DocumentCounterRow(Base):
    __tablename__ = "document_counters"
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_code: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    type_code: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))  # report kind ("year-end", "decision", …)
    period_label: Mapped[str] = mapped_column(String(12))  # "2026", "2026-2027", "2026-Q3"
    subject_code: Mapped[str] = mapped_column(String(40), default="")  # branch reported on
    issued_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "type_code", "number"),
        UniqueConstraint("unit_id", "kind", "period_label", "subject_code", "type_code"),
    )


class UnitSignerRow(Base):
    """Who signs the unit's documents, from a date on (title and full name, issue 19): a document
    prints the signer in office on its date, so a reprint keeps the signer it was issued with."""

    __tablename__ = "unit_signers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    on_behalf: Mapped[str] = mapped_column(String(80), default="")
    title: Mapped[str] = mapped_column(String(80), default="")
    full_name: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
