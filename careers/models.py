"""The data model: typed SQLAlchemy 2.0, portable between SQLite and PostgreSQL.

Every schema change comes with an Alembic migration under migrations/versions/.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ORGANISATION_TYPES = (
    "nhs_trust",
    "icb",
    "council",
    "university",
    "college",
    "school",
    "primary_care",
    "social_care",
    "ambulance",
    "charity",
    "other",
)
PATHWAY_TYPES = (
    "apprenticeship",
    "job",
    "entry_route",
    "work_experience",
    "volunteering",
    "course",
    "supported_internship",
    "foundation_apprenticeship",
)
# apprenticeships of every kind: paid at least the apprentice rate, a JobPosting
APPRENTICESHIP_TYPES = ("apprenticeship", "foundation_apprenticeship")
SECTORS = (
    "nursing",
    "midwifery",
    "allied_health",
    "mental_health",
    "social_care",
    "pharmacy",
    "healthcare_science",
    "medical",
    "dental",
    "ambulance",
    "public_health",
    "admin",
    "digital",
    "estates_facilities",
    "catering",
    "finance_hr",
    "research",
    "children_young_people",
)
SUPPORTS = (
    "care_leaver",
    "young_carer",
    "disabled",
    "send",
    "neet",
    "armed_forces",
    "refugee",
    "local_resident",
    "ex_offender",
)
PAY_PERIODS = ("hour", "year", "none")
PATHWAY_STATUSES = ("draft", "in_review", "published", "closed", "archived")
ROLES = ("site_admin", "org_admin", "editor", "adviser")
# api_match: via the API; applied and heard_back: a young person back through their saved link
# said they applied, or heard back from the employer (anonymous, like every event)
EVENT_KINDS = ("search", "shown", "detail", "apply", "api_match", "applied", "heard_back")
# What employers record per pathway and month (PathwayOutcome), in the order people go through
OUTCOME_STAGES = ("applied", "interviewed", "offered", "started")
# An adviser's record of a student's encounters with employers, Gatsby benchmarks 5 and 6
ENCOUNTER_KINDS = (
    "employer_talk",
    "careers_fair",
    "mentoring",
    "enterprise_activity",
    "workplace_visit",
    "work_experience",
    "job_shadowing",
    "other_encounter",
)
DESTINATIONS = (
    "apprenticeship",
    "employment",
    "further_education",
    "higher_education",
    "training",
    "volunteering",
    "neet_destination",
    "not_known",
)
AGE_BANDS = ("under_16", "16_17", "18_19", "20_24", "25_plus", "unknown")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


# --- reference tables -------------------------------------------------------


class Borough(Base):
    __tablename__ = "boroughs"

    code: Mapped[str] = mapped_column(String(9), primary_key=True)  # ONS, e.g. E09000028
    name: Mapped[str] = mapped_column(String(80), unique=True)
    ics: Mapped[str] = mapped_column(String(40))  # e.g. "South East London"
    inner_outer: Mapped[str | None] = mapped_column(String(10))
    imd_rank: Mapped[int | None] = mapped_column(Integer)  # rank of average score, of 317
    imd_average_score: Mapped[float | None] = mapped_column(Float)
    imd_share_most_deprived_10pct: Mapped[float | None] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)


class WageRate(Base):
    """A legal minimum or a living wage, per hour, from the date it applies (seed_data/
    wage_rates.csv, loaded by `careers db upgrade`); `rate` is one of wage_rates.KINDS."""

    __tablename__ = "wage_rates"
    __table_args__ = (UniqueConstraint("rate", "applies_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rate: Mapped[str] = mapped_column(String(30))
    hourly: Mapped[float] = mapped_column(Float)
    applies_from: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text)


class ApiKey(Base):
    """A partner's key for the API (`careers api-keys create`). Only the key's SHA-256 hash is
    stored; `prefix` (its first characters) lets operators tell keys apart."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    rate_limit: Mapped[str | None] = mapped_column(String(60))  # flask-limiter syntax
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PostcodeDistrict(Base):
    __tablename__ = "postcode_districts"

    outcode: Mapped[str] = mapped_column(String(5), primary_key=True)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    borough_code: Mapped[str | None] = mapped_column(ForeignKey("boroughs.code"))
    imd_decile: Mapped[int | None] = mapped_column(Integer)  # 1 most deprived .. 10
    in_london: Mapped[bool] = mapped_column(Boolean, default=False)

    borough: Mapped[Borough | None] = relationship()


class ApprenticeshipStandard(Base):
    __tablename__ = "apprenticeship_standards"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)  # ST0216
    title: Mapped[str] = mapped_column(String(200))
    level: Mapped[int] = mapped_column(Integer)
    route: Mapped[str | None] = mapped_column(String(80))
    typical_duration_months: Mapped[int | None] = mapped_column(Integer)


