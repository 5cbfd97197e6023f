"""Read helpers for the orders list and an order's detail. Plain SQLAlchemy, no Qt.

The orders list reads one page at a time: first the ids of the page, in the order asked for
(only the `orders` table, and `clients` or `gigs` when sorting by them), then the columns
shown for those ids. Filters use the indexes on status, (status, due_at), platform_id and
client_id, and the orders_fts index for words, so a page costs a few milliseconds on a store
of 100,000 orders.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session, selectinload

from storage.fees import Received, received_from
from storage.orders import OPEN_STATES, TRANSITIONS, WORK_PENDING_STATES
from storage.search import order_search_clause
from storage.tables import (
    Client,
    Deliverable,
    DeliverableKind,
    DeliverableVersion,
    Gig,
    Order,
    OrderEvent,
    OrderStatus,
    Payment,
    Platform,
    TimeEntry,
)

PAGE_SIZE = 200

#: status filters that are not a single status
ALL, OPEN, LATE = "all", "open", "late"

#: what the orders list can be sorted by
SORT_KEYS = ("title", "client", "gig", "status", "due", "price", "net", "received")

_WORKFLOW = {status: i for i, status in enumerate(TRANSITIONS)}


@dataclass(frozen=True)
class OrderFilter:
    """What the orders list shows: a status filter, a platform, a client and words."""

    status: str = ALL  # ALL, OPEN, LATE or an OrderStatus value
    platform_id: int | None = None
    client_id: int | None = None
    text: str = ""

    def is_default(self) -> bool:
        return self == OrderFilter()


@dataclass(frozen=True)
class OrderRow:
    """One line of the orders list."""

    id: int
    title: str
    client: str
    gig: str | None
    platform_id: int
    status: OrderStatus
    received_at: datetime
    due_at: datetime | None
    delivered_at: datetime | None
    completed_at: datetime | None
    cancelled_at: datetime | None
    price_minor: int
    currency: str
    # What its payments say it brought (None before any payment: the net is the expected).
    received: Received | None = None


def _values(states: frozenset[OrderStatus]) -> list[str]:
    return sorted(s.value for s in states)


def filter_clauses(flt: OrderFilter, now: datetime) -> list[ColumnElement[bool]]:
    """WHERE clauses on Order for `flt`; `now` decides what is late."""
    where: list[ColumnElement[bool]] = []
    if flt.status == OPEN:
        where.append(Order.status.in_(_values(OPEN_STATES)))
    elif flt.status == LATE:
        where.append(Order.status.in_(_values(WORK_PENDING_STATES)))
        where.append(Order.due_at < now)
    elif flt.status != ALL:
        where.append(Order.status == OrderStatus(flt.status))
    if flt.platform_id is not None:
        where.append(Order.platform_id == flt.platform_id)
    if flt.client_id is not None:
        where.append(Order.client_id == flt.client_id)
    words = order_search_clause(flt.text) if flt.text else None
    if words is not None:
        where.append(words)
    return where


def count_orders(s: Session, flt: OrderFilter, now: datetime) -> int:
    """How many orders `flt` shows."""
    return s.scalar(select(func.count()).select_from(Order).where(*filter_clauses(flt, now))) or 0


def _net_expression() -> ColumnElement[int]:
    """SQL for storage.fees.platform_fee's net (price minus the platform's cut, rounded half
    up), NULL when the platform has no fee entered. Needs `platforms` joined."""
    cut = (Order.price_minor * Platform.fee_bp + 5000) / 10000 + Platform.fee_fixed_minor
    return case(
        (Platform.fee_bp.is_(None), None),
        (Order.price_minor == 0, literal(0)),
        else_=Order.price_minor - cut,
    )


def _order_by(key: str, descending: bool) -> list[ColumnElement[object]]:
    """ORDER BY terms for a sort key; NULLs always last, ties broken by id. (Due date
    ascending, the default, is `_urgent_first_ids`.)"""
    if key not in SORT_KEYS:
        raise ValueError(f"unknown sort key {key!r}")
    tie = Order.id.desc() if descending else Order.id.asc()
    expr: ColumnElement[object]
    if key == "title":
        expr = Order.title.collate("NOCASE")
    elif key == "client":
        expr = Client.name.collate("NOCASE")
    elif key == "gig":
        expr = Gig.title.collate("NOCASE")
    elif key == "status":
        expr = case(_WORKFLOW, value=Order.status)
    elif key == "due":
        expr = Order.due_at
    elif key == "price":
        expr = Order.price_minor
    elif key == "net":
        expr = _net_expression()
    else:
        expr = Order.received_at
    return [(expr.desc() if descending else expr.asc()).nulls_last(), tie]


def order_page_ids(
    s: Session, flt: OrderFilter, now: datetime, *, sort: str = "due", descending: bool = False,
    offset: int = 0, limit: int = PAGE_SIZE,
) -> list[int]:
    """The ids of one page of the orders list, in display order."""
    where = filter_clauses(flt, now)
    if sort == "due" and not descending:
        return _urgent_first_ids(s, where, offset, limit)
    query = select(Order.id).where(*where)
    if sort == "client":
        query = query.join(Client, Client.id == Order.client_id)
    elif sort == "gig":
        query = query.outerjoin(Gig, Gig.id == Order.gig_id)
    elif sort == "net":
        query = query.join(Platform, Platform.id == Order.platform_id)
    query = query.order_by(*_order_by(sort, descending)).limit(limit).offset(offset)
    return list(s.scalars(query))


def _urgent_first_ids(s: Session, where: list[ColumnElement[bool]], offset: int,
                      limit: int) -> list[int]:
    """The default order (open orders by due date, then finished ones, newest first) read as
    two indexed queries, so a page costs the same at any depth: the open orders are few, and
    the finished ones are walked on the due_at index."""
    is_open = Order.status.in_(_values(OPEN_STATES))
    n_open = s.scalar(select(func.count()).select_from(Order).where(*where, is_open)) or 0
    ids: list[int] = []
    if offset < n_open:
        ids += s.scalars(select(Order.id).where(*where, is_open)
                         .order_by(Order.due_at.asc().nulls_last(), Order.id.desc())
                         .offset(offset).limit(limit))
    if len(ids) < limit:
        ids += s.scalars(select(Order.id).where(*where, ~is_open)
                         .order_by(Order.due_at.desc().nulls_last(), Order.id.desc())
                         .offset(max(offset - n_open, 0)).limit(limit - len(ids)))
    return ids


def order_rows(s: Session, ids: Sequence[int]) -> list[OrderRow]:
    """The list's columns for `ids`, in the same order."""
    if not ids:
        return []
    query = (
        select(Order.id, Order.title, Client.name, Gig.title, Order.platform_id, Order.status,
               Order.received_at, Order.due_at, Order.delivered_at, Order.completed_at,
               Order.cancelled_at, Order.price_minor, Order.currency)
        .join(Client, Client.id == Order.client_id)
        .outerjoin(Gig, Gig.id == Order.gig_id)
        .where(Order.id.in_(ids))
    )
    by_id = {r[0]: OrderRow(*r) for r in s.execute(query)}
    paid: dict[int, list[tuple[object, ...]]] = {}
    for order_id, *sums in s.execute(
            select(Payment.order_id, Payment.currency, func.sum(Payment.amount_minor),
                   func.sum(Payment.fee_minor), Payment.home_currency,
                   func.sum(Payment.home_amount_minor), func.sum(Payment.home_fee_minor))
            .where(Payment.order_id.in_(list(by_id)))
            .group_by(Payment.order_id, Payment.currency, Payment.home_currency)):
        paid.setdefault(order_id, []).append(tuple(sums))
    for order_id, sums in paid.items():
        row = by_id[order_id]
        by_id[order_id] = replace(row, received=received_from(sums, row.currency))
    return [by_id[i] for i in ids if i in by_id]


