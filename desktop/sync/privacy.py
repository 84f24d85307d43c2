"""Personal data minimisation: the ONE place that says which member fields leave this computer.

Members' records hold dates of birth, ID numbers, phone numbers, addresses and Party membership,
and many members are minors (issue 8, item 6). The upper level needs none of that to follow the
campaign: it needs to know WHO registered or is proposed (the name, to print on its decision) and
the facts it decides on (votes, volunteer days, whether the hard conditions hold). So a package
carries, for each member, exactly the fields below and nothing else; the JSON Schemas in
resources/schemas/ forbid any other member field (``additionalProperties: false``), so a package
that carried more would be refused by the receiver, and the package preview lists these fields.

Never sent: date_of_birth, gender, phone, id_number, union_card_no, is_party_member,
party_join_date, residence, notes, union_join_date.
"""

from __future__ import annotations

import hashlib

from desktop.i18n.markers import QT_TRANSLATE_NOOP

# field -> (English label for the preview, Vietnamese label)
MEMBER_FIELDS: dict[str, tuple[str, str]] = {
    "ref": (QT_TRANSLATE_NOOP("PersonalData", "Member reference (an opaque code, not an ID number)"),
            "Mã tham chiếu đoàn viên (mã ẩn danh, không phải số định danh)"),
    "full_name": (QT_TRANSLATE_NOOP("PersonalData", "Full name"), "Họ và tên"),
    "votes_for": (QT_TRANSLATE_NOOP("PersonalData", "Votes for (branch meeting)"),
                  "Số phiếu tán thành (họp chi đoàn)"),
    "votes_against": (QT_TRANSLATE_NOOP("PersonalData", "Votes against"), "Số phiếu không tán thành"),
    "votes_absent": (QT_TRANSLATE_NOOP("PersonalData", "Absent at the vote"), "Số vắng mặt khi biểu quyết"),
    "volunteer_days": (QT_TRANSLATE_NOOP("PersonalData", "Volunteer days in the year"),
                       "Số ngày tình nguyện trong năm"),
    "conditions_met": (QT_TRANSLATE_NOOP("PersonalData", "Hard conditions met (yes/no)"),
                       "Đạt các điều kiện bắt buộc (có/không)"),
    "groups_met": (QT_TRANSLATE_NOOP("PersonalData", "Quality groups rated “Đạt”"),
                   "Số nhóm phẩm chất đạt"),
    "recognised": (QT_TRANSLATE_NOOP("PersonalData", "Recognised as Đoàn viên XHCN (yes/no)"),
                   "Được công nhận Đoàn viên XHCN (có/không)"),
}

# Which member fields each kind may carry (a subset of MEMBER_FIELDS).
FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "registration": ("ref", "full_name"),
    "quarterly": (),
    "year-end": ("ref", "full_name", "votes_for", "votes_against", "votes_absent", "volunteer_days",
                 "conditions_met", "groups_met"),
    "summary": (),
    "appraisal": ("ref", "full_name", "recognised"),
    "decision": ("ref", "full_name", "recognised"),
    "catalog": (),
    "receipt": (),
    "enrolment": (),
}


def member_ref(unit_code: str, member_id) -> str:
    """A stable code for a member that reveals nothing (not derived from personal data)."""
    return "m-" + hashlib.sha256(f"{unit_code}\x1f{member_id}".encode()).hexdigest()[:16]


def minimise(kind: str, member: dict) -> dict:
    """Keep only the fields ``kind`` may carry; drop empty values."""
    allowed = FIELDS_BY_KIND.get(kind, ())
    return {k: member[k] for k in allowed if k in member and member[k] is not None}


def fields_sent(kind: str) -> list[str]:
    return list(FIELDS_BY_KIND.get(kind, ()))


def labels_vi(fields) -> list[str]:
    wanted = set(fields)
    return [label for f, (_en, label) in MEMBER_FIELDS.items() if f in wanted]


# The branch's whole record (interchange format, resources/schemas/unit-data.schema.json) travels
# with its registration and year-end result so that the Đoàn cơ sở can appraise, print its
# summaries and decide from the same data the branch sees. Its members keep only what the
# evaluation of the criteria needs: the name, the membership history (member base), and the
# CD-3.3 – CD-3.5 flags. Party membership is reduced to the unit flag "all members are Party
# members" (the CD-3.7 exemption), never sent per person.
RECORD_MEMBER_FIELDS: tuple[str, ...] = ("id", "full_name", "history", "training_registered",
                                         "training_registered_on", "ebook_issued", "ecard_issued",
                                         "residence_activity", "erased")
RECORD_DROPPED: tuple[str, ...] = ("attachments",)  # evidence files travel only when the user adds them
RECORD_FIELD_LABELS_VI: dict[str, str] = {
    "full_name": "Họ và tên", "history": "Ngày vào, chuyển đến, chuyển đi (tính số đoàn viên)",
    "training_registered_on": "Ngày đăng ký Rèn luyện đoàn viên (CD-3.4)",
    "ebook_issued": "Đã cấp sổ đoàn điện tử (CD-3.5)", "ecard_issued": "Đã cấp thẻ đoàn điện tử (CD-3.5)",
    "residence_activity": "Sinh hoạt nơi cư trú (CD-3.3)",
}


def minimise_record(doc: dict) -> dict:
    """A copy of an interchange document with every member reduced to RECORD_MEMBER_FIELDS."""
    out = {k: v for k, v in doc.items() if k not in RECORD_DROPPED and k != "branches"}
    members = doc.get("members") or []
    active = [m for m in members if not m.get("erased")
              and (m.get("history") or [{}])[-1].get("kind") in ("joined", "transferred_in")]
    unit = dict(doc.get("unit") or {})
    if active and all(m.get("is_party_member") for m in active):
        unit["all_party_members"] = True
    out["unit"] = unit
    out["members"] = [{k: m[k] for k in RECORD_MEMBER_FIELDS if k in m} for m in members]
    return out


def record_fields_vi() -> list[str]:
    return [RECORD_FIELD_LABELS_VI[f] for f in RECORD_MEMBER_FIELDS if f in RECORD_FIELD_LABELS_VI]
