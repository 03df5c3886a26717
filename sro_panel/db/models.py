"""SQLAlchemy models: every table of a selection round, one schema for SQLite and PostgreSQL.

Rows that several laptops may edit at once carry a `version` column used by
SQLAlchemy's optimistic versioning: a stale write raises StaleDataError instead
of silently overwriting the newer value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no time zone of its own)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum_check(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    quoted = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name)


# --- people and accounts ----------------------------------------------------


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- the round and its frozen profile ----------------------------------------


class ProfileSnapshot(Base):
    """The exact profile text a round was created from, kept so later edits never change it."""

    __tablename__ = "profile_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    source_file: Mapped[str] = mapped_column(String(300))
    content: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


INTERVIEW_FORMATS = ("panel_interview", "presentation", "both")


class SelectionRound(Base):
    __tablename__ = "selection_round"
    __table_args__ = (_enum_check("interview_format", INTERVIEW_FORMATS, "interview_format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_snapshot_id: Mapped[int] = mapped_column(ForeignKey("profile_snapshot.id"))
    title: Mapped[str] = mapped_column(String(200))
    vacancy_title: Mapped[str] = mapped_column(String(200))
    posting_date: Mapped[dt.date] = mapped_column(Date)
    application_deadline: Mapped[dt.date] = mapped_column(Date)
    selection_date: Mapped[dt.date] = mapped_column(Date)
    positions: Mapped[int] = mapped_column(Integer)
    interview_format: Mapped[str] = mapped_column(String(20))
    name_student_panelists: Mapped[bool] = mapped_column(Boolean, default=False)
    court_target_officers: Mapped[int | None] = mapped_column(Integer)
    court_deadline: Mapped[dt.date | None] = mapped_column(Date)
    court_daily_fine: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    personnel_purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consensus_opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    consensus_opened_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    profile_snapshot: Mapped[ProfileSnapshot] = relationship()
    criteria: Mapped[list[RubricCriterion]] = relationship(
        back_populates="round", order_by="RubricCriterion.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class RubricCriterion(Base):
    """A rubric criterion copied into the round; frozen once the first score exists."""

    __tablename__ = "rubric_criterion"
    __table_args__ = (UniqueConstraint("round_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    ref: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    questions: Mapped[list[str]] = mapped_column(JSON)
    probes: Mapped[list[str]] = mapped_column(JSON)
    weight: Mapped[float] = mapped_column(Float)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    # [{"value": 1, "label": "...", "anchor": "..."}, ...] lowest to highest
    scale: Mapped[list[dict[str, Any]]] = mapped_column(JSON)

    round: Mapped[SelectionRound] = relationship(back_populates="criteria")


# --- applicants and screening -----------------------------------------------


class Applicant(Base):
    __tablename__ = "applicant"
    __table_args__ = (UniqueConstraint("round_id", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    employee_id: Mapped[str] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    rank: Mapped[str] = mapped_column(String(80), default="")
    assignment: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    service_start: Mapped[dt.date | None] = mapped_column(Date)
    # Personnel record (HR, decision makers and auditor only).
    sustained_juvenile_complaints: Mapped[int | None] = mapped_column(Integer)
    sustained_complaints: Mapped[int | None] = mapped_column(Integer)
    attendance_note: Mapped[str] = mapped_column(Text, default="")
    discipline_note: Mapped[str] = mapped_column(Text, default="")
    youth_programs: Mapped[str] = mapped_column(Text, default="")
    record_source: Mapped[str] = mapped_column(String(300), default="")
    record_pulled_on: Mapped[dt.date | None] = mapped_column(Date)
    in_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    is_practice: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    breaks: Mapped[list[ServiceBreakRow]] = relationship(
        back_populates="applicant", order_by="ServiceBreakRow.start", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


BREAK_KINDS = ("unpaid_leave", "separation")


class ServiceBreakRow(Base):
    __tablename__ = "service_break"
    __table_args__ = (_enum_check("kind", BREAK_KINDS, "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    applicant: Mapped[Applicant] = relationship(back_populates="breaks")


VERDICTS = ("pass", "fail")


class RequirementReview(Base):
    """HR's attestation and any approved override of one requirement for one applicant.

    Computed results are not stored: they are derived from the applicant's record.
    """

    __tablename__ = "requirement_review"
    __table_args__ = (
        UniqueConstraint("applicant_id", "requirement_key"),
        CheckConstraint(
            "attested IS NULL OR attested IN ('pass', 'fail')", name="attested_verdict"
        ),
        CheckConstraint(
            "override IS NULL OR override IN ('pass', 'fail')", name="override_verdict"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    requirement_key: Mapped[str] = mapped_column(String(40))
    attested: Mapped[str | None] = mapped_column(String(10))
    attested_note: Mapped[str] = mapped_column(Text, default="")
    attested_by: Mapped[str] = mapped_column(String(200), default="")
    attested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    evidence_source: Mapped[str] = mapped_column(String(300), default="")
    evidence_date: Mapped[dt.date | None] = mapped_column(Date)
    override: Mapped[str | None] = mapped_column(String(10))
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_approved_by: Mapped[str] = mapped_column(String(200), default="")
    override_by: Mapped[str] = mapped_column(String(200), default="")
    override_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}


SLOT_KINDS = ("interview", "presentation")


class InterviewSlot(Base):
    __tablename__ = "interview_slot"
    __table_args__ = (_enum_check("kind", SLOT_KINDS, "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    room: Mapped[str] = mapped_column(String(120), default="")


# --- the panel and its scores ----------------------------------------------


class Panelist(Base):
    __tablename__ = "panelist"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # For a student (a minor) this is shown to the administrator and HR only.
    display_name: Mapped[str] = mapped_column(String(200))
    role_type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200), default="")
    is_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ConflictDeclaration(Base):
    __tablename__ = "conflict_declaration"
    __table_args__ = (UniqueConstraint("panelist_id", "applicant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    panelist_id: Mapped[int] = mapped_column(ForeignKey("panelist.id", ondelete="CASCADE"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    declared_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


SHEET_STATUSES = ("draft", "submitted")


class ScoreSheet(Base):
    """One panelist's sheet for one candidate: draft until submitted, then locked."""

    __tablename__ = "score_sheet"
    __table_args__ = (
        UniqueConstraint("panelist_id", "applicant_id"),
        _enum_check("status", SHEET_STATUSES, "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    panelist_id: Mapped[int] = mapped_column(ForeignKey("panelist.id", ondelete="CASCADE"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    recommendation: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    keyed_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20), default="app")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    scores: Mapped[list[Score]] = relationship(back_populates="sheet", cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}


class Score(Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("sheet_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheet.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("rubric_criterion.id"))
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    consensus_value: Mapped[int | None] = mapped_column(Integer)
    consensus_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    sheet: Mapped[ScoreSheet] = relationship(back_populates="scores")

    __mapper_args__ = {"version_id_col": version}


# --- offline panels: round files out, signed score files back ----------------


class OfflineIssue(Base):
    """A round file made for one panel seat, and the public key its score files are signed
    with (the private key went out in the file and is kept nowhere here)."""

    __tablename__ = "offline_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    panelist_id: Mapped[int] = mapped_column(ForeignKey("panelist.id", ondelete="CASCADE"))
    token: Mapped[str] = mapped_column(String(32), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(200))


class ScoreFileImport(Base):
    """A score file taken in: importing the same file again is recognised and changes nothing."""

    __tablename__ = "score_file_import"
    __table_args__ = (UniqueConstraint("issue_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("offline_issue.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    sheets: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(200))


class LocalPanel(Base):
    """On a panelist's laptop: the round file this database was made from, with the key that
    signs the score file, and how local rows map to the coordinator's."""

    __tablename__ = "local_panel"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    panelist_id: Mapped[int] = mapped_column(ForeignKey("panelist.id", ondelete="CASCADE"))
    private_key: Mapped[str] = mapped_column(String(64))
    # {"round_id", "round_title", "panelist_id", "applicants": {local id: coordinator id}}
    remote: Mapped[dict[str, Any]] = mapped_column(JSON)
    source_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- recommendation and decision --------------------------------------------


class RecommendationSummary(Base):
    __tablename__ = "recommendation_summary"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("selection_round.id", ondelete="CASCADE"), unique=True
    )
    ranking: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    comments: Mapped[str] = mapped_column(Text, default="")
    finalized_by: Mapped[str] = mapped_column(String(200))
    finalized_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class ConferenceRecord(Base):
    __tablename__ = "conference_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("selection_round.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    attendees: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


DECISIONS = ("selected", "alternate", "not_selected")


class Decision(Base):
    __tablename__ = "decision"
    __table_args__ = (_enum_check("outcome", DECISIONS, "outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(
        ForeignKey("applicant.id", ondelete="CASCADE"), unique=True
    )
    outcome: Mapped[str] = mapped_column(String(20))
    departure_reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- training and assignment -----------------------------------------------


class TrainingRecord(Base):
    """The NASRO course (topic_key 'course') or one additional topic, for one officer."""

    __tablename__ = "training_record"
    __table_args__ = (UniqueConstraint("applicant_id", "topic_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    topic_key: Mapped[str] = mapped_column(String(40))
    provider: Mapped[str] = mapped_column(String(200), default="")
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")


class Certificate(Base):
    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    training_record_id: Mapped[int] = mapped_column(
        ForeignKey("training_record.id", ondelete="CASCADE"), unique=True
    )
    number: Mapped[str] = mapped_column(String(80), unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(80))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[str] = mapped_column(String(200))
    uploaded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    verified_by: Mapped[str] = mapped_column(String(200), default="")
    verified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class School(Base):
    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    level: Mapped[str] = mapped_column(String(40), default="")


class Assignment(Base):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("applicant_id", "school_id", "start_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id", ondelete="CASCADE"))
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)


# --- the audit trail --------------------------------------------------------


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    machine: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(80))
    target_type: Mapped[str] = mapped_column(String(80), default="")
    target_id: Mapped[str] = mapped_column(String(80), default="")
    round_id: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20), default="ok")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    detail: Mapped[str] = mapped_column(Text, default="")
    # The seal (domain/audit_seal.py): position in the trail, the previous seal, this one.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    prev_seal: Mapped[str | None] = mapped_column(String(64))
    seal: Mapped[str | None] = mapped_column(String(64))
