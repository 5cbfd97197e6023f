"""Order rules: the status machine, validation, due dates, lateness. Plain Python, no Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import settings
from storage.defaults import default_settings
from storage.errors import TransitionError, ValidationError
from storage.money import check_amount, check_currency
from storage.periods import check_datetime
from storage.phrases import Phrase
from storage.tables import (
    Activity,
    Client,
    Gig,
    GigPackage,
    Order,
    OrderEvent,
    OrderStatus,
    Platform,
    utcnow,
)

S = OrderStatus

STATUS_LABELS: dict[str, str] = {
    S.AWAITING_REQUIREMENTS: "awaiting requirements",
    S.IN_PROGRESS: "in progress",
    S.DELIVERED: "delivered",
    S.REVISION_REQUESTED: "revision requested",
    S.COMPLETED: "completed",
    S.CANCELLED: "cancelled",
    S.DISPUTED: "disputed",
}

# What the platforms allow. Cancelled and disputed are reachable from every open state;
# a dispute ends with the work resumed, the order completed, or cancelled.
TRANSITIONS: dict[OrderStatus, tuple[OrderStatus, ...]] = {
    S.AWAITING_REQUIREMENTS: (S.IN_PROGRESS, S.CANCELLED, S.DISPUTED),
    S.IN_PROGRESS: (S.DELIVERED, S.CANCELLED, S.DISPUTED),
    S.DELIVERED: (S.REVISION_REQUESTED, S.COMPLETED, S.CANCELLED, S.DISPUTED),
    S.REVISION_REQUESTED: (S.IN_PROGRESS, S.DELIVERED, S.CANCELLED, S.DISPUTED),
    S.DISPUTED: (S.IN_PROGRESS, S.COMPLETED, S.CANCELLED),
    S.COMPLETED: (),
    S.CANCELLED: (),
}
FINAL_STATES = frozenset(s for s, nxt in TRANSITIONS.items() if not nxt)
OPEN_STATES = frozenset(TRANSITIONS) - FINAL_STATES
# Open and still waiting on the freelancer's work: these can be late.
WORK_PENDING_STATES = frozenset(
    {S.AWAITING_REQUIREMENTS, S.IN_PROGRESS, S.REVISION_REQUESTED}
)


def allowed_transitions(status: OrderStatus | str) -> tuple[OrderStatus, ...]:
    return TRANSITIONS[OrderStatus(status)]


def check_transition(current: OrderStatus | str, target: OrderStatus | str) -> None:
    cur, tgt = OrderStatus(current), OrderStatus(target)
    if tgt not in TRANSITIONS[cur]:
        allowed = TRANSITIONS[cur]
        if allowed:
            hint = (f" From “{STATUS_LABELS[cur]}” it can go to: "
                    f"{', '.join(STATUS_LABELS[a] for a in allowed)}.")
        else:
            hint = f" “{STATUS_LABELS[cur]}” is final."
        raise TransitionError(cur, tgt, allowed, f"An order cannot go from “{STATUS_LABELS[cur]}” "
                              f"to “{STATUS_LABELS[tgt]}”.{hint}")


def _require_aware(value: datetime | None, field: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValidationError(field, "The date needs a time zone.")


@dataclass
class OrderFields:
    """The editable fields of an order, validated together before anything is written."""

    client_id: int
    platform_id: int
    title: str
    price_minor: int
    currency: str
    received_at: datetime
    due_at: datetime | None = None
    gig_id: int | None = None
    package_id: int | None = None
    brief: str = ""
    external_ref: str = ""
    notes: str = ""
    activity: Activity | None = None
    revisions_used: int = 0


EDITABLE = (
    "client_id", "platform_id", "title", "price_minor", "currency", "received_at", "due_at",
    "gig_id", "package_id", "brief", "external_ref", "notes", "activity", "revisions_used",
)


def validate(s: Session, f: OrderFields) -> OrderFields:
    """Check every field; fill the due date from the package. Raises ValidationError."""
    f.title = (f.title or "").strip()
    if not f.title:
        raise ValidationError("title", "An order needs a title.")
    if len(f.title) > 300:
        raise ValidationError("title", "The title is too long (300 characters at most).")
    f.currency = check_currency(f.currency)
    if not isinstance(f.price_minor, int) or isinstance(f.price_minor, bool):
        raise ValidationError("price", "The price must be a whole number of cents.")
    if f.price_minor < 0:
        raise ValidationError("price", "The price cannot be negative.")
    check_amount(f.price_minor, f.currency, "price")
    if f.revisions_used < 0:
        raise ValidationError("revisions_used", "Revisions used cannot be negative.")
    if f.client_id is None or s.get(Client, f.client_id) is None:
        raise ValidationError("client", "Choose a client for this order.")
    if f.platform_id is None or s.get(Platform, f.platform_id) is None:
        raise ValidationError("platform", "Choose the platform the order came from.")
    if f.activity is not None:
        try:
            f.activity = Activity(f.activity)
        except ValueError:
            raise ValidationError("activity", Phrase("Unknown activity type “{activity}”.",
                                                     activity=f.activity)) from None
    if f.received_at is None:
        raise ValidationError("received_at", "Enter the date the order was received.")
    _require_aware(f.received_at, "received_at")
    _require_aware(f.due_at, "due_at")
    check_datetime(f.received_at, "received_at")
    if f.due_at is not None:
        check_datetime(f.due_at, "due_at")
    package = None
    if f.gig_id is not None and s.get(Gig, f.gig_id) is None:
        raise ValidationError("gig", Phrase("There is no gig #{id}.", id=f.gig_id))
    if f.package_id is not None:
        package = s.get(GigPackage, f.package_id)
        if package is None:
            raise ValidationError("package", Phrase("There is no package #{id}.",
                                                    id=f.package_id))
        if f.gig_id is None:
            f.gig_id = package.gig_id
        elif package.gig_id != f.gig_id:
            raise ValidationError("package", "This package belongs to another gig.")
    if f.due_at is None and package is not None:
        f.due_at = due_from_package(f.received_at, package.delivery_days)
    if f.due_at is not None and f.due_at < f.received_at:
        raise ValidationError("due_at", "The due date cannot be before the order was received.")
    return f


def due_from_package(received_at: datetime, delivery_days: int) -> datetime:
    return received_at + timedelta(days=delivery_days)


def create_order(
    s: Session, fields: OrderFields, *, status: OrderStatus = S.AWAITING_REQUIREMENTS,
    now: datetime | None = None,
) -> Order:
    fields = validate(s, fields)
    order = Order(**{k: getattr(fields, k) for k in EDITABLE}, status=OrderStatus(status))
    s.add(order)
    s.flush()
    s.add(OrderEvent(order_id=order.id, order=order, at=now or utcnow(), kind="created",
                     to_status=order.status.value))
    return order


def fields_of(order: Order) -> OrderFields:
    return OrderFields(**{k: getattr(order, k) for k in EDITABLE})


def update_order(
    s: Session, order: Order, changes: Mapping[str, Any], *, now: datetime | None = None
) -> list[str]:
    """Apply edits after validating the result as a whole; one 'edit' event per changed field."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited.")
    merged = fields_of(order)
    for key, value in changes.items():
        setattr(merged, key, value)
    merged = validate(s, merged)
    changed = []
    at = now or utcnow()
    for key in EDITABLE:
        old, new = getattr(order, key), getattr(merged, key)
        if old != new:
            changed.append(key)
            setattr(order, key, new)
            s.add(OrderEvent(order_id=order.id, order=order, at=at, kind="edit", field=key,
                             old_value=_text(old), new_value=_text(new)))
    return changed


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return str(value)


