"""The freelancer's business as SQLAlchemy 2 ORM classes.

Money columns are `*_minor` integers next to an ISO 4217 `currency`; datetimes are aware and
stored in UTC; rates are decimal strings (never float).
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage import derived

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; naive values are refused, not guessed."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: Atelier stores aware datetimes only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def db_time(value: datetime) -> str:
    """The exact text SQLite holds for an aware datetime (for raw SQL range comparisons)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class OrderStatus(enum.StrEnum):
    AWAITING_REQUIREMENTS = "awaiting_requirements"
    IN_PROGRESS = "in_progress"
    DELIVERED = "delivered"
    REVISION_REQUESTED = "revision_requested"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    DISPUTED = "disputed"


class GigStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ARCHIVED = "archived"


class PaymentKind(enum.StrEnum):
    PAYOUT = "payout"
    TIP = "tip"
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


class Activity(enum.StrEnum):
    """French micro-entrepreneur activity types."""

    SALES_BIC = "sales_bic"
    SERVICES_BIC = "services_bic"
    LIBERAL_BNC = "liberal_bnc"


class Origin(enum.StrEnum):
    AI = "ai"
    HUMAN = "human"


class DeliverableKind(enum.StrEnum):
    TEXT = "text"
    FILE = "file"


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Platform(Base):
    __tablename__ = "platforms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    # Hundredths of a percent (2000 = 20 %). None: not entered yet (ComeUp's preset).
    fee_bp: Mapped[int | None] = mapped_column(Integer)
    fee_fixed_minor: Mapped[int] = mapped_column(default=0)
    tips_charged: Mapped[bool] = mapped_column(Boolean, default=False)
    clearance_days: Mapped[int] = mapped_column(default=0)
    default_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    preset: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("fee_bp IS NULL OR (fee_bp >= 0 AND fee_bp <= 10000)", name="fee_bp"),
        CheckConstraint("fee_fixed_minor >= 0", name="fee_fixed"),
        CheckConstraint("clearance_days >= 0", name="clearance_days"),
    )


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    handle: Mapped[str] = mapped_column(String(200), default="")
    platform_id: Mapped[int | None] = mapped_column(
        ForeignKey("platforms.id", ondelete="SET NULL"), index=True
    )
    country: Mapped[str] = mapped_column(String(2), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The currency they pay in (ISO 4217); "" for none: the package's or the home currency.
    currency: Mapped[str] = mapped_column(String(3), default="", server_default="")
    # 0010 (invoices): what an invoice prints of the client; a company (B2B) gets the 40 €
    # indemnity mention and needs its SIREN (France) or ICE (Morocco): `company_number`.
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    company_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    vat_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    is_business: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # 0012: "keep on this computer": nothing of theirs (orders, drafts, documents) is ever
    # sent to an inference server (storage.privacy).
    keep_local: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    platform: Mapped[Platform | None] = relationship()


class Gig(Base):
    __tablename__ = "gigs"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(120), default="")
    platform_id: Mapped[int | None] = mapped_column(
        ForeignKey("platforms.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[GigStatus] = mapped_column(
        _enum(GigStatus, "gig_status"), default=GigStatus.ACTIVE
    )
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated, as users type them
    activity: Mapped[Activity | None] = mapped_column(_enum(Activity, "gig_activity"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    platform: Mapped[Platform | None] = relationship()
    packages: Mapped[list[GigPackage]] = relationship(
        back_populates="gig", cascade="all, delete-orphan", order_by="GigPackage.price_minor"
    )


class GigPackage(Base):
    __tablename__ = "gig_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    gig_id: Mapped[int] = mapped_column(ForeignKey("gigs.id", ondelete="CASCADE"), index=True)
    tier: Mapped[str] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    price_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    delivery_days: Mapped[int]
    revisions_included: Mapped[int] = mapped_column(default=0)

    gig: Mapped[Gig] = relationship(back_populates="packages")

    __table_args__ = (
        UniqueConstraint("gig_id", "tier", name="uq_gig_packages_gig_tier"),
        CheckConstraint("price_minor >= 0", name="price"),
        CheckConstraint("delivery_days >= 0", name="delivery_days"),
        CheckConstraint("revisions_included >= 0", name="revisions"),
    )


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    gig_id: Mapped[int | None] = mapped_column(
        ForeignKey("gigs.id", ondelete="SET NULL"), index=True
    )
    package_id: Mapped[int | None] = mapped_column(
        ForeignKey("gig_packages.id", ondelete="SET NULL")
    )
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), index=True
    )
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("platforms.id", ondelete="RESTRICT"), index=True
    )
    external_ref: Mapped[str] = mapped_column(String(120), default="")
    title: Mapped[str] = mapped_column(String(300))
    brief: Mapped[str] = mapped_column(Text, default="")
    price_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[OrderStatus] = mapped_column(
        _enum(OrderStatus, "order_status"), default=OrderStatus.AWAITING_REQUIREMENTS, index=True
    )
    activity: Mapped[Activity | None] = mapped_column(_enum(Activity, "order_activity"))
    received_at: Mapped[datetime] = mapped_column(index=True)
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    delivered_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]
    revisions_used: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    gig: Mapped[Gig | None] = relationship()
    package: Mapped[GigPackage | None] = relationship()
    client: Mapped[Client] = relationship()
    platform: Mapped[Platform] = relationship()
    events: Mapped[list[OrderEvent]] = relationship(
        back_populates="order", order_by="OrderEvent.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )
    payments: Mapped[list[Payment]] = relationship(back_populates="order", order_by="Payment.id")
    time_entries: Mapped[list[TimeEntry]] = relationship(
        back_populates="order", order_by="TimeEntry.started_at", cascade="all, delete-orphan",
        passive_deletes=True,
    )
    deliverables: Mapped[list[Deliverable]] = relationship(
        back_populates="order", order_by="Deliverable.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint("price_minor >= 0", name="price"),
        CheckConstraint("revisions_used >= 0", name="revisions"),
        Index("ix_orders_open_due", "status", "due_at"),
    )


class OrderEvent(Base):
    """Append-only history of an order: never updated (a trigger refuses it)."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # created, status, edit
    from_status: Mapped[str | None] = mapped_column(String(32))
    to_status: Mapped[str | None] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")

    order: Mapped[Order] = relationship(back_populates="events")


class Payment(Base):
    """Money that reached the freelancer (or left, for a refund), on a cash basis.

    `amount_minor` is what was received, net of `fee_minor` the platform kept; both are
    signed (a refund is negative). The home-currency figures are fixed at entry with `rate`.
    """

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[PaymentKind] = mapped_column(_enum(PaymentKind, "payment_kind"))
    amount_minor: Mapped[int]
    fee_minor: Mapped[int] = mapped_column(default=0)
    currency: Mapped[str] = mapped_column(String(3))
    received_at: Mapped[datetime] = mapped_column(index=True)
    home_currency: Mapped[str] = mapped_column(String(3))
    home_amount_minor: Mapped[int]
    home_fee_minor: Mapped[int] = mapped_column(default=0)
    rate: Mapped[str] = mapped_column(String(40), default="1")
    note: Mapped[str] = mapped_column(Text, default="")
    # 0008 (payment imports): the client paid without an order; where the payment came from
    # ('' for one entered by hand, else "paypal", "stripe"… and the export's id), where its
    # rate came from ("export", "ecb 2024-03-05", "entered"…) and who paid.
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(40), default="", server_default="")
    source_id: Mapped[str | None] = mapped_column(String(200))
    rate_source: Mapped[str] = mapped_column(String(60), default="", server_default="")
    payer: Mapped[str] = mapped_column(String(200), default="", server_default="")

    order: Mapped[Order | None] = relationship(back_populates="payments")

    __table_args__ = (
        # NULL source_ids never collide (SQLite): only rows with an export's id are unique.
        UniqueConstraint("source", "source_id", name="uq_payments_source_source_id"),
    )


class ImportedRow(Base):
    """The identity ledger of payment imports (issue 15): every row of an export ever
    imported, whatever became of it, so a re-import adds nothing and a payment the person
    deleted (``payment_id`` NULL since) stays deleted."""

    __tablename__ = "imported_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    identity: Mapped[str] = mapped_column(String(300), unique=True)
    source: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    line: Mapped[int] = mapped_column(default=0)
    occurred_at: Mapped[datetime]
    # added, transfer, skipped, pending, same, hours
    outcome: Mapped[str] = mapped_column(String(16))
    # The row's money, so a later row that reuses its export id with other money is told
    # apart (never merged silently).
    currency: Mapped[str] = mapped_column(String(3), default="")
    net_minor: Mapped[int | None]
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id", ondelete="SET NULL"), index=True
    )
    linked_identity: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExchangeRate(Base):
    """A reference rate: ``per_eur`` units of ``currency`` for 1 EUR on ``day`` (decimal
    text, as the ECB publishes), from ``source`` ('ecb' or 'entered')."""

    __tablename__ = "exchange_rates"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    per_eur: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(40), default="ecb")

    __table_args__ = (
        UniqueConstraint("day", "currency", "source", name="uq_exchange_rates_day_currency_source"),
    )


class TimeEntry(Base):
    __tablename__ = "time_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]  # None while the timer runs
    note: Mapped[str] = mapped_column(Text, default="")
    # The task of the order's plan the timer ran for (storage.plans); None: the order as a whole.
    plan_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_tasks.id", ondelete="SET NULL"), index=True
    )

    order: Mapped[Order] = relationship(back_populates="time_entries")

    __table_args__ = (
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="span"),
    )


class Deliverable(Base):
    __tablename__ = "deliverables"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DeliverableKind] = mapped_column(_enum(DeliverableKind, "deliverable_kind"))
    title: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None]

    order: Mapped[Order | None] = relationship(back_populates="deliverables")
    versions: Mapped[list[DeliverableVersion]] = relationship(
        back_populates="deliverable", order_by="DeliverableVersion.id",
        cascade="all, delete-orphan", passive_deletes=True,
    )


class DeliverableVersion(Base):
    __tablename__ = "deliverable_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    deliverable_id: Mapped[int] = mapped_column(
        ForeignKey("deliverables.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "version_origin"))
    model_id: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str | None] = mapped_column(Text)
    file_path: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    # Who wrote each character of `text`: storage.provenance.Authorship.to_json(); NULL for
    # versions written before it was kept (and for files).
    authorship: Mapped[str | None] = mapped_column(Text)

    deliverable: Mapped[Deliverable] = relationship(back_populates="versions")


class Setting(Base):
    """Small key/value preferences that belong to the store (home currency, time zone…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UrssafYear(Base):
    """Per-year figures of the French micro-entrepreneur regime, editable by the user."""

    __tablename__ = "urssaf_years"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    ceiling_services_minor: Mapped[int]
    ceiling_sales_minor: Mapped[int]
    vat_services_minor: Mapped[int]
    vat_services_tolerance_minor: Mapped[int]
    vat_sales_minor: Mapped[int]
    vat_sales_tolerance_minor: Mapped[int]
    rate_sales_bp: Mapped[int]
    rate_services_bic_bp: Mapped[int]
    rate_bnc_ssi_bp: Mapped[int]
    rate_bnc_cipav_bp: Mapped[int]
    vl_sales_bp: Mapped[int]
    vl_services_bic_bp: Mapped[int]
    vl_bnc_bp: Mapped[int]


class PromptTemplate(Base):
    """A writing template the user edited or added, in one language.

    The templates that ship with Atelier live in storage/data/templates.json; a row here with
    the same `key` and `language` replaces the shipped text (reset = delete the row). Keys of
    the user's own templates start with "my-", so they never collide with a shipped one.
    """

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(300))
    system: Mapped[str] = mapped_column(Text, default="")
    prompt: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("key", "language", name="uq_templates_key_language"),)


