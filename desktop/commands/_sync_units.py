"""`sothidua sync …`, the actions about the other units: what came in (`received`), sending a
kind of package (`send`), the list of branches and their invitations (`branches`, `invite`),
and senders held until confirmed (`held`, `confirm`). Their arguments are declared with the
rest in desktop/commands/sync.py.
"""

from __future__ import annotations

from pathlib import Path


def _received(args, cli) -> int:
    from desktop.services import exchange as sync

    rows = sync.received(cli.context(), kinds=(args.kind,) if args.kind else None, period=args.period)
    if args.json:
        cli.print_json(
            [
                {
                    "package_id": r.package_id,
                    "sender": r.sender_code,
                    "kind": r.kind,
                    "period": r.period,
                    "quarter": r.quarter,
                    "version": r.version,
                    "status": sync.row_status(r),
                    "sender_name": r.sender_name,
                    "current": r.is_current,
                    "reason": r.reason,
                    "received_at": r.received_at,
                    "file": r.source_name,
                    "superseded_by": r.superseded_by,
                }
                for r in rows
            ]
        )
    else:
        for r in rows:
            status = sync.import_status_label(sync.row_status(r))
            print(
                f"{r.received_at:%d/%m/%Y %H:%M}  {status:<13} {r.sender_code or '?'}  {r.kind or '?'}  "
                f"{r.period or ''}  v{r.version or '?'}  {r.reason or ''}"
            )
    return 0


def _reasons(texts: list[str] | None) -> list[tuple[str | None, str]]:
    """'CD-2.4: thiếu minh chứng' -> ('CD-2.4', 'thiếu minh chứng'); a text without a criterion
    is a general reason."""
    import re

    out = []
    for t in texts or []:
        m = re.match(r"^\s*(CD-\d+\.\d+)\s*[:：-]\s*(.+)$", t, re.DOTALL)
        out.append((m.group(1), m.group(2).strip()) if m else (None, t.strip()))
    return out


