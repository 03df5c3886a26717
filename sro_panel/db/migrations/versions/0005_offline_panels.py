"""Offline panels: round files issued with their public keys, score files imported, and
on a panelist's laptop the round file it was made from.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offline_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("panelist_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name="fk_offline_issue_round_id_selection_round",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["panelist_id"],
            ["panelist.id"],
            name="fk_offline_issue_panelist_id_panelist",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_offline_issue"),
        sa.UniqueConstraint("token", name="uq_offline_issue_token"),
    )
    op.create_table(
        "score_file_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sheets", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["issue_id"],
            ["offline_issue.id"],
            name="fk_score_file_import_issue_id_offline_issue",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_score_file_import"),
        sa.UniqueConstraint("issue_id", "sha256", name="uq_score_file_import_issue_id"),
    )
    op.create_table(
        "local_panel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("panelist_id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.String(length=64), nullable=False),
        sa.Column("remote", sa.JSON(), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_round.id"],
            name="fk_local_panel_round_id_selection_round",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["panelist_id"],
            ["panelist.id"],
            name="fk_local_panel_panelist_id_panelist",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_local_panel"),
        sa.UniqueConstraint("token", name="uq_local_panel_token"),
    )


def downgrade() -> None:
    op.drop_table("local_panel")
    op.drop_table("score_file_import")
    op.drop_table("offline_issue")