class DraftAutosave(Base):
    """The text of a draft's editor, overwritten every few seconds: what a crash would lose.

    `base_version_id` is the draft's latest version when the text was written; once a newer
    version exists the autosave is stale.
    """

    __tablename__ = "draft_autosaves"

    deliverable_id: Mapped[int] = mapped_column(
        ForeignKey("deliverables.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False,
    )
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
    base_version_id: Mapped[int | None]
    authorship: Mapped[str | None] = mapped_column(Text)  # as DeliverableVersion's



class BrainstormBoard(Base):
    """A brainstorm board: a brief (for an order, or on its own) and the ideas a chat model
    proposed for it, which the designer pins, discards, edits, varies and combines."""

    __tablename__ = "brainstorm_boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    brief: Mapped[str] = mapped_column(Text)
    audience: Mapped[str] = mapped_column(Text, default="")
    style: Mapped[str] = mapped_column(Text, default="")  # style keywords
    constraints: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    order: Mapped[Order | None] = relationship()
    rounds: Mapped[list[BrainstormRound]] = relationship(
        back_populates="board", order_by="BrainstormRound.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )
    ideas: Mapped[list[BrainstormIdea]] = relationship(
        back_populates="board", order_by="BrainstormIdea.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class BrainstormRound(Base):
    """One generation on a board (ideas, a variation or a combination): its settings and
    every answer the model gave, kept as written (JSON list of {purpose, seed, text})."""

    __tablename__ = "brainstorm_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(
        ForeignKey("brainstorm_boards.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(16), default="ideas")  # ideas, vary, combine
    model: Mapped[str] = mapped_column(String(300), default="")
    temperature: Mapped[str] = mapped_column(String(16), default="")  # decimal text
    seed: Mapped[int | None]
    requested: Mapped[int] = mapped_column(default=0)
    dropped: Mapped[int] = mapped_column(default=0)  # near-duplicates dropped
    raw_output: Mapped[str] = mapped_column(Text, default="")
    stopped: Mapped[bool] = mapped_column(Boolean, default=False)

    board: Mapped[BrainstormBoard] = relationship(back_populates="rounds")


class BrainstormIdea(Base):
    """A card on a board: structured fields as JSON text (``data``), or, for an answer that
    could not be read, the model's text (``raw_text``, with ``data`` empty)."""

    __tablename__ = "brainstorm_ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(
        ForeignKey("brainstorm_boards.id", ondelete="CASCADE"), index=True
    )
    round_id: Mapped[int | None] = mapped_column(
        ForeignKey("brainstorm_rounds.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[str] = mapped_column(Text, default="")
    raw_text: Mapped[str] = mapped_column(Text, default="")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    discarded: Mapped[bool] = mapped_column(Boolean, default=False)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)  # edited by hand
    notes: Mapped[str] = mapped_column(Text, default="")
    parent_ids: Mapped[str] = mapped_column(String(200), default="")  # "3,5": varied/combined
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    board: Mapped[BrainstormBoard] = relationship(back_populates="ideas")


# The history is append-only: the database itself refuses to rewrite it.
ORDER_EVENTS_NO_UPDATE = """
CREATE TRIGGER order_events_no_update BEFORE UPDATE ON order_events
BEGIN SELECT RAISE(ABORT, 'order history is append-only'); END
"""
event.listen(OrderEvent.__table__, "after_create", DDL(ORDER_EVENTS_NO_UPDATE))

# Derived tables (search index, report rollups) come with the tables they follow.
for _statement in derived.ORDERS_FTS:
    event.listen(Order.__table__, "after_create", DDL(_statement))
for _statement in derived.ROLLUPS[:4]:
    event.listen(Payment.__table__, "after_create", DDL(_statement))
for _statement in derived.ROLLUPS[4:]:
    event.listen(TimeEntry.__table__, "after_create", DDL(_statement))


# --- translation projects, translation memory, glossary (storage.translation) ---------------


class SegmentStatus(enum.StrEnum):
    """Where a segment's translation comes from: nothing yet, an exact translation-memory
    match, the model (unconfirmed), a person's edit, or a person's confirmation."""

    NEW = "new"
    TM = "tm"
    MT = "mt"
    EDITED = "edited"
    CONFIRMED = "confirmed"


class TranslationProject(Base):
    """A translation job: a language pair, its files and their segments, optionally for an
    order. ``rules`` is the project's segmentation rules as JSON (``SegmentationRules.to_dict``;
    empty: the defaults)."""

    __tablename__ = "translation_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    source_lang: Mapped[str] = mapped_column(String(16))
    target_lang: Mapped[str] = mapped_column(String(16))
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), index=True
    )
    rules: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    order: Mapped[Order | None] = relationship()
    files: Mapped[list[TranslationFile]] = relationship(
        back_populates="project", order_by="TranslationFile.id", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class TranslationFile(Base):
    """A client's file in a project: its original bytes (export reads them again), kept in
    the store so that it stays on the machine and goes into backups with its segments."""

    __tablename__ = "translation_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("translation_projects.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    format: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    segment_count: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")  # remarks made while reading it
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    project: Mapped[TranslationProject] = relationship(back_populates="files")

    __table_args__ = (
        UniqueConstraint("project_id", "name", name="uq_translation_files_project_name"),
    )


class TranslationSegment(Base):
    """One segment of a file (``key`` is ``storage.documents.Segment.id``) with its
    translation. ``matches`` holds the fuzzy translation-memory suggestions as JSON (a list of
    {score, source, target, unit_id}), best first; ``tm_score`` the best score (100 for an
    exact match). ``mt`` keeps the model's last translation even after a person edits it."""

    __tablename__ = "translation_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(  # indexed by the unique (file_id, position)
        ForeignKey("translation_files.id", ondelete="CASCADE")
    )
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    plural_of: Mapped[str | None] = mapped_column(String(200))
    max_length: Mapped[int | None]
    tags: Mapped[str] = mapped_column(Text, default="")  # JSON object, placeholder → label
    target: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SegmentStatus] = mapped_column(
        _enum(SegmentStatus, "segment_status"), default=SegmentStatus.NEW)
    tm_score: Mapped[int | None]
    matches: Mapped[str] = mapped_column(Text, default="")
    mt: Mapped[str | None] = mapped_column(Text)
    # who pre-translated an ``mt`` segment: "" the local model, "<engine>/<model>" a server
    mt_engine: Mapped[str] = mapped_column(String(300), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    file: Mapped[TranslationFile] = relationship()

    __table_args__ = (
        UniqueConstraint("file_id", "position", name="uq_translation_segments_file_position"),
        UniqueConstraint("file_id", "key", name="uq_translation_segments_file_key"),
    )


class TranslationUnit(Base):
    """A translation-memory unit of a language pair (primary language subtags: ``fr``,
    ``en``). ``source_key`` is the normalised source (white space collapsed, placeholders
    kept) that exact matches compare; one unit per source and pair (the latest translation
    wins). ``origin`` says where it came from (``project``, ``tmx:<file name>``)."""

    __tablename__ = "translation_units"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(16))
    target_lang: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    source_key: Mapped[str] = mapped_column(Text)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("translation_projects.id", ondelete="SET NULL"), index=True
    )
    origin: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_at: Mapped[datetime | None]
    use_count: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("source_lang", "target_lang", "source_key",
                         name="uq_translation_units_pair_source"),
    )


