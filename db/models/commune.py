"""Commune party committee (issue 10, BRIEF §4.2, §5, §7 D12–D13).

* ``commune_models``: local models the committee creates in the app — the catalog JSON itself
  (same format as resources/catalogs), one row per version (a new version never overwrites).
* ``commune_tasks``: the action programme ("chương trình hành động", D12): tasks per model with
  lead agency, deadline, expected output and progress.
* ``commune_logs``: the committee's records that indicators are computed from: leader visits to a
  thôn/TDP, citizen receptions, dialogues, feedback received/answered, satisfaction surveys
  (``asked``/``satisfied``), disciplined officials, meetings, models … (kinds in
  desktop/domain/commune.py).
* ``commune_values``: a value measured for a criterion (a share, a score, yes/no) and/or a
  judgement (met / not_met) for one period; the newest row per criterion and period wins.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class CommuneModelRow(Base):
    __tablename__ = "commune_models"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    catalog_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(Integer)
    title_vi: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)  # the catalog JSON
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (UniqueConstraint("catalog_id", "version"),)


class CommuneTaskRow(Base):
    __tablename__ = "commune_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    campaign_id: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(500))
    lead_agency: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date | None] = mapped_column(Date)
    expected_output: Mapped[str] = mapped_column(String(500), default="")
    progress: Mapped[int] = mapped_column(Integer, default=0)  # percent 0..100
    progress_note: Mapped[str] = mapped_column(Text, default="")
    # The indicator that completes the task (a criterion id of campaign_id): met -> done.
    criterion_id: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    __table_args__ = (Index("ix_commune_tasks_unit_period", "unit_code", "period"),)


class CommuneLogRow(Base):
    __tablename__ = "commune_logs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))
    on_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(500), default="")
    received: Mapped[int | None] = mapped_column(Integer)  # feedback received / people asked
    answered: Mapped[int | None] = mapped_column(Integer)  # feedback answered / people satisfied
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    # A satisfaction survey's subject ("phuc-vu" / "cuoc-song", desktop/domain/commune.py
    # SURVEY_TOPICS); None for the other kinds and for surveys recorded before topics existed.
    topic: Mapped[str | None] = mapped_column(String(40))
    __table_args__ = (Index("ix_commune_logs_unit_kind_date", "unit_code", "kind", "on_date"),)


class CommuneValueRow(Base):
    __tablename__ = "commune_values"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    campaign_id: Mapped[str] = mapped_column(String(80))
    criterion_id: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    verdict: Mapped[str | None] = mapped_column(String(10))  # met | not_met | None
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(80), default="")
    assessor: Mapped[str] = mapped_column(String(200), default="")  # who assessed (a person's name)
    __table_args__ = (Index("ix_commune_values_unit_campaign_period", "unit_code", "campaign_id", "period"),)
