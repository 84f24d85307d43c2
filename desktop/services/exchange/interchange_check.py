"""Checking a unit-data document before anything is written (see interchange.py): the JSON
Schema, then the rules of each area for every unit of the file, giving the plan of rows to write;
and the people found twice in a checked file."""

from __future__ import annotations

from datetime import date
from typing import Any

from db.repo import interchange as repo
from desktop.domain.errors import DomainError
from desktop.domain.logs import LOG_KINDS, LogEntry
from desktop.domain.identity import same_people
from desktop.domain.member_fast import member_of
from desktop.domain.members import (
    Member,
    MembershipEvent,
    is_active_on,
    check_new_event,
    member_problems,
    normalise_id_number,
    normalise_phone,
    normalise_values,
)
from desktop.domain.settings import UNIT_SETTINGS, validate_setting
from desktop.domain.units import Unit, UnitKind
from desktop.domain.volunteer import Activity, to_half_days
from desktop.services.context import AppContext
from desktop.services.exchange.interchange_read import (
    DEFAULT_CAMPAIGN,
    InvalidDocument,
    LENIENT_TODAY,
    Problem,
    _Checker,
    _HISTORY_FIELDS,
    _LOG_FIELDS,
    _Plan,
    _p,
    _ref,
    schema_problems,
)
from desktop.services.exchange.interchange_recognition import _check_recognition

# ============================================================================= import: checking


def _walk(doc: dict, ck: _Checker, plan: _Plan, path: str, parent: str | None) -> None:
    u = doc["unit"]
    upath = f"{path}unit" if not path else f"{path}.unit"
    if parent is not None and u.get("parent_code") not in (None, parent):
        ck.add(f"{upath}.parent_code", f"đơn vị nằm trong “branches” của “{parent}” nên cấp trên phải là “{parent}”.")
    try:
        unit = Unit(
            code=u["code"],
            name=u["name"],
            kind=UnitKind(u["kind"]),
            branch_type=u.get("branch_type"),
            grade=u.get("grade"),
            all_party_members=bool(u.get("all_party_members")),
            parent_code=u.get("parent_code") if u.get("parent_code") is not None else parent,
        ).validated()
    except DomainError as exc:
        ck.add(f"{upath}.{exc.field or 'code'}", str(exc))
        unit = None
    plan.units.append({"unit": unit, "doc": doc, "path": path})
    for i, child in enumerate(doc.get("branches", [])):
        _walk(child, ck, plan, f"{path}branches[{i}]." if not path else f"{path}.branches[{i}].", u.get("code"))


def check_document(ctx: AppContext, doc: Any) -> _Plan:
    """Schema, then the rules of every area. Raises InvalidDocument with every problem."""
    if not isinstance(doc, dict):
        raise InvalidDocument([Problem("", "Tệp phải chứa một đối tượng JSON { … }.")])
    problems = schema_problems(doc)
    if problems:
        raise InvalidDocument(problems)
    ck = _Checker(ctx)
    plan = _Plan()
    _walk(doc, ck, plan, "", None)
    codes = [e["doc"]["unit"]["code"] for e in plan.units]
    for i, c in enumerate(codes):
        if c in codes[:i]:
            ck.add(_p(plan.units[i]["path"], "unit.code"), f"mã đơn vị “{c}” xuất hiện hai lần trong tệp.")
    # Member refs first (any record may point at a member of another unit of the file).
    for ui, e in enumerate(plan.units):
        for mi, m in enumerate(e["doc"].get("members", [])):
            ref = _ref(m["id"])
            if ref in plan.member_refs:
                ck.add(_p(e["path"], f"members[{mi}].id"), f"mã đoàn viên “{ref}” bị trùng trong tệp.")
            else:
                plan.member_refs[ref] = (ui, mi)
    log_refs: dict[str, tuple[int, int]] = {}
    act_refs: dict[str, tuple[int, int]] = {}
    for ui, e in enumerate(plan.units):
        for key, table in (("logs", log_refs), ("volunteer_activities", act_refs)):
            for i, r in enumerate(e["doc"].get(key, [])):
                if "id" in r:
                    ref = _ref(r["id"])
                    if ref in table:
                        ck.add(_p(e["path"], f"{key}[{i}].id"), f"mã “{ref}” bị trùng trong tệp.")
                    table[ref] = (ui, i)
    for ui, e in enumerate(plan.units):
        _check_unit(ck, plan, ui, e, log_refs, act_refs)
    if ck.problems:
        raise InvalidDocument(ck.problems)
    return plan


