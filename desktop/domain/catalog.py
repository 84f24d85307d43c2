"""Campaign catalogs: versioned data files in resources/catalogs/, validated on load.

A catalog file is JSON. Its schema is written out in resources/catalogs/catalog.schema.json
for readers and tools; this module checks the same rules by hand so that a broken file gets a
Vietnamese error naming the file, the entry and the field.
"""

from __future__ import annotations

import re
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError

MEASURES = {
    "pct_members",  # PCT-MEMBERS: share of the branch's members
    "count_per_period",  # COUNT/PERIOD: minimum number of records per period
    "zero",  # ZERO: no incident
    "per_member_min",  # PER-MEMBER-MIN: every member reaches a minimum
    "qualitative",  # QUAL: a recorded judgement
    "flag_100",  # FLAG-100: every member has a status flag
    "boolean",  # a yes/no fact recorded once (commune catalogs)
    "value_min",  # a measured number must reach a minimum (commune catalogs)
}
PERIODS = {"year", "quarter", "month", "week", "request", "continuous"}
ROUNDINGS = {"ceil", "exact"}  # the two readings of "ít nhất 80%" (they agree on every count)
#: Rules offered by earlier versions that let 12/16 (75 %) pass. A catalog or setting still
#: holding one is read as "ceil", the strict rule: "ít nhất 80%" is never relaxed.
LEGACY_ROUNDINGS = {"floor", "round_half_up"}
CONDITION_OPS = {"eq", "ne", "in", "not_in"}
FACTS = {"kind", "branch_type", "grade", "all_party_members"}


class CatalogError(DomainError):
    def __init__(self, file: str, entry: str | None, fld: str | None, reason: str):
        where = f"tệp “{file}”"
        if entry:
            where += f", mục “{entry}”"
        if fld:
            where += f", trường “{fld}”"
        super().__init__(f"Danh mục tiêu chí bị lỗi ở {where}: {reason}", field=fld)
        self.file, self.entry, self.fld, self.reason = file, entry, fld, reason


@dataclass(frozen=True)
class Condition:
    """A test on a unit's facts, e.g. grade not_in [10, 11]."""

    fact: str
    op: str
    value: Any

    def holds(self, facts: dict) -> bool:
        actual = facts.get(self.fact)
        if self.op == "eq":
            return actual == self.value
        if self.op == "ne":
            return actual != self.value
        if self.op == "in":
            return actual in self.value
        return actual not in self.value

    def to_json(self) -> dict:
        return {"fact": self.fact, "op": self.op, "value": self.value}


@dataclass(frozen=True)
class Group:
    id: str
    title_vi: str
    title_en: str


@dataclass(frozen=True)
class Criterion:
    id: str
    group: str
    title_vi: str
    title_en: str
    measure: str
    threshold: float | None
    period: str
    subject: str
    applies_when: tuple[Condition, ...] = ()
    not_applicable_reason_vi: str | None = None
    unit: str | None = None
    text_vi: str | None = None
    source: str | None = None
    note: str | None = None
    evidence: str | None = None
    params: dict = field(default_factory=dict)

    def applies_to(self, facts: dict) -> bool:
        """All conditions must hold (an empty list: always applies)."""
        return all(c.holds(facts) for c in self.applies_when)


@dataclass(frozen=True)
class Recognition:
    min_share: float
    rounding: str
    counting: str
    note_vi: str

    def required(self, applicable: int) -> int:
        """How many applicable criteria must be met (BRIEF §1: ≥ 80 %, 13/16 or 12/15)."""
        # The least whole number of criteria that is at least the share: "ceil" and "exact" agree
        # on it, and any other stored rule (LEGACY_ROUNDINGS) is read the same strict way.
        return math.ceil(round(self.min_share * applicable, 9))

    def is_met(self, met: int, applicable: int) -> bool:
        if applicable == 0:
            return False
        if self.rounding == "exact":
            return met / applicable >= self.min_share - 1e-12
        return met >= self.required(applicable)


