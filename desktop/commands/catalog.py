"""`sothidua catalog list|show`: the campaign catalogs as data."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("catalog", help="danh mục tiêu chí của các phong trào")
    cs = p.add_subparsers(dest="catalog_cmd", metavar="ACTION", required=True)
    ls = cs.add_parser("list", help="liệt kê các danh mục")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)
    show = cs.add_parser("show", help="xem một danh mục")
    show.add_argument("campaign_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


def _catalogs(cli):
    from desktop.services.catalogs import all_catalogs

    return all_catalogs(cli)


def _list(args, cli) -> int:
    cats = _catalogs(cli)
    if args.json:
        cli.print_json(
            [
                {
                    "id": c.id,
                    "version": c.version,
                    "title_vi": c.title_vi,
                    "title_en": c.title_en,
                    "criteria": len(c.criteria),
                }
                for c in cats.values()
            ]
        )
    else:
        for c in cats.values():
            print(f"{c.id} (v{c.version}): {c.title_vi} — {len(c.criteria)} tiêu chí")
    return 0


def _show(args, cli) -> int:
    from desktop.domain.errors import DomainError

    cats = _catalogs(cli)
    cat = cats.get(args.campaign_id)
    if cat is None:
        raise DomainError(f"Không có danh mục “{args.campaign_id}”. Các danh mục: {', '.join(cats)}.")
    if args.json:
        cli.print_json(cat.to_json())
        return 0
    print(f"{cat.title_vi} (v{cat.version})")
    for g in cat.groups:
        print(f"\nNhóm {g.id}. {g.title_vi}")
        for c in cat.criteria:
            if c.group == g.id:
                print(f"  {c.id}  {c.title_vi}")
    return 0
