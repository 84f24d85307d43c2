"""Who may do what (issue 8): roles, account names and passwords, recovery codes, and the
installation's safety settings (backups, login, idle lock). Pure Python.

Roles (issue 8 §4):
- "Bí thư / quản trị" (admin): everything, including submitting and signing, users, restore;
- "Cán bộ" (staff): record and edit the unit's data, make backups;
- "Xem" (viewer): read and print only; every write is refused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.markers import QT_TRANSLATE_NOOP


class Role(str, Enum):
    ADMIN = "admin"
    STAFF = "staff"
    VIEWER = "viewer"

    @property
    def rank(self) -> int:
        return {"admin": 3, "staff": 2, "viewer": 1}[self.value]

    @property
    def label_vi(self) -> str:
        return {"admin": "Bí thư / quản trị", "staff": "Cán bộ", "viewer": "Xem"}[self.value]

    @property
    def label_en(self) -> str:
        return {"admin": "Secretary / administrator", "staff": "Staff", "viewer": "Viewer"}[self.value]

    @property
    def can_write(self) -> bool:
        return self is not Role.VIEWER

    def allows(self, needed: "Role | str") -> bool:
        return self.rank >= Role.parse(needed).rank

    @classmethod
    def parse(cls, text: "Role | str") -> "Role":
        if isinstance(text, Role):
            return text
        key = fold(str(text)).replace(" ", "").replace("/", "").replace("-", "").replace("_", "")
        aliases = {
            "admin": cls.ADMIN,
            "quantri": cls.ADMIN,
            "bithu": cls.ADMIN,
            "bithuquantri": cls.ADMIN,
            "staff": cls.STAFF,
            "canbo": cls.STAFF,
            "viewer": cls.VIEWER,
            "xem": cls.VIEWER,
        }
        if key in aliases:
            return aliases[key]
        raise DomainError(
            f"Vai trò “{text}” không hợp lệ: chọn admin (Bí thư / quản trị), staff (Cán bộ) hoặc viewer (Xem).",
            field="role",
        )


def fold(text: str) -> str:
    """Lower case without Vietnamese diacritics ("Bí thư" -> "bi thu")."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn").lower().strip()


USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
MIN_PASSWORD = 8


def normalize_username(text: str) -> str:
    name = fold(text or "")
    if not USERNAME_RE.match(name):
        raise DomainError(
            f"Tên đăng nhập “{text}” không hợp lệ: dùng 2–40 ký tự gồm chữ không dấu, chữ số, "
            "dấu chấm, gạch nối hoặc gạch dưới, bắt đầu bằng chữ hoặc số (ví dụ: hoa.nguyen).",
            field="username",
        )
    return name


def validate_password(password: str, *, username: str = "") -> str:
    if password is None or len(password) < MIN_PASSWORD:
        raise DomainError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự.", field="password")
    if len(password) > 200:
        raise DomainError("Mật khẩu quá dài (tối đa 200 ký tự).", field="password")
    if password.strip() != password:
        raise DomainError("Mật khẩu không được bắt đầu hoặc kết thúc bằng khoảng trắng.", field="password")
    if username and fold(password) == fold(username):
        raise DomainError("Mật khẩu không được trùng với tên đăng nhập.", field="password")
    if len(set(password)) < 3:
        raise DomainError("Mật khẩu quá đơn giản: cần ít nhất 3 ký tự khác nhau.", field="password")
    return password


# Recovery codes: 20 symbols from an alphabet without look-alikes (no I, L, O, 0, 1), about
# 99 bits, printed as 4 groups of 5 ("K7QM2-TX9PA-…"); typed back in any case, with or without
# dashes and spaces.
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
RECOVERY_LENGTH = 20


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[i : i + 5] for i in range(0, len(raw), 5))


def normalize_recovery_code(text: str) -> str:
    raw = re.sub(r"[\s\-_.]", "", (text or "")).upper()
    if len(raw) != RECOVERY_LENGTH or any(c not in RECOVERY_ALPHABET for c in raw):
        raise DomainError(
            f"Mã khôi phục không đúng dạng: cần {RECOVERY_LENGTH} ký tự (4 nhóm 5 ký tự, "
            "ví dụ K7QM2-TX9PA-…), như trên tờ giấy in khi tạo tài khoản quản trị.",
            field="recovery_code",
        )
    return raw