@dataclass(frozen=True)
class Deadline:
    step: str
    title_vi: str
    title_en: str
    actor: str
    month_day: dict  # branch type (or "default") -> "MM-DD"
    year_offset: dict  # branch type (or "default") -> offset from the period's year


@dataclass(frozen=True)
class Catalog:
    id: str
    version: int
    title_vi: str
    title_en: str
    applies_to_kinds: tuple[str, ...]
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]
    recognition: Recognition | None
    calendar: tuple[Deadline, ...] = ()
    source: str | None = None
    path: str | None = None
    # "mandatory": every unit of the kinds takes part; "by_choice": a unit takes part only once it
    # has chosen the model (Trường học XHCN is piloted in a few communes only).
    participation: str = "mandatory"

    def criterion(self, cid: str) -> Criterion:
        for c in self.criteria:
            if c.id == cid:
                return c
        raise KeyError(cid)

    def group(self, gid: str) -> Group:
        for g in self.groups:
            if g.id == gid:
                return g
        raise KeyError(gid)

    def to_json(self) -> dict:
        """The stable shape printed by `sothidua catalog show --json`."""
        return {
            "id": self.id,
            "version": self.version,
            "title_vi": self.title_vi,
            "title_en": self.title_en,
            "applies_to_kinds": list(self.applies_to_kinds),
            "groups": [{"id": g.id, "title_vi": g.title_vi, "title_en": g.title_en} for g in self.groups],
            "criteria": [
                {
                    "id": c.id,
                    "group": c.group,
                    "title_vi": c.title_vi,
                    "title_en": c.title_en,
                    "measure": c.measure,
                    "threshold": c.threshold,
                    "unit": c.unit,
                    "period": c.period,
                    "subject": c.subject,
                    "applies_when": [cond.to_json() for cond in c.applies_when],
                    "not_applicable_reason_vi": c.not_applicable_reason_vi,
                    "evidence": c.evidence,
                    "source": c.source,
                }
                for c in self.criteria
            ],
            "recognition": (
                {
                    "min_share": self.recognition.min_share,
                    "rounding": self.recognition.rounding,
                    "counting": self.recognition.counting,
                    "note_vi": self.recognition.note_vi,
                }
                if self.recognition
                else None
            ),
            "calendar": [
                {
                    "step": d.step,
                    "title_vi": d.title_vi,
                    "title_en": d.title_en,
                    "actor": d.actor,
                    "month_day": d.month_day,
                    "year_offset": d.year_offset,
                }
                for d in self.calendar
            ],
            "source": self.source,
            "participation": self.participation,
        }


# ---------------------------------------------------------------------------- loading

_TOP_FIELDS = {
    "$schema",
    "id",
    "version",
    "title_vi",
    "title_en",
    "applies_to_kinds",
    "groups",
    "criteria",
    "recognition",
    "calendar",
    "source",
    "participation",
}
_GROUP_FIELDS = {"id", "title_vi", "title_en"}
_CRIT_FIELDS = {
    "id",
    "group",
    "title_vi",
    "title_en",
    "measure",
    "threshold",
    "period",
    "subject",
    "applies_when",
    "not_applicable_reason_vi",
    "unit",
    "text_vi",
    "source",
    "note",
    "evidence",
    "params",
}
_REC_FIELDS = {"min_share", "rounding", "counting", "note_vi"}
_DEADLINE_FIELDS = {"step", "title_vi", "title_en", "actor", "month_day", "year_offset"}


