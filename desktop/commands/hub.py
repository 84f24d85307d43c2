"""`sothidua hub …`: the hub server of online sync (issue 9) and its operations.

    sothidua hub serve --db URL [--host H] [--port P] [--tls-cert C --tls-key K]
    sothidua hub enrol FILE... --db URL [--replace-lost-key] [--json]
    sothidua hub units --db URL [--silent-days N] [--json]
    sothidua hub stats --db URL [--json]
    sothidua hub refusals --db URL [--unit CODE] [--limit N] [--json]
    sothidua hub revoke CODE --db URL [--fingerprint FP]
    sothidua hub purge --db URL --delivered-older-than DAYS [--dry-run] [--json]

URL: a SQLite file path or URL (default sqlite:///hub.db) or postgresql+psycopg://user@host/db.
Put it in the environment variable SOTHIDUA_HUB_DB rather than on the command line, so that a
password in it never shows in `ps` (docs/hub.md). The admin page's token: SOTHIDUA_HUB_ADMIN_TOKEN.
"""

from __future__ import annotations

import os

ENV_HUB_DB = "SOTHIDUA_HUB_DB"


def register(sub) -> None:
    p = sub.add_parser("hub", help="máy chủ đồng bộ trực tuyến (hub) và vận hành")
    ss = p.add_subparsers(dest="hub_cmd", metavar="ACTION", required=True)

    def db_arg(a):
        a.add_argument(
            "--db",
            default=os.environ.get(ENV_HUB_DB, "sqlite:///hub.db"),
            metavar="URL",
            help="cơ sở dữ liệu của hub: sqlite:///hub.db (mặc định) hoặc postgresql+psycopg://…",
        )

    a = ss.add_parser("serve", help="chạy máy chủ đồng bộ")
    db_arg(a)
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, default=8765)
    a.add_argument("--tls-cert", metavar="FILE")
    a.add_argument("--tls-key", metavar="FILE")
    a.add_argument("--max-package-mb", type=float, default=64, help="giới hạn dung lượng mỗi gói (MB)")
    a.add_argument(
        "--silent-days",
        type=int,
        default=14,
        metavar="N",
        help="trang quản trị: đánh dấu đơn vị không liên lạc quá N ngày (mặc định 14)",
    )
    a.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="địa chỉ của reverse proxy được tin (X-Forwarded-Proto/For), ví dụ 127.0.0.1",
    )
    a.add_argument("--workers", type=int, default=1, help="số tiến trình phục vụ (mỗi nhân CPU một tiến trình)")
    a.add_argument(
        "--access-log",
        action="store_true",
        help="ghi thêm một dòng nhật ký cho mỗi yêu cầu HTTP (mặc định chỉ ghi các thao tác gửi, nhận, xác nhận gói)",
    )
    a.set_defaults(handler=_serve)

    a = ss.add_parser("enrol", help="đăng ký đơn vị từ tệp đăng ký khóa (kèm đơn vị cấp trên)")
    db_arg(a)
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--replace-lost-key", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_enrol)

    a = ss.add_parser("units", help="các đơn vị đã đăng ký với hub, lần cuối liên lạc, số gói gửi / nhận / bị từ chối")
    db_arg(a)
    a.add_argument(
        "--silent-days",
        type=int,
        default=14,
        metavar="N",
        help="đánh dấu đơn vị không liên lạc quá N ngày (mặc định 14)",
    )
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_units)

    a = ss.add_parser("stats", help="tình hình máy chủ: gói theo loại và trạng thái, hoạt động 24 giờ qua, từ chối")
    db_arg(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_stats)

    a = ss.add_parser("refusals", help="các yêu cầu bị từ chối gần đây, kèm lý do")
    db_arg(a)
    a.add_argument("--unit", metavar="CODE")
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_refusals)

    a = ss.add_parser("revoke", help="thu hồi khóa bị mất hoặc bị lộ của một đơn vị")
    db_arg(a)
    a.add_argument("code", metavar="CODE")
    a.add_argument("--fingerprint", metavar="FP", help="chỉ thu hồi khóa này (mặc định: mọi khóa của đơn vị)")
    a.set_defaults(handler=_revoke)

    a = ss.add_parser(
        "purge", help="dọn nội dung các gói đã giao từ lâu (giữ dấu vết để gửi lại vẫn được trả lời “đã có”)"
    )
    db_arg(a)
    a.add_argument(
        "--delivered-older-than",
        type=int,
        required=True,
        metavar="DAYS",
        help="chỉ dọn gói đơn vị nhận đã xác nhận cách đây hơn DAYS ngày",
    )
    a.add_argument("--dry-run", action="store_true", help="chỉ đếm, không xóa gì")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_purge)


