"""Plain data the report builders take: no database, no Qt, no ReportLab.

desktop/services/reporting/reports.py gathers these from the other services; tests and benchmarks build
them directly. Every text is shown as given (the builders normalise to NFC); dates are ``date``
objects and numbers are numbers, formatted only through desktop.i18n.formatting so the paper
shows what the screen shows.

It stays one module a little over 500 lines on purpose: it is a catalogue of small dataclasses,
one per part of a document, read as a list, and every builder uses it as one namespace (``M``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

UNION, PARTY = "union", "party"


@dataclass(frozen=True)
class Issuer:
    """The issuing body of the top-left block.

    ``name`` is the unit as prose names it ("Chi đoàn Tổ dân phố số 3", "Đoàn phường Lê Chân",
    "Đảng ủy phường Lê Chân"); the heading prints ``prefix`` + name in bold capitals under
    ``prefix`` + ``upper_level`` in regular capitals: "BCH ĐOÀN PHƯỜNG LÊ CHÂN" / "BCH CHI ĐOÀN
    TỔ DÂN PHỐ SỐ 3" (29-HD: BCH = Ban Chấp hành), or for the Party (prefix "") "ĐẢNG BỘ THÀNH
    PHỐ HẢI PHÒNG" / "ĐẢNG ỦY PHƯỜNG LÊ CHÂN" (36-HD). ``symbol`` follows the type code in
    numbers ("05-BC/ĐTN").
    """

    name: str
    upper_level: str = ""
    addressee: str = ""  # "Kính gửi": the setting, else Ban Thường vụ of the upper level
    symbol: str = "ĐTN"
    place: str = "Hải Phòng"
    line: str = UNION  # UNION | PARTY
    unit_code: str = ""
    prefix: str = "BCH"

    @classmethod
    def party(
        cls, committee: str, party_body: str, *, symbol: str = "ĐU", place: str = "Hải Phòng", unit_code: str = ""
    ) -> Issuer:
        """A commune Party committee (36-HD/VPTW): "ĐẢNG BỘ …" above, the committee below, "*",
        numbers "Số 05-BC/ĐU"; e.g. Issuer.party("Đảng ủy phường Lê Chân", "Đảng bộ thành phố
        Hải Phòng"). Render Party documents with BuiltReport(margins=styles.PARTY_MARGINS)."""
        return cls(
            name=committee,
            upper_level=party_body,
            symbol=symbol,
            place=place,
            line=PARTY,
            unit_code=unit_code,
            prefix="",
        )

    @property
    def header_name(self) -> str:
        return f"{self.prefix} {self.name}".strip()

    @property
    def header_upper_level(self) -> str:
        if not self.upper_level:
            return ""
        return f"{self.prefix} {self.upper_level}".strip()


@dataclass(frozen=True)
class PaperStamp:
    """What a printed document carries so its paper can be checked against the package it was
    sent in (issue 19): the QR code's text and the short code a person can type."""

    payload: str  # encoded in the QR code
    code: str  # "K7M2Q-9XD4T"
    caption: str = ""  # printed beside the code ("Số 01-ĐK/ĐTN")


@dataclass(frozen=True)
class Signature:
    on_behalf: str = "TM. BAN CHẤP HÀNH"
    title: str = "BÍ THƯ"
    name: str = ""


@dataclass(frozen=True)
class Heading:
    """Everything the first lines of a document need."""

    issuer: Issuer
    issued_on: date
    type_code: str | None = None  # "BC", "QĐ", "TTr", … ; None: no "Số:" line (lists, logs)
    number: int | None = None  # from the document register; None prints "Số:   -BC/ĐTN"
    reference: str = ""  # a number recorded elsewhere, printed as is ("12-QĐ/ĐTN")

    @property
    def number_text(self) -> str:
        """'05-BC/ĐTN' (numbers below 10 padded, docs/formats/van-ban.md); '' when unnumbered."""
        if self.reference:
            return self.reference
        if not self.type_code:
            return ""
        n = f"{self.number:02d}" if self.number is not None else "    "
        return f"{n}-{self.type_code}/{self.issuer.symbol}"


# --- Criteria results (shared by registration, quarterly, year-end, results summary) ----------


@dataclass(frozen=True)
class CriterionGroup:
    id: str
    title: str


@dataclass(frozen=True)
class CriterionLine:
    """One criterion (CD-1.1 … CD-3.8) as a document shows it.

    ``met`` is True / False, or None when it cannot be judged yet (no data, qualitative not
    judged). ``value`` is the measured value already formatted ("42/50 đoàn viên (84%)"),
    ``missing`` what is still lacking ("còn 3 đoàn viên chưa đủ 05 ngày tình nguyện").
    ``content`` and ``roadmap`` are the branch's own registration ("nội dung, lộ trình").
    """

    criterion_id: str
    group_id: str
    title: str
    applicable: bool = True
    not_applicable_reason: str = ""
    target: str = ""
    value: str = ""
    met: bool | None = None
    status: str = ""  # e.g. "Đạt", "Chưa đạt", "Đúng tiến độ", "Có nguy cơ" (overrides met)
    missing: str = ""
    evidence: str = ""
    content: str = ""
    roadmap: str = ""


@dataclass(frozen=True)
class BranchInfo:
    code: str
    name: str
    branch_type: str = ""  # Vietnamese label ("Địa bàn dân cư")
    members: int = 0
    parent_name: str = ""


@dataclass(frozen=True)
class MemberLine:
    """A member in a list (registration list, proposal list, decision annex, volunteer log)."""

    full_name: str
    birth: str = ""  # "1998" or "05/03/1998" as the member record has it
    gender: str = ""  # "Nam" / "Nữ"
    branch: str = ""  # branch name (lists across branches)
    is_party_member: bool = False
    registered: bool = True
    registered_on: date | None = None
    volunteer_days: float | None = None
    conditions_met: bool | None = None
    note: str = ""
    votes_for: int | None = None
    votes_total: int | None = None
    exception: str = ""  # decision annex: the written reason of a recognition without passing the appraisal


# --- D1 + D2: registration -----------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationData:
    heading: Heading
    branch: BranchInfo
    period_label: str  # "2027" or "2026-2027"
    groups: tuple[CriterionGroup, ...]
    criteria: tuple[CriterionLine, ...]
    members: tuple[MemberLine, ...]
    registered_on: date | None = None
    youth_project: str = ""  # CD-2.2 planned project
    red_address: str = ""  # CD-2.3 planned journey or trend
    commitments: tuple[str, ...] = ()  # free lines of the branch's commitment
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- D4: quarterly progress -------------------------------------------------------------


@dataclass(frozen=True)
class QuarterlyData:
    heading: Heading
    branch: BranchInfo
    period_label: str
    quarter: int
    quarter_label: str  # "Quý III" / "Quý I năm học 2026-2027"
    quarter_start: date
    quarter_end: date
    groups: tuple[CriterionGroup, ...]
    criteria: tuple[CriterionLine, ...]
    figures: tuple[tuple[str, str], ...] = ()  # ("Buổi sinh hoạt chuyên đề", "2"), …
    issues: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- D6 + D9: year-end report, self-assessment, proposal, member proposal list -----------


@dataclass(frozen=True)
class YearEndData:
    heading: Heading  # the report (BC)
    proposal_heading: Heading  # the "Tờ trình đề nghị công nhận" (TTr)
    branch: BranchInfo
    period_label: str
    period_start: date
    period_end: date
    groups: tuple[CriterionGroup, ...]
    criteria: tuple[CriterionLine, ...]
    met: int
    applicable: int
    required: int
    proposed: bool  # the branch proposes itself for recognition
    recipient_body: str  # "Ban Thường vụ Đoàn phường Lê Chân"
    members_total: int
    members_proposed: tuple[MemberLine, ...]
    figures: tuple[tuple[str, str], ...] = ()
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    assessment_text: tuple[str, ...] = ()  # the branch's own self-assessment paragraphs
    meeting_note: str = ""  # "Hội nghị Chi đoàn ngày … biểu quyết …"
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()
    proposal_recipients: tuple[str, ...] = ()


# --- CD-3.6: volunteer-day log -------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerActivityLine:
    on_date: date
    name: str
    organiser: str = ""
    place: str = ""
    participants: int = 0
    days_credited: float = 0.0  # per participant
    total_days: float = 0.0
    confirmed_by: str = ""


@dataclass(frozen=True)
class VolunteerMemberLine:
    full_name: str
    activities: int
    days: float
    met: bool  # ≥ the minimum (CD-3.6: 05 days)
    detail: tuple[tuple[date, str, float], ...] = ()  # (date, activity, days)


@dataclass(frozen=True)
class VolunteerLogData:
    heading: Heading
    branch: BranchInfo
    period_label: str
    period_start: date
    period_end: date
    minimum_days: float
    members: tuple[VolunteerMemberLine, ...]
    activities: tuple[VolunteerActivityLine, ...]
    signature: Signature = field(default_factory=Signature)


# --- D3: registration summary of a Đoàn cơ sở ------------------------------------------------


@dataclass(frozen=True)
class BranchRegistrationLine:
    branch: BranchInfo
    registered: bool
    registered_on: date | None = None
    members_registered: int = 0
    reason: str = ""  # why not registered


@dataclass(frozen=True)
class RegistrationSummaryData:
    heading: Heading
    period_label: str
    deadline: date | None
    branches: tuple[BranchRegistrationLine, ...]
    recipient_body: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- D5: results summary of a Đoàn cơ sở -----------------------------------------------------


@dataclass(frozen=True)
class BranchResultLine:
    branch: BranchInfo
    criteria: tuple[CriterionLine, ...]
    met: int
    applicable: int
    required: int
    proposed: bool  # meets the rule (≥ 80 %) / proposed for recognition
    members_recognised: int = 0
    volunteer_days: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class ResultsSummaryData:
    heading: Heading
    period_label: str
    deadline: date | None
    groups: tuple[CriterionGroup, ...]
    criteria_titles: tuple[tuple[str, str], ...]  # (id, title) in catalog order
    branches: tuple[BranchResultLine, ...]
    recipient_body: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- D8 + D9: recognition decision --------------------------------------------------------


@dataclass(frozen=True)
class RecognisedBranch:
    branch: BranchInfo
    met: int = 0
    applicable: int = 0
    exception: str = ""  # the written reason when listed without passing the appraisal


@dataclass(frozen=True)
class DecisionData:
    heading: Heading
    period_label: str
    issuer_full_name: str  # "BAN CHẤP HÀNH ĐOÀN PHƯỜNG LÊ CHÂN" (the deciding body, caps)
    bases: tuple[str, ...]  # "Căn cứ …" clauses
    branches: tuple[RecognisedBranch, ...]
    members: tuple[MemberLine, ...]
    effective_from_signing: bool = True
    executors: str = ""  # "Văn phòng, các chi đoàn trực thuộc và các đoàn viên có tên …"
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- Certificates -------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificate:
    title: str  # "CHI ĐOÀN XÃ HỘI CHỦ NGHĨA" / "ĐOÀN VIÊN XÃ HỘI CHỦ NGHĨA"
    recipient: str  # branch name or member's full name
    detail: str = ""  # member: "Chi đoàn Tổ dân phố số 3"; branch: parent unit
    period_label: str = ""


@dataclass(frozen=True)
class CertificatesData:
    issuer: Issuer
    issued_on: date
    certificates: tuple[Certificate, ...]
    decision_ref: str = ""  # "Quyết định số 12-QĐ/ĐTN ngày 25/11/2026"
    signature: Signature = field(default_factory=Signature)


# --- D7: the Đoàn cơ sở's appraisal sheet of one branch ------------------------------------


@dataclass(frozen=True)
class AppraisalLine:
    """One criterion: what the branch claimed, what the Đoàn cơ sở said, the result."""

    criterion_id: str
    group_id: str
    title: str
    claim: str  # "Đạt" / "Chưa đạt" / "Không áp dụng" (the branch's self-assessment)
    opinion: str  # "Đồng ý" / "Không đồng ý" / "Chưa thẩm định"
    result: str  # after the appraisal
    comment: str = ""  # the Đoàn cơ sở's comment (the reason of a disagreement)
    branch_comment: str = ""


@dataclass(frozen=True)
class MemberAppraisalLine:
    full_name: str
    birth: str = ""
    proposed: bool = True
    opinion: str = ""  # "Đồng ý" / "Không đồng ý" / "Chưa thẩm định"
    reason: str = ""


@dataclass(frozen=True)
class AppraisalSheetData:
    heading: Heading  # the Đoàn cơ sở issues it
    branch: BranchInfo
    period_label: str
    submitted_on: date | None
    proposes_recognition: bool
    groups: tuple[CriterionGroup, ...]
    lines: tuple[AppraisalLine, ...]
    met: int
    applicable: int
    required: int
    recognisable: bool
    pending: tuple[str, ...] = ()
    members: tuple[MemberAppraisalLine, ...] = ()
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


# --- An upper level's own documents (issue 23): summaries over its Đoàn cơ sở, D10, D11 ------


@dataclass(frozen=True)
class UnionLine:
    """A Đoàn cơ sở in an upper level's document, from the summary it sent."""

    name: str
    source: str  # "results" | "registration" | "history" | "none"
    branches: int = 0
    registered: int = 0
    registered_on_time: int = 0
    recognisable: int = 0
    recognised: int = 0
    members: int = 0
    members_recognised: int | None = None
    members_known: int = 0  # members of the branches whose recognised members are known
    members_registered: int | None = None  # registered for the Đoàn viên XHCN emulation (None: not said)
    members_registered_base: int = 0


@dataclass(frozen=True)
class AnnexBranchLine:
    """A branch in the annex of an upper level's summary (as its Đoàn cơ sở reported it)."""

    union: str
    name: str
    branch_type: str = ""
    members: int | None = None
    registered: bool = False
    registered_on: date | None = None
    on_time: bool = False
    completion: float | None = None
    recognisable: bool = False
    recognised: bool = False
    members_recognised: int | None = None


@dataclass(frozen=True)
class CriterionFailLine:
    criterion_id: str
    title: str
    judged: int
    failed: int
    at_risk: int = 0


@dataclass(frozen=True)
class UpperSummaryData:
    heading: Heading
    summary_kind: str  # "registration" | "results"
    period_label: str
    deadline: date | None
    unions: tuple[UnionLine, ...]
    branches: tuple[AnnexBranchLine, ...]
    criteria: tuple[CriterionFailLine, ...] = ()
    recipient_body: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReviewYearLine:
    year: int
    branches: int
    registered: int | None  # None: not known (only a later title history)
    registration_base: int
    recognised: int
    members: int
    members_recognised: int | None
    members_known: int
    recognition_base: int | None = None  # branches whose titles are known (None: all of them)

    @property
    def recognised_of(self) -> int:
        return self.branches if self.recognition_base is None else self.recognition_base


@dataclass(frozen=True)
class ReviewData:
    """D11: the interim review (2027) or the final review (2030) of the model over the tree."""

    heading: Heading
    final: bool
    first_year: int
    last_year: int
    years: tuple[ReviewYearLine, ...]
    unions: tuple[
        tuple[str, tuple[tuple[int, float | None, float | None], ...]], ...
    ]  # name, (year, branches %, members %)
    criteria: tuple[CriterionFailLine, ...] = ()  # the last year's
    recipient_body: str = ""
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class RankingLine:
    rank: int | None
    name: str
    score: float | None
    tier: str  # in words
    detail: str = ""  # the points of each part, or the completion
    note: str = ""


@dataclass(frozen=True)
class RankingData:
    """D10: the year-end emulation ranking of the Union organisations directly below the issuer."""

    heading: Heading
    period_label: str
    level_vi: str  # "Đoàn cơ sở" | "chi đoàn"
    rules: tuple[str, ...]  # the rule applied, in sentences
    lines: tuple[RankingLine, ...]
    signature: Signature = field(default_factory=Signature)
    recipients: tuple[str, ...] = ()