class GlossaryTerm(Base):
    """A glossary entry of a language pair: a source term and its translation. ``required``:
    quality checks report a target that lacks it; ``case_sensitive``: matched as written
    (otherwise case and accents are ignored)."""

    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(16))
    target_lang: Mapped[str] = mapped_column(String(16))
    source_term: Mapped[str] = mapped_column(String(300))
    target_term: Mapped[str] = mapped_column(String(300))
    note: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    case_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (
        UniqueConstraint("source_lang", "target_lang", "source_term", "target_term",
                         name="uq_glossary_terms_pair_terms"),
    )


class RuleFigure(Base):
    """A dated legal or tax figure of a status (Morocco, Québec, France…), editable by the user,
    with the public source it was checked against. A figure applies from `year` until a later
    year's row replaces it (storage/rules.py); the shipped ones are storage/data/rules/*.json."""

    __tablename__ = "rule_figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    jurisdiction: Mapped[str] = mapped_column(String(8))  # FR, MA, QC
    year: Mapped[int]
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[int]  # minor units of `unit` when a currency, basis points when "bp"
    unit: Mapped[str] = mapped_column(String(8))  # MAD, CAD, EUR, bp, day, count
    source: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[date | None] = mapped_column(Date)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)  # changed by the user

    __table_args__ = (
        UniqueConstraint("jurisdiction", "year", "key",
                         name="uq_rule_figures_jurisdiction_year_key"),
    )


