"""feeds: synced adverts' source, source reference, URL and last-seen time; feed runs

Revision ID: 0002_feeds
Revises: 0001
Create Date: 2026-12-06 04:30:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_feeds"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pathways") as batch:
        batch.add_column(
            sa.Column(
                "disability_confident", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("lars_code", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("source", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("source_ref", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("source_url", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("source_seen_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_pathways_source_source_ref", ["source", "source_ref"])
    op.create_table(
        "feed_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("fetched", sa.Integer(), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("not_kept", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_runs")),
    )
    op.create_index(
        "ix_feed_runs_source_started_at", "feed_runs", ["source", "started_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_feed_runs_source_started_at", table_name="feed_runs")
    op.drop_table("feed_runs")
    with op.batch_alter_table("pathways") as batch:
        batch.drop_index("ix_pathways_source_source_ref")
        batch.drop_column("source_seen_at")
        batch.drop_column("source_url")
        batch.drop_column("source_ref")
        batch.drop_column("source")
        batch.drop_column("lars_code")
        batch.drop_column("disability_confident")
