"""Steps 1 and 2 through the services and the CLI: registration versions and deadlines, evidence
logs with attachments and audit, judgements, and `sothidua evaluate` on real data."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.logs import LogEntry
from desktop.domain.members import Member
from desktop.domain.registration import RegistrationItem
from desktop.domain.units import BranchType, Unit, UnitKind
from desktop.i18n.catalogue import say

NAMES = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Lan", "Phạm Minh Đức", "Hoàng Thu Trang"]


def _members(ctx, unit_code: str, names=NAMES, on=date(2025, 1, 10)) -> list[int]:
    from desktop.services.membership.members import add_member

    ids = []
    for n in names:
        _, m = add_member(ctx, unit_code, Member(None, unit_code, n), entry_date=on)
        ids.append(m.id)
    return ids


@pytest.fixture
def branch(branch_ctx):
    ids = _members(branch_ctx, "CD-TDP3")
    return branch_ctx, ids


def _audit(ctx, entity):
    from db import audit

    with ctx.uow.read() as s:
        from sqlalchemy import select

        from db.models.core import AuditRow

        return [
            (r.action, r.entity_id)
            for r in s.execute(select(AuditRow).where(AuditRow.entity == entity).order_by(AuditRow.id)).scalars()
        ], audit


# ------------------------------------------------------------------------------ registration


def test_registration_deadline_is_10_11_of_the_year_before_and_late_submission_is_marked(branch):
    from desktop.services.year.cycle import current_registration, save_registration, submit_registration

    ctx, ids = branch  # today is 21/11/2026
    items = [
        RegistrationItem(
            "CD-1.2", "Mỗi quý 01 buổi: Nghị quyết 05, pháp luật giao thông", date(2027, 3, 26), "Nguyễn Thị Hoa"
        ),
        RegistrationItem("CD-2.2", "Tuyến đường thanh niên tự quản", date(2027, 9, 2), "Trần Văn Nam"),
    ]
    save_registration(ctx, "CD-TDP3", "2027", items, ids[:4])
    reg = current_registration(ctx, "CD-TDP3", "2027")
    assert (reg.version, reg.status, reg.deadline) == (1, "draft", date(2026, 11, 10))
    assert [i.criterion_id for i in reg.items] == ["CD-1.2", "CD-2.2"] and len(reg.member_ids) == 4
    from tests.registration_items import complete

    with pytest.raises(
        DomainError, match="14 tiêu chí chưa đủ nội dung, lộ trình — CD-1.1 \\(chưa có nội dung và lộ trình\\)"
    ):
        submit_registration(ctx, "CD-TDP3", "2027")
    assert current_registration(ctx, "CD-TDP3", "2027").status == "draft"
    submit_registration(ctx, "CD-TDP3", "2027", items=complete(ctx, items), member_ids=ids[:4])
    reg = current_registration(ctx, "CD-TDP3", "2027")
    assert (reg.status, reg.submitted_on, reg.late) == ("submitted", date(2026, 11, 21), True)


def test_school_registration_is_due_30_9_and_on_time_before(ctx):
    from desktop.services.year.cycle import current_registration, save_registration, submit_registration
    from desktop.services.units import save_self_unit

    save_self_unit(ctx, Unit("CD-12A1", "Chi đoàn lớp 12A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=12))
    ctx.today = lambda: date(2026, 9, 20)
    from tests.registration_items import complete

    save_registration(
        ctx, "CD-12A1", "2026-2027", complete(ctx, [RegistrationItem("CD-3.6", "Mùa hè xanh", None, "Bí thư")]), []
    )
    submit_registration(ctx, "CD-12A1", "2026-2027")
    reg = current_registration(ctx, "CD-12A1", "2026-2027")
    assert reg.deadline == date(2026, 9, 30) and reg.late is False


def test_a_submitted_registration_is_frozen_and_an_amendment_is_a_new_version(branch):
    from desktop.services.year.cycle import (
        amend_registration,
        registration_versions,
        save_registration,
        submit_registration,
    )

    ctx, ids = branch
    from tests.registration_items import complete

    save_registration(
        ctx, "CD-TDP3", "2027", complete(ctx, [RegistrationItem("CD-1.1", "Nhóm Zalo chi đoàn", None, "Bí thư")]), ids
    )
    submit_registration(ctx, "CD-TDP3", "2027")
    with pytest.raises(DomainError, match="đã nộp.*bản điều chỉnh"):
        save_registration(ctx, "CD-TDP3", "2027", [RegistrationItem("CD-1.1", "Khác")], ids)
    amend_registration(ctx, "CD-TDP3", "2027", note="Bổ sung công trình thanh niên")
    save_registration(
        ctx,
        "CD-TDP3",
        "2027",
        complete(
            ctx,
            [
                RegistrationItem("CD-1.1", "Nhóm Zalo chi đoàn", None, "Bí thư"),
                RegistrationItem("CD-2.2", "Sân chơi thiếu nhi", None, "Bí thư"),
            ],
        ),
        ids,
        note="Bổ sung công trình thanh niên",
    )
    submit_registration(ctx, "CD-TDP3", "2027")
    v1, v2 = registration_versions(ctx, "CD-TDP3", "2027")
    assert (v1.version, v1.status, v1.item("CD-2.2").planned_activities) == (
        1,
        "submitted",
        "Thực hiện CD-2.2 theo kế hoạch của chi đoàn",
    )
    assert (v2.version, v2.status, v2.item("CD-2.2").planned_activities, v2.note) == (
        2,
        "submitted",
        "Sân chơi thiếu nhi",
        "Bổ sung công trình thanh niên",
    )
    rows, _ = _audit(ctx, "registration")
    assert [a for a, _ in rows] == ["create", "submit", "create", "update", "submit"]


def test_registration_refuses_unknown_criteria_and_foreign_members(branch, ctx):
    from desktop.services.year.cycle import save_registration

    ctx, ids = branch
    with pytest.raises(DomainError, match="Dòng 1: tiêu chí “CD-9.9”"):
        save_registration(ctx, "CD-TDP3", "2027", [RegistrationItem("CD-9.9", "x")], ids)
    with pytest.raises(DomainError, match="đoàn viên số 999 không thuộc"):
        save_registration(ctx, "CD-TDP3", "2027", [RegistrationItem("CD-1.1", "x")], [999])


# ------------------------------------------------------------------------------ logs


def test_a_log_with_participants_and_an_attachment_is_stored_with_its_sha256(branch, tmp_path):
    from desktop.services.year.cycle import add_log, get_log, list_logs, log_attachments

    ctx, ids = branch
    photo = tmp_path / "anh sinh hoat.jpg"
    photo.write_bytes(b"\xff\xd8 anh buoi sinh hoat chuyen de")
    entry = LogEntry(
        None,
        "CD-TDP3",
        "thematic_session",
        date(2026, 3, 15),
        "Học tập Nghị quyết 05-NQ/TU",
        category="chinh-tri-tu-tuong",
        participants=frozenset(ids[:3]),
    )
    log_id, changes = add_log(ctx, entry, [photo])
    assert changes.touches("cycle")
    saved = get_log(ctx, log_id)
    assert saved.participants == frozenset(ids[:3]) and saved.attachments == 1
    att = log_attachments(ctx, log_id)[0]
    assert att.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    photo.unlink()  # the stored copy survives the original
    from desktop.services.attachments import attachment_path

    assert attachment_path(ctx, att).is_file()
    assert [e.id for e in list_logs(ctx, "CD-TDP3", "2026", "thematic_session")] == [log_id]
    assert list_logs(ctx, "CD-TDP3", "2025") == []


def test_log_validation_names_the_field(branch):
    from desktop.services.year.cycle import add_log

    ctx, ids = branch
    with pytest.raises(DomainError, match="phải chọn chủ đề") as e:
        add_log(ctx, LogEntry(None, "CD-TDP3", "thematic_session", date(2026, 3, 15), "Chuyên đề"))
    assert e.value.field == "category"
    with pytest.raises(DomainError, match="phải chọn đoàn viên"):
        add_log(ctx, LogEntry(None, "CD-TDP3", "incident", date(2026, 3, 15), "Vụ việc", category="ky-luat"))
    with pytest.raises(DomainError, match="không thuộc đơn vị"):
        add_log(
            ctx,
            LogEntry(None, "CD-TDP3", "information", date(2026, 3, 15), "Tin", participants=frozenset({ids[0], 4242})),
        )


def test_editing_and_deleting_a_log_is_audited(branch):
    from dataclasses import replace

    from desktop.services.year.cycle import add_log, delete_log, get_log, update_log

    ctx, ids = branch
    log_id, _ = add_log(
        ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "meeting",
            date(2026, 4, 5),
            "Sinh hoạt tháng 4",
            category="dinh-ky",
            participants=frozenset(ids),
        ),
    )
    update_log(ctx, replace(get_log(ctx, log_id), title="Sinh hoạt chi đoàn tháng 4", participants=frozenset(ids[:2])))
    assert get_log(ctx, log_id).participants == frozenset(ids[:2])
    delete_log(ctx, log_id)
    with pytest.raises(DomainError, match=f"Không có bản ghi số {log_id}"):
        get_log(ctx, log_id)
    rows, _ = _audit(ctx, "cycle_log")
    assert rows == [("create", str(log_id)), ("update", str(log_id)), ("delete", str(log_id))]


# ------------------------------------------------------------------------------ judgements


def test_judgements_keep_their_history_and_the_newest_is_in_force(branch):
    from desktop.services.year.cycle import judgement_history, record_judgement
    from desktop.services.year.evaluation import evaluate_unit

    ctx, _ = branch
    record_judgement(ctx, "CD-TDP3", "2026", "CD-3.1", "not_met", author="Phạm Thị Thu", note="Còn mâu thuẫn")
    record_judgement(ctx, "CD-TDP3", "2026", "CD-3.1", "met", author="Phạm Thị Thu", note="Đã hòa giải")
    assert [j.verdict for j in judgement_history(ctx, "CD-TDP3", "2026")] == ["not_met", "met"]
    r = evaluate_unit(ctx, "CD-TDP3", "2026").result("CD-3.1")
    assert r.status == "met" and "Phạm Thị Thu" in say(r.explanation)
    with pytest.raises(DomainError, match="tính tự động"):
        record_judgement(ctx, "CD-TDP3", "2026", "CD-1.1", "met", author="A")


# ------------------------------------------------------------------------------ evaluation from the db


def test_evaluation_reads_logs_volunteer_days_and_member_flags(branch):
    from desktop.domain.volunteer import Activity
    from desktop.services.year.cycle import add_log
    from desktop.services.year.evaluation import evaluate_unit
    from desktop.services.membership.members import set_flags
    from desktop.services.volunteering.volunteer import record_activity

    ctx, ids = branch
    for q, d in enumerate([date(2026, 2, 3), date(2026, 5, 3), date(2026, 8, 3), date(2026, 10, 3)]):
        add_log(
            ctx,
            LogEntry(
                None,
                "CD-TDP3",
                "thematic_session",
                d,
                f"Chuyên đề quý {q + 1}",
                category="phap-luat",
                participants=frozenset(ids),
            ),
        )
    add_log(
        ctx,
        LogEntry(None, "CD-TDP3", "information", date(2026, 1, 20), "Nghị quyết 05", participants=frozenset(ids[:4])),
    )
    set_flags(ctx, ids, residence_activity=True)
    record_activity(
        ctx,
        "CD-TDP3",
        Activity(
            None,
            "CD-TDP3",
            "Tuyến đường thanh niên tự quản",
            "cong-trinh-thanh-nien",
            (date(2026, 6, 1), date(2026, 6, 2), date(2026, 6, 3)),
            3,
            focus="an-toan-giao-thong",
            participant_ids=tuple(ids),
        ),
    )
    record_activity(
        ctx,
        "CD-TDP3",
        Activity(
            None,
            "CD-TDP3",
            "Về nguồn Côn Sơn – Kiếp Bạc",
            "dia-chi-do",
            (date(2026, 7, 26), date(2026, 7, 27)),
            2,
            participant_ids=tuple(ids[:3]),
        ),
    )
    ev = evaluate_unit(ctx, "CD-TDP3", "2026")
    assert ev.result("CD-1.1").status == "met" and ev.result("CD-1.1").value == pytest.approx(0.8)
    assert ev.result("CD-1.2").status == "met"
    assert ev.result("CD-2.2").status == "met" and ev.result("CD-2.3").status == "met"
    assert ev.result("CD-3.3").status == "met"
    r = ev.result("CD-3.6")
    assert r.status == "at_risk" and say(r.explanation).startswith("2/5 đoàn viên chưa đủ 5 ngày tình nguyện")


def test_cli_evaluate_json_has_the_documented_shape(branch, cli):
    code, out, err = cli("evaluate", "--campaign", "chi-doan-xhcn", "--period", "2026", "--json")
    assert code == 0, err
    j = json.loads(out)
    assert (j["unit"], j["campaign"], j["period"]) == ("CD-TDP3", "chi-doan-xhcn", "2026")
    assert len(j["criteria"]) == 16 and j["recognisable"] is False
    assert {c["status"] for c in j["criteria"]} <= {"met", "not_met", "at_risk", "not_applicable", "needs_judgement"}
    assert j["settings"]["member_base"] == "end" and 0 <= j["completion_share"] <= 1


def test_cli_log_add_judge_and_evaluate_after_the_year(branch, cli):
    code, out, err = cli(
        "log",
        "add",
        "--kind",
        "incident",
        "--date",
        "2026-05-12",
        "--title",
        "Vi phạm giao thông",
        "--category",
        "vi-pham-phap-luat",
        "--member",
        str(branch[1][1]),
        "--ref-no",
        "12/QĐ-CA",
    )
    assert code == 0, err and "Đã ghi" in out
    code, out, err = cli("judge", "--criterion", "CD-1.3", "--verdict", "met", "--author", "Phạm Thị Thu")
    assert code == 0, err
    code, out, err = cli("evaluate", "--period", "2026", "--as-of", "2027-01-10", "--json")
    j = {c["id"]: c for c in json.loads(out)["criteria"]}
    assert j["CD-2.1"]["status"] == "not_met" and "Trần Văn Nam" in j["CD-2.1"]["explanation_vi"]
    assert j["CD-1.3"]["status"] == "met"
    assert j["CD-3.2"]["status"] == "not_met"  # the year is over: nothing is at risk any more
    code, out, err = cli("log", "add", "--kind", "meeting", "--date", "2026-03-01", "--title", "Sinh hoạt")
    assert code == 2 and "hình thức sinh hoạt" in err


def test_cli_all_branches_on_a_doan_co_so_gives_one_entry_per_branch(ctx, cli):
    from desktop.services.units import save_self_unit, save_unit

    save_self_unit(ctx, Unit("DCS-LECHAN", "Đoàn phường Lê Chân", UnitKind.DOAN_CO_SO))
    save_unit(ctx, Unit("CD-TDP1", "Chi đoàn TDP 1", UnitKind.CHI_DOAN, BranchType.DAN_CU, parent_code="DCS-LECHAN"))
    save_unit(
        ctx,
        Unit(
            "CD-10A1", "Chi đoàn lớp 10A1", UnitKind.CHI_DOAN, BranchType.TRUONG_HOC, grade=10, parent_code="DCS-LECHAN"
        ),
    )
    _members(ctx, "CD-TDP1", NAMES[:2])
    code, out, err = cli("evaluate", "--period", "2026", "--all-branches", "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert isinstance(entries, list) and [e["unit"] for e in entries] == ["CD-10A1", "CD-TDP1"]
    school = entries[0]
    assert school["period"] == "2026-2027"
    assert {c["id"]: c["status"] for c in school["criteria"]}["CD-3.7"] == "not_applicable"
    code, out, err = cli("evaluate", "--period", "2026", "--branch", "CD-TDP1", "--json")
    assert code == 0 and json.loads(out)["unit"] == "CD-TDP1"
    code, out, err = cli("evaluate", "--period", "2026", "--json")
    assert code == 2 and "--all-branches" in err
    code, out, err = cli("evaluate", "--period", "2026", "--branch", "CD-KHAC", "--json")
    assert code == 2 and "không phải chi đoàn trực thuộc" in err


def test_next_actions_point_to_the_page_where_the_work_is_done(branch):
    from desktop.services.year.evaluation import next_actions

    ctx, _ = branch
    actions = next_actions(ctx, "CD-TDP3")
    pages = {a.criterion_id: a.page for a in actions}
    assert pages["CD-1.1"] == "logs" and pages["CD-3.6"] == "volunteer" and pages["CD-3.1"] == "campaign"
    assert "CD-1.2" not in pages  # quarters I–III passed without a session: nothing left to do this year
    reg = [a for a in actions if a.page == "registration"]
    assert reg and "2027" in reg[0].text("vi") and "quá hạn 10/11/2026 11 ngày" in reg[0].text("vi")
    info = next(a for a in actions if a.criterion_id == "CD-1.1")
    assert info.text("vi").startswith("Cung cấp thông tin cho thêm 4 đoàn viên để đạt 70%")
    # The same action on a screen switched to English, from the one catalogue
    assert info.text("en").startswith("Reach 4 more members with information to get to 70%")
    assert "days left)" in info.text("en") or "due today)" in info.text("en")
    assert info.params == {"kind": "information"}


def test_quarter_view_evaluates_each_begun_quarter_on_its_own_records(branch):
    from desktop.services.year.cycle import add_log
    from desktop.services.year.evaluation import evaluate_quarters

    ctx, ids = branch
    add_log(
        ctx,
        LogEntry(
            None,
            "CD-TDP3",
            "thematic_session",
            date(2026, 2, 3),
            "Chuyên đề",
            category="phap-luat",
            participants=frozenset(ids),
        ),
    )
    qs = evaluate_quarters(ctx, "CD-TDP3", "2026")
    assert [q.started for q in qs] == [True, True, True, True]
    assert qs[0].evaluation.result("CD-1.2").status == "met"
    assert qs[1].evaluation.result("CD-1.2").status == "not_met"
    assert "Quý II chưa có" in say(qs[1].evaluation.result("CD-1.2").explanation)


def test_cli_register_save_submit_amend_and_show(branch, cli, tmp_path):
    ctx, ids = branch
    plan = tmp_path / "dang-ky.json"
    plan.write_text(
        json.dumps(
            {
                "items": [
                    {
                        "criterion": "CD-1.2",
                        "planned_activities": "Mỗi quý 01 buổi chuyên đề",
                        "target_date": "2027-03-26",
                        "responsible": "Nguyễn Thị Hoa",
                    },
                    {"criterion": "CD-2.2", "planned_activities": "Tuyến đường thanh niên tự quản"},
                ],
                "members": "all",
                "note": "Đăng ký năm 2027",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, out, err = cli("register", "save", "--from", str(plan), "--period", "2027")
    assert code == 0, err
    code, out, err = cli("register", "submit", "--period", "2027")
    # Issue 19: 14 criteria empty and CD-2.2 without a roadmap: refused, naming them.
    assert code == 2 and "CD-1.1 (chưa có nội dung và lộ trình)" in err, err
    assert "CD-2.2 (chưa có lộ trình" in err and "Không đăng ký thực hiện:" in err
    doc = json.loads(plan.read_text(encoding="utf-8"))
    doc["items"][1]["responsible"] = "Trần Văn Nam"
    for c in ctx.catalogs["chi-doan-xhcn"].criteria:
        if c.id not in ("CD-1.2", "CD-2.2"):
            doc["items"].append(
                {"criterion": c.id, "planned_activities": f"Kế hoạch {c.id}", "responsible": "Bí thư"}
                if c.id != "CD-2.3"
                else {
                    "criterion": c.id,
                    "planned_activities": "Không đăng ký thực hiện: chi đoàn mới thành lập, chưa có kinh phí",
                }
            )
    plan.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli("register", "save", "--from", str(plan), "--period", "2027")
    assert code == 0, err
    code, out, err = cli("register", "submit", "--period", "2027")
    assert code == 0, err and "(muộn)" in out
    code, out, err = cli("register", "save", "--from", str(plan), "--period", "2027")
    assert code == 2 and "bản điều chỉnh" in err
    code, out, err = cli("register", "amend", "--period", "2027", "--note", "Bổ sung")
    assert code == 0, err
    code, out, err = cli("register", "show", "--period", "2027", "--json")
    j = json.loads(out)
    assert [(v["version"], v["status"], v["late"]) for v in j["versions"]] == [
        (1, "submitted", True),
        (2, "draft", False),
    ]
    assert (
        j["current"]["members"] == sorted(ids)
        and next(i for i in j["current"]["items"] if i["criterion"] == "CD-1.2")["target_date"] == "2027-03-26"
    )
    code, out, err = cli("log", "list", "--period", "2026", "--json")
    assert code == 0 and json.loads(out) == []
