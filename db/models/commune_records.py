"""Commune party committee: the records behind the indicators (issue 20 items 5–8).

* ``commune_hamlets``: the commune's thôn / tổ dân phố / khu dân cư, the denominator of every
  "100% thôn, tổ dân phố …" indicator and the list places are chosen from.
* ``commune_hamlet_facts``: whether one hamlet meets one per-hamlet criterion in a period (the
  newest row per criterion, period and hamlet wins; history is kept).
* ``commune_survey_rows``: one satisfaction survey's results per hamlet and question (the survey
  itself is a ``commune_logs`` row of kind ``survey`` whose totals are the sum of its rows).
* ``commune_dvk``: the "Dân vận khéo" models the commune builds (content, owner, field, result,
  recognition), one per year at least.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.models.core import utcnow


class CommuneHamletRow(Base):
    __tablename__ = "commune_hamlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # folded for matching ("thôn Đông " = "Thôn Đông")
    kind: Mapped[str] = mapped_column(String(20), default="thon")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("unit_code", "name_key"),)


class CommuneHamletFactRow(Base):
    __tablename__ = "commune_hamlet_facts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    campaign_id: Mapped[str] = mapped_column(String(80))
    criterion_id: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    hamlet_id: Mapped[int] = mapped_column(ForeignKey("commune_hamlets.id", ondelete="CASCADE"))
    met: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (Index("ix_commune_hamlet_facts_lookup", "unit_code", "campaign_id", "period"),)


class CommuneSurveyRow(Base):
    __tablename__ = "commune_survey_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    log_id: Mapped[int] = mapped_column(ForeignKey("commune_logs.id", ondelete="CASCADE"), index=True)
    hamlet: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(String(300), default="")
    asked: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)


class CommuneDvkRow(Base):
    __tablename__ = "commune_dvk"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(40))
    owner: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    recognition: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    __table_args__ = (Index("ix_commune_dvk_unit_started", "unit_code", "started_on"),)