class _Checker:
    def __init__(self, file: str):
        self.file = file

    def fail(self, entry, fld, reason):
        raise CatalogError(self.file, entry, fld, reason)

    def obj(self, value, entry, fld, allowed: set[str], required: set[str]) -> dict:
        if not isinstance(value, dict):
            self.fail(entry, fld, "phải là một đối tượng JSON.")
        for key in value:
            if key not in allowed:
                self.fail(entry, key, "trường không được hỗ trợ (không có trong lược đồ).")
        for key in sorted(required):
            if key not in value:
                self.fail(entry, key, "thiếu trường bắt buộc.")
        return value

    def text(self, d, entry, fld, *, optional=False) -> str | None:
        v = d.get(fld)
        if v is None and optional:
            return None
        if not isinstance(v, str) or not v.strip():
            self.fail(entry, fld, "phải là chuỗi không rỗng.")
        return v

    def number(self, d, entry, fld, *, optional=False) -> float | None:
        v = d.get(fld)
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.fail(entry, fld, "phải là một số.")
        return v


def parse_catalog(data: Any, file: str = "<dữ liệu>") -> Catalog:
    ck = _Checker(file)
    top = ck.obj(data, None, None, _TOP_FIELDS, {"id", "version", "title_vi", "title_en", "groups", "criteria"})
    cid = ck.text(top, None, "id")
    version = top.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        ck.fail(None, "version", "phải là số nguyên dương.")
    kinds = top.get("applies_to_kinds", ["chi-doan"])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        ck.fail(None, "applies_to_kinds", "phải là danh sách loại đơn vị.")

    groups: list[Group] = []
    if not isinstance(top["groups"], list) or not top["groups"]:
        ck.fail(None, "groups", "phải là danh sách không rỗng.")
    for i, g in enumerate(top["groups"]):
        entry = f"groups[{i}]"
        ck.obj(g, entry, None, _GROUP_FIELDS, _GROUP_FIELDS)
        groups.append(Group(ck.text(g, entry, "id"), ck.text(g, entry, "title_vi"), ck.text(g, entry, "title_en")))
    group_ids = [g.id for g in groups]
    if len(set(group_ids)) != len(group_ids):
        ck.fail(None, "groups", "có mã nhóm bị trùng.")

    criteria: list[Criterion] = []
    if not isinstance(top["criteria"], list) or not top["criteria"]:
        ck.fail(None, "criteria", "phải là danh sách không rỗng.")
    for i, c in enumerate(top["criteria"]):
        entry = c.get("id") if isinstance(c, dict) and isinstance(c.get("id"), str) else f"criteria[{i}]"
        ck.obj(c, entry, None, _CRIT_FIELDS, {"id", "group", "title_vi", "title_en", "measure", "period", "subject"})
        if c["group"] not in group_ids:
            ck.fail(entry, "group", f"nhóm “{c['group']}” không có trong danh sách nhóm.")
        if c["measure"] not in MEASURES:
            ck.fail(entry, "measure", f"“{c['measure']}” không phải kiểu đo hợp lệ ({', '.join(sorted(MEASURES))}).")
        if c["period"] not in PERIODS:
            ck.fail(entry, "period", f"“{c['period']}” không phải chu kỳ hợp lệ ({', '.join(sorted(PERIODS))}).")
        threshold = ck.number(c, entry, "threshold", optional=True)
        if c["measure"] in {"pct_members", "flag_100"} and threshold is not None and not 0 <= threshold <= 1:
            ck.fail(entry, "threshold", "tỉ lệ phải nằm trong khoảng 0 đến 1 (ví dụ 0.7 cho 70%).")
        if threshold is not None and threshold < 0:
            ck.fail(entry, "threshold", "không được âm.")
        conds = []
        aw = c.get("applies_when", [])
        if not isinstance(aw, list):
            ck.fail(entry, "applies_when", "phải là danh sách điều kiện.")
        for j, cond in enumerate(aw):
            fld = f"applies_when[{j}]"
            if not isinstance(cond, dict) or set(cond) != {"fact", "op", "value"}:
                ck.fail(entry, fld, "mỗi điều kiện phải có đúng các trường fact, op, value.")
            if cond["fact"] not in FACTS:
                ck.fail(entry, fld, f"không biết dữ kiện “{cond['fact']}”.")
            if cond["op"] not in CONDITION_OPS:
                ck.fail(entry, fld, f"phép so sánh “{cond['op']}” không hợp lệ.")
            if cond["op"] in {"in", "not_in"} and not isinstance(cond["value"], list):
                ck.fail(entry, fld, "với in/not_in, value phải là danh sách.")
            conds.append(Condition(cond["fact"], cond["op"], cond["value"]))
        params = c.get("params", {})
        if not isinstance(params, dict):
            ck.fail(entry, "params", "phải là một đối tượng JSON.")
        criteria.append(
            Criterion(
                id=ck.text(c, entry, "id"),
                group=c["group"],
                title_vi=ck.text(c, entry, "title_vi"),
                title_en=ck.text(c, entry, "title_en"),
                measure=c["measure"],
                threshold=threshold,
                period=c["period"],
                subject=ck.text(c, entry, "subject"),
                applies_when=tuple(conds),
                not_applicable_reason_vi=ck.text(c, entry, "not_applicable_reason_vi", optional=True),
                unit=ck.text(c, entry, "unit", optional=True),
                text_vi=ck.text(c, entry, "text_vi", optional=True),
                source=ck.text(c, entry, "source", optional=True),
                note=ck.text(c, entry, "note", optional=True),
                evidence=ck.text(c, entry, "evidence", optional=True),
                params=params,
            )
        )
    ids = [c.id for c in criteria]
    dupes = sorted({x for x in ids if ids.count(x) > 1})
    if dupes:
        ck.fail(dupes[0], "id", "mã tiêu chí bị trùng.")

    recognition = None
    if top.get("recognition") is not None:
        r = ck.obj(top["recognition"], "recognition", None, _REC_FIELDS, {"min_share", "rounding"})
        share = ck.number(r, "recognition", "min_share")
        if not 0 < share <= 1:
            ck.fail("recognition", "min_share", "phải nằm trong khoảng (0, 1].")
        if isinstance(r["rounding"], str) and r["rounding"] in LEGACY_ROUNDINGS:
            r = {**r, "rounding": "ceil"}
        if not isinstance(r["rounding"], str) or r["rounding"] not in ROUNDINGS:
            ck.fail("recognition", "rounding", f"phải là một trong {', '.join(sorted(ROUNDINGS))}.")
        counting = r.get("counting", "per_criterion")
        if counting not in {"per_criterion", "per_group"}:
            ck.fail("recognition", "counting", "phải là per_criterion hoặc per_group.")
        recognition = Recognition(share, r["rounding"], counting, r.get("note_vi", ""))

    calendar: list[Deadline] = []
    for i, d in enumerate(top.get("calendar", [])):
        entry = f"calendar[{i}]"
        ck.obj(d, entry, None, _DEADLINE_FIELDS, {"step", "title_vi", "title_en", "actor", "month_day"})
        md = d["month_day"]
        if not isinstance(md, dict) or "default" not in md:
            ck.fail(entry, "month_day", "phải có khóa “default”.")
        for key, val in md.items():
            if not isinstance(val, str) or len(val) != 5 or val[2] != "-":
                ck.fail(entry, "month_day", f"“{val}” phải có dạng MM-DD.")
        yo = d.get("year_offset", {"default": 0})
        if not isinstance(yo, dict) or not all(isinstance(v, int) for v in yo.values()):
            ck.fail(entry, "year_offset", "phải ánh xạ loại hình sang số nguyên.")
        calendar.append(Deadline(d["step"], d["title_vi"], d["title_en"], d["actor"], dict(md), dict(yo)))

    participation = top.get("participation", "mandatory")
    if participation not in ("mandatory", "by_choice"):
        ck.fail(None, "participation", f"“{participation}” không hợp lệ: mandatory hoặc by_choice.")
    return Catalog(
        id=cid,
        version=version,
        title_vi=ck.text(top, None, "title_vi"),
        title_en=ck.text(top, None, "title_en"),
        applies_to_kinds=tuple(kinds),
        groups=tuple(groups),
        criteria=tuple(criteria),
        recognition=recognition,
        calendar=tuple(calendar),
        source=top.get("source"),
        path=file,
        participation=participation,
    )


