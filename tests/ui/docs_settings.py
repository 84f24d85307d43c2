"""Write docs/cai-dat-mac-dinh.md, the user's page of "the rules the documents leave open", from the
settings themselves: the name and the default exactly as the Settings page shows them (Vietnamese),
who sees each one, and why it is a setting. No setting key, stored code or command reaches the page.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.docs_settings

tests/ui/test_settings_doc.py fails when the page and the settings disagree.
"""

from __future__ import annotations

from pathlib import Path

from babel.numbers import format_decimal

from desktop.domain.settings import UNIT_SETTINGS, default_for, keys_for_kind
from desktop.domain.units import UnitKind
from desktop.i18n.catalogue import texts
from desktop.ui.pages.settings import CHOICE_LABELS, _is_day_month

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "cai-dat-mac-dinh.md"

# Who sees a setting on the Settings page, in the words of the wizard's unit kinds.
AUDIENCES = (
    ("Chi đoàn", UnitKind.CHI_DOAN),
    ("Đoàn cơ sở, Đoàn cấp trên", UnitKind.DOAN_CO_SO),
    ("Đảng ủy xã, phường, đặc khu", UnitKind.DANG_UY_XA),
    ("Ban Tuyên giáo và Dân vận", UnitKind.DANG_CAP_TREN),
)

HEAD = """# Các điểm văn bản chưa quy định: cài đặt và giá trị mặc định

Văn bản của thành phố không quy định những điểm dưới đây, nên mỗi điểm là một cài đặt của đơn vị,
có giá trị mặc định ghi rõ. Xem và đổi ở trang **Cài đặt**, khung **Các quy định văn bản chưa nêu
rõ** (rê chuột lên ô để đọc vì sao đó là cài đặt), rồi bấm **Lưu cài đặt**. Mỗi đơn vị chỉ thấy
những cài đặt dùng cho loại đơn vị của mình (cột "Ai thấy"). Đổi cài đặt không sửa văn bản đã
phát hành: văn bản in lại giữ nguyên số và nội dung đã in.

Trang này được viết ra từ chính các cài đặt của phần mềm, nên luôn khớp với trang Cài đặt.
"""


def _value(key: str, value) -> str:
    spec = UNIT_SETTINGS[key]
    if spec.choices:
        source = CHOICE_LABELS.get(key, {}).get(value)
        return texts("vi").translate("SettingChoice", source) if source else str(value)
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(spec.default, float):
        return f"{format_decimal(value * 100, locale='vi_VN')}%"
    if isinstance(value, int):
        return format_decimal(value, locale="vi_VN")
    if _is_day_month(value):
        month, day = value.split("-")
        return f"{day}/{month}"
    return value if value else "(để trống)"


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def render() -> str:
    seen = {label: set(keys_for_kind(kind)) for label, kind in AUDIENCES}
    rows = ["| Cài đặt | Mặc định | Ai thấy | Vì sao là cài đặt |", "|---|---|---|---|"]
    for key, spec in UNIT_SETTINGS.items():
        who = [label for label, _ in AUDIENCES if key in seen[label]]
        if not who:
            continue
        by_value: dict[str, list[str]] = {}  # the default shown -> who gets it
        for label, kind in AUDIENCES:
            if key in seen[label]:
                by_value.setdefault(_value(key, default_for(key, kind.value)), []).append(label)
        if len(by_value) == 1:
            default = next(iter(by_value))
        else:
            default = "; ".join(f"{', '.join(labels)}: {shown}" for shown, labels in by_value.items())
        why = spec.why_vi[:1].upper() + spec.why_vi[1:]
        rows.append(f"| {_cell(spec.title_vi)} | {_cell(default)} | {_cell(', '.join(who))} | {_cell(why)} |")
    return HEAD + "\n" + "\n".join(rows) + "\n"


if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
