"""`sothidua sync push|pull|now|online-status|connect|test-connection|revoke-key`: online sync
through a hub (issues 9 and 24).

Registered under `sothidua sync` by desktop/commands/sync.py (``register_sync``).

    sothidua sync push [--hub URL] [--json]   send every pending outbox item to the hub
    sothidua sync pull [--hub URL] [--json]   fetch and import what waits at the hub
    sothidua sync now [--hub URL] [--json]    one full round, as "Gửi – nhận ngay" does
    sothidua sync online-status [--json]      last synced, pending count, the last problem
    sothidua sync connect URL [--ca-file F] [--allow-http] [--accept-hub-key KEY]
                                              save the hub connection (tested first)
    sothidua sync test-connection [URL] [--ca-file F] [--allow-http]
    sothidua sync revoke-key CODE [--fingerprint FP]   a lost/stolen key of a child unit

Exit code 3 when the hub cannot be used (nothing lost: everything stays pending), 1 when the hub
refused a package (its reason is on the outbox row).
"""

from __future__ import annotations

import sys

EXIT_UNREACHABLE = 3


def register(sub) -> None:
    """Nothing at top level: the commands live under `sync` (see register_sync)."""


def register_sync(ss) -> None:
    for name, helptext, handler in (
        ("push", "gửi các gói chờ gửi lên máy chủ đồng bộ (hub)", _push),
        ("pull", "nhận và nhập các gói đang chờ trên máy chủ đồng bộ", _pull),
        ("now", "gửi – nhận ngay: gửi các gói chờ gửi rồi nhận các gói đang chờ", _now),
    ):
        a = ss.add_parser(name, help=helptext)
        a.add_argument("--hub", metavar="URL", help="địa chỉ hub (mặc định: địa chỉ đã lưu hoặc SOTHIDUA_HUB_URL)")
        a.add_argument("--json", action="store_true")
        a.set_defaults(handler=handler)
    a = ss.add_parser("online-status", help="đồng bộ trực tuyến: lần cuối, số gói chờ gửi, trục trặc")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_status)
    a = ss.add_parser("connect", help="lưu địa chỉ máy chủ đồng bộ (thử kết nối trước khi lưu)")
    a.add_argument("url", metavar="URL")
    a.add_argument("--ca-file", metavar="FILE", help="chứng chỉ CA của máy chủ (CA nội bộ, tự ký)")
    a.add_argument(
        "--allow-http", action="store_true", help="xác nhận cho phép http không mã hóa tới máy khác (được ghi lại)"
    )
    a.add_argument("--accept-hub-key", metavar="KEY", help="nhận khóa mới của máy chủ (sau khi Thành đoàn báo đổi)")
    a.add_argument("--no-test", action="store_true", help="lưu mà không thử kết nối")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_connect)
    a = ss.add_parser("test-connection", help="thử kết nối máy chủ đồng bộ và nêu đúng trục trặc")
    a.add_argument("url", metavar="URL", nargs="?")
    a.add_argument("--ca-file", metavar="FILE")
    a.add_argument("--allow-http", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_test)
    a = ss.add_parser("revoke-key", help="thu hồi khóa bị mất hoặc bị lộ của một đơn vị trực thuộc")
    a.add_argument("code", metavar="CODE")
    a.add_argument("--fingerprint", metavar="FP")
    a.set_defaults(handler=_revoke)


def _run(args, cli, what: str) -> int:
    from desktop.services import exchange as online_sync

    ctx = cli.context()
    if what == "now":
        res = online_sync.sync_now(ctx, args.hub)
        url = online_sync.load_state(ctx).hub_url
    else:
        transport = online_sync.make_transport(ctx, args.hub)
        try:
            if what == "push":
                res = online_sync.push(ctx, transport)
            else:
                res = online_sync.pull(ctx, transport)
        finally:
            transport.close()
        url = transport.url
        online_sync.record(ctx, res, url)
    if args.json:
        cli.print_json(res.to_json())
    else:
        if what in ("push", "now"):
            print(f"Đã gửi {len(res.sent)} gói lên {url}.")
            for pid, why in res.failed:
                print(f"  Chưa gửi {pid}: {why}")
        if what in ("pull", "now"):
            print(f"Đã nhận {len(res.received)} gói từ {url}.")
            for o in res.received:
                print(f"  {o.package_id}: {o.status}{' — ' + o.reason if o.reason else ''}")
        for code in res.introduced:
            print(f"  Đã giới thiệu {code} với máy chủ.")
        print(f"Còn {res.pending} gói chờ gửi.")
    if res.error:
        print(f"Lỗi: {res.error} Không mất gì: các gói vẫn chờ gửi.", file=sys.stderr)
        return EXIT_UNREACHABLE
    return 1 if res.failed else 0


