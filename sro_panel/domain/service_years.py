"""Years of uninterrupted service by a date, with exact calendar arithmetic.

The rules (documented in docs/screening.md):
- A break's dates are inclusive: `start` is the first day away, `end` the last.
  Service resumes the day after `end`.
- A separation (leaving and being rehired) restarts the count on the day after it
  ends. Someone separated on the selection date is not in service.
- Unpaid leave does not restart the count; unless the profile credits it, each
  day of it pushes the qualifying date back by one day.
- N years are completed on the N-th anniversary of the count's start. For a start
  on 29 February, the anniversary in a common year is 1 March (the year is not
  complete on 28 February).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sro_panel.messages import Text, t

BreakKind = Literal["unpaid_leave", "separation"]
ONE_DAY = dt.timedelta(days=1)


class ServiceDataError(ValueError):
    """Service dates that contradict each other; the reason is in the message."""


@dataclass(frozen=True)
class ServiceBreak:
    kind: BreakKind
    start: dt.date
    end: dt.date | None  # None: still away


@dataclass(frozen=True)
class ServiceCount:
    """The uninterrupted service of one person as of one date."""

    as_of: dt.date
    counted_from: dt.date | None  # None: not in service on `as_of`
    uncredited_days: int  # unpaid leave days not counted, up to `as_of`
    on_leave: bool  # on unpaid leave on `as_of`
    years: int = 0
    months: int = 0
    days: int = 0

    def describe(self) -> str:
        if not self.years and not self.months:
            return _days(self.days)
        if not self.months:
            return years_text(self.years)
        if not self.years:
            return _months(self.months)
        return t("{years} {months}", years=years_text(self.years), months=_months(self.months))


def years_text(n: int) -> Text:
    """'1 year', '3 years': a count of years said in words (and translatable)."""
    return t("1 year") if n == 1 else t("{n} years", n=n)


def _months(n: int) -> Text:
    return t("1 month") if n == 1 else t("{n} months", n=n)


def _days(n: int) -> Text:
    return t("1 day") if n == 1 else t("{n} days", n=n)


def _break_kind(kind: str) -> Text:
    return t("separation") if kind == "separation" else t("unpaid leave")


def add_years(start: dt.date, years: int) -> dt.date:
    """The `years`-th anniversary of `start`; 29 February falls on 1 March in common years."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(start.year + years, 3, 1)


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day `months` later; a day past the month's end rolls to the next month's first."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    try:
        return dt.date(year, month, start.day)
    except ValueError:
        return dt.date(year + month // 12, month % 12 + 1, 1)


def calendar_difference(start: dt.date, end: dt.date) -> tuple[int, int, int]:
    """Completed (years, months, days) from `start` to `end`, by the anniversary rule."""
    if end < start:
        return (0, 0, 0)
    years = end.year - start.year
    while years > 0 and add_years(start, years) > end:
        years -= 1
    anchor = add_years(start, years)
    months = (end.year - anchor.year) * 12 + end.month - anchor.month
    while months > 0 and add_months(anchor, months) > end:
        months -= 1
    days = (end - add_months(anchor, months)).days
    return (years, months, days)


def check_breaks(start: dt.date, breaks: Sequence[ServiceBreak]) -> list[ServiceBreak]:
    """Breaks in order; refuses one before the start, ending before it starts, or overlapping."""
    ordered = sorted(breaks, key=lambda b: b.start)
    previous_end: dt.date | None = None
    for b in ordered:
        if b.start < start:
            raise ServiceDataError(
                t(
                    "a {kind} starting {start} is before the service start {service_start}",
                    kind=_break_kind(b.kind),
                    start=b.start.isoformat(),
                    service_start=start.isoformat(),
                )
            )
        if b.end is not None and b.end < b.start:
            raise ServiceDataError(
                t(
                    "a {kind} ends ({end}) before it starts ({start})",
                    kind=_break_kind(b.kind),
                    end=b.end.isoformat(),
                    start=b.start.isoformat(),
                )
            )
        if previous_end is not None and b.start <= previous_end:
            raise ServiceDataError(t("two breaks overlap on {day}", day=b.start.isoformat()))
        previous_end = b.end if b.end is not None else dt.date.max
    return ordered


def _overlap_days(b: ServiceBreak, lo: dt.date, hi: dt.date) -> int:
    """Days of break `b` within [lo, hi] inclusive."""
    end = b.end if b.end is not None else dt.date.max
    first, last = max(b.start, lo), min(end, hi)
    return (last - first).days + 1 if last >= first else 0


def count_service(
    start: dt.date,
    breaks: Sequence[ServiceBreak],
    as_of: dt.date,
    *,
    credit_unpaid_leave: bool = False,
) -> ServiceCount:
    """Uninterrupted service from `start` to `as_of` (inclusive) after `breaks`."""
    ordered = check_breaks(start, breaks)
    if start > as_of:
        return ServiceCount(as_of, None, 0, False)
    counted_from = start
    for b in ordered:
        if b.kind == "separation" and b.start <= as_of:
            if b.end is None or b.end >= as_of:
                return ServiceCount(as_of, None, 0, False)
            counted_from = b.end + ONE_DAY
    leaves = [b for b in ordered if b.kind == "unpaid_leave" and b.start >= counted_from]
    on_leave = any(_overlap_days(b, as_of, as_of) for b in leaves)
    uncredited = 0
    if not credit_unpaid_leave:
        uncredited = sum(_overlap_days(b, counted_from, as_of) for b in leaves)
    # Each uncredited day pushes the anniversary back a day, so the completed time is
    # measured to `as_of` less those days (the same rule as qualifying_date).
    years, months, days = calendar_difference(counted_from, as_of - dt.timedelta(days=uncredited))
    return ServiceCount(as_of, counted_from, uncredited, on_leave, years, months, days)


def qualifying_date(
    start: dt.date,
    breaks: Sequence[ServiceBreak],
    years: int,
    *,
    credit_unpaid_leave: bool = False,
    as_of: dt.date,
) -> dt.date | None:
    """The day `years` of uninterrupted service are completed, counting breaks known by `as_of`.

    None when the person is not in service on `as_of`.
    """
    count = count_service(start, breaks, as_of, credit_unpaid_leave=credit_unpaid_leave)
    if count.counted_from is None:
        return None
    base = add_years(count.counted_from, years)
    if credit_unpaid_leave:
        return base
    leaves = [
        b
        for b in check_breaks(start, breaks)
        if b.kind == "unpaid_leave" and b.start >= count.counted_from
    ]
    # Each uncredited leave day before the qualifying date pushes it back a day; a
    # push may bring more leave into the window, so repeat until it settles. Leave
    # after `as_of` is not known yet, so the window stops there (and the loop ends).
    candidate = base
    while True:
        window_end = min(candidate - ONE_DAY, as_of)
        extra = sum(_overlap_days(b, count.counted_from, window_end) for b in leaves)
        pushed = base + dt.timedelta(days=extra)
        if pushed == candidate:
            return candidate
        candidate = pushed
