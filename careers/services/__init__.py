"""Use-cases: plain functions over a SQLAlchemy session. No request, session or flash here."""
