"""Net per hour: net after fees ÷ tracked hours, in the home currency; no figure (never a
division by zero, never "0 per hour") without tracked time; per gig, client or platform over
a period; the person's minimum hourly rate and what falls below it."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage import settings
from storage.errors import ValidationError
from storage.pay import (
    MinimumRate,
    below_minimum,
    minimum_hourly,
    net_per_hour,
    net_per_hour_by,
    order_pay,
    parse_minimum,
    set_minimum_hourly,
    span_bounds,
)
from storage.payments import record_payment
from storage.tables import PaymentKind, TimeEntry
from tests.factories import at, client, order

PARIS = ZoneInfo("Europe/Paris")


def _track(s, o, start: str, minutes: int) -> None:
    s.add(TimeEntry(order=o, started_at=at(start), ended_at=at(start) + timedelta(minutes=minutes)))
    s.flush()


def test_net_per_hour_is_none_without_tracked_time() -> None:
    assert net_per_hour(10000, 0) is None
    assert net_per_hour(0, 0) is None
    assert net_per_hour(10000, 5400) == 6667  # €100 in 1 h 30: €66.67/h
    assert net_per_hour(0, 3600) == 0  # tracked time and nothing earned: a real 0


def test_order_pay_uses_the_payments_received_in_the_home_currency(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        o = order(s, price_minor=10000, currency="USD", platform_name="Fiverr")
        _track(s, o, "2026-03-02T10:00", 90)
        _track(s, o, "2026-03-02T14:00", 45)
        s.add(TimeEntry(order=o, started_at=at("2026-03-03T09:00")))  # running: not counted
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=8000, currency="USD",
                       rate="0.9", received_at=at("2026-03-20T10:00"), order_id=o.id)
        s.flush()
        pay = order_pay(s, o)
    assert (pay.net_minor, pay.currency, pay.tracked_seconds, pay.received) == (
        7200, "EUR", 8100, True)
    assert pay.per_hour_minor == 3200  # €72 in 2 h 15 min


def test_unpaid_order_counts_its_expected_net_after_fees_at_the_stored_rate(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        o = order(s, price_minor=10000, currency="EUR", platform_name="Malt")  # 10 % fee
        _track(s, o, "2026-03-02T10:00", 60)
        pay = order_pay(s, o)
        assert (pay.net_minor, pay.currency, pay.received, pay.per_hour_minor) == (
            9000, "EUR", False, 9000)
        cad = order(s, price_minor=10000, currency="CAD", platform_name="Direct")
        _track(s, cad, "2026-03-02T12:00", 120)
        assert order_pay(s, cad).currency == "CAD"  # no stored rate: its own currency
        assert order_pay(s, cad, {"CAD": "0.68"}).net_minor == 6800
        untracked = order(s, price_minor=5000)
        assert order_pay(s, untracked).per_hour_minor is None


def test_span_bounds() -> None:
    today = date(2026, 12, 7)
    start, stop = span_bounds("month", today, PARIS)
    assert (start.astimezone(PARIS).date(), stop.astimezone(PARIS).date()) == (
        date(2026, 12, 1), date(2027, 1, 1))
    start, stop = span_bounds("3months", today, PARIS)
    assert (start.astimezone(PARIS).date(), stop.astimezone(PARIS).date()) == (
        date(2026, 10, 1), date(2027, 1, 1))
    start, stop = span_bounds("year", today, PARIS)
    assert start.astimezone(PARIS).date() == date(2026, 1, 1)
    assert span_bounds("all", today, PARIS) is None
    with pytest.raises(ValidationError):
        span_bounds("week", today, PARIS)


def test_net_per_hour_by_client_over_a_period(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        settings.put(s, "timezone", "Europe/Paris")
        quick, slow = client(s, "Quick"), client(s, "Slow")
        a = order(s, client_obj=quick, price_minor=10000)
        b = order(s, client_obj=slow, price_minor=10000)
        old = order(s, client_obj=slow, price_minor=50000, received="2026-01-02T09:00")
        _track(s, a, "2026-11-10T10:00", 60)
        _track(s, b, "2026-11-10T12:00", 300)
        _track(s, old, "2026-01-03T10:00", 60)
        for o, when in ((a, "2026-11-20T10:00"), (b, "2026-11-21T10:00"),
                        (old, "2026-01-20T10:00")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=o.price_minor,
                           currency="EUR", received_at=at(when), order_id=o.id)
        s.flush()
        recent = net_per_hour_by(s, "client", "3months", date(2026, 12, 7))
        assert recent[quick.id].hourly_net_minor == 10000
        assert recent[slow.id].hourly_net_minor == 2000  # €100 in 5 h
        everything = net_per_hour_by(s, "client", "all", date(2026, 12, 7))
        assert everything[slow.id].hourly_net_minor == 10000  # €600 in 6 h


def test_minimum_hourly_rate_setting(store) -> None:
    with store.transaction() as s:
        assert minimum_hourly(s) is None  # none by default
        set_minimum_hourly(s, "25", "EUR")
    with store.session() as s:
        assert minimum_hourly(s) == MinimumRate(2500, "EUR")
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        set_minimum_hourly(s, "vingt", "EUR")
    assert err.value.field == "min_hourly_rate"
    with pytest.raises(ValidationError), store.transaction() as s:
        set_minimum_hourly(s, "0", "EUR")
    with store.transaction() as s:
        assert minimum_hourly(s) == MinimumRate(2500, "EUR")  # unchanged by the refusals
        set_minimum_hourly(s, "", "EUR")
    with store.session() as s:
        assert minimum_hourly(s) is None
    assert parse_minimum("garbage") is None and parse_minimum("12 XYZ") is None


def test_below_minimum_only_for_a_figure_under_it_in_the_same_currency() -> None:
    minimum = MinimumRate(2500, "EUR")
    assert below_minimum(1840, "EUR", minimum)
    assert not below_minimum(2500, "EUR", minimum)
    assert not below_minimum(None, "EUR", minimum)  # no time tracked: nothing to mark
    assert not below_minimum(1840, "EUR", None)
    assert not below_minimum(1840, "CAD", minimum)


def test_an_imported_minimum_setting_is_checked(store) -> None:
    with store.transaction() as s:
        settings.put(s, "min_hourly_rate", "2500 eur")
        assert minimum_hourly(s) == MinimumRate(2500, "EUR")
    for bad in ("25,00 EUR", "2500", "2500 XYZ"):
        with pytest.raises(ValidationError), store.transaction() as s:
            settings.put(s, "min_hourly_rate", bad)


def test_no_net_per_hour_until_a_quarter_of_an_hour_is_tracked(store) -> None:
    """4 seconds on a €96 order made "€38,439.00/h" (issue 18, real-window test): a net per
    hour needs MIN_TRACKED_SECONDS (15 min) of tracked time; below it there is no figure, and
    OrderPay says the time is too short rather than absent. The same rule for an income row
    (the Gigs, Clients and Platforms lists, reports), which goes through storage.pay."""
    from storage.income import IncomeRow
    from storage.pay import MIN_TRACKED_SECONDS

    assert MIN_TRACKED_SECONDS == 15 * 60
    assert net_per_hour(9600, 4) is None  # €96 in 4 s: no figure, not €86,400.00/h
    assert net_per_hour(9600, 14 * 60 + 59) is None
    assert net_per_hour(9600, 15 * 60) == 38400  # €96 in a quarter of an hour: €384.00/h
    assert IncomeRow("gig", net_minor=9600, tracked_seconds=4).hourly_net_minor is None
    assert IncomeRow("gig", net_minor=9600, tracked_seconds=1800).hourly_net_minor == 19200
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        o = order(s, price_minor=9600, currency="EUR", platform_name="Direct")
        s.add(TimeEntry(order=o, started_at=at("2026-03-02T10:00"),
                        ended_at=at("2026-03-02T10:00") + timedelta(seconds=4)))
        s.flush()
        pay = order_pay(s, o)
        assert (pay.tracked_seconds, pay.per_hour_minor, pay.too_little_time) == (4, None, True)
        untracked = order_pay(s, order(s, price_minor=5000))
        assert (untracked.per_hour_minor, untracked.too_little_time) == (None, False)
