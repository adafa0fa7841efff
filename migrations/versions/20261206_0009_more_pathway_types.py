"""pathway types: supported internships and foundation apprenticeships (a longer type column)

Revision ID: 0009_more_pathway_types
Revises: 0008_pathway_search
Create Date: 2026-12-06 05:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_more_pathway_types"
down_revision: str | Sequence[str] | None = "0008_pathway_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # SQLite does not enforce a VARCHAR's length, and rebuilding its pathways table would drop
    # the search triggers: only PostgreSQL's column needs to grow
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "pathways", "type", existing_type=sa.String(length=20), type_=sa.String(length=30)
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "pathways", "type", existing_type=sa.String(length=30), type_=sa.String(length=20)
        )
