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
    "ref": (
        QT_TRANSLATE_NOOP("PersonalData", "Member reference (an opaque code, not an ID number)"),
        "Mã tham chiếu đoàn viên (mã ẩn danh, không phải số định danh)",
    ),
    "full_name": (QT_TRANSLATE_NOOP("PersonalData", "Full name"), "Họ và tên"),
    "votes_for": (QT_TRANSLATE_NOOP("PersonalData", "Votes for (branch meeting)"), "Số phiếu tán thành (họp chi đoàn)"),
    "votes_against": (QT_TRANSLATE_NOOP("PersonalData", "Votes against"), "Số phiếu không tán thành"),
    "votes_absent": (QT_TRANSLATE_NOOP("PersonalData", "Absent at the vote"), "Số vắng mặt khi biểu quyết"),
    "volunteer_days": (
        QT_TRANSLATE_NOOP("PersonalData", "Volunteer days in the year"),
        "Số ngày tình nguyện trong năm",
    ),
    "conditions_met": (
        QT_TRANSLATE_NOOP("PersonalData", "Hard conditions met (yes/no)"),
        "Đạt các điều kiện bắt buộc (có/không)",
    ),
    "groups_met": (QT_TRANSLATE_NOOP("PersonalData", "Quality groups rated “Đạt”"), "Số nhóm phẩm chất đạt"),
    "recognised": (
        QT_TRANSLATE_NOOP("PersonalData", "Recognised as Đoàn viên XHCN (yes/no)"),
        "Được công nhận Đoàn viên XHCN (có/không)",
    ),
}

# Which member fields each kind may carry (a subset of MEMBER_FIELDS).
FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "registration": ("ref", "full_name"),
    "quarterly": (),
    "year-end": (
        "ref",
        "full_name",
        "votes_for",
        "votes_against",
        "votes_absent",
        "volunteer_days",
        "conditions_met",
        "groups_met",
    ),
    "summary": (),
    "commune-report": (),
    "appraisal": ("ref", "full_name", "recognised"),
    "decision": ("ref", "full_name", "recognised"),
    "catalog": (),
    "receipt": (),
    "enrolment": (),
    "approval": (),
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
    """Vietnamese labels, data fields first (in MEMBER_FIELDS order), then the record's, then the
    documents' ("Hồ sơ chi đoàn: …", "Văn bản PDF: …")."""
    wanted = set(fields)
    out = [label for f, (_en, label) in MEMBER_FIELDS.items() if f in wanted]
    rest = sorted(wanted - set(MEMBER_FIELDS), key=lambda f: (f.startswith("pdf."), f))
    return out + [label_vi(f) for f in rest]


# The branch's whole record (interchange format, resources/schemas/unit-data.schema.json) travels
# with its registration and year-end result so that the Đoàn cơ sở can appraise, print its
# summaries and decide from the same data the branch sees. Its members keep only what the
# evaluation of the criteria needs: the name, the membership history (member base), and the
# CD-3.3 – CD-3.5 flags. Party membership is reduced to the unit flag "all members are Party
# members" (the CD-3.7 exemption), never sent per person.
RECORD_MEMBER_FIELDS: tuple[str, ...] = (
    "id",
    "full_name",
    "history",
    "training_registered",
    "training_registered_on",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
    "erased",
)
RECORD_DROPPED: tuple[str, ...] = (
    "attachments",  # evidence files travel only when the user adds them
    "signers",  # who signs the branch's papers: not the upper level's business (printed on the papers sent)
    "member_appraisals",  # the upper level's own decisions, never taken back from a branch
    "member_facts",  # earlier periods' facts with the e-book and e-card numbers: the ticks go up
)
RECORD_FIELD_LABELS_VI: dict[str, str] = {
    "full_name": "Họ và tên",
    "history": "Ngày vào, chuyển đến, chuyển đi (tính số đoàn viên)",
    "training_registered_on": "Ngày đăng ký Rèn luyện đoàn viên (CD-3.4)",
    "ebook_issued": "Đã cấp sổ đoàn điện tử (CD-3.5)",
    "ecard_issued": "Đã cấp thẻ đoàn điện tử (CD-3.5)",
    "residence_activity": "Sinh hoạt nơi cư trú (CD-3.3)",
}


def minimise_record(doc: dict) -> dict:
    """A copy of an interchange document with every member reduced to RECORD_MEMBER_FIELDS."""
    out = {k: v for k, v in doc.items() if k not in RECORD_DROPPED and k != "branches"}
    members = doc.get("members") or []
    active = [
        m
        for m in members
        if not m.get("erased") and (m.get("history") or [{}])[-1].get("kind") in ("joined", "transferred_in")
    ]
    unit = dict(doc.get("unit") or {})
    if active and all(m.get("is_party_member") for m in active):
        unit["all_party_members"] = True
    out["unit"] = unit
    out["members"] = [{k: m[k] for k in RECORD_MEMBER_FIELDS if k in m} for m in members]
    return out


def record_fields_vi() -> list[str]:
    return [RECORD_FIELD_LABELS_VI[f] for f in RECORD_MEMBER_FIELDS if f in RECORD_FIELD_LABELS_VI]


