"""Reading .xlsx: openpyxl opens the workbook and supplies the shared strings, the date styles
and the date conversion; the per-cell loop is ours, because openpyxl's builds a dict and several
objects per cell and an import must stay within 1.5× of openpyxl reading the file (issue 3). The
same pass sees formulas whose result was never saved (files written by programs, not by Excel).
A file our loop cannot follow is read again by openpyxl's own loop."""

from __future__ import annotations

import zipfile
from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.sheets import messages
from desktop.sheets.book import Book, Sheet, _Passthrough

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _V, _F, _IS, _T = _NS + "row", _NS + "v", _NS + "f", _NS + "is", _NS + "t"
_COL_INDEX: dict[str, int] = {}


def _col_index(letters: str) -> int:
    i = _COL_INDEX.get(letters)
    if i is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        i = _COL_INDEX[letters] = n - 1
    return i


class XlsxBook(Book):
    kind = "xlsx"

    def __init__(self, path: Path, max_rows, progress, cancel, what="dòng"):
        super().__init__(path, max_rows, progress, cancel, what)
        import openpyxl

        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise messages.corrupt(path) from None
        if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
            if "mimetype" in names or "content.xml" in names:
                raise messages.opendocument(path)
            if names:
                raise messages.not_a_spreadsheet(path)
            raise messages.corrupt(path)
        try:
            self.wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except zipfile.BadZipFile:
            raise messages.corrupt(path) from None
        except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
            if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
                raise messages.protected(path) from None
            raise messages.corrupt(path) from None

    def close(self) -> None:
        self.wb.close()

    def sheet_names(self, active_first: bool = True) -> list[str]:
        wb = self.wb
        try:
            active = wb.active if active_first else None
        except Exception:  # noqa: BLE001 - a broken "activeTab"
            active = None
        order = ([active] if active is not None else []) + [ws for ws in wb.worksheets if ws is not active]
        return [ws.title for ws in order if ws is not None and hasattr(ws, "iter_rows")]

    def _read(self, name: str, last_row: int | None) -> Sheet:
        try:
            ws = self.wb[name]
            try:
                rows, formulas = self._fast_rows(ws, last_row)
            except (DomainError, _Passthrough):
                raise
            except Exception:  # noqa: BLE001 - an unusual file: openpyxl's own cell loop reads it
                rows, formulas = self._slow_rows(ws, last_row)
            return Sheet(ws.title, rows, formulas)
        except (DomainError, _Passthrough, KeyboardInterrupt):
            raise
        except Exception:  # noqa: BLE001
            raise messages.corrupt(self.path) from None

    def _fast_rows(self, ws, last_row: int | None) -> tuple[list, set]:
        from xml.etree.ElementTree import iterparse

        from openpyxl.utils.datetime import from_excel

        wb = self.wb
        strings = ws._shared_strings
        dates = wb._date_formats
        epoch = wb.epoch
        rows: list[tuple[int, tuple]] = []
        formulas: set[tuple[int, int]] = set()
        count = 0
        bound = self.row_bound
        with wb._archive.open(ws._worksheet_path) as src:
            row_no = 0
            for _, el in iterparse(src):
                if el.tag != _ROW:
                    continue
                r = el.get("r")
                row_no = int(r) if r else row_no + 1
                if last_row is not None and row_no > last_row:
                    break
                vals: dict[int, object] = {}
                col = -1
                for c in el:
                    ref = c.get("r")
                    col = _col_index(ref.rstrip("0123456789")) if ref else col + 1
                    t = c.get("t")
                    if t == "inlineStr":
                        inline = c.find(_IS)
                        if inline is not None:
                            vals[col] = "".join(x.text or "" for x in inline.iter(_T))
                        continue
                    v = c.findtext(_V)
                    if not v:
                        if c.find(_F) is not None:
                            formulas.add((row_no, col))
                        continue
                    if t is None or t == "n":
                        num = float(v) if ("." in v or "E" in v or "e" in v) else int(v)
                        style = c.get("s")
                        if style and int(style) in dates:
                            try:
                                num = from_excel(num, epoch)
                            except (OverflowError, ValueError):
                                pass
                        vals[col] = num
                    elif t == "s":
                        vals[col] = strings[int(v)]
                    elif t == "b":
                        vals[col] = v == "1"
                    elif t in ("str", "d"):
                        vals[col] = v
                    # "e" (an error such as #N/A): left blank
                el.clear()
                if vals:
                    values = tuple(vals.get(i) for i in range(max(vals) + 1))
                    self.check_row(ws.title, row_no, values)
                    rows.append((row_no, values))
                    count += 1
                    if count > bound:
                        raise self.too_many()
                if row_no % 500 == 0:
                    self.tick(row_no, 0, f"Đang đọc dòng {row_no}…")
        return rows, formulas

    def _slow_rows(self, ws, last_row: int | None) -> tuple[list, set]:
        ws.reset_dimensions()  # some writers store a wrong dimension: read the real cells
        rows = []
        count = 0
        bound = self.row_bound
        for n, values in enumerate(ws.iter_rows(max_row=last_row, values_only=True), 1):
            self.check_row(ws.title, n, values)
            rows.append((n, values))
            if values and any(v is not None for v in values):
                count += 1
                if count > bound:
                    raise self.too_many()
            if n % 500 == 0:
                self.tick(n, 0, f"Đang đọc dòng {n}…")
        return rows, (_formula_cells_without_value(self.path, ws.title, rows) if last_row is None else set())


def _formula_cells_without_value(path: Path, title: str, rows) -> set[tuple[int, int]]:
    """Cells holding a formula whose result was never saved: the value cannot be known, so such
    cells are reported instead of read as blank. A cheap scan of the sheet XML decides whether
    the slow second read is needed."""
    try:
        with zipfile.ZipFile(path) as z:
            blobs = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet") and n.endswith(".xml")]
    except (zipfile.BadZipFile, KeyError, OSError):
        return set()
    if not any(b"<f>" in b or b"<f " in b for b in blobs):
        return set()
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        ws = wb[title]
        ws.reset_dimensions()
        values = {n: v for n, v in rows}
        out = set()
        for n, formulas in enumerate(ws.iter_rows(values_only=True), 1):
            cached = values.get(n, ())
            for i, f in enumerate(formulas):
                if isinstance(f, str) and f.startswith("=") and (i >= len(cached) or cached[i] is None):
                    out.add((n, i))
        return out
    finally:
        wb.close()
