"""The things that flow down from a parent (flow_down.py), named as the user reads them: what a
submission returned or reminded of is called ("bản đăng ký …", "báo cáo tiến độ quý 3"), and the
two kinds of alert relayed to every branch (CD-1.3, CD-1.4). Both the parent's side (sending) and
the branch's side (flow_down_received.py) use these names."""

from __future__ import annotations

CAMPAIGN = "chi-doan-xhcn"


RETURNABLE = ("registration", "quarterly", "year-end")


WHAT_VI = {
    "registration": "bản đăng ký xây dựng Chi đoàn XHCN",
    "quarterly": "báo cáo tiến độ quý",
    "year-end": "kết quả cuối năm và hồ sơ đề nghị công nhận",
}


# A Đoàn cấp trên reminds its Đoàn cơ sở of the summaries they owe it (issue 23).
SUMMARY_WHAT_VI = {"registration-summary": "báo cáo tổng hợp đăng ký", "results-summary": "báo cáo tổng hợp kết quả"}


def _what_vi(kind: str, quarter: int | None = None) -> str:
    """'bản đăng ký …', 'báo cáo tiến độ quý 3', 'kết quả cuối năm …', 'báo cáo tổng hợp kết quả'."""
    if kind in SUMMARY_WHAT_VI:
        return SUMMARY_WHAT_VI[kind]
    return f"báo cáo tiến độ quý {quarter}" if kind == "quarterly" and quarter else WHAT_VI[kind]


ALERT_KINDS = {"CD-1.3": "Cảnh báo thông tin “xấu, độc”", "CD-1.4": "Đề nghị chia sẻ thông tin tích cực"}