def _configure_logging() -> None:
    import logging

    from desktop.sync.hub.app import LOG_FORMAT

    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)


def _serve(args, cli) -> int:
    import logging

    import uvicorn

    from desktop.hubapp import create_app
    from desktop.sync.hub.app import LOG_FORMAT

    if bool(args.tls_cert) != bool(args.tls_key):
        from desktop.domain.errors import DomainError

        raise DomainError("Cần cả --tls-cert và --tls-key để bật HTTPS.")
    _configure_logging()
    app = create_app(args.db, max_package_bytes=int(args.max_package_mb * 1024 * 1024), silent_days=args.silent_days)
    logging.getLogger("sothidua.hub").info(
        "hub listening on %s:%d db=%s", args.host, args.port, app.state.store.url.split("@")[-1]
    )
    log_config = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"std": {"format": LOG_FORMAT}},
        "handlers": {"err": {"class": "logging.StreamHandler", "formatter": "std", "stream": "ext://sys.stderr"}},
        "loggers": {
            "uvicorn": {"handlers": ["err"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": ["err"], "level": "INFO", "propagate": False},
        },
    }
    common = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": args.tls_cert,
        "ssl_keyfile": args.tls_key,
        "log_config": log_config,
        "timeout_graceful_shutdown": 5,
        "access_log": args.access_log,
    }
    if args.forwarded_allow_ips:
        common.update(proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips)
    if args.workers > 1:  # several processes: each builds its app from the environment
        os.environ[ENV_HUB_DB] = args.db
        os.environ["SOTHIDUA_HUB_MAX_BYTES"] = str(int(args.max_package_mb * 1024 * 1024))
        os.environ["SOTHIDUA_HUB_SILENT_DAYS"] = str(args.silent_days)
        app.state.store.close()
        uvicorn.run("desktop.hubapp:app_from_env", factory=True, workers=args.workers, **common)
    else:
        uvicorn.run(app, **common)
    return 0


def _enrol(args, cli) -> int:
    from pathlib import Path

    from desktop.services.exchange import open_hub_store
    from desktop.domain.errors import DomainError
    from desktop.sync.hub.admin import enrol_file

    store = open_hub_store(args.db)
    out, errors = [], 0
    for f in args.files:
        try:
            r = enrol_file(store, Path(f).read_bytes(), name=Path(f).name, replace_lost_key=args.replace_lost_key)
            out.append(
                {
                    "file": f,
                    "unit": r.code,
                    "name": r.name,
                    "parent": r.parent_code,
                    "fingerprint": r.fingerprint,
                    "status": r.status,
                }
            )
        except (DomainError, OSError) as exc:
            errors += 1
            out.append({"file": f, "status": "rejected", "reason": str(exc)})
    store.close()
    if args.json:
        cli.print_json(out)
    else:
        for e in out:
            if e["status"] == "rejected":
                print(f"{e['file']}: bị từ chối — {e['reason']}")
            else:
                print(
                    f"{e['unit']} ({e['name']}), cấp trên {e['parent'] or '—'}: {e['status']}, "
                    f"mã vân tay {e['fingerprint']}"
                )
    return 1 if errors else 0


def _when(d) -> str:
    from desktop.sync.hub.admin import _vn

    return _vn(d) or "chưa bao giờ"


def _units(args, cli) -> int:
    from datetime import UTC, datetime, timedelta

    from desktop.services.exchange import open_hub_store

    store = open_hub_store(args.db)
    units = store.overview()
    store.close()
    deadline = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=args.silent_days)
    rows = [
        {
            "code": u.code,
            "name": u.name,
            "kind": u.kind,
            "parent": u.parent_code,
            "introduced_by": u.introduced_by,
            "last_seen_at": u.last_seen_at.isoformat(timespec="seconds") + "Z" if u.last_seen_at else None,
            "silent": u.last_seen_at is None or u.last_seen_at < deadline,
            "sent": u.sent,
            "received": u.received,
            "waiting": u.waiting,
            "refused": u.refused,
            "keys": [{"fingerprint": fp, "status": st} for fp, st in u.keys],
        }
        for u in units
    ]
    if args.json:
        cli.print_json(rows)
    else:
        for r, u in zip(rows, units, strict=True):
            active = next((k["fingerprint"] for k in r["keys"] if k["status"] == "active"), "không có khóa đang dùng")
            flag = f"  ⚠ im lặng quá {args.silent_days} ngày" if r["silent"] else ""
            print(
                f"{r['code']:<20} {r['name']}  (cấp trên: {r['parent'] or '—'})  lần cuối liên lạc: "
                f"{_when(u.last_seen_at)}; gửi {r['sent']}, nhận {r['received']}, chờ nhận {r['waiting']}, "
                f"bị từ chối {r['refused']}; khóa {active}{flag}"
            )
    return 0