# --- organisations and pathways --------------------------------------------


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[str] = mapped_column(String(20), default="other")
    borough_code: Mapped[str | None] = mapped_column(ForeignKey("boroughs.code"))
    ods_code: Mapped[str | None] = mapped_column(String(10))
    website: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    requires_moderation: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    borough: Mapped[Borough | None] = relationship()
    sites: Mapped[list[Site]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Site.id"
    )
    pathways: Mapped[list[Pathway]] = relationship(back_populates="organisation")


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    postcode: Mapped[str] = mapped_column(String(10))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    borough_code: Mapped[str | None] = mapped_column(ForeignKey("boroughs.code"))

    organisation: Mapped[Organisation] = relationship(back_populates="sites")


class PathwayLink(Base):
    """A progression link: this pathway leads to that one (the interchange `next_steps`)."""

    __tablename__ = "pathway_links"

    from_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), primary_key=True
    )
    to_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Pathway(Base):
    __tablename__ = "pathways"
    __table_args__ = (
        Index("ix_pathways_status_type", "status", "type"),
        Index("ix_pathways_organisation_id", "organisation_id"),
        Index("ix_pathways_source_source_ref", "source", "source_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(80), unique=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    type: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)
    sector: Mapped[str | None] = mapped_column(String(30))
    level: Mapped[int | None] = mapped_column(Integer)
    standard_code: Mapped[str | None] = mapped_column(String(10))
    min_qualification_level: Mapped[int | None] = mapped_column(Integer)
    gcse_english_maths: Mapped[bool | None] = mapped_column(Boolean)
    min_age: Mapped[int | None] = mapped_column(Integer)
    postcode: Mapped[str | None] = mapped_column(String(10))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    borough_code: Mapped[str | None] = mapped_column(ForeignKey("boroughs.code"))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    pay_min: Mapped[float | None] = mapped_column(Float)
    pay_max: Mapped[float | None] = mapped_column(Float)
    pay_period: Mapped[str | None] = mapped_column(String(5))  # hour, year, none; None = not said
    closing_date: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    apply_url: Mapped[str | None] = mapped_column(String(500))
    supports: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default="published")
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    disability_confident: Mapped[bool] = mapped_column(Boolean, default=False)
    lars_code: Mapped[int | None] = mapped_column(Integer)
    # Where a synced advert came from (careers/feeds): None for pathways entered here.
    source: Mapped[str | None] = mapped_column(String(20))  # faa | nhs_jobs
    source_ref: Mapped[str | None] = mapped_column(String(80))
    source_url: Mapped[str | None] = mapped_column(String(500))
    source_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    review_comments: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # A change to a live pathway waiting for a moderator: {"values": {field: new value},
    # "by": user id, "at": ISO time}. The live pathway keeps its values until it is approved.
    pending_revision: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    organisation: Mapped[Organisation] = relationship(back_populates="pathways")
    borough: Mapped[Borough | None] = relationship()
    next_links: Mapped[list[PathwayLink]] = relationship(
        foreign_keys=[PathwayLink.from_id],
        cascade="all, delete-orphan",
        order_by=PathwayLink.position,
    )
    next_steps: Mapped[list[Pathway]] = relationship(
        secondary="pathway_links",
        primaryjoin="Pathway.id == PathwayLink.from_id",
        secondaryjoin="Pathway.id == PathwayLink.to_id",
        order_by=PathwayLink.position,
        viewonly=True,
    )
    previous_steps: Mapped[list[Pathway]] = relationship(
        secondary="pathway_links",
        primaryjoin="Pathway.id == PathwayLink.to_id",
        secondaryjoin="Pathway.id == PathwayLink.from_id",
        viewonly=True,
    )


# --- the match index ---------------------------------------------------------


class PathwayEmbedding(Base):
    """A pathway's embedding, with the model and a hash of the text it was made from."""

    __tablename__ = "pathway_embeddings"

    pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), primary_key=True
    )
    model_id: Mapped[str] = mapped_column(String(100))
    text_hash: Mapped[str] = mapped_column(String(64))
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class IndexChange(Base):
    """One change to the searchable set. The highest id is the index version that workers check."""

    __tablename__ = "index_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(Integer)  # no FK: deletions are recorded too
    op: Mapped[str] = mapped_column(String(10))  # upsert | remove
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- staff accounts ------------------------------------------------------------


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(12))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_signed_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    session_epoch: Mapped[int] = mapped_column(Integer, default=0)  # bump to sign out everywhere
    # The second factor (services/two_factor.py): the TOTP key, sealed with the app's key; when
    # it was confirmed; the last 30-second step used (a code works once); recovery codes' hashes;
    # and an epoch that, bumped, forgets every remembered device.
    totp_secret: Mapped[str | None] = mapped_column(String(300))
    totp_confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    recovery_codes: Mapped[list[str] | None] = mapped_column(JSON)
    two_factor_epoch: Mapped[int] = mapped_column(Integer, default=0)
    # What they are emailed about (their settings page): a pathway returned or approved, a
    # pathway closing in 7 days, and (only if they opt in) a weekly digest of reach.
    email_reviews: Mapped[bool] = mapped_column(Boolean, default=True)
    email_closing: Mapped[bool] = mapped_column(Boolean, default=True)
    email_reach_digest: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation | None] = relationship()