def _check_unit(ck: _Checker, plan: _Plan, ui: int, e: dict, log_refs: dict, act_refs: dict) -> None:
    d, base = e["doc"], e["path"]
    ck.unit = e["unit"]
    rows: dict = {}
    e["rows"] = rows

    def P(rest: str) -> str:
        return _p(base, rest)

    def member(ref, path: str, *, own: bool = False) -> int | None:
        """Resolve a member ref to (unit index, member index) -> a global index."""
        hit = plan.member_refs.get(_ref(ref))
        if hit is None:
            ck.add(path, f"không có đoàn viên mã “{ref}” trong tệp (xem trường id của members).")
            return None
        if own and hit[0] != ui:
            ck.add(path, f"đoàn viên “{ref}” không thuộc đơn vị “{d['unit']['code']}”.")
            return None
        return hit

    def member_list(refs: list, path: str) -> list:
        """``member`` of each ref of a list (the path of a ref is built only for a problem)."""
        hits = list(map(plan.member_refs.get, map(_ref, refs)))
        if None in hits:
            hits = [member(r, f"{path}[{j}]") for j, r in enumerate(refs)]
        return hits

    settings = {}
    for k, v in (d.get("settings") or {}).items():
        if k not in UNIT_SETTINGS:
            ck.add(P(f"settings.{k}"), f"không có cài đặt “{k}” trong Sổ Thi Đua (tệp có thể từ một phiên bản khác).")
            continue
        try:
            settings[k] = validate_setting(k, v)
        except DomainError as exc:
            ck.add(P(f"settings.{k}"), str(exc))
    rows["settings"] = settings

    members = []
    for i, m in enumerate(d.get("members", [])):
        mp = P(f"members[{i}]")
        dates = {
            f: ck.date(m.get(f), f"{mp}.{f}")
            for f in ("date_of_birth", "union_join_date", "party_join_date", "training_registered_on")
        }
        values = normalise_values(
            {
                "full_name": m["full_name"],
                "date_of_birth": dates["date_of_birth"],
                "dob_year_only": bool(m.get("dob_year_only")),
                "gender": m.get("gender"),
                "phone": m.get("phone"),
                "id_number": m.get("id_number"),
                "union_join_date": dates["union_join_date"],
                "union_card_no": m.get("union_card_no"),
                "is_party_member": bool(m.get("is_party_member")),
                "party_join_date": dates["party_join_date"],
                "residence": m.get("residence"),
                "training_registered_on": dates["training_registered_on"],
                "ebook_issued": bool(m.get("ebook_issued")),
                "ecard_issued": bool(m.get("ecard_issued")),
                "residence_activity": bool(m.get("residence_activity")),
                "notes": m.get("notes"),
                "training_registered": bool(m.get("training_registered")),
            },
            complete=True,
        )  # as Member.normalised, without building the member twice (15,000 in a Đoàn cơ sở's file)
        # Phone numbers and CCCD are written as people write them ("0912 345 678"): normalised.
        for f, norm in (("phone", normalise_phone), ("id_number", normalise_id_number)):
            v = values[f]
            if v:
                try:
                    values[f] = norm(v)
                except DomainError:
                    pass  # member_problems reports it with its message
        member_obj = member_of(id=None, unit_code=d["unit"]["code"], **values)
        for f, msg in member_problems(member_obj, LENIENT_TODAY).items():
            ck.add(f"{mp}.{f}", msg)
        history: list[MembershipEvent] = []
        for j, ev in enumerate(m["history"]):
            on = ck.date(ev["date"], f"{mp}.history[{j}].date")
            if on is None:
                continue
            try:
                check_new_event(history, ev["kind"], on, LENIENT_TODAY, member_obj.date_of_birth)
            except DomainError as exc:
                ck.add(f"{mp}.history[{j}].{_HISTORY_FIELDS.get(exc.field, 'date')}", str(exc))
            history.append(MembershipEvent(ev["kind"], on, ev.get("note")))
        row = {f: getattr(member_obj, f) for f in repo.MEMBER_FIELDS}
        row["erased"] = bool(m.get("erased"))
        row["history"] = [{"kind": h.kind, "on_date": h.on_date, "note": h.note} for h in history]
        members.append(row)
    rows["members"] = members

    rows["member_groups"] = []
    seen_groups = set()
    for i, g in enumerate(d.get("member_groups", [])):
        name = " ".join(g["name"].split())
        if name.lower() in seen_groups:
            ck.add(P(f"member_groups[{i}].name"), f"nhóm “{name}” bị trùng.")
        seen_groups.add(name.lower())
        ms = member_list(g.get("members", []), P(f"member_groups[{i}].members"))
        rows["member_groups"].append({"name": name, "members": ms})

    rows["registrations"] = []
    seen = set()
    for i, r in enumerate(d.get("registrations", [])):
        rp = P(f"registrations[{i}]")
        campaign = r.get("campaign", DEFAULT_CAMPAIGN)
        cat = ck.catalogs.get(campaign)
        if cat is None:
            ck.add(f"{rp}.campaign", f"không có bộ tiêu chí “{campaign}”.")
        label = ck.period(r["period"], f"{rp}.period")
        version = r.get("version", 1)
        if (campaign, label, version) in seen:
            ck.add(f"{rp}.version", f"đăng ký {campaign} kỳ {label} phiên bản {version} bị trùng.")
        seen.add((campaign, label, version))
        items = []
        for j, it in enumerate(r.get("items", [])):
            if cat is not None and it["criterion"] not in {c.id for c in cat.criteria}:
                ck.add(f"{rp}.items[{j}].criterion", f"không có tiêu chí “{it['criterion']}” trong {campaign}.")
            items.append(
                {
                    "criterion_id": it["criterion"],
                    "planned_activities": it.get("planned_activities", ""),
                    "target_date": ck.date(it.get("target_date"), f"{rp}.items[{j}].target_date"),
                    "responsible": it.get("responsible", ""),
                }
            )
        ms = member_list(r.get("members", []), f"{rp}.members")
        rows["registrations"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "version": version,
                "status": r.get("status", "draft"),
                "deadline": ck.date(r.get("deadline"), f"{rp}.deadline"),
                "submitted_on": ck.date(r.get("submitted_on"), f"{rp}.submitted_on"),
                "submitted_by": r.get("submitted_by"),
                "late": bool(r.get("late")),
                "note": r.get("note"),
                "created_by": r.get("created_by", ""),
                "items": items,
                "members": ms,
            }
        )

    rows["logs"] = []
    for i, lg in enumerate(d.get("logs", [])):
        lp = P(f"logs[{i}]")
        on = ck.date(lg["date"], f"{lp}.date")
        mem = member(lg["member"], f"{lp}.member") if lg.get("member") is not None else None
        parts = member_list(lg.get("participants", []), f"{lp}.participants")
        spec = LOG_KINDS[lg["kind"]]
        if parts and not spec.uses_participants:
            ck.add(f"{lp}.participants", f"sổ “{spec.title_vi}” không ghi danh sách người tham gia.")
        if mem is not None and not spec.uses_member:
            ck.add(f"{lp}.member", f"sổ “{spec.title_vi}” không gắn với một đoàn viên.")
        entry = None
        if on is not None:
            try:
                entry = LogEntry(
                    id=None,
                    unit_code=d["unit"]["code"],
                    kind=lg["kind"],
                    on_date=on,
                    title=lg["title"],
                    description=lg.get("description"),
                    category=lg.get("category"),
                    channel=lg.get("channel"),
                    member_id=0 if lg.get("member") is not None else None,
                    ref_no=lg.get("ref_no"),
                    counterpart=lg.get("counterpart"),
                    received_on=ck.date(lg.get("received_on"), f"{lp}.received_on"),
                    link=lg.get("link"),
                ).validated()
            except DomainError as exc:
                ck.add(f"{lp}.{_LOG_FIELDS.get(exc.field, exc.field or 'kind')}", str(exc))
        if entry is not None and entry.channel is None and lg.get("channel"):
            ck.add(f"{lp}.channel", f"sổ “{spec.title_vi}” không ghi kênh thông tin.")
        if entry is not None and entry.counterpart is None and lg.get("counterpart"):
            ck.add(f"{lp}.counterpart", f"sổ “{spec.title_vi}” không có trường này.")
        if entry is not None and entry.ref_no is None and lg.get("ref_no"):
            ck.add(f"{lp}.ref_no", f"sổ “{spec.title_vi}” không ghi số văn bản.")
        if entry is not None and entry.link is None and lg.get("link"):
            ck.add(f"{lp}.link", f"sổ “{spec.title_vi}” không ghi đường liên kết.")
        if entry is not None and entry.received_on is None and lg.get("received_on"):
            ck.add(f"{lp}.received_on", f"sổ “{spec.title_vi}” không có ngày nhận.")
        rows["logs"].append(
            {
                "kind": lg["kind"],
                "on_date": on,
                "title": entry.title if entry else lg["title"],
                "description": entry.description if entry else None,
                "category": entry.category if entry else None,
                "channel": entry.channel if entry else None,
                "member_id": mem,
                "ref_no": entry.ref_no if entry else None,
                "counterpart": entry.counterpart if entry else None,
                "received_on": entry.received_on if entry else None,
                "link": entry.link if entry else None,
                "participants": parts,
                "created_by": lg.get("created_by", ""),
            }
        )

    rows["judgements"] = []
    for i, j in enumerate(d.get("judgements", [])):
        jp = P(f"judgements[{i}]")
        campaign = j.get("campaign", DEFAULT_CAMPAIGN)
        cat = ck.catalogs.get(campaign)
        if cat is None:
            ck.add(f"{jp}.campaign", f"không có bộ tiêu chí “{campaign}”.")
        elif j["criterion"] not in {c.id for c in cat.criteria}:
            ck.add(f"{jp}.criterion", f"không có tiêu chí “{j['criterion']}” trong {campaign}.")
        elif cat.criterion(j["criterion"]).measure != "qualitative":
            ck.add(
                f"{jp}.criterion",
                f"tiêu chí {j['criterion']} được tính từ sổ theo dõi, không ghi đánh giá "
                "định tính (chỉ các tiêu chí định tính như CD-1.3, CD-3.1).",
            )
        rows["judgements"].append(
            {
                "campaign": campaign,
                "period_label": ck.period(j["period"], f"{jp}.period"),
                "criterion_id": j["criterion"],
                "verdict": j["verdict"],
                "author": " ".join(j["author"].split()),
                "judged_on": ck.date(j["date"], f"{jp}.date"),
                "note": j.get("note"),
                "created_by": j.get("created_by", ""),
            }
        )

    rows["volunteer_activities"] = []
    for i, a in enumerate(d.get("volunteer_activities", [])):
        ap = P(f"volunteer_activities[{i}]")
        dates = [ck.date(x, f"{ap}.dates[{j}]") for j, x in enumerate(a["dates"])]
        parts = member_list(a["participants"], f"{ap}.participants")
        confirmed = member_list(a.get("overlap_confirmed", []), f"{ap}.overlap_confirmed")
        act = None
        if all(x is not None for x in dates) and all(x is not None for x in parts):
            index = {p: n for n, p in enumerate(dict.fromkeys(parts))}
            try:
                act = Activity(
                    id=None,
                    unit_code=d["unit"]["code"],
                    name=a["name"],
                    kind=a["kind"],
                    dates=tuple(dates),
                    days=a["days"],
                    level=a.get("level", "chi-doan"),
                    focus=a.get("focus"),
                    place=a.get("place"),
                    guests=a.get("guests", 0),
                    confirmed_by=a.get("confirmed_by"),
                    notes=a.get("notes"),
                    participant_ids=tuple(index[p] for p in parts),
                    overlap_confirmed_ids=tuple(index[c] for c in confirmed if c in index),
                ).validated(stored=True)  # nobody left: its only member deleted since
            except DomainError as exc:
                ck.add(f"{ap}.{exc.field or 'name'}", str(exc))
        rows["volunteer_activities"].append(
            {
                "name": act.name if act else a["name"],
                "kind": a["kind"],
                "focus": act.focus if act else None,
                "place": act.place if act else None,
                "level": a.get("level", "chi-doan"),
                "half_days": to_half_days(act.days) if act else 0,
                "dates": dates,
                "guests": a.get("guests", 0),
                "confirmed_by": act.confirmed_by if act else None,
                "notes": act.notes if act else None,
                "participants": list(dict.fromkeys(parts)),
                "overlap_confirmed": confirmed,
                "deleted": bool(a.get("deleted")),
                "delete_reason": a.get("delete_reason"),
                "created_by": a.get("created_by", ""),
            }
        )

    _check_recognition(ck, plan, ui, e, member, P)

    rows["documents"], seen_no, seen_doc = [], set(), set()
    top: dict[tuple, int] = {}
    for i, doc in enumerate(d.get("documents", [])):
        dp = P(f"documents[{i}]")
        key_no = (doc["year"], doc["type_code"], doc["number"])
        key_doc = (doc["kind"], doc["period"], doc.get("subject", ""), doc["type_code"])
        if key_no in seen_no:
            ck.add(f"{dp}.number", f"số {doc['number']} loại {doc['type_code']} năm {doc['year']} bị cấp hai lần.")
        if key_doc in seen_doc:
            ck.add(dp, "văn bản này (cùng loại báo cáo, kỳ, chi đoàn, loại văn bản) bị ghi hai lần.")
        seen_no.add(key_no)
        seen_doc.add(key_doc)
        top[(doc["year"], doc["type_code"])] = max(top.get((doc["year"], doc["type_code"]), 0), doc["number"])
        rows["documents"].append(
            {
                "year": doc["year"],
                "type_code": doc["type_code"],
                "number": doc["number"],
                "kind": doc["kind"],
                "period_label": doc["period"],
                "subject_code": doc.get("subject", ""),
                "issued_on": ck.date(doc["issued_on"], f"{dp}.issued_on"),
                "title": doc.get("title", ""),
                "created_by": doc.get("created_by", ""),
                "print_count": doc.get("print_count", 0),
            }
        )
    counters = {}
    for i, c in enumerate(d.get("document_counters", [])):
        key = (c["year"], c["type_code"])
        if key in counters:
            ck.add(P(f"document_counters[{i}]"), f"bộ đếm năm {c['year']} loại {c['type_code']} bị ghi hai lần.")
        elif c["last_number"] < top.get(key, 0):
            ck.add(
                P(f"document_counters[{i}].last_number"),
                f"số cuối {c['last_number']} nhỏ hơn số {top[key]} đã cấp trong sổ đăng ký.",
            )
        counters[key] = c["last_number"]
    for key, n in top.items():  # a register without its counter: numbers given are never given again
        counters.setdefault(key, n)
    rows["document_counters"] = [{"year": y, "type_code": t, "last_number": n} for (y, t), n in counters.items()]

    rows["attachments"] = []
    tables = {"member": plan.member_refs, "log": log_refs, "volunteer_activity": act_refs}
    for i, a in enumerate(d.get("attachments", [])):
        hit = tables[a["owner"]].get(_ref(a["ref"]))
        if hit is None or hit[0] != ui:
            ck.add(P(f"attachments[{i}].ref"), f"không có {a['owner']} mã “{a['ref']}” trong đơn vị này.")
            continue
        rows["attachments"].append(
            {
                "owner": a["owner"],
                "target": hit,
                "sha256": a["sha256"],
                "original_name": a["name"],
                "size": a["size"],
                "added_by": a.get("added_by", ""),
            }
        )


def file_same_people(plan: _Plan, today: date) -> list[str]:
    """People active on ``today`` twice in the checked file: twice in one unit, or in two units
    of it (shown by ``data import --check`` before anything is written)."""
    people: list[Member] = []
    names: dict[str, str] = {}
    for e in plan.units:
        if e.get("unit") is None:
            continue
        names[e["unit"].code] = e["unit"].name
        for i, r in enumerate(e.get("rows", {}).get("members", [])):
            events = [MembershipEvent(h["kind"], h["on_date"], h["note"]) for h in r["history"]]
            if r.get("erased") or not is_active_on(events, today):
                continue
            people.append(
                Member(
                    id=i,
                    unit_code=e["unit"].code,
                    full_name=r["full_name"],
                    date_of_birth=r["date_of_birth"],
                    dob_year_only=r["dob_year_only"],
                    union_card_no=r["union_card_no"],
                )
            )
    return [f"Trùng người: {p.text_vi(names)}" for p in same_people(people)]
