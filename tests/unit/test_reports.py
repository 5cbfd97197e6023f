"""Report helpers: net by month and platform, years with payments, top-N, the CSV export."""

from __future__ import annotations

import csv
import os
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.income import IncomeRow, income_report
from storage.payments import record_payment
from storage.reports import (
    decimal_text,
    net_by_period_and_platform,
    others_share,
    payment_years,
    top_and_others,
    write_income_csv,
)
from storage.tables import PaymentKind
from tests.factories import at, client, order


def pay(s, amount: int, when: str, *, order_id=None, fee: int = 0, currency: str = "EUR",
        rate: str | None = None, kind: PaymentKind = PaymentKind.PAYOUT):
    return record_payment(s, kind=kind, amount_minor=amount, fee_minor=fee, currency=currency,
                          received_at=at(when), order_id=order_id, rate=rate)


def test_net_by_month_and_platform(store) -> None:
    with store.transaction() as s:
        malt = order(s, platform_name="Malt")
        upwork = order(s, platform_name="Upwork", client_obj=malt.client)
        pay(s, 9000, "2026-01-10T10:00", order_id=malt.id, fee=1000)
        pay(s, 4000, "2026-01-20T10:00", order_id=upwork.id)
        pay(s, 3000, "2026-03-05T10:00", order_id=upwork.id, kind=PaymentKind.TIP)
        pay(s, 150, "2026-03-06T10:00", kind=PaymentKind.ADJUSTMENT)  # no order, no platform
        # 1 Feb 00:30 in Paris is still 31 Jan in UTC: it belongs to February.
        pay(s, -500, "2026-02-01T00:30:00+01:00", order_id=malt.id, kind=PaymentKind.REFUND)
    with store.session() as s:
        m = net_by_period_and_platform(s, "month")
        report = income_report(s, "month")
    assert m.currency == "EUR"
    assert m.periods == ["2026-01", "2026-02", "2026-03"]
    assert [name for _, name in m.platforms] == ["Malt", "Upwork", "—"]
    by_name = {name: m.net_minor[pid] for pid, name in m.platforms}
    assert by_name == {"Malt": [9000, -500, 0], "Upwork": [4000, 0, 3000], "—": [0, 0, 150]}
    assert m.period_totals() == [r.net_minor for r in report.rows]
    assert m.total_minor == report.total.net_minor == 15650


def test_net_by_platform_within_a_year_and_empty_store(store) -> None:
    with store.session() as s:
        empty = net_by_period_and_platform(s, "month")
        assert (empty.periods, empty.platforms, empty.total_minor) == ([], [], 0)
        assert payment_years(s) == []
    with store.transaction() as s:
        o = order(s, platform_name="Fiverr")
        pay(s, 1000, "2024-06-01T10:00", order_id=o.id)
        pay(s, 2000, "2026-02-01T10:00", order_id=o.id)
        # New Year's Eve 23:30 in Paris: 2025 for the user, though 22:30 UTC.
        pay(s, 300, "2025-12-31T23:30:00+01:00", order_id=o.id)
    with store.session() as s:
        m = net_by_period_and_platform(s, "quarter", 2026)
        assert (m.periods, m.total_minor) == (["2026-Q1"], 2000)
        assert payment_years(s) == [2024, 2025, 2026]
        assert payment_years(s, zone=ZoneInfo("UTC")) == [2024, 2025, 2026]
        with pytest.raises(Exception, match="not a period"):
            net_by_period_and_platform(s, "week")


def test_payment_years_skip_years_without_payments(store) -> None:
    with store.transaction() as s:
        pay(s, 1000, "2023-06-01T10:00", kind=PaymentKind.ADJUSTMENT)
        pay(s, 1000, "2026-06-01T10:00", kind=PaymentKind.ADJUSTMENT)
    with store.session() as s:
        assert payment_years(s) == [2023, 2026]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payments=st.lists(st.tuples(
    st.integers(min_value=-20_000, max_value=200_000).filter(lambda n: n != 0),
    st.integers(min_value=0, max_value=800 * 24 * 3600), st.integers(min_value=0, max_value=3)),
    max_size=30), year=st.sampled_from([None, 2024, 2025]))
