"""A commune's places and people (issue 20 items 6-8; commune.py holds its logbook, recorded
values, programme and local models): its thôn / tổ dân phố and how a typed place is matched to
one, a hamlet's fact on a per-hamlet criterion, a line of a satisfaction survey's results, the
"Dân vận khéo" models, and how a typed name is tidied. Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import DomainError

HAMLET_KINDS: dict[str, str] = {"thon": "Thôn", "to-dan-pho": "Tổ dân phố", "khu-dan-cu": "Khu dân cư"}


# What a satisfaction survey asks about (BRIEF §4.2: the people's satisfaction is the yardstick).
# "phuc-vu": how the commune's government serves the people (Chính quyền thân thiện CQTT-2.6/2.7);
# "cuoc-song": satisfaction with life (Xã, phường hạnh phúc VM-17, XP-29, surveyed in Q IV).
SURVEY_TOPICS: dict[str, str] = {
    "phuc-vu": "Sự hài lòng về phục vụ của chính quyền",
    "cuoc-song": "Sự hài lòng đối với cuộc sống",
}


# Fields of a "Dân vận khéo" model (the four fields of mass mobilisation work).
DVK_FIELDS: dict[str, str] = {
    "kinh-te": "Kinh tế",
    "van-hoa-xa-hoi": "Văn hóa – xã hội",
    "quoc-phong-an-ninh": "Quốc phòng – an ninh",
    "xay-dung-he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
}


_SPACES = re.compile(r"\s+")


_HAMLET_PREFIXES = ("thôn ", "tổ dân phố ", "tdp ", "khu dân cư ", "khu ")


def commune_place(unit_name: str) -> str:
    """The place a commune's documents are dated at: "An Lão" for "Đảng ủy xã An Lão"."""
    name = re.sub(r"^\s*đảng\s+ủy\s+", "", unit_name, flags=re.IGNORECASE)
    name = re.sub(r"^(xã|phường|đặc khu|thị trấn)\s+", "", name, flags=re.IGNORECASE)
    return name.strip() or "Hải Phòng"


def clean_name(text: str) -> str:
    """A name as typed, tidied: NFC, spaces collapsed, no control characters."""
    import unicodedata

    text = unicodedata.normalize("NFC", str(text or ""))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return _SPACES.sub(" ", text).strip()


def hamlet_key(name: str) -> str:
    """The key two spellings of one hamlet share: "thôn Đông " = "Thôn  Đông" = "Thôn Đông"."""
    return clean_name(name).casefold()


@dataclass(frozen=True)
class Hamlet:
    id: int | None
    name: str
    kind: str = "thon"
    active: bool = True

    @property
    def label(self) -> str:
        return self.name

    def validated(self) -> Hamlet:
        name = clean_name(self.name)
        if not name:
            raise DomainError("Tên thôn, tổ dân phố không được để trống.", field="name")
        if len(name) > 200:
            raise DomainError(f"Tên “{name[:40]}…” quá dài (tối đa 200 ký tự).", field="name")
        if self.kind not in HAMLET_KINDS:
            raise DomainError(f"Loại “{self.kind}” không hợp lệ: thôn, tổ dân phố hoặc khu dân cư.", field="kind")
        return Hamlet(self.id, name, self.kind, self.active)


def hamlet_kind_of(text: str) -> str:
    """The kind written in a sheet ("Thôn", "TDP", "Tổ dân phố", "khu dân cư"), default thôn."""
    t = hamlet_key(text)
    if t in {"tdp", "tổ dân phố", "to dan pho", "to-dan-pho"}:
        return "to-dan-pho"
    if t in {"khu dân cư", "khu dan cu", "khu-dan-cu", "kdc"}:
        return "khu-dan-cu"
    return "thon"


def match_hamlet(text: str, hamlets: list[Hamlet]) -> Hamlet | None:
    """The hamlet a typed place names: the same name, or the same name without "Thôn"/"Tổ dân
    phố" in front ("Đông" = "Thôn Đông"); None when no single hamlet matches."""
    key = hamlet_key(text)
    if not key:
        return None
    exact = [h for h in hamlets if hamlet_key(h.name) == key]
    if len(exact) == 1:
        return exact[0]

    def bare(k: str) -> str:
        for p in _HAMLET_PREFIXES:
            if k.startswith(p):
                return k[len(p) :].strip()
        return k

    loose = [h for h in hamlets if bare(hamlet_key(h.name)) == bare(key)]
    return loose[0] if len(loose) == 1 else None


@dataclass(frozen=True)
class HamletFact:
    """Whether one hamlet meets one per-hamlet criterion ("100% thôn … có …") in a period."""

    campaign_id: str
    criterion_id: str
    period: str
    hamlet_id: int
    met: bool
    note: str = ""
    recorded_on: date | None = None
    author: str = ""


@dataclass(frozen=True)
class SurveyRow:
    """One line of a survey's results: the people asked and satisfied in a hamlet, for a question."""

    hamlet: str
    question: str
    asked: int
    satisfied: int

    def validated(self, where: str = "") -> SurveyRow:
        at = f"{where}: " if where else ""
        if self.asked < 0 or self.satisfied < 0:
            raise DomainError(f"{at}số người không được âm.", field="asked")
        if self.satisfied > self.asked:
            raise DomainError(
                f"{at}số người hài lòng ({self.satisfied}) lớn hơn số người được hỏi ({self.asked}).", field="satisfied"
            )
        return SurveyRow(clean_name(self.hamlet), clean_name(self.question), self.asked, self.satisfied)


@dataclass(frozen=True)
class DvkModel:
    """A "Dân vận khéo" model (BRIEF §5.6: every year each commune has one tied to its work)."""

    id: int | None
    name: str
    field: str
    owner: str
    started_on: date
    content: str = ""
    result: str = ""
    recognition: str = ""  # e.g. "Được Ban Thường vụ Thành ủy khen, 2026"; "" while not recognised

    def validated(self) -> DvkModel:
        name, owner = clean_name(self.name), clean_name(self.owner)
        if not name:
            raise DomainError("Mô hình “Dân vận khéo” phải có tên.", field="name")
        if not owner:
            raise DomainError(f"Mô hình “{name}” phải ghi người hoặc cơ quan phụ trách.", field="owner")
        if self.field not in DVK_FIELDS:
            raise DomainError(
                f"Lĩnh vực “{self.field}” không hợp lệ: chọn một trong " + ", ".join(DVK_FIELDS.values()) + ".",
                field="field",
            )
        return DvkModel(
            self.id,
            name,
            self.field,
            owner,
            self.started_on,
            self.content.strip(),
            self.result.strip(),
            clean_name(self.recognition),
        )