def _send(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services import exchange as flow_down, exchange as sending, exchange as submissions

    ctx = cli.context()
    if args.kind == "return":
        if not args.branch or len(args.branch) != 1 or not args.what or not args.period:
            raise DomainError(
                "Trả lại để sửa cần: --branch MÃ (một chi đoàn), --period KỲ, --what "
                'registration|quarterly|year-end và --reason "CD-x.y: lý do".',
                field="branch",
            )
        items = [
            flow_down.send_return(
                ctx, args.branch[0], args.what, args.period, _reasons(args.reason), quarter=args.quarter, note=args.note
            )
        ]
    elif args.kind == "reminder":
        if not args.period:
            raise DomainError("Hãy ghi kỳ đánh giá (--period, ví dụ 2026).", field="period")
        items = flow_down.send_reminders(
            ctx, args.period, args.branch, what=args.what, quarter=args.quarter, message=args.message
        )
    elif args.kind == "alert":
        if not args.criterion or not args.title:
            raise DomainError('Cảnh báo cần --criterion CD-1.3|CD-1.4 và --title "nội dung".', field="criterion")
        items = flow_down.send_alert(
            ctx,
            args.criterion,
            args.title,
            content=args.content,
            link=args.link,
            source=args.source,
            branches=args.branch,
            period=args.period,
        )
    else:
        items = submissions.send_down_or_up(
            ctx,
            args.kind,
            period=args.period,
            branches=args.branch,
            summary_kind=args.summary,
            catalog_file=Path(args.catalog) if args.catalog else None,
            effective_from=args.effective_from,
            effective_to=args.effective_to,
        )
    saved = {}
    if args.out:
        for i in items:
            saved[i.package_id] = str(sending.save_file(ctx, i.package_id, Path(args.out)))
    if args.json:
        cli.print_json(
            [
                {
                    "package_id": i.package_id,
                    "kind": i.kind,
                    "recipient": i.recipient_code,
                    "version": i.version,
                    "title": i.title,
                    "saved_to": saved.get(i.package_id),
                }
                for i in items
            ]
        )
    else:
        for i in items:
            print(
                f"Đã đưa vào hộp thư đi: {i.title} (phiên bản {i.version})"
                + (f" — đã lưu tệp {saved[i.package_id]}" if i.package_id in saved else "")
            )
    return 0


def _branches(args, cli) -> int:
    from desktop.services import exchange as invitations

    ctx = cli.context()
    if args.add:
        invitations.add_branch(ctx, args.add, args.name or "", args.branch_type, args.grade)
    res = invitations.import_branch_sheet(ctx, Path(args.sheet)) if args.sheet else None
    lines = invitations.branch_list(ctx)
    if args.json:
        out = {
            "branches": [
                {
                    "code": b.code,
                    "name": b.name,
                    "branch_type": b.branch_type,
                    "grade": b.grade,
                    "connected": b.connected,
                    "invitation": b.invitation,
                }
                for b in lines
            ]
        }
        if res is not None:
            out.update(added=res.added, unchanged=res.unchanged, errors=res.errors)
        cli.print_json(out)
    else:
        if res is not None:
            print(f"Đã thêm hoặc sửa {res.added} chi đoàn, {res.unchanged} không đổi.")
            for e in res.errors:
                print(f"  {e}")
        for b in lines:
            state = "đã kết nối" if b.connected else invitations.STATUS_VI.get(b.invitation or "", "chưa mời")
            print(f"{b.code:<20} {b.name}  [{state}]")
    return 1 if res is not None and res.errors else 0


def _invite(args, cli) -> int:
    from desktop.services import exchange as invitations

    ctx = cli.context()
    if args.all:
        issued = invitations.invite_all(ctx)
    else:
        issued = [invitations.invite(ctx, args.branch, name=args.name, branch_type=args.branch_type, grade=args.grade)]
    files, pdf = invitations.write_invitations(ctx, issued, Path(args.out))
    if args.json:
        cli.print_json(
            {
                "invitations": [
                    {
                        "branch": i.invitation.branch.code,
                        "name": i.invitation.branch.name,
                        "file": str(f),
                        "short_code": i.invitation.short_code,
                        "invitation_id": i.invitation.invitation_id,
                    }
                    for i, f in zip(issued, files)
                ],
                "pdf": str(pdf) if pdf else None,
            }
        )
    else:
        if not issued:
            print("Mọi chi đoàn trong danh sách đã kết nối: không cần thư mời.")
        for i, f in zip(issued, files):
            print(f"Thư mời cho {i.invitation.branch.name} ({i.invitation.branch.code}): {f}")
            print(f"  Mã mời: {i.invitation.short_code}")
        if pdf:
            print(f"Trang in: {pdf}")
    return 0


def _held(args, cli) -> int:
    from desktop.services import exchange as sync

    senders = sync.held_senders(cli.context())
    if args.json:
        cli.print_json(
            [
                {
                    "unit": h.unit_code,
                    "name": h.name,
                    "fingerprint": h.fingerprint,
                    "packages": h.packages,
                    "kinds": h.kinds_vi,
                    "in_list": h.in_list,
                }
                for h in senders
            ]
        )
    else:
        if not senders:
            print("Không có gói nào chờ xác nhận.")
        for h in senders:
            print(f"{h.name} ({h.unit_code}): {h.packages} gói chờ xác nhận — {', '.join(h.kinds_vi)}")
            print(f"  Mã vân tay khóa trong gói: {h.fingerprint or '—'}")
    return 0


def _confirm(args, cli) -> int:
    from desktop.services import exchange as sync

    res = sync.confirm_sender(cli.context(), args.code, args.fingerprint)
    if args.json:
        cli.print_json(
            {"unit": res.unit_code, "name": res.unit_name, "fingerprint": res.fingerprint, "message": res.message}
        )
    else:
        print(res.message)
    return 0
