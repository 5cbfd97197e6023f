"""The calendar's agenda: open orders due in a span of time, in the person's time zone.
Qt-free: the Calendar page shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from storage.orders import OPEN_STATES, is_late
from storage.tables import Order, OrderStatus


@dataclass
class DueOrder:
    id: int
    title: str
    client: str
    status: OrderStatus
    due: datetime  # aware, UTC
    local_due: datetime  # in the user's zone
    late: bool


def due_between(s: Session, start: datetime, stop: datetime, now: datetime,
                zone: ZoneInfo) -> list[DueOrder]:
    """Open orders due in [start, stop), soonest first."""
    orders = s.scalars(
        select(Order)
        .where(Order.status.in_([st.value for st in OPEN_STATES]),
               Order.due_at >= start, Order.due_at < stop)
        .options(joinedload(Order.client))
        .order_by(Order.due_at, Order.id))
    out = []
    for o in orders:
        assert o.due_at is not None
        out.append(DueOrder(o.id, o.title, o.client.name, o.status, o.due_at,
                            o.due_at.astimezone(zone), is_late(o, now)))
    return out


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), zone)
