from datetime import date

from desktop.i18n import formatting as f


def test_vietnamese_long_date_and_administrative_padding():
    assert f.format_date_long(date(2026, 11, 21), "vi") == "ngày 21 tháng 11 năm 2026"
    assert f.official_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert f.official_date(date(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026"
    assert f.place_date_line("Hải Phòng", date(2026, 11, 9)) == "Hải Phòng, ngày 09 tháng 11 năm 2026"


def test_numbers_and_percentages_in_vietnamese():
    assert f.format_number(1234567.891, "vi") == "1.234.567,89"
    assert f.format_percent(0.4567, "vi") == "46%"
    assert f.format_percent(0.4567, "vi", digits=1) == "45,7%"
    assert f.format_days(4.5, "vi") == "4,5"
    assert f.format_days(5, "vi") == "5"


def test_nfc_normalisation():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Đoàn viên ưu tú")
    assert f.nfc(nfd) == "Đoàn viên ưu tú"
