"""What the Today page shows, read in one go (a few short queries): the orders late, due
today, due soon (the store's due-soon window), in revision and in progress; earned this month
and last; money pending clearance; the next URSSAF declaration. Qt-free: the page shows it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from storage import settings
from storage.fees import pending_clearance
from storage.income import income_report
from storage.orders import deadlines, due_soon_window
from storage.periods import period_of
from storage.tables import Order, OrderStatus
from storage.urssaf import DeclarationPeriod, next_declaration


@dataclass
class OrderLine:
    id: int
    title: str
    client: str
    platform: str
    due: datetime | None
    status: OrderStatus


@dataclass
class TodayData:
    now: datetime
    zone: ZoneInfo
    home: str
    soon_hours: int
    sections: dict[str, list[OrderLine]]
    earned_this: int
    earned_last: int
    this_month: date
    last_month: date
    pending: dict[str, int] = field(default_factory=dict)  # net by currency
    pending_count: int = 0
    cleared_count: int = 0  # released by the platform, payout not recorded yet
    declaration: DeclarationPeriod | None = None

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    @property
    def nothing_due(self) -> bool:
        return not any(self.sections[k] for k in ("late", "today", "soon"))


def _line(o: Order) -> OrderLine:
    return OrderLine(o.id, o.title, o.client.name, o.platform.name, o.due_at, o.status)


def _month_net(s: Session, month: date, zone: ZoneInfo, cache: dict[int, dict[str, int]]) -> int:
    if month.year not in cache:
        report = income_report(s, "month", month.year, zone=zone)
        cache[month.year] = {r.key: r.net_minor for r in report.rows}
    return cache[month.year].get(f"{month.year}-{month.month:02d}", 0)


def load_today(s: Session, now: datetime) -> TodayData:
    zone = settings.local_zone(s)
    home = settings.home_currency(s)
    window = due_soon_window(s)
    soon_hours = int(window.total_seconds() // 3600)
    local_today = now.astimezone(zone).date()
    end_of_today = datetime.combine(local_today + timedelta(days=1), time(), zone)
    # Wider than the due-soon window when today ends later: "today" lists all of today.
    late, upcoming = deadlines(s, now, max(window, end_of_today - now))
    sections: dict[str, list[OrderLine]] = {
        "late": [_line(o) for o in late],
        "today": [_line(o) for o in upcoming if o.due_at and o.due_at < end_of_today],
        "soon": [_line(o) for o in upcoming
                 if o.due_at and end_of_today <= o.due_at <= now + window],
    }
    for key, status in (("revision", OrderStatus.REVISION_REQUESTED),
                        ("progress", OrderStatus.IN_PROGRESS)):
        orders = s.scalars(
            select(Order).where(Order.status == status)
            .options(joinedload(Order.client), joinedload(Order.platform))
            .order_by(Order.due_at.is_(None), Order.due_at, Order.id))
        sections[key] = [_line(o) for o in orders]

    this_month = period_of(local_today, "month").first_day
    last_month = period_of(this_month - timedelta(days=1), "month").first_day
    cache: dict[int, dict[str, int]] = {}
    data = TodayData(
        now=now, zone=zone, home=home, soon_hours=soon_hours, sections=sections,
        earned_this=_month_net(s, this_month, zone, cache),
        earned_last=_month_net(s, last_month, zone, cache),
        this_month=this_month, last_month=last_month,
    )
    pending: dict[str, int] = defaultdict(int)
    for p in pending_clearance(s, now):
        pending[p.order.currency] += p.net
        data.pending_count += 1
        data.cleared_count += p.cleared
    data.pending = dict(sorted(pending.items(), key=lambda kv: (kv[0] != home, kv[0])))
    if home == "EUR":
        data.declaration = next_declaration(s, local_today, zone=zone)
    return data
