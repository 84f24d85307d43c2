"""Started without a screen, the app says so in Vietnamese instead of Qt's raw xcb abort."""

import os
import subprocess
import sys

from desktop.cli import no_display_message


def test_no_screen_is_named_with_the_ways_out():
    msg = no_display_message({}, "linux")
    assert msg is not None
    assert "chưa có màn hình" in msg
    assert "QT_QPA_PLATFORM=offscreen" in msg
    assert "sothidua --help" in msg


def test_a_screen_or_offscreen_platform_opens_the_window():
    assert no_display_message({"DISPLAY": ":0"}, "linux") is None
    assert no_display_message({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert no_display_message({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert no_display_message({}, "win32") is None


def test_the_real_program_without_a_screen_exits_with_the_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 2
    assert "Không mở được cửa sổ" in done.stderr
    assert "xcb" not in done.stderr
    assert not (tmp_path / "d" / "sothidua.db").exists()
