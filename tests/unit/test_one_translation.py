"""One way to translate (issue 22): English source strings marked for pyside6-lupdate, the
Vietnamese in translations/vi/*.ts, one compiled catalogue read by the screens (through Qt) and by
services, reports and the command line (desktop/i18n/catalogue.py, no Qt). Bilingual catalog data
is read through desktop/domain/bilingual.py; nothing else chooses between the languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.domain import members
from desktop.i18n import formatting
from desktop.i18n.catalogue import CatalogueError, read_qm, texts

ROOT = Path(__file__).resolve().parents[2]
# The one module that chooses between Vietnamese and English.
LANGUAGE_CHOICE = {"desktop/domain/bilingual.py"}
_BRANCH = re.compile(
    r"""(==|!=)\s*["'](vi|en)["']|["'](vi|en)["']\s*(==|!=)|\.startswith\(\s*["'](vi|en)["']"""
    r"""|\bif\s+(vi|lang_vi|self\.vi\(\))\s+else\b"""
)


def test_no_language_branches_outside_the_one_place():
    """A `lang == "vi"` branch choosing between a hard-coded Vietnamese and English text is how
    the two languages drift apart: mark the English for translation, or read catalog data with
    ``catalog_text`` / ``in_language``."""
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in LANGUAGE_CHOICE:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _BRANCH.search(line.split("#")[0]):
                found.append(f"{rel}:{n}: {line.strip()}")
    assert found == [], "\n".join(found)


def test_the_guard_sees_the_branches_it_is_meant_to_catch():
    for line in (
        'labels = VI if self.env.translator.language == "vi" else EN',
        "x = a if lang != 'en' else b",
        "title = c.title_vi if vi else c.title_en",
        'if language.startswith("en"):',
    ):
        assert _BRANCH.search(line), line


def _ts_entries():
    for ts in sorted((ROOT / "translations" / "vi").glob("*.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if msg.find("comment") is None and tr is not None and tr.text and not tr.get("type"):
                    yield name, msg.findtext("source", ""), tr.text


def test_the_qt_free_catalogue_reads_every_vietnamese_entry_of_the_ts_files():
    """What the command line and the reports print is what the screens show."""
    t = texts("vi")
    entries = list(_ts_entries())
    assert len(entries) > 1000
    wrong = [(c, s, v, t.translate(c, s)) for c, s, v in entries if t.translate(c, s) != v]
    assert wrong == []


def test_english_is_the_source_and_unknown_text_comes_back_unchanged():
    assert texts("en").translate("OutboxStatus", "Sent") == "Sent"
    assert texts("vi").translate("OutboxStatus", "Sent") == "Đã gửi"
    assert texts("vi").translate("NoSuchContext", "Some text") == "Some text"


def test_a_damaged_catalogue_is_refused_not_half_read():
    data = (ROOT / "translations" / "sothidua_vi.qm").read_bytes()
    with pytest.raises(CatalogueError):
        read_qm(b"not a qm file at all")
    with pytest.raises(CatalogueError):
        read_qm(data[: len(data) // 2])


def test_fixed_vietnamese_words_of_files_agree_with_the_catalogue():
    """Spreadsheets, paper and the command line say the same words as the Vietnamese screens."""
    t = texts("vi")
    for kind, label in members.EVENT_LABELS.items():
        assert t.translate("MembershipEvent", label) == members.EVENT_LABELS_VI[kind]
    for code, label in members.STATUS_LABELS.items():
        assert t.translate("MemberStatus", label) == members.STATUS_LABELS_VI[code]
    for code, label in members.GENDER_LABELS.items():
        assert t.translate("Gender", label) == members.GENDER_LABELS_VI[code]


def test_paper_titles_come_from_the_catalogue_in_vietnamese():
    from desktop.reports.kinds import KINDS

    titles = {k.key: k.title_vi for k in KINDS}
    assert titles["quarterly"] == "Báo cáo tiến độ quý"
    assert titles["registration"] == "Bản đăng ký xây dựng Chi đoàn XHCN và danh sách đoàn viên đăng ký"
    assert all(k.title_vi != k.title_en for k in KINDS)


def test_services_write_in_the_language_they_are_given():
    from desktop.services.safety import audit, privacy
    from desktop.services.exchange import sync

    assert sync.outbox_status_label("pending") == "Chờ gửi"
    assert sync.outbox_status_label("pending", "en") == "Waiting to be sent"
    assert sync.import_status_label("duplicate") == "Trùng (đã nhận trước đó)"
    assert audit.field_label("phone") == "Điện thoại" and audit.field_label("phone", "en") == "Phone"
    assert audit.value_text("transferred_out") == "Chuyển đi"
    assert audit.actor_label("cli:hoa", "en") == "hoa (command on the computer)"
    assert privacy.personal_data_notice(["phone"]).startswith("CÓ DỮ LIỆU CÁ NHÂN (số điện thoại)")


def test_formatting_holds_no_language_of_its_own():
    """The caller says which language; a screen switched to English does not change the paper."""
    assert not hasattr(formatting, "set_locale")
    assert formatting.format_number(1234.5, "en") == "1,234.5"
    assert formatting.format_number(1234.5) == "1.234,5"
    assert formatting.Formatter("en").date_long(date(2026, 11, 21)) == "21 November 2026"
    assert formatting.format_date_long(date(2026, 11, 21)) == "ngày 21 tháng 11 năm 2026"
    assert formatting.Formatter("vi").datetime(datetime(2026, 2, 5, 8, 30)) == "05/02/2026 08:30"
