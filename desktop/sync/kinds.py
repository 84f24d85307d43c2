"""The kinds of package that travel between units, their direction and what makes two packages
"the same submission" (so a newer version supersedes an older one).

BRIEF §4.3 lists who sends what to whom: a chi đoàn sends its registration, its quarterly
monitoring and its year-end result with the proposal for recognition to its Đoàn cơ sở; the Đoàn
cơ sở sends its aggregates (20/11 registration summary, 10/11 results summary) to the level above
and sends its appraisal and the recognition decision ("Quyết định công nhận", §3.1 step 3) back
down. A catalog update (new criteria version) also travels down. A receipt ("biên nhận") travels
either way and tells the sender what became of its packages.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n.markers import QT_TRANSLATE_NOOP

UP, DOWN, ANY = "up", "down", "any"


@dataclass(frozen=True)
class Kind:
    key: str
    direction: str  # up: child -> parent; down: parent -> child; any: either way
    title: str  # English source (context "PackageKind")
    title_vi: str
    schema_version: int = 1
    needs_pdf: bool = False  # a submission carries the PDF printed for it


KINDS: dict[str, Kind] = {
    k.key: k
    for k in [
        Kind(
            "enrolment", UP, QT_TRANSLATE_NOOP("PackageKind", "Enrolment (public key)"), "Đăng ký khóa (khóa công khai)"
        ),
        Kind(
            "registration",
            UP,
            QT_TRANSLATE_NOOP("PackageKind", "Registration"),
            "Đăng ký xây dựng Chi đoàn XHCN",
            needs_pdf=True,
        ),
        Kind(
            "quarterly",
            UP,
            QT_TRANSLATE_NOOP("PackageKind", "Quarterly progress"),
            "Báo cáo tiến độ quý",
            needs_pdf=True,
        ),
        Kind(
            "year-end",
            UP,
            QT_TRANSLATE_NOOP("PackageKind", "Year-end result and proposal"),
            "Kết quả cuối năm và đề nghị công nhận",
            needs_pdf=True,
        ),
        Kind(
            "summary",
            UP,
            QT_TRANSLATE_NOOP("PackageKind", "Summary of the branches"),
            "Báo cáo tổng hợp các chi đoàn",
            needs_pdf=True,
        ),
        Kind("appraisal", DOWN, QT_TRANSLATE_NOOP("PackageKind", "Appraisal"), "Kết quả thẩm định"),
        Kind("decision", DOWN, QT_TRANSLATE_NOOP("PackageKind", "Recognition decision"), "Quyết định công nhận"),
        Kind(
            "catalog", DOWN, QT_TRANSLATE_NOOP("PackageKind", "Criteria catalog update"), "Cập nhật danh mục tiêu chí"
        ),
        Kind("receipt", ANY, QT_TRANSLATE_NOOP("PackageKind", "Receipt"), "Biên nhận"),
        # issue 17 item 5: what else flows down from a parent to its branches
        Kind("return", DOWN, QT_TRANSLATE_NOOP("PackageKind", "Returned for correction"), "Trả lại để sửa"),
        Kind("reminder", DOWN, QT_TRANSLATE_NOOP("PackageKind", "Reminder to submit"), "Nhắc nộp"),
        Kind(
            "alert",
            DOWN,
            QT_TRANSLATE_NOOP("PackageKind", "Alert or share request"),
            "Cảnh báo, đề nghị chia sẻ thông tin",
        ),
        # issue 20 item 3: a commune Party committee's documents to the Party line's upper level
        Kind(
            "commune-report",
            UP,
            QT_TRANSLATE_NOOP("PackageKind", "Commune Party committee report"),
            "Báo cáo của Đảng ủy xã",
            needs_pdf=True,
        ),
        # issue 23: the level above approves or returns a Đoàn cơ sở's summary, with its reasons
        Kind(
            "approval",
            DOWN,
            QT_TRANSLATE_NOOP("PackageKind", "Summary approved or returned"),
            "Kết quả duyệt báo cáo tổng hợp",
        ),
    ]
}

# The first word of a file name, per kind (issue 23): what a person looking at a USB folder or a
# Zalo chat recognises ("Đăng ký", "Báo cáo quý 3", "Biên nhận", …), without diacritics, never an
# English word. desktop/services/exchange/sending.py builds the whole name from it.
FILE_WORDS = {
    "registration": "DangKy",
    "quarterly": "BaoCaoQuy",
    "year-end": "KetQuaNam",
    "summary": "TongHop",
    "appraisal": "ThamDinh",
    "decision": "QuyetDinh",
    "catalog": "DanhMucTieuChi",
    "return": "TraLaiDeSua",
    "reminder": "NhacNop",
    "alert": "ThongBao",
    "receipt": "BienNhan",
    "enrolment": "DangKyKhoa",
    "approval": "KetQuaDuyetTongHop",
    "commune-report": "BaoCaoDangUy",
}

UPWARD = tuple(k for k, v in KINDS.items() if v.direction == UP)
DOWNWARD = tuple(k for k, v in KINDS.items() if v.direction == DOWN)


def kind(key: str) -> Kind:
    return KINDS[key]


def subject_key(
    kind_key: str,
    *,
    campaign: str | None = None,
    period: str | None = None,
    quarter: int | None = None,
    extra: str | None = None,
) -> str:
    """What a newer version replaces: the same sender, recipient and subject.

    registration/chi-doan-xhcn/2026, quarterly/chi-doan-xhcn/2026/Q3, year-end/…/2026,
    summary/…/2026/registration, appraisal/…/2026, decision/…/2026, catalog/<id>,
    receipt/<package id>, enrolment; return/…/2026/registration (a newer return of the same
    submission replaces the older), reminder/…/2026/Q3/quarterly, alert/<alert id>;
    approval/…/2026/results (the newer verdict on a summary replaces the older).
    """
    parts = [kind_key]
    if kind_key == "enrolment":
        return kind_key
    if kind_key == "catalog":
        return f"catalog/{extra}"
    if kind_key == "receipt":
        return f"receipt/{extra}"
    if kind_key == "alert":
        return f"alert/{extra}"
    parts += [campaign or "-", period or "-"]
    if kind_key == "quarterly":
        parts.append(f"Q{quarter}")
    if extra:
        parts.append(extra)
    return "/".join(parts)
