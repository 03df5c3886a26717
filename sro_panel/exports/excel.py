"""Excel workbooks that HR can sort and filter, and that never run a formula hidden in a name.

One writer for every roster: header row frozen, filters on, column widths from
the content, dates as real dates, numbers as numbers. Text that begins with
= + - @, a tab or a carriage return is written as text, never as a formula, and
control characters are removed. Workbooks are written in openpyxl's write-only
mode (constant memory), to a temporary file renamed into place, so a failure
never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from sro_panel.exports import files
from sro_panel.messages import t

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

Value = str | int | float | bool | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Value]]


def clean_text(text: str) -> str:
    """Text as it goes into a cell: control characters removed (tabs and newlines kept)."""
    return CONTROL.sub("", text)


def _cell(ws: object, value: Value, bold: bool = False) -> WriteOnlyCell | Value:
    """The value as it goes into a row: plain when openpyxl writes it right as it is
    (numbers, empty cells, ordinary text, dates), a styled cell otherwise."""
    if not bold:
        if value is None or isinstance(value, int | float):
            return value
        if isinstance(value, str):
            value = clean_text(value)
            if not value.startswith(FORMULA_START) and "\n" not in value:
                return value  # openpyxl writes it as text (an "=" is checked above)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value  # openpyxl's own date format is yyyy-mm-dd
    if isinstance(value, str):
        text = clean_text(value)
        cell = WriteOnlyCell(ws, value=text)
        if text.startswith(FORMULA_START):
            cell.data_type = "s"  # text, never a formula
        if "\n" in text:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    elif isinstance(value, dt.datetime):
        cell = WriteOnlyCell(ws, value=value.replace(tzinfo=None))
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
    else:
        cell = WriteOnlyCell(ws, value=value)
    if bold:
        cell.font = Font(bold=True)
    return cell


def _width(value: Value) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_workbook(
    path: Path, sheets: Sequence[Sheet], footer: str = ""
) -> Iterator[tuple[int, int, str]]:
    """Write `sheets` to `path`, yielding progress; the file appears only when complete.

    Rows are buffered per sheet to size the columns (write-only sheets need widths
    before the first row); a roster of 10,000 rows is a few MB in memory.
    """
    files.check_target(Path(path), ".xlsx", "an Excel export")
    workbook = Workbook(write_only=True)
    total = len(sheets)
    for n, sheet in enumerate(sheets):
        yield (n, total, t("Writing {sheet}", sheet=sheet.title))
        rows = [list(r) for r in sheet.rows]
        ws = workbook.create_sheet(title=sheet.title[:31])
        widths = [len(h) for h in sheet.headers]
        for row in rows[:2000]:  # widths from a sample: enough to read, cheap to compute
            for i, value in enumerate(row):
                widths[i] = max(widths[i], _width(value))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, width + 2)
        ws.freeze_panes = "A2"
        if footer:  # printed pages carry it; "&" starts a code in Excel's footer syntax
            ws.HeaderFooter.oddFooter.left.text = footer.replace("&", "&&")
            ws.HeaderFooter.oddFooter.right.text = "Page &P of &N"
        last = get_column_letter(max(1, len(sheet.headers)))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        ws.append([_cell(ws, h, bold=True) for h in sheet.headers])
        for row in rows:
            ws.append([_cell(ws, v) for v in row])
    yield (total, total, t("Saving"))
    files.write_atomically(Path(path), workbook.save)


def save(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write without progress (the command line)."""
    for _ in write_workbook(path, sheets):
        pass
