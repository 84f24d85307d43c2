"""Reading, checking and exporting the audit trail (issue 8 §5).

The history of a member, an activity or a criterion: who, when, what, and the values before
and after. Other screens open it with ``env.navigate("history", kind="member", subject=42)``
(kinds: "member", "activity", "criterion", or an entity name such as "unit").

This module holds the words of the trail (actions, entities, fields, values); reading it:
audit_reading.py; checking the chain: audit_chain.py; exporting: audit_export.py.

Longer than 500 lines on purpose: about half of it is the tables of words (actions, entities,
fields, values), which read best whole; the rest is the entry that turns a recorded change into
those words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from db import audit as audit_db
from desktop.domain.bilingual import catalog_text
from desktop.domain.commune import LOG_KINDS
from desktop.domain.members import EVENT_LABELS
from desktop.domain.phrases import CatalogText, Joined, Phrase, phrase
from desktop.domain.units import BranchType, UnitKind
from desktop.sync.kinds import KINDS as PACKAGE_KINDS
from desktop.i18n.catalogue import texts
from desktop.i18n.formatting import format_number
from desktop.i18n.markers import QT_TRANSLATE_NOOP
from desktop.services.safety.privacy import PERSONAL_FIELDS

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Restored"),
    "submit": QT_TRANSLATE_NOOP("AuditAction", "Submitted"),
    "withdraw": QT_TRANSLATE_NOOP("AuditAction", "Withdrawn"),
    "recognise": QT_TRANSLATE_NOOP("AuditAction", "Recognised"),
    "recover": QT_TRANSLATE_NOOP("AuditAction", "Password reset with recovery code"),
    audit_db.ERASE_ACTION: QT_TRANSLATE_NOOP("AuditAction", "Personal data erased"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "Imported"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Printed or issued"),
    "invite": QT_TRANSLATE_NOOP("AuditAction", "Invitation made"),
    "join": QT_TRANSLATE_NOOP("AuditAction", "Connected to the upper level"),
    "receive": QT_TRANSLATE_NOOP("AuditAction", "Package received"),
    "receipt": QT_TRANSLATE_NOOP("AuditAction", "Receipt"),
    "deliver": QT_TRANSLATE_NOOP("AuditAction", "Package sent"),
    "confirm": QT_TRANSLATE_NOOP("AuditAction", "Confirmed"),
    "dismiss": QT_TRANSLATE_NOOP("AuditAction", "Dismissed"),
    "return": QT_TRANSLATE_NOOP("AuditAction", "Returned for correction"),
    "revoke": QT_TRANSLATE_NOOP("AuditAction", "Revoked"),
    "rotate": QT_TRANSLATE_NOOP("AuditAction", "Key changed"),
    "apply_record": QT_TRANSLATE_NOOP("AuditAction", "Updated from a received record"),
    "version": QT_TRANSLATE_NOOP("AuditAction", "New version"),
    # a summary approved or returned by the upper level; a unit's key changed or replaced (enrolment)
    "approved": QT_TRANSLATE_NOOP("AuditAction", "Approved"),
    "returned": QT_TRANSLATE_NOOP("AuditAction", "Returned for correction"),
    "rotated": QT_TRANSLATE_NOOP("AuditAction", "Key changed"),
    "replaced": QT_TRANSLATE_NOOP("AuditAction", "Key replaced"),
}

_JOINED_BELOW = QT_TRANSLATE_NOOP("AuditAction", "A unit below connected")

# The second part of "receive:accepted", "deliver:file": what happened to the package, how it went.
ACTION_DETAILS = {
    "accepted": QT_TRANSLATE_NOOP("AuditAction", "accepted"),
    "held": QT_TRANSLATE_NOOP("AuditAction", "held for a look"),
    "rejected": QT_TRANSLATE_NOOP("AuditAction", "refused"),
    "duplicate": QT_TRANSLATE_NOOP("AuditAction", "already received"),
    "superseded": QT_TRANSLATE_NOOP("AuditAction", "a newer version is here"),
    "released": QT_TRANSLATE_NOOP("AuditAction", "let in"),
    "file": QT_TRANSLATE_NOOP("AuditAction", "as a file"),
    "hub": QT_TRANSLATE_NOOP("AuditAction", "online"),
}

ENTITIES = {
    "member": QT_TRANSLATE_NOOP("AuditEntity", "Member"),
    "membership_event": QT_TRANSLATE_NOOP("AuditEntity", "Membership change"),
    "volunteer_activity": QT_TRANSLATE_NOOP("AuditEntity", "Volunteer activity"),
    "cycle_log": QT_TRANSLATE_NOOP("AuditEntity", "Evidence record"),
    "judgement": QT_TRANSLATE_NOOP("AuditEntity", "Judgement"),
    "registration": QT_TRANSLATE_NOOP("AuditEntity", "Registration"),
    "unit": QT_TRANSLATE_NOOP("AuditEntity", "Unit"),
    "setting": QT_TRANSLATE_NOOP("AuditEntity", "Setting"),
    "user": QT_TRANSLATE_NOOP("AuditEntity", "Account"),
    "recovery_code": QT_TRANSLATE_NOOP("AuditEntity", "Recovery code"),
    "attachment": QT_TRANSLATE_NOOP("AuditEntity", "Attachment"),
    "member_assessment": QT_TRANSLATE_NOOP("AuditEntity", "Member assessment"),
    "member_recognition": QT_TRANSLATE_NOOP("AuditEntity", "Member recognition"),
    "branch_recognition": QT_TRANSLATE_NOOP("AuditEntity", "Branch recognition"),
    "branch_proposal": QT_TRANSLATE_NOOP("AuditEntity", "Recognition proposal"),
    "branch_appraisal": QT_TRANSLATE_NOOP("AuditEntity", "Appraisal"),
    "member_vote": QT_TRANSLATE_NOOP("AuditEntity", "Member vote"),
    "member_proposals": QT_TRANSLATE_NOOP("AuditEntity", "Member proposals"),
    "document": QT_TRANSLATE_NOOP("AuditEntity", "Document"),
    "demo_data": QT_TRANSLATE_NOOP("AuditEntity", "Demo data"),
    "commune_log": QT_TRANSLATE_NOOP("AuditEntity", "Commune record"),
    "commune_model": QT_TRANSLATE_NOOP("AuditEntity", "Emulation model"),
    "commune_task": QT_TRANSLATE_NOOP("AuditEntity", "Task"),
    "commune_value": QT_TRANSLATE_NOOP("AuditEntity", "Model figure"),
    "document_counter": QT_TRANSLATE_NOOP("AuditEntity", "Document register"),
    "outbox_item": QT_TRANSLATE_NOOP("AuditEntity", "Outgoing package"),
    "received_package": QT_TRANSLATE_NOOP("AuditEntity", "Received package"),
    "recognition_decision": QT_TRANSLATE_NOOP("AuditEntity", "Recognition decision"),
    "sync_enrolment": QT_TRANSLATE_NOOP("AuditEntity", "Sync enrolment"),
    "sync_key": QT_TRANSLATE_NOOP("AuditEntity", "Signing key"),
    "unit_data": QT_TRANSLATE_NOOP("AuditEntity", "Unit data"),
    "commune_registration": QT_TRANSLATE_NOOP("AuditEntity", "Model registration"),
    "commune_dvk": QT_TRANSLATE_NOOP("AuditEntity", "Dân vận khéo model"),
    "commune_hamlet": QT_TRANSLATE_NOOP("AuditEntity", "Hamlet"),
    "commune_hamlet_fact": QT_TRANSLATE_NOOP("AuditEntity", "Per-hamlet figure"),
    "commune_review_text": QT_TRANSLATE_NOOP("AuditEntity", "Review texts"),
    "sync_invitation": QT_TRANSLATE_NOOP("AuditEntity", "Invitation"),
    "unit_key": QT_TRANSLATE_NOOP("AuditEntity", "Unit key"),
    "member_appraisal": QT_TRANSLATE_NOOP("AuditEntity", "Member appraisal"),
    "summary": QT_TRANSLATE_NOOP("AuditEntity", "Summary report"),
}

# What each recorded field is called on screen and in exports (issue 19 item 3: never the field
# name). A field missing here shows as "Chi tiết khác" rather than its name.
FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("AuditField", "Full name"),
    "date_of_birth": QT_TRANSLATE_NOOP("AuditField", "Date of birth"),
    "dob_year_only": QT_TRANSLATE_NOOP("AuditField", "Year of birth only"),
    "gender": QT_TRANSLATE_NOOP("AuditField", "Gender"),
    "phone": QT_TRANSLATE_NOOP("AuditField", "Phone"),
    "id_number": QT_TRANSLATE_NOOP("AuditField", "ID number"),
    "union_join_date": QT_TRANSLATE_NOOP("AuditField", "Union join date"),
    "union_card_no": QT_TRANSLATE_NOOP("AuditField", "Union card no."),
    "is_party_member": QT_TRANSLATE_NOOP("AuditField", "Party member"),
    "party_join_date": QT_TRANSLATE_NOOP("AuditField", "Party join date"),
    "residence": QT_TRANSLATE_NOOP("AuditField", "Residence"),
    "training_registered": QT_TRANSLATE_NOOP("AuditField", "Self-training registered (CD-3.4)"),
    "training_registered_on": QT_TRANSLATE_NOOP("AuditField", "Self-training registered on (CD-3.4)"),
    "ebook_issued": QT_TRANSLATE_NOOP("AuditField", "E-book issued (CD-3.5)"),
    "ecard_issued": QT_TRANSLATE_NOOP("AuditField", "E-card issued (CD-3.5)"),
    "ebook_no": QT_TRANSLATE_NOOP("AuditField", "E-book number"),
    "ecard_no": QT_TRANSLATE_NOOP("AuditField", "E-card number"),
    "residence_activity": QT_TRANSLATE_NOOP("AuditField", "Activity where they live (CD-3.3)"),
    "notes": QT_TRANSLATE_NOOP("AuditField", "Notes"),
    "note": QT_TRANSLATE_NOOP("AuditField", "Note"),
    "erased": QT_TRANSLATE_NOOP("AuditField", "Erased"),
    "unit_code": QT_TRANSLATE_NOOP("AuditField", "Unit"),
    "unit": QT_TRANSLATE_NOOP("AuditField", "Unit"),
    "id": QT_TRANSLATE_NOOP("AuditField", "Record number"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "on_date": QT_TRANSLATE_NOOP("AuditField", "Date"),
    "title": QT_TRANSLATE_NOOP("AuditField", "Title"),
    "category": QT_TRANSLATE_NOOP("AuditField", "Category"),
    "channel": QT_TRANSLATE_NOOP("AuditField", "Channel"),
    "counterpart": QT_TRANSLATE_NOOP("AuditField", "Counterpart"),
    "member_id": QT_TRANSLATE_NOOP("AuditField", "Member"),
    "participants": QT_TRANSLATE_NOOP("AuditField", "Participants"),
    "received_on": QT_TRANSLATE_NOOP("AuditField", "Received on"),
    "ref_no": QT_TRANSLATE_NOOP("AuditField", "Reference no."),
    "author": QT_TRANSLATE_NOOP("AuditField", "Judged by"),
    "campaign": QT_TRANSLATE_NOOP("AuditField", "Campaign"),
    "criterion_id": QT_TRANSLATE_NOOP("AuditField", "Criterion"),
    "judged_on": QT_TRANSLATE_NOOP("AuditField", "Judged on"),
    "period": QT_TRANSLATE_NOOP("AuditField", "Period"),
    "period_label": QT_TRANSLATE_NOOP("AuditField", "Period"),
    "verdict": QT_TRANSLATE_NOOP("AuditField", "Verdict"),
    "catalog": QT_TRANSLATE_NOOP("AuditField", "Criteria set"),
    "items": QT_TRANSLATE_NOOP("AuditField", "Items"),
    "date": QT_TRANSLATE_NOOP("AuditField", "Date"),
    "issuer": QT_TRANSLATE_NOOP("AuditField", "Issued by"),
    "number": QT_TRANSLATE_NOOP("AuditField", "Number"),
    "absent": QT_TRANSLATE_NOOP("AuditField", "Absent"),
    "against": QT_TRANSLATE_NOOP("AuditField", "Against"),
    "for": QT_TRANSLATE_NOOP("AuditField", "For"),
    "meeting_date": QT_TRANSLATE_NOOP("AuditField", "Meeting date"),
    "deadline": QT_TRANSLATE_NOOP("AuditField", "Deadline"),
    "late": QT_TRANSLATE_NOOP("AuditField", "Late"),
    "members": QT_TRANSLATE_NOOP("AuditField", "Members"),
    "status": QT_TRANSLATE_NOOP("AuditField", "Status"),
    "submitted_on": QT_TRANSLATE_NOOP("AuditField", "Submitted on"),
    "submitted": QT_TRANSLATE_NOOP("AuditField", "Submitted"),
    "version": QT_TRANSLATE_NOOP("AuditField", "Version"),
    "claims": QT_TRANSLATE_NOOP("AuditField", "Claims"),
    "document_number": QT_TRANSLATE_NOOP("AuditField", "Document number"),
    "proposes_recognition": QT_TRANSLATE_NOOP("AuditField", "Proposes recognition"),
    "self_assessment": QT_TRANSLATE_NOOP("AuditField", "Self-assessment"),
    "all_party_members": QT_TRANSLATE_NOOP("AuditField", "All Party members"),
    "branch_type": QT_TRANSLATE_NOOP("AuditField", "Branch type"),
    "code": QT_TRANSLATE_NOOP("AuditField", "Unit code"),
    "grade": QT_TRANSLATE_NOOP("AuditField", "Grade"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "parent_code": QT_TRANSLATE_NOOP("AuditField", "Upper level"),
    "confirmed_by": QT_TRANSLATE_NOOP("AuditField", "Confirmed by"),
    "dates": QT_TRANSLATE_NOOP("AuditField", "Dates"),
    "days": QT_TRANSLATE_NOOP("AuditField", "Days"),
    "deleted": QT_TRANSLATE_NOOP("AuditField", "Deleted"),
    "focus": QT_TRANSLATE_NOOP("AuditField", "Focus"),
    "guests": QT_TRANSLATE_NOOP("AuditField", "Guests"),
    "level": QT_TRANSLATE_NOOP("AuditField", "Level"),
    "overlap_confirmed_ids": QT_TRANSLATE_NOOP("AuditField", "Overlaps confirmed"),
    "participant_ids": QT_TRANSLATE_NOOP("AuditField", "Participants"),
    "place": QT_TRANSLATE_NOOP("AuditField", "Place"),
    "value": QT_TRANSLATE_NOOP("AuditField", "Value"),
    "role": QT_TRANSLATE_NOOP("AuditField", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditField", "Active"),
    "reason": QT_TRANSLATE_NOOP("AuditField", "Reason"),
    # a package sent or received, a key (issue 20: history in words)
    "recipient_code": QT_TRANSLATE_NOOP("AuditField", "Sent to"),
    "model": QT_TRANSLATE_NOOP("AuditField", "Model"),  # a commune's model (its "campaign" or "catalog")
    "subject": QT_TRANSLATE_NOOP("AuditField", "Package contents"),
    "sha256": QT_TRANSLATE_NOOP("AuditField", "File check code"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditField", "Key check code"),
    "where": QT_TRANSLATE_NOOP("AuditField", "Where"),
    "comment": QT_TRANSLATE_NOOP("AuditField", "Comment"),
    "agree": QT_TRANSLATE_NOOP("AuditField", "Agree"),
    "score": QT_TRANSLATE_NOOP("AuditField", "Score"),
    "files": QT_TRANSLATE_NOOP("AuditField", "Files"),
    "size": QT_TRANSLATE_NOOP("AuditField", "Size"),
    "criterion": QT_TRANSLATE_NOOP("AuditField", "Criterion"),
    "assessor": QT_TRANSLATE_NOOP("AuditField", "Assessed by"),
    "received": QT_TRANSLATE_NOOP("AuditField", "Received / asked"),
    "answered": QT_TRANSLATE_NOOP("AuditField", "Answered / satisfied"),
    "topic": QT_TRANSLATE_NOOP("AuditField", "Model criterion"),
    "title_vi": QT_TRANSLATE_NOOP("AuditField", "Model name"),
    "lead_agency": QT_TRANSLATE_NOOP("AuditField", "Lead agency"),
    "expected_output": QT_TRANSLATE_NOOP("AuditField", "Expected output"),
    "progress": QT_TRANSLATE_NOOP("AuditField", "Progress (%)"),
    "progress_note": QT_TRANSLATE_NOOP("AuditField", "Progress note"),
    "hamlet": QT_TRANSLATE_NOOP("AuditField", "Hamlet"),
    "met": QT_TRANSLATE_NOOP("AuditField", "Met"),
    "rows": QT_TRANSLATE_NOOP("AuditField", "Rows"),
    "content": QT_TRANSLATE_NOOP("AuditField", "Content"),
    "owner": QT_TRANSLATE_NOOP("AuditField", "Owner"),
    "field": QT_TRANSLATE_NOOP("AuditField", "Field"),
    "result": QT_TRANSLATE_NOOP("AuditField", "Result"),
    "recognition": QT_TRANSLATE_NOOP("AuditField", "Recognition"),
    "started_on": QT_TRANSLATE_NOOP("AuditField", "Started on"),
    # an evidence file, an invitation (issue 20: history in words, found by the last trial)
    "owner_kind": QT_TRANSLATE_NOOP("AuditField", "Attached to"),
    "owner_id": QT_TRANSLATE_NOOP("AuditField", "Record no."),
    "original_name": QT_TRANSLATE_NOOP("AuditField", "File name"),
    "branch": QT_TRANSLATE_NOOP("AuditField", "Invited unit"),
    "parent": QT_TRANSLATE_NOOP("AuditField", "Upper level"),
    "parent_fingerprint": QT_TRANSLATE_NOOP("AuditField", "Inviting unit's key check code"),
    "row": QT_TRANSLATE_NOOP("AuditField", "Record no."),
    "relation": QT_TRANSLATE_NOOP("AuditField", "Connected as"),
    "invitation": QT_TRANSLATE_NOOP("AuditField", "Invitation"),
    # a unit's data brought in from a file, a document numbered (found by the history sweep)
    "mode": QT_TRANSLATE_NOOP("AuditField", "What was brought in"),
    "units": QT_TRANSLATE_NOOP("AuditField", "Units"),
    "logs": QT_TRANSLATE_NOOP("AuditField", "Evidence records"),
    "volunteer_activities": QT_TRANSLATE_NOOP("AuditField", "Volunteer activities"),
    "type": QT_TRANSLATE_NOOP("AuditField", "Document symbol"),
    "issued_on": QT_TRANSLATE_NOOP("AuditField", "Issued on"),
    "record_sha256": QT_TRANSLATE_NOOP("AuditField", "Data check code"),
    "link": QT_TRANSLATE_NOOP("AuditField", "Link"),
    "package": QT_TRANSLATE_NOOP("AuditField", "Package"),
    "summary_kind": QT_TRANSLATE_NOOP("AuditField", "Summary report"),
    "reasons": QT_TRANSLATE_NOOP("AuditField", "Reasons"),
    "planned_activities": QT_TRANSLATE_NOOP("AuditField", "Planned activities"),
    "responsible": QT_TRANSLATE_NOOP("AuditField", "Responsible"),
    "target_date": QT_TRANSLATE_NOOP("AuditField", "Target date"),
}

_OTHER_DETAIL = QT_TRANSLATE_NOOP("AuditField", "Other detail")
_OTHER_RECORD = QT_TRANSLATE_NOOP("AuditEntity", "Other record")

# Who made a change, for a person to read: the app itself, or a computer account at the command line.
APP_ACTORS = {"system", "seed", ""}


def field_label(name: str, language: str = "vi") -> str:
    return texts(language).translate("AuditField", FIELDS.get(name, _OTHER_DETAIL))


def actor_label(actor: str | None, language: str = "vi") -> str:
    """'system' -> 'Phần mềm (tự động)'; 'cli:hoa' -> 'hoa (trên máy, không qua màn hình)'."""
    t = texts(language)
    a = (actor or "").strip()
    if a in APP_ACTORS:
        return t.translate("AuditActor", "The app (automatic)")
    if a.startswith("cli:"):
        who = a[4:] or t.translate("AuditActor", "unknown")
        return t.translate("AuditActor", "{0} (command on the computer)").format(who)
    return a


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime  # local time
    actor: str
    action: str
    entity: str
    entity_id: str
    unit_code: str | None
    before: Any
    after: Any
    # {stored id: what a person calls it} for the commune's models and criteria (issue 20: never
    # "xa-an-lao-thon-an-toan" or "XALTAT-2" in the history); filled by the functions that load entries.
    names: dict = field(default_factory=dict, compare=False, repr=False)

    def action_label(self, language: str = "vi") -> str:
        t = texts(language)
        base, _, detail = str(self.action).partition(":")
        if base not in ACTIONS:
            return self.action
        label = t.translate("AuditAction", ACTIONS[base])
        if base == "join" and self.entity == "sync_enrolment":  # seen from above: a unit below joined
            label = t.translate("AuditAction", _JOINED_BELOW)
        if detail:
            label += (
                " ("
                + (t.translate("AuditAction", ACTION_DETAILS[detail]) if detail in ACTION_DETAILS else detail)
                + ")"
            )
        return label

    def entity_label(self, language: str = "vi") -> str:
        return texts(language).translate("AuditEntity", ENTITIES.get(self.entity, _OTHER_RECORD))

    def subject_label(self, language: str = "vi") -> str:
        """Which record: a setting by its title, a package in words (kind, period, to or from whom),
        a unit by its name, an invitation by the unit and its date, anything else by its number."""
        if self.entity in PACKAGE_ENTITIES and PACKAGE_KEY + str(self.entity_id) in self.names:
            words = self.names[PACKAGE_KEY + str(self.entity_id)]
            if self.entity == "summary" and isinstance(words, Joined) and len(words.parts) > 2:
                # after "Báo cáo tổng hợp" its kind again read "Duyệt: Báo cáo tổng hợp Báo cáo tổng hợp
                # các chi đoàn — kỳ 2026 — …" (issue 23): the period and from whom say which one
                words = Joined(words.parts[2:])
            return texts(language).say(words)
        if self.entity in UNIT_ENTITIES and self.names:
            return texts(language).say(self._unit(str(self.entity_id)))
        if self.entity in TITLED_ENTITIES:  # issue 23: an evidence record by its title, a file by its name
            said = self._said(TITLED_ENTITIES[self.entity])
            return f"“{said}”" if said else ""
        if self.entity == "sync_invitation":  # its id means nothing to a person
            words = self.names.get(INVITATION_KEY + str(self.entity_id))
            return texts(language).say(words) if words is not None else ""
        if self.entity == "setting":
            from desktop.domain.access import SAFETY_SETTINGS
            from desktop.domain.settings import UNIT_SETTINGS

            key = str(self.entity_id)
            spec = SAFETY_SETTINGS.get(key[len("safety.") :]) if key.startswith("safety.") else UNIT_SETTINGS.get(key)
            if spec is not None:
                return catalog_text(spec, "title", language)
            return ""
        return str(self.entity_id)

    def _said(self, key: str) -> str:
        """The newest value of ``key`` the entry holds (a title, a file name), '' when none."""
        for v in (self.after, self.before):
            x = v.get(key) if isinstance(v, dict) else None
            if isinstance(x, str) and x.strip() and x != audit_db.REDACTED_VALUE:
                return x.strip()
        return ""

    def unit_label(self, language: str = "vi") -> str:
        """The unit an entry concerns, by its name ("đơn vị có mã …" when only its code is known)."""
        if not self.unit_code:
            return ""
        return texts(language).say(self._unit(self.unit_code)) if self.names else self.unit_code

    def _unit(self, code: str) -> Any:
        name = self.names.get(code)
        if isinstance(name, str) and name.strip():
            return name
        return phrase("AuditValue", QT_TRANSLATE_NOOP("AuditValue", "unit with code {code}"), code=code)

    def changes(self) -> list[Change]:
        b = self.before if isinstance(self.before, dict) else {}
        a = self.after if isinstance(self.after, dict) else {}
        if not b and not a:
            return [Change("", self.before, self.after)] if (self.before or self.after) else []
        keys = list(dict.fromkeys([*b.keys(), *a.keys()]))
        if self.entity == "commune_model" and "title_vi" in {*b, *a}:
            keys = [k for k in keys if k != "id"]  # the model's made-up id: its name says which
        if self.entity in PACKAGE_ENTITIES and PACKAGE_KEY + str(self.entity_id) in self.names:
            keys = [k for k in keys if k != "subject"]  # the package's stored path: its words say which
        if self.entity in ("received_package", "summary"):
            keys = [k for k in keys if k not in ("row", "log_id", "approval")]  # row numbers: nothing to use
        if self.entity in TITLED_ENTITIES:  # its number: its title or name says which (subject_label)
            # and an evidence record's file names its record by the record's title ("owner_kind")
            titled_owner = (a or b).get("owner_kind") == "cycle_log"
            keys = [k for k in keys if k != "id" and not (k == "owner_id" and titled_owner)]
        return [
            Change(self._field(k), self._named(k, b.get(k)), self._named(k, a.get(k)))
            for k in keys
            if b.get(k) != a.get(k) and not (_empty(b.get(k)) and _empty(a.get(k)))
        ]

    def _field(self, key: str) -> str:
        """A commune's records name their model as the commune's pages do ("Mô hình"); a document's
        subject is the unit it is about."""
        if key == "subject" and self.entity == "document":
            return "unit"
        return "model" if key in ("campaign", "catalog") and self.entity.startswith("commune_") else key

    def _named(self, key: str, value: Any) -> Any:
        if key == "owner_kind" and self.entity == "attachment" and isinstance(value, str):
            # "Gắn với: Bản ghi minh chứng “Sinh hoạt chuyên đề tháng 3”" (it read "cycle_log" and "Số bản ghi: 12")
            entity = phrase("AuditEntity", ENTITIES.get(value, _OTHER_RECORD))
            owner = next(
                (v["owner_id"] for v in (self.after, self.before) if isinstance(v, dict) and "owner_id" in v), None
            )
            title = self.names.get(f"{value}:{owner}") if owner is not None else None
            return Joined((entity, " “", title, "”")) if title else entity
        if key == "kind" and self.entity == "cycle_log" and isinstance(value, str):
            from desktop.domain.logs import LOG_KINDS as EVIDENCE_KINDS

            if value in EVIDENCE_KINDS:
                return CatalogText(EVIDENCE_KINDS[value], "title")
        if not (isinstance(value, str) and value and self.names):
            return value
        if key in UNIT_FIELDS or (key == "subject" and self.entity == "document"):
            return self._unit(value)
        if key == "package":  # a package by its words (kind, period, from whom), never its id
            words = self.names.get(PACKAGE_KEY + value)
            return words if words is not None else phrase("AuditPackage", _OTHER_PACKAGE)
        if key == "invitation":
            words = self.names.get(INVITATION_KEY + value)
            entity = phrase("AuditEntity", ENTITIES["sync_invitation"])
            return Joined((entity, " ", words)) if words is not None else entity
        if key in NAMED_FIELDS:
            return self.names.get(value, value)
        return value

    def has_personal_data(self) -> bool:
        for v in (self.before, self.after):
            if isinstance(v, dict) and any(
                v.get(k) not in (None, "", False, audit_db.REDACTED_VALUE) for k in PERSONAL_FIELDS
            ):
                return True
        return False


# Records said by one of their own values rather than their number (issue 23: "Bản ghi minh chứng 12"):
# an evidence record by its title, an evidence file by its name. An attachment's record is said by
# its title too, kept in ``names`` under "<owner kind>:<id>" (audit_reading.owner_titles).
TITLED_ENTITIES = {"cycle_log": "title", "attachment": "original_name"}

# Fields that hold the id of a commune's model or criterion, or a local model's topic ("model/criterion"),
# or the code of the unit a package went to.
NAMED_FIELDS = frozenset({"campaign", "catalog", "criterion", "criterion_id", "topic"})

# Fields that hold a unit's code, and the entities whose id is one: said by the unit's name, kept in
# ``names`` under the code (audit_reading.unit_names); the code is said only when no name is known.
UNIT_FIELDS = frozenset({"recipient_code", "parent_code", "parent", "branch", "unit_code", "unit"})
UNIT_ENTITIES = frozenset({"unit", "sync_enrolment", "unit_data"})

# An invitation is named by the unit invited or inviting and its date (invitation_words), kept in
# ``names`` under this key + its id.
INVITATION_KEY = "invitation:"

# A package sent or received is named in words (package_words), kept in ``names`` under this key + its id.
PACKAGE_ENTITIES = frozenset({"outbox_item", "received_package", "summary"})
PACKAGE_KEY = "package:"


def invitation_words(issued: bool, unit: str, on: date):
    """'gửi Chi đoàn Tổ dân phố số 3, ngày 21/11/2026' (an invitation this unit made) or 'của Đoàn
    phường Lê Chân, ngày …' (the one it joined with): after 'Thư mời kết nối', never its id."""
    day = on.strftime("%d/%m/%Y")
    if issued:
        return phrase("AuditInvitation", QT_TRANSLATE_NOOP("AuditInvitation", "to {unit}, {date}"), unit=unit, date=day)
    return phrase("AuditInvitation", QT_TRANSLATE_NOOP("AuditInvitation", "from {unit}, {date}"), unit=unit, date=day)


