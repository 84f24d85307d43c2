"""`sothidua data export|import|schema`: the whole record of a unit as one JSON document
(issue 5 item 6; format in docs/formats/du-lieu-trao-doi.md and resources/schemas/unit-data.schema.json).

    sothidua data export --out cd-tdp3.json [--unit CD-TDP3]
    sothidua data import cd-tdp3.json --json          # all or nothing; errors with paths
    sothidua data import cd-tdp3.json --check --json  # only check the file
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("data", help="xuất/nhập toàn bộ dữ liệu của đơn vị (một tệp JSON)")
    ds = p.add_subparsers(dest="data_cmd", metavar="ACTION", required=True)

    ex = ds.add_parser("export", help="xuất toàn bộ hồ sơ của đơn vị ra một tệp JSON")
    ex.add_argument("--out", required=True, metavar="FILE.json", help="tệp JSON cần ghi ('-' = in ra màn hình)")
    ex.add_argument(
        "--unit", metavar="MÃ", help="mã đơn vị (mặc định: đơn vị của máy này, kèm các chi đoàn trực thuộc)"
    )
    ex.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    ex.set_defaults(handler=_export)

    im = ds.add_parser("import", help="nhập một tệp JSON (kiểm tra trước, ghi tất cả hoặc không ghi gì)")
    im.add_argument("file", metavar="FILE.json")
    im.add_argument("--check", action="store_true", help="chỉ kiểm tra tệp, không ghi")
    im.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    im.set_defaults(handler=_import)

    sc = ds.add_parser("schema", help="in JSON Schema của tệp dữ liệu")
    sc.set_defaults(handler=_schema)


def _export(args, cli) -> int:
    from desktop.services import exchange as ix

    doc = ix.export_document(cli.context(), args.unit)
    units = [doc["unit"]["code"]] + [b["unit"]["code"] for b in _branches(doc)]
    members = len(doc.get("members", [])) + sum(len(b.get("members", [])) for b in _branches(doc))
    if args.out == "-":
        print(ix.dumps(doc), end="")
        return 0
    path = ix.write_file(doc, args.out)
    if args.json:
        cli.print_json({"ok": True, "file": str(path), "unit": doc["unit"]["code"], "units": units, "members": members})
    else:
        print(f"Đã xuất dữ liệu của {_units_text(units)} ({_n(members)} đoàn viên) ra “{path}”.")
    return 0


def _branches(rec: dict) -> list[dict]:
    out = []
    for b in rec.get("branches", []):
        out.append(b)
        out.extend(_branches(b))
    return out


def _import(args, cli) -> int:
    from desktop.services import exchange as ix

    ctx = cli.context()
    try:
        doc = ix.read_file(args.file)
        if args.check:
            plan = ix.check_document(ctx, doc)
            result = {
                "ok": True,
                "checked": True,
                "units": [e["unit"].code for e in plan.units],
                "members": sum(len(e["rows"]["members"]) for e in plan.units),
                "warnings": ix.file_same_people(plan, ctx.today()),
            }
            if args.json:
                cli.print_json(result)
            else:
                print(f"Tệp hợp lệ: {', '.join(result['units'])} ({result['members']} đoàn viên).")
                for w in result["warnings"]:
                    print(f"  Lưu ý: {w}")
            return 0
        result = ix.import_document(ctx, doc)
    except ix.InvalidDocument as exc:
        if args.json:
            cli.print_json({"ok": False, "errors": [{"path": p.path, "message": p.message} for p in exc.problems]})
        else:
            import sys

            print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    if args.json:
        cli.print_json(result.to_json())
    else:
        verb = "Đã nhập" if result.changed else "Không có thay đổi:"
        c = result.counts
        print(
            f"{verb} {_units_text(list(result.units))} — {_n(c['members'])} đoàn viên, "
            f"{_n(c['logs'])} bản ghi minh chứng, {_n(c['volunteer_activities'])} hoạt động tình nguyện."
        )
        for w in result.warnings:
            print(f"  Lưu ý: {w}")
    return 0


def _n(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _units_text(codes: list[str]) -> str:
    """'DCS-LC, CD-1, CD-2'; a Đoàn cơ sở's 300 branches: 'DCS-LC và 300 đơn vị trực thuộc'
    (the whole list is in --json)."""
    if len(codes) <= 6:
        return ", ".join(codes)
    return f"{codes[0]} và {_n(len(codes) - 1)} đơn vị trực thuộc ({codes[1]} … {codes[-1]})"


def _schema(args, cli) -> int:
    from desktop.services import exchange as ix

    cli.print_json(ix.schema())
    return 0
