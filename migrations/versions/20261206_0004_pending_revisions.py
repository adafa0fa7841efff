"""pending revisions: a change to a live pathway that waits for a moderator

Revision ID: 0004_pending_revisions
Revises: 0003_wage_rates
Create Date: 2026-12-06 05:10:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_pending_revisions"
down_revision: str | Sequence[str] | None = "0003_wage_rates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pathways") as batch:
        batch.add_column(sa.Column("pending_revision", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pathways") as batch:
        batch.drop_column("pending_revision")
