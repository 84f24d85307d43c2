"""The same people found after one branch's data is taken in (issue 18; issue 23 item 7): only
the members who may be those people are read, through the card number and the date of birth,
yet every chain of copies across the Đoàn cơ sở is found as the whole Đoàn cơ sở would show it."""

from __future__ import annotations

from datetime import date

from desktop.services.exchange.interchange import import_document
from desktop.services.membership import identity

TODAY = date(2026, 11, 21)
JOINED = [{"kind": "joined", "date": "2020-03-26"}]
LEFT = JOINED + [{"kind": "transferred_out", "date": "2025-01-05"}]


def _member(mid, name, dob, card=None, history=JOINED, **extra):
    return {
        "id": mid,
        "full_name": name,
        "date_of_birth": dob,
        **({"union_card_no": card} if card else {}),
        "history": history,
        **extra,
    }


BRANCHES = {
    # Trần Văn Bình, a chain: no card here; the same name and birth date with a card in CD-2;
    # that card (in lower case) in CD-3 under another name; the same name and birth date with yet
    # another card in CD-5 (one person: the copy without a card joins them all).
    "CD-1": [
        _member("a1", "Trần Văn Bình", "1996-04-04"),
        _member("a2", "Hoàng Mai", "1990-01-01", "ĐV5"),
        _member("a3", "Phạm Thị Lan", "2000-02-02", "DV300"),
    ],
    "CD-2": [_member("b1", "TRẦN VĂN BÌNH", "1996-04-04", "dv77"), _member("b2", "Vũ Hà", "1994-05-05", "DV301")],
    "CD-3": [_member("c1", "Trần Bình", "2001-01-01", "DV77 ")],
    # A card written with a Vietnamese letter in lower case: the same card as "ĐV5".
    "CD-4": [_member("d1", "Hoàng Thị Mai", "1999-09-09", "đv5")],
    "CD-5": [_member("e1", "Trần Văn Bình", "1996-04-04", "DV88"), _member("e2", "Đỗ Hùng", "1992-07-07", "DV9")],
    # Who left is no longer counted; two copies that do not involve CD-1.
    "CD-6": [
        _member("f1", "Hoàng Mai", "1990-01-01", "ĐV5", history=LEFT),
        _member("f2", "Đỗ Hùng", "1992-07-07", "DV9"),
    ],
    # Born the same day as Bình, another name, no card: not him.
    "CD-7": [_member("g1", "Lý Văn Tâm", "1996-04-04")],
}


def _doc(branches):
    return {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "DCS-LC", "name": "Đoàn phường Lê Chân", "kind": "doan-co-so"},
        "branches": [
            {
                "unit": {"code": code, "name": f"Chi đoàn {code}", "kind": "chi-doan", "branch_type": "dan-cu"},
                "members": members,
            }
            for code, members in branches.items()
        ],
    }


def _branch_doc(code, members):
    return {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {
            "code": code,
            "name": f"Chi đoàn {code}",
            "kind": "chi-doan",
            "branch_type": "dan-cu",
            "parent_code": "DCS-LC",
        },
        "members": members,
    }


def _whole_union(ctx, codes):
    """The reference: every member of the Đoàn cơ sở read, the people involving ``codes`` kept."""
    return [p for p in identity.same_people_below(ctx, "DCS-LC", TODAY).people if set(codes) & set(p.unit_codes)]


def test_a_branch_taken_in_finds_every_chain_of_copies_without_reading_the_union(ctx, monkeypatch):
    ctx.today = lambda: TODAY
    import_document(ctx, _doc(BRANCHES))
    read: list[str] = []
    real = identity.repo.active_on_units

    def counting(s, codes, on):
        read.extend(codes)
        return real(s, codes, on)

    monkeypatch.setattr(identity.repo, "active_on_units", counting)
    found = identity.same_people_touching(ctx, ["CD-1"])
    assert read == ["CD-1"]  # the other branches' rosters are not read
    monkeypatch.setattr(identity.repo, "active_on_units", real)
    assert found.people == tuple(_whole_union(ctx, ["CD-1"]))
    texts = found.texts_vi()
    assert len(texts) == 2, texts
    assert any(
        t.startswith("Trần Văn Bình (sinh 04/04/1996) đang là đoàn viên của 4 chi đoàn: ")
        and "Chi đoàn CD-1, Chi đoàn CD-2, Chi đoàn CD-3, Chi đoàn CD-5" in t
        for t in texts
    ), texts
    assert any(t.startswith("Hoàng Mai (sinh 01/01/1990, thẻ ĐV5) đang là đoàn viên của 2 chi đoàn") for t in texts)
    assert not any("Đỗ Hùng" in t or "Lý Văn Tâm" in t or "CD-6" in t for t in texts)
    # From the other end of a chain, and for every branch: the same as the whole Đoàn cơ sở.
    for code in BRANCHES:
        assert identity.same_people_touching(ctx, [code]).people == tuple(_whole_union(ctx, [code])), code


