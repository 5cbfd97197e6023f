"""Income on a cash basis: periods in local time, groupings, totals, hourly rate."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.income import hourly_rate, income_report
from storage.payments import record_payment
from storage.tables import OrderStatus, PaymentKind, TimeEntry
from tests.factories import at, client, order

PARIS = ZoneInfo("Europe/Paris")


def pay(s, amount: int, when: str, *, order_id=None, fee: int = 0, currency: str = "EUR",
        rate: str | None = None, kind: PaymentKind = PaymentKind.PAYOUT):
    return record_payment(s, kind=kind, amount_minor=amount, fee_minor=fee, currency=currency,
                          received_at=at(when), order_id=order_id, rate=rate)


def test_month_follows_the_users_time_zone(store) -> None:
    with store.transaction() as s:
        # 31 Jan 23:30 in Paris is still January there, though it is 22:30 UTC.
        pay(s, 1000, "2026-01-31T23:30:00+01:00")
        # 1 Feb 00:30 in Paris is 31 Jan 23:30 UTC, but February for the user.
        pay(s, 2000, "2026-02-01T00:30:00+01:00")
    with store.session() as s:
        rows = {r.key: r.net_minor for r in income_report(s, "month", zone=PARIS).rows}
    assert rows == {"2026-01": 1000, "2026-02": 2000}


def test_gross_fees_net_and_orders_by_month_and_quarter(store) -> None:
    with store.transaction() as s:
        o1 = order(s, price_minor=10000, platform_name="Malt")
        o2 = order(s, price_minor=5000, client_obj=o1.client)
        pay(s, 9000, "2026-01-10T10:00", order_id=o1.id, fee=1000)
        pay(s, 5000, "2026-03-20T10:00", order_id=o2.id)
        pay(s, 500, "2026-03-21T10:00", order_id=o2.id, kind=PaymentKind.TIP)
        pay(s, -1000, "2026-04-02T10:00", order_id=o2.id, kind=PaymentKind.REFUND)
    with store.session() as s:
        months = income_report(s, "month")
        quarters = income_report(s, "quarter")
    by_key = {r.key: r for r in months.rows}
    assert [r.key for r in months.rows] == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert (by_key["2026-01"].gross_minor, by_key["2026-01"].fees_minor,
            by_key["2026-01"].net_minor, by_key["2026-01"].orders) == (10000, 1000, 9000, 1)
    assert by_key["2026-02"].net_minor == 0  # an empty month is shown, not skipped
    assert by_key["2026-03"].net_minor == 5500 and by_key["2026-03"].orders == 1
    assert by_key["2026-04"].net_minor == -1000
    assert months.total.net_minor == 13500 and months.total.orders == 2
    assert [(r.key, r.net_minor) for r in quarters.rows] == [("2026-Q1", 14500), ("2026-Q2", -1000)]


def test_foreign_payments_count_at_their_home_amount(store) -> None:
    with store.transaction() as s:
        o = order(s, price_minor=10000, currency="USD", platform_name="Fiverr")
        pay(s, 8000, "2026-05-01T10:00", order_id=o.id, fee=2000, currency="USD", rate="0.92")
    with store.session() as s:
        report = income_report(s, "platform")
    (row,) = report.rows
    assert (row.key, row.net_minor, row.fees_minor, row.gross_minor) == ("Fiverr", 7360, 1840, 9200)


def test_by_client_and_gig_and_year_filter(store) -> None:
    with store.transaction() as s:
        a, b = client(s, "Atlas Média", country="MA"), client(s, "Maple Books", country="CA")
        oa = order(s, client_obj=a)
        ob = order(s, client_obj=b)
        pay(s, 3000, "2025-12-15T10:00", order_id=oa.id)
        pay(s, 7000, "2026-01-15T10:00", order_id=ob.id)
        pay(s, 1000, "2026-02-15T10:00", order_id=oa.id)
        pay(s, 200, "2026-02-16T10:00", kind=PaymentKind.ADJUSTMENT)  # no order
    with store.session() as s:
        clients = income_report(s, "client", 2026)
        gigs = income_report(s, "gig", 2026)
        years = income_report(s, "year")
    assert [(r.key, r.net_minor) for r in clients.rows] == [
        ("Maple Books", 7000), ("Atlas Média", 1000), ("—", 200)]
    assert clients.total.net_minor == 8200
    assert [(r.key, r.net_minor) for r in gigs.rows] == [("—", 8200)]
    assert [(r.key, r.net_minor) for r in years.rows] == [("2025", 3000), ("2026", 8200)]


def test_effective_hourly_rate_uses_tracked_time(store) -> None:
    with store.transaction() as s:
        o = order(s, status=OrderStatus.IN_PROGRESS)
        pay(s, 12000, "2026-03-10T10:00", order_id=o.id)
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-04T09:00"),
                        ended_at=at("2026-03-04T11:00")))
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-05T09:00"),
                        ended_at=at("2026-03-05T10:00")))
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-06T09:00")))  # running: not counted
    with store.session() as s:
        (row,) = income_report(s, "client").rows
        month = income_report(s, "month").rows[0]
    assert row.tracked_seconds == 3 * 3600
    assert row.hourly_net_minor == 4000
    assert month.tracked_seconds == 3 * 3600
    assert hourly_rate(1000, 0) is None
    assert hourly_rate(1000, 1800) == 2000


def test_json_shape(store) -> None:
    with store.transaction() as s:
        pay(s, 1234, "2026-06-01T10:00", kind=PaymentKind.ADJUSTMENT)
    with store.session() as s:
        data = income_report(s, "month").to_json()
    assert data["currency"] == "EUR"
    assert {"key", "gross_minor", "fees_minor", "net_minor", "orders"} <= set(data["rows"][0])
    assert {"gross_minor", "fees_minor", "net_minor", "orders"} <= set(data["total"])


amounts = st.lists(
    st.tuples(
        st.integers(min_value=-50_000, max_value=500_000).filter(lambda n: n != 0),
        st.integers(min_value=0, max_value=900 * 24 * 3600),  # seconds after the start
        st.integers(min_value=0, max_value=5_000),
    ),
    max_size=40,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payments=amounts, by=st.sampled_from(["month", "quarter", "year", "platform", "client"]))
def test_period_rows_add_up_to_the_total(store, payments, by) -> None:
    """For any set of payments, per-row figures sum to the report's total."""
    start = at("2024-01-01T00:00")
    with store.session() as s:  # rolled back at the end: each example starts empty
        o = order(s, platform_name="Upwork")
        for amount, offset, fee in payments:
            kind = PaymentKind.ADJUSTMENT
            record_payment(s, kind=kind, amount_minor=amount, fee_minor=fee, currency="EUR",
                           received_at=start + timedelta(seconds=offset),
                           order_id=o.id if amount % 2 else None)
        s.flush()
        report = income_report(s, by)
        assert sum(r.net_minor for r in report.rows) == report.total.net_minor
        assert sum(r.gross_minor for r in report.rows) == report.total.gross_minor
        assert sum(r.fees_minor for r in report.rows) == report.total.fees_minor
        assert report.total.net_minor == sum(a for a, _, _ in payments)
        s.rollback()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payments=amounts, edits=st.lists(st.integers(min_value=0, max_value=10**6), max_size=6),
       by=st.sampled_from(["month", "quarter", "year"]),
       zone=st.sampled_from(["Europe/Paris", "America/Toronto", "Africa/Casablanca", "UTC",
                             "Asia/Kolkata"]),
       year=st.sampled_from([None, 2024, 2025]))
