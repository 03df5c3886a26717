"""Excel workbooks that HR can sort and filter, and that never run a formula hidden in a name.

One writer for every roster: header row frozen, filters on, column widths from
the content, dates as real dates, numbers as numbers. Text is always written as
text, never as a formula, a number or a link, and control characters are removed.
Workbooks are written with XlsxWriter, about twice as fast as openpyxl at writing
(openpyxl still reads HR's spreadsheets), into memory, then to a temporary file
renamed into place, so a failure never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from sro_panel.exports import files
from sro_panel.messages import t

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
FOOTER_MAX = 255  # Excel's limit for a header or footer, its codes included

Value = str | int | float | bool | dt.date | dt.datetime | None

OPTIONS = {
    # Text stays text: "=…" is no formula, "1e5" no number, "http://…" no link.
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "default_date_format": DATE_FORMAT,
    "remove_timezone": True,
    "constant_memory": True,  # each row goes out as it is written
}


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Value]]


def clean_text(text: str) -> str:
    """Text as it goes into a cell: control characters removed (tabs and newlines kept)."""
    return CONTROL.sub("", text)


def _width(value: Value) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _footer(text: str) -> str:
    """The printed footer: `text` on the left, the page number on the right ("&" starts
    a code in Excel's footer syntax, so a plain "&" is doubled)."""
    right = "&RPage &P of &N"
    left = text.replace("&", "&&")[: FOOTER_MAX - len(right) - 2].rstrip("&")
    return f"&L{left}{right}"


class _Writer:
    """One workbook's formats and its rows, cell by cell as XlsxWriter wants them."""

    def __init__(self, buffer: io.BytesIO) -> None:
        self.book = xlsxwriter.Workbook(buffer, OPTIONS)
        self.bold = self.book.add_format({"bold": True})
        self.wrapped = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.stamp = self.book.add_format({"num_format": DATETIME_FORMAT})

    def row(self, ws: Worksheet, r: int, values: Sequence[Value]) -> None:
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                text = clean_text(value)
                ws.write_string(r, c, text, self.wrapped if "\n" in text else None)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            elif isinstance(value, dt.datetime):
                ws.write_datetime(r, c, value, self.stamp)
            else:  # a date: the workbook's default date format
                ws.write_datetime(r, c, value)


def write_workbook(
    path: Path, sheets: Sequence[Sheet], footer: str = ""
) -> Iterator[tuple[int, int, str]]:
    """Write `sheets` to `path`, yielding progress; the file appears only when complete.

    Rows are buffered per sheet to size the columns (widths go before the first row);
    a roster of 10,000 rows is a few MB in memory.
    """
    files.check_target(Path(path), ".xlsx", "an Excel export")
    buffer = io.BytesIO()
    writer = _Writer(buffer)
    total = len(sheets)
    for n, sheet in enumerate(sheets):
        yield (n, total, t("Writing {sheet}", sheet=sheet.title))
        rows = [list(r) for r in sheet.rows]
        ws = writer.book.add_worksheet(sheet.title[:31])
        widths = [len(h) for h in sheet.headers]
        for row in rows[:2000]:  # widths from a sample: enough to read, cheap to compute
            for i, value in enumerate(row):
                widths[i] = max(widths[i], _width(value))
        for i, width in enumerate(widths):
            ws.set_column(i, i, min(MAX_WIDTH, width + 2))
        ws.freeze_panes(1, 0)
        if footer:  # printed pages carry it
            ws.set_footer(_footer(footer))
        ws.autofilter(0, 0, len(rows), max(1, len(sheet.headers)) - 1)
        for c, header in enumerate(sheet.headers):
            ws.write_string(0, c, clean_text(header), writer.bold)
        for r, row in enumerate(rows, start=1):
            writer.row(ws, r, row)
    yield (total, total, t("Saving"))
    writer.book.close()

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(buffer.getvalue())

    files.write_atomically(Path(path), write)


def save(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write without progress (the command line)."""
    for _ in write_workbook(path, sheets):
        pass
