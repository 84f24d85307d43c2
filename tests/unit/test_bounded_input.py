"""Parsers have limits (issue 18 §4, §5), reproduced from the report with real files through the
CLI: deep nesting (RecursionError) and a 5,000-digit integer (ValueError) ended `data import` in
a traceback; a zip-bomb .xlsx was refused only after 102 s and 2.1 GB. Every refusal is one
Vietnamese message naming the file and the place, and nothing is written."""

from __future__ import annotations

import io
import json
import time
import zipfile

import pytest

from tests.conftest import run_cli
from tests.unit.conftest_safety import dump


@pytest.fixture
def branch(data_dir):
    code, out, err = run_cli("demo", "--profile", "branch", "--seed", "2", data_dir=data_dir)
    assert code == 0, err
    return data_dir


def _refused(branch, *argv, must: tuple[str, ...]):
    before = dump(branch / "sothidua.db")
    t0 = time.monotonic()
    code, out, err = run_cli(*argv, data_dir=branch)
    took = time.monotonic() - t0
    assert code == 2, out + err
    assert "Traceback" not in err and err.startswith("Lỗi:")
    for word in must:
        assert word in err, err
    assert dump(branch / "sothidua.db") == before  # nothing written
    return err, took


def test_deeply_nested_json_is_refused_with_the_place(branch, tmp_path):
    f = tmp_path / "long-nhau.json"
    f.write_text('{"format": "sothidua-data", "units": ' + "[" * 100_000 + "]" * 100_000 + "}")
    _refused(branch, "data", "import", str(f), must=("long-nhau.json", "dòng 1", "lồng nhau quá"))


def test_a_5000_digit_integer_is_refused_with_the_place(branch, tmp_path):
    f = tmp_path / "so-lon.json"
    f.write_text('{\n  "format": "sothidua-data",\n  "format_version": ' + "9" * 5000 + "\n}")
    _refused(branch, "data", "import", str(f), must=("so-lon.json", "dòng 3, cột 21", "5.000 chữ số"))


def test_a_huge_text_in_json_is_refused(branch, tmp_path):
    f = tmp_path / "chu-dai.json"
    f.write_text(json.dumps({"format": "sothidua-data", "note": "x" * 300_000}))
    _refused(branch, "data", "import", str(f), must=("chu-dai.json", "đoạn chữ dài 300.000 ký tự"))


@pytest.mark.parametrize("argv", [["commune", "import", "--file"], ["commune", "model", "create", "--file"]])
def test_other_json_inputs_are_bounded_too(branch, tmp_path, argv):
    f = tmp_path / "sau.json"
    f.write_text("[" * 50_000 + "]" * 50_000)
    code, out, err = run_cli(*argv, str(f), data_dir=branch)
    assert code != 0 and "Traceback" not in err
    assert "sau.json" in err and "lồng nhau" in err, err


def _bomb_xlsx(path, *, part_mb: int = 40) -> None:
    """A real .xlsx (the member template) whose first sheet is replaced by a part that inflates
    to ``part_mb`` MB from a few dozen KB."""
    from desktop.services.membership.member_excel import write_template

    good = path.with_name("mau.xlsx")
    write_template(good)
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                head = (
                    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData>'
                )
                body = b"<row/>" * (part_mb * 1024 * 1024 // 6)
                dst.writestr(info.filename, head + body + b"</sheetData></worksheet>")
            else:
                dst.writestr(info, src.read(info))
    path.write_bytes(out.getvalue())


def test_a_zip_bomb_spreadsheet_is_refused_at_once(branch, tmp_path):
    bomb = tmp_path / "danh-sach.xlsx"
    _bomb_xlsx(bomb)
    assert bomb.stat().st_size < 1024 * 1024
    err, took = _refused(
        branch, "members", "import", str(bomb), must=("danh-sach.xlsx", "xl/worksheets/sheet1.xml", "bom nén")
    )
    assert took < 10  # before: 102 s and 2.1 GB


def test_a_zip_bomb_attendance_sheet_is_refused_at_once(branch, tmp_path):
    bomb = tmp_path / "diem-danh.xlsx"
    _bomb_xlsx(bomb)
    code, out, err = run_cli("volunteer", "import-attendance", str(bomb), data_dir=branch)
    assert code != 0 and "Traceback" not in err
    assert "diem-danh.xlsx" in err and "bom nén" in err, err


def test_a_csv_cell_beyond_the_reader_limit_is_refused_with_the_line(branch, tmp_path):
    f = tmp_path / "ds.csv"
    f.write_text("Họ và tên,Ghi chú\nNguyễn Văn An,ok\nTrần Thị Bình," + "x" * 200_000 + "\n", encoding="utf-8")
    _refused(branch, "members", "import", str(f), must=("ds.csv", "dòng 3"))


def test_an_oversized_spreadsheet_file_is_refused_before_reading(branch, tmp_path, monkeypatch):
    from desktop.services import input_limits

    monkeypatch.setattr(input_limits, "MAX_SPREADSHEET_BYTES", 10_000)
    f = tmp_path / "lon.xls"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20_000)
    _refused(branch, "members", "import", str(f), must=("lon.xls", "quá giới hạn"))


