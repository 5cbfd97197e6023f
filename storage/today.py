"""What the Today page shows, read in one go (a few short queries): the orders late, due
today, due soon (the store's due-soon window), in revision and in progress; earned this month
and last; money pending clearance; the declarations to make and the meters that warn, for the
person's status (storage/checklist.py). Qt-free: the page shows it."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from storage import settings
from storage.checklist import todo
from storage.fees import pending_clearance
from storage.income import income_report
from storage.money import convert
from storage.obligations import StatusOverview
from storage.orders import deadlines, due_soon_window
from storage.periods import period_of
from storage.tables import Order, OrderStatus, Payment


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
    earned_last: int  # last month from its 1st to the same day and time (see same_days_last_month)
    this_month: date
    last_month: date
    last_span: tuple[date, date] | None = None  # the days earned_last covers, both included
    pending: dict[str, int] = field(default_factory=dict)  # net by currency
    pending_home: int = 0  # the pending nets with a known rate, in the home currency
    pending_left_out: list[str] = field(default_factory=list)  # currencies with no known rate
    pending_count: int = 0
    cleared_count: int = 0  # released by the platform, payout not recorded yet
    checklist: StatusOverview | None = None  # None: the status has no declarations helper

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


def same_days_last_month(now: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The span of last month to compare this month so far with: from its 1st at midnight to
    the same day of the month and time of day, in `zone`. When last month is shorter (on
    31 March, February), the span is the whole of last month."""
    local = now.astimezone(zone)
    first_this = local.date().replace(day=1)
    first_last = (first_this - timedelta(days=1)).replace(day=1)
    start = datetime.combine(first_last, time(), zone)
    days_last = calendar.monthrange(first_last.year, first_last.month)[1]
    if local.day > days_last:
        return start, datetime.combine(first_this, time(), zone)
    moment = local.replace(year=first_last.year, month=first_last.month, tzinfo=None)
    return start, moment.replace(tzinfo=zone)


def span_days(start: datetime, stop: datetime, zone: ZoneInfo) -> tuple[date, date]:
    """The local days a [start, stop) span touches, both included: 1–7 Nov for 1 Nov 00:00 to
    7 Nov 10:00, 1–28 Feb for 1 Feb to 1 Mar 00:00."""
    last = stop.astimezone(zone)
    if last.time() == time():
        last -= timedelta(days=1)
    return start.astimezone(zone).date(), max(last.date(), start.astimezone(zone).date())


def net_received(s: Session, home: str, start: datetime, stop: datetime) -> int:
    """Net money received in [start, stop), in the home currency (as the income report)."""
    return int(s.scalar(
        select(func.sum(Payment.home_amount_minor)).where(
            Payment.home_currency == home, Payment.received_at >= start,
            Payment.received_at < stop)) or 0)


def latest_rates(s: Session, home: str) -> dict[str, Decimal]:
    """The exchange rate into `home` of each currency, as the latest payment in it recorded:
    the only rates the store keeps (orders carry none)."""
    # The latest day per currency in SQLite, then one indexed look-up each: reading every
    # foreign payment in Python took 157 ms on a 100,000-order store, at each order shown.
    latest = s.execute(
        select(Payment.currency, func.max(Payment.received_at)).where(
            Payment.home_currency == home, Payment.currency != home)
        .group_by(Payment.currency)).all()
    rates: dict[str, Decimal] = {}
    for currency, received_at in latest:
        rate = s.scalar(
            select(Payment.rate).where(
                Payment.home_currency == home, Payment.currency == currency,
                Payment.received_at == received_at)
            .order_by(Payment.id.desc()).limit(1))
        if rate is not None:
            rates[currency] = Decimal(rate)
    return rates


def pending_in_home(pending: dict[str, int], home: str,
                    rates: dict[str, Decimal]) -> tuple[int, list[str]]:
    """The pending nets added up in `home` at `rates`, and the currencies left out for want
    of a rate (never guessed 1:1)."""
    total, left_out = 0, []
    for currency, amount in pending.items():
        if currency == home:
            total += amount
        elif currency in rates:
            total += convert(amount, currency, home, rates[currency])
        else:
            left_out.append(currency)
    return total, sorted(left_out)


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
    span = same_days_last_month(now, zone)
    data = TodayData(
        now=now, zone=zone, home=home, soon_hours=soon_hours, sections=sections,
        earned_this=_month_net(s, this_month, zone, cache),
        earned_last=net_received(s, home, *span),
        this_month=this_month, last_month=last_month, last_span=span_days(*span, zone),
    )
    pending: dict[str, int] = defaultdict(int)
    for p in pending_clearance(s, now):
        pending[p.order.currency] += p.net
        data.pending_count += 1
        data.cleared_count += p.cleared
    data.pending = dict(sorted(pending.items(), key=lambda kv: (kv[0] != home, kv[0])))
    if data.pending:
        data.pending_home, data.pending_left_out = pending_in_home(
            data.pending, home, latest_rates(s, home))
    data.checklist = todo(s, local_today, zone)
    return data
