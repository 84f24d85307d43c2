"""Run in a child process by tests/ui/test_high_dpi.py (QT_SCALE_FACTOR is read once, when the
QApplication starts, so each scale needs its own process):

    QT_SCALE_FACTOR=1.25 python -m tests.ui.hidpi_child OUT_DIR SCREEN_W SCREEN_H [LABEL [KIND]]

Builds a unit (KIND chi-doan: a branch with members and records; doan-co-so with five branches;
dang-uy-xa) in a temporary data folder, opens the main window at
the logical size a maximised window gets on a SCREEN_W×SCREEN_H physical screen (the taskbar and
title bar taken off), shows every page, saves a screenshot of each (device pixels, so a reviewer
sees what a high-DPI screen shows) and prints one JSON line: the logical room, the device pixel
ratio and the problems found per page (empty when everything fits).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

# Windows' taskbar (40 px) and a title bar (30 px) at 100 %, in logical pixels at any scale.
TASKBAR_AND_TITLE = 70


def problems_of(window, page) -> list[str]:
    from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QScrollArea

    from tests.ui.test_screens_fit import cut_off_widgets

    found = []
    room = window.stack.contentsRect() if hasattr(window, "stack") else page.parentWidget().contentsRect()
    hint = page.minimumSizeHint()
    if hint.width() > room.width():
        found.append(f"page needs {hint.width()} px wide, has {room.width()}")
    if page.width() > room.width() + 1:
        found.append(f"page is {page.width()} px wide, wider than its room {room.width()}")
    for area in page.findChildren(QScrollArea):
        if area.isVisibleTo(window) and area.widget() is not None and area.horizontalScrollBar().isVisible():
            found.append(
                f"form “{area.objectName() or area.widget().metaObject().className()}” scrolls sideways "
                f"({area.widget().minimumSizeHint().width()} px in {area.viewport().width()})"
            )
    for view in page.findChildren(QAbstractScrollArea):
        if isinstance(view, (QScrollArea, QHeaderView)) or not view.isVisibleTo(window):
            continue
        if view.height() < 3 * view.fontMetrics().height() and view.metaObject().className() not in ("QPlainTextEdit",):
            found.append(
                f"{view.metaObject().className()} “{view.objectName()}” is {view.height()} px high: "
                "less than three lines"
            )
    found += cut_off_widgets(page)
    return found


def main(out_dir: str, screen_w: int, screen_h: int, label: str, kind: str = "chi-doan") -> int:
    from datetime import date

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    ratio = app.devicePixelRatio()
    room_w, room_h = round(screen_w / ratio), round(screen_h / ratio) - TASKBAR_AND_TITLE

    from desktop.app import build_env
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.context import open_context
    from desktop.services.units import save_self_unit
    from desktop.ui.main_window import MainWindow
    from tests.ui.test_screens_fit import _fill_branch

    tmp = tempfile.mkdtemp(prefix="sothidua-hidpi-")
    ctx = open_context(Path(tmp) / "data", actor="test")
    ctx.today = lambda: date(2026, 11, 21)
    if kind == "doan-co-so":
        from desktop.services.units import save_unit

        save_self_unit(ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
        for i in range(1, 6):
            save_unit(
                ctx,
                Unit(
                    code=f"CD-TDP{i}",
                    name=f"Chi đoàn Tổ dân phố số {i}",
                    kind=UnitKind.CHI_DOAN,
                    branch_type=BranchType.DAN_CU,
                    parent_code="DCS-LECHAN",
                ),
            )
    elif kind == "dang-uy-xa":
        save_self_unit(ctx, Unit(code="DU-LECHAN", name="Đảng ủy phường Lê Chân", kind=UnitKind.DANG_UY_XA))
    else:
        save_self_unit(
            ctx,
            Unit(
                code="CD-TDP3",
                name="Chi đoàn Tổ dân phố số 3",
                kind=UnitKind.CHI_DOAN,
                branch_type=BranchType.DAN_CU,
                parent_code="DCS-LECHAN",
            ),
        )
        _fill_branch(ctx)
    env = build_env(ctx, app, synchronous=True)
    window = MainWindow(env)
    window.resize(room_w, room_h)
    window.show()
    app.processEvents()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    result = {"label": label, "ratio": ratio, "room": [room_w, room_h], "window": None, "pages": {}}
    hint = window.minimumSizeHint()
    if hint.width() > room_w or hint.height() > room_h:
        result["window"] = f"window needs {hint.width()}×{hint.height()}, the screen leaves {room_w}×{room_h}"
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.UserRole)
        window.show_page(key)
        app.processEvents()
        page = window.pages[key]
        found = problems_of(window, page)
        if found:
            result["pages"][key] = found
        window.grab().save(str(out / f"{label}-{row:02d}-{key}.png"))
    if kind == "chi-doan":
        # The main dialogs: fit_to_screen (desktop/ui/screen.py) opens them no larger than the
        # screen; what they cannot shrink below must fit the room too.
        from tests.ui.test_tab_order import _dialogs

        for name, dlg in _dialogs(window, Path(tmp)):
            dlg.show()
            app.processEvents()
            need = dlg.minimumSizeHint().expandedTo(dlg.minimumSize())
            if need.width() > room_w or need.height() > room_h:
                result["pages"][f"dialog {name}"] = [f"needs at least {need.width()}×{need.height()}"]
            dlg.grab().save(str(out / f"{label}-dialog-{name.replace(' ', '_')}.png"))
            dlg.close()
    hint = window.minimumSizeHint()  # again, with every page made (they are made when first shown)
    if hint.width() > room_w or hint.height() > room_h:
        result["window"] = f"window needs {hint.width()}×{hint.height()}, the screen leaves {room_w}×{room_h}"
    print("HIDPI " + json.dumps(result, ensure_ascii=False), flush=True)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = sys.argv[1:]
    sys.exit(
        main(
            args[0],
            int(args[1]),
            int(args[2]),
            args[3] if len(args) > 3 else "x",
            args[4] if len(args) > 4 else "chi-doan",
        )
    )