def test_the_bounded_reader_refuses_each_kind_of_excess_with_its_place():
    from desktop.domain import bounded_json as bj

    limits = bj.JsonLimits(max_bytes=10_000, max_depth=3, max_number_chars=5, max_string_chars=10)
    assert bj.loads('{"a": [1, 2.5, "chữ"]}', "ok.json", limits) == {"a": [1, 2.5, "chữ"]}
    cases = [
        ("[[[[1]]]]", "lồng nhau quá 3 tầng", (1, 4)),
        ('{\n "n": 1234567}', "7 chữ số", (2, 7)),
        ('{"s": "01234567890"}', "11 ký tự", (1, 7)),
        ('{"a": NaN}', "không phải một con số", None),
        ('{"a": 1,}', "JSON không hợp lệ", (1, 9)),
        (b"\xff\xfe{}", "UTF-8", None),
        ("x" * 10_001, "quá giới hạn", None),
    ]
    for text, words, place in cases:
        with pytest.raises(bj.JsonRefused) as exc:
            bj.loads(text, "tep.json", limits)
        assert words in str(exc.value) and "tep.json" in str(exc.value), str(exc.value)
        if place:
            assert (exc.value.line, exc.value.column) == place
    # Brackets and digits inside texts are text, not nesting or numbers.
    assert bj.loads('["[[[[", "99999999"]', "ok.json", limits) == ["[[[[", "99999999"]


def test_the_quick_look_never_lets_through_what_the_token_scan_refuses():
    """The quick look at a whole text (``_surely_within``) says "within the limits" only where
    the scan token by token agrees, on texts made of the pieces that fool a quick look: escaped
    quotes, a quote left open, brackets and digits inside texts, texts and numbers at the limit."""
    import random

    from desktop.domain import bounded_json as bj

    limits = bj.JsonLimits(max_bytes=10_000, max_depth=3, max_number_chars=5, max_string_chars=6)
    pieces = ['"', '\\"', "\\\\", "\\", "[", "]", "{", "}", "1", "-", "e", ".", "+", ",", ":", " ", "a", "ữ", "\n"]

    def scan(text) -> bool:  # check_text without its quick look
        real = bj._surely_within
        bj._surely_within = lambda _t, _l: False
        try:
            bj.check_text(text, "x", limits)
            return True
        except bj.JsonRefused:
            return False
        finally:
            bj._surely_within = real

    rng = random.Random(23)
    quick_yes = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        if bj._surely_within(text, limits):
            quick_yes += 1
            assert scan(text), repr(text)
    assert quick_yes > 1_000  # the quick look is not simply always unsure
    # A Đoàn cơ sở's file as written by the app is looked at quickly.
    from tests.bench.bench_interchange import document

    text = json.dumps(document(3, 4), ensure_ascii=False, indent=1)
    assert bj._surely_within(text, bj.DEFAULT)
    # At the limits: a text of 6 characters and a number of 5 pass, one more each does not.
    for text, ok in (('["abcdef"]', True), ('["abcdefg"]', False), ("[12345]", True), ("[123456]", False)):
        assert bj._surely_within(text, limits) is ok, text
        assert scan(text) is ok, text