def load_catalog(path: Path) -> Catalog:
    from desktop.domain import bounded_json

    name = path.name
    try:
        data = bounded_json.loads(path.read_bytes(), name)  # depth, numbers, size bounded
    except bounded_json.JsonRefused as exc:
        raise CatalogError(name, None, None, exc.short) from None
    return parse_catalog(data, name)


def load_catalogs(directory: Path) -> dict[str, Catalog]:
    """Every catalog in a folder, newest version per id. Files named <id>.v<N>.json."""
    out: dict[str, Catalog] = {}
    for path in sorted(directory.glob("*.v*.json")):
        cat = load_catalog(path)
        if cat.id not in out or cat.version > out[cat.id].version:
            out[cat.id] = cat
    return out


# The city's documents the catalogs were written from, by their titles (issue 19 item 3: the help
# names the source document, never the file it was transcribed into).
SOURCE_DOCUMENTS = {
    "000": "Tài liệu hỏi – đáp về xây dựng CNXH gắn với con người XHCN (Nghị quyết 05-NQ/TU)",
    "001": "Đề án 04-ĐA/TU của Ban Thường vụ Thành ủy",
    "002": "Phụ lục 3, Đề án 04-ĐA/TU",
    "003": "Bài viết báo Tiền Phong về Nghị quyết 05-NQ/TU",
    "004": "Đề cương hỏi – đáp văn kiện Đại hội Đảng bộ thành phố lần thứ I",
}
_SOURCE_FILE = re.compile(r"(\d{3})_[0-9a-f]{8,}\.txt(?::\s*[\d\-–]+(?:\s*,\s*[\d\-–]+)*)?")
_INTERNAL_REF = re.compile(
    r"BRIEF\s*(?:§\s*[\d.]+(?:\([a-z]\))?(?:\s*,\s*§\s*[\d.]+(?:\([a-z]\))?)*)?"
    r"(?:\s*mục\s*\d+)?(?:\s*\(đề xuất\))?"
)
_SETTING_REF = re.compile(r"\(cài đặt ([a-z0-9_]+)\)")


