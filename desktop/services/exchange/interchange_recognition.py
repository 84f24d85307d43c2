"""Checking the recognition records of a member in a unit-data document (see interchange.py):
periods, campaigns, criteria and titles, the same checks as the screens."""

from __future__ import annotations


from desktop.domain import recognition as rec_rules
from desktop.services.exchange.interchange_read import DEFAULT_CAMPAIGN, _Checker, _Plan, _ref


def _check_recognition(ck: _Checker, plan: _Plan, ui: int, e: dict, member, P) -> None:
    d, rows, unit = e["doc"], e["rows"], e["unit"]
    own = {"own": True}

    def once(seen: set, key, path: str, what: str) -> None:
        if key in seen:
            ck.add(path, f"{what} bị trùng.")
        seen.add(key)

    rows["member_assessments"], seen = [], set()
    for i, a in enumerate(d.get("member_assessments", [])):
        ap = P(f"member_assessments[{i}]")
        mem = member(a["member"], f"{ap}.member", **own)
        label = ck.period(a["period"], f"{ap}.period")
        once(seen, (_ref(a["member"]), label), ap, f"tự đánh giá của “{a['member']}” kỳ {label}")
        settings = rows["settings"]
        cid = a.get("catalog") or rec_rules.member_catalog_id(unit, settings.get("member_criteria", "auto"))
        cat = ck.catalogs.get(cid)
        if cat is None or cid not in rec_rules.MEMBER_CATALOGS:
            ck.add(
                f"{ap}.catalog",
                f"“{cid}” không phải bộ tiêu chí Đoàn viên XHCN ({', '.join(rec_rules.MEMBER_CATALOGS)}).",
            )
        else:
            known = {g.id for g in rec_rules.quality_groups(cat)}
            for gid in a["groups"]:
                if gid not in known:
                    ck.add(
                        f"{ap}.groups.{gid}",
                        f"không có nhóm “{gid}” trong bộ tiêu chí “{cat.title_vi}” ({', '.join(sorted(known))}).",
                    )
        rows["member_assessments"].append(
            {
                "member_id": mem,
                "period_label": label,
                "catalog_id": cid,
                "catalog_version": a.get("catalog_version", cat.version if cat else 1),
                "assessed_on": ck.date(a.get("assessed_on"), f"{ap}.assessed_on"),
                "training_score": a.get("training_score"),
                "note": a.get("note"),
                "groups": {
                    g: {"result": it["result"], "evidence": " ".join(it.get("evidence", "").split())}
                    for g, it in a["groups"].items()
                },
            }
        )

    rows["member_votes"], seen = [], set()
    for i, v in enumerate(d.get("member_votes", [])):
        vp = P(f"member_votes[{i}]")
        mem = member(v["member"], f"{vp}.member", **own)
        label = ck.period(v["period"], f"{vp}.period")
        once(seen, (_ref(v["member"]), label), vp, f"biểu quyết về “{v['member']}” kỳ {label}")
        if v["for"] + v["against"] + v["absent"] == 0:
            ck.add(vp, "biểu quyết phải có ít nhất một đoàn viên.")
        rows["member_votes"].append(
            {
                "member_id": mem,
                "period_label": label,
                "meeting_date": ck.date(v["meeting_date"], f"{vp}.meeting_date"),
                "votes_for": v["for"],
                "votes_against": v["against"],
                "votes_absent": v["absent"],
                "note": v.get("note"),
            }
        )

    branch_cat = ck.catalogs.get(DEFAULT_CAMPAIGN)
    branch_ids = {c.id for c in branch_cat.criteria} if branch_cat else set()

    def campaign_of(x: dict, path: str) -> str:
        c = x.get("campaign", DEFAULT_CAMPAIGN)
        if c != DEFAULT_CAMPAIGN:
            ck.add(f"{path}.campaign", f"chỉ hỗ trợ “{DEFAULT_CAMPAIGN}”.")
        return c

    rows["proposals"], seen = [], set()
    for i, p in enumerate(d.get("proposals", [])):
        pp = P(f"proposals[{i}]")
        campaign = campaign_of(p, pp)
        label = ck.period(p["period"], f"{pp}.period")
        once(seen, (campaign, label), pp, f"hồ sơ đề nghị kỳ {label}")
        for cid in p.get("criteria", {}):
            if cid not in branch_ids:
                ck.add(f"{pp}.criteria.{cid}", f"không có tiêu chí “{cid}” trong {campaign}.")
        ms = [member(x, f"{pp}.members[{j}]", **own) for j, x in enumerate(p.get("members", []))]
        rows["proposals"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "self_assessment": p.get("self_assessment", ""),
                "proposes_recognition": bool(p.get("proposes_recognition")),
                "status": p.get("status", "draft"),
                "submitted_on": ck.date(p.get("submitted_on"), f"{pp}.submitted_on"),
                "document_number": p.get("document_number", ""),
                "items": {
                    cid: {
                        "claim": it["claim"],
                        "comment": it.get("comment", ""),
                        "evaluated_status": it.get("evaluated_status", ""),
                        "evaluated_value": it.get("evaluated_value", ""),
                        "explanation": it.get("explanation", ""),
                    }
                    for cid, it in p.get("criteria", {}).items()
                },
                "members": ms,
            }
        )

    rows["appraisals"], seen = [], set()
    for i, a in enumerate(d.get("appraisals", [])):
        ap = P(f"appraisals[{i}]")
        campaign = campaign_of(a, ap)
        label = ck.period(a["period"], f"{ap}.period")
        once(seen, (campaign, label, a["criterion"]), ap, f"thẩm định {a['criterion']} kỳ {label}")
        if a["criterion"] not in branch_ids:
            ck.add(f"{ap}.criterion", f"không có tiêu chí “{a['criterion']}” trong {campaign}.")
        rows["appraisals"].append(
            {
                "campaign": campaign,
                "period_label": label,
                "criterion_id": a["criterion"],
                "agree": a["agree"],
                "comment": a.get("comment", ""),
                "appraised_by": a.get("appraised_by", ""),
                "appraised_on": ck.date(a.get("appraised_on"), f"{ap}.appraised_on"),
            }
        )

    # The members' facts of each period (CD-3.3 … CD-3.5), as recorded; the ticks of today's period win.
    rows["member_facts"], seen = [], set()
    for i, f in enumerate(d.get("member_facts", [])):
        fp = P(f"member_facts[{i}]")
        mem = member(f["member"], f"{fp}.member", **own)
        label = ck.period(f["period"], f"{fp}.period")
        once(seen, (_ref(f["member"]), label), fp, f"thông tin theo kỳ của “{f['member']}” kỳ {label}")
        row = {"member_id": mem, "period_label": label}
        for flag, day, number, what in (
            ("residence_activity", "residence_on", None, "sinh hoạt nơi cư trú"),
            ("training_registered", "training_on", None, "đăng ký Rèn luyện đoàn viên"),
            ("ebook_issued", "ebook_on", "ebook_no", "đã cấp sổ đoàn điện tử"),
            ("ecard_issued", "ecard_on", "ecard_no", "đã cấp thẻ đoàn điện tử"),
        ):
            row[flag] = bool(f.get(flag))
            row[day] = ck.date(f.get(day), f"{fp}.{day}")
            if row[day] is not None and not row[flag]:
                ck.add(f"{fp}.{day}", f"có ngày nhưng chưa đánh dấu {what}.")
            if number:
                row[number] = " ".join((f.get(number) or "").split()) or None
        rows["member_facts"].append(row)

    # The Đoàn cơ sở's appraisals of the unit's own members (a refusal names its reason, as on screen).
    rows["member_appraisals"], seen = [], set()
    for i, a in enumerate(d.get("member_appraisals", [])):
        ap = P(f"member_appraisals[{i}]")
        mem = member(a["member"], f"{ap}.member", **own)
        label = ck.period(a["period"], f"{ap}.period")
        once(seen, (_ref(a["member"]), label), ap, f"thẩm định đoàn viên “{a['member']}” kỳ {label}")
        reason = " ".join(a.get("reason", "").split())
        if not a["accepted"] and not reason:
            ck.add(f"{ap}.reason", "khi không đồng ý đề nghị phải ghi lý do.")
        rows["member_appraisals"].append(
            {
                "member_id": mem,
                "period_label": label,
                "accepted": a["accepted"],
                "reason": reason,
                "appraised_by": a.get("appraised_by", ""),
                "appraised_on": ck.date(a.get("appraised_on"), f"{ap}.appraised_on"),
            }
        )

    # Who signs the unit's documents from which day (the signer history).
    rows["signers"], seen = [], set()
    for i, g in enumerate(d.get("signers", [])):
        gp = P(f"signers[{i}]")
        row = {
            "valid_from": ck.date(g["valid_from"], f"{gp}.valid_from"),
            "on_behalf": " ".join(g.get("on_behalf", "").split()),
            "title": " ".join(g["title"].split()),
            "full_name": " ".join(g["full_name"].split()),
            "created_by": g.get("created_by", ""),
        }
        if not row["title"] or not row["full_name"]:
            ck.add(gp, "người ký phải có chức vụ và họ tên.")
        once(seen, (row["valid_from"], row["title"], row["full_name"]), gp, f"người ký “{row['full_name']}”")
        rows["signers"].append(row)

    def recog(r: dict, rp: str) -> dict:
        return {
            "decision_number": " ".join(r.get("decision_number", "").split()),
            "decision_date": ck.date(r.get("decision_date"), f"{rp}.decision_date"),
            "issuer_code": r.get("issuer_code"),
            "issuer_name": r.get("issuer_name", ""),
        }

    rows["branch_recognitions"], seen = [], set()
    for i, r in enumerate(d.get("branch_recognitions", [])):
        rp = P(f"branch_recognitions[{i}]")
        campaign = campaign_of(r, rp)
        label = ck.period(r["period"], f"{rp}.period")
        once(seen, (campaign, label), rp, f"quyết định công nhận chi đoàn kỳ {label}")
        rows["branch_recognitions"].append({"campaign": campaign, "period_label": label, **recog(r, rp)})

    rows["member_recognitions"] = []
    seen = plan.recognised  # a member is recognised once per period across the whole file
    for i, r in enumerate(d.get("member_recognitions", [])):
        rp = P(f"member_recognitions[{i}]")
        mem = member(r["member"], f"{rp}.member")
        label = ck.period(r["period"], f"{rp}.period")
        once(seen, (_ref(r["member"]), label), rp, f"công nhận đoàn viên “{r['member']}” kỳ {label}")
        rows["member_recognitions"].append({"member_id": mem, "period_label": label, **recog(r, rp)})