def test_a_branch_record_taken_in_warns_of_the_whole_chain(ctx):
    ctx.today = lambda: TODAY
    import_document(ctx, _doc({k: v for k, v in BRANCHES.items() if k != "CD-1"}))
    result = import_document(ctx, _branch_doc("CD-1", BRANCHES["CD-1"]))
    warnings = [w for w in result.warnings if w.startswith("Trùng người")]
    assert len(warnings) == 2, warnings
    assert any("Trần Văn Bình" in w and "4 chi đoàn" in w for w in warnings)
    # the record sent again, a member's card now told apart: that person is no longer flagged
    members = [dict(m) for m in BRANCHES["CD-1"]]
    members[1]["union_card_no"] = "DV6"
    result = import_document(ctx, _branch_doc("CD-1", members))
    warnings = [w for w in result.warnings if w.startswith("Trùng người")]
    assert len(warnings) == 1 and "Trần Văn Bình" in warnings[0], warnings


def _every_active(ctx, codes):
    """The reference without any look-up: every active member of the branches, read whole."""
    from desktop.domain.identity import same_people

    with ctx.uow.read() as s:
        active = identity.repo.active_on_units(s, codes, TODAY)
    return same_people(m for c in codes for m in active[c])


def test_the_union_view_finds_what_every_member_read_whole_finds(ctx, monkeypatch):
    ctx.today = lambda: TODAY
    import_document(ctx, _doc(BRANCHES))
    codes = sorted(BRANCHES)
    expected = _every_active(ctx, codes)
    assert len(expected) == 3  # Bình's chain, Hoàng Mai, Đỗ Hùng (CD-5 and CD-6)
    made = []
    real = identity.identity_repo.members_by_ids

    def counting(s, ids):
        out = real(s, ids)
        made.extend(m.full_name for m in out)
        return out

    monkeypatch.setattr(identity.identity_repo, "members_by_ids", counting)
    assert list(identity.same_people_below(ctx, "DCS-LC", TODAY).people) == expected
    # Only the members who may be one of those people are made whole: not Vũ Hà, Phạm Thị Lan,
    # Lý Văn Tâm (born the same day as Bình under another name), nor who left (f1).
    assert "Vũ Hà" not in made and "Phạm Thị Lan" not in made and "Lý Văn Tâm" not in made
    assert sorted(made).count("Hoàng Mai") == 1


def test_namesakes_born_the_same_day_with_different_cards_are_two_people_and_not_read(ctx, monkeypatch):
    # The same name and birth date in every branch, each with its own card: nobody is one person
    # with another, and nobody needs to be read whole to know it.
    ctx.today = lambda: TODAY
    branches = {
        f"CD-{b}": [_member(f"m{b}-{i}", f"Nguyễn Văn {n}", "1995-05-05", f"DV{b}{i}") for i, n in enumerate("AB")]
        for b in range(1, 6)
    }
    branches["CD-6"] = [_member("x", "Nguyễn Văn A", "1995-05-05")]  # no card: one person with every A
    import_document(ctx, _doc(branches))
    made = []
    real = identity.identity_repo.members_by_ids
    monkeypatch.setattr(identity.identity_repo, "members_by_ids", lambda s, ids: made.extend(ids) or real(s, ids))
    people = identity.same_people_below(ctx, "DCS-LC", TODAY).people
    assert list(people) == _every_active(ctx, sorted(branches))
    assert len(people) == 1 and len(people[0].copies) == 6  # the five A with a card and the one without
    assert len(made) == 6  # no B is read whole