# ---------------------------------------------------------------- installation safety settings


@dataclass(frozen=True)
class SafetySetting:
    key: str
    default: Any
    title_vi: str  # for the domain's own messages; the catalogue's Vietnamese of title_en
    title_en: str  # marked for translation
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None

    def parse(self, raw: Any) -> Any:
        """A stored or typed value -> the setting's value, or DomainError (Vietnamese)."""
        if isinstance(self.default, bool):
            return _parse_bool(raw, self)
        if isinstance(self.default, int):
            if isinstance(raw, bool):
                raise DomainError(f"“{self.title_vi}” phải là một số nguyên.", field=self.key)
            try:
                value = int(str(raw).strip()) if not isinstance(raw, int) else raw
            except ValueError:
                raise DomainError(
                    f"“{self.title_vi}” phải là một số nguyên, không phải “{raw}”.", field=self.key
                ) from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                raise DomainError(f"“{self.title_vi}” phải từ {self.minimum} đến {self.maximum}.", field=self.key)
            return value
        value = str(raw).strip().lower()
        if self.choices and value not in self.choices:
            raise DomainError(
                f"“{self.title_vi}”: giá trị “{raw}” không hợp lệ, chọn một trong " + ", ".join(self.choices) + ".",
                field=self.key,
            )
        return value


_TRUE = {"1", "true", "yes", "on", "co", "bat"}
_FALSE = {"0", "false", "no", "off", "khong", "tat"}


def _parse_bool(raw: Any, spec: SafetySetting) -> bool:
    if isinstance(raw, bool):
        return raw
    text = fold(str(raw))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise DomainError(f"“{spec.title_vi}”: dùng “có” hoặc “không” (on/off), không phải “{raw}”.", field=spec.key)


SAFETY_SETTINGS: dict[str, SafetySetting] = {
    s.key: s
    for s in [
        SafetySetting(
            "backup_keep_daily",
            7,
            "Giữ bản sao lưu hằng ngày (số ngày)",
            QT_TRANSLATE_NOOP("SafetySetting", "Daily backups to keep"),
            1,
            366,
        ),
        SafetySetting(
            "backup_keep_weekly",
            4,
            "Giữ bản sao lưu hằng tuần (số tuần)",
            QT_TRANSLATE_NOOP("SafetySetting", "Weekly backups to keep"),
            0,
            520,
        ),
        SafetySetting(
            "backup_keep_monthly",
            12,
            "Giữ bản sao lưu hằng tháng (số tháng)",
            QT_TRANSLATE_NOOP("SafetySetting", "Monthly backups to keep"),
            0,
            240,
        ),
        SafetySetting(
            "backup_daily",
            True,
            "Tự động sao lưu mỗi ngày một lần khi đang mở",
            QT_TRANSLATE_NOOP("SafetySetting", "Back up automatically once a day while open"),
        ),
        SafetySetting(
            "backup_on_close",
            True,
            "Tự động sao lưu khi đóng chương trình",
            QT_TRANSLATE_NOOP("SafetySetting", "Back up automatically on close"),
        ),
        # "auto": login turns on by itself when a second account is added (issue 8 §4).
        SafetySetting(
            "login_mode",
            "auto",
            "Đăng nhập khi mở chương trình",
            QT_TRANSLATE_NOOP("SafetySetting", "Login at start"),
            choices=("auto", "on", "off"),
        ),
        SafetySetting(
            "idle_lock_minutes",
            10,
            "Khóa màn hình sau khi không dùng (phút, 0 = không khóa)",
            QT_TRANSLATE_NOOP("SafetySetting", "Lock after idle minutes (0 = never)"),
            0,
            480,
        ),
    ]
}


def parse_safety_setting(key: str, raw: Any) -> Any:
    spec = SAFETY_SETTINGS.get(key)
    if spec is None:
        raise DomainError(f"Không có cài đặt “{key}”. Các cài đặt: " + ", ".join(SAFETY_SETTINGS) + ".", field=key)
    return spec.parse(raw)


def safety_defaults() -> dict[str, Any]:
    return {k: s.default for k, s in SAFETY_SETTINGS.items()}
