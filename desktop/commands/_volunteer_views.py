"""`sothidua volunteer …`, the reading side: the year's summary (`summary`), the activities
(`list`, `show`) and one member's days (`member`), as text or JSON. Their arguments are declared
with the rest in desktop/commands/volunteer.py.
"""

from __future__ import annotations


def _unit_code(args, cli) -> str:
    return getattr(args, "unit", None) or cli.unit().code


def _summary(args, cli) -> int:
    from desktop.domain.volunteer import format_days_vi, risk_words
    from desktop.i18n.catalogue import say
    from desktop.services.volunteering import summary_json, volunteer_summary

    ctx = cli.context()
    unit_code = _unit_code(args, cli)
    summary = volunteer_summary(ctx, unit_code, args.year)
    if args.json:
        cli.print_json(summary_json(summary))
        return 0
    p = summary.period
    print(f"Ngày tình nguyện {p.label} ({p.start:%d/%m/%Y} – {p.end:%d/%m/%Y}), đơn vị {unit_code}")
    print(
        f"Đoàn viên tính cho CD-3.6: {len(summary.counted)}; chưa đủ 5 ngày: {summary.short_count}; "
        f"còn {summary.days_left} ngày trong năm đánh giá."
    )
    for m in summary.short:
        print(
            f"  {m.name:32} {format_days_vi(m.days):>5} ngày  còn thiếu {format_days_vi(m.needed):>4}  "
            f"{say(risk_words(summary.risk_of(m)))}"
        )
    print(
        f"CD-2.2 công trình, phần việc thanh niên: {summary.cd22_count}; "
        f"CD-2.3 địa chỉ đỏ / trào lưu: {summary.cd23_count}"
    )
    return 0


def _activity_json(a, evidence_count: int | None = None) -> dict:
    d = {
        "id": a.id,
        "unit": a.unit_code,
        "name": a.name,
        "kind": a.kind,
        "focus": a.focus,
        "dates": [x.isoformat() for x in a.dates],
        "days": a.days,
        "level": a.level,
        "place": a.place,
        "guests": a.guests,
        "confirmed_by": a.confirmed_by,
        "notes": a.notes,
        "participants": list(a.participant_ids),
        "overlap_confirmed": list(a.overlap_confirmed_ids),
        "participant_count": a.participant_count,
        "people": a.people,
        "deleted": a.deleted,
    }
    if evidence_count is not None:
        d["evidence"] = evidence_count
    return d


def _list(args, cli) -> int:
    from desktop.domain.volunteer import format_dates_vi, format_days_vi, label_words, parse_kind
    from desktop.i18n.catalogue import say
    from desktop.services.volunteering import list_activities

    ctx = cli.context()
    unit_code = _unit_code(args, cli)
    kinds = [parse_kind(k) for k in args.kind] if args.kind else None
    acts = list_activities(ctx, unit_code, args.year, kinds, deleted=args.deleted)
    if args.json:
        cli.print_json([_activity_json(a) for a in acts])
        return 0
    for a in acts:
        print(
            f"{a.id:>5}  {format_dates_vi(a.dates):24} {a.name[:40]:40} {say(label_words('kind', a.kind))[:28]:28} "
            f"{a.participant_count:>4} đv × {format_days_vi(a.days)} ngày"
        )
    if not acts:
        print("Chưa có hoạt động nào.")
    return 0


def _show(args, cli) -> int:
    from desktop.domain.volunteer import format_dates_vi, format_days_vi, label_words
    from desktop.i18n.catalogue import say
    from desktop.services.volunteering import activity_history, evidence, get_activity

    ctx = cli.context()
    a = get_activity(ctx, args.id)
    files = evidence(ctx, args.id)
    hist = activity_history(ctx, args.id)
    if args.json:
        d = _activity_json(a, len(files))
        d["evidence_files"] = [{"id": f.id, "name": f.original_name, "sha256": f.sha256, "size": f.size} for f in files]
        d["history"] = [{"at": h["at"], "actor": h["actor"], "action": h["action"]} for h in hist]
        cli.print_json(d)
        return 0
    print(f"Hoạt động số {a.id}: {a.name}{' (đã xóa)' if a.deleted else ''}")
    print(f"Loại: {say(label_words('kind', a.kind))}; cấp tổ chức: {say(label_words('level', a.level))}")
    print(f"Ngày: {format_dates_vi(a.dates)}; mỗi đoàn viên {format_days_vi(a.days)} ngày")
    print(f"Tham gia: {a.participant_count} đoàn viên, {a.guests} khách")
    for f in files:
        print(f"Minh chứng: {f.original_name} (SHA-256 {f.sha256[:12]}…)")
    for h in hist:
        print(f"{h['at']:%d/%m/%Y %H:%M} {h['actor']}: {h['action']}")
    return 0


def _member(args, cli) -> int:
    from desktop.domain.volunteer import format_dates_vi, format_days_vi
    from desktop.services.volunteering import member_record

    ctx = cli.context()
    rec = member_record(ctx, _unit_code(args, cli), args.id, args.year)
    if args.json:
        cli.print_json(
            {
                "member_id": rec.member.member_id,
                "name": rec.member.name,
                "year": rec.period.year,
                "period": rec.period.label,
                "days": rec.days.days,
                "met": rec.days.met,
                "needed": rec.days.needed,
                "progress": rec.days.progress,
                "status": rec.days.status,
                "activities": [
                    {"id": a.id, "name": a.name, "kind": a.kind, "dates": [d.isoformat() for d in a.dates], "days": d}
                    for a, d in rec.activities
                ],
            }
        )
        return 0
    print(f"{rec.member.name}: {format_days_vi(rec.days.days)}/5 ngày trong {rec.period.label}")
    for a, d in rec.activities:
        print(f"  {format_dates_vi(a.dates):24} {a.name[:44]:44} {format_days_vi(d)} ngày")
    return 0
