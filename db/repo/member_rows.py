"""How a member row of the database becomes a ``Member`` and back: shared by the reads and the
writes of the members repository."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.core import UnitRow
from db.models.members import MemberRow
from desktop.domain.members import Member, name_key

# Columns in the order of Member's fields (so a row builds a Member positionally: the roster of
# 5,000 members loads in a few tens of milliseconds).
_FIELDS = (
    "id",
    "full_name",
    "date_of_birth",
    "dob_year_only",
    "gender",
    "phone",
    "id_number",
    "union_join_date",
    "union_card_no",
    "is_party_member",
    "party_join_date",
    "residence",
    "training_registered_on",
    "ebook_issued",
    "ecard_issued",
    "residence_activity",
    "notes",
    "erased_at",
    "training_registered",
)
_COLUMNS = [getattr(MemberRow, f) for f in _FIELDS]


def _same(v):
    return v


def member_values(t, unit_code: str, day=_same) -> tuple:
    """A row of ``_FIELDS`` as the values of Member's fields, in order; ``day`` turns a stored date
    into a ``date`` (the SQLite fast paths read its text; the ORM already gives dates)."""
    (id_, full_name, dob, dob_year_only, gender, phone, id_number, join, card, party, party_date,
     residence, train_on, ebook, ecard, res_act, notes, erased_at, trained) = t  # fmt: skip
    return (
        id_,
        unit_code,
        full_name,
        day(dob),
        bool(dob_year_only),
        gender,
        phone,
        id_number,
        day(join),
        card,
        bool(party),
        day(party_date),
        residence,
        day(train_on),
        bool(ebook),
        bool(ecard),
        bool(res_act),
        notes,
        erased_at is not None,
        bool(trained),
    )


def _from_tuple(t, unit_code: str) -> Member:
    return Member(*member_values(t, unit_code))


def to_domain(row: MemberRow, unit_code: str) -> Member:
    return _from_tuple(tuple(getattr(row, f) for f in _FIELDS), unit_code)


def _values(m: Member) -> dict:
    """Column values of a member (for insert/update)."""
    return {
        "full_name": m.full_name,
        "name_key": name_key(m.full_name),
        "date_of_birth": m.date_of_birth,
        "dob_year_only": bool(m.dob_year_only),
        "gender": m.gender,
        "phone": m.phone,
        "id_number": m.id_number,
        "union_join_date": m.union_join_date,
        "union_card_no": m.union_card_no,
        "is_party_member": bool(m.is_party_member),
        "party_join_date": m.party_join_date,
        "residence": m.residence,
        "training_registered": bool(m.training_registered),
        "training_registered_on": m.training_registered_on,
        "ebook_issued": bool(m.ebook_issued),
        "ecard_issued": bool(m.ecard_issued),
        "residence_activity": bool(m.residence_activity),
        "notes": m.notes,
    }


def unit_id(session: Session, unit_code: str) -> int | None:
    return session.execute(select(UnitRow.id).where(UnitRow.code == unit_code)).scalar_one_or_none()
