"""Property-based tests (hypothesis) for the settings-value parsers and the account inputs
(issue 8 §7): any text typed in a form or on the command line gives a value or a Vietnamese
message, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.access import (
    RECOVERY_ALPHABET,
    SAFETY_SETTINGS,
    Role,
    format_recovery_code,
    normalize_recovery_code,
    normalize_username,
    parse_safety_setting,
    validate_password,
)
from desktop.domain.errors import DomainError
from desktop.domain.settings import UNIT_SETTINGS, validate_setting

ANY = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.sampled_from(sorted(SAFETY_SETTINGS)), ANY)
def test_safety_settings_parse_or_explain(key, raw):
    spec = SAFETY_SETTINGS[key]
    try:
        value = parse_safety_setting(key, raw)
    except DomainError as exc:
        assert exc.field == key and spec.title_vi in str(exc)
        return
    assert type(value) is type(spec.default)
    if spec.minimum is not None:
        assert spec.minimum <= value <= spec.maximum
    if spec.choices:
        assert value in spec.choices
    # What is stored reads back as the same value.
    assert parse_safety_setting(key, value) == value
    assert parse_safety_setting(key, str(value).lower() if isinstance(value, bool) else str(value)) == value


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=20), ANY)
def test_unknown_safety_setting_is_named(key, raw):
    if key in SAFETY_SETTINGS:
        return
    try:
        parse_safety_setting(key, raw)
    except DomainError as exc:
        assert "Không có cài đặt" in str(exc)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.sampled_from(sorted(UNIT_SETTINGS)), ANY)
def test_unit_settings_validate_or_explain(key, raw):
    spec = UNIT_SETTINGS[key]
    try:
        value = validate_setting(key, raw)
    except DomainError as exc:
        assert exc.field == key and spec.title_vi in str(exc)
        return
    if spec.choices is not None:
        assert value in spec.choices
    assert validate_setting(key, value) == value


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=60))
def test_usernames_are_normalized_or_refused(text):
    try:
        name = normalize_username(text)
    except DomainError as exc:
        assert exc.field == "username"
        return
    assert name == name.lower() and name.isascii() and " " not in name
    assert normalize_username(name) == name


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=250), st.text(max_size=20))
def test_passwords_are_accepted_or_refused_with_a_reason(pw, user):
    try:
        assert validate_password(pw, username=user) == pw
    except DomainError as exc:
        assert exc.field == "password" and "Mật khẩu" in str(exc)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(
    st.text(RECOVERY_ALPHABET, min_size=20, max_size=20),
    st.sampled_from([str.lower, str.upper]),
    st.sampled_from(["-", " ", "", "  "]),
)
def test_a_printed_recovery_code_is_read_back_however_it_is_typed(raw, case, sep):
    printed = format_recovery_code(raw)
    typed = case(printed.replace("-", sep))
    assert normalize_recovery_code(typed) == raw


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=40))
def test_anything_else_is_not_a_recovery_code(text):
    try:
        raw = normalize_recovery_code(text)
    except DomainError as exc:
        assert exc.field == "recovery_code"
        return
    assert len(raw) == 20 and set(raw) <= set(RECOVERY_ALPHABET)


@settings(deadline=None)  # a loaded CI machine must not fail a parser test on time
@given(st.text(max_size=30))
def test_roles_parse_or_explain(text):
    try:
        role = Role.parse(text)
    except DomainError as exc:
        assert "Vai trò" in str(exc)
        return
    assert role in (Role.ADMIN, Role.STAFF, Role.VIEWER)


def test_role_names_people_use():
    assert Role.parse("Bí thư / quản trị") is Role.ADMIN
    assert Role.parse("Cán bộ") is Role.STAFF and Role.parse("XEM") is Role.VIEWER
    assert Role.ADMIN.allows("staff") and not Role.VIEWER.allows("staff")


@pytest.mark.parametrize("raw", [float("nan"), float("inf"), float("-inf"), "nan", "inf"])
def test_a_number_setting_refuses_nan_and_infinity(raw):
    with pytest.raises(DomainError) as exc:
        validate_setting("commune_feedback_answered_target", raw)
    assert "phải là một số" in str(exc.value)
