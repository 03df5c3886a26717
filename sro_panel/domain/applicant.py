"""An applicant's fields as HR enters or imports them, and the checks they must pass."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sro_panel.domain.service_years import ServiceBreak, ServiceDataError, count_service
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
        raise FieldError(t("Employee ID"), t("is required"))
    if not EMPLOYEE_ID.match(employee_id):
        raise FieldError(t("Employee ID"), t("use letters, digits, '-', '_' or '.' (up to 40)"))
    email = data.email.strip()
    if email and not EMAIL.match(email):
        raise FieldError(t("Email"), t("{email!r} is not an email address", email=email))
    for name, value in (
        (t("Sustained complaints involving juveniles"), data.sustained_juvenile_complaints),
        (t("Sustained complaints"), data.sustained_complaints),
    ):
        if value is not None and not 0 <= value <= 1000:
            raise FieldError(name, t("must be a whole number from 0"))
    for name, day in (
        (t("Service start"), data.service_start),
        (t("Applied on"), data.applied_on),
        (t("Record pulled on"), data.record_pulled_on),
    ):
        if day is not None and not dt.date(1940, 1, 1) <= day <= today + dt.timedelta(days=366):
            raise FieldError(name, t("{day} is not a plausible date", day=day.isoformat()))
    for i, b in enumerate(data.breaks, start=1):
        if b.kind not in BREAK_KINDS:
            raise FieldError(
                t("Break {i}", i=i), t("kind must be one of {value}", value=", ".join(BREAK_KINDS))
            )
    if data.service_start is not None:
        try:
            count_service(data.service_start, _breaks(data.breaks), today)
        except ServiceDataError as exc:
            raise FieldError(t("Service breaks"), message_of(exc)) from None
    return replace(
        data,
        employee_id=employee_id,
        first_name=_clean(data.first_name, t("First name"), 100, required=True),
        last_name=_clean(data.last_name, t("Last name"), 100, required=True),
        rank=_clean(data.rank, t("Rank"), 80),
        assignment=_clean(data.assignment, t("Assignment"), 120),
        email=email,
        phone=_clean(data.phone, t("Phone"), 40),
        attendance_note=_clean(data.attendance_note, t("Attendance note"), 4000),
        discipline_note=_clean(data.discipline_note, t("Discipline note"), 4000),
        youth_programs=_clean(data.youth_programs, t("Youth programs"), 4000),
        record_source=_clean(data.record_source, t("Record source"), 300),
    )


def _breaks(items: tuple[BreakInput, ...]) -> tuple[ServiceBreak, ...]:
    return tuple(ServiceBreak(b.kind, b.start, b.end) for b in items)  # type: ignore[arg-type]
