"""The Transport contract the online hub (issue 9) implements: a fake in-memory transport moves
packages between two units through ``services.sync.deliver`` and ``services.sync.receive``."""

from __future__ import annotations

from desktop.services.exchange import sync
from desktop.sync.transports import Delivery, FileTransport, Incoming
from tests.sync.conftest_sync import pair  # noqa: F401  (the fixture)
from tests.sync.conftest_sync import BRANCH, DCS, pair, put_quarterly  # noqa: F401


class MemoryHub:
    """Stands for a hub: packages wait per recipient until fetched and acknowledged."""

    def __init__(self):
        self.boxes: dict[str, dict[str, bytes]] = {}
        self.acked: list[tuple[str, str]] = []

    def client(self, unit_code: str, *, fail_ids=()):
        hub = self

        class _Client:
            key = "hub"
            delivered_status = "sent"

            def deliver(self, items, progress, cancel):
                out = []
                for i in items:
                    if i.package_id in fail_ids:
                        out.append(Delivery(i.package_id, False, "hub://", "Mất kết nối"))
                        continue
                    hub.boxes.setdefault(i.recipient_code, {})[i.package_id] = i.path.read_bytes()
                    out.append(Delivery(i.package_id, True, "hub://"))
                return out

            def fetch(self, progress, cancel):
                for pid, content in list(hub.boxes.get(unit_code, {}).items()):
                    yield Incoming(name=f"hub:{pid}", content=content, token=pid)

            def acknowledge(self, incoming, outcome):
                hub.acked.append((incoming.token, outcome.status))
                hub.boxes[unit_code].pop(incoming.token, None)

        return _Client()


def test_hub_like_transport_moves_packages_exactly_once(pair):
    hub = MemoryHub()
    a = put_quarterly(pair.branch, quarter=1)
    b = put_quarterly(pair.branch, quarter=2)
    deliveries = sync.deliver(pair.branch, hub.client(BRANCH.code, fail_ids={b.package_id}))
    assert [(d.package_id, d.ok) for d in deliveries] == [(a.package_id, True), (b.package_id, False)]
    status = {i.package_id: i.status for i in sync.outbox(pair.branch)}
    assert status == {a.package_id: "sent", b.package_id: "pending"}  # the failed one stays pending
    sync.deliver(pair.branch, hub.client(BRANCH.code))  # retried later: only b goes
    assert set(hub.boxes[DCS.code]) == {a.package_id, b.package_id}

    outs = sync.receive(pair.dcs, hub.client(DCS.code))
    assert sorted(o.status for o in outs) == ["accepted", "accepted"]
    assert sorted(hub.acked) == sorted([(a.package_id, "accepted"), (b.package_id, "accepted")])
    assert hub.boxes[DCS.code] == {}

    # switching to files afterwards sends nothing twice: the same bytes are a duplicate
    sync.export_outbox(pair.branch, pair.tmp / "usb", [a.package_id])
    [o] = sync.import_paths(pair.dcs, [pair.tmp / "usb"])
    assert o.status == "duplicate"

    # receipts come back through the hub and settle the branch's items
    sync.deliver(pair.dcs, hub.client(DCS.code))
    sync.receive(pair.branch, hub.client(BRANCH.code))
    assert {i.status for i in sync.outbox(pair.branch)} == {"received"}


def test_file_transport_fetch_lists_package_files(tmp_path):
    (tmp_path / "a.stpkg").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.stpkg").write_bytes(b"y")
    (tmp_path / "note.txt").write_text("z")
    (tmp_path / ".c.stpkg.1.tmp-sothidua").write_bytes(b"partial")
    names = sorted(i.path.name for i in FileTransport(tmp_path).fetch(lambda *a: None, None))
    assert names == ["a.stpkg", "b.stpkg"]
