"""An applicant's fields as HR enters or imports them, and the checks they must pass."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sro_panel.domain.service_years import ServiceBreak, ServiceDataError, check_breaks
from sro_panel.errors import FieldError
from sro_panel.messages import message_of, t

BREAK_KINDS = ("unpaid_leave", "separation")

EMPLOYEE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-_.]{0,39}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")  # control characters other than tab and newline


@dataclass(frozen=True)
class BreakInput:
    kind: str
    start: dt.date
    end: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class ApplicantInput:
    employee_id: str
    first_name: str
    last_name: str
    rank: str = ""
    assignment: str = ""
    email: str = ""
    phone: str = ""
    applied_on: dt.date | None = None
    service_start: dt.date | None = None
    sustained_juvenile_complaints: int | None = None
    sustained_complaints: int | None = None
    attendance_note: str = ""
    discipline_note: str = ""
    youth_programs: str = ""
    record_source: str = ""
    record_pulled_on: dt.date | None = None
    breaks: tuple[BreakInput, ...] = field(default=())


# Field names for messages, made once: a roster import checks every row.
_EMPLOYEE_ID = t("Employee ID")
_EMAIL = t("Email")
_NUMBERS = (
    ("sustained_juvenile_complaints", t("Sustained complaints involving juveniles")),
    ("sustained_complaints", t("Sustained complaints")),
)
_DATES = (
    ("service_start", t("Service start")),
    ("applied_on", t("Applied on")),
    ("record_pulled_on", t("Record pulled on")),
)
# (field, name in messages, longest length, required)
_TEXTS = (
    ("first_name", t("First name"), 100, True),
    ("last_name", t("Last name"), 100, True),
    ("rank", t("Rank"), 80, False),
    ("assignment", t("Assignment"), 120, False),
    ("phone", t("Phone"), 40, False),
    ("attendance_note", t("Attendance note"), 4000, False),
    ("discipline_note", t("Discipline note"), 4000, False),
    ("youth_programs", t("Youth programs"), 4000, False),
    ("record_source", t("Record source"), 300, False),
)
_EARLIEST = dt.date(1940, 1, 1)


def _clean(text: str, name: str, limit: int, *, required: bool = False) -> str:
    value = " ".join(text.split()) if "\n" not in text else text.strip()
    if required and not value:
        raise FieldError(name, t("is required"))
    if len(value) > limit:
        raise FieldError(name, t("is longer than {limit} characters", limit=limit))
    if CONTROL.search(value):
        raise FieldError(name, t("contains control characters"))
    return value


def check_applicant_input(data: ApplicantInput, today: dt.date) -> ApplicantInput:
    """Validate and tidy an applicant's fields, naming the field at fault."""
    employee_id = data.employee_id.strip()
    if not employee_id:
        raise FieldError(_EMPLOYEE_ID, t("is required"))
    if not EMPLOYEE_ID.match(employee_id):
        raise FieldError(_EMPLOYEE_ID, t("use letters, digits, '-', '_' or '.' (up to 40)"))
    email = data.email.strip()
    if email and not EMAIL.match(email):
        raise FieldError(_EMAIL, t("{email!r} is not an email address", email=email))
    for key, name in _NUMBERS:
        value = getattr(data, key)
        if value is not None and not 0 <= value <= 1000:
            raise FieldError(name, t("must be a whole number from 0"))
    latest = today + dt.timedelta(days=366)
    for key, name in _DATES:
        day = getattr(data, key)
        if day is not None and not _EARLIEST <= day <= latest:
            raise FieldError(name, t("{day} is not a plausible date", day=day.isoformat()))
    for i, b in enumerate(data.breaks, start=1):
        if b.kind not in BREAK_KINDS:
            raise FieldError(
                t("Break {i}", i=i), t("kind must be one of {value}", value=", ".join(BREAK_KINDS))
            )
    if data.service_start is not None:
        try:
            check_breaks(data.service_start, _breaks(data.breaks))
        except ServiceDataError as exc:
            raise FieldError(t("Service breaks"), message_of(exc)) from None
    texts: dict[str, Any] = {
        key: _clean(getattr(data, key), name, limit, required=required)
        for key, name, limit, required in _TEXTS
    }
    texts.update(employee_id=employee_id, email=email)
    if all(getattr(data, key) == value for key, value in texts.items()):
        return data  # already tidy, as a row checked once before is
    return replace(data, **texts)


def _breaks(items: tuple[BreakInput, ...]) -> tuple[ServiceBreak, ...]:
    return tuple(ServiceBreak(b.kind, b.start, b.end) for b in items)  # type: ignore[arg-type]
