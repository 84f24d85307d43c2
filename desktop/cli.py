"""Entry point: no arguments opens the GUI; subcommands do headless work.

Each module in desktop/commands/ adds its subcommands through ``register(subparsers)``;
handlers are ``handler(args, cli) -> int`` and import heavy libraries lazily so that
``sothidua --version`` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.paths import resolve_data_dir


class Cli:
    """What a command handler gets besides its arguments: the data dir and the context."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.data_dir: Path = resolve_data_dir(getattr(args, "data_dir", None))
        self._ctx = None

    def context(self, *, read_only: bool = False):
        if self._ctx is None:
            from desktop.services.safety import open_cli_context

            # Finishes an interrupted restore, quick-checks the file, logs in (issue 8).
            self._ctx = open_cli_context(self.data_dir, self.args, read_only=read_only)
        return self._ctx

    def unit(self):
        from desktop.services.units import require_self_unit

        return require_self_unit(self.context())

    @staticmethod
    def print_json(value: Any) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2, default=_json_default))

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()


def _json_default(o):
    import datetime as _dt

    if isinstance(o, (_dt.date, _dt.datetime)):
        return o.isoformat()
    if hasattr(o, "value"):
        return o.value
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sothidua",
        description="Sổ Thi Đua — Chi đoàn XHCN gắn với Đoàn viên XHCN. Không có lệnh con: mở giao diện.",
    )
    parser.add_argument("--version", action="version", version=f"sothidua {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="thư mục dữ liệu (mặc định: $SOTHIDUA_DATA_DIR hoặc thư mục dữ liệu người dùng)",
    )
    parser.add_argument("--user", metavar="NAME", help="tài khoản (khi bật đăng nhập)")
    parser.add_argument("--password", metavar="PW", help="mật khẩu (hoặc biến môi trường SOTHIDUA_PASSWORD)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import desktop.commands as commands_pkg

    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"desktop.commands.{info.name}")
        module.register(sub)
    return parser


def _configure_stdio() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def no_display_message(environ=None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, in Vietnamese, or None when it can.

    Without a screen Qt aborts with a raw message about the xcb plug-in; say what is wrong and
    name the ways out instead (the command line, or Qt's off-screen platform)."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Không mở được cửa sổ: máy này chưa có màn hình đồ họa (không có DISPLAY hay "
        "WAYLAND_DISPLAY).\n"
        "- Mở ứng dụng trong phiên làm việc có màn hình, hoặc\n"
        "- dùng các lệnh không cần giao diện: sothidua --help, hoặc\n"
        "- chạy không hiển thị với biến môi trường QT_QPA_PLATFORM=offscreen."
    )


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    argv = sys.argv[1:] if argv is None else argv
    globals_only = argparse.ArgumentParser(prog="sothidua", add_help=False)
    globals_only.add_argument("--data-dir")
    globals_only.add_argument("--user")
    globals_only.add_argument("--password")
    known, rest = globals_only.parse_known_args(argv)
    if not rest:
        # No subcommand: the GUI (global options such as --data-dir still apply).
        no_screen = no_display_message()
        if no_screen:
            print(no_screen, file=sys.stderr)
            return 2
        from desktop.app import run_gui

        return run_gui(resolve_data_dir(known.data_dir))
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    cli = Cli(args)
    try:
        return int(args.handler(args, cli) or 0)
    except BrokenPipeError:
        # the output went to a program that stopped reading it (… | head): no traceback; what
        # is still buffered goes nowhere (the recipe of Python's documentation on SIGPIPE)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except DomainError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã hủy.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one clear message instead of a traceback
        from db.schema import DatabaseTooNew, DatabaseUnreadable, DatabaseUpgradeBusy, DatabaseUpgradeFailed

        if isinstance(exc, (DatabaseTooNew, DatabaseUnreadable, DatabaseUpgradeBusy, DatabaseUpgradeFailed)):
            print(f"Lỗi: {exc}", file=sys.stderr)
            return 3
        from desktop.services.errors import damage_message, user_message

        damage = damage_message(exc)
        if damage is not None:
            print(f"Lỗi: {damage}", file=sys.stderr)
            return 3
        msg = user_message(exc)
        if msg is None:
            raise
        print(f"Lỗi: {msg}", file=sys.stderr)
        return 2
    finally:
        cli.close()