def order_page(
    s: Session, flt: OrderFilter, now: datetime, *, sort: str = "due", descending: bool = False,
    offset: int = 0, limit: int = PAGE_SIZE,
) -> list[OrderRow]:
    """One page of the orders list: `limit` rows from `offset`, filtered and sorted."""
    ids = order_page_ids(s, flt, now, sort=sort, descending=descending, offset=offset,
                         limit=limit)
    return order_rows(s, ids)


def platforms_by_id(s: Session) -> dict[int, Platform]:
    """Every platform (a handful), to compute fees and names without a query per row."""
    platforms = list(s.scalars(select(Platform)))
    for p in platforms:
        s.expunge(p)
    return {p.id: p for p in platforms}


def client_choices(s: Session) -> list[tuple[int, str]]:
    """(id, name) of every client, by name."""
    return [(i, n) for i, n in s.execute(
        select(Client.id, Client.name).order_by(Client.name.collate("NOCASE"), Client.id))]


def platform_choices(s: Session) -> list[tuple[int, str]]:
    return [(i, n) for i, n in s.execute(
        select(Platform.id, Platform.name).order_by(Platform.name.collate("NOCASE")))]


def gigs_with_packages(s: Session) -> list[Gig]:
    """Every gig with its packages loaded (detached: safe to read after the session)."""
    gigs = list(s.scalars(select(Gig).options(selectinload(Gig.packages))
                          .order_by(Gig.title.collate("NOCASE"))))
    for g in gigs:
        s.expunge(g)
    return gigs


