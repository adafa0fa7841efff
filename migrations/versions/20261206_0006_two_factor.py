"""two factors for staff: TOTP key (sealed), confirmation, last step, recovery codes, device epoch

Revision ID: 0006_two_factor
Revises: 0005_api_keys
Create Date: 2026-12-06 05:45:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_two_factor"
down_revision: str | Sequence[str] | None = "0005_api_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("totp_secret", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("totp_confirmed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("totp_last_step", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("recovery_codes", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("two_factor_epoch", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        for name in (
            "two_factor_epoch",
            "recovery_codes",
            "totp_last_step",
            "totp_confirmed_at",
            "totp_secret",
        ):
            batch.drop_column(name)
