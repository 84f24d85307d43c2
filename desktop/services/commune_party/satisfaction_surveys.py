"""Satisfaction surveys of a commune (issue 20 items 5-8): a survey with its subject (SURVEY_TOPICS)
and its results per hamlet and question, typed or imported from a sheet (read as hostile: bounded
rows, named cells), and their totals by hamlet and question, which feed CQTT-2.6/2.7, VM-17 and
XP-29. Every write is one transaction with its audit trail and returns ``Changes.of("commune")``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from db.repo import commune as repo
from db.repo import commune_records as rrepo
from desktop.domain.commune import SURVEY_TOPICS, CommuneLog, SurveyRow, clean_name, hamlet_key, match_hamlet
from desktop.domain.errors import DomainError
from desktop.services.changes import Changes
from desktop.services.context import AppContext
from desktop.services.units import resolve_period
from desktop.services.commune_party.records import AREA, _header, _me, _sheet_rows, _text


# ------------------------------------------------------------------ satisfaction surveys


@dataclass(frozen=True)
class Survey:
    log: CommuneLog
    rows: tuple[SurveyRow, ...]

    @property
    def share(self) -> float | None:
        return (self.log.answered or 0) / self.log.received if self.log.received else None


def add_survey(
    ctx: AppContext, *, on_date: date, topic: str, title: str, rows: list[SurveyRow], note: str = ""
) -> tuple[int, Changes]:
    """One satisfaction survey with its results per hamlet and question."""
    me = _me(ctx)
    if topic not in SURVEY_TOPICS:
        raise DomainError(
            f"Nội dung khảo sát “{topic}” không hợp lệ: chọn một trong " + "; ".join(SURVEY_TOPICS.values()) + ".",
            field="topic",
        )
    checked = _checked_rows(ctx, rows)
    if not checked:
        raise DomainError(
            "Cuộc khảo sát phải có ít nhất một dòng kết quả (số người được hỏi, số người hài lòng).", field="rows"
        )
    log = CommuneLog(
        None,
        "survey",
        on_date,
        "",
        clean_name(title) or SURVEY_TOPICS[topic],
        sum(r.asked for r in checked),
        sum(r.satisfied for r in checked),
        note.strip(),
        topic,
    ).validated()
    with ctx.uow.begin() as s:
        lid = repo.add_log(s, me.code, log, ctx.actor)
        rrepo.replace_survey_rows(s, me.code, lid, checked, ctx.actor)
    return lid, Changes.of(AREA)


def _checked_rows(ctx: AppContext, rows: list[SurveyRow], where=None) -> list[SurveyRow]:
    me = _me(ctx)
    with ctx.uow.read() as s:
        known = rrepo.hamlets(s, me.code)
    out = []
    for i, r in enumerate(rows, 1):
        at = where(i) if where else f"Dòng {i}"
        r = r.validated(at)
        if r.hamlet and known:
            h = match_hamlet(r.hamlet, known)
            if h is None:
                raise DomainError(
                    f"{at}: “{r.hamlet}” không có trong danh sách thôn, tổ dân phố của xã.", field="hamlet"
                )
            r = replace(r, hamlet=h.name)
        out.append(r)
    return out


def read_survey_sheet(ctx: AppContext, path) -> list[SurveyRow]:
    """Survey results from a sheet with columns "Thôn, tổ dân phố", "Câu hỏi" (optional),
    "Số người được hỏi" and "Số người hài lòng"; every wrong cell is named by row and column."""
    rows = _sheet_rows(path)
    head = _header(
        rows,
        {
            "asked": ("số người được hỏi", "số được hỏi", "được hỏi", "số phiếu"),
            "satisfied": ("số người hài lòng", "số hài lòng", "hài lòng"),
        },
    )
    if head is None:
        raise DomainError(
            f"Tệp “{Path(path).name}” thiếu cột “Số người được hỏi” hoặc “Số người hài lòng” (trong 15 dòng đầu).",
            field="file",
        )
    hi, cols = head
    keys = [hamlet_key(_text(v)) for v in rows[hi][1]]
    hamlet_col = next((c for c, k in enumerate(keys) if k.startswith(("thôn", "tổ dân phố", "địa bàn", "tdp"))), None)
    question_col = next((c for c, k in enumerate(keys) if k.startswith(("câu hỏi", "nội dung"))), None)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out, problems = [], []
    for n, values in rows[hi + 1 :]:

        def cell(c):
            return values[c] if c is not None and c < len(values) else None

        hamlet, question = _text(cell(hamlet_col)), _text(cell(question_col))
        raw_a, raw_s = cell(cols["asked"]), cell(cols["satisfied"])
        if raw_a in (None, "") and raw_s in (None, ""):
            continue
        if hamlet_key(hamlet).startswith(("tổng", "cộng")):
            continue
        nums = []
        for raw, col in ((raw_a, cols["asked"]), (raw_s, cols["satisfied"])):
            try:
                v = float(str(raw).replace(".", "").replace(",", ".")) if isinstance(raw, str) else float(raw)
                if not v.is_integer() or v < 0 or v > 10_000_000:
                    raise ValueError
                nums.append(int(v))
            except (TypeError, ValueError):
                problems.append(
                    f"Dòng {n}, cột {letters[col] if col < 26 else col + 1}: “{_text(raw)}” không phải số người."
                )
        if len(nums) == 2:
            out.append(SurveyRow(hamlet, question, nums[0], nums[1]))
    if problems:
        raise DomainError(
            f"Tệp “{Path(path).name}” có lỗi, chưa ghi gì: "
            + "; ".join(problems[:8])
            + (f"; và {len(problems) - 8} lỗi khác." if len(problems) > 8 else "."),
            field="file",
        )
    if not out:
        raise DomainError(f"Tệp “{Path(path).name}” không có dòng kết quả nào.", field="file")
    return _checked_rows(ctx, out, where=lambda i: f"Tệp “{Path(path).name}”, kết quả thứ {i}")


def import_survey(
    ctx: AppContext, path, *, on_date: date, topic: str, title: str = "", dry_run: bool = False
) -> tuple[Survey, Changes]:
    rows = read_survey_sheet(ctx, path)
    log = CommuneLog(
        None,
        "survey",
        on_date,
        "",
        clean_name(title) or SURVEY_TOPICS.get(topic, ""),
        sum(r.asked for r in rows),
        sum(r.satisfied for r in rows),
        "",
        topic,
    )
    if dry_run:
        if topic not in SURVEY_TOPICS:
            raise DomainError(f"Nội dung khảo sát “{topic}” không hợp lệ.", field="topic")
        return Survey(log.validated(), tuple(rows)), Changes()
    lid, changes = add_survey(ctx, on_date=on_date, topic=topic, title=title, rows=rows)
    return Survey(replace(log, id=lid), tuple(rows)), changes


def surveys(ctx: AppContext, period: str | None = None, topic: str | None = None) -> list[Survey]:
    me = _me(ctx)
    p = resolve_period(ctx, _me(ctx).code, period)
    with ctx.uow.read() as s:
        logs = [g for g in repo.logs_between(s, me.code, p.start, p.end, "survey") if topic is None or g.topic == topic]
        rows = rrepo.survey_rows(s, [g.id for g in logs])
    return [Survey(g, tuple(rows.get(g.id, ()))) for g in logs]


@dataclass(frozen=True)
class Breakdown:
    """Asked / satisfied totals of a period's surveys of one subject, by hamlet and by question."""

    topic: str
    asked: int
    satisfied: int
    by_hamlet: tuple[tuple[str, int, int], ...]
    by_question: tuple[tuple[str, int, int], ...]

    @property
    def share(self) -> float | None:
        return self.satisfied / self.asked if self.asked else None


def breakdown(ctx: AppContext, period: str | None, topic: str) -> Breakdown:
    hamlet_tot: dict[str, list[int]] = {}
    question_tot: dict[str, list[int]] = {}
    asked = satisfied = 0
    for sv in surveys(ctx, period, topic):
        asked += sv.log.received or 0
        satisfied += sv.log.answered or 0
        for r in sv.rows:
            for key, tot in ((r.hamlet, hamlet_tot), (r.question, question_tot)):
                t = tot.setdefault(key, [0, 0])
                t[0] += r.asked
                t[1] += r.satisfied
    return Breakdown(
        topic,
        asked,
        satisfied,
        tuple((k, a, b) for k, (a, b) in hamlet_tot.items()),
        tuple((k, a, b) for k, (a, b) in question_tot.items()),
    )
