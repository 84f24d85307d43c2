"""The plain data of a commune party committee's documents (issue 10; BRIEF §7 D12–D13), as the
services fill it: the models' results, the programme's tasks, the satisfaction surveys, the Dân
vận khéo models, and the kinds of document with their type codes, titles and file names. The
builders: commune_docs.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.reports.model import CriterionGroup, CriterionLine, Heading, Signature


@dataclass(frozen=True)
class ModelResult:
    campaign_id: str
    title: str
    met: int
    applicable: int
    share: float
    groups: tuple[CriterionGroup, ...]
    lines: tuple[CriterionLine, ...]
    # A model the committee built itself: its criteria's codes are made up by the app ("XALTAT-1"),
    # so the paper numbers them by their place in the model instead.
    local: bool = False

    def ref(self, line: CriterionLine) -> str:
        """What the paper prints beside a criterion's name: the city's number, or its place."""
        if not self.local:
            return line.criterion_id
        return str(next((i for i, c in enumerate(self.lines, start=1) if c is line), ""))


@dataclass(frozen=True)
class TaskLine:
    model: str
    title: str
    lead: str
    deadline: date | None
    output: str
    progress: int
    state: str  # "Hoàn thành", "Quá hạn", "Đang thực hiện"
    note: str = ""


@dataclass(frozen=True)
class SurveyLine:
    on_date: date
    title: str
    asked: int
    satisfied: int


@dataclass(frozen=True)
class SurveyTopicLine:
    """The year's surveys on one subject: totals, and per hamlet (name, asked, satisfied)."""

    topic: str  # "Sự hài lòng đối với cuộc sống"
    asked: int
    satisfied: int
    by_hamlet: tuple[tuple[str, int, int], ...] = ()
    compared: bool = False  # compared with the unit's satisfaction target


@dataclass(frozen=True)
class DvkLine:
    name: str
    field: str
    owner: str
    started_on: date
    result: str = ""
    recognition: str = ""


@dataclass(frozen=True)
class CommuneDocData:
    heading: Heading
    signature: Signature
    committee: str  # "Đảng ủy đặc khu Cát Hải"
    period_label: str
    as_of: date
    models: tuple[ModelResult, ...]
    tasks: tuple[TaskLine, ...]
    surveys: tuple[SurveyLine, ...] = ()
    satisfaction_target: float = 0.8
    figures: tuple[tuple[str, str], ...] = ()  # (content, figure) from the logs
    recipients: tuple[str, ...] = ()
    quarter_label: str = ""
    quarter_start: date | None = None
    quarter_end: date | None = None
    survey_topics: tuple[SurveyTopicLine, ...] = ()
    dvk: tuple[DvkLine, ...] = ()
    registered: tuple[tuple[str, str, int], ...] = ()  # (model, "Mô hình bắt buộc của thành phố" …, criteria)
    dvk_model: str = ""  # the Dân vận khéo model the committee registers to build
    calendar: tuple[tuple[date, str], ...] = ()  # the year's dated steps
    lessons: str = ""  # "bài học kinh nghiệm" written by the committee (sơ kết)
    directions: str = ""  # "phương hướng" written by the committee (sơ kết, quarterly report)
    # The Đoàn xã's progress, one sentence per summary it shared with the committee (issue 20 item 3);
    # () when none was received: the documents say so rather than leave the youth out.
    youth: tuple[str, ...] = ()


TYPE_CODES = {"programme": "CTr", "quarterly": "BC", "review": "BC", "registration": "ĐK"}
TITLES = {
    "programme": "Chương trình hành động",
    "quarterly": "Báo cáo quý",
    "review": "Báo cáo sơ kết",
    "registration": "Bản đăng ký thực hiện các mô hình",
}
# Vietnamese file names a person recognises (ASCII, no diacritics: e-mail and USB sticks keep them).
FILE_STEMS = {
    "programme": "ChuongTrinhHanhDong",
    "quarterly": "BaoCaoQuy",
    "review": "BaoCaoSoKet",
    "registration": "DangKyMoHinh",
}