class Expense(Base):
    """A business expense typed by the user (the Québec T2125 / TP-80 summary deducts them)."""

    __tablename__ = "expenses"

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[date] = mapped_column(Date, index=True)
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    category: Mapped[str] = mapped_column(String(40))  # a T2125 line: office, software…
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


#: declaration kinds whose marking done locks the period in the receipts book (storage/receipts.py)
LOCKING_KINDS = ("urssaf", "dgi", "gst_qst")


class Declaration(Base):
    """A period's declaration (URSSAF, DGI, GST/QST, instalment) marked done by the person.
    A declaration marked done locks its period in the receipts book."""

    __tablename__ = "declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # urssaf, dgi, gst_qst, instalment, …
    period_key: Mapped[str] = mapped_column(String(20))  # 2026-Q1, 2026-03, 2026
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime]
    currency: Mapped[str] = mapped_column(String(3))
    amounts: Mapped[str] = mapped_column(Text, default="{}")  # JSON: figure name → minor units
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("kind", "period_key", name="uq_declarations_kind_period_key"),
    )


class ReceiptEntry(Base):
    """A line of the receipts book, written when its period was locked, or a dated correction
    written later: a locked line is never rewritten."""

    __tablename__ = "receipt_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int | None] = mapped_column(
        ForeignKey("declarations.id", ondelete="SET NULL"), index=True)
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payments.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # receipt, correction
    received_on: Mapped[date] = mapped_column(Date, index=True)
    client: Mapped[str] = mapped_column(String(200), default="")
    nature: Mapped[str] = mapped_column(Text, default="")
    amount_minor: Mapped[int]
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(60), default="")
    reference: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