# --- one order's detail -----------------------------------------------------------------------


@dataclass
class DeliverableLine:
    id: int
    title: str
    versions: int
    created_at: datetime
    delivered_at: datetime | None
    kind: DeliverableKind = DeliverableKind.TEXT


@dataclass
class OrderDetail:
    """An order with everything its detail panel shows, loaded in one session."""

    order: Order
    events: list[OrderEvent]  # newest first
    payments: list[Payment]  # newest first
    deliverables: list[DeliverableLine]
    tracked_seconds: int  # finished time entries
    running: TimeEntry | None  # the entry whose timer runs, if any
    tips_minor: list[int] = field(default_factory=list)

    def tracked_at(self, now: datetime) -> timedelta:
        """All the time tracked on the order, the running timer included."""
        total = timedelta(seconds=self.tracked_seconds)
        if self.running is not None:
            total += max(now - self.running.started_at, timedelta(0))
        return total


def order_detail(s: Session, order_id: int) -> OrderDetail | None:
    """Load an order and its history, payments, deliverables and tracked time."""
    order = s.scalars(
        select(Order).where(Order.id == order_id).options(
            selectinload(Order.client), selectinload(Order.platform), selectinload(Order.gig),
            selectinload(Order.package))
    ).one_or_none()
    if order is None:
        return None
    events = list(s.scalars(select(OrderEvent).where(OrderEvent.order_id == order_id)
                            .order_by(OrderEvent.at.desc(), OrderEvent.id.desc())))
    payments = list(s.scalars(select(Payment).where(Payment.order_id == order_id)
                              .order_by(Payment.received_at.desc(), Payment.id.desc())))
    versions = (select(func.count()).where(DeliverableVersion.deliverable_id == Deliverable.id)
                .scalar_subquery())
    deliverables = [DeliverableLine(*r) for r in s.execute(
        select(Deliverable.id, Deliverable.title, versions, Deliverable.created_at,
               Deliverable.delivered_at, Deliverable.kind)
        .where(Deliverable.order_id == order_id).order_by(Deliverable.id))]
    seconds = s.scalar(
        select(func.sum(func.round((func.julianday(TimeEntry.ended_at)
                                    - func.julianday(TimeEntry.started_at)) * 86400)))
        .where(TimeEntry.order_id == order_id, TimeEntry.ended_at.is_not(None)))
    running = s.scalars(select(TimeEntry).where(TimeEntry.order_id == order_id,
                                                TimeEntry.ended_at.is_(None))
                        .order_by(TimeEntry.started_at.desc())).first()
    tips = [p.amount_minor + p.fee_minor for p in payments if p.kind.value == "tip"]
    s.expunge_all()
    return OrderDetail(order, events, payments, deliverables, int(seconds or 0), running, tips)


# --- time tracking ------------------------------------------------------------------------------


def running_timer(s: Session) -> TimeEntry | None:
    """The time entry whose timer runs (at most one across orders), if any."""
    return s.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))
                     .order_by(TimeEntry.started_at.desc())).first()


def start_timer(s: Session, order_id: int, now: datetime) -> TimeEntry:
    """Start tracking time on an order; a timer running on another order stops first."""
    for entry in s.scalars(select(TimeEntry).where(TimeEntry.ended_at.is_(None))):
        if entry.order_id == order_id:
            return entry
        entry.ended_at = max(now, entry.started_at)
    entry = TimeEntry(order_id=order_id, started_at=now)
    s.add(entry)
    s.flush()
    return entry


def stop_timer(s: Session, order_id: int, now: datetime) -> TimeEntry | None:
    """Stop the order's running timer; returns the finished entry (None if none ran)."""
    entry = s.scalars(select(TimeEntry).where(TimeEntry.order_id == order_id,
                                              TimeEntry.ended_at.is_(None))).first()
    if entry is not None:
        entry.ended_at = max(now, entry.started_at)
        s.flush()
    return entry


__all__ = [
    "ALL", "LATE", "OPEN", "PAGE_SIZE", "SORT_KEYS", "OrderDetail", "OrderFilter", "OrderRow",
    "client_choices", "count_orders", "filter_clauses", "gigs_with_packages", "order_detail",
    "order_page", "order_page_ids", "order_rows", "platform_choices", "platforms_by_id",
    "running_timer", "start_timer", "stop_timer",
]
