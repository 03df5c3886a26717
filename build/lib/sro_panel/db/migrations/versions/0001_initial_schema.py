"""Initial schema: rounds, applicants, screening, panel, scores, decisions, training, audit.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 21:20:54.696421
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("machine", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("target_type", sa.String(length=80), nullable=False),
        sa.Column("target_id", sa.String(length=80), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_table(
        "profile_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("source_file", sa.String(length=300), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_snapshot")),
    )
    op.create_table(
        "school",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school")),
        sa.UniqueConstraint("name", name=op.f("uq_school_name")),
    )
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
        sa.UniqueConstraint("username", name=op.f("uq_user_account_username")),
    )
    op.create_table(
        "selection_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_snapshot_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("vacancy_title", sa.String(length=200), nullable=False),
        sa.Column("posting_date", sa.Date(), nullable=False),
        sa.Column("application_deadline", sa.Date(), nullable=False),
        sa.Column("selection_date", sa.Date(), nullable=False),
        sa.Column("positions", sa.Integer(), nullable=False),
        sa.Column("interview_format", sa.String(length=20), nullable=False),
        sa.Column("name_student_panelists", sa.Boolean(), nullable=False),
        sa.Column("court_target_officers", sa.Integer(), nullable=True),
        sa.Column("court_deadline", sa.Date(), nullable=True),
        sa.Column("court_daily_fine", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "interview_format IN ('panel_interview', 'presentation', 'both')",
            name=op.f("ck_selection_round_interview_format"),
        ),
        sa.ForeignKeyConstraint(
            ["profile_snapshot_id"],
            ["profile_snapshot.id"],
            name=op.f("fk_selection_round_profile_snapshot_id_profile_snapshot"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_round")),
    )
    op.create_table(
        "applicant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("rank", sa.String(length=80), nullable=False),
        sa.Column("assignment", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("service_start", sa.Date(), nullable=True),
        sa.Column("sustained_juvenile_complaints", sa.Integer(), nullable=True),
        sa.Column("sustained_complaints", sa.Integer(), nullable=True),
        sa.Column("attendance_note", sa.Text(), nullable=False),
        sa.Column("discipline_note", sa.Text(), nullable=False),
        sa.Column("youth_programs", sa.Text(), nullable=False),
        sa.Column("record_source", sa.String(length=300), nullable=False),
        sa.Column("record_pulled_on", sa.Date(), nullable=True),
        sa.Column("in_pool", sa.Boolean(), nullable=False),
        sa.Column("is_practice", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_applicant_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applicant")),
        sa.UniqueConstraint("round_id", "employee_id", name=op.f("uq_applicant_round_id")),
    )
    op.create_table(
        "conference_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_conference_record_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conference_record")),
    )
    op.create_table(
        "panelist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role_type", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("is_chair", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_panelist_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_panelist_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panelist")),
    )
    op.create_table(
        "recommendation_summary",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("ranking", sa.JSON(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("finalized_by", sa.String(length=200), nullable=False),
        sa.Column("finalized_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_recommendation_summary_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_summary")),
        sa.UniqueConstraint("round_id", name=op.f("uq_recommendation_summary_round_id")),
    )
    op.create_table(
        "rubric_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("probes", sa.JSON(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("scale", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_rubric_criterion_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric_criterion")),
        sa.UniqueConstraint("round_id", "key", name=op.f("uq_rubric_criterion_round_id")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_assignment_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["school.id"], name=op.f("fk_assignment_school_id_school")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint(
            "applicant_id", "school_id", "start_date", name=op.f("uq_assignment_applicant_id")
        ),
    )
    op.create_table(
        "conflict_declaration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panelist_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_conflict_declaration_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["panelist_id"],
            ["panelist.id"],
            name=op.f("fk_conflict_declaration_panelist_id_panelist"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_declaration")),
        sa.UniqueConstraint(
            "panelist_id", "applicant_id", name=op.f("uq_conflict_declaration_panelist_id")
        ),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("departure_reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('selected', 'alternate', 'not_selected')", name=op.f("ck_decision_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_decision_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("applicant_id", name=op.f("uq_decision_applicant_id")),
    )
    op.create_table(
        "interview_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.CheckConstraint(
            "kind IN ('interview', 'presentation')", name=op.f("ck_interview_slot_kind")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_interview_slot_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name=op.f("fk_interview_slot_round_id_selection_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_slot")),
    )
    op.create_table(
        "requirement_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("requirement_key", sa.String(length=40), nullable=False),
        sa.Column("attested", sa.String(length=10), nullable=True),
        sa.Column("attested_note", sa.Text(), nullable=False),
        sa.Column("attested_by", sa.String(length=200), nullable=False),
        sa.Column("attested_at", sa.DateTime(), nullable=True),
        sa.Column("evidence_source", sa.String(length=300), nullable=False),
        sa.Column("evidence_date", sa.Date(), nullable=True),
        sa.Column("override", sa.String(length=10), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("override_approved_by", sa.String(length=200), nullable=False),
        sa.Column("override_by", sa.String(length=200), nullable=False),
        sa.Column("override_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "attested IS NULL OR attested IN ('pass', 'fail')",
            name=op.f("ck_requirement_review_attested_verdict"),
        ),
        sa.CheckConstraint(
            "override IS NULL OR override IN ('pass', 'fail')",
            name=op.f("ck_requirement_review_override_verdict"),
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_requirement_review_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement_review")),
        sa.UniqueConstraint(
            "applicant_id", "requirement_key", name=op.f("uq_requirement_review_applicant_id")
        ),
    )
    op.create_table(
        "score_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panelist_id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("recommendation", sa.String(length=40), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("keyed_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name=op.f("ck_score_sheet_status")),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_score_sheet_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["panelist_id"],
            ["panelist.id"],
            name=op.f("fk_score_sheet_panelist_id_panelist"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score_sheet")),
        sa.UniqueConstraint("panelist_id", "applicant_id", name=op.f("uq_score_sheet_panelist_id")),
    )
    op.create_table(
        "service_break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('unpaid_leave', 'separation')", name=op.f("ck_service_break_kind")
        ),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_service_break_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_break")),
    )
    op.create_table(
        "training_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=False),
        sa.Column("topic_key", sa.String(length=40), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicant.id"],
            name=op.f("fk_training_record_applicant_id_applicant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_record")),
        sa.UniqueConstraint(
            "applicant_id", "topic_key", name=op.f("uq_training_record_applicant_id")
        ),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("training_record_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("uploaded_by", sa.String(length=200), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("verified_by", sa.String(length=200), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["training_record_id"],
            ["training_record.id"],
            name=op.f("fk_certificate_training_record_id_training_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_number")),
        sa.UniqueConstraint("training_record_id", name=op.f("uq_certificate_training_record_id")),
    )
    op.create_table(
        "score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("consensus_value", sa.Integer(), nullable=True),
        sa.Column("consensus_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["rubric_criterion.id"],
            name=op.f("fk_score_criterion_id_rubric_criterion"),
        ),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["score_sheet.id"],
            name=op.f("fk_score_sheet_id_score_sheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
        sa.UniqueConstraint("sheet_id", "criterion_id", name=op.f("uq_score_sheet_id")),
    )


def downgrade() -> None:

    op.drop_table("score")
    op.drop_table("certificate")
    op.drop_table("training_record")
    op.drop_table("service_break")
    op.drop_table("score_sheet")
    op.drop_table("requirement_review")
    op.drop_table("interview_slot")
    op.drop_table("decision")
    op.drop_table("conflict_declaration")
    op.drop_table("assignment")
    op.drop_table("rubric_criterion")
    op.drop_table("recommendation_summary")
    op.drop_table("panelist")
    op.drop_table("conference_record")
    op.drop_table("applicant")
    op.drop_table("selection_round")
    op.drop_table("user_account")
    op.drop_table("school")
    op.drop_table("profile_snapshot")
    op.drop_table("audit_entry")
