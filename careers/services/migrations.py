"""Run Alembic migrations from code (the CLI, tests and `make run`)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config as AlembicConfig

from careers.config import PROJECT_ROOT
from careers.extensions import make_engine


def alembic_config(url: str) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    if url.startswith("sqlite:///"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    if revision == "head":  # reference data kept in step with seed_data/ on every upgrade
        from sqlalchemy.orm import Session

        from careers.services import wage_rates
        from careers.services.seed import load_reference_data

        with Session(engine) as session:
            wage_rates.load(session)
            # boroughs, postcode districts and standards: without them a catalogue imported
            # into a fresh database would be matched with no distance limit at all
            load_reference_data(session)
            session.commit()
    engine.dispose()
