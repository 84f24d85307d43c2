"""`sothidua hub …`: the hub server of online sync (issue 9) and its operations.

    sothidua hub serve --db URL [--host H] [--port P] [--tls-cert C --tls-key K]
    sothidua hub enrol FILE... --db URL [--replace-lost-key] [--json]
    sothidua hub units --db URL [--json]
    sothidua hub stats --db URL [--json]
    sothidua hub purge --db URL --delivered-older-than DAYS [--dry-run] [--json]

URL: a SQLite file path or URL (default sqlite:///hub.db) or postgresql+psycopg://user@host/db.
"""

from __future__ import annotations

import os

ENV_HUB_DB = "SOTHIDUA_HUB_DB"


def register(sub) -> None:
    p = sub.add_parser("hub", help="máy chủ đồng bộ trực tuyến (hub) và vận hành")
    ss = p.add_subparsers(dest="hub_cmd", metavar="ACTION", required=True)

    def db_arg(a):
        a.add_argument("--db", default=os.environ.get(ENV_HUB_DB, "sqlite:///hub.db"), metavar="URL",
                       help="cơ sở dữ liệu của hub: sqlite:///hub.db (mặc định) hoặc postgresql+psycopg://…")

    a = ss.add_parser("serve", help="chạy máy chủ đồng bộ")
    db_arg(a)
    a.add_argument("--host", default="127.0.0.1")
    a.add_argument("--port", type=int, default=8765)
    a.add_argument("--tls-cert", metavar="FILE")
    a.add_argument("--tls-key", metavar="FILE")
    a.add_argument("--max-package-mb", type=float, default=64, help="giới hạn dung lượng mỗi gói (MB)")
    a.add_argument("--workers", type=int, default=1, help="số tiến trình phục vụ (mỗi nhân CPU một tiến trình)")
    a.add_argument("--access-log", action="store_true",
                   help="ghi thêm một dòng nhật ký cho mỗi yêu cầu HTTP (mặc định chỉ ghi các thao tác gửi, nhận, "
                        "xác nhận gói)")
    a.set_defaults(handler=_serve)

    a = ss.add_parser("enrol", help="đăng ký đơn vị từ tệp đăng ký khóa (kèm đơn vị cấp trên)")
    db_arg(a)
    a.add_argument("files", nargs="+", metavar="FILE")
    a.add_argument("--replace-lost-key", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_enrol)

    a = ss.add_parser("units", help="các đơn vị đã đăng ký với hub")
    db_arg(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_units)

    a = ss.add_parser("stats", help="số gói theo loại và trạng thái")
    db_arg(a)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=_stats)

    a = ss.add_parser("purge", help="dọn nội dung các gói đã giao từ lâu (giữ dấu vết để gửi lại vẫn được "
                                    "trả lời “đã có”)")
    db_arg(a)
    a.add_argument("--delivered-older-than", type=int, required=True, metavar="DAYS",
                   help="chỉ dọn gói đơn vị nhận đã xác nhận cách đây hơn DAYS ngày")
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
    app = create_app(args.db, max_package_bytes=int(args.max_package_mb * 1024 * 1024))
    logging.getLogger("sothidua.hub").info("hub listening on %s:%d db=%s", args.host, args.port,
                                           app.state.store.url.split("@")[-1])
    log_config = {
        "version": 1, "disable_existing_loggers": False,
        "formatters": {"std": {"format": LOG_FORMAT}},
        "handlers": {"err": {"class": "logging.StreamHandler", "formatter": "std", "stream": "ext://sys.stderr"}},
        "loggers": {"uvicorn": {"handlers": ["err"], "level": "INFO", "propagate": False},
                    "uvicorn.access": {"handlers": ["err"], "level": "INFO", "propagate": False}},
    }
    common = {"host": args.host, "port": args.port, "ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key,
              "log_config": log_config, "timeout_graceful_shutdown": 5, "access_log": args.access_log}
    if args.workers > 1:  # several processes: each builds its app from the environment
        os.environ[ENV_HUB_DB] = args.db
        os.environ["SOTHIDUA_HUB_MAX_BYTES"] = str(int(args.max_package_mb * 1024 * 1024))
        app.state.store.close()
        uvicorn.run("desktop.hubapp:app_from_env", factory=True, workers=args.workers, **common)
    else:
        uvicorn.run(app, **common)
    return 0


def _enrol(args, cli) -> int:
    from pathlib import Path

    from db.hub.store import HubStore
    from desktop.domain.errors import DomainError
    from desktop.sync.hub.admin import enrol_file

    store = HubStore(args.db)
    out, errors = [], 0
    for f in args.files:
        try:
            r = enrol_file(store, Path(f).read_bytes(), name=Path(f).name, replace_lost_key=args.replace_lost_key)
            out.append({"file": f, "unit": r.code, "name": r.name, "parent": r.parent_code,
                        "fingerprint": r.fingerprint, "status": r.status})
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
                print(f"{e['unit']} ({e['name']}), cấp trên {e['parent'] or '—'}: {e['status']}, "
                      f"mã vân tay {e['fingerprint']}")
    return 1 if errors else 0


def _units(args, cli) -> int:
    from db.hub.store import HubStore

    store = HubStore(args.db)
    units = store.units()
    store.close()
    rows = [{"code": u.code, "name": u.name, "kind": u.kind, "parent": u.parent_code,
             "keys": [{"fingerprint": fp, "status": st} for fp, st, _p in u.keys]} for u in units]
    if args.json:
        cli.print_json(rows)
    else:
        for r in rows:
            active = next((k["fingerprint"] for k in r["keys"] if k["status"] == "active"), "—")
            print(f"{r['code']:<20} {r['name']}  (cấp trên: {r['parent'] or '—'})  {active}")
    return 0


def _stats(args, cli) -> int:
    from db.hub.store import HubStore

    store = HubStore(args.db)
    st = store.stats()
    store.close()
    if args.json:
        cli.print_json(st)
    else:
        purged = st["by_status"].get("purged")
        print(f"Tổng số gói: {st['packages_total']} (chờ nhận {st['by_status']['waiting']}, "
              f"đã giao {st['by_status']['delivered']}" + (f", đã dọn nội dung {purged}" if purged else "")
              + f"); đơn vị: {st['units']}")
        for k, n in st["by_kind"].items():
            print(f"  {k}: {n}")
    return 0


def _purge(args, cli) -> int:
    from datetime import UTC, datetime, timedelta

    from db.hub.store import HubStore
    from desktop.domain.errors import DomainError

    if args.delivered_older_than < 1:
        raise DomainError("--delivered-older-than phải từ 1 ngày trở lên.", field="delivered_older_than")
    cutoff = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=args.delivered_older_than)
    store = HubStore(args.db)
    try:
        n, size = store.purge_delivered(cutoff, dry_run=args.dry_run)
    finally:
        store.close()
    if args.json:
        cli.print_json({"packages": n, "bytes": size, "dry_run": args.dry_run,
                        "delivered_before": cutoff.isoformat(timespec="seconds") + "Z"})
    else:
        verb = "Sẽ dọn" if args.dry_run else "Đã dọn"
        print(f"{verb} nội dung {n} gói đã giao trước {cutoff:%d/%m/%Y} ({size / 1048576:.1f} MB); "
              "gói đang chờ nhận không bị động tới.")
    return 0
