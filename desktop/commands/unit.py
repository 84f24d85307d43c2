"""`sothidua unit init|show|set|join`: the unit profile, headless."""

from __future__ import annotations

from desktop.domain.units import BranchType, Unit, UnitKind


def register(sub) -> None:
    p = sub.add_parser("unit", help="hồ sơ đơn vị")
    us = p.add_subparsers(dest="unit_cmd", metavar="ACTION", required=True)

    init = us.add_parser("init", help="tạo (hoặc sửa) hồ sơ đơn vị của máy này")
    init.add_argument("--code", required=True, help="mã đơn vị")
    init.add_argument("--name", required=True, help="tên đơn vị")
    init.add_argument("--kind", required=True, choices=[k.value for k in UnitKind])
    init.add_argument("--branch-type", choices=[b.value for b in BranchType])
    init.add_argument("--grade", type=int, help="khối lớp (chi đoàn học sinh)")
    init.add_argument("--all-party-members", action="store_true", help="100%% đoàn viên là đảng viên")
    init.add_argument("--parent", help="mã đơn vị cấp trên")
    init.add_argument("--signer-title", default="BÍ THƯ", help="chức vụ người ký văn bản (mặc định BÍ THƯ)")
    init.add_argument("--signer-name", help="họ và tên người ký văn bản (in dưới chữ ký)")
    init.set_defaults(handler=_init)

    join = us.add_parser(
        "join",
        help="nhận thư mời của đơn vị cấp trên: tạo hồ sơ (thư mục dữ liệu trống) "
        "hoặc ghi đơn vị cấp trên của chi đoàn đã có",
    )
    join.add_argument("file", metavar="FILE", help="tệp thư mời .stmoi")
    join.add_argument("--code", metavar="MÃ MỜI", help="mã mời in trên trang thư mời, để đối chiếu với tệp")
    join.add_argument("--all-party-members", action="store_true", help="100%% đoàn viên là đảng viên")
    # As the first-run wizard's join page asks: the invitation names the unit, not who signs for it.
    join.add_argument("--signer-title", default="BÍ THƯ", help="chức vụ người ký văn bản (mặc định BÍ THƯ)")
    join.add_argument("--signer-name", help="họ và tên người ký văn bản (in dưới chữ ký)")
    join.add_argument("--json", action="store_true")
    join.set_defaults(handler=_join)

    show = us.add_parser("show", help="xem hồ sơ đơn vị")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    st = us.add_parser("settings", help="xem hoặc đổi cài đặt của đơn vị")
    st.add_argument("--set", nargs=2, action="append", metavar=("KEY", "VALUE"), default=[])
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_settings)


def _unit_json(u: Unit) -> dict:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "kind_vi": u.kind.label_vi,
        "branch_type": u.branch_type.value if u.branch_type else None,
        "branch_type_vi": u.branch_type.label_vi if u.branch_type else None,
        "grade": u.grade,
        "all_party_members": u.all_party_members,
        "parent_code": u.parent_code,
    }


def _init(args, cli) -> int:
    from desktop.services.units import save_self_unit, self_unit

    ctx = cli.context()
    unit = Unit(
        code=args.code,
        name=args.name,
        kind=UnitKind(args.kind),
        branch_type=BranchType(args.branch_type) if args.branch_type else None,
        grade=args.grade,
        all_party_members=args.all_party_members,
        parent_code=args.parent,
    )
    existed = self_unit(ctx) is not None
    save_self_unit(ctx, unit)
    saved = self_unit(ctx)
    if args.signer_name:
        from desktop.services.units import set_signer

        set_signer(ctx, saved.code, title=args.signer_title, full_name=args.signer_name)
    print(("Đã cập nhật" if existed else "Đã tạo") + f" hồ sơ đơn vị {saved.code} — {saved.name}.")
    return 0


def _show(args, cli) -> int:
    unit = cli.unit()
    if args.json:
        from desktop.services.exchange import parent_name

        cli.print_json({**_unit_json(unit), "parent_name": parent_name(cli.context(), unit) or None})
    else:
        j = _unit_json(unit)
        print(f"{j['name']} ({j['code']})\nLoại: {j['kind_vi']}")
        if j["branch_type_vi"]:
            print(f"Loại hình: {j['branch_type_vi']}")
        if j["grade"]:
            print(f"Khối lớp: {j['grade']}")
        if j["parent_code"]:
            from desktop.services.exchange import parent_name

            name = parent_name(cli.context(), unit)
            print(f"Đơn vị cấp trên: {name} ({j['parent_code']})" if name else f"Đơn vị cấp trên: {j['parent_code']}")
    return 0


def _settings(args, cli) -> int:
    from desktop.services.units import set_unit_setting, unit_settings

    unit = cli.unit()
    ctx = cli.context()
    for key, value in args.set:
        set_unit_setting(ctx, unit.code, key, value)
    values = unit_settings(ctx, unit.code)
    if args.json:
        cli.print_json(values)
    else:
        for k, v in values.items():
            print(f"{k} = {v}")
    return 0


def _join(args, cli) -> int:
    from pathlib import Path

    from desktop.domain.errors import DomainError
    from desktop.services import exchange as invitations
    from desktop.sync.invitation import code_matches

    ctx = cli.context()
    invitation = invitations.read_invitation_file(Path(args.file))
    if args.code is not None and not code_matches(invitation, args.code):
        raise DomainError(
            "Mã mời không khớp với tệp thư mời: hãy kiểm tra lại mã in trên trang thư mời hoặc xin thư mời mới."
        )
    res = invitations.join_invitation(ctx, invitation, all_party_members=args.all_party_members)
    if args.signer_name:
        from desktop.services.units import set_signer

        set_signer(ctx, res.unit.code, title=args.signer_title, full_name=args.signer_name)
    if args.json:
        cli.print_json(
            {
                "unit": _unit_json(res.unit),
                "created": res.created,
                "parent_code": res.parent_code,
                "parent_name": res.parent_name,
                "parent_fingerprint": res.parent_fingerprint,
                "message": res.message,
            }
        )
    else:
        print(res.message)
    return 0
