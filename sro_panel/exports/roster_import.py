"""Reading HR's applicant spreadsheet: an untrusted .xlsx turned into checked applicant rows.

Every problem ends in one ImportError_ naming the file, or the row, column and
value; nothing here writes anything. The file is checked before openpyxl sees
it: size, that it is a zip at all (a renamed .csv or an old or encrypted .xls is
not), and the zip's entries (a zip bomb is refused from its directory, before
anything is inflated). openpyxl parses the XML with defusedxml.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sro_panel.domain.applicant import ApplicantInput, check_applicant_input
from sro_panel.errors import FieldError, InputError
from sro_panel.messages import message_of, t

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, per entry
MAX_ENTRIES = 5_000
MAX_ROWS = 50_000
MAX_COLUMNS = 200

# field -> (label shown to people, header names HR files use for it)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "employee_id": (
        "Employee ID",
        ("employee id", "emp id", "employee number", "employee no", "employee #", "badge number"),
    ),
    "first_name": ("First name", ("first name", "first", "given name", "firstname")),
    "last_name": ("Last name", ("last name", "last", "surname", "family name", "lastname")),
    "rank": ("Rank", ("rank", "job title")),
    "assignment": ("Assignment", ("assignment", "district", "unit", "division")),
    "email": ("Email", ("email", "e-mail", "email address")),
    "phone": ("Phone", ("phone", "telephone", "phone number")),
    "applied_on": ("Applied on", ("applied on", "application date", "date applied")),
    "service_start": (
        "Service start",
        ("service start", "hire date", "date of hire", "start date", "sworn date"),
    ),
    "sustained_juvenile_complaints": (
        "Sustained complaints involving juveniles",
        (
            "sustained juvenile complaints",
            "sustained complaints involving juveniles",
            "juvenile complaints",
        ),
    ),
    "sustained_complaints": (
        "Sustained complaints",
        ("sustained complaints", "complaints sustained"),
    ),
    "attendance_note": ("Attendance note", ("attendance note", "attendance")),
    "discipline_note": ("Discipline note", ("discipline note", "discipline")),
    "youth_programs": ("Youth programs", ("youth programs", "youth program participation")),
}
REQUIRED = ("employee_id", "first_name", "last_name")
DATE_FIELDS = ("applied_on", "service_start")
COUNT_FIELDS = ("sustained_juvenile_complaints", "sustained_complaints")
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class ImportError_(InputError):
    """The spreadsheet cannot be imported; the message names the file, or row and column."""


@dataclass(frozen=True)
class Table:
    source: str  # "file.xlsx, sheet Applicants"
    sheets: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # data rows; row i is spreadsheet row i + 2


@dataclass(frozen=True)
class ParsedRow:
    row: int  # the spreadsheet's row number
    data: ApplicantInput | None
    errors: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Preview:
    source: str
    mapping: dict[int, str]  # column index -> field
    rows: tuple[ParsedRow, ...]

    @property
    def good(self) -> list[ApplicantInput]:
        return [r.data for r in self.rows if r.data is not None]

    @property
    def errors(self) -> list[str]:
        return [e for r in self.rows for e in r.errors]


def _check_file(path: Path) -> None:
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise ImportError_(
            t("{name}: cannot be read ({strerror})", name=name, strerror=exc.strerror)
        ) from None
    if size == 0:
        raise ImportError_(t("{name}: the file is empty", name=name))
    if size > MAX_FILE_BYTES:
        raise ImportError_(
            t(
                "{name}: larger than {limit} MB",
                name=name,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportError_(
            t(
                "{name}: this is a password-protected workbook or an old .xls file; open it "
                "in Excel, remove the password and save it as .xlsx",
                name=name,
            )
        )
    if not magic.startswith(b"PK\x03\x04"):
        raise ImportError_(
            t(
                "{name}: not an Excel .xlsx workbook (it looks like text or another format); "
                "save it from Excel as .xlsx",
                name=name,
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                raise ImportError_(t("{name}: too many parts inside the workbook", name=name))
            total = 0
            for entry in entries:
                if entry.flag_bits & 0x1:
                    raise ImportError_(t("{name}: the workbook is encrypted", name=name))
                total += entry.file_size
                if entry.compress_size and entry.file_size / entry.compress_size > MAX_RATIO:
                    raise ImportError_(
                        t(
                            "{name}: a part of the workbook expands implausibly (zip bomb?)",
                            name=name,
                        )
                    )
            if total > MAX_UNZIPPED_BYTES:
                raise ImportError_(t("{name}: the workbook expands to more than 300 MB", name=name))
            if "xl/workbook.xml" not in archive.namelist():
                raise ImportError_(t("{name}: a zip file, but not an Excel workbook", name=name))
    except (zipfile.BadZipFile, NotImplementedError, EOFError):
        # NotImplementedError: a zip feature Python cannot read (e.g. a newer zip version).
        raise ImportError_(
            t("{name}: damaged or truncated (not a readable .xlsx)", name=name)
        ) from None


def _unreadable(name: str, what: str, exc: BaseException) -> ImportError_:
    """openpyxl's failure as one line, naming the two causes a person can act on."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return ImportError_(
                t(
                    "{name}: {what}: its XML declares entities, which Excel never writes "
                    "(refused unread: an XML bomb or an attempt to read other files)",
                    name=name,
                    what=what,
                )
            )
        if isinstance(cause, zipfile.BadZipFile):
            # zipfile stops a part at the size its directory states and checks its CRC,
            # which is what a part bigger than its directory says runs into.
            return ImportError_(
                t(
                    "{name}: damaged (a part of the workbook fails its checksum)",
                    name=name,
                )
            )
        cause = cause.__cause__ or cause.__context__
    return ImportError_(
        t(
            "{name}: {what} ({error})",
            name=name,
            what=what,
            error=type(exc).__name__,
        )
    )


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The first (or named) sheet as headers and rows; refuses anything not plainly a workbook."""
    path = Path(path)
    _check_file(path)
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on malformed parts
        raise _unreadable(path.name, t("could not be read as a workbook"), exc) from None
    try:
        names = tuple(workbook.sheetnames)
        if not names:
            raise ImportError_(t("{name}: the workbook has no sheet", name=path.name))
        if sheet is not None and sheet not in names:
            raise ImportError_(
                t(
                    "{name}: no sheet named {sheet!r} (sheets: {value})",
                    name=path.name,
                    sheet=sheet,
                    value=", ".join(names),
                )
            )
        ws = workbook[sheet or names[0]]
        rows: list[tuple[Any, ...]] = []
        try:
            for values in ws.iter_rows(values_only=True, max_col=MAX_COLUMNS):
                rows.append(tuple(values))
                if len(rows) > MAX_ROWS + 1:
                    raise ImportError_(
                        t("{name}: more than {limit} rows", name=path.name, limit=MAX_ROWS)
                    )
        except ImportError_:
            raise
        except Exception as exc:
            # Rows come in order, so the one that failed is the one after those read.
            raise _unreadable(
                path.name, t("row {row} could not be read", row=len(rows) + 1), exc
            ) from None
    finally:
        workbook.close()
    while rows and all(v in (None, "") for v in rows[-1]):
        rows.pop()
    if not rows:
        raise ImportError_(
            t("{name}: the sheet {value!r} is empty", name=path.name, value=sheet or names[0])
        )
    headers = ["" if v is None else str(v).strip() for v in rows[0]]
    while headers and not headers[-1]:
        headers.pop()  # read-only sheets pad rows out to the requested width
    width = len(headers)
    return Table(
        source=f"{path.name}, sheet {sheet or names[0]}",
        sheets=names,
        headers=tuple(headers),
        rows=tuple(tuple(r[:width]) for r in rows[1:]),
    )


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9#]+", " ", text.casefold()).strip()


def auto_mapping(
    headers: Sequence[str], remembered: dict[str, str] | None = None
) -> dict[int, str]:
    """Map columns to fields by header name: remembered choices first, then known names."""
    remembered = {_key(k): v for k, v in (remembered or {}).items() if v in FIELDS}
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        key = _key(header)
        if not key:
            continue
        target = remembered.get(key)
        if target is None:
            target = next(
                (f for f, (label, names) in FIELDS.items() if key == _key(label) or key in names),
                None,
            )
        if target is not None and target not in mapping.values():
            mapping[i] = target
    return mapping


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return (
            dt.date.fromisoformat(text[:10]) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else _us(text)
        )
    except ValueError:
        raise ValueError(
            t("{text!r} is not a date (use YYYY-MM-DD or M/D/YYYY)", text=text)
        ) from None


def _us(text: str) -> dt.date:
    match = US_DATE.match(text)
    if not match:
        raise ValueError(text)
    month, day, year = (int(g) for g in match.groups())
    return dt.date(year, month, day)


def _count(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(t("{value!r} is not a whole number", value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"\d{1,4}", text):
        return int(text)
    raise ValueError(t("{value!r} is not a whole number", value=text))


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an employee ID typed as a number
    return str(value).strip()


def parse(
    table: Table,
    mapping: dict[int, str],
    *,
    today: dt.date,
    pulled_on: dt.date | None = None,
) -> Preview:
    """Every data row checked; errors say the row, the column header and the value."""
    missing = [FIELDS[f][0] for f in REQUIRED if f not in mapping.values()]
    if missing:
        raise ImportError_(
            t(
                "{source}: no column for {value} (map one to it)",
                source=table.source,
                value=", ".join(missing),
            )
        )
    parsed: list[ParsedRow] = []
    seen: dict[str, int] = {}
    for offset, values in enumerate(table.rows):
        number = offset + 2
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        data: dict[str, Any] = {
            "record_source": table.source[:300],
            "record_pulled_on": pulled_on or today,
        }
        errors: list[str] = []
        for column, name in mapping.items():
            raw = values[column] if column < len(values) else None
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            header = table.headers[column] or FIELDS[name][0]
            try:
                if name in DATE_FIELDS:
                    data[name] = _date(raw)
                elif name in COUNT_FIELDS:
                    data[name] = _count(raw)
                else:
                    data[name] = _text(raw)
            except ValueError as exc:
                errors.append(
                    t(
                        "row {number}, {column}: {problem}",
                        number=number,
                        column=header,
                        problem=message_of(exc),
                    )
                )
        for name in REQUIRED:
            data.setdefault(name, "")
        if not errors:
            try:
                clean = check_applicant_input(ApplicantInput(**data), today)
            except FieldError as exc:
                where = _column_for(exc.field, mapping, table.headers)
                errors.append(
                    t(
                        "row {number}, {column}: {problem}",
                        number=number,
                        column=where,
                        problem=exc.message,
                    )
                )
            else:
                first = seen.get(clean.employee_id)
                if first is not None:
                    errors.append(
                        t(
                            "row {number}, {column}: {employee_id} is already on row {first}",
                            number=number,
                            column=_column_for("Employee ID", mapping, table.headers),
                            employee_id=clean.employee_id,
                            first=first,
                        )
                    )
                else:
                    seen[clean.employee_id] = number
                    parsed.append(ParsedRow(number, clean))
                    continue
        parsed.append(ParsedRow(number, None, tuple(errors)))
    if not parsed:
        raise ImportError_(t("{source}: no applicant rows under the header", source=table.source))
    return Preview(table.source, dict(mapping), tuple(parsed))


def _column_for(label: str, mapping: dict[int, str], headers: Sequence[str]) -> str:
    for column, name in mapping.items():
        if FIELDS[name][0] == label or label.startswith(FIELDS[name][0]):
            return headers[column] or label
    return label


def mapping_from_pairs(pairs: Iterable[str], headers: Sequence[str]) -> dict[str, str]:
    """`--map "Hire date=service_start"` options as remembered choices; unknown ones refused."""
    chosen: dict[str, str] = {}
    for pair in pairs:
        column, _, target = pair.partition("=")
        if not target or target not in FIELDS:
            known = ", ".join(FIELDS)
            raise ImportError_(
                t(
                    "--map {pair!r}: use COLUMN=FIELD with FIELD one of {known}",
                    pair=pair,
                    known=known,
                )
            )
        if _key(column) not in {_key(h) for h in headers}:
            raise ImportError_(
                t("--map {pair!r}: no column named {column!r}", pair=pair, column=column)
            )
        chosen[column] = target
    return chosen
