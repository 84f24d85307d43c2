"""`sothidua submit registration|quarterly|year-end --period P [--quarter Q]`.

Builds the package of a submission (structured data, the PDF printed for it, signature) and puts
it in the outbox with status "chờ gửi"; refuses with the reason when the data is not ready.
Export it with `sothidua sync export --out DIR`.
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("submit", help="nộp lên Đoàn cơ sở: đăng ký, báo cáo quý, kết quả cuối năm (vào hộp thư đi)")
    p.add_argument("kind", choices=["registration", "quarterly", "year-end"])
    p.add_argument("--period", required=True, help="kỳ đánh giá, ví dụ 2026 hoặc 2025-2026")
    p.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="quý (báo cáo quý)")
    p.add_argument("--evidence", action="store_true",
                   help="kèm tệp minh chứng của các hoạt động (đăng ký, cuối năm; giới hạn: cài đặt sync_evidence_limit_mb)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_submit)


def _submit(args, cli) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services import submissions
    from desktop.services.sync import OUTBOX_STATUSES

    if args.kind == "quarterly" and args.quarter is None:
        raise DomainError("Báo cáo quý cần ghi quý: --quarter 1, 2, 3 hoặc 4.", field="quarter")
    item = submissions.submit(cli.context(), args.kind, args.period, args.quarter, evidence=args.evidence)
    if args.json:
        cli.print_json({"package_id": item.package_id, "kind": item.kind, "recipient": item.recipient_code,
                        "period": item.period, "quarter": item.quarter, "version": item.version,
                        "supersedes": item.supersedes, "file": item.file_name, "size": item.size,
                        "status": item.status, "status_vi": OUTBOX_STATUSES[item.status][1], "title": item.title})
    else:
        print(f"Đã đưa vào hộp thư đi: {item.title} — gửi {item.recipient_code}, phiên bản {item.version}.")
        print("Xuất ra USB: sothidua sync export --out THƯ_MỤC")
    return 0
