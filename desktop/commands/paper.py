"""`sothidua verify-paper CODE_OR_IMAGE`: does a paper copy match the package received (issue 19)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "verify-paper",
        help="kiểm tra bản giấy: mã kiểm tra in cạnh mã QR, hoặc ảnh chụp / bản quét / tệp PDF của trang giấy",
    )
    p.add_argument("source", metavar="CODE_OR_IMAGE", help="mã kiểm tra (ví dụ K7M2Q-9XD4T) hoặc đường dẫn ảnh, PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_verify)


def _verify(args, cli) -> int:
    from desktop.services import exchange as paper

    result = paper.check(cli.context(), args.source)
    if args.json:
        cli.print_json(result.to_json())
    else:
        print(result.verdict)
        for line in result.details:
            print("  " + line)
        if result.differences:
            print("Khác nhau:")
            for line in result.differences:
                print("  - " + line)
    return 0 if result.matches else 1