def _empty(v: Any) -> bool:
    return v is None or v == "" or v == []


_OTHER_PACKAGE = QT_TRANSLATE_NOOP("AuditPackage", "Package")


def package_words(kind: str | None, period: str | None, quarter: int | None, *, to: str = "", sender: str = ""):
    """'Báo cáo tiến độ quý — Quý III kỳ 2026 — gửi Đoàn cơ sở …' / '… — từ …': what a package
    was, for which period, to or from whom (never its id or stored path)."""
    from desktop.domain.errors import DomainError
    from desktop.domain.evaluation_run import quarter_name
    from desktop.domain.periods import Period

    parts: list[Any] = [
        phrase("PackageKind", PACKAGE_KINDS[kind].title)
        if kind in PACKAGE_KINDS
        else phrase("AuditPackage", _OTHER_PACKAGE)
    ]
    if period:
        when: Any = phrase("AuditPackage", QT_TRANSLATE_NOOP("AuditPackage", "period {period}"), period=period)
        try:
            if quarter and 1 <= quarter <= 4:
                when = phrase(
                    "AuditPackage",
                    QT_TRANSLATE_NOOP("AuditPackage", "{quarter}, period {period}"),
                    quarter=quarter_name(Period.parse(period), quarter),
                    period=period,
                )
        except DomainError:
            pass  # a period label this version does not read: named as it is
        parts.append(when)
    if to:
        parts.append(phrase("AuditPackage", QT_TRANSLATE_NOOP("AuditPackage", "to {unit}"), unit=to))
    elif sender:
        parts.append(phrase("AuditPackage", QT_TRANSLATE_NOOP("AuditPackage", "from {unit}"), unit=sender))
    out: list[Any] = []
    for p in parts:
        out += [" — ", p] if out else [p]
    return Joined(tuple(out))


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Stored codes a person reads as words (membership events, gender, verdicts, statuses).
_CODE_WORDS: dict[str, tuple[str, str]] = {
    **{k: ("MembershipEvent", v) for k, v in EVENT_LABELS.items()},
    **{
        k: ("AuditValue", v)
        for k, v in {
            "nam": QT_TRANSLATE_NOOP("AuditValue", "Male"),
            "nu": QT_TRANSLATE_NOOP("AuditValue", "Female"),
            "khac": QT_TRANSLATE_NOOP("AuditValue", "Other"),
            "met": QT_TRANSLATE_NOOP("AuditValue", "Met"),
            "not_met": QT_TRANSLATE_NOOP("AuditValue", "Not met"),
            "dat": QT_TRANSLATE_NOOP("AuditValue", "Met"),
            "chua_dat": QT_TRANSLATE_NOOP("AuditValue", "Not met"),
            "draft": QT_TRANSLATE_NOOP("AuditValue", "Draft"),
            "submitted": QT_TRANSLATE_NOOP("AuditValue", "Submitted"),
            "chi-doan": QT_TRANSLATE_NOOP("AuditValue", "Branch"),
            "doan-co-so": QT_TRANSLATE_NOOP("AuditValue", "Grassroots Union"),
            # a package's state in the outbox
            "pending": QT_TRANSLATE_NOOP("AuditValue", "Waiting to be sent"),
            "exported": QT_TRANSLATE_NOOP("AuditValue", "Saved as a file"),
            "sent": QT_TRANSLATE_NOOP("AuditValue", "Sent"),
            "received": QT_TRANSLATE_NOOP("AuditValue", "Received"),
            "rejected": QT_TRANSLATE_NOOP("AuditValue", "Refused"),
            # how a unit is connected ("relation")
            "child": QT_TRANSLATE_NOOP("AuditValue", "Unit below"),
            "parent": QT_TRANSLATE_NOOP("AuditValue", "Upper level"),
            # the commune's and the Ban's documents
            "commune-registration": QT_TRANSLATE_NOOP("AuditValue", "Registration for the models"),
            "commune-programme": QT_TRANSLATE_NOOP("AuditValue", "Action programme"),
            "commune-quarterly": QT_TRANSLATE_NOOP("AuditValue", "Quarterly report"),
            "commune-review": QT_TRANSLATE_NOOP("AuditValue", "Yearly review"),
            "party-summary": QT_TRANSLATE_NOOP("AuditValue", "Summary report on the communes"),
            # what a unit's data file brought in ("mode")
            "results": QT_TRANSLATE_NOOP("AuditValue", "Summary of results"),
            "own_unit": QT_TRANSLATE_NOOP("AuditValue", "The unit's own data"),
            "new_installation": QT_TRANSLATE_NOOP("AuditValue", "A new installation's data"),
            "branch": QT_TRANSLATE_NOOP("AuditValue", "A unit below's data"),
        }.items()
    },
    # what an evidence file is attached to: a commune's records by their names
    **{k: ("AuditEntity", v) for k, v in ENTITIES.items() if k.startswith("commune_")},
}