def test_platform_split_adds_up_to_the_income_report(store, payments, year) -> None:
    start = at("2024-01-01T00:00")
    with store.session() as s:
        c = client(s)
        orders = [order(s, platform_name=p, client_obj=c) for p in ("Malt", "Upwork", "Direct")]
        for amount, offset, which in payments:
            record_payment(s, kind=PaymentKind.ADJUSTMENT, amount_minor=amount, currency="EUR",
                           received_at=start + timedelta(seconds=offset),
                           order_id=orders[which].id if which < 3 else None)
        s.flush()
        m = net_by_period_and_platform(s, "month", year)
        report = income_report(s, "month", year)
        assert m.periods == [r.key for r in report.rows]
        assert m.period_totals() == [r.net_minor for r in report.rows]
        assert m.total_minor == report.total.net_minor
        s.rollback()


def test_top_and_others() -> None:
    rows = [IncomeRow(f"c{i}", net_minor=i * 100, gross_minor=i * 110, orders=1)
            for i in range(1, 14)]
    top, others = top_and_others(rows, 10)
    assert [r.key for r in top] == [f"c{i}" for i in range(13, 3, -1)]
    assert others is not None
    assert (others.net_minor, others.gross_minor, others.orders) == (600, 660, 3)
    top, others = top_and_others(rows[:4], 10)
    assert len(top) == 4 and others is None


def test_others_share_is_a_whole_percent_of_the_net() -> None:
    rows = [IncomeRow(f"c{i}", net_minor=i * 100) for i in range(1, 14)]
    top, others = top_and_others(rows, 10)
    assert others_share(top, others) == 7  # 600 of 9100: 6.6 % rounded half up
    assert others_share(*top_and_others(rows[:4], 10)) is None  # no others
    refunds = [IncomeRow("a", net_minor=100), IncomeRow("b", net_minor=-300)]
    assert others_share(*top_and_others(refunds, 1)) is None  # the net is not above zero


def test_decimal_text() -> None:
    assert decimal_text(123456, "EUR") == "1234.56"
    assert decimal_text(-5, "EUR") == "-0.05"
    assert decimal_text(0, "EUR") == "0.00"
    assert decimal_text(1500, "JPY") == "1500"
    assert decimal_text(1234, "TND") == "1.234"


def test_csv_export_adds_up_and_is_atomic(store, tmp_path: Path) -> None:
    with store.transaction() as s:
        a = order(s, platform_name="Malt", client_obj=client(s, "Société Générale d'Écriture"))
        pay(s, 9000, "2026-01-10T10:00", order_id=a.id, fee=1000)
        pay(s, 1234, "2026-03-10T10:00", kind=PaymentKind.ADJUSTMENT)
        pay(s, -99, "2026-03-11T10:00", order_id=a.id, kind=PaymentKind.REFUND)
    with store.session() as s:
        report = income_report(s, "client")
    out = tmp_path / "export"
    out.mkdir()
    path = out / "income.csv"
    path.write_text("old content", encoding="utf-8")
    steps: list[tuple[int, int]] = []
    assert write_income_csv(report, path, progress=lambda d, t: steps.append((d, t))) == 2
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["client", "gross", "fees", "net", "orders", "hours", "hourly_net",
                             "currency"]
    assert rows[0]["client"] == "Société Générale d'Écriture"
    assert (rows[0]["gross"], rows[0]["fees"], rows[0]["net"]) == ("99.01", "10.00", "89.01")
    assert rows[0]["hourly_net"] == "" and rows[0]["hours"] == "0.00"
    assert {r["currency"] for r in rows} == {"EUR"}
    net = sum(Decimal(r["net"]) for r in rows)
    assert net * 100 == report.total.net_minor
    assert steps[-1] == (2, 2)
    assert [p.name for p in out.iterdir()] == ["income.csv"]

    def stop() -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_income_csv(report, path, check=stop)
    # The previous file is intact and no temporary file is left behind.
    assert sorted(os.listdir(out)) == ["income.csv"]
    assert path.read_text(encoding="utf-8").startswith("client,")