def transition(
    s: Session, order: Order, target: OrderStatus | str, *, at: datetime | None = None,
    note: str = "",
) -> OrderEvent:
    """Move an order to `target` if the state machine allows it, recording the event."""
    target = OrderStatus(target)
    check_transition(order.status, target)
    at = at or utcnow()
    _require_aware(at, "at")
    if at < order.received_at:
        raise ValidationError("at", "A status change cannot happen before the order was received.")
    previous = order.status
    if target is S.DELIVERED:
        order.delivered_at = at
    elif target is S.COMPLETED:
        order.completed_at = at
    elif target is S.CANCELLED:
        order.cancelled_at = at
    elif target is S.REVISION_REQUESTED:
        order.revisions_used += 1
    order.status = target
    # Through the relationship too, so an `order.events` already loaded shows the new event.
    event = OrderEvent(order_id=order.id, order=order, at=at, kind="status",
                       from_status=previous.value, to_status=target.value, note=note)
    s.add(event)
    return event


def is_late(order: Order, now: datetime) -> bool:
    return order.status in WORK_PENDING_STATES and order.due_at is not None and order.due_at < now


def is_due_soon(order: Order, now: datetime, window: timedelta) -> bool:
    return (order.status in WORK_PENDING_STATES and order.due_at is not None
            and now <= order.due_at <= now + window)


def due_soon_window(s: Session) -> timedelta:
    """How far ahead "due soon" looks: the window chosen in Settings (due_soon_hours)."""
    hours = settings.get(s, "due_soon_hours")
    if not (hours.isascii() and hours.isdigit() and int(hours) > 0):
        hours = default_settings()["due_soon_hours"]
    return timedelta(hours=int(hours))


def has_orders(s: Session) -> bool:
    """Whether the store holds any order (an empty store shows a welcome, not an empty list)."""
    return s.scalar(select(Order.id).limit(1)) is not None


def deadlines(
    s: Session, now: datetime, window: timedelta | None = None
) -> tuple[list[Order], list[Order]]:
    """Late orders (most overdue first) and orders due soon (soonest first): within `window`
    when the person chose one for this call, else within the due-soon window of Settings."""
    if window is None:
        window = due_soon_window(s)
    pending = Order.status.in_([st.value for st in WORK_PENDING_STATES])
    late = list(s.scalars(
        select(Order).where(pending, Order.due_at < now).order_by(Order.due_at)
    ))
    soon = list(s.scalars(
        select(Order).where(pending, Order.due_at >= now, Order.due_at <= now + window)
        .order_by(Order.due_at)
    ))
    return late, soon


def delete_order(s: Session, order: Order) -> None:
    if order.payments:
        raise ValidationError(
            "order", "This order has payments: delete or detach them first, so income records "
            "stay complete."
        )
    from storage.tables import Document

    if s.scalar(select(Document.id).where(Document.order_id == order.id).limit(1)):
        raise ValidationError(
            "order", "This order has quotes or invoices: an order with documents cannot be "
            "deleted (delete its drafts; an issued invoice is kept).")
    s.delete(order)
