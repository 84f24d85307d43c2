"""Accounts, login and password recovery (issue 8 §4).

- Login is optional per installation (setting ``login_mode``): "auto" (the default) turns it
  on by itself when a second account is added; "on" / "off" are the administrator's choice.
- Passwords are stored as Argon2id hashes (argon2-cffi, OWASP parameters: 19 MiB, t=2, p=1,
  about 40 ms here, so an old office PC logs in fast and a stolen file is slow to attack).
- After 5 wrong passwords in a row an account waits 5 minutes.
- A forgotten administrator password is recovered with the one-time recovery code shown (and
  printed) when the first administrator was created. Using it sets a new password and issues
  a new code. There is no master password and no other way in: no back door.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import functools

from db import audit
from db.repo import safety as repo
from db.repo import settings as settings_repo
from db.uow import ReadOnlyError
from desktop.domain.access import (
    RECOVERY_ALPHABET,
    RECOVERY_LENGTH,
    Role,
    format_recovery_code,
    normalize_recovery_code,
    normalize_username,
    validate_password,
)
from desktop.domain.errors import DomainError
from desktop.services.changes import Changes
from desktop.services.safety.settings import safety_settings, set_safety_setting  # noqa: F401
from desktop.services.safety.session import LoginRequired, require_role, writable_uow

MAX_FAILURES = 5
LOCK_MINUTES = 5


@functools.cache
def _hasher():
    """The Argon2id hasher, made on first use: argon2-cffi and the dummy hash below used to cost
    ~40 ms of every start of the app, which usually has no login (start-up speed, issue 13)."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@functools.cache
def _dummy_hash() -> str:
    return _hasher().hash("không-có-tài-khoản-này")


def __getattr__(name: str):  # ``auth.HASHER`` for code outside this module
    if name == "HASHER":
        return _hasher()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: Role
    active: bool
    last_login_at: datetime | None = None
    created_at: datetime | None = None

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.username})" if self.full_name else self.username


def _info(r: repo.UserRecord) -> UserInfo:
    return UserInfo(
        username=r.username,
        full_name=r.full_name,
        role=Role.parse(r.role),
        active=r.active,
        last_login_at=r.last_login_at,
        created_at=r.created_at,
    )


def _now() -> datetime:
    """UTC without tzinfo, as the database stores it."""
    return datetime.now(UTC).replace(tzinfo=None)


def login_mode(ctx) -> str:
    return safety_settings(ctx)["login_mode"]


def login_required(ctx) -> bool:
    """True when someone must log in before using this installation's data."""
    with ctx.uow.read() as s:
        try:
            n = repo.count_users(s)
        except Exception:  # noqa: BLE001 - a damaged or very old file without the users table
            return False
        mode = settings_repo.get(s, "", "safety.login_mode", "auto")
    return n > 0 and mode == "on" or (mode == "auto" and n >= 2)


def has_accounts(ctx) -> bool:
    with ctx.uow.read() as s:
        try:
            return repo.count_users(s, active_only=False) > 0
        except Exception:  # noqa: BLE001 - a damaged or very old file without the users table
            return False


def require_account_admin(ctx, action: str) -> None:
    """Accounts decide who may do what, so managing them needs an administrator who proved it.
    With login off (one account, or "never") nobody has logged in at the PC: the role an
    anonymous session carries is not enough to add an account, change a role, lock an account,
    set another's password or issue a recovery code; the administrator logs in first."""
    require_role(ctx, "admin", action)
    if getattr(ctx, "user", None) is None and has_accounts(ctx):
        raise LoginRequired(
            f"Máy này đã có tài khoản: muốn {action}, hãy đăng nhập bằng tài khoản Bí thư / quản trị.", field="user"
        )


# ---------------------------------------------------------------- accounts


def find_user(ctx, username: str) -> UserInfo | None:
    try:
        name = normalize_username(username)
    except DomainError:
        return None
    with ctx.uow.read() as s:
        try:
            r = repo.get_user(s, name)
        except Exception:  # noqa: BLE001 - no users table (damaged/old file)
            return None
    return _info(r) if r else None


def list_users(ctx) -> list[UserInfo]:
    with ctx.uow.read() as s:
        return [_info(r) for r in repo.list_users(s)]


def has_users(ctx) -> bool:
    with ctx.uow.read() as s:
        return repo.count_users(s, active_only=False) > 0


@dataclass(frozen=True)
class AddedUser:
    user: UserInfo
    recovery_code: str | None  # shown once, when the first administrator is created
    login_turned_on: bool
    changes: Changes