def _push(args, cli) -> int:
    return _run(args, cli, "push")


def _pull(args, cli) -> int:
    return _run(args, cli, "pull")


def _now(args, cli) -> int:
    return _run(args, cli, "now")


def _status(args, cli) -> int:
    from desktop.services import exchange as online_sync

    st = online_sync.status(cli.context())
    value = {
        "hub_url": st.hub_url,
        "last_synced_at": st.last_success_at,
        "pending": st.pending,
        "failures": st.failures,
        "last_error": st.last_error,
        "problem": st.problem,
        "held": st.held,
        "next_attempt_at": st.next_attempt_at,
    }
    if args.json:
        cli.print_json(value)
    else:
        last = st.last_success_at.strftime("%d/%m/%Y %H:%M") if st.last_success_at else "chưa bao giờ"
        print(f"Máy chủ: {st.hub_url or 'chưa đặt'}; đồng bộ lần cuối: {last}; còn {st.pending} gói chờ gửi.")
        if st.last_error:
            print(f"Trục trặc: {st.last_error}")
        for why in st.held_reasons:
            print(f"Gói bị máy chủ từ chối: {why}")
    return 0


def _print_diagnosis(d, args, cli) -> int:
    if args.json:
        cli.print_json(
            {
                "ok": d.ok,
                "problem": None if d.ok else d.kind,
                "message": d.message,
                "url": d.url,
                "hub_fingerprint": d.hub_fingerprint,
                "hub_key": d.hub_key,
            }
        )
    else:
        print(d.message, file=sys.stdout if d.ok else sys.stderr)
        if d.kind == "hub_changed" and d.hub_key:
            print(
                f"Khóa mới của máy chủ: {d.hub_key} (nhận bằng --accept-hub-key nếu Thành đoàn đã báo đổi máy chủ).",
                file=sys.stderr,
            )
    return 0 if d.ok else EXIT_UNREACHABLE


def _test(args, cli) -> int:
    from desktop.services import exchange as online_sync

    ctx = cli.context()
    conn = online_sync.connection(ctx)
    url = args.url or conn.url or ""
    d = online_sync.test_connection(
        ctx, url, ca_file=args.ca_file or conn.ca_file, allow_http=args.allow_http or conn.allow_http
    )
    return _print_diagnosis(d, args, cli)


def _connect(args, cli) -> int:
    from desktop.services import exchange as online_sync

    ctx = cli.context()
    d = None
    if not args.no_test:
        d = online_sync.test_connection(ctx, args.url, ca_file=args.ca_file, allow_http=args.allow_http)
        if d.kind in ("address", "insecure"):
            return _print_diagnosis(d, args, cli)
    online_sync.save_connection(
        ctx, args.url, ca_file=args.ca_file, allow_http=args.allow_http, accept_key=args.accept_hub_key
    )
    if d is None:
        print(f"Đã lưu địa chỉ máy chủ {args.url}.")
        return 0
    if not args.json:
        print(f"Đã lưu địa chỉ máy chủ {args.url}.")
    return _print_diagnosis(d, args, cli)


def _revoke(args, cli) -> int:
    from desktop.services import exchange as online_sync

    online_sync.revoke_child_key(cli.context(), args.code, args.fingerprint)
    print(f"Đã thu hồi khóa của {args.code}; máy chủ đồng bộ sẽ được báo ở lần gửi – nhận tới.")
    return 0
