"""wage rates: legal minimums and the London Living Wage by the date they apply from

Revision ID: 0003_wage_rates
Revises: 0002_feeds
Create Date: 2026-12-06 05:00:00

The rows come from seed_data/wage_rates.csv: `careers db upgrade` loads it after migrating.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_wage_rates"
down_revision: str | Sequence[str] | None = "0002_feeds"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wage_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rate", sa.String(length=30), nullable=False),
        sa.Column("hourly", sa.Float(), nullable=False),
        sa.Column("applies_from", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wage_rates")),
        sa.UniqueConstraint("rate", "applies_from", name=op.f("uq_wage_rates_rate")),
    )


def downgrade() -> None:
    op.drop_table("wage_rates")
