"""Identity of members (issue 18 item 6): a card number never silently renames a member, and the
same person twice in a branch or in two branches of a Đoàn cơ sở is flagged."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest

from desktop.domain.identity import identity_changes, same_people
from desktop.domain.members import Member


def _sheet(path, rows):
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Ngày sinh", "Số thẻ đoàn viên", "Ngày vào chi đoàn"])
    for r in rows:
        wb.active.append(list(r))
    wb.save(path)
    return path


@pytest.fixture
def branch_cli(cli):
    code, _, err = cli(
        "unit",
        "init",
        "--code",
        "CD-TDP3",
        "--name",
        "Chi đoàn Tổ dân phố số 3",
        "--kind",
        "chi-doan",
        "--branch-type",
        "dan-cu",
    )
    assert code == 0, err
    return cli


def _members(cli):
    code, out, err = cli("members", "list", "--json")
    assert code == 0, err
    return {m["union_card_no"]: m for m in json.loads(out)["members"]}


def test_a_card_number_naming_another_person_is_refused_until_accepted(branch_cli, tmp_path):
    first = _sheet(
        tmp_path / "a.xlsx",
        [("Nguyễn Văn An", "12/03/1995", "DV0001", "01/09/2015"), ("Lê Thị Cúc", "05/06/1998", "DV0002", "01/09/2016")],
    )
    code, out, err = branch_cli("members", "import", str(first))
    assert code == 0, err
    # The reported attack: the same card, another person -> used to overwrite with exit 0.
    second = _sheet(
        tmp_path / "b.xlsx",
        [("Trần Thị Bình", "01/01/2000", "DV0001", "01/09/2015"), ("Lê Thị Cúc", "05/06/1998", "DV0002", "01/09/2016")],
    )
    code, out, err = branch_cli("members", "import", str(second), "--json")
    assert code == 1
    assert "số thẻ DV0001 là của Nguyễn Văn An (sinh 12/03/1995, thẻ DV0001)" in err
    assert "tệp ghi Trần Thị Bình" in err and "Chưa ghi gì" in err and "--accept-identity-changes" in err
    report = json.loads(out)
    assert report["written"] is False
    assert report["identity_changes"][0]["row"] == 2
    assert report["identity_changes"][0]["fields"] == ["full_name", "date_of_birth"]
    an = _members(branch_cli)["DV0001"]
    assert (an["full_name"], an["date_of_birth"]) == ("Nguyễn Văn An", "1995-03-12")
    # A dry run says the same and exits non-zero; the explicit flag accepts it.
    code, out, _ = branch_cli("members", "import", str(second), "--dry-run")
    assert code == 1 and "cần xác nhận" in out
    code, out, err = branch_cli("members", "import", str(second), "--accept-identity-changes")
    assert code == 0, err
    assert _members(branch_cli)["DV0001"]["full_name"] == "Trần Thị Bình"


def test_spelling_of_the_same_name_and_a_filled_blank_are_not_a_change_of_person():
    before = Member(1, "CD", "Nguyen Van An", None)
    after = Member(1, "CD", "Nguyễn Văn An", date(1995, 3, 12))
    assert identity_changes(before, after) == ()
    assert identity_changes(after, Member(1, "CD", "Nguyễn Văn An", date(1995, 3, 13))) == ("date_of_birth",)


def test_same_people_by_card_or_by_name_and_date_of_birth():
    a = Member(1, "CD-A", "Nguyễn Văn An", date(1995, 3, 12), union_card_no="DV1")
    b = Member(2, "CD-B", "NGUYỄN VĂN AN", date(1995, 3, 12))
    c = Member(3, "CD-C", "Phạm Thu", date(1999, 1, 1), union_card_no="DV9")
    d = Member(4, "CD-C", "Phạm Thu Hà", date(2000, 1, 1), union_card_no="dv9")
    e = Member(5, "CD-A", "Lê Hoa", date(1990, 1, 1), union_card_no="X1")
    f = Member(6, "CD-B", "Lê Hoa", date(1990, 1, 1), union_card_no="X2")  # two cards: two people
    found = same_people([a, b, c, d, e, f])
    assert [(tuple(m.id for m in p.copies), p.by_card) for p in found] == [((1, 2), False), ((3, 4), True)]
    assert found[1].in_one_branch
    assert "có 2 bản ghi trong Chi đoàn C" in found[1].text_vi({"CD-C": "Chi đoàn C"})


def _dcs_file(tmp_path, branches):
    doc = {
        "format": "sothidua-unit-data",
        "version": 1,
        "unit": {"code": "DCS-LC", "name": "Đoàn phường Lê Chân", "kind": "doan-co-so"},
        "branches": [
            {
                "unit": {"code": code, "name": name, "kind": "chi-doan", "branch_type": "dan-cu"},
                "members": [
                    {
                        "id": f"{code}-{i}",
                        "full_name": n,
                        "date_of_birth": dob,
                        **({"union_card_no": card} if card else {}),
                        "history": [{"kind": "joined", "date": "2024-03-26"}],
                    }
                    for i, (n, dob, card) in enumerate(people)
                ],
            }
            for code, name, people in branches
        ],
    }
    p = tmp_path / "dcs.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return p


def test_the_same_person_in_two_branches_is_flagged_on_import_and_in_the_union_view(cli, tmp_path):
    p = _dcs_file(
        tmp_path,
        [
            ("CD-1", "Chi đoàn Tổ 1", [("Nguyễn Văn An", "1995-03-12", "DV0001"), ("Lê Thị Cúc", "1998-06-05", None)]),
            ("CD-2", "Chi đoàn Tổ 2", [("Nguyễn Văn An", "1995-03-12", "DV0001"), ("Vũ Minh", "1997-02-02", None)]),
            ("CD-3", "Chi đoàn Tổ 3", [("Lê Thị Cúc", "1998-06-05", None), ("Lê Thị Cúc", "1998-06-05", None)]),
        ],
    )
    code, out, err = cli("data", "import", str(p), "--check", "--json")  # before anything is written
    assert code == 0, err
    assert len(json.loads(out)["warnings"]) == 2
    code, out, err = cli("data", "import", str(p), "--json")
    assert code == 0, err
    warnings = [w for w in json.loads(out)["warnings"] if w.startswith("Trùng người")]
    assert len(warnings) == 2, warnings
    assert any(
        "Nguyễn Văn An (sinh 12/03/1995, thẻ DV0001) đang là đoàn viên của 2 chi đoàn: "
        "Chi đoàn Tổ 1, Chi đoàn Tổ 2 (cùng số thẻ đoàn viên)" in w
        for w in warnings
    )
    code, out, err = cli("members", "duplicates", "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["count"] == 2
    cuc = next(x for x in found["people"] if x["copies"][0]["full_name"] == "Lê Thị Cúc")
    assert [c["unit"] for c in cuc["copies"]] == ["CD-1", "CD-3", "CD-3"]  # twice in one branch too
    # The branch's own member import says so before anything is written.
    sheet = _sheet(
        tmp_path / "cd2.xlsx",
        [("Vũ Minh", "02/02/1997", "", "01/09/2015"), ("Lê Thị Cúc", "05/06/1998", "", "01/09/2016")],
    )
    code, out, err = cli("members", "import", str(sheet), "--unit", "CD-2", "--dry-run", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [w["row"] for w in report["warnings"]] == [3]
    assert (
        "Lê Thị Cúc (sinh 05/06/1998) đang là đoàn viên của Chi đoàn Tổ 1 (cùng họ tên và ngày sinh)"
        in report["warnings"][0]["message"]
    )


def test_a_transfer_recorded_clears_the_flag(cli, tmp_path):
    p = _dcs_file(
        tmp_path,
        [
            ("CD-1", "Chi đoàn Tổ 1", [("Nguyễn Văn An", "1995-03-12", "DV0001")]),
            ("CD-2", "Chi đoàn Tổ 2", [("Nguyễn Văn An", "1995-03-12", "DV0001")]),
        ],
    )
    assert cli("data", "import", str(p))[0] == 0
    code, out, _ = cli("members", "list", "--unit", "CD-1", "--json")
    an = json.loads(out)["members"][0]
    code, out, err = cli("members", "event", str(an["id"]), "transferred_out", "2026-02-01")
    assert code == 0, out + err
    code, out, err = cli("members", "duplicates")
    assert code == 0 and "Không có ai có tên hai lần" in out


def test_the_members_set_aside_before_the_grouping_change_nothing():
    """``may_be_one_person`` over every member (active or not) keeps everyone ``same_people``
    can group: on random rosters full of namesakes, shared and blank cards, cards written in
    other cases and with spaces, years of birth alone and erased members, the groups are the same."""
    import random

    from desktop.domain.identity import may_be_one_person

    rng = random.Random(23)
    names = ["Nguyễn Văn An", "NGUYỄN VĂN AN", "Trần Thị Bình", "Lê Hoa", " Lê  Hoa"]
    dobs = [date(1995, 1, 1), date(1996, 2, 2), None]
    cards = [None, None, "dv1", "DV1 ", "ĐV2", "đv2", "DV3", "DV4"]
    for _round in range(300):
        roster = [
            Member(
                id=i,
                unit_code=f"CD-{rng.randint(1, 3)}",
                full_name=rng.choice(names),
                date_of_birth=rng.choice(dobs),
                dob_year_only=rng.random() < 0.1,
                union_card_no=rng.choice(cards),
                erased=rng.random() < 0.1,
            )
            for i in range(1, rng.randint(2, 12))
        ]
        active = [m for m in roster if rng.random() < 0.8]
        kept = set(
            may_be_one_person((m.id, m.union_card_no, m.full_name, m.date_of_birth, m.dob_year_only) for m in roster)
        )
        assert same_people([m for m in active if m.id in kept]) == same_people(active)


def test_a_member_made_quickly_is_the_member_the_dataclass_makes():
    from desktop.domain.member_fast import member_of

    full = dict(
        id=7,
        unit_code="CD-1",
        full_name="Đặng Thị Ngọc",
        date_of_birth=date(2001, 3, 4),
        union_card_no="ĐV5",
        ebook_issued=True,
        erased=False,
    )
    for values in (full, {"id": None, "unit_code": "CD-1", "full_name": "Lê Văn Út"}):
        quick, slow = member_of(**values), Member(**values)
        assert quick == slow and hash(quick) == hash(slow) and repr(quick) == repr(slow)
    with pytest.raises(TypeError):
        member_of(id=1, unit_code="CD-1", full_name="A B", nickname="x")
    with pytest.raises(TypeError):
        member_of(id=1, full_name="A B")  # no unit: refused as the dataclass refuses it
