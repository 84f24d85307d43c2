"""How packages move between units. The outbox does not care: it hands packages to a Transport
and records what the transport says happened; received bytes go through the same importer
whichever way they came.

The contract (for the file transport here and the online hub transport of issue 9)::

    class Transport(Protocol):
        key: str                  # "file", "hub", …
        delivered_status: str     # the outbox status a delivered item gets:
                                  #   "exported" (đã xuất file) or "sent" (đã gửi)
        def deliver(items, progress, cancel) -> list[Delivery]
        def fetch(progress, cancel) -> Iterator[Incoming]
        def acknowledge(incoming, outcome) -> None

* ``deliver`` gets outbox items (each: package id, file name, the durable outbox path, the
  recipient, the SHA-256) and must be idempotent per package id: delivering the same item twice
  (after a crash, a retry, or a switch from file to hub) is harmless because the bytes of a
  package id never change and every receiver treats a second copy as "duplicate".
  One failing item must not stop the others: return Delivery(ok=False, detail=…) for it.
* ``fetch`` yields packages waiting for this unit (files in a folder; the hub's inbox). The
  service imports each one independently (verify, store, quarantine) and then calls
  ``acknowledge`` with the outcome, so an online transport can tell the hub to drop it. A
  package must only be acknowledged after the import committed.
* Receipts ("biên nhận") are ordinary packages of kind "receipt": the receiving side puts them
  in its own outbox, so the sender's items become "đã nhận" / "bị từ chối + lý do" the same way
  whichever transport carried them. An online transport MAY also report hub acknowledgements
  by returning Delivery(ok=True, acknowledged=True) — the item then goes straight to "đã nhận".

Nothing here touches the database; ``desktop/services/exchange/sync.py`` records every status change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop.sync.files import TMP_SUFFIX, atomic_write
from desktop.sync.package import EXTENSION, sha256_hex

ProgressFn = Callable[[int, int, str], None]


@dataclass(frozen=True)
class OutgoingPackage:
    package_id: str
    file_name: str
    path: Path  # the durable copy in DataDir.outbox
    recipient_code: str
    kind: str
    sha256: str


@dataclass(frozen=True)
class Delivery:
    package_id: str
    ok: bool
    where: str = ""  # the folder/file written, or the hub URL
    detail: str = ""  # why it failed (Vietnamese), or a note
    acknowledged: bool = False  # the far side confirmed receipt (online transports)
    refusal: str | None = None  # the hub's error code when it refused this package (online)
    permanent: bool = False  # sending it again cannot help until something changes


@dataclass(frozen=True)
class Incoming:
    name: str  # what the user recognises: a file path, or "hub:<package id>"
    path: Path | None = None
    content: bytes | None = None
    token: str | None = None  # transport-specific handle for acknowledge()

    def read(self, max_bytes: int) -> bytes:
        if self.content is not None:
            return self.content
        assert self.path is not None
        with open(self.path, "rb") as fh:
            return fh.read(max_bytes + 1)


@dataclass(frozen=True)
class ImportOutcome:
    """What the importer made of one incoming package (also the CLI's JSON entry)."""

    file: str
    package_id: str | None
    status: str  # accepted | duplicate | superseded | rejected
    reason: str
    reason_code: str | None = None
    kind: str | None = None
    sender_code: str | None = None

    def to_json(self) -> dict:
        return {"file": self.file, "package_id": self.package_id, "status": self.status, "reason": self.reason}


class Transport(Protocol):
    key: str
    delivered_status: str

    def deliver(self, items: list[OutgoingPackage], progress: ProgressFn, cancel) -> list[Delivery]: ...

    def fetch(self, progress: ProgressFn, cancel) -> Iterator[Incoming]: ...

    def acknowledge(self, incoming: Incoming, outcome: ImportOutcome) -> None: ...


class FileTransport:
    """Packages as files in a folder: a USB stick, a shared folder, or files sent by Zalo/e-mail."""

    key = "file"
    delivered_status = "exported"

    def __init__(self, folder: Path, names: dict[str, str] | None = None):
        self.folder = Path(folder)
        self.names = dict(names or {})  # package id -> the file name to write (default: its outbox name)

    def deliver(self, items: list[OutgoingPackage], progress: ProgressFn, cancel) -> list[Delivery]:
        out = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return [
                Delivery(
                    i.package_id,
                    False,
                    str(self.folder),
                    f"Không tạo được thư mục “{self.folder}”: {exc.strerror or exc}",
                )
                for i in items
            ]
        for n, item in enumerate(items, start=1):
            if cancel is not None:
                cancel.check()
            progress(n - 1, len(items), item.file_name)
            target = self.folder / self.names.get(item.package_id, item.file_name)
            try:
                content = item.path.read_bytes()
                if sha256_hex(content) != item.sha256:
                    out.append(
                        Delivery(
                            item.package_id,
                            False,
                            str(target),
                            "Tệp trong hộp thư đi đã bị thay đổi hoặc hỏng: không xuất.",
                        )
                    )
                    continue
                if not (target.exists() and sha256_hex(target.read_bytes()) == item.sha256):
                    atomic_write(target, content)
                out.append(Delivery(item.package_id, True, str(target)))
            except FileNotFoundError:
                out.append(
                    Delivery(
                        item.package_id,
                        False,
                        str(target),
                        f"Không tìm thấy tệp gói trong hộp thư đi: {item.path.name}",
                    )
                )
            except OSError as exc:
                out.append(
                    Delivery(item.package_id, False, str(target), f"Không ghi được “{target}”: {exc.strerror or exc}")
                )
        progress(len(items), len(items), "")
        return out

    def fetch(self, progress: ProgressFn, cancel) -> Iterator[Incoming]:
        for path in package_files([self.folder]):
            yield Incoming(name=str(path), path=path)

    def acknowledge(self, incoming: Incoming, outcome: ImportOutcome) -> None:
        """Files stay where they are: the user decides whether to delete them from the stick."""


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files named on the command line as they are; folders expanded to the *.stpkg files inside
    (recursively), in a stable order. Temporary files of an interrupted copy are skipped."""
    out: list[Path] = []
    seen = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(
                q
                for q in p.rglob(f"*{EXTENSION}")
                if q.is_file() and not q.name.endswith(TMP_SUFFIX) and not q.name.startswith(".")
            )
        else:
            found = [p]
        for q in found:
            key = str(q.resolve()) if q.exists() else str(q)
            if key not in seen:
                seen.add(key)
                out.append(q)
    return out
