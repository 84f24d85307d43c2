"""A real Sổ Thi Đua process doing writes through the app's own services, to be killed with
SIGKILL at a random moment by tests/crash/test_crash.py (issue 8 §3).

    python -m tests.crash.writer DATA_DIR SEED write     # members, edits, files, backups
    python -m tests.crash.writer DATA_DIR SEED restore A.zip B.zip   # restores, alternating

It prints one line per action AFTER the action's transaction committed (and flushes), so the
test knows exactly what was acknowledged before the kill.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path


SYLLABLES = (
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Đào",
    "Giang",
    "Hà",
    "Hoa",
    "Khánh",
    "Lan",
    "Minh",
    "Ngọc",
    "Phúc",
    "Quân",
    "Sơn",
    "Thảo",
    "Uyên",
    "Vân",
    "Xuân",
    "Yến",
)


def person(seed: int, i: int) -> str:
    """A unique, valid Vietnamese name for (seed, i) — names may not contain digits."""
    n = len(SYLLABLES)
    return " ".join(
        [
            "Nguyễn",
            SYLLABLES[seed % n],
            SYLLABLES[seed // n % n],
            SYLLABLES[i // n // n % n],
            SYLLABLES[i // n % n],
            SYLLABLES[i % n],
        ]
    )


def say(*parts) -> None:
    print(*parts, flush=True)


def write_loop(data_dir: Path, seed: int) -> None:
    from desktop.domain.members import Member
    from desktop.services.safety import backup
    from desktop.services.attachments import add_attachment
    from desktop.services.context import open_context
    from desktop.services.membership.members import add_member, get_member, update_member
    from desktop.services.units import set_unit_setting

    rnd = random.Random(seed)
    ctx = open_context(data_dir, actor=f"crash-{seed}")
    src = data_dir.parent / f"anh-{seed}.jpg"
    say("READY")
    i = 0
    while True:
        i += 1
        r = rnd.random()
        if r < 0.55:
            name, phone = person(seed, i), f"09{rnd.randrange(10**8):08d}"
            _, m = add_member(
                ctx,
                "CD-CRASH",
                Member(
                    id=None, unit_code="CD-CRASH", full_name=name, phone=phone, date_of_birth=date(2000, 1, 1 + i % 28)
                ),
                entry_date=date(2026, 1, 5),
            )
            say("MEMBER", m.id, phone, name)
        elif r < 0.75:
            ids = _member_ids(ctx)
            if ids:
                mid = rnd.choice(ids)
                phone = f"08{rnd.randrange(10**8):08d}"
                say("WILL-PHONE", mid, phone)  # may commit without being acknowledged
                update_member(ctx, replace(get_member(ctx, mid), phone=phone))
                say("PHONE", mid, phone)
        elif r < 0.85:
            value = rnd.randrange(1, 30)
            say("WILL-SETTING", value)
            set_unit_setting(ctx, "CD-CRASH", "cd32_meetings_per_year", value)
            say("SETTING", value)
        elif r < 0.95:
            payload = f"ảnh hoạt động {seed}-{i} ".encode() * rnd.randrange(1, 20000)
            src.write_bytes(payload)
            a = add_attachment(ctx, "CD-CRASH", "volunteer_activity", i, src)
            say("FILE", a.id, a.stored_name, a.sha256)
        else:
            info = backup.create_backup(ctx.data, kind="auto")
            say("BACKUP", info.path.name)


def _member_ids(ctx) -> list[int]:
    from desktop.services.membership.members import roster

    return [e.member.id for e in roster(ctx, "CD-CRASH")]


def restore_loop(data_dir: Path, seed: int, a: Path, b: Path) -> None:
    from desktop.paths import DataDir
    from desktop.services.safety import restoring

    data = DataDir(data_dir)
    rnd = random.Random(seed)
    say("READY")
    while True:
        which = rnd.choice(["A", "B"])
        restoring.restore_backup(data, a if which == "A" else b)
        say("RESTORED", which)


def main(argv: list[str]) -> int:
    data_dir, seed, mode = Path(argv[0]), int(argv[1]), argv[2]
    if mode == "write":
        write_loop(data_dir, seed)
    else:
        restore_loop(data_dir, seed, Path(argv[3]), Path(argv[4]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