def readable_source(text: str | None) -> str:
    """A catalog's ``source`` for a person: the documents by title, no file names, no internal
    references; "" when nothing readable is left (or the field holds a code such as "recorded")."""
    if not text or re.fullmatch(r"[a-z_]+", text.strip()):
        return ""
    from desktop.domain.settings import UNIT_SETTINGS

    def setting(m):
        spec = UNIT_SETTINGS.get(m.group(1))
        return f"(Cài đặt “{spec.title_vi}”)" if spec else ""

    seen: list[str] = []

    def doc(m):
        title = SOURCE_DOCUMENTS.get(m.group(1), "tài liệu của Thành ủy")
        if title in seen:
            return ""
        seen.append(title)
        return title

    out = _SETTING_REF.sub(setting, text)
    out = _INTERNAL_REF.sub("", out)
    out = _SOURCE_FILE.sub(doc, out)
    for _ in range(3):  # what the removals leave behind: "( )", "; ;", leading separators
        out = re.sub(r"\(\s*[;,.]?\s*\)", "", out)
        out = re.sub(r"\s*;\s*(?=[;.,]|$)", "", out)
        out = re.sub(r"^\s*[;,.:]\s*", "", out)
        out = re.sub(r"\s{2,}", " ", out).strip()
        out = re.sub(r"\s+([.,;])", r"\1", out)
    return out
