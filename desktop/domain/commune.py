"""Commune party committee records (issue 10; BRIEF §4.2, §5, §7 D12–D13). Pure Python.

Log kinds: what a commune writes down and which criteria count it (``params.log_kind`` in the
commune catalogs). ``received``/``answered`` carry the two numbers of a feedback record
(received, answered) or of a satisfaction survey (people asked, people satisfied).

The commune's places and people (thôn / tổ dân phố, survey lines, "Dân vận khéo" models) are in
commune_places.py; their names are still importable from here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.catalog import Catalog, parse_catalog
from desktop.domain.commune_places import (  # noqa: F401  (the places and people, still importable from here)
    DVK_FIELDS,
    HAMLET_KINDS,
    SURVEY_TOPICS,
    DvkModel,
    Hamlet,
    HamletFact,
    SurveyRow,
    clean_name,
    commune_place,
    hamlet_key,
    hamlet_kind_of,
    match_hamlet,
)
from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LogKind:
    key: str
    label_vi: str  # for the domain's own messages; the catalogue's Vietnamese of label_en
    label_en: str  # marked for translation
    missing_vi: str  # "buổi lãnh đạo xuống thôn" in "Tuần 45 chưa có buổi lãnh đạo xuống thôn"
    numbers: tuple[str, str] | None = None  # labels of received/answered when the kind has them


LOG_KINDS: dict[str, LogKind] = {
    k.key: k
    for k in [
        LogKind(
            "leader_visit",
            "Lãnh đạo xuống thôn, tổ dân phố",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Leader's visit to a hamlet"),
            "buổi lãnh đạo xuống thôn, tổ dân phố",
        ),
        LogKind(
            "citizen_reception",
            "Tiếp công dân",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Citizen reception"),
            "buổi tiếp công dân",
        ),
        LogKind(
            "dialogue",
            "Đối thoại với Nhân dân",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Dialogue with the people"),
            "buổi đối thoại với Nhân dân",
        ),
        LogKind(
            "feedback",
            "Phản ánh, kiến nghị",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Feedback received and answered"),
            "phản ánh, kiến nghị",
            ("Số tiếp nhận", "Số đã trả lời"),
        ),
        LogKind(
            "survey",
            "Khảo sát sự hài lòng",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Satisfaction survey"),
            "cuộc khảo sát sự hài lòng",
            ("Số người được hỏi", "Số người hài lòng"),
        ),
        LogKind(
            "supporters_meeting",
            "Gặp mặt người có uy tín",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Meeting with respected residents"),
            "buổi gặp mặt người có uy tín, người ủng hộ",
        ),
        LogKind(
            "discipline",
            "Cán bộ bị kỷ luật",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Official disciplined"),
            "trường hợp kỷ luật",
        ),
        LogKind(
            "rule_breach",
            "Vi phạm nội quy cơ quan",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Breach of internal rules"),
            "trường hợp vi phạm",
        ),
        LogKind(
            "supervision",
            "Chuyên đề giám sát, phản biện của MTTQ",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Front supervision topic"),
            "chuyên đề giám sát, phản biện",
        ),
        LogKind(
            "initiative",
            "Mô hình, sáng kiến",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Model or initiative"),
            "mô hình, sáng kiến",
        ),
        LogKind(
            "dan_van_model",
            "Mô hình “Dân vận khéo”",
            QT_TRANSLATE_NOOP("CommuneLogKind", "“Dân vận khéo” model"),
            "mô hình “Dân vận khéo”",
        ),
        # An activity of a local model's own criterion (its topic names the criterion: "model/criterion").
        LogKind(
            "model_activity",
            "Hoạt động của mô hình địa phương",
            QT_TRANSLATE_NOOP("CommuneLogKind", "Activity of a local model"),
            "hoạt động",
        ),
    ]
}

VERDICTS = ("met", "not_met")


@dataclass(frozen=True)
class CommuneLog:
    id: int | None
    kind: str
    on_date: date
    place: str = ""
    title: str = ""
    received: int | None = None
    answered: int | None = None
    note: str = ""
    topic: str | None = None  # a survey's subject (SURVEY_TOPICS); None for other kinds
    created_by: str = ""  # who recorded it

    def validated(self) -> CommuneLog:
        if self.kind not in LOG_KINDS:
            raise DomainError(
                f"Loại sổ “{self.kind}” không hợp lệ: chọn một trong {', '.join(LOG_KINDS)}.", field="kind"
            )
        if self.kind == "model_activity" and not (self.topic or "").strip():
            raise DomainError("Hoạt động của mô hình địa phương phải chọn chỉ tiêu được tính.", field="topic")
        if self.kind == "leader_visit" and not self.place.strip():
            raise DomainError("Buổi lãnh đạo xuống thôn phải ghi nơi đến (thôn hoặc tổ dân phố).", field="place")
        for name, v in (("received", self.received), ("answered", self.answered)):
            if v is not None and v < 0:
                raise DomainError(f"Số liệu “{name}” không được âm.", field=name)
        if LOG_KINDS[self.kind].numbers:
            a, b = LOG_KINDS[self.kind].numbers
            if self.received is None or self.answered is None:
                raise DomainError(f"{LOG_KINDS[self.kind].label_vi} phải ghi đủ “{a}” và “{b}”.", field="received")
            if self.answered > self.received:
                raise DomainError(
                    f"{LOG_KINDS[self.kind].label_vi}: “{b}” ({self.answered}) lớn hơn “{a}” ({self.received}).",
                    field="answered",
                )
        return self


@dataclass(frozen=True)
class RecordedValue:
    """A value measured for a criterion (share 0..1, score, 1/0 for yes/no) and/or a judgement."""

    campaign_id: str
    criterion_id: str
    period: str
    value: float | None
    verdict: str | None
    note: str
    recorded_on: date
    author: str = ""
    assessor: str = ""  # the person who assessed (a name), beside the account that recorded it


@dataclass(frozen=True)
class ProgrammeTask:
    id: int | None
    period: str
    campaign_id: str
    title: str
    lead_agency: str
    deadline: date | None
    expected_output: str = ""
    progress: int = 0
    progress_note: str = ""
    criterion_id: str | None = None  # the indicator that completes the task (met -> done)

    def validated(self) -> ProgrammeTask:
        if not self.title.strip():
            raise DomainError("Nhiệm vụ phải có nội dung.", field="title")
        if not self.lead_agency.strip():
            raise DomainError(f"Nhiệm vụ “{self.title}” phải ghi cơ quan chủ trì.", field="lead_agency")
        if not 0 <= self.progress <= 100:
            raise DomainError(f"Tiến độ của nhiệm vụ “{self.title}” phải từ 0 đến 100 (%).", field="progress")
        return self

    def state(self, today: date) -> str:
        """done | overdue | running."""
        if self.progress >= 100:
            return "done"
        if self.deadline is not None and today > self.deadline:
            return "overdue"
        return "running"


TASK_STATES = {"done": "Hoàn thành", "overdue": "Quá hạn", "running": "Đang thực hiện"}

_LOCAL_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,60}$")


def parse_local_model(data: dict, *, file: str = "mô hình địa phương") -> Catalog:
    """A local model is a catalog (same format as resources/catalogs) that applies to commune
    party committees (BRIEF §5.0: localities may add models beyond the 11)."""
    if not isinstance(data, dict):
        raise DomainError("Mô hình địa phương phải là một đối tượng JSON.")
    data = dict(data)
    data.setdefault("version", 1)
    data.setdefault("applies_to_kinds", ["dang-uy-xa"])
    cid = data.get("id")
    if not isinstance(cid, str) or not _LOCAL_ID.match(cid):
        raise DomainError(
            f"Mã mô hình “{cid}” không hợp lệ: chữ thường không dấu, số, gạch ngang (ví dụ “cat-hai-5-an”).", field="id"
        )
    cat = parse_catalog(data, file)
    for c in cat.criteria:
        if c.measure in {"pct_members", "per_member_min", "flag_100"}:
            raise DomainError(
                f"Tiêu chí “{c.id}” của mô hình địa phương: kiểu đo “{c.measure}” chỉ dùng cho "
                "chi đoàn; dùng count_per_period, value_min, boolean, zero hoặc qualitative.",
                field="measure",
            )
        kind = c.params.get("log_kind")
        if kind is not None and kind not in LOG_KINDS:
            raise DomainError(f"Tiêu chí “{c.id}”: loại sổ “{kind}” không có ({', '.join(LOG_KINDS)}).", field="params")
    return cat


def _code_prefix(title: str) -> str:
    """The prefix of the codes made up for a model built in the form: "Xã An Lão “Thôn an toàn”" -> "XALTAT"."""
    return "".join(w[0] for w in _slug(title).split("-") if w)[:6].upper() or "DP"


def made_up_codes(cat: Catalog) -> bool:
    """True when the criteria's codes are the ones the app made up in the form ("XALTAT-1", …), not
    codes a person chose (a model written as a file keeps its own, "5A-1")."""
    px = _code_prefix(cat.title_vi)
    return bool(cat.criteria) and all(c.id == f"{px}-{i}" for i, c in enumerate(cat.criteria, start=1))


def criterion_refs(cat: Catalog, *, local: bool) -> dict[str, str]:
    """How a person refers to each criterion beside its name: a city model's own number, as in its
    guide and the city's documents ("CQTT-3.6", "XP-25"), or a code the committee chose; a model
    built in the form has only codes the app made up ("XALTAT-1"), so its criteria are numbered by
    their place in the model ("1", "2", …)."""
    if not (local and made_up_codes(cat)):
        return {c.id: c.id for c in cat.criteria}
    return {c.id: str(i) for i, c in enumerate(cat.criteria, start=1)}


def catalog_body(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------------------------
# A local model built in the GUI (issue 20 item 2): criteria by kind, turned into catalog JSON.

CRITERION_KINDS: dict[str, str] = {
    "count": "Số lần trong mỗi kỳ",
    "percent": "Tỉ lệ (%)",
    "value": "Giá trị đạt mức",
    "yes_no": "Có / không",
    "zero": "Không để xảy ra",
}
COUNT_PERIODS: dict[str, str] = {"week": "tuần", "month": "tháng", "quarter": "quý", "year": "năm"}


@dataclass(frozen=True)
class LocalCriterion:
    title: str
    kind: str  # CRITERION_KINDS
    threshold: float | None = None  # count: times; percent: 0–100; value: the target
    period: str = "year"  # count: week / month / quarter / year
    log_kind: str | None = None  # count / zero: an existing log kind, None = the model's own activity
    what: str = ""  # count / zero of the model's own activity: the noun ("đợt diễn tập phòng cháy")
    unit: str = ""  # value: its unit ("điểm", "hộ")


def _slug(text: str) -> str:
    import unicodedata

    t = clean_name(text).replace("Đ", "D").replace("đ", "d")
    t = "".join(ch for ch in unicodedata.normalize("NFD", t) if unicodedata.category(ch) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")[:50] or "mo-hinh"


def local_model_data(
    title: str, criteria: list[LocalCriterion], *, model_id: str | None = None, prefix: str | None = None
) -> dict:
    """The catalog JSON of a local model typed in the GUI; every criterion checked and named by its
    row when something is missing."""
    title = clean_name(title)
    if not title:
        raise DomainError("Mô hình phải có tên.", field="title")
    if not criteria:
        raise DomainError(f"Mô hình “{title}” phải có ít nhất một chỉ tiêu.", field="criteria")
    mid = model_id or _slug(title)
    px = prefix or _code_prefix(title)
    out = []
    for i, c in enumerate(criteria, start=1):
        at = f"Chỉ tiêu {i}"
        name = clean_name(c.title)
        if not name:
            raise DomainError(f"{at}: chưa có nội dung.", field="criteria")
        if c.kind not in CRITERION_KINDS:
            raise DomainError(f"{at} (“{name}”): loại “{c.kind}” không hợp lệ.", field="criteria")
        crit = {
            "id": f"{px}-{i}",
            "group": "G",
            "title_vi": name,
            "title_en": name,
            "subject": "commune",
            "period": "year",
        }
        own_topic = f"{mid}/{px}-{i}"
        if c.kind == "count":
            n = c.threshold or 0
            if n < 1 or int(n) != n:
                raise DomainError(f"{at} (“{name}”): số lần phải là số nguyên từ 1.", field="criteria")
            if c.period not in COUNT_PERIODS:
                raise DomainError(f"{at} (“{name}”): kỳ “{c.period}” không hợp lệ.", field="criteria")
            crit.update(measure="count_per_period", threshold=int(n), period=c.period)
            crit["params"] = (
                {"log_kind": c.log_kind}
                if c.log_kind
                else {"log_kind": "model_activity", "topic": own_topic, "what_vi": clean_name(c.what) or name.lower()}
            )
        elif c.kind == "zero":
            crit.update(measure="zero", threshold=0)
            crit["params"] = (
                {"log_kind": c.log_kind}
                if c.log_kind
                else {"log_kind": "model_activity", "topic": own_topic, "what_vi": clean_name(c.what) or name.lower()}
            )
        elif c.kind == "percent":
            p = c.threshold
            if p is None or not 0 < p <= 100:
                raise DomainError(f"{at} (“{name}”): tỉ lệ phải từ trên 0 đến 100%.", field="criteria")
            crit.update(measure="value_min", threshold=round(p / 100, 6), unit="share", params={"source": "recorded"})
        elif c.kind == "value":
            if c.threshold is None:
                raise DomainError(f"{at} (“{name}”): hãy ghi mức phải đạt.", field="criteria")
            crit.update(measure="value_min", threshold=c.threshold, params={"source": "recorded"})
            if clean_name(c.unit):
                crit["unit"] = clean_name(c.unit)
        else:  # yes_no
            crit.update(measure="boolean", threshold=None)
        out.append(crit)
    return {
        "id": mid,
        "title_vi": title,
        "title_en": title,
        "applies_to_kinds": ["dang-uy-xa"],
        "groups": [{"id": "G", "title_vi": title, "title_en": title}],
        "criteria": out,
        "recognition": None,
    }
