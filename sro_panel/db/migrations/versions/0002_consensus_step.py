"""The chair's consensus step: when it was opened and by whom.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("selection_round") as batch:
        batch.add_column(sa.Column("consensus_opened_at", sa.DateTime(), nullable=True))
        batch.add_column(
            sa.Column("consensus_opened_by", sa.String(200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("selection_round") as batch:
        batch.drop_column("consensus_opened_by")
        batch.drop_column("consensus_opened_at")