# --- quotes, invoices, credit notes (issue 17, storage/invoicing) -----------------------------


class Document(Base):
    """A quote, invoice, deposit invoice or credit note. A draft (state "draft") has no number
    and may be edited or deleted; once issued, the database refuses any change to its content
    and lines (triggers below): only its state may move as `DOCUMENT_STATES` says, and a
    credit note corrects it. `seller` and `buyer` are JSON snapshots of the parties taken at
    issue (storage/invoicing/model.Party), so a later edit of the identity or the client never
    changes an issued document. An `external` document is one a platform issued (Malt,
    ComeUp…): its number is the platform's and `file_path` the copy kept in the data folder."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # quote, invoice, deposit, credit_note
    state: Mapped[str] = mapped_column(String(16), default="draft")
    series: Mapped[str] = mapped_column(String(16), default="invoice")  # invoice, quote, external
    year: Mapped[int | None]
    seq: Mapped[int | None]  # the number's place in its series and year
    number: Mapped[str | None] = mapped_column(String(60))
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), index=True)
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="RESTRICT"), index=True)
    quote_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="RESTRICT"), index=True)
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="RESTRICT"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8), default="fr")
    issue_date: Mapped[date | None] = mapped_column(Date)
    service_start: Mapped[date | None] = mapped_column(Date)
    service_end: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    payment_terms: Mapped[str] = mapped_column(Text, default="")
    late_penalty_text: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(16), default="services")  # goods, services, mixed
    status: Mapped[str] = mapped_column(String(16), default="")  # the seller's status at issue
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_number: Mapped[str] = mapped_column(String(120), default="")
    file_path: Mapped[str] = mapped_column(Text, default="")
    seller: Mapped[str] = mapped_column(Text, default="")  # JSON, taken at issue
    buyer: Mapped[str] = mapped_column(Text, default="")  # JSON, taken at issue
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_at: Mapped[datetime | None]

    lines: Mapped[list[DocumentLine]] = relationship(
        back_populates="document", order_by="DocumentLine.position",
        cascade="all, delete-orphan", passive_deletes=True)

    __table_args__ = (
        UniqueConstraint("series", "year", "seq", name="uq_documents_series_year_seq"),
        CheckConstraint("kind IN ('quote', 'invoice', 'deposit', 'credit_note')", name="kind"),
        CheckConstraint("state IN ('draft', 'issued', 'accepted', 'declined', 'cancelled')",
                        name="state"),
        CheckConstraint("state != 'draft' OR number IS NULL", name="draft_has_no_number"),
    )


class DocumentLine(Base):
    """A line of a document: quantity as decimal text, prices in minor units, rates in bp."""

    __tablename__ = "document_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[str] = mapped_column(String(40), default="1")
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price_minor: Mapped[int]
    discount_minor: Mapped[int] = mapped_column(default=0)
    vat_category: Mapped[str] = mapped_column(String(4), default="E")
    vat_rate_bp: Mapped[int] = mapped_column(default=0)
    gst_rate_pcm: Mapped[int] = mapped_column(default=0)
    qst_rate_pcm: Mapped[int] = mapped_column(default=0)

    document: Mapped[Document] = relationship(back_populates="lines")


class DocumentPayment(Base):
    """Part of a payment (`amount_minor`, in the document's currency) settling an invoice."""

    __tablename__ = "document_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payments.id", ondelete="CASCADE"), index=True)
    amount_minor: Mapped[int]
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("document_id", "payment_id", name="uq_document_payments_document_payment"),
    )


