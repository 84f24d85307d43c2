"""Reading the older .xls (BIFF, through xlrd): dates as dates, blanks and error cells as None."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.errors import DomainError
from desktop.sheets import messages
from desktop.sheets.book import Book, Sheet, _Passthrough


class XlsBook(Book):
    kind = "xls"

    def __init__(self, path: Path, max_rows, progress, cancel, what="dòng"):
        super().__init__(path, max_rows, progress, cancel, what)
        import xlrd

        try:
            self.book = xlrd.open_workbook(str(path), on_demand=True)
        except xlrd.biffh.XLRDError as exc:
            if "encrypt" in str(exc).lower():
                raise messages.protected(path) from None
            raise messages.corrupt(path) from None
        except Exception:  # noqa: BLE001 - xlrd raises many kinds for a broken file
            raise messages.corrupt(path) from None

    def close(self) -> None:
        self.book.release_resources()

    def sheet_names(self, active_first: bool = True) -> list[str]:
        return list(self.book.sheet_names())

    def _read(self, name: str, last_row: int | None) -> Sheet:
        import xlrd

        try:
            idx = self.book.sheet_names().index(name)
            sh = self.book.sheet_by_index(idx)
            nrows = sh.nrows if last_row is None else min(sh.nrows, last_row)
            if nrows > self.row_bound + 5 * 30:
                nonblank = sum(
                    1
                    for r in range(nrows)
                    if any(c.ctype not in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK) for c in sh.row(r))
                )
                if nonblank > self.row_bound:
                    raise self.too_many()
            rows = []
            for r in range(nrows):
                out = []
                for c in sh.row(r):
                    if c.ctype == xlrd.XL_CELL_DATE:
                        try:
                            out.append(xlrd.xldate.xldate_as_datetime(c.value, self.book.datemode))
                        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                            out.append(c.value)
                    elif c.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        out.append(None)
                    elif c.ctype == xlrd.XL_CELL_BOOLEAN:
                        out.append(bool(c.value))
                    else:
                        out.append(c.value)
                values = tuple(out)
                self.check_row(sh.name, r + 1, values)
                rows.append((r + 1, values))
                if (r + 1) % 500 == 0:
                    self.tick(r + 1, nrows, f"Đang đọc dòng {r + 1}…")
            self.book.unload_sheet(idx)
            return Sheet(sh.name, rows)
        except (DomainError, _Passthrough, KeyboardInterrupt):
            raise
        except Exception:  # noqa: BLE001
            raise messages.corrupt(self.path) from None
