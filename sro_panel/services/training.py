"""After the Chief selects: the NASRO course and its certificate, district training, schools,
and the court's target (SOI IV.D, IV.E, III.B).

Training goes on after the round has closed: closing locks the selection,
not the officers' training. Certificate files are kept in the database with
their SHA-256, checked again whenever they are read or verified.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_panel.db.models import (
    Applicant,
    Assignment,
    Certificate,
    Decision,
    School,
    SelectionRound,
    TrainingRecord,
)
from sro_panel.domain import training as rules
from sro_panel.domain.dates import add_months
from sro_panel.domain.profile import Profile
from sro_panel.errors import FieldError, InputError, NotFound
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.schools import may_read_training, require_training_reader

COURSE = "course"


@dataclass(frozen=True)
class CourseInput:
    provider: str
    enrolled_on: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    hours: float | None = None
    completed_on: dt.date | None = None


@dataclass(frozen=True)
class CertificateInfo:
    number: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    intact: bool
    uploaded_by: str
    verified_by: str
    verified_at: dt.datetime | None


@dataclass(frozen=True)
class TopicRow:
    key: str
    ref: str
    title: str
    completed_on: dt.date | None
    expires_on: dt.date | None
    evidence: str


@dataclass(frozen=True)
class AssignmentRow:
    school_id: int
    school: str
    level: str
    start_date: dt.date


@dataclass(frozen=True)
class OfficerRow:
    applicant_id: int
    employee_id: str
    first_name: str
    last_name: str
    rank: str
    status: str
    status_text: str
    holding_up: str
    warnings: tuple[str, ...]
    trained_on: dt.date | None
    course: CourseInput | None
    certificate: CertificateInfo | None
    topics: tuple[TopicRow, ...]
    assignments: tuple[AssignmentRow, ...]

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class ComplianceView:
    compliance: rules.Compliance | None  # None when the round has no court target
    timezone: str
    officers: tuple[OfficerRow, ...]

    @property
    def holding_up(self) -> list[tuple[str, str]]:
        return [(o.name, o.holding_up) for o in self.officers if o.holding_up]


class TrainingService(ServiceBase):
    # --- reading -------------------------------------------------------------

    def officers(self, round_id: int) -> list[OfficerRow]:
        """The round's selected officers with their training, certificate, topics and schools."""
        self._require_read(round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            return self._officers(session, rnd, self.round_profile(rnd))

    def compliance(self, round_id: int) -> ComplianceView:
        self._require_read(round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            profile = self.round_profile(rnd)
            officers = self._officers(session, rnd, profile)
            zone = profile.court.timezone if profile.court else "UTC"
            result = None
            if rnd.court_target_officers and rnd.court_deadline:
                result = rules.compliance(
                    [o.trained_on for o in officers],
                    counted_now=sum(o.status == "assigned" for o in officers),
                    target=rnd.court_target_officers,
                    deadline=rnd.court_deadline,
                    daily_fine=rnd.court_daily_fine or 0.0,
                    today=rules.local_today(self.now(), zone),
                )
            return ComplianceView(result, zone, tuple(officers))

    def certificate_file(self, applicant_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, content) of an officer's certificate, checked by its hash."""
        with self.transaction() as session:
            self._officer(session, applicant_id, write=False)
            cert = self._certificate(session, applicant_id)
            if cert is None:
                raise NotFound(t("no certificate has been uploaded for this officer"))
            if rules.sha256(cert.content) != cert.sha256:
                raise InputError(
                    t(
                        "certificate {number}: the stored file no longer matches the SHA-256 "
                        "recorded at upload; it was changed outside the app",
                        number=cert.number,
                    )
                )
            return cert.file_name, cert.media_type, cert.content

    # --- the course and its certificate --------------------------------------

    def record_course(self, applicant_id: int, data: CourseInput) -> OfficerRow:
        provider = " ".join(data.provider.split())
        if not provider:
            raise FieldError(t("Provider"), t("is required"))
        if len(provider) > 200:
            raise FieldError(t("Provider"), t("is longer than 200 characters"))
        if data.start_date and data.end_date and data.end_date < data.start_date:
            raise FieldError(t("Course end"), t("is before the course start"))
        if data.hours is not None and not 0 < data.hours <= 400:
            raise FieldError(t("Hours"), t("must be between 0 and 400"))
        if data.completed_on and data.start_date and data.completed_on < data.start_date:
            raise FieldError(t("Completed on"), t("is before the course start"))
        if data.completed_on and data.hours is None:
            raise FieldError(t("Hours"), t("are required once the course is complete"))
        with self.transaction() as session:
            applicant = self._officer(session, applicant_id)
            row = self._record(session, applicant_id, COURSE)
            before = _course_snapshot(row)
            row.provider = provider
            row.enrolled_on = data.enrolled_on or data.start_date
            row.start_date, row.end_date = data.start_date, data.end_date
            row.hours, row.completed_on = data.hours, data.completed_on
            session.flush()
            self.audit(
                session,
                "training.course",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                before=before,
                after=_course_snapshot(row),
            )
            return self._one(session, applicant)

    def upload_certificate(
        self, applicant_id: int, *, number: str, file_name: str, content: bytes
    ) -> OfficerRow:
        """Keep the certificate file; a new upload replaces the old and must be verified again."""
        number = number.strip()
        if not number:
            raise FieldError(t("Certificate number"), t("is required"))
        if len(number) > 80:
            raise FieldError(t("Certificate number"), t("is longer than 80 characters"))
        name = Path(file_name).name[:255] or "certificate"
        media_type = rules.certificate_media_type(name, content)
        with self.transaction() as session:
            applicant = self._officer(session, applicant_id)
            course = session.scalar(
                select(TrainingRecord).where(
                    TrainingRecord.applicant_id == applicant_id, TrainingRecord.topic_key == COURSE
                )
            )
            if course is None:
                raise InputError(t("record the course first (provider, dates, hours)"))
            taken = session.execute(
                select(Applicant.first_name, Applicant.last_name)
                .join(TrainingRecord, TrainingRecord.applicant_id == Applicant.id)
                .join(Certificate, Certificate.training_record_id == TrainingRecord.id)
                .where(Certificate.number == number, Applicant.id != applicant_id)
            ).first()
            if taken is not None:
                raise FieldError(
                    t("Certificate number"),
                    t(
                        "{number} is already recorded for {first_name} {last_name}",
                        number=number,
                        first_name=taken[0],
                        last_name=taken[1],
                    ),
                )
            cert = session.scalar(
                select(Certificate).where(Certificate.training_record_id == course.id)
            )
            if cert is None:
                cert = Certificate(training_record_id=course.id)
                session.add(cert)
            cert.number, cert.file_name, cert.media_type = number, name, media_type
            cert.content, cert.sha256 = content, rules.sha256(content)
            cert.uploaded_by, cert.uploaded_at = self.actor.username, self.now()
            cert.verified_by, cert.verified_at = "", None
            session.flush()
            self.audit(
                session,
                "training.certificate",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                after={
                    "number": number,
                    "file": name,
                    "bytes": len(content),
                    "sha256": cert.sha256,
                },
            )
            return self._one(session, applicant)

    def verify_certificate(self, applicant_id: int) -> OfficerRow:
        """The training coordinator has checked the certificate against the course record."""
        with self.transaction() as session:
            applicant = self._officer(session, applicant_id)
            rnd = self.get_round_row(session, applicant.round_id)
            minimum = self.round_profile(rnd).training.min_hours
            course = self._record(session, applicant_id, COURSE)
            cert = self._certificate(session, applicant_id)
            if cert is None:
                raise InputError(t("no certificate has been uploaded for this officer"))
            if rules.sha256(cert.content) != cert.sha256:
                raise InputError(
                    t(
                        "certificate {number}: the file no longer matches its SHA-256 from "
                        "upload; upload it again",
                        number=cert.number,
                    )
                )
            if course.completed_on is None:
                raise InputError(t("the course is not recorded as complete"))
            if (course.hours or 0) < minimum:
                raise InputError(
                    t(
                        "not accepted: the course has {value:g} hours and the profile "
                        "requires at least {minimum:g}",
                        value=course.hours or 0,
                        minimum=minimum,
                    )
                )
            cert.verified_by, cert.verified_at = self.actor.username, self.now()
            self.audit(
                session,
                "training.verify",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                after={"number": cert.number, "sha256": cert.sha256},
            )
            return self._one(session, applicant)

    # --- district training -----------------------------------------------------

    def record_topic(
        self, applicant_id: int, topic_key: str, *, completed_on: dt.date | None, evidence: str = ""
    ) -> OfficerRow:
        """A district topic (IV.E) completed on a day, with its evidence; None clears it."""
        with self.transaction() as session:
            applicant = self._officer(session, applicant_id)
            profile = self.round_profile(self.get_round_row(session, applicant.round_id))
            topic = next((t for t in profile.training.topics if t.id == topic_key), None)
            if topic is None:
                known = ", ".join(topic.id for topic in profile.training.topics)
                raise FieldError(
                    t("Topic"),
                    t("{topic_key!r} is not one of {known}", topic_key=topic_key, known=known),
                )
            zone = profile.court.timezone if profile.court else "UTC"
            if completed_on is not None and completed_on > rules.local_today(self.now(), zone):
                raise FieldError(topic.title, t("the completion date is in the future"))
            row = self._record(session, applicant_id, topic_key)
            before = {"completed_on": row.completed_on, "evidence": row.evidence}
            row.completed_on = completed_on
            row.evidence = evidence.strip()
            row.expires_on = (
                add_months(completed_on, topic.recurring_months)
                if completed_on and topic.recurring_months
                else None
            )
            session.flush()
            self.audit(
                session,
                "training.topic",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                before=before,
                after={"topic": topic_key, "completed_on": completed_on, "evidence": row.evidence},
            )
            return self._one(session, applicant)

    # --- assignments ----------------------------------------------------------------

    def assign(self, applicant_id: int, school_id: int, start_date: dt.date) -> OfficerRow:
        """An officer covers a school from a day (an SRO may cover several, SOI III.B)."""
        with self.transaction() as session:
            applicant = self._officer(session, applicant_id)
            school = session.get(School, school_id)
            if school is None:
                raise NotFound(t("school {school_id} does not exist", school_id=school_id))
            twice = session.scalar(
                select(Assignment.id).where(
                    Assignment.applicant_id == applicant_id,
                    Assignment.school_id == school_id,
                    Assignment.end_date.is_(None),
                )
            )
            if twice is not None:
                raise InputError(t("already assigned to {name}", name=school.name))
            session.add(
                Assignment(applicant_id=applicant_id, school_id=school_id, start_date=start_date)
            )
            session.flush()
            self.audit(
                session,
                "training.assign",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                after={"school": school.name, "start_date": start_date},
            )
            return self._one(session, applicant)

    def set_court_target(
        self, round_id: int, *, officers: int, deadline: dt.date, daily_fine: float
    ) -> None:
        """The court's target for this round (the profile gives the default)."""
        self.require(Permission.MANAGE_TRAINING, round_id=round_id)
        if not 0 < officers <= 10_000:
            raise FieldError(t("Trained officers"), t("must be between 1 and 10,000"))
        if daily_fine < 0:
            raise FieldError(t("Daily fine"), t("cannot be negative"))
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            before = {
                "officers": rnd.court_target_officers,
                "deadline": rnd.court_deadline,
                "daily_fine": rnd.court_daily_fine,
            }
            rnd.court_target_officers = officers
            rnd.court_deadline = deadline
            rnd.court_daily_fine = daily_fine
            self.audit(
                session,
                "round.court_target",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                before=before,
                after={"officers": officers, "deadline": deadline, "daily_fine": daily_fine},
            )

    # --- helpers -------------------------------------------------------------------

    def may_read(self) -> bool:
        return may_read_training(self)

    def _require_read(self, round_id: int | None) -> None:
        require_training_reader(self, round_id)

    def _officer(self, session: Session, applicant_id: int, *, write: bool = True) -> Applicant:
        """A selected officer; the permission is checked before anything about them is said."""
        applicant = session.get(Applicant, applicant_id)
        if write:
            self.require(
                Permission.MANAGE_TRAINING, round_id=applicant.round_id if applicant else None
            )
        else:
            self._require_read(applicant.round_id if applicant else None)
        if applicant is None:
            raise NotFound(t("applicant {applicant_id} does not exist", applicant_id=applicant_id))
        outcome = session.scalar(
            select(Decision.outcome).where(Decision.applicant_id == applicant_id)
        )
        if outcome != "selected":
            raise InputError(
                t(
                    "{first_name} {last_name} was not selected by the Chief; training is "
                    "recorded for selected officers",
                    first_name=applicant.first_name,
                    last_name=applicant.last_name,
                )
            )
        return applicant

    @staticmethod
    def _record(session: Session, applicant_id: int, key: str) -> TrainingRecord:
        row = session.scalar(
            select(TrainingRecord).where(
                TrainingRecord.applicant_id == applicant_id, TrainingRecord.topic_key == key
            )
        )
        if row is None:
            row = TrainingRecord(applicant_id=applicant_id, topic_key=key)
            session.add(row)
        return row

    @staticmethod
    def _certificate(session: Session, applicant_id: int) -> Certificate | None:
        return session.scalar(
            select(Certificate)
            .join(TrainingRecord, TrainingRecord.id == Certificate.training_record_id)
            .where(TrainingRecord.applicant_id == applicant_id, TrainingRecord.topic_key == COURSE)
        )

    def _one(self, session: Session, applicant: Applicant) -> OfficerRow:
        rnd = self.get_round_row(session, applicant.round_id)
        rows = self._officers(session, rnd, self.round_profile(rnd), only=applicant.id)
        return rows[0]

    def _officers(
        self, session: Session, rnd: SelectionRound, profile: Profile, only: int | None = None
    ) -> list[OfficerRow]:
        query = (
            select(Applicant)
            .join(Decision, Decision.applicant_id == Applicant.id)
            .where(Applicant.round_id == rnd.id, Decision.outcome == "selected")
            .order_by(Applicant.last_name, Applicant.first_name)
        )
        if only is not None:
            query = query.where(Applicant.id == only)
        officers = list(session.scalars(query))
        ids = [a.id for a in officers]
        records = {
            (r.applicant_id, r.topic_key): r
            for r in session.scalars(
                select(TrainingRecord).where(TrainingRecord.applicant_id.in_(ids))
            )
        }
        certs = {
            c.training_record_id: c
            for c in session.scalars(
                select(Certificate).where(
                    Certificate.training_record_id.in_([r.id for r in records.values()])
                )
            )
        }
        assignments: dict[int, list[AssignmentRow]] = {}
        for x, school in session.execute(
            select(Assignment, School)
            .join(School, School.id == Assignment.school_id)
            .where(Assignment.applicant_id.in_(ids), Assignment.end_date.is_(None))
            .order_by(Assignment.start_date, School.name)
        ):
            assignments.setdefault(x.applicant_id, []).append(
                AssignmentRow(school.id, school.name, school.level, x.start_date)
            )
        zone = profile.court.timezone if profile.court else "UTC"
        today = rules.local_today(self.now(), zone)
        result = []
        for a in officers:
            course = records.get((a.id, COURSE))
            cert = certs.get(course.id) if course else None
            info = _certificate_info(cert) if cert else None
            topics = tuple(
                TopicRow(
                    t.id,
                    t.ref,
                    t.title,
                    r.completed_on if (r := records.get((a.id, t.id))) else None,
                    r.expires_on if r else None,
                    r.evidence if r else "",
                )
                for t in profile.training.topics
            )
            mine = assignments.get(a.id, [])
            status = rules.officer_status(
                rules.CourseFacts(
                    enrolled=course is not None and course.enrolled_on is not None,
                    completed_on=course.completed_on if course else None,
                    hours=course.hours if course else None,
                    certificate=info is not None,
                    certificate_intact=info is not None and info.intact,
                    verified_on=(
                        rules.local_today(info.verified_at, zone)
                        if info and info.verified_at
                        else None
                    ),
                ),
                [rules.TopicFacts(t.key, t.title, t.completed_on, t.expires_on) for t in topics],
                min((x.start_date for x in mine if x.start_date <= today), default=None),
                min_hours=profile.training.min_hours,
                today=today,
            )
            result.append(
                OfficerRow(
                    applicant_id=a.id,
                    employee_id=a.employee_id,
                    first_name=a.first_name,
                    last_name=a.last_name,
                    rank=a.rank,
                    status=status.status,
                    status_text=rules.STATUS_TEXT[status.status],
                    holding_up=status.holding_up,
                    warnings=status.warnings,
                    trained_on=status.trained_on,
                    course=_course_input(course),
                    certificate=info,
                    topics=topics,
                    assignments=tuple(mine),
                )
            )
        return result


def _course_input(row: TrainingRecord | None) -> CourseInput | None:
    if row is None:
        return None
    return CourseInput(
        row.provider, row.enrolled_on, row.start_date, row.end_date, row.hours, row.completed_on
    )


def _course_snapshot(row: TrainingRecord) -> dict[str, object]:
    return {
        "provider": row.provider,
        "enrolled_on": row.enrolled_on,
        "start_date": row.start_date,
        "end_date": row.end_date,
        "hours": row.hours,
        "completed_on": row.completed_on,
    }


def _certificate_info(cert: Certificate) -> CertificateInfo:
    return CertificateInfo(
        number=cert.number,
        file_name=cert.file_name,
        media_type=cert.media_type,
        size=len(cert.content),
        sha256=cert.sha256,
        intact=rules.sha256(cert.content) == cert.sha256,
        uploaded_by=cert.uploaded_by,
        verified_by=cert.verified_by,
        verified_at=cert.verified_at,
    )
