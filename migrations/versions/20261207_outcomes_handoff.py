"""outcomes employers record per pathway and month; an adviser's short links, encounters and
destinations for students

Revision ID: 0010_i15b_outcomes_handoff
Revises: 0010_i15a_email_alerts
Create Date: 2026-12-07 23:40:00

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_i15b_outcomes_handoff"
down_revision: str | Sequence[str] | None = "0010_i15a_email_alerts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pathway_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("interviewed", sa.Integer(), nullable=False),
        sa.Column("offered", sa.Integer(), nullable=False),
        sa.Column("started", sa.Integer(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name="fk_pathway_outcomes_pathway_id_pathways",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name="fk_pathway_outcomes_recorded_by_id_users",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_pathway_outcomes"),
        sa.UniqueConstraint("pathway_id", "month", name="uq_pathway_outcomes_pathway_id"),
    )
    op.add_column("students", sa.Column("share_code", sa.String(length=16), nullable=True))
    op.add_column("students", sa.Column("destination", sa.String(length=30), nullable=True))
    op.add_column("students", sa.Column("destination_with", sa.String(length=200), nullable=True))
    op.add_column("students", sa.Column("destination_on", sa.Date(), nullable=True))
    op.create_index("ix_students_share_code", "students", ["share_code"], unique=True)
    op.create_table(
        "student_encounters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("pathway_ref", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["students.id"],
            name="fk_student_encounters_student_id_students",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_student_encounters"),
    )
    op.create_index("ix_student_encounters_student_id", "student_encounters", ["student_id"])


def downgrade() -> None:
    op.drop_index("ix_student_encounters_student_id", table_name="student_encounters")
    op.drop_table("student_encounters")
    op.drop_index("ix_students_share_code", table_name="students")
    with op.batch_alter_table("students") as batch:
        batch.drop_column("destination_on")
        batch.drop_column("destination_with")
        batch.drop_column("destination")
        batch.drop_column("share_code")
    op.drop_table("pathway_outcomes")
