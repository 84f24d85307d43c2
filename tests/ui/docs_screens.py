"""Refresh the screenshots of the user guide (docs/huong-dan/anh/) from the ones the UI tests take.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.docs_screens

runs the two tests that photograph every screen at 1366×768 (tests/ui/test_screens_fit.py and the
first-run wizard in tests/ui/test_first_run.py), then copies the Vietnamese screens the guide shows,
reduced to a 256-colour palette so the repository stays small. The guide's pages link the files by
the names in SHOTS; tests/unit/test_docs_links.py checks that every linked image exists.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ROOT / "artifacts" / "screens"
OUT = ROOT / "docs" / "huong-dan" / "anh"

# guide file name  <-  screenshot taken by the tests: the wizard's by name, a page's by its key
# (test_screens_fit.py numbers the pages in the order of the navigation, which changes as pages come)
SHOTS = {
    "lan-dau-tao-don-vi.png": "wizard-vi-create-0.png",
    "lan-dau-nhan-thu-moi.png": "wizard-vi-join-1.png",  # the join page: the file, its code, the signer
    "tong-quan.png": "chi-doan-vi-*-home.png",
    "doan-vien.png": "chi-doan-vi-*-members.png",
    "dang-ky.png": "chi-doan-vi-*-registration.png",
    "tieu-chi.png": "chi-doan-vi-*-campaign.png",
    "so-theo-doi.png": "chi-doan-vi-*-logs.png",
    "ngay-tinh-nguyen.png": "chi-doan-vi-*-volunteer.png",
    "cong-nhan.png": "chi-doan-vi-*-recognition.png",
    "gui-nhan.png": "chi-doan-vi-*-outbox.png",
    "in-van-ban.png": "chi-doan-vi-*-reports.png",
    "sao-luu.png": "chi-doan-vi-*-backups.png",
    "doan-co-so-chi-doan.png": "doan-co-so-vi-*-branches.png",
    "doan-co-so-cong-nhan.png": "doan-co-so-vi-*-recognition.png",
}


def sources() -> dict[str, Path]:
    """Each guide picture's screenshot; every one must be there before any picture changes."""
    found, missing = {}, []
    for name, pattern in SHOTS.items():
        matches = sorted(SCREENS.glob(pattern))
        if len(matches) != 1:
            missing.append(f"{name}: {pattern} ({len(matches)} found)")
        else:
            found[name] = matches[0]
    if missing:
        raise SystemExit("the guide's pictures were not changed; screenshots not found:\n" + "\n".join(missing))
    return found


def main() -> int:
    rc = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/test_screens_fit.py",
            "tests/ui/test_first_run.py",
        ],
        cwd=ROOT,
    )
    if rc != 0:
        print("the screenshot tests failed; the guide's pictures were not changed")
        return rc
    from PIL import Image

    OUT.mkdir(parents=True, exist_ok=True)
    for name, source in sources().items():
        with Image.open(source) as im:
            im.convert("RGB").quantize(colors=256).save(OUT / name, optimize=True)
        print(f"{OUT / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
