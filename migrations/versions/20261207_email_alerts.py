"""email: alerts without an account (alerts, alert_sent) and staff email settings

Revision ID: 0010_i15a_email_alerts
Revises: 0009_more_pathway_types
Create Date: 2026-12-07 23:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_i15a_email_alerts"
down_revision: str | Sequence[str] | None = "0009_more_pathway_types"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("outcode", sa.String(length=5), nullable=True),
        sa.Column("frequency", sa.String(length=6), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("last_active_at", sa.DateTime(), nullable=False),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alerts")),
    )
    op.create_table(
        "alert_sent",
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["alert_id"],
            ["alerts.id"],
            name=op.f("fk_alert_sent_alert_id_alerts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_alert_sent_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("alert_id", "pathway_id", name=op.f("pk_alert_sent")),
    )
    for name, default in (
        ("email_reviews", sa.true()),
        ("email_closing", sa.true()),
        ("email_reach_digest", sa.false()),
    ):
        op.add_column(
            "users", sa.Column(name, sa.Boolean(), nullable=False, server_default=default)
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        for name in ("email_reach_digest", "email_closing", "email_reviews"):
            batch.drop_column(name)
    op.drop_table("alert_sent")
    op.drop_table("alerts")
