"""`sothidua selftest`: does this installation work? (used on installed and bundled copies)

Runs on a NEW data folder (a temporary one, removed afterwards, or ``--keep-in DIR``), never on
the user's data: checks the bundled resources (catalogs, fonts, translations, migrations),
creates a database from scratch at the newest schema, then builds the QApplication, the
first-run wizard and the main window with every page. Exit 0 when everything passed, 1 if not.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from desktop import APP_NAME, __version__


def register(sub) -> None:
    p = sub.add_parser(
        "selftest",
        help="tự kiểm tra bản cài đặt trên một thư mục dữ liệu mới, tạm thời (không đụng đến dữ liệu của bạn)",
    )
    p.add_argument(
        "--keep-in", metavar="DIR", help="dùng thư mục mới (rỗng) DIR thay cho thư mục tạm và giữ lại sau khi kiểm tra"
    )
    p.add_argument("--no-gui", action="store_true", help="bỏ qua phần giao diện")
    p.add_argument("--screenshot", metavar="PNG", help="lưu ảnh cửa sổ chính")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_selftest)


class _Checks:
    def __init__(self):
        self.items: list[dict] = []

    def run(self, name: str, label: str, fn) -> dict | None:
        t0 = time.perf_counter()
        try:
            ok, detail, facts = fn()
        except Exception as exc:  # noqa: BLE001 - a failed check is a result, not a crash
            ok, detail, facts = False, f"{type(exc).__name__}: {exc}", {}
        item = {
            "name": name,
            "label": label,
            "ok": bool(ok),
            "detail": detail,
            "ms": round((time.perf_counter() - t0) * 1000),
            **facts,
        }
        self.items.append(item)
        return item


def _install_facts():
    from desktop.paths import install_root

    root = install_root()
    frozen = bool(getattr(sys, "frozen", False))
    outside = []
    if frozen:  # a bundle must not read Python modules from the machine
        outside = [p for p in sys.path if p and not Path(p).resolve().is_relative_to(root.resolve())]
    detail = f"{'bản đóng gói' if frozen else 'mã nguồn'} tại {root}"
    if outside:
        detail += f"; đường dẫn Python ngoài bản cài đặt: {outside}"
    return (
        not outside,
        detail,
        {"frozen": frozen, "install_root": str(root), "python": sys.version.split()[0], "outside_paths": outside},
    )


def _resource_facts():
    from desktop.domain.catalog import load_catalogs
    from desktop.paths import catalogs_dir, fonts_dir, translations_dir

    catalogs = load_catalogs(catalogs_dir())
    fonts = sorted(p.name for p in fonts_dir().glob("*.ttf")) if fonts_dir().is_dir() else []
    qm = {name: (translations_dir() / name).is_file() for name in ("sothidua_vi.qm", "qt_vi.qm")}
    missing = [n for n, ok in qm.items() if not ok]
    detail = f"{len(catalogs)} danh mục, {len(fonts)} phông chữ, bản dịch " + (
        "đủ" if not missing else f"THIẾU {', '.join(missing)}"
    )
    return bool(catalogs) and not missing, detail, {"catalogs": sorted(catalogs), "fonts": fonts, "translations": qm}


def _database_facts(folder: Path, holder: dict):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.context import open_context
    from desktop.services.safety import schema_revisions
    from desktop.services.units import save_self_unit, self_unit

    ctx = open_context(folder)
    holder["ctx"] = ctx
    stored, head = schema_revisions(ctx.data.database)
    save_self_unit(
        ctx,
        Unit(
            code="TU-KIEM-TRA",
            name="Chi đoàn thôn Đông Hải (tự kiểm tra)",
            kind=UnitKind.CHI_DOAN,
            branch_type=BranchType.DAN_CU,
        ),
    )
    unit = self_unit(ctx)
    ok = stored == head and unit is not None
    return (
        ok,
        f"cơ sở dữ liệu mới, lược đồ {stored} (mới nhất: {head})",
        {"database": str(ctx.data.database), "schema": stored, "head": head},
    )


def _gui_facts(ctx, screenshot: Path | None):
    from desktop.app import build_env
    from desktop.paths import icons_dir
    from desktop.ui import selftest as ui

    app = ui.application()
    env = build_env(ctx, app, synchronous=True)
    facts = ui.qt_facts(icons_dir() / "sothidua.svg")
    facts["wizard_title"] = ui.check_wizard(ctx)
    facts["main_window"] = win = ui.check_main_window(env, screenshot)
    problems = []
    if not win["visible"]:
        problems.append("cửa sổ chính không hiện")
    if win["page_errors"]:
        problems.append(f"lỗi trang: {win['page_errors']}")
    if facts["app_translation"] == "&File":
        problems.append("không nạp được bản dịch sothidua_vi.qm")
    if facts["qt_translation"] == "Cancel":
        problems.append("không nạp được bản dịch qt_vi.qm")
    if not facts["icon_loads"]:
        problems.append("không đọc được biểu tượng SVG (thiếu plugin Qt?)")
    detail = (f"nền {facts['platform']}, cửa sổ chính {win['size'][0]}×{win['size'][1]}, {len(win['pages'])} trang") + (
        f"; {'; '.join(problems)}" if problems else ""
    )
    return not problems, detail, facts


def _selftest(args, cli) -> int:
    from desktop.domain.errors import DomainError

    started = time.perf_counter()
    if args.keep_in:
        folder = Path(args.keep_in).expanduser().resolve()
        if folder.exists() and any(folder.iterdir()):
            raise DomainError(
                f"Thư mục “{folder}” không rỗng: selftest chỉ dùng một thư mục mới để không đụng đến dữ liệu có sẵn.",
                field="keep_in",
            )
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="sothidua-selftest-"))
    checks, holder = _Checks(), {}
    try:
        checks.run("install", "bản cài đặt", _install_facts)
        checks.run("resources", "tài nguyên", _resource_facts)
        db = checks.run("database", "cơ sở dữ liệu", lambda: _database_facts(folder, holder))
        if not args.no_gui and db["ok"]:
            shot = Path(args.screenshot).resolve() if args.screenshot else None
            checks.run("gui", "giao diện", lambda: _gui_facts(holder["ctx"], shot))
    finally:
        if "ctx" in holder:
            holder["ctx"].close()
        if not args.keep_in:
            shutil.rmtree(folder, ignore_errors=True)
    ok = all(c["ok"] for c in checks.items)
    seconds = round(time.perf_counter() - started, 2)
    if args.json:
        cli.print_json(
            {
                "ok": ok,
                "version": __version__,
                "data_folder": str(folder),
                "kept": bool(args.keep_in),
                "seconds": seconds,
                "checks": checks.items,
            }
        )
    else:
        print(f"{APP_NAME} {__version__} — tự kiểm tra (thư mục dữ liệu mới: {folder})")
        for c in checks.items:
            print(f"  {'✓' if c['ok'] else '✗'} {c['label']}: {c['detail']} ({c['ms']} ms)")
        print(f"Kết quả: {'ĐẠT' if ok else 'KHÔNG ĐẠT'} ({seconds} s)")
    return 0 if ok else 1
