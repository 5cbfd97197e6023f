"""Money as the person thinks of it: a client's currency for package prices, and the net
earned per hour of tracked time (per order, and per gig, client or platform over a period),
measured against the person's minimum hourly rate. Plain functions, no Qt.

Net per hour = net after the platform's fees ÷ tracked hours, in the home currency (payments
carry their home-currency figures; an order not paid yet is counted at its expected net,
converted at the latest stored rate). With no time tracked there is no figure (None), never
a division by zero and never "0 per hour"; nor with less than MIN_TRACKED_SECONDS (a few
seconds on a timer made "€38,439.00/h"). The rule is storage.income.hourly_rate (IncomeRow
needs it, and storage has no import cycle); net_per_hour and OrderPay give it to the order
panel, the inbox's similar orders and the CLI, IncomeRow to the lists and reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from storage import settings
from storage.errors import ValidationError
from storage.fees import order_amounts
from storage.income import MIN_TRACKED_SECONDS, IncomeRow, hourly_rate, income_by_entity
from storage.money import check_currency, convert, exponent, parse_amount, round_minor
from storage.periods import period_of
from storage.phrases import Phrase
from storage.tables import Client, Order, Payment, PaymentKind, Setting, TimeEntry

# --- a client's currency -------------------------------------------------------------------


class Priced(Protocol):
    price_minor: int
    currency: str


def package_price_in(currency: str, package: Priced, rates: dict[str, Decimal],
                     home: str) -> int | None:
    """The package's price in `currency` (minor units), or None when no stored rate links
    the two currencies (the caller asks the person; never a 1:1 guess).

    `rates` are rates into `home` (1 CUR = rate HOME), as storage.today.latest_rates gives;
    a price in one foreign currency for a client in another goes through `home`."""
    if currency == package.currency:
        return package.price_minor
    into_home = {home: Decimal(1), **rates}
    a, b = into_home.get(package.currency), into_home.get(currency)
    if a is None or b is None or b <= 0:
        return None
    shift = Decimal(10) ** (exponent(currency) - exponent(package.currency))
    return round_minor(Decimal(package.price_minor) * a / b * shift, ROUND_HALF_EVEN)


def client_currencies(s: Session) -> dict[int, str]:
    """The currency of each client that has one set."""
    return {cid: cur for cid, cur in s.execute(
        select(Client.id, Client.currency).where(Client.currency != ""))}


# --- net per hour --------------------------------------------------------------------------


def net_per_hour(net_minor: int, tracked_seconds: int) -> int | None:
    """Net per tracked hour in minor units; None when less than MIN_TRACKED_SECONDS (none
    at all included) was tracked."""
    return hourly_rate(net_minor, tracked_seconds)


def too_little_time(tracked_seconds: int) -> bool:
    """Some time is tracked, but too little for a net per hour."""
    return 0 < tracked_seconds < MIN_TRACKED_SECONDS


@dataclass(frozen=True)
class OrderPay:
    """An order's net and tracked time. `net_minor` is in `currency` (the home currency when
    a rate is known); `received` is False when it is the expected net of an unpaid order."""

    net_minor: int
    currency: str
    tracked_seconds: int
    received: bool

    @property
    def per_hour_minor(self) -> int | None:
        return net_per_hour(self.net_minor, self.tracked_seconds)

    @property
    def too_little_time(self) -> bool:
        return too_little_time(self.tracked_seconds)


def order_pay(s: Session, order: Order, rates: dict[str, Decimal] | None = None) -> OrderPay:
    """The order's net (received payments, else the expected net after fees) and its
    finished time entries (a running timer is not counted yet). `order` may be detached."""
    return orders_pay(s, [order], rates)[order.id]


def orders_pay(s: Session, orders: Sequence[Order],
               rates: dict[str, Decimal] | None = None) -> dict[int, OrderPay]:
    """``order_pay`` of several orders by id, in three queries whatever their number (the
    inbox weighs twenty similar orders at each match). Load the orders with their platform
    (an unpaid order's expected net reads its fee)."""
    from storage.today import latest_rates  # storage.today imports much; only here

    home = settings.home_currency(s)
    ids = [o.id for o in orders]
    seconds: dict[int, int] = {}
    received: dict[int, int] = {}
    paid_out: set[int] = set()
    for i in range(0, len(ids), 500):
        batch = ids[i:i + 500]
        for oid, start, stop in s.execute(
                select(TimeEntry.order_id, TimeEntry.started_at, TimeEntry.ended_at).where(
                    TimeEntry.order_id.in_(batch), TimeEntry.ended_at.is_not(None))):
            seconds[oid] = seconds.get(oid, 0) + max(0, round((stop - start).total_seconds()))
        for oid, total, payouts in s.execute(
                select(Payment.order_id, func.sum(Payment.home_amount_minor),
                       func.sum(case((Payment.kind == PaymentKind.PAYOUT, 1), else_=0)))
                .where(Payment.order_id.in_(batch), Payment.home_currency == home)
                .group_by(Payment.order_id)):
            if payouts:
                paid_out.add(oid)
                received[oid] = int(total or 0)
    out: dict[int, OrderPay] = {}
    for order in orders:
        spent = seconds.get(order.id, 0)
        if order.id in paid_out:
            out[order.id] = OrderPay(received[order.id], home, spent, True)
            continue
        try:
            net = order_amounts(order).net
        except ValidationError:
            net = order.price_minor  # a platform with no fee entered yet
        if order.currency == home:
            out[order.id] = OrderPay(net, home, spent, False)
            continue
        rates = latest_rates(s, home) if rates is None else rates
        if order.currency in rates:
            out[order.id] = OrderPay(convert(net, order.currency, home, rates[order.currency]),
                                     home, spent, False)
        else:
            out[order.id] = OrderPay(net, order.currency, spent, False)
    return out


# --- over a period -------------------------------------------------------------------------

#: The periods the Gigs, Clients and Platforms lists offer for net per hour.
PAY_SPANS = ("month", "3months", "year", "all")


def span_bounds(span: str, today: date, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
    """[start, stop) of a span ending with the current month or year; None for all time."""
    if span == "all":
        return None
    if span == "month":
        return period_of(today, "month").bounds(zone)
    if span == "3months":
        this = period_of(today, "month")
        first = this.first_day
        for _ in range(2):
            first = period_of(date.fromordinal(first.toordinal() - 1), "month").first_day
        start = period_of(first, "month").bounds(zone)[0]
        return start, this.bounds(zone)[1]
    if span == "year":
        return period_of(today, "year").bounds(zone)
    raise ValidationError("period", Phrase("“{span}” is not a period: use one of {spans}.",
                                           span=span, spans=", ".join(PAY_SPANS)))


def net_per_hour_by(s: Session, by: str, span: str, today: date,
                    zone: ZoneInfo | None = None) -> dict[int | None, IncomeRow]:
    """Net, tracked time and net per hour (IncomeRow.hourly_net_minor) of each platform,
    client or gig (`by`) over `span`: payments received and time started in it."""
    zone = zone or settings.local_zone(s)
    rows = income_by_entity(s, by, span_bounds(span, today, zone))
    return {r.id: r for r in rows}


# --- the person's minimum hourly rate ------------------------------------------------------

MIN_HOURLY_KEY = "min_hourly_rate"


@dataclass(frozen=True)
class MinimumRate:
    minor: int
    currency: str


def parse_minimum(value: str) -> MinimumRate | None:
    """The stored setting ("2500 EUR": minor units and currency; "" for none)."""
    amount, _, currency = (value or "").strip().partition(" ")
    if not amount or not amount.isdigit() or not currency:
        return None
    try:
        return MinimumRate(int(amount), check_currency(currency))
    except ValidationError:
        return None


def minimum_hourly(s: Session) -> MinimumRate | None:
    """The person's minimum hourly rate, or None when not set."""
    return parse_minimum(s.scalar(select(Setting.value).where(Setting.key == MIN_HOURLY_KEY))
                         or "")


def set_minimum_hourly(s: Session, text: str, currency: str, lang: str | None = None) -> None:
    """Store the minimum hourly rate typed as `text` in `currency`; empty text removes it."""
    text = (text or "").strip()
    row = s.get(Setting, MIN_HOURLY_KEY)
    if not text:
        if row is not None:
            s.delete(row)
        return
    currency = check_currency(currency, "min_hourly_rate")
    minor = parse_amount(text, currency, "min_hourly_rate", lang=lang)
    if minor <= 0:
        raise ValidationError("min_hourly_rate",
                              "The minimum hourly rate must be above zero, or left empty.")
    settings.put(s, MIN_HOURLY_KEY, f"{minor} {currency}")


def below_minimum(per_hour_minor: int | None, currency: str,
                  minimum: MinimumRate | None) -> bool:
    """True when a net-per-hour figure is under the minimum (same currency only; no figure
    and no minimum are never "below")."""
    return (per_hour_minor is not None and minimum is not None
            and currency == minimum.currency and per_hour_minor < minimum.minor)
