"""Every main screen at 1366×768, in Vietnamese and in English (issue 11 item 4 and 7): the window
and every page fit the screen (no widget needs more room than there is, so nothing is pushed off
screen or forces a horizontal scroll), no single-line label or button is cut off, and a screenshot
of each screen is kept in artifacts/screens/<unit>-<lang>-<page>.png for a reviewer to open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QTabWidget

from desktop.domain.logs import LogEntry
from desktop.domain.members import Member

SCREEN_W, SCREEN_H = 1366, 768
# What the office PC leaves to a maximised window: Windows' taskbar (40 px) and title bar (30 px).
WIN_W, WIN_H = SCREEN_W, SCREEN_H - 70
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"
NAMES = [
    "Nguyễn Thị Hoa",
    "Trần Văn Nam",
    "Lê Thị Lan",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Vũ Ngọc Ánh",
    "Đặng Quang Huy",
    "Bùi Thị Yến",
    "Ngô Đức Thắng",
    "Đỗ Thị Huyền",
]


def _in_scroll_area(w) -> bool:
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def _visible_in(w, window) -> bool:
    return w.isVisibleTo(window) and w.width() > 0


def cut_off_widgets(window) -> list[str]:
    """Single-line labels and buttons narrower than their text (outside scroll areas)."""
    out = []
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not _visible_in(w, window) or _in_scroll_area(w):
            continue
        if isinstance(w, QLabel) and (
            w.wordWrap() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull()
        ):
            continue
        if isinstance(w, QAbstractButton) and not w.text():
            continue
        if isinstance(w.parentWidget(), QTabWidget) or w.metaObject().className() == "QTabBar":
            continue
        need = w.sizeHint().width()
        if need > w.width() + 2:
            out.append(f"{w.metaObject().className()} “{w.text()[:60]}” needs {need}px, has {w.width()}px")
    return out


def _fill_branch(ctx) -> None:
    from desktop.domain.volunteer import Activity
    from desktop.services.year.cycle import add_log
    from desktop.services.membership.members import add_member
    from desktop.services.volunteering.volunteer import record_activity

    ids = []
    for n in NAMES:
        _, m = add_member(ctx, "CD-TDP3", Member(None, "CD-TDP3", n), entry_date=date(2025, 1, 10))
        ids.append(m.id)
    for d in (date(2026, 2, 20), date(2026, 5, 18), date(2026, 8, 22)):
        add_log(
            ctx,
            LogEntry(
                None,
                "CD-TDP3",
                "thematic_session",
                d,
                "Học tập và làm theo tư tưởng Hồ Chí Minh",
                category="chinh-tri-tu-tuong",
                participants=frozenset(ids),
            ),
        )
    record_activity(
        ctx,
        "CD-TDP3",
        Activity(
            None,
            "CD-TDP3",
            "Dọn vệ sinh bãi biển Đồ Sơn",
            "tinh-nguyen",
            (date(2026, 3, 15),),
            1.0,
            participant_ids=tuple(ids),
        ),
    )


def _check_all_pages(window, qtbot, lang: str, unit: str) -> dict[str, list[str]]:
    from PySide6.QtCore import Qt

    window.env.translator.set_language(lang)
    QApplication.processEvents()
    window.resize(WIN_W, WIN_H)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    hint = window.minimumSizeHint()
    if hint.width() > WIN_W or hint.height() > WIN_H:
        problems["window"] = [f"minimum size {hint.width()}×{hint.height()} exceeds {WIN_W}×{WIN_H}"]
    for row in range(window.nav.count()):
        key = window.nav.item(row).data(Qt.UserRole)
        window.show_page(key)
        QApplication.processEvents()
        page = window.pages[key]
        found = []
        ph = page.minimumSizeHint()
        room_w, room_h = WIN_W - window.nav.width() - 20, WIN_H - 60
        if ph.width() > room_w or ph.height() > room_h:
            found.append(f"page needs {ph.width()}×{ph.height()}, has {room_w}×{room_h}")
        found += cut_off_widgets(page)
        if found:
            problems[key] = found
        window.grab().save(str(ARTIFACTS / f"{unit}-{lang}-{row:02d}-{key}.png"))
    return problems


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_branch_screen_fits_1366x768(window, qtbot, lang):
    _fill_branch(window.env.ctx)
    window.env.bus.changed.emit(__import__("desktop.services.changes", fromlist=["Changes"]).Changes.of("members"))
    problems = _check_all_pages(window, qtbot, lang, "chi-doan")
    assert window.nav.count() >= 10
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert len(list(ARTIFACTS.glob(f"chi-doan-{lang}-*.png"))) >= window.nav.count()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_doan_co_so_screen_fits_1366x768(qtbot, env, lang):
    from desktop.domain.units import BranchType, Unit, UnitKind
    from desktop.services.units import save_self_unit, save_unit
    from desktop.ui.main_window import MainWindow

    save_self_unit(env.ctx, Unit(code="DCS-LECHAN", name="Đoàn phường Lê Chân", kind=UnitKind.DOAN_CO_SO))
    for i in range(1, 6):
        save_unit(
            env.ctx,
            Unit(
                code=f"CD-TDP{i}",
                name=f"Chi đoàn Tổ dân phố số {i}",
                kind=UnitKind.CHI_DOAN,
                branch_type=BranchType.DAN_CU,
                parent_code="DCS-LECHAN",
            ),
        )
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    problems = _check_all_pages(w, qtbot, lang, "doan-co-so")
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


@pytest.mark.parametrize("kind", ["dang-uy-xa", "dang-cap-tren"])
def test_every_party_line_screen_fits_1366x768(qtbot, env, kind):
    """A commune's Party committee and the Party line's upper level (issue 20): every page, Gửi – nhận
    and the Communes page included, fits 1366×768 with nothing cut off."""
    from desktop.domain.units import Unit, UnitKind
    from desktop.services.units import save_self_unit, save_unit
    from desktop.ui.main_window import MainWindow

    if kind == "dang-cap-tren":
        save_self_unit(
            env.ctx,
            Unit(code="BTGDV-HP", name="Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", kind=UnitKind.DANG_CAP_TREN),
        )
        save_unit(
            env.ctx, Unit(code="DU-ANLAO", name="Đảng ủy xã An Lão", kind=UnitKind.DANG_UY_XA, parent_code="BTGDV-HP")
        )
    else:
        save_self_unit(env.ctx, Unit(code="DU-ANLAO", name="Đảng ủy xã An Lão", kind=UnitKind.DANG_UY_XA))
    w = MainWindow(env)
    qtbot.addWidget(w)
    w.show()
    problems = _check_all_pages(w, qtbot, "vi", kind)
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
