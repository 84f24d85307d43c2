"""`sothidua submit registration|quarterly|year-end --period P [--quarter Q] [--out DIR] [--no-hub]`;
a commune's Party committee: `submit review|quarterly|registration|programme` (to the Party line's
upper level it joined by invitation).

Builds the package of a submission (structured data, the PDF printed for it, signature) and puts
it in the outbox; refuses with the reason when the data is not ready. In the same command it is
sent to the hub when one is configured and answers (unless --no-hub), and with --out it is
written into DIR under a name a person recognises (DangKy-2026-ChiDoanToDanPhoSo3.stpkg).
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "submit",
        help="nộp lên cấp trên: đăng ký, báo cáo quý, kết quả cuối năm (chi đoàn); báo cáo "
        "sơ kết, báo cáo quý, đăng ký mô hình (Đảng ủy xã) — vào hộp thư đi",
    )
    p.add_argument("kind", choices=["registration", "quarterly", "year-end", "review", "programme"])
    p.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026 hoặc 2025-2026")
    p.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="quý (báo cáo quý)")
    p.add_argument(
        "--evidence",
        action="store_true",
        help="kèm tệp minh chứng của các hoạt động (đăng ký, cuối năm; giới hạn: cài đặt sync_evidence_limit_mb)",
    )
    p.add_argument("--out", metavar="DIR", help="ghi luôn tệp gói vào thư mục này (gửi qua Zalo, USB)")
    p.add_argument("--no-hub", action="store_true", help="không gửi lên máy chủ đồng bộ dù đã cài đặt")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_submit)


def _submit(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services.exchange import outbox_status_label

    if args.kind == "quarterly" and args.quarter is None:
        raise DomainError("Báo cáo quý cần ghi quý: --quarter 1, 2, 3 hoặc 4.", field="quarter")
    from pathlib import Path

    from desktop.services import exchange as sending

    res = sending.submit_and_send(
        cli.context(),
        args.kind,
        args.period,
        args.quarter,
        evidence=args.evidence,
        out=Path(args.out) if args.out else None,
        use_hub=not args.no_hub,
    )
    item = res.item
    if args.json:
        cli.print_json(
            {
                "package_id": item.package_id,
                "kind": item.kind,
                "recipient": item.recipient_code,
                "period": item.period,
                "quarter": item.quarter,
                "version": item.version,
                "supersedes": item.supersedes,
                "file": item.file_name,
                "size": item.size,
                "status": item.status,
                "status_vi": outbox_status_label(item.status),
                "title": item.title,
                "saved_to": str(res.saved_to) if res.saved_to else None,
                "sent": res.sent,
                "hub_error": res.hub_error,
                "where_vi": res.where_vi(),
            }
        )
    else:
        print(f"Đã đưa vào hộp thư đi: {item.title} — gửi {item.recipient_code}, phiên bản {item.version}.")
        if res.sent:
            print("Đã gửi lên máy chủ đồng bộ.")
        elif res.hub_error:
            print(f"Chưa gửi được lên máy chủ đồng bộ: {res.hub_error}. Gói vẫn chờ gửi trong hộp thư đi.")
        if res.saved_to:
            print(f"Đã lưu tệp: {res.saved_to}")
        elif not res.sent:
            print("Lưu tệp để gửi qua Zalo/USB: thêm --out THƯ_MỤC (hoặc sothidua sync export --out THƯ_MỤC).")
        print(res.where_vi())
    return 0
