"""One way to translate (issue 22): English source strings marked for pyside6-lupdate, the
Vietnamese in translations/vi/*.ts, one compiled catalogue read by the screens (through Qt) and by
services, reports and the command line (desktop/i18n/catalogue.py, no Qt). Bilingual catalog data
is read through desktop/domain/bilingual.py; nothing else chooses between the languages."""

from __future__ import annotations

import ast
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


# ---------------------------------------------------------------------------------------------
# Sentences written twice in code (issue 22 item 3). The code writes a sentence once, in English
# marked for the catalogue (QT_TRANSLATE_NOOP; desktop/domain/phrases.py for the domain's
# sentences with values in them); the Vietnamese lives in translations/vi/*.ts. Bilingual data of
# the city's JSON catalogs (``c.title_vi`` / ``c.title_en``) is read by field, never written here.

_VI_LETTERS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _vi_then_en(a, b) -> bool:
    """A Vietnamese text followed by its English: the shape of a pair written in code."""
    va, vb = _literal(a), _literal(b)
    if va is None or vb is None or not _VI_LETTERS.search(va) or _VI_LETTERS.search(vb):
        return False
    return bool(re.search(r"[A-Za-z]{3}", vb)) and (" " in vb.strip() or vb[:1].isupper())


def written_twice(source: str) -> list[tuple[int, str]]:
    """Where ``source`` writes one sentence in both languages."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name == "in_language" and any(_literal(a) is not None for a in node.args[:2]):
                found.add((node.lineno, "in_language() given texts, not data"))
            if any(_vi_then_en(a, b) for a, b in zip(node.args, node.args[1:])):
                found.add((node.lineno, "a Vietnamese and an English text side by side"))
            kw = {k.arg: k.value for k in node.keywords if k.arg}
            for k, v in kw.items():
                other = kw.get(k[:-3] + "_en") if k.endswith("_vi") else None
                if other is not None and _literal(v) is not None and _literal(other) is not None:
                    found.add((node.lineno, f"{k}= and {k[:-3]}_en= texts"))
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and _vi_then_en(*node.elts):
            found.add((node.lineno, "a (Vietnamese, English) pair"))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            texts_by_name = {}
            for st in ast.walk(node):
                if (
                    isinstance(st, ast.Assign)
                    and len(st.targets) == 1
                    and isinstance(st.targets[0], ast.Name)
                    and _literal(st.value) is not None
                ):
                    texts_by_name.setdefault(st.targets[0].id, st.lineno)
            for name, line in texts_by_name.items():
                if (
                    name == "vi"
                    and "en" in texts_by_name
                    or name.endswith("_vi")
                    and name[:-3] + "_en" in texts_by_name
                ):
                    found.add((line, f"{name} and its English written side by side"))
    return sorted(found)


def test_no_sentence_is_written_in_both_languages_in_code():
    where = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in LANGUAGE_CHOICE:
            continue
        where += [f"{rel}:{n}: {why}" for n, why in written_twice(path.read_text(encoding="utf-8"))]
    assert where == [], "write the English once, marked for translation:\n" + "\n".join(where)


def test_the_pair_guard_sees_each_shape_of_a_pair():
    for code in (
        'x = in_language("Đạt", "Met", lang)',
        'r = _result(c, MET, 1, 1, "Không có vụ việc nào.", "No incident.")',
        'a = NextAction(text_vi="Nộp đăng ký", text_en="Submit the registration", page="x")',
        'LABELS = {"met": ("Đạt", "Met")}',
        'def f():\n    vi = f"Còn {n} ngày"\n    en = f"{n} days left"\n',
        'def f():\n    note_vi = "Nhận xét"\n    note_en = "Comment"\n',
    ):
        assert written_twice(code), code
    for code in (
        "title = catalog_text(c, 'title', lang)",  # catalog data, by field
        "t = in_language(c.title_vi, c.title_en, lang)",
        'kind = "to-dan-pho" if key.startswith(("tổ dân phố", "tdp")) else "thon"',
        'CHANNELS = ["Sinh hoạt chi đoàn", "Nhóm Zalo chi đoàn", "Fanpage chi đoàn", "Facebook"]',
        'w = _say(QT_TRANSLATE_NOOP("Evaluation", "No members in the list."))',
    ):
        assert not written_twice(code), code


def test_a_translation_fills_only_the_places_its_english_has():
    """A Vietnamese sentence naming a place the English lacks would fail when it is written
    ({…} filled with str.format, desktop/domain/phrases.py)."""
    place = re.compile(r"\{(\w*)\}")
    # a value given for the Vietnamese only: the quarter's Roman numeral (evaluation_rules.quarter_name)
    extra = {("Evaluation", "Q{n}"): {"roman"}}
    wrong = []
    for ts in sorted((ROOT / "translations" / "vi").glob("*.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name", "")
            for msg in ctx.iter("message"):
                source, tr = msg.findtext("source", ""), msg.findtext("translation", "") or ""
                if not set(place.findall(tr)) <= set(place.findall(source)) | extra.get((name, source), set()):
                    wrong.append((ts.name, name, source, tr))
    assert wrong == []


def test_domain_words_are_put_in_either_language_from_the_one_catalogue():
    from desktop.domain.phrases import Listing, Number, Percent, Tail, phrase
    from desktop.i18n.catalogue import say

    left = phrase("Evaluation", " ({days} days left in period {period})", days=41, period="2026")
    words = Tail(
        phrase(
            "Evaluation",
            "Only {got}/{base} members ({share}) reached, at least {needed} needed.",
            got=Number(6),
            base=Number(10),
            share=Percent(0.6),
            needed=Percent(0.7),
        ),
        left,
    )
    assert (
        say(words)
        == "Mới có 6/10 đoàn viên (60%) được cung cấp thông tin, cần tối thiểu 70% (còn 41 ngày đến hết kỳ 2026)."
    )
    assert say(words, "en") == "Only 6/10 members (60%) reached, at least 70% needed (41 days left in period 2026)."
    assert say(Listing(("Tuần 37", "38", "40"))) == "Tuần 37, 38 và 40"
    assert say(Number(4.5)) == "4,5" and say(Number(4.5), "en") == "4.5" and say(Percent(0.7333)) == "73,3%"


def test_setting_names_inside_sentences_are_the_settings_page_words():
    """A setting named in an explanation ("theo Cài đặt “…”") reads as on the settings page: the
    catalogue's Vietnamese of each marked English title is the table's own ``title_vi``."""
    from desktop.domain.settings import UNIT_SETTINGS, setting_title
    from desktop.i18n.catalogue import say

    assert {k: say(setting_title(k)) for k in UNIT_SETTINGS} == {k: s.title_vi for k, s in UNIT_SETTINGS.items()}
    assert say(setting_title("cd14_when_no_request"), "en") == "CD-1.4 when there was no request"


def test_log_kinds_and_their_categories_read_the_same_in_every_place():
    """The evidence logs' kinds and categories: their Vietnamese is the catalogue's, the same words
    in the log dialog, the logs page, the command line and the explanations."""
    from desktop.domain.logs import INCIDENT, LOG_KINDS, MEETING, THEMATIC_SESSION, category_words
    from desktop.i18n.catalogue import say

    assert say(category_words(INCIDENT, "vi-pham-phap-luat")) == "Vi phạm pháp luật"
    assert say(category_words(INCIDENT, "ma-tuy"), "en") == "Illegal drug use"
    assert say(category_words(MEETING, "dinh-ky")) == "Sinh hoạt chi đoàn định kỳ"
    assert say(category_words(THEMATIC_SESSION, "dao-duc-loi-song")) == "Đạo đức – lối sống"
    assert say(category_words(MEETING, "khong-co")) == "khong-co"  # an unknown category stays as it is
    t = texts("vi")
    assert {k: t.translate("LogKind", s.title_en) for k, s in LOG_KINDS.items()} == {
        k: s.title_vi for k, s in LOG_KINDS.items()
    }


def test_the_domain_tables_say_in_vietnamese_what_the_catalogue_says():
    """Unit kinds, branch types, safety settings, a commune's logbook kinds and an activity's kind,
    focus and level keep their Vietnamese in the domain for its own messages and for reading sheets;
    the screens, the history and the paper read the catalogue's. The two are one text."""
    from desktop.domain.access import SAFETY_SETTINGS
    from desktop.domain.commune import LOG_KINDS
    from desktop.domain.units import BranchType, UnitKind
    from desktop.domain.volunteer import FOCUS_LABELS, KIND_LABELS, LEVEL_LABELS

    t = texts("vi")
    tables = {
        "UnitKind": {k.label_en: k.label_vi for k in UnitKind},
        "BranchType": {b.label_en: b.label_vi for b in BranchType},
        "SafetySetting": {s.title_en: s.title_vi for s in SAFETY_SETTINGS.values()},
        "CommuneLogKind": {k.label_en: k.label_vi for k in LOG_KINDS.values()},
        "VolunteerKind": dict(reversed(p) for p in KIND_LABELS.values()),
        "VolunteerFocus": dict(reversed(p) for p in FOCUS_LABELS.values()),
        "VolunteerLevel": dict(reversed(p) for p in LEVEL_LABELS.values()),
    }
    wrong = [(c, en, vi, t.translate(c, en)) for c, table in tables.items() for en, vi in table.items()]
    assert [w for w in wrong if w[2] != w[3]] == []
    assert len(wrong) == 42
    assert UnitKind.DANG_UY_XA.label_vi == "Đảng ủy xã, phường, đặc khu"
    assert t.translate("UnitKind", UnitKind.DANG_UY_XA.label_en) == "Đảng ủy xã, phường, đặc khu"


def test_volunteer_words_and_backup_words_come_from_the_catalogue():
    from desktop.domain.volunteer import label_words, parse_kind, risk_words
    from desktop.i18n.catalogue import say
    from desktop.services.safety import backup_archive

    assert say(label_words("kind", "dia-chi-do")) == "Hành trình đến với các địa chỉ đỏ"
    assert say(label_words("kind", "dia-chi-do"), "en") == "Journey to a red address"
    assert say(label_words("level", "cap-tren")) == "Đoàn cấp trên"
    assert say(label_words("focus", "khong-co")) == "khong-co"  # an unknown key stays as it is
    assert say(risk_words("missed")) == "Không đạt (năm đánh giá đã kết thúc)"
    assert say(risk_words("none"), "en") == "Done"
    assert parse_kind("Hành trình đến với các địa chỉ đỏ") == parse_kind("Journey to a red address") == "dia-chi-do"
    rows = {k: (vi, en) for k, vi, en, _n in backup_archive.summarize({"members": 3, "audit_log": 2})}
    assert rows == {"members": ("Đoàn viên", "Members"), "audit": ("Mục nhật ký thay đổi", "Audit entries")}
