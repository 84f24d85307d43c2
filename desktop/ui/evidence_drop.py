"""Drag and drop evidence files (a photo from the phone, a scanned PDF) onto a widget (issue 11
item 3). ``enable_file_drop(widget, on_files)`` makes ``widget`` accept dropped local files and
calls ``on_files([paths])``; ``enable_log_row_drop(page)`` lets a file dropped on a row of the
evidence-log table be attached to that record (desktop.services.attachments)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

EVIDENCE_SUFFIXES = {
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".bmp",
    ".webp",
    ".heic",
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".odt",
    ".mp4",
    ".mov",
    ".txt",
}


def dropped_paths(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    out = []
    for url in mime.urls():
        if url.isLocalFile():
            p = Path(url.toLocalFile())
            if p.is_file() and p.suffix.lower() in EVIDENCE_SUFFIXES:
                out.append(str(p))
    return out


class _DropFilter(QObject):
    def __init__(self, target, on_files, position=False):
        super().__init__(target)
        self.on_files = on_files
        self.position = position

    def eventFilter(self, obj, event):
        t = event.type()
        if t in (QEvent.DragEnter, QEvent.DragMove):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif t == QEvent.Drop:
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                if self.position:
                    self.on_files(paths, event.position().toPoint())
                else:
                    self.on_files(paths)
                return True
        return False


def enable_file_drop(widget, on_files) -> None:
    """``widget`` accepts dropped evidence files; ``on_files(paths)`` receives them."""
    widget.setAcceptDrops(True)
    widget.installEventFilter(_DropFilter(widget, on_files))


def enable_log_row_drop(page) -> None:
    """On the evidence-log page: a file dropped on a record is attached to it."""
    view = page.table.viewport()

    def dropped(paths, pos):
        from desktop.services.attachments import add_attachment
        from desktop.services.changes import Changes
        from desktop.services.year import LOG_OWNER
        from desktop.ui.writes import run_write

        idx = page.table.indexAt(pos)
        if idx.isValid():
            page.table.selectRow(idx.row())
        e = page.current_entry()
        if e is None or e.id is None:
            return
        ctx = page.env.ctx

        def work():
            for p in paths:
                add_attachment(ctx, e.unit_code, LOG_OWNER, e.id, p)
            return Changes.of("cycle")

        run_write(page, work)

    page.table.setAcceptDrops(True)
    view.setAcceptDrops(True)
    view.installEventFilter(_DropFilter(view, dropped, position=True))
