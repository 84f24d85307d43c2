"""Reading .csv: UTF-8 (with or without the BOM Excel writes), else the Windows code pages
Vietnamese offices still use; comma, semicolon or tab, sniffed from the first lines (the app's
own exports use the Windows list separator, so they always read back); a leading apostrophe
that kept a formula-looking text as text is removed again (desktop/domain/text.py)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.domain.text import from_csv_cell
from desktop.sheets import messages
from desktop.sheets.book import Book, Sheet


class CsvBook(Book):
    kind = "csv"

    def __init__(self, path: Path, max_rows, progress, cancel, what="dòng"):
        super().__init__(path, max_rows, progress, cancel, what)
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "cp1258", "cp1252"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - cp1252 decodes nearly anything
            raise messages.not_a_spreadsheet(path)
        if "\x00" in text[:2000]:
            raise messages.not_a_spreadsheet(path)
        self.text = text

    def sheet_names(self, active_first: bool = True) -> list[str]:
        return [self.path.stem]

    def _read(self, name: str, last_row: int | None) -> Sheet:
        text = self.text
        try:
            dialect = csv.Sniffer().sniff(text[:4000], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = []
        bound = self.row_bound
        reader = csv.reader(io.StringIO(text), dialect)
        try:
            for n, values in enumerate(reader, 1):
                if last_row is not None and n > last_row:
                    break
                row = tuple(from_csv_cell(v) if v.strip() else None for v in values)
                self.check_row(name, n, row)
                rows.append((n, row))
                if len(rows) > bound:
                    raise self.too_many()
                if n % 500 == 0:
                    self.tick(n, 0, f"Đang đọc dòng {n}…")
        except csv.Error:  # a cell longer than the csv module's limit (128 KB), a broken quote
            raise messages.broken_csv_line(self.path, reader.line_num) from None
        return Sheet(self.path.stem, rows)
