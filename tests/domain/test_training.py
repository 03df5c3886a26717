"""Training rules: each officer's status, the hours rule, certificate files, the court's fines."""

import datetime as dt

import pytest

from sro_panel.domain.training import (
    CourseFacts,
    TopicFacts,
    certificate_media_type,
    compliance,
    local_today,
    officer_status,
)
from sro_panel.errors import FieldError

D = dt.date
TODAY = D(2027, 2, 1)
DONE = CourseFacts(True, D(2027, 1, 8), 40, True, True, D(2027, 1, 10))
TOPICS = [
    TopicFacts("ferpa", "FERPA", D(2027, 1, 12), None),
    TopicFacts("security_plan", "Security plan", D(2027, 1, 13), D(2028, 1, 13)),
]


ASSIGNED = D(2027, 1, 20)


def status(course=DONE, topics=TOPICS, assigned=ASSIGNED, today=TODAY):
    return officer_status(course, topics, assigned, min_hours=40, today=today)


@pytest.mark.parametrize(
    ("course", "topics", "assigned", "expected", "holding_up"),
    [
        (CourseFacts(False, None, None, False, False, None), TOPICS, None,
         "selected", "not enrolled in the course"),
        (CourseFacts(True, None, None, False, False, None), TOPICS, None,
         "enrolled", "course not complete"),
        (CourseFacts(True, D(2027, 1, 8), 32, True, True, D(2027, 1, 9)), TOPICS, None,
         "enrolled", "course has 32 of 40 hours"),
        (CourseFacts(True, D(2027, 1, 8), 40, False, False, None), TOPICS, None,
         "course_complete", "no certificate uploaded"),
        (CourseFacts(True, D(2027, 1, 8), 40, True, True, None), TOPICS, None,
         "course_complete", "certificate not verified"),
        (CourseFacts(True, D(2027, 1, 8), 40, True, False, D(2027, 1, 9)), TOPICS, None,
         "course_complete", "certificate file changed after upload"),
        (DONE, [TOPICS[0], TopicFacts("pbis", "PBIS", None, None)], None,
         "certificate_verified", "district training: 1 of 2 topics"),
        (DONE, TOPICS, None, "district_training_complete", "no school assigned"),
        (DONE, TOPICS, D(2027, 1, 20), "assigned", ""),
    ],
)  # fmt: skip
def test_each_status_and_what_holds_it_up(course, topics, assigned, expected, holding_up):
    result = status(course, topics, assigned)
    assert (result.status, result.holding_up) == (expected, holding_up)
    assert result.counts is (expected == "assigned")


def test_trained_on_is_the_day_the_last_requirement_was_met():
    assert status().trained_on == D(2027, 1, 20)
    assert status(assigned=D(2027, 1, 5)).trained_on == D(2027, 1, 13)


def test_recurring_training_warns_90_days_before_it_lapses_and_lapsed_stops_the_count():
    assert status(today=D(2027, 10, 14)).warnings == ()
    assert status(today=D(2027, 10, 15)).warnings == ("Security plan: lapses on 13 Jan 2028",)
    lapsed = status(today=D(2028, 1, 14))
    assert lapsed.status == "certificate_verified" and lapsed.holding_up == "Security plan lapsed"
    # The day the officer was first counted stays: a later lapse brings back no fines.
    assert lapsed.trained_on == ASSIGNED


def test_a_target_met_in_time_stays_met_when_an_officer_later_lapses():
    first = [D(2027, 3, 1), D(2027, 3, 10)]
    later = compliance(first, counted_now=1, target=2, deadline=D(2027, 3, 15),
                       daily_fine=1000.0, today=D(2028, 6, 1))  # fmt: skip
    assert later.met_on == D(2027, 3, 10) and later.fines == 0 and later.counted == 1


@pytest.mark.parametrize(
    ("content", "media_type"),
    [(b"%PDF-1.7\n...", "application/pdf"), (b"\x89PNG\r\n\x1a\n....", "image/png"),
     (b"\xff\xd8\xff\xe0....", "image/jpeg")],
)  # fmt: skip
def test_certificates_are_recognised_by_their_content(content, media_type):
    assert certificate_media_type("cert.bin", content) == media_type


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "cert.pdf is empty"), (b"PK\x03\x04 a zip", "not a PDF, PNG or JPEG"),
     (b"%PDF-" + b"0" * (10 * 1024 * 1024), "the largest accepted is 10 MB")],
)  # fmt: skip
def test_bad_certificate_files_are_refused_by_name(content, reason):
    with pytest.raises(FieldError, match=reason):
        certificate_media_type("cert.pdf", content)


def test_no_fine_on_the_deadline_day_one_the_day_after_and_none_once_met():
    deadline = D(2027, 3, 15)
    args = dict(target=2, deadline=deadline, daily_fine=1000.0, counted_now=0)
    on_the_day = compliance([D(2027, 3, 1)], today=deadline, **args)
    assert (on_the_day.days_left, on_the_day.days_late, on_the_day.fines) == (0, 0, 0)
    day_after = compliance([D(2027, 3, 1)], today=D(2027, 3, 16), **args)
    assert (day_after.days_left, day_after.days_late, day_after.fines) == (-1, 1, 1000)
    met_late = compliance([D(2027, 3, 1), D(2027, 3, 18)], today=D(2027, 4, 30), **args)
    assert met_late.met_on == D(2027, 3, 18) and met_late.fines == 3000
    in_time = compliance([D(2027, 3, 1), D(2027, 3, 15), None], today=D(2027, 4, 30), **args)
    assert in_time.met and in_time.fines == 0


def test_the_day_is_the_court_s_not_utc():
    late_evening = dt.datetime(2027, 3, 16, 4, 30, tzinfo=dt.UTC)  # 23:30 on the 15th in Milwaukee
    assert local_today(late_evening, "America/Chicago") == D(2027, 3, 15)
    assert local_today(late_evening, "UTC") == D(2027, 3, 16)
    c = compliance([], counted_now=0, target=1, deadline=D(2027, 3, 15), daily_fine=1000.0,
                   today=local_today(late_evening, "America/Chicago"))  # fmt: skip
    assert c.fines == 0 and c.days_left == 0
