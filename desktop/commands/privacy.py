"""`sothidua privacy erase MEMBER_ID`: erase a member's personal data on request (issue 8 §6)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("privacy", help="dữ liệu cá nhân của đoàn viên")
    us = p.add_subparsers(dest="privacy_cmd", metavar="ACTION", required=True)
    e = us.add_parser(
        "erase",
        help="xóa dữ liệu cá nhân (ngày sinh, CCCD, điện thoại, ngày vào Đảng) "
        "của một đoàn viên theo yêu cầu; số liệu các báo cáo cũ giữ nguyên",
    )
    e.add_argument("member_id", type=int)
    e.add_argument("--pseudonym", help="thay cả họ tên bằng tên này")
    e.add_argument("--reason", default="", help="lý do / căn cứ yêu cầu")
    e.add_argument("--json", action="store_true")
    e.set_defaults(handler=_erase)


def _erase(args, cli) -> int:
    from desktop.services.safety import erase_member_personal_data

    r = erase_member_personal_data(cli.context(), args.member_id, pseudonym=args.pseudonym, reason=args.reason)
    if args.json:
        cli.print_json(
            {
                "member_id": r.member_id,
                "cleared": list(r.cleared),
                "redacted_entries": r.redacted_entries,
                "files_removed": r.files_removed,
                "note": r.note,
            }
        )
    else:
        print(
            f"Đã xóa dữ liệu cá nhân của đoàn viên số {r.member_id}: "
            + (", ".join(r.cleared) or "không có trường nào còn dữ liệu")
            + "."
        )
        print(r.note)
    return 0