def test_hourly_rollups_agree_with_the_payments(store, payments, edits, by, zone, year) -> None:
    """The trigger-kept rollups give the same report as summing payments, after edits too."""
    start = at("2024-01-01T00:00")
    with store.session() as s:
        o = order(s, platform_name="Upwork")
        added = []
        for amount, offset, fee in payments:
            when = start + timedelta(seconds=offset)
            added.append(record_payment(s, kind=PaymentKind.ADJUSTMENT, amount_minor=amount,
                                        fee_minor=fee, currency="EUR", received_at=when,
                                        order_id=o.id))
            s.add(TimeEntry(order_id=o.id, started_at=when,
                            ended_at=when + timedelta(seconds=fee * 7)))
        s.flush()
        for n in edits:  # move, change or delete some payments after the fact
            if not added:
                break
            p = added.pop(n % len(added))
            if n % 3 == 0:
                s.delete(p)
            else:
                p.received_at += timedelta(hours=n % 500)
                p.home_amount_minor += n % 7
        s.flush()
        tz = ZoneInfo(zone)
        fast = income_report(s, by, year, zone=tz)
        slow = income_report(s, by, year, zone=tz, use_rollups=False)
        assert fast.to_json() == slow.to_json()
        s.rollback()


def test_orders_count_payouts_only(store) -> None:
    with store.transaction() as s:
        o = order(s)
        pay(s, 9000, "2026-01-10T10:00", order_id=o.id)
        pay(s, 500, "2026-01-11T10:00", order_id=o.id, kind=PaymentKind.TIP)
        pay(s, -200, "2026-01-12T10:00", order_id=o.id, kind=PaymentKind.REFUND)
    with store.session() as s:
        for by in ("month", "client"):
            report = income_report(s, by)
            assert report.rows[0].orders == 1 and report.total.orders == 1


