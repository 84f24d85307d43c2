"""Step 3 "Công nhận" (BRIEF §2.3, §3.1 step 3): the rules, as pure functions.

Đoàn viên XHCN (BRIEF §2.3 ⟨PROPOSAL⟩, configurable): a member can be proposed when
  * every *blocking* hard condition of the member catalog holds (group "DK": no incident in the
    year, ≥ 5 volunteer days, "Rèn luyện đoàn viên", e-book & e-card, residence activity; the
    CD-1.4 / CD-1.2 participation conditions are shown but not blocking by default),
  * every quality group of the self-assessment is "Đạt" (P1–P6, or the 3 student groups),
  * the branch meeting vote reaches the unit setting ``member_vote_threshold`` (≥ 50 % or ≥ 2/3)
    over the base ``member_vote_base`` (all members called, or those present).

Chi đoàn XHCN: the branch claims met / not met per criterion (pre-filled from the evaluation);
the Đoàn cơ sở agrees or disagrees per criterion; a disagreement flips the claim. The count of
appraised "met" over applicable criteria is checked against the catalog's recognition rule
(≥ 80 %, BRIEF §1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from desktop.domain.catalog import Catalog, Criterion, Group, Recognition
from desktop.domain.errors import DomainError

DAT, CHUA_DAT = "dat", "chua_dat"
RESULTS = (DAT, CHUA_DAT)
RESULT_LABELS_VI = {DAT: "Đạt", CHUA_DAT: "Chưa đạt"}

MET, NOT_MET, NOT_APPLICABLE = "met", "not_met", "not_applicable"
CLAIMS = (MET, NOT_MET, NOT_APPLICABLE)

HARD_GROUP = "DK"
GENERAL_CATALOG = "doan-vien-xhcn"
STUDENT_CATALOG = "doan-vien-xhcn-hoc-sinh"
MEMBER_CATALOGS = (GENERAL_CATALOG, STUDENT_CATALOG)
BRANCH_CAMPAIGN = "chi-doan-xhcn"

VOTE_THRESHOLDS = {"half": Fraction(1, 2), "two_thirds": Fraction(2, 3)}
VOTE_THRESHOLD_LABELS_VI = {"half": "≥ 50%", "two_thirds": "≥ 2/3"}


# ----------------------------------------------------------------------------- catalogs


def member_catalog_id(unit, setting: str = "auto") -> str:
    """Which member catalog a branch uses (unit setting ``member_criteria``, BRIEF §2.2(c)).

    "auto": a school branch with a grade (a pupils' branch) uses the student criteria."""
    if setting in MEMBER_CATALOGS:
        return setting
    if unit is not None and getattr(unit, "is_school", False) and unit.grade is not None:
        return STUDENT_CATALOG
    return GENERAL_CATALOG


def quality_groups(catalog: Catalog) -> list[Group]:
    return [g for g in catalog.groups if g.id != HARD_GROUP]


def statements(catalog: Catalog, group_id: str) -> list[Criterion]:
    return [c for c in catalog.criteria if c.group == group_id]


def hard_conditions(catalog: Catalog) -> list[Criterion]:
    return [c for c in catalog.criteria if c.group == HARD_GROUP]


# ----------------------------------------------------------------------------- hard conditions


@dataclass(frozen=True)
class MemberFacts:
    """What the app recorded about one member in the period (computed by the service)."""

    member_id: int
    incidents: int = 0
    volunteer_days: float = 0.0
    training_registered: bool = False
    ebook_issued: bool = False
    ecard_issued: bool = False
    residence_activity: bool = False
    share_requests_total: int = 0
    share_requests_joined: int = 0
    session_quarters_total: int = 0  # quarters of the period that had a thematic session
    session_quarters_attended: int = 0


@dataclass(frozen=True)
class ConditionResult:
    id: str
    title_vi: str
    met: bool
    blocking: bool
    value: str
    explanation_vi: str


def _fmt_days(x: float) -> str:
    return (f"{x:.1f}".rstrip("0").rstrip(".")).replace(".", ",")


def check_condition(c: Criterion, f: MemberFacts) -> ConditionResult:
    fact = c.params.get("fact")
    blocking = bool(c.params.get("blocking", True))
    if fact == "no_incident":
        met = f.incidents <= (c.threshold or 0)
        value = str(f.incidents)
        why = "Không có vi phạm trong năm" if met else f"Có {f.incidents} vụ việc (vi phạm/kỷ luật/ma túy) trong năm"
    elif fact == "volunteer_days":
        need = c.threshold if c.threshold is not None else 5
        met = f.volunteer_days + 1e-9 >= need
        value = _fmt_days(f.volunteer_days)
        why = (
            f"{value}/{_fmt_days(need)} ngày tình nguyện"
            if met
            else f"Mới có {value}/{_fmt_days(need)} ngày tình nguyện"
        )
    elif fact == "training_registered":
        met = f.training_registered
        value = "có" if met else "chưa"
        why = "Đã đăng ký Rèn luyện đoàn viên" if met else "Chưa đăng ký Rèn luyện đoàn viên"
    elif fact == "ebook_ecard":
        met = f.ebook_issued and f.ecard_issued
        value = "có" if met else "chưa"
        missing = [n for n, ok in (("sổ đoàn điện tử", f.ebook_issued), ("thẻ đoàn điện tử", f.ecard_issued)) if not ok]
        why = "Đã được cấp sổ và thẻ đoàn điện tử" if met else "Chưa được cấp " + " và ".join(missing)
    elif fact == "residence_activity":
        met = f.residence_activity
        value = "có" if met else "chưa"
        why = (
            "Có tham gia sinh hoạt Đoàn tại nơi cư trú"
            if met
            else "Chưa ghi nhận tham gia sinh hoạt Đoàn tại nơi cư trú"
        )
    elif fact == "share_requests":
        share = c.threshold if c.threshold is not None else 1.0
        total, joined = f.share_requests_total, f.share_requests_joined
        met = total == 0 or joined >= share * total - 1e-9
        value = f"{joined}/{total}"
        why = (
            "Không có yêu cầu chia sẻ trong năm"
            if total == 0
            else f"Tham gia {joined}/{total} yêu cầu chia sẻ thông tin tích cực"
        )
    elif fact == "thematic_sessions":
        total, att = f.session_quarters_total, f.session_quarters_attended
        met = att >= total
        value = f"{att}/{total}"
        why = (
            "Chưa có buổi sinh hoạt chuyên đề trong năm"
            if total == 0
            else f"Dự sinh hoạt chuyên đề {att}/{total} quý có tổ chức"
        )
    else:
        raise DomainError(
            f"Danh mục Đoàn viên XHCN: điều kiện “{c.id}” có dữ kiện “{fact}” không được hỗ trợ.", field=c.id
        )
    if not blocking:
        why += " (chỉ để tham khảo)"
    return ConditionResult(c.id, c.title_vi, met, blocking, value, why)


def check_conditions(catalog: Catalog, facts: MemberFacts) -> list[ConditionResult]:
    return [check_condition(c, facts) for c in hard_conditions(catalog)]


# ----------------------------------------------------------------------------- votes


@dataclass(frozen=True)
class Vote:
    votes_for: int
    votes_against: int
    votes_absent: int

    def validated(self) -> Vote:
        for name, v in (
            ("tán thành", self.votes_for),
            ("không tán thành", self.votes_against),
            ("vắng mặt", self.votes_absent),
        ):
            if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                raise DomainError(f"Số {name} phải là số nguyên không âm.", field="votes")
        if self.votes_for + self.votes_against + self.votes_absent == 0:
            raise DomainError("Biểu quyết phải có ít nhất một đoàn viên.", field="votes")
        return self

    def base(self, how: str = "all") -> int:
        present = self.votes_for + self.votes_against
        return present if how == "present" else present + self.votes_absent

    def share(self, how: str = "all") -> Fraction:
        b = self.base(how)
        return Fraction(self.votes_for, b) if b else Fraction(0)

    def passes(self, threshold: str = "half", how: str = "all") -> bool:
        """Exact rational comparison: 6 of 9 reaches 2/3, 4 of 8 reaches 50 %."""
        return self.base(how) > 0 and self.share(how) >= VOTE_THRESHOLDS[threshold]

    def summary_vi(self) -> str:
        return f"{self.votes_for} tán thành, {self.votes_against} không tán thành, {self.votes_absent} vắng"


# ----------------------------------------------------------------------------- member verdict


@dataclass(frozen=True)
class MemberVerdict:
    eligible: bool
    reasons_vi: tuple[str, ...] = ()  # what is missing, in the secretary's words
    conditions: tuple[ConditionResult, ...] = ()


def member_verdict(
    catalog: Catalog,
    facts: MemberFacts,
    results: dict[str, str] | None,
    vote: Vote | None,
    *,
    threshold: str = "half",
    base: str = "all",
) -> MemberVerdict:
    """Whether a member meets the rule of BRIEF §2.3 item 4 (see module docstring)."""
    conds = tuple(check_conditions(catalog, facts))
    reasons: list[str] = [c.explanation_vi for c in conds if c.blocking and not c.met]
    groups = quality_groups(catalog)
    if not results:
        reasons.append("Chưa tự đánh giá")
    else:
        missing = [g.id for g in groups if g.id not in results]
        failed = [g.id for g in groups if results.get(g.id) == CHUA_DAT]
        if missing:
            reasons.append("Chưa tự đánh giá nhóm " + ", ".join(missing))
        if failed:
            reasons.append("Tự đánh giá “Chưa đạt” nhóm " + ", ".join(failed))
    if vote is None:
        reasons.append("Chưa có kết quả biểu quyết của hội nghị chi đoàn")
    elif not vote.passes(threshold, base):
        share = vote.share(base)
        reasons.append(
            f"Biểu quyết chưa đạt {VOTE_THRESHOLD_LABELS_VI[threshold]}: "
            f"{vote.votes_for}/{vote.base(base)} tán thành ({float(share) * 100:.0f}%)".replace(".", ",")
        )
    return MemberVerdict(not reasons, tuple(reasons), conds)


def check_results(catalog: Catalog, results: dict[str, str]) -> dict[str, str]:
    """Validate a self-assessment: known groups, Đạt/Chưa đạt."""
    known = {g.id for g in quality_groups(catalog)}
    for gid, r in results.items():
        if gid not in known:
            raise DomainError(f"Nhóm “{gid}” không có trong bộ tiêu chí “{catalog.title_vi}”.", field=gid)
        if r not in RESULTS:
            raise DomainError(
                f"Kết quả nhóm {gid} phải là “dat” (Đạt) hoặc “chua_dat” (Chưa đạt), không phải “{r}”.", field=gid
            )
    return results


# ----------------------------------------------------------------------------- branch appraisal


def claim_from_status(status: str) -> str:
    """The branch's default claim for a criterion from the evaluation status."""
    if status == "met":
        return MET
    if status == "not_applicable":
        return NOT_APPLICABLE
    return NOT_MET


@dataclass(frozen=True)
class AppraisalOutcome:
    applicable: int
    met: int
    required: int
    recognisable: bool
    per_criterion: dict[str, str] = field(default_factory=dict)  # criterion -> appraised claim
    pending: tuple[str, ...] = ()  # criteria not yet appraised


def appraised_outcome(
    catalog: Catalog, claims: dict[str, str], appraisals: dict[str, bool], recognition: Recognition | None = None
) -> AppraisalOutcome:
    """Count criteria as the Đoàn cơ sở sees them: agree keeps the branch's claim, disagree flips
    met <-> not met. An unappraised criterion counts as claimed (and is listed as pending).
    ``recognition`` carries the unit settings ``recognition_rounding`` / ``recognition_counting``
    (BRIEF §1, Q2), as the evaluation uses them; default: the catalog's rule."""
    per: dict[str, str] = {}
    pending = []
    for c in catalog.criteria:
        claim = claims.get(c.id, NOT_MET)
        if c.id not in appraisals:
            pending.append(c.id)
            per[c.id] = claim
        elif appraisals[c.id] or claim == NOT_APPLICABLE:
            per[c.id] = claim
        else:
            per[c.id] = NOT_MET if claim == MET else MET
    applicable = sum(1 for v in per.values() if v != NOT_APPLICABLE)
    met = sum(1 for v in per.values() if v == MET)
    rec = recognition or catalog.recognition or Recognition(0.8, "ceil", "per_criterion", "")
    required = rec.required(applicable) if applicable else 0
    if rec.counting == "per_group":
        ok = applicable > 0
        for g in catalog.groups:
            ids = [c.id for c in catalog.criteria if c.group == g.id and per[c.id] != NOT_APPLICABLE]
            if ids and not rec.is_met(sum(1 for i in ids if per[i] == MET), len(ids)):
                ok = False
    else:
        ok = rec.is_met(met, applicable)
    return AppraisalOutcome(applicable, met, required, ok, per, tuple(pending))


def check_decision_number(number: str) -> str:
    n = " ".join((number or "").split())
    if not n:
        raise DomainError("Số quyết định không được để trống (ví dụ 15-QĐ/ĐTN).", field="decision_number")
    if len(n) > 60:
        raise DomainError("Số quyết định quá dài (tối đa 60 ký tự).", field="decision_number")
    return n
