"""browse's full-text search: SQLite FTS5 (porter stemming) kept current by triggers, and a
PostgreSQL GIN index on the English text search vector of a pathway's own text

Over title, summary, description and skills, with the organisation's name. On SQLite the
virtual table `pathway_search` (rowid = pathways.id) is filled and kept current by triggers on
pathways and organisations. NB: a later migration that rebuilds `pathways` on SQLite with
op.batch_alter_table drops these triggers with the old table: re-create them after it
(`create_sqlite_triggers` below). On PostgreSQL the search is worked out from the rows
(careers/services/pathways.py), with this index for the pathway's own text.

Revision ID: 0008_pathway_search
Revises: 0007_job_heartbeats
Create Date: 2026-12-06 05:35:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_pathway_search"
down_revision: str | Sequence[str] | None = "0007_job_heartbeats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same expression as careers.services.pathways.PG_DOCUMENT (an index only helps a query
# whose expression is identical).
PG_DOCUMENT = (
    "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' "
    "|| coalesce(description, '') || ' ' || coalesce(skills::text, ''))"
)

_ROW = (
    "SELECT p.id, p.title, coalesce(p.summary, ''), p.description, coalesce(p.skills, ''), "
    "coalesce(o.name, '') FROM pathways p LEFT JOIN organisations o ON o.id = p.organisation_id"
)
_COLUMNS = "rowid, title, summary, description, skills, organisation"


def create_sqlite_triggers() -> None:
    op.execute(
        f"CREATE TRIGGER pathway_search_insert AFTER INSERT ON pathways BEGIN "
        f"INSERT INTO pathway_search({_COLUMNS}) {_ROW} WHERE p.id = new.id; END"
    )
    op.execute(
        f"CREATE TRIGGER pathway_search_update AFTER UPDATE ON pathways BEGIN "  # noqa: S608 (constant SQL, no input)
        f"DELETE FROM pathway_search WHERE rowid = old.id; "
        f"INSERT INTO pathway_search({_COLUMNS}) {_ROW} WHERE p.id = new.id; END"
    )
    op.execute(
        "CREATE TRIGGER pathway_search_delete AFTER DELETE ON pathways BEGIN "
        "DELETE FROM pathway_search WHERE rowid = old.id; END"
    )
    op.execute(
        f"CREATE TRIGGER pathway_search_organisation AFTER UPDATE OF name ON organisations BEGIN "  # noqa: S608 (constant SQL, no input)
        f"DELETE FROM pathway_search WHERE rowid IN "
        f"(SELECT id FROM pathways WHERE organisation_id = new.id); "
        f"INSERT INTO pathway_search({_COLUMNS}) {_ROW} WHERE p.organisation_id = new.id; END"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE pathway_search USING fts5(title, summary, description, "
            "skills, organisation, tokenize = 'porter unicode61')"
        )
        op.execute(f"INSERT INTO pathway_search({_COLUMNS}) {_ROW}")
        create_sqlite_triggers()
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_pathways_search ON pathways USING gin (({PG_DOCUMENT}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "update", "delete", "organisation"):
            op.execute(f"DROP TRIGGER IF EXISTS pathway_search_{trigger}")
        op.execute("DROP TABLE IF EXISTS pathway_search")
    elif op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_pathways_search")