# Codes the domain names, read from the catalogue: the unit kinds, a commune's logbook kinds and the
# package kinds (issue 20: history in words, "Lãnh đạo xuống thôn, tổ dân phố" rather than leader_visit).
_NAMED_WORDS: dict[str, tuple[str, str]] = {
    **{k.value: ("UnitKind", k.label_en) for k in UnitKind if k.value not in ("chi-doan", "doan-co-so")},
    **{k.value: ("BranchType", k.label_en) for k in BranchType},
    **{k: ("CommuneLogKind", lk.label_en) for k, lk in LOG_KINDS.items()},
    **{k: ("PackageKind", pk.title) for k, pk in PACKAGE_KINDS.items()},
}


def value_text(v: Any, language: str = "vi", *, empty: str = "") -> str:
    """A recorded value as a person reads it: dates dd/mm/yyyy, yes/no, the fields of a record by
    their names (never the field names or JSON)."""
    t = texts(language)
    if v is None or v == "" or v == []:
        return empty
    if isinstance(v, (Phrase, Joined, CatalogText)):  # a unit, an invitation… in words (AuditEntry._named)
        return t.say(v)
    if isinstance(v, bool):
        return t.translate("AuditValue", "yes") if v else t.translate("AuditValue", "no")
    if isinstance(v, str):
        m = _ISO_DATE.match(v)
        if m:
            return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
        word = _NAMED_WORDS.get(v) or _CODE_WORDS.get(v)
        return t.translate(*word) if word else v
    if isinstance(v, float):
        return format_number(v, language, digits=6)
    if isinstance(v, dict):
        return "; ".join(
            f"{field_label(k, language) if k in FIELDS else k}: {value_text(x, language, empty='—')}"
            for k, x in v.items()
        )
    if isinstance(v, (list, tuple, set, frozenset)):
        return ", ".join(value_text(x, language, empty="—") for x in v)
    return str(v)