# ------------------------------------------------------------------ what a package declares
# The documents printed for a submission are the official forms: the registration list and the
# proposal list show, per member, the year (or date) of birth, the gender and, on the
# registration, Party membership (desktop/reports/builders/registration.py, year_end.py); the
# recognition decision's annex names the recognised members with year of birth and gender.
PDF_FIELDS_BY_KIND: dict[str, tuple[str, ...]] = {
    "registration": ("full_name", "date_of_birth", "gender", "is_party_member"),
    "year-end": ("full_name", "date_of_birth", "gender", "volunteer_days", "votes_for"),
    "decision": ("full_name", "date_of_birth", "gender"),  # the decision's annex of recognised members
}
EXTRA_LABELS_VI: dict[str, str] = {
    "date_of_birth": "Ngày hoặc năm sinh",
    "gender": "Giới tính",
    "is_party_member": "Là đảng viên",
    "id": "Mã đoàn viên trong hồ sơ",
    "training_registered": "Đăng ký Rèn luyện đoàn viên (CD-3.4)",
    "erased": "Đã xóa theo yêu cầu",
    "phone": "Số điện thoại",
    "id_number": "Số định danh cá nhân (CCCD)",
    "residence": "Nơi cư trú",
    "union_card_no": "Số thẻ đoàn viên",
    "party_join_date": "Ngày vào Đảng",
    "union_join_date": "Ngày vào Đoàn",
    "notes": "Ghi chú về đoàn viên",
    "dob_year_only": "Chỉ ghi năm sinh",
    "short_name": "Tên viết tắt của đoàn viên (ví dụ N. V. An), theo từng chi đoàn",
}


def _member_lists(kind: str, data: dict) -> list[list]:
    lists = []
    if isinstance(data.get("members"), list):
        lists.append(data["members"])
    prop = data.get("proposal")
    if kind == "year-end" and isinstance(prop, dict) and isinstance(prop.get("members"), list):
        lists.append(prop["members"])
    return lists


def personal_fields_of(kind: str, data: dict, *, with_documents: bool) -> list[str]:
    """Exactly the personal fields a package carries: member fields in the data ("full_name"),
    in the branch's record ("record.full_name") and in the attached documents ("pdf.full_name")."""
    out: set[str] = set()
    if isinstance(data, dict):
        for lst in _member_lists(kind, data):
            for m in lst:
                if isinstance(m, dict):
                    out.update(k for k, v in m.items() if v is not None)
        rec = data.get("record")
        if isinstance(rec, dict):
            for m in rec.get("members") or []:
                if isinstance(m, dict):
                    out.update(f"record.{k}" for k in m)
        # A summary's branch records name members by short name only (services/exchange/branch_record.py).
        for b in data.get("branches") or [] if kind == "summary" else []:
            r = b.get("record") if isinstance(b, dict) else None
            if isinstance(r, dict) and (
                r.get("recognised_names")
                or any(isinstance(c, dict) and c.get("members") for c in r.get("criteria") or [])
            ):
                out.add("short_name")
                break
    if with_documents:
        out.update(f"pdf.{f}" for f in PDF_FIELDS_BY_KIND.get(kind, ()))
    return sorted(out)


def label_vi(field: str) -> str:
    where, _, name = field.rpartition(".")
    text = (
        MEMBER_FIELDS.get(name, (None, None))[1]
        or RECORD_FIELD_LABELS_VI.get(name)
        or EXTRA_LABELS_VI.get(name)
        or f"trường “{name[:40]}”"
    )
    if where == "record":
        return f"Hồ sơ chi đoàn: {text}"
    if where == "pdf":
        return f"Văn bản PDF: {text}"
    return text


def minimise_received(kind: str, data: dict) -> tuple[dict, list[str]]:
    """What a receiver keeps of a package's data: the same rules as the sender (FIELDS_BY_KIND for
    the member lists, RECORD_MEMBER_FIELDS for the record's members, no nested branches), so a
    package from a careless or altered sender never stores phone numbers or dates of birth here.
    Returns the kept data and the Vietnamese labels of what was dropped."""
    if not isinstance(data, dict):
        return data, []
    dropped: set[str] = set()
    out = dict(data)
    allowed = set(FIELDS_BY_KIND.get(kind, ()))
    for key in ("members",):
        if isinstance(out.get(key), list):
            out[key] = [_keep(m, allowed, dropped) for m in out[key]]
    prop = out.get("proposal")
    if kind == "year-end" and isinstance(prop, dict) and isinstance(prop.get("members"), list):
        out["proposal"] = dict(prop, members=[_keep(m, allowed, dropped) for m in prop["members"]])
    rec = out.get("record")
    if isinstance(rec, dict):
        rec = dict(rec)
        if "branches" in rec:
            rec.pop("branches")
            dropped.add("branches")
        if isinstance(rec.get("members"), list):
            inner: set[str] = set()
            rec["members"] = [_keep(m, set(RECORD_MEMBER_FIELDS), inner) for m in rec["members"]]
            dropped.update(f"record.{f}" for f in inner)
        out["record"] = rec
    labels = [label_vi(f) if f != "branches" else "hồ sơ của các chi đoàn khác" for f in sorted(dropped)]
    return out, labels


def _keep(member, allowed: set[str], dropped: set[str]):
    if not isinstance(member, dict):
        return member
    extra = set(member) - allowed
    dropped.update(extra)
    return {k: v for k, v in member.items() if k in allowed}