def _stats(args, cli) -> int:
    from desktop.services.exchange import open_hub_store

    store = open_hub_store(args.db)
    st = store.stats()
    store.close()
    if args.json:
        cli.print_json(st)
    else:
        purged = st["by_status"].get("purged")
        print(
            f"Tổng số gói: {st['packages_total']} (chờ nhận {st['by_status']['waiting']}, "
            f"đã giao {st['by_status']['delivered']}"
            + (f", đã dọn nội dung {purged}" if purged else "")
            + f"); đơn vị: {st['units']}"
        )
        for k, n in st["by_kind"].items():
            print(f"  {k}: {n}")
        print(
            f"24 giờ qua: nhận {st['uploads_last_24h']} gói; {st['units_seen_last_24h']} đơn vị liên lạc; "
            f"{st['units_never_seen']} đơn vị chưa liên lạc lần nào."
        )
        if st["oldest_waiting_at"]:
            print(f"Gói chờ lâu nhất gửi lúc {st['oldest_waiting_at']}.")
        refusals = st["refusals_last_24h"]
        if refusals:
            print("Từ chối trong 24 giờ: " + ", ".join(f"{k} {n}" for k, n in refusals.items()))
        if st["revoked_keys"]:
            print(f"Khóa đã thu hồi: {st['revoked_keys']}")
    return 0


def _refusals(args, cli) -> int:
    from desktop.services.exchange import open_hub_store
    from desktop.sync.hub.app import ERRORS

    store = open_hub_store(args.db)
    rows = store.refusals(limit=max(1, args.limit), unit_code=args.unit)
    store.close()
    out = [
        {
            "at": r.at.isoformat(timespec="seconds") + "Z",
            "unit": r.unit_code,
            "error": r.error,
            "reason": ERRORS.get(r.error, (0, r.error))[1],
            "detail": r.detail,
            "path": r.path,
        }
        for r in rows
    ]
    if args.json:
        cli.print_json(out)
    else:
        for r, e in zip(rows, out, strict=True):
            print(f"{_when(r.at)}  {e['unit']:<20} {e['reason']}" + (f" ({e['detail']})" if e["detail"] else ""))
        if not out:
            print("Chưa có yêu cầu nào bị từ chối.")
    return 0


def _revoke(args, cli) -> int:
    from desktop.services.exchange import open_hub_store
    from desktop.domain.errors import DomainError

    store = open_hub_store(args.db)
    try:
        if store.unit(args.code) is None:
            raise DomainError(f"Máy chủ không có đơn vị {args.code}.", field="code")
        n = store.revoke_keys(args.code, args.fingerprint, by="admin")
    finally:
        store.close()
    print(
        f"Đã thu hồi {n} khóa của {args.code}: mọi yêu cầu và gói ký bằng khóa đó bị từ chối trong vòng "
        "10 giây; cấp trên và cấp dưới của đơn vị được báo ở lần gửi – nhận tới."
    )
    return 0


def _purge(args, cli) -> int:
    from datetime import UTC, datetime, timedelta

    from desktop.services.exchange import open_hub_store
    from desktop.domain.errors import DomainError

    if args.delivered_older_than < 1:
        raise DomainError("--delivered-older-than phải từ 1 ngày trở lên.", field="delivered_older_than")
    cutoff = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=args.delivered_older_than)
    store = open_hub_store(args.db)
    try:
        n, size = store.purge_delivered(cutoff, dry_run=args.dry_run)
    finally:
        store.close()
    if args.json:
        cli.print_json(
            {
                "packages": n,
                "bytes": size,
                "dry_run": args.dry_run,
                "delivered_before": cutoff.isoformat(timespec="seconds") + "Z",
            }
        )
    else:
        verb = "Sẽ dọn" if args.dry_run else "Đã dọn"
        print(
            f"{verb} nội dung {n} gói đã giao trước {cutoff:%d/%m/%Y} ({size / 1048576:.1f} MB); "
            "gói đang chờ nhận không bị động tới."
        )
    return 0
