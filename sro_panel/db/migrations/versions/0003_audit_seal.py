"""The audit trail's seal: a sequence number and an HMAC chain on every entry.

Entries written before this revision get their sequence numbers here (in the
order they were written) and are sealed by the app the next time it writes to
the trail, since the key lives outside the database. Each score sheet already
submitted gets a "score.baseline" entry holding its scores as they are now,
so `audit verify` checks them from here on.

Revision ID: 0003
Revises: 0002
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_seal", sa.String(64), nullable=True))
        batch.add_column(sa.Column("seal", sa.String(64), nullable=True))
    op.execute("UPDATE audit_entry SET seq = id")
    _baseline_submitted_sheets()
    with op.batch_alter_table("audit_entry") as batch:
        batch.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch.create_unique_constraint("uq_audit_entry_seq", ["seq"])


def _baseline_submitted_sheets() -> None:
    bind = op.get_bind()
    sheets = sa.table(
        "score_sheet",
        sa.column("id", sa.Integer),
        sa.column("applicant_id", sa.Integer),
        sa.column("panelist_id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("recommendation", sa.String),
    )
    scores = sa.table(
        "score",
        sa.column("sheet_id", sa.Integer),
        sa.column("criterion_id", sa.Integer),
        sa.column("value", sa.Integer),
        sa.column("consensus_value", sa.Integer),
    )
    applicants = sa.table(
        "applicant", sa.column("id", sa.Integer), sa.column("round_id", sa.Integer)
    )
    audit = sa.table(
        "audit_entry",
        sa.column("seq", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("machine", sa.String),
        sa.column("action", sa.String),
        sa.column("target_type", sa.String),
        sa.column("target_id", sa.String),
        sa.column("round_id", sa.Integer),
        sa.column("outcome", sa.String),
        sa.column("after", sa.JSON),
        sa.column("detail", sa.String),
    )
    values: dict[int, dict[str, int | None]] = {}
    consensus: dict[int, dict[str, int]] = {}
    for sheet_id, criterion_id, value, agreed in bind.execute(
        sa.select(
            scores.c.sheet_id, scores.c.criterion_id, scores.c.value, scores.c.consensus_value
        )
    ):
        values.setdefault(sheet_id, {})[str(criterion_id)] = value
        if agreed is not None:
            consensus.setdefault(sheet_id, {})[str(criterion_id)] = agreed
    seq = bind.execute(sa.select(sa.func.coalesce(sa.func.max(audit.c.seq), 0))).scalar_one()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    rows = []
    for sheet_id, applicant_id, panelist_id, recommendation, round_id in bind.execute(
        sa.select(
            sheets.c.id,
            sheets.c.applicant_id,
            sheets.c.panelist_id,
            sheets.c.recommendation,
            applicants.c.round_id,
        )
        .join(applicants, applicants.c.id == sheets.c.applicant_id)
        .where(sheets.c.status == "submitted")
        .order_by(sheets.c.id)
    ):
        seq += 1
        rows.append(
            {
                "seq": seq,
                "at": now,
                "actor": "schema upgrade 0003",
                "machine": "",
                "action": "score.baseline",
                "target_type": "score_sheet",
                "target_id": str(sheet_id),
                "round_id": round_id,
                "outcome": "ok",
                "after": {
                    "panelist_id": panelist_id,
                    "applicant_id": applicant_id,
                    "values": values.get(sheet_id, {}),
                    "recommendation": recommendation,
                    "consensus": consensus.get(sheet_id, {}),
                },
                "detail": "scores as they stood when the audit seal was introduced",
            }
        )
    if rows:
        op.bulk_insert(audit, rows)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_constraint("uq_audit_entry_seq", type_="unique")
        batch.drop_column("seal")
        batch.drop_column("prev_seal")
        batch.drop_column("seq")