def test_a_payment_without_an_order_is_neither_an_order_nor_earned_in_the_hours(store) -> None:
    """An imported client payment with no order (PayPal history) is income, but adds no
    order and is not divided by the hours tracked on other orders (issue 15: 2016 showed 25
    "orders", 2024's net per hour jumped from €14.02 to €40.02)."""
    with store.transaction() as s:
        o = order(s, status=OrderStatus.IN_PROGRESS)
        pay(s, 12000, "2026-03-10T10:00", order_id=o.id)
        s.add(TimeEntry(order_id=o.id, started_at=at("2026-03-04T09:00"),
                        ended_at=at("2026-03-04T12:00")))
    reports = [(by, rollups) for by in ("month", "year", "client") for rollups in (True, False)]
    with store.session() as s:
        before = {k: income_report(s, k[0], use_rollups=k[1]) for k in reports}
    with store.transaction() as s:
        p = pay(s, 50000, "2026-03-12T10:00")
        p.client_id, p.source, p.source_id = o.client_id, "paypal", "9XY"
        pay(s, 7000, "2025-05-01T10:00").client_id = o.client_id  # a year with no order at all
    with store.session() as s:
        for k in reports:
            after = income_report(s, k[0], use_rollups=k[1])
            assert after.total.orders == before[k].total.orders == 1, k
            assert after.total.hourly_net_minor == before[k].total.hourly_net_minor == 4000, k
            assert after.total.net_minor == before[k].total.net_minor + 57000, k
            rows = {r.key: r for r in after.rows}
            if k[0] == "year":
                assert rows["2025"].orders == 0 and rows["2025"].hourly_net_minor is None
                assert rows["2026"].orders == 1 and rows["2026"].hourly_net_minor == 4000


def test_a_demo_stores_orders_and_net_per_hour_are_what_they_were(tmp_path) -> None:
    """On a store without imported payments the report keeps its old figures: orders are
    the payouts, net per hour the whole net over the hours tracked."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from storage.db import open_store
    from storage.demo import generate
    demo = open_store(tmp_path / "demo.db")
    try:
        generate(demo, orders=80, seed=11, as_of=datetime(2026, 6, 1, tzinfo=UTC))
        with demo.session() as s:
            assert s.execute(text("SELECT COUNT(*) FROM payments WHERE order_id IS NULL")
                             ).scalar() == 0
            payouts = s.execute(text("SELECT COUNT(*) FROM payments WHERE kind = 'payout'")
                                ).scalar()
            for by in ("year", "month", "client", "platform"):
                for rollups in (True, False):
                    report = income_report(s, by, use_rollups=rollups)
                    assert report.total.orders == payouts
                    for r in [*report.rows, report.total]:
                        assert r.hourly_net_minor == hourly_rate(r.net_minor, r.tracked_seconds)
    finally:
        demo.close()
