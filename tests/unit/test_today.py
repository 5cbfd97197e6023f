"""The Today page's money figures: last month compared over the same days, and the money
pending clearance added up in the home currency."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from storage import settings
from storage.payments import record_payment
from storage.tables import OrderStatus, PaymentKind
from storage.today import (
    latest_rates,
    load_today,
    pending_in_home,
    same_days_last_month,
    span_days,
)
from tests.factories import at, client, order, walk

PARIS = ZoneInfo("Europe/Paris")
S = OrderStatus


def paris(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def span(now: datetime) -> tuple[datetime, datetime, tuple[date, date]]:
    start, stop = same_days_last_month(now, PARIS)
    return start, stop, span_days(start, stop, PARIS)


# --- same days of last month ----------------------------------------------------------------


def test_on_7_december_compares_with_1_to_7_november_at_the_same_time() -> None:
    start, stop, days = span(paris("2026-12-07T10:00"))
    assert (start, stop) == (paris("2026-11-01T00:00"), paris("2026-11-07T10:00"))
    assert days == (date(2026, 11, 1), date(2026, 11, 7))


def test_on_31_march_compares_with_the_whole_of_february() -> None:
    start, stop, days = span(paris("2027-03-31T18:00"))
    assert (start, stop) == (paris("2027-02-01T00:00"), paris("2027-03-01T00:00"))
    assert days == (date(2027, 2, 1), date(2027, 2, 28))
    # A leap year: 1–29 Feb; on 29 March 2028 too (the 29th exists).
    assert span(paris("2028-03-31T18:00"))[2] == (date(2028, 2, 1), date(2028, 2, 29))
    assert span(paris("2028-03-29T08:00"))[1] == paris("2028-02-29T08:00")


def test_on_1_january_compares_with_the_start_of_december() -> None:
    start, stop, days = span(paris("2027-01-01T09:30"))
    assert (start, stop) == (paris("2026-12-01T00:00"), paris("2026-12-01T09:30"))
    assert days == (date(2026, 12, 1), date(2026, 12, 1))


def test_the_month_is_the_one_in_the_persons_time_zone() -> None:
    # 23:30 UTC on 30 November is already 00:30 on 1 December in Paris.
    start, stop = same_days_last_month(at("2026-11-30T23:30"), PARIS)
    assert (start, stop) == (paris("2026-11-01T00:00"), paris("2026-11-01T00:30"))


def _pay(s, when: datetime, amount: int, currency: str = "EUR", rate: str | None = None,
         order_id: int | None = None) -> None:
    record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, currency=currency,
                   received_at=when, rate=rate, order_id=order_id)
    s.flush()


def test_earned_last_month_counts_only_the_same_days_so_far(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        _pay(s, paris("2026-11-05T12:00"), 30000)   # 1–7 Nov: counted
        _pay(s, paris("2026-11-07T09:00"), 2000)    # before 10:00 on the 7th: counted
        _pay(s, paris("2026-11-07T11:00"), 4000)    # later that day: not yet
        _pay(s, paris("2026-11-20T12:00"), 90000)   # later in November: not compared
        _pay(s, paris("2026-10-31T23:00"), 7000)    # October
        _pay(s, paris("2026-12-03T12:00"), 25000)   # this month
    with store.session() as s:
        data = load_today(s, paris("2026-12-07T10:00"))
        assert data.earned_this == 25000
        assert data.earned_last == 32000
        assert data.last_span == (date(2026, 11, 1), date(2026, 11, 7))


# --- pending clearance in the home currency -------------------------------------------------


def test_pending_adds_up_at_the_rates_and_names_the_currencies_without_one() -> None:
    total, left_out = pending_in_home(
        {"EUR": 33200, "USD": 150320, "CAD": 22000}, "EUR", {"USD": Decimal("0.9")})
    assert total == 33200 + 135288  # 1,503.20 USD at 0.9 = 1,352.88 EUR
    assert left_out == ["CAD"]  # no rate: left out, not counted 1:1
    assert pending_in_home({"JPY": 10000}, "EUR", {"JPY": Decimal("0.0061")}) == (6100, [])


def test_latest_rates_are_those_of_the_latest_payment_in_each_currency(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        _pay(s, paris("2026-10-01T12:00"), 1000, "USD", "0.95")
        _pay(s, paris("2026-11-01T12:00"), 1000, "USD", "0.9")
        _pay(s, paris("2026-09-01T12:00"), 1000, "GBP", "1.15")
        _pay(s, paris("2026-11-02T12:00"), 1000)
    with store.session() as s:
        assert latest_rates(s, "EUR") == {"USD": Decimal("0.9"), "GBP": Decimal("1.15")}


def test_today_shows_pending_as_one_home_total(store) -> None:
    with store.transaction() as s:
        settings.put(s, "home_currency", "EUR")
        c = client(s)
        for currency, price in (("EUR", 10000), ("USD", 20000), ("CAD", 30000)):
            o = order(s, platform_name="ComeUp", client_obj=c, price_minor=price,
                      currency=currency)
            walk(s, o, S.IN_PROGRESS, S.DELIVERED, S.COMPLETED, start="2026-12-01T10:00")
        _pay(s, paris("2026-11-10T12:00"), 5000, "USD", "0.9")
    with store.session() as s:
        data = load_today(s, paris("2026-12-07T10:00"))
        assert set(data.pending) == {"EUR", "USD", "CAD"}
        assert data.pending_home == data.pending["EUR"] + round(data.pending["USD"] * 0.9)
        assert data.pending_left_out == ["CAD"]