class UserToken(Base):
    """Invitation and password-reset tokens; only a hash of the token is kept."""

    __tablename__ = "user_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(12))  # invite | reset
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    user: Mapped[User] = relationship()


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_organisation_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))  # e.g. pathway.published
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(80))
    summary: Mapped[str] = mapped_column(String(300))
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    user: Mapped[User | None] = relationship()


# --- aggregate analytics (never free text, never circumstances) ----------------


class PathwayOutcome(Base):
    """What happened to applicants for one pathway in one month, as its employer recorded it
    (by hand or CSV): counts only, never about anyone. Reports suppress them as reach is."""

    __tablename__ = "pathway_outcomes"
    __table_args__ = (UniqueConstraint("pathway_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathways.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)  # the first day of the month
    applied: Mapped[int] = mapped_column(Integer, default=0)
    interviewed: Mapped[int] = mapped_column(Integer, default=0)
    offered: Mapped[int] = mapped_column(Integer, default=0)
    started: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    pathway: Mapped[Pathway] = relationship()


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_pathway_id_day", "pathway_id", "day"),
        Index("ix_events_organisation_id_day", "organisation_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # search | shown | detail | apply
    pathway_id: Mapped[int | None] = mapped_column(Integer)
    organisation_id: Mapped[int | None] = mapped_column(Integer)
    borough_code: Mapped[str | None] = mapped_column(String(9))
    imd_decile: Mapped[int | None] = mapped_column(Integer)
    age_band: Mapped[str] = mapped_column(String(10), default="unknown")


# --- background jobs -------------------------------------------------------------


class Job(Base):
    """A long task (a large import, a cohort's batch match) run on the task queue, with progress.
    A running job's worker writes `heartbeat_at`; a stale one is retried or marked failed."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # import | cohort_match | password_reset
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued running done failed
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    total: Mapped[int] = mapped_column(Integer, default=0)
    done: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    worker: Mapped[str | None] = mapped_column(String(100))
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --- feeds: adverts synced from Find an apprenticeship and NHS Jobs ------------------


class FeedRun(Base):
    """One sync of one feed: what it fetched and what it changed (`careers feeds status`)."""

    __tablename__ = "feed_runs"
    __table_args__ = (Index("ix_feed_runs_source_started_at", "source", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))  # faa | nhs_jobs
    status: Mapped[str] = mapped_column(String(10))  # complete | partial | failed
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    not_kept: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)
    problems: Mapped[list[str]] = mapped_column(JSON, default=list)


# --- careers advisers' cohorts ---------------------------------------------------


class Cohort(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(120))
    expires_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship()
    students: Mapped[list[Student]] = relationship(
        back_populates="cohort",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Student.pseudonym",
    )


class Student(Base):
    __tablename__ = "students"
    __table_args__ = (UniqueConstraint("cohort_id", "pseudonym"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"))
    pseudonym: Mapped[str] = mapped_column(String(60))
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # match contract fields
    circumstances_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned_refs: Mapped[list[str]] = mapped_column(JSON, default=list)
    hidden_refs: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    matches: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # last batch match, as JSON
    matched_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The code in the short link printed on their sheet (/s/<code>): random, never the name
    share_code: Mapped[str | None] = mapped_column(String(16), unique=True, index=True)
    # Where they went next (DESTINATIONS), with whom, and from when: for Compass+ style tracking
    destination: Mapped[str | None] = mapped_column(String(30))
    destination_with: Mapped[str | None] = mapped_column(String(200))
    destination_on: Mapped[dt.date | None] = mapped_column(Date)

    cohort: Mapped[Cohort] = relationship(back_populates="students")
    encounters: Mapped[list[StudentEncounter]] = relationship(
        back_populates="student",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StudentEncounter.day",
    )


# --- email alerts (no account: careers/services/alerts.py) ---------------------

ALERT_FREQUENCIES = ("daily", "weekly")


class Alert(Base):
    """Someone's "email me new matches": only what is needed to send it. The email address,
    the list choices (`criteria`: browse filters; keywords only when they ticked to keep them),
    the postcode district, the frequency. Nothing about their circumstances, no free text
    otherwise. Unconfirmed alerts go after 7 days; confirmed ones after six months without a
    click (renewable from the manage page)."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outcode: Mapped[str | None] = mapped_column(String(5))
    frequency: Mapped[str] = mapped_column(String(6))  # daily | weekly
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_active_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AlertSent(Base):
    """A pathway an alert has already sent: never sent to that alert again."""

    __tablename__ = "alert_sent"

    alert_id: Mapped[int] = mapped_column(
        ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True
    )
    pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), primary_key=True
    )
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class StudentEncounter(Base):
    """One encounter with an employer or a workplace (ENCOUNTER_KINDS), recorded by the adviser
    under the student's pseudonym: the kind, the day, the employer, and the pathway if any."""

    __tablename__ = "student_encounters"

    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(
        ForeignKey("students.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    day: Mapped[dt.date] = mapped_column(Date)
    employer: Mapped[str | None] = mapped_column(String(200))
    pathway_ref: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    student: Mapped[Student] = relationship(back_populates="encounters")