class DocumentSeries(Base):
    """The last number given in a series (invoice, quote) and year: numbers are continuous."""

    __tablename__ = "document_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(16))
    year: Mapped[int]
    last: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("series", "year", name="uq_document_series_series_year"),
    )


#: What an issued document's state may become (a draft becomes "issued" by storage.invoicing).
DOCUMENT_STATES = {"issued": ("accepted", "declined", "cancelled"), "accepted": ("cancelled",)}
#: The columns of an issued document the database refuses to change.
DOCUMENT_CONTENT = (
    "kind", "series", "year", "seq", "number", "client_id", "order_id", "quote_id", "corrects_id",
    "currency", "language", "issue_date", "service_start", "service_end", "due_date",
    "valid_until", "payment_terms", "late_penalty_text", "category", "status", "external",
    "platform_number", "file_path", "seller", "buyer", "notes", "created_at", "issued_at")
# The database itself refuses to rewrite an issued document, even from another program: these
# triggers are copied as they are into migration 0010 (keep both the same).
DOCUMENT_TRIGGERS = (
    ("documents_issued_no_update", """
CREATE TRIGGER documents_issued_no_update BEFORE UPDATE ON documents
WHEN OLD.state != 'draft' AND (OLD.id IS NOT NEW.id
  OR OLD.kind IS NOT NEW.kind OR OLD.series IS NOT NEW.series OR OLD.year IS NOT NEW.year
  OR OLD.seq IS NOT NEW.seq OR OLD.number IS NOT NEW.number
  OR OLD.client_id IS NOT NEW.client_id OR OLD.order_id IS NOT NEW.order_id
  OR OLD.quote_id IS NOT NEW.quote_id OR OLD.corrects_id IS NOT NEW.corrects_id
  OR OLD.currency IS NOT NEW.currency OR OLD.language IS NOT NEW.language
  OR OLD.issue_date IS NOT NEW.issue_date OR OLD.service_start IS NOT NEW.service_start
  OR OLD.service_end IS NOT NEW.service_end OR OLD.due_date IS NOT NEW.due_date
  OR OLD.valid_until IS NOT NEW.valid_until OR OLD.payment_terms IS NOT NEW.payment_terms
  OR OLD.late_penalty_text IS NOT NEW.late_penalty_text OR OLD.category IS NOT NEW.category
  OR OLD.status IS NOT NEW.status OR OLD.external IS NOT NEW.external
  OR OLD.platform_number IS NOT NEW.platform_number OR OLD.file_path IS NOT NEW.file_path
  OR OLD.seller IS NOT NEW.seller OR OLD.buyer IS NOT NEW.buyer OR OLD.notes IS NOT NEW.notes
  OR OLD.created_at IS NOT NEW.created_at OR OLD.issued_at IS NOT NEW.issued_at
  OR (NEW.state IS NOT OLD.state AND NOT (
      (OLD.state = 'issued' AND NEW.state IN ('accepted', 'declined', 'cancelled'))
      OR (OLD.state = 'accepted' AND NEW.state = 'cancelled'))))
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');
END
"""),
    ("documents_issued_no_delete", """
CREATE TRIGGER documents_issued_no_delete BEFORE DELETE ON documents
WHEN OLD.state != 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be deleted: a credit note corrects it');
END
"""),
    ("document_lines_issued_no_insert", """
CREATE TRIGGER document_lines_issued_no_insert BEFORE INSERT ON document_lines
WHEN (SELECT state FROM documents WHERE id = NEW.document_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');
END
"""),
    ("document_lines_issued_no_update", """
CREATE TRIGGER document_lines_issued_no_update BEFORE UPDATE ON document_lines
WHEN (SELECT state FROM documents WHERE id = OLD.document_id) != 'draft'
  OR (SELECT state FROM documents WHERE id = NEW.document_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');
END
"""),
    ("document_lines_issued_no_delete", """
CREATE TRIGGER document_lines_issued_no_delete BEFORE DELETE ON document_lines
WHEN (SELECT state FROM documents WHERE id = OLD.document_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'an issued document cannot be changed: a credit note corrects it');
END
"""),
)
for _name, _sql in DOCUMENT_TRIGGERS:
    event.listen(DocumentLine.__table__ if _name.startswith("document_lines") else
                 Document.__table__, "after_create", DDL(_sql))


