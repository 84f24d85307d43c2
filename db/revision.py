"""Developer tool: autogenerate a migration from the models.

    python -m db.revision 0003 "volunteer activities"

Builds a scratch database at the current head, compares it with the models and writes
db/migrations/versions/<rev>_<slug>.py. Review the file before committing.
"""

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from db.schema import _run, upgrade


def main(argv: list[str]) -> int:
    rev_id, message = argv[0], " ".join(argv[1:]) or "migration"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scratch.db"
        path.touch()
        upgrade(path)
        _run(path, lambda cfg: command.revision(cfg, message=message, autogenerate=True,
                                                rev_id=rev_id))
    versions = Path(__file__).parent / "migrations" / "versions"
    for f in versions.glob(f"{rev_id}_*.py"):
        slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
        print(f"wrote {f.name} ({slug})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
