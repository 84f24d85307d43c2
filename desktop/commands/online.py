"""`sothidua sync push|pull|online-status`: online sync through a hub (issue 9).

Registered under `sothidua sync` by desktop/commands/sync.py (``register_sync``).

    sothidua sync push [--hub URL] [--json]   send every pending outbox item to the hub
    sothidua sync pull [--hub URL] [--json]   fetch and import what waits at the hub
    sothidua sync online-status [--json]      last synced, pending count, backoff

Exit code 3 when the hub cannot be reached (nothing lost: everything stays pending).
"""

from __future__ import annotations

EXIT_UNREACHABLE = 3


def register(sub) -> None:
    """Nothing at top level: the commands live under `sync` (see register_sync)."""


def register_sync(ss) -> None:
    for name, helptext, handler in (
            ("push", "gửi các gói chờ gửi lên máy chủ đồng bộ (hub)", _push),
            ("pull", "nhận và nhập các gói đang chờ trên máy chủ đồng bộ", _pull)):
        a = ss.add_parser(name, help=helptext)
        a.add_argument("--hub", metavar="URL", help="địa chỉ hub (mặc định: cài đặt hub_url hoặc SOTHIDUA_HUB_URL)")
        a.add_argument("--json", action="store_true")
        a.set_defaults(handler=handler)
    a = ss.add_parser("online-status", help="đồng bộ trực tuyến: lần cuối, số gói chờ gửi")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_status)


def _run(args, cli, what: str) -> int:
    from desktop.services import online_sync

    ctx = cli.context()
    transport = online_sync.make_transport(ctx, args.hub)
    try:
        if what == "push":
            res = online_sync.push(ctx, transport)
        else:
            res = online_sync.pull(ctx, transport)
    finally:
        transport.close()
    online_sync.record(ctx, res, transport.url)
    if args.json:
        cli.print_json(res.to_json())
    else:
        if what == "push":
            print(f"Đã gửi {len(res.sent)} gói lên {transport.url}.")
            for pid, why in res.failed:
                print(f"  Chưa gửi {pid}: {why}")
        else:
            print(f"Đã nhận {len(res.received)} gói từ {transport.url}.")
            for o in res.received:
                print(f"  {o.package_id}: {o.status}{' — ' + o.reason if o.reason else ''}")
        print(f"Còn {res.pending} gói chờ gửi.")
    if res.error:
        import sys

        print(f"Lỗi: {res.error}. Không mất gì: các gói vẫn chờ gửi.", file=sys.stderr)
        return EXIT_UNREACHABLE
    return 1 if res.failed else 0


def _push(args, cli) -> int:
    return _run(args, cli, "push")


def _pull(args, cli) -> int:
    return _run(args, cli, "pull")


def _status(args, cli) -> int:
    from desktop.services import online_sync

    st = online_sync.status(cli.context())
    value = {"hub_url": st.hub_url, "last_synced_at": st.last_success_at, "pending": st.pending,
             "failures": st.failures, "last_error": st.last_error, "next_attempt_at": st.next_attempt_at}
    if args.json:
        cli.print_json(value)
    else:
        last = st.last_success_at.strftime("%d/%m/%Y %H:%M") if st.last_success_at else "chưa bao giờ"
        print(f"Máy chủ: {st.hub_url or 'chưa đặt'}; đồng bộ lần cuối: {last}; còn {st.pending} gói chờ gửi.")
        if st.last_error:
            print(f"Lỗi lần trước: {st.last_error}")
    return 0