def _new_recovery_code() -> str:
    return "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))


def add_user(ctx, username: str, password: str, role: Role | str, full_name: str = "") -> AddedUser:
    """Create an account. The first account must be an administrator and gets the recovery
    code; a second account turns login on when ``login_mode`` is "auto"."""
    name = normalize_username(username)
    role = Role.parse(role)
    validate_password(password, username=name)
    full_name = " ".join((full_name or "").split())[:120]
    with ctx.uow.read() as s:
        existing = repo.count_users(s, active_only=False)
    if existing:
        require_account_admin(ctx, "tạo tài khoản")
    elif role is not Role.ADMIN:
        raise DomainError("Tài khoản đầu tiên phải có vai trò “Bí thư / quản trị” (admin).", field="role")
    password_hash = _hasher().hash(password)
    code = _new_recovery_code() if not existing else None
    turned_on = False
    with ctx.uow.begin() as s:
        if repo.get_user(s, name):
            raise DomainError(f"Tên đăng nhập “{name}” đã có.", field="username")
        user = repo.add_user(s, username=name, full_name=full_name, role=role.value, password_hash=password_hash)
        audit.record(s, actor=ctx.actor, action="create", entity="user", entity_id=name, after=user.public())
        if code:
            repo.add_recovery_code(s, _hasher().hash(code), ctx.actor)
            audit.record(
                s,
                actor=ctx.actor,
                action="create",
                entity="recovery_code",
                entity_id=name,
                after={"note": "mã khôi phục mới (chỉ lưu dạng băm)"},
            )
        mode = settings_repo.get(s, "", "safety.login_mode", "auto")
        if mode == "auto" and repo.count_users(s) >= 2:
            settings_repo.put(s, "", "safety.login_mode", "on")
            audit.record(
                s,
                actor=ctx.actor,
                action="update",
                entity="setting",
                entity_id="safety.login_mode",
                before="auto",
                after="on",
            )
            turned_on = True
    return AddedUser(
        _info(user), format_recovery_code(code) if code else None, turned_on, Changes.of("users", "settings")
    )


def _last_admin_guard(s, name: str, *, new_role: Role | None = None, active: bool = True) -> None:
    target = repo.get_user(s, name)
    if target is None:
        raise DomainError(f"Không có tài khoản “{name}”.", field="username")
    losing = (
        target.role == "admin"
        and target.active
        and ((new_role is not None and new_role is not Role.ADMIN) or not active)
    )
    if losing and repo.count_users(s, role="admin") <= 1:
        raise DomainError(
            f"“{name}” là tài khoản Bí thư / quản trị cuối cùng: hãy tạo hoặc bật một tài khoản quản trị khác trước.",
            field="username",
        )


def set_role(ctx, username: str, role: Role | str) -> Changes:
    require_account_admin(ctx, "đổi vai trò tài khoản")
    name = normalize_username(username)
    role = Role.parse(role)
    with ctx.uow.begin() as s:
        _last_admin_guard(s, name, new_role=role)
        before = repo.get_user(s, name)
        after = repo.update_user(s, name, role=role.value)
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="user",
            entity_id=name,
            before=before.public(),
            after=after.public(),
        )
    return Changes.of("users")


def set_active(ctx, username: str, active: bool) -> Changes:
    require_account_admin(ctx, "khóa hoặc mở tài khoản")
    name = normalize_username(username)
    with ctx.uow.begin() as s:
        _last_admin_guard(s, name, active=active)
        before = repo.get_user(s, name)
        after = repo.update_user(s, name, active=bool(active), failed_attempts=0, locked_until=None)
        audit.record(
            s,
            actor=ctx.actor,
            action="update",
            entity="user",
            entity_id=name,
            before=before.public(),
            after=after.public(),
        )
    return Changes.of("users")


def set_password(ctx, username: str, new_password: str, *, current_password: str | None = None) -> Changes:
    """An administrator sets anyone's password; others change their own with the current one."""
    name = normalize_username(username)
    validate_password(new_password, username=name)
    own = ctx.actor == name
    if not own:
        require_account_admin(ctx, "đặt mật khẩu cho tài khoản khác")
    with ctx.uow.read() as s:
        user = repo.get_user(s, name)
    if user is None:
        raise DomainError(f"Không có tài khoản “{name}”.", field="username")
    if own and not _can_admin(ctx):
        if not current_password or not _verify(user.password_hash, current_password):
            raise DomainError("Mật khẩu hiện tại không đúng.", field="current_password")
    new_hash = _hasher().hash(new_password)
    uow = writable_uow(ctx) if own else ctx.uow  # a viewer may change their own password
    with uow.begin() as s:
        repo.update_user(s, name, password_hash=new_hash, failed_attempts=0, locked_until=None)
        audit.record(s, actor=ctx.actor, action="update", entity="user", entity_id=name, after={"password": "đã đổi"})
    return Changes.of("users")


