"""Online sending delays (issue 24), on loopback with the app's real background sender
(desktop/ui/sync_status.SyncStatus on the app's TaskRunner) and a real `sothidua hub serve`:

* queue → delivered: a package put in the outbox (and the "sync" change the app emits) until the
  hub has it and the outbox says "Đã gửi". Target ≤ 10 s.
* hub back → delivered: the hub is down while a package waits (long enough for the retries to
  reach their cap), then comes back; from the hub listening again until the package is "Đã gửi".
  Target ≤ 90 s.

``python -m tests.bench.bench_online [--quick]``."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.bench._util import main_for, row


def _wait(app, cond, limit_s: float) -> float:
    from PySide6.QtCore import QEventLoop

    t0 = time.perf_counter()
    while not cond():
        app.processEvents(QEventLoop.AllEvents, 50)
        if time.perf_counter() - t0 > limit_s:
            return float("inf")
        time.sleep(0.01)
    return time.perf_counter() - t0


def benchmarks(quick: bool) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    from db.hub.store import HubStore
    from desktop.app import build_env
    from desktop.services.exchange import online_sync, sync
    from desktop.services.changes import Changes
    from desktop.ui.sync_status import SyncStatus
    from tests.sync.conftest_hub import HubProcess, enrol_at_hub
    from tests.sync.conftest_sync import BRANCH, DCS, enrol, open_unit, put_quarterly

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-online-"))
    hub = None
    try:
        branch, dcs = open_unit(tmp / "chi-doan", BRANCH), open_unit(tmp / "doan-co-so", DCS)
        enrol(dcs, branch, tmp)
        enrol(branch, dcs, tmp)
        db = f"sqlite:///{tmp / 'hub.db'}"
        store = HubStore(db)
        enrol_at_hub(store, dcs, branch, tmp=tmp)
        store.close()
        hub = HubProcess(db, log=tmp / "hub.log").start()
        online_sync.save_connection(branch, hub.url)
        env = build_env(branch, app, language="vi")
        sender = SyncStatus(env)
        sender.start()

        def sent(item):
            return next(i for i in sync.outbox(branch) if i.package_id == item.package_id).status == "sent"

        _wait(app, lambda: online_sync.load_state(branch).last_success_at is not None, 30)  # first round done

        queued = []
        for q in range(2 if quick else 4):
            item = put_quarterly(branch, quarter=q % 4 + 1)
            env.bus.emit(Changes.of("sync"))  # what the page that queued it emits
            queued.append(_wait(app, lambda item=item: sent(item), 60))

        back = []
        outage_s = 30 if quick else 75  # long enough for the backoff to reach its cap (60 s)
        for n in range(1 if quick else 2):
            hub.stop()
            item = put_quarterly(branch, quarter=(n % 4) + 1)
            env.bus.emit(Changes.of("sync"))
            _wait(app, lambda: False, outage_s)  # the sender retries meanwhile
            assert not sent(item)
            failures = online_sync.load_state(branch).failures
            hub.start()
            back.append(_wait(app, lambda item=item: sent(item), 180))
        env.runner.wait()
        branch.close()
        dcs.close()
        return [
            row(
                "online: package queued -> delivered (hub reachable)",
                queued,
                target_s=10.0,
                note="real sender + hub on loopback; no click",
            ),
            row(
                "online: hub back -> package delivered",
                back,
                target_s=90.0,
                note=f"after a {outage_s} s outage ({failures} failed tries, backoff capped at "
                f"{online_sync.BACKOFF_MAX_S} s)",
            ),
        ]
    finally:
        if hub is not None:
            hub.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main_for(benchmarks))