# --- the opportunity inbox and order plans (storage.matching, storage.opportunities, -------
# --- storage.plans) ---------------------------------------------------------------------


class OpportunityStatus(enum.StrEnum):
    NEW = "new"
    PROPOSAL_SENT = "proposal_sent"
    WON = "won"
    LOST = "lost"


class MatchPassage(Base):
    """A piece of the person's own text that a buyer request is matched against: a gig, a
    package, an order's title and brief, a deliverable's latest text. Derived (rebuilt from
    those tables by storage.match_index), never exported; ``match_fts`` indexes its words."""

    __tablename__ = "match_passages"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # gig, package, order, deliverable
    source_id: Mapped[int]
    chunk: Mapped[int] = mapped_column(default=0)  # a long text is cut into several passages
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))  # sha256 of text: changed → re-embedded

    __table_args__ = (
        UniqueConstraint("source", "source_id", "chunk",
                         name="uq_match_passages_source_source_id_chunk"),
    )


class PassageVector(Base):
    """A passage's sentence embedding by one model: float32 little-endian, normalised."""

    __tablename__ = "passage_vectors"

    passage_id: Mapped[int] = mapped_column(
        ForeignKey("match_passages.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    dims: Mapped[int]
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class Opportunity(Base):
    """A buyer request, job post or e-mail the person pasted into the inbox, and what became
    of it: a proposal sent, an order won, or lost (with the reason)."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="")
    platform_id: Mapped[int | None] = mapped_column(
        ForeignKey("platforms.id", ondelete="SET NULL"), index=True
    )
    client_name: Mapped[str] = mapped_column(String(200), default="")
    gig_id: Mapped[int | None] = mapped_column(
        ForeignKey("gigs.id", ondelete="SET NULL"), index=True
    )
    package_id: Mapped[int | None] = mapped_column(
        ForeignKey("gig_packages.id", ondelete="SET NULL")
    )
    budget_minor: Mapped[int | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[OpportunityStatus] = mapped_column(
        _enum(OpportunityStatus, "opportunity_status"), default=OpportunityStatus.NEW, index=True
    )
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id", ondelete="SET NULL"), index=True
    )
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliverables.id", ondelete="SET NULL")
    )
    # The red flags found when it was added: JSON [{"kind": …, "text": …}]
    flags: Mapped[str] = mapped_column(Text, default="[]")
    received_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    platform: Mapped[Platform | None] = relationship()
    gig: Mapped[Gig | None] = relationship()
    package: Mapped[GigPackage | None] = relationship()
    order: Mapped[Order | None] = relationship()

    __table_args__ = (
        CheckConstraint("budget_minor IS NULL OR budget_minor >= 0", name="budget"),
    )


class PlanTask(Base):
    """One small task of an order's plan (a checklist), with its estimate and where the
    estimate came from; ticked off on the order panel."""

    __tablename__ = "plan_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(300))
    estimate_minutes: Mapped[int] = mapped_column(default=0)
    # How the estimate was made, in words the person reads ("from 4 similar orders"…): a
    # storage.phrases key and its values as JSON, worded by the app.
    estimate_source: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "plan_task_origin"), default=Origin.HUMAN)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("estimate_minutes >= 0", name="estimate"),
    )


for _statement in derived.MATCH_FTS:
    event.listen(MatchPassage.__table__, "after_create", DDL(_statement))


# --- inference servers (storage.engines) and what was sent to them (storage.privacy) ------


class EngineRow(Base):
    """An OpenAI-compatible server the person added. Its API key is in the keyring only."""

    __tablename__ = "engines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    base_url: Mapped[str] = mapped_column(String(500))  # normalised: ends with /v1
    kind: Mapped[str] = mapped_column(String(16), default="openai")  # openai, ollama
    timeout_s: Mapped[int] = mapped_column(default=60)
    ca_file: Mapped[str] = mapped_column(Text, default="")  # a CA certificate (PEM) to trust
    # sha256 (hex) of the self-signed certificate the person chose to accept; "" for none
    pinned_sha256: Mapped[str] = mapped_column(String(64), default="")
    context_tokens: Mapped[int] = mapped_column(default=8192)  # Ollama's num_ctx
    has_key: Mapped[bool] = mapped_column(Boolean, default=False)  # a key is in the keyring
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        CheckConstraint("timeout_s > 0", name="timeout"),
        CheckConstraint("context_tokens > 0", name="context"),
    )


class SentRecord(Base):
    """One request that left the machine: when, for which task, to which engine, how many
    characters. Never the content."""

    __tablename__ = "sent_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    task: Mapped[str] = mapped_column(String(32))  # draft, rewrite, brainstorm, translate…
    engine: Mapped[str] = mapped_column(String(60))
    base_url: Mapped[str] = mapped_column(String(500))
    model: Mapped[str] = mapped_column(String(200), default="")
    characters: Mapped[int] = mapped_column(default=0)

    __table_args__ = (CheckConstraint("characters >= 0", name="characters"),)
