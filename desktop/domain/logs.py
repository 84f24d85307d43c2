"""Step 2 "Theo dõi": the evidence logs behind the criteria (BRIEF §1 "Evidence a secretary
would record", issue 5 item 2).

One record type, ``LogEntry``, for every log; ``LOG_KINDS`` says which fields a kind uses and
which criterion it evidences. Volunteer activities and volunteer days (CD-2.2, CD-2.3, CD-3.6)
are kept by the volunteer area (db/repo/volunteer.py); the per-member flags (CD-3.3 – CD-3.5)
are on the member record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP
from desktop.domain.phrases import Words, phrase

INFORMATION = "information"  # CD-1.1
THEMATIC_SESSION = "thematic_session"  # CD-1.2
ALERT = "alert"  # CD-1.3
SHARE_REQUEST = "share_request"  # CD-1.4
INCIDENT = "incident"  # CD-2.1
WEEKLY_POST = "weekly_post"  # CD-2.4
MEETING = "meeting"  # CD-3.2
PARTY_INTRODUCTION = "party_introduction"  # CD-3.7

# CD-1.2: the three themes named in 001_9df586bd548f38af.txt:2971-2973.
THEMES = {
    "chinh-tri-tu-tuong": QT_TRANSLATE_NOOP("LogCategory", "Politics and ideology"),
    "dao-duc-loi-song": QT_TRANSLATE_NOOP("LogCategory", "Ethics and lifestyle"),
    "phap-luat": QT_TRANSLATE_NOOP("LogCategory", "Legal education"),
}
# CD-3.2: the three kinds of branch meeting (001_9df586bd548f38af.txt:2987-2989).
MEETING_KINDS = {
    "dinh-ky": QT_TRANSLATE_NOOP("LogCategory", "Regular branch meeting"),
    "chuyen-de": QT_TRANSLATE_NOOP("LogCategory", "Thematic meeting"),
    "chinh-tri": QT_TRANSLATE_NOOP("LogCategory", "Political meeting"),
}
# CD-2.1: the three incident kinds (001_9df586bd548f38af.txt:2976-2977).
INCIDENT_KINDS = {
    "vi-pham-phap-luat": QT_TRANSLATE_NOOP("LogCategory", "Law violation"),
    "ky-luat": QT_TRANSLATE_NOOP("LogCategory", "Disciplined"),
    "ma-tuy": QT_TRANSLATE_NOOP("LogCategory", "Illegal drug use"),
}


@dataclass(frozen=True)
class LogKind:
    key: str
    criterion: str
    title_vi: str
    title_en: str
    title_label_vi: str  # what the "title" field means for this kind
    categories: dict[str, str] | None = None  # key -> English, marked (category_words)
    category_required: bool = False
    uses_participants: bool = False
    uses_member: bool = False  # the record is about one member (incident, introduction)
    member_required: bool = False
    uses_channel: bool = False
    uses_ref_no: bool = False
    uses_counterpart: str | None = None  # label (vi) of the counterpart field, if used
    uses_received_on: bool = False
    uses_link: bool = False


LOG_KINDS: dict[str, LogKind] = {
    k.key: k
    for k in [
        LogKind(
            INFORMATION,
            "CD-1.1",
            "Cung cấp thông tin cho đoàn viên",
            QT_TRANSLATE_NOOP("LogKind", "Information given to members"),
            "Nội dung thông tin",
            uses_participants=True,
            uses_channel=True,
            uses_link=True,
        ),
        LogKind(
            THEMATIC_SESSION,
            "CD-1.2",
            "Buổi sinh hoạt chuyên đề",
            QT_TRANSLATE_NOOP("LogKind", "Thematic session"),
            "Tên chuyên đề",
            categories=THEMES,
            category_required=True,
            uses_participants=True,
        ),
        LogKind(
            ALERT,
            "CD-1.3",
            "Thông tin “xấu, độc” đã cảnh báo",
            QT_TRANSLATE_NOOP("LogKind", "Toxic-information alert relayed"),
            "Nội dung cảnh báo",
            uses_channel=True,
            uses_received_on=True,
            uses_counterpart="Nơi gửi cảnh báo",
            uses_link=True,
        ),
        LogKind(
            SHARE_REQUEST,
            "CD-1.4",
            "Yêu cầu chia sẻ thông tin tích cực",
            QT_TRANSLATE_NOOP("LogKind", "Request to share positive information"),
            "Chủ đề yêu cầu",
            uses_participants=True,
            uses_counterpart="Cấp yêu cầu",
            uses_link=True,
        ),
        LogKind(
            INCIDENT,
            "CD-2.1",
            "Vụ việc vi phạm",
            QT_TRANSLATE_NOOP("LogKind", "Incident"),
            "Tóm tắt vụ việc",
            categories=INCIDENT_KINDS,
            category_required=True,
            uses_member=True,
            member_required=True,
            uses_ref_no=True,
        ),
        LogKind(
            WEEKLY_POST,
            "CD-2.4",
            "Tấm gương người tốt, câu chuyện đẹp",
            QT_TRANSLATE_NOOP("LogKind", "Good example or good story"),
            "Người tốt / câu chuyện",
            uses_channel=True,
            uses_counterpart="Nơi (địa phương, đơn vị)",
            uses_link=True,
        ),
        LogKind(
            MEETING,
            "CD-3.2",
            "Buổi sinh hoạt chi đoàn",
            QT_TRANSLATE_NOOP("LogKind", "Branch meeting"),
            "Nội dung sinh hoạt",
            categories=MEETING_KINDS,
            category_required=True,
            uses_participants=True,
        ),
        LogKind(
            PARTY_INTRODUCTION,
            "CD-3.7",
            "Giới thiệu đoàn viên ưu tú cho Đảng",
            QT_TRANSLATE_NOOP("LogKind", "Member introduced to the Party"),
            "Ghi chú",
            uses_member=True,
            member_required=True,
            uses_ref_no=True,
            uses_counterpart="Chi bộ tiếp nhận",
        ),
    ]
}


@dataclass(frozen=True)
class LogEntry:
    """One evidence record. Unused fields stay None/empty for kinds that do not use them."""

    id: int | None
    unit_code: str
    kind: str
    on_date: date
    title: str
    description: str | None = None
    category: str | None = None  # theme (CD-1.2), meeting kind (CD-3.2), incident kind (CD-2.1)
    channel: str | None = None  # meeting, Zalo group, fanpage…
    member_id: int | None = None  # incident: the member; party introduction: the member introduced
    ref_no: str | None = None  # document number
    counterpart: str | None = None  # receiving chi bộ, issuing level, place
    received_on: date | None = None  # alert: date received from the upper level
    link: str | None = None
    participants: frozenset[int] = field(default_factory=frozenset)
    attachments: int = 0  # number of attached files (read side only)

    @property
    def spec(self) -> LogKind:
        return LOG_KINDS[self.kind]

    def validated(self) -> LogEntry:
        """A normalised copy, or DomainError naming the field that is wrong."""
        spec = LOG_KINDS.get(self.kind)
        if spec is None:
            raise DomainError(
                f"Loại sổ “{self.kind}” không hợp lệ (chọn một trong: " + ", ".join(LOG_KINDS) + ").", field="kind"
            )
        if not isinstance(self.on_date, date):
            raise DomainError("Ngày không hợp lệ.", field="on_date")
        title = " ".join((self.title or "").split())
        if not title:
            raise DomainError(f"{spec.title_vi}: “{spec.title_label_vi}” không được để trống.", field="title")
        if len(title) > 300:
            raise DomainError(f"{spec.title_vi}: “{spec.title_label_vi}” quá dài (tối đa 300 ký tự).", field="title")
        category = (self.category or "").strip() or None
        if spec.categories is not None:
            if category is None and spec.category_required:
                raise DomainError(
                    f"{spec.title_vi}: phải chọn "
                    + (
                        "chủ đề"
                        if spec.key == THEMATIC_SESSION
                        else "hình thức sinh hoạt"
                        if spec.key == MEETING
                        else "loại vụ việc"
                    )
                    + " ("
                    + ", ".join(spec.categories)
                    + ").",
                    field="category",
                )
            if category is not None and category not in spec.categories:
                raise DomainError(
                    f"{spec.title_vi}: “{category}” không hợp lệ, chọn một trong " + ", ".join(spec.categories) + ".",
                    field="category",
                )
        else:
            category = None
        if spec.member_required and self.member_id is None:
            raise DomainError(f"{spec.title_vi}: phải chọn đoàn viên.", field="member_id")
        if self.received_on is not None and self.received_on > self.on_date:
            raise DomainError("Ngày nhận cảnh báo không được sau ngày thông tin cho đoàn viên.", field="received_on")

        def clean(v):
            v = " ".join((v or "").split())
            return v or None

        return LogEntry(  # not dataclasses.replace: a Đoàn cơ sở's file holds 20,000 records
            self.id,
            self.unit_code,
            self.kind,
            self.on_date,
            title=title,
            category=category,
            description=(self.description or "").strip() or None,
            channel=clean(self.channel) if spec.uses_channel else None,
            member_id=self.member_id if spec.uses_member else None,
            ref_no=clean(self.ref_no) if spec.uses_ref_no else None,
            counterpart=clean(self.counterpart) if spec.uses_counterpart else None,
            received_on=self.received_on if spec.uses_received_on else None,
            link=clean(self.link) if spec.uses_link else None,
            participants=frozenset(self.participants) if spec.uses_participants else frozenset(),
            attachments=self.attachments,
        )


def category_words(kind: str, category: str | None) -> Words:
    """A record's theme, meeting kind or incident kind as a person reads it, put in a language with
    desktop.i18n.catalogue.say; an unknown category stays as it is."""
    spec = LOG_KINDS.get(kind)
    if not spec or not spec.categories or category not in spec.categories:
        return category or ""
    return phrase("LogCategory", spec.categories[category])


def kind_for_criterion(criterion_id: str) -> str | None:
    for k in LOG_KINDS.values():
        if k.criterion == criterion_id:
            return k.key
    return None
