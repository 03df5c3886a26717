"""Years of uninterrupted service: exact dates, leap years, breaks at the edges."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_panel.domain.service_years import (
    ServiceBreak,
    ServiceDataError,
    add_years,
    calendar_difference,
    count_service,
    qualifying_date,
)

D = dt.date


def qualifies(start, breaks, on, years=3, credit=False):
    met = qualifying_date(start, breaks, years, credit_unpaid_leave=credit, as_of=on)
    return met is not None and met <= on


def test_three_years_are_met_on_the_third_anniversary_not_the_day_before():
    assert qualifies(D(2023, 11, 2), [], D(2026, 11, 2))
    assert not qualifies(D(2023, 11, 3), [], D(2026, 11, 2))


def test_a_start_on_29_february_completes_the_year_on_1_march_in_common_years():
    assert add_years(D(2020, 2, 29), 3) == D(2023, 3, 1)
    assert not qualifies(D(2020, 2, 29), [], D(2023, 2, 28))
    assert qualifies(D(2020, 2, 29), [], D(2023, 3, 1))
    # ...and on 29 February itself when the anniversary falls in a leap year.
    assert qualifying_date(D(2020, 2, 29), [], 4, as_of=D(2024, 2, 29)) == D(2024, 2, 29)


def test_a_leap_day_inside_the_period_does_not_change_the_anniversary():
    assert qualifying_date(D(2023, 1, 15), [], 3, as_of=D(2026, 6, 1)) == D(2026, 1, 15)
    assert calendar_difference(D(2023, 1, 31), D(2024, 2, 29)) == (1, 0, 29)


def test_separation_restarts_the_count_the_day_after_it_ends():
    breaks = [ServiceBreak("separation", D(2020, 1, 1), D(2022, 6, 30))]
    assert qualifying_date(D(2010, 1, 1), breaks, 3, as_of=D(2026, 1, 1)) == D(2025, 7, 1)
    count = count_service(D(2010, 1, 1), breaks, D(2026, 1, 1))
    assert count.counted_from == D(2022, 7, 1)


def test_a_separation_ending_on_the_selection_date_means_not_in_service_that_day():
    breaks = [ServiceBreak("separation", D(2020, 1, 1), D(2026, 11, 2))]
    assert count_service(D(2010, 1, 1), breaks, D(2026, 11, 2)).counted_from is None
    assert not qualifies(D(2010, 1, 1), breaks, D(2026, 11, 2))


def test_a_separation_still_open_means_not_in_service():
    breaks = [ServiceBreak("separation", D(2026, 1, 1), None)]
    assert count_service(D(2010, 1, 1), breaks, D(2026, 11, 2)).counted_from is None


def test_unpaid_leave_pushes_the_qualifying_date_back_day_for_day():
    leave = [ServiceBreak("unpaid_leave", D(2024, 9, 1), D(2024, 12, 31))]  # 122 days
    met = qualifying_date(D(2023, 8, 1), leave, 3, as_of=D(2026, 11, 2))
    assert met == D(2026, 8, 1) + dt.timedelta(days=122)
    assert qualifying_date(
        D(2023, 8, 1), leave, 3, credit_unpaid_leave=True, as_of=D(2026, 11, 2)
    ) == D(2026, 8, 1)


def test_unpaid_leave_ending_on_the_selection_date_counts_and_flags_on_leave():
    leave = [ServiceBreak("unpaid_leave", D(2026, 10, 1), D(2026, 11, 2))]
    count = count_service(D(2015, 1, 1), leave, D(2026, 11, 2))
    assert count.on_leave
    assert count.uncredited_days == 33


def test_leave_before_a_later_separation_is_not_counted_against_the_new_period():
    breaks = [
        ServiceBreak("unpaid_leave", D(2012, 1, 1), D(2012, 12, 31)),
        ServiceBreak("separation", D(2018, 1, 1), D(2019, 12, 31)),
    ]
    assert qualifying_date(D(2010, 1, 1), breaks, 3, as_of=D(2026, 1, 1)) == D(2023, 1, 1)


def test_an_ongoing_leave_still_terminates():
    leave = [ServiceBreak("unpaid_leave", D(2025, 1, 1), None)]
    met = qualifying_date(D(2024, 1, 1), leave, 3, as_of=D(2026, 11, 2))
    assert met is not None and met > D(2026, 11, 2)


@pytest.mark.parametrize(
    "breaks, message",
    [
        ([ServiceBreak("separation", D(2009, 1, 1), D(2009, 2, 1))], "before the service start"),
        ([ServiceBreak("unpaid_leave", D(2015, 2, 1), D(2015, 1, 1))], "before it starts"),
        (
            [
                ServiceBreak("unpaid_leave", D(2015, 1, 1), D(2015, 3, 1)),
                ServiceBreak("unpaid_leave", D(2015, 2, 1), D(2015, 4, 1)),
            ],
            "overlap",
        ),
    ],
)
def test_contradictory_breaks_are_reported(breaks, message):
    with pytest.raises(ServiceDataError, match=message):
        count_service(D(2010, 1, 1), breaks, D(2026, 1, 1))


def test_a_start_after_the_selection_date_is_no_service():
    assert count_service(D(2027, 1, 1), [], D(2026, 11, 2)).counted_from is None


dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31))


@given(start=dates, years=st.integers(1, 10))
def test_anniversary_is_the_first_day_with_n_whole_years(start, years):
    met = add_years(start, years)
    assert calendar_difference(start, met)[0] == years
    assert calendar_difference(start, met - dt.timedelta(days=1))[0] == years - 1


@given(start=dates, leave_start=dates, length=st.integers(0, 400), on=dates)
def test_more_unpaid_leave_never_brings_the_qualifying_date_forward(start, leave_start, length, on):
    if leave_start < start:
        return
    leave = [ServiceBreak("unpaid_leave", leave_start, leave_start + dt.timedelta(days=length))]
    plain = qualifying_date(start, [], 3, as_of=on)
    with_leave = qualifying_date(start, leave, 3, as_of=on)
    if plain is not None and with_leave is not None:
        assert with_leave >= plain