def _can_admin(ctx) -> bool:
    from desktop.services.safety.session import can

    return can(ctx, "admin")


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


class LoginFailed(DomainError):
    pass


def authenticate(ctx, username: str, password: str) -> UserInfo:
    """Check a password; counts failures and makes the account wait after too many."""
    try:
        name = normalize_username(username)
    except DomainError:
        name = None
    with ctx.uow.read() as s:
        user = repo.get_user(s, name) if name else None
    if user is None:
        _verify(_dummy_hash(), password or "")  # same time as a real check: names are not revealed
        raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng.", field="password")
    now = _now()
    if user.locked_until and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise LoginFailed(
            f"Tài khoản “{name}” tạm khóa vì nhập sai mật khẩu {MAX_FAILURES} lần liên tiếp: "
            f"thử lại sau khoảng {minutes} phút.",
            field="password",
        )
    ok = _verify(user.password_hash, password or "")
    if not ok:
        failures = user.failed_attempts + 1
        locked = now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
        _bookkeep(ctx, name, failed_attempts=0 if locked else failures, locked_until=locked)
        raise LoginFailed("Tên đăng nhập hoặc mật khẩu không đúng.", field="password")
    if not user.active:
        raise LoginFailed(f"Tài khoản “{name}” đã bị khóa bởi quản trị viên.", field="username")
    values = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
    if _hasher().check_needs_rehash(user.password_hash):
        values["password_hash"] = _hasher().hash(password)
    _bookkeep(ctx, name, **values)
    return _info(user)


def _bookkeep(ctx, name: str, **values) -> None:
    try:
        with writable_uow(ctx).begin() as s:
            repo.update_user(s, name, **values)
    except ReadOnlyError:
        pass  # damaged file opened read-only: nothing can be recorded


# ---------------------------------------------------------------- recovery code


def has_recovery_code(ctx) -> bool:
    with ctx.uow.read() as s:
        return repo.has_recovery_code(s)


def new_recovery_code(ctx) -> str:
    """Issue a new recovery code (the previous one stops working). Shown once: print it."""
    require_account_admin(ctx, "tạo mã khôi phục mới")
    code = _new_recovery_code()
    with ctx.uow.begin() as s:
        repo.add_recovery_code(s, _hasher().hash(code), ctx.actor)
        audit.record(
            s,
            actor=ctx.actor,
            action="create",
            entity="recovery_code",
            entity_id=ctx.actor,
            after={"note": "mã khôi phục mới, mã cũ hết hiệu lực"},
        )
    return format_recovery_code(code)


def recover_with_code(ctx, code: str, username: str, new_password: str) -> str:
    """Set a new password for an administrator account with the printed recovery code.
    The code is used up; returns the NEW recovery code, to print and keep."""
    raw = normalize_recovery_code(code)
    name = normalize_username(username)
    validate_password(new_password, username=name)
    with ctx.uow.read() as s:
        user = repo.get_user(s, name)
        codes = repo.unused_recovery_codes(s)
    match = next((cid for cid, h in codes if _verify(h, raw)), None)
    if match is None:
        raise DomainError("Mã khôi phục không đúng hoặc đã được dùng.", field="recovery_code")
    if user is None or user.role != "admin":
        raise DomainError(
            f"“{username}” không phải tài khoản Bí thư / quản trị: mã khôi phục chỉ dùng để đặt lại mật khẩu quản trị.",
            field="username",
        )
    fresh = _new_recovery_code()
    with writable_uow(ctx).begin() as s:
        repo.use_recovery_code(s, match, name)
        repo.update_user(
            s, name, password_hash=_hasher().hash(new_password), active=True, failed_attempts=0, locked_until=None
        )
        repo.add_recovery_code(s, _hasher().hash(fresh), name)
        audit.record(
            s,
            actor=f"khôi phục:{name}",
            action="recover",
            entity="user",
            entity_id=name,
            after={"password": "đặt lại bằng mã khôi phục", "new_recovery_code": "đã cấp"},
        )
    return format_recovery_code(fresh)
