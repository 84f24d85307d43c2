"""One Vietnamese collation (issue 19 item 6): the CLDR order for Vietnamese, tested without Qt."""

from __future__ import annotations

import random

from desktop.domain.collation import person_key, vi_key, vi_sorted

# In CLDR order: the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, tones only
# when the letters are equal (none, huyền, hỏi, ngã, sắc, nặng), lower case before upper case.
CLDR_ORDER = [
    "a",
    "à",
    "ả",
    "ã",
    "á",
    "ạ",
    "an",
    "An",
    "Anh",
    "Ảnh",
    "Ánh",
    "ăn",
    "ân",
    "ba",
    "Ba",
    "bà",
    "da",
    "Da",
    "Dung",
    "Duy",
    "Dương",
    "đa",
    "Đặng",
    "Đỗ",
    "e",
    "é",
    "Ea",
    "ê",
    "Ê",
    "ế",
    "ệ",
    "Gia",
    "Giang",
    "Hoa",
    "Hoà",
    "Hòa",
    "Hỏa",
    "Lê",
    "Lễ",
    "Lế",
    "Lệ",
    "Lê Thị",
    "Ngo",
    "Ngọ",
    "Ngô",
    "Nguyên",
    "Nguyễn",
    "Nguyện",
    "On",
    "Ôn",
    "Ơn",
    "Thu",
    "Thư",
    "Thử",
    "Thứ",
    "Ung",
    "Uyên",
    "Ưng",
    "Yến",
]


def test_words_sort_in_cldr_vietnamese_order():
    shuffled = CLDR_ORDER[:]
    random.Random(19).shuffle(shuffled)
    assert vi_sorted(shuffled) == CLDR_ORDER


def test_d_with_stroke_is_a_letter_after_d_not_a_d_with_a_mark():
    assert vi_sorted(["Đỗ", "Đặng", "Dương"]) == ["Dương", "Đặng", "Đỗ"]
    assert vi_key("Đ") > vi_key("Dz") and vi_key("Đ") < vi_key("E")


def test_numbers_sort_by_value_and_nfc_or_nfd_input_sorts_the_same():
    assert vi_sorted(["Chi đoàn 10", "Chi đoàn 9", "Chi đoàn 2"]) == ["Chi đoàn 2", "Chi đoàn 9", "Chi đoàn 10"]
    import unicodedata

    assert vi_key(unicodedata.normalize("NFD", "Nguyễn Đức")) == vi_key("Nguyễn Đức")


def test_people_sort_by_given_name_then_full_name():
    names = ["Trần Văn Đức", "Nguyễn Thị Hoa", "Lê Văn Dũng", "Đỗ Thị Hoa", "Phạm Anh", "Bùi Ánh"]
    assert sorted(names, key=person_key) == [
        "Phạm Anh",
        "Bùi Ánh",
        "Lê Văn Dũng",
        "Trần Văn Đức",
        "Đỗ Thị Hoa",
        "Nguyễn Thị Hoa",
    ]
