"""Training and the court's deadline, as rules with no database: status, certificates, fines.

An officer moves through STATUSES in order; their status is the last step
reached with every step before it met, and what holds them up is the first
step not met. The court counts an officer once they are trained (course,
certificate, district training) and assigned to a school.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sro_panel.errors import FieldError
from sro_panel.messages import t

STATUSES = (
    "selected",
    "enrolled",
    "course_complete",
    "certificate_verified",
    "district_training_complete",
    "assigned",
)
STATUS_TEXT = {
    "selected": "Selected",
    "enrolled": "Enrolled",
    "course_complete": "Course complete",
    "certificate_verified": "Certificate verified",
    "district_training_complete": "District training complete",
    "assigned": "Assigned",
}
MAX_CERTIFICATE_BYTES = 10 * 1024 * 1024
WARN_BEFORE_EXPIRY = dt.timedelta(days=90)
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def certificate_media_type(name: str, content: bytes) -> str:
    """The file's type from its first bytes; refused unless a PDF, PNG or JPEG of sane size."""
    if not content:
        raise FieldError(t("Certificate file"), t("{name} is empty", name=name))
    if len(content) > MAX_CERTIFICATE_BYTES:
        size = len(content) / (1024 * 1024)
        raise FieldError(
            t("Certificate file"),
            t(
                "{name} is {size:.1f} MB; the largest accepted is {limit} MB "
                "(scan it at a lower resolution)",
                name=name,
                size=size,
                limit=MAX_CERTIFICATE_BYTES // (1024 * 1024),
            ),
        )
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            return media_type
    raise FieldError(
        t("Certificate file"),
        t("{name} is not a PDF, PNG or JPEG file (scan or save it as one)", name=name),
    )


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class CourseFacts:
    enrolled: bool
    completed_on: dt.date | None
    hours: float | None
    certificate: bool
    certificate_intact: bool  # its SHA-256 still matches the file
    verified_on: dt.date | None


@dataclass(frozen=True)
class TopicFacts:
    key: str
    title: str
    completed_on: dt.date | None
    expires_on: dt.date | None


@dataclass(frozen=True)
class OfficerStatus:
    status: str
    holding_up: str  # "" once assigned
    trained_on: dt.date | None  # the day all requirements had first been met (for the court)
    warnings: tuple[str, ...]  # e.g. training about to lapse

    @property
    def counts(self) -> bool:
        return self.status == "assigned"


def officer_status(
    course: CourseFacts,
    topics: list[TopicFacts],
    first_assignment: dt.date | None,
    *,
    min_hours: float,
    today: dt.date,
) -> OfficerStatus:
    warnings = []
    for topic in topics:
        if topic.expires_on is not None and topic.completed_on is not None:
            if topic.expires_on < today:
                warnings.append(
                    t(
                        "{title}: lapsed on {day}",
                        title=topic.title,
                        day=f"{topic.expires_on:%d %b %Y}",
                    )
                )
            elif topic.expires_on - today <= WARN_BEFORE_EXPIRY:
                warnings.append(
                    t(
                        "{title}: lapses on {day}",
                        title=topic.title,
                        day=f"{topic.expires_on:%d %b %Y}",
                    )
                )
    missing_topics = [topic for topic in topics if topic.completed_on is None]
    lapsed = [
        topic for topic in topics if topic.expires_on is not None and topic.expires_on < today
    ]
    steps: list[tuple[str, str]] = [
        ("enrolled", "" if course.enrolled else t("not enrolled in the course")),
        (
            "course_complete",
            t("course not complete")
            if course.completed_on is None
            else (
                t(
                    "course has {hours:g} of {minimum:g} hours",
                    hours=course.hours or 0,
                    minimum=min_hours,
                )
                if (course.hours or 0) < min_hours
                else ""
            ),
        ),
        (
            "certificate_verified",
            t("no certificate uploaded")
            if not course.certificate
            else (
                t("certificate file changed after upload")
                if not course.certificate_intact
                else (t("certificate not verified") if course.verified_on is None else "")
            ),
        ),
        (
            "district_training_complete",
            t(
                "district training: {done} of {total} topics",
                done=len(topics) - len(missing_topics),
                total=len(topics),
            )
            if missing_topics
            else (t("{title} lapsed", title=lapsed[0].title) if lapsed else ""),
        ),
        ("assigned", "" if first_assignment is not None else t("no school assigned")),
    ]
    status, holding_up = "selected", ""
    for name, problem in steps:
        if problem:
            holding_up = problem
            break
        status = name
    first = _first_counted(course, topics, first_assignment, min_hours)
    return OfficerStatus(status, holding_up, first, tuple(warnings))


def _first_counted(
    course: CourseFacts,
    topics: list[TopicFacts],
    first_assignment: dt.date | None,
    min_hours: float,
) -> dt.date | None:
    """The day every requirement had first been met, from their dates alone: a topic that
    lapses later, or a certificate uploaded again, does not move it (the court's count is
    of history, not of today's paperwork)."""
    if course.completed_on is None or (course.hours or 0) < min_hours:
        return None
    dates = [course.completed_on, course.verified_on, first_assignment]
    dates += [t.completed_on for t in topics]
    if any(d is None for d in dates):
        return None
    return max(d for d in dates if d is not None)


@dataclass(frozen=True)
class Compliance:
    target: int
    deadline: dt.date
    daily_fine: float
    today: dt.date  # in the court's time zone
    counted: int  # trained and assigned
    met_on: dt.date | None  # the day the target-th officer was counted
    days_left: int  # 0 on the deadline day, negative after it
    days_late: int  # days fined so far (after the deadline, until met)
    fines: float

    @property
    def met(self) -> bool:
        return self.met_on is not None


def local_today(now: dt.datetime, timezone: str) -> dt.date:
    """The date where the court sits, for an aware UTC instant."""
    return now.astimezone(ZoneInfo(timezone)).date()


def compliance(
    trained_on: list[dt.date | None],
    *,
    counted_now: int,
    target: int,
    deadline: dt.date,
    daily_fine: float,
    today: dt.date,
) -> Compliance:
    """Officers counted against the court's target, and the fines owed.

    The deadline day itself is within time; every day after it, up to and
    including the day the target is met (or today), costs one daily fine. The
    day it was met comes from each officer's first-counted day; `counted_now`
    is how many are trained and assigned today (a lapsed topic lowers it, and
    never brings back fines already settled).
    """
    done = sorted(d for d in trained_on if d is not None and d <= today)
    met_on = done[target - 1] if len(done) >= target else None
    days_late = max(0, ((met_on or today) - deadline).days)
    return Compliance(
        target=target,
        deadline=deadline,
        daily_fine=daily_fine,
        today=today,
        counted=counted_now,
        met_on=met_on,
        days_left=(deadline - today).days,
        days_late=days_late,
        fines=days_late * daily_fine,
    )
