"""The Québec self-employed helper, on hand-worked examples (arithmetic in the comments).

The store's zone is America/Montreal (UTC-5 in winter, UTC-4 from March 8, 2026); money in
CAD cents; client country "CA" bears GST/QST, another country is an export (zero-rated).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from storage import quebec, settings
from storage.errors import ValidationError
from storage.obligations import mark_done
from storage.payments import record_payment
from storage.tables import ExchangeRate, Expense, OrderStatus, PaymentKind
from tests.factories import at, client, order, walk

MTL = ZoneInfo("America/Montreal")


@pytest.fixture
def qc(store):
    with store.transaction() as s:
        settings.put(s, "home_currency", "CAD")
        settings.put(s, "timezone", "America/Montreal")
        settings.put(s, "status", "qc_self")
    return store


def pay(s, dollars_cents: int, when: str, *, country: str = "US", currency: str = "CAD",
        rate: str | None = None, fee: int = 0, order_id: int | None = None,
        kind: PaymentKind = PaymentKind.PAYOUT):
    p = record_payment(s, kind=kind, amount_minor=dollars_cents, fee_minor=fee,
                       currency=currency, received_at=at(when), order_id=order_id, rate=rate)
    if order_id is None:
        p.client_id = client(s, f"Client {p.id}", country=country).id
    return p


# --- (a) the small-supplier meter ---------------------------------------------------------------


def test_meter_crossed_within_a_single_quarter_makes_registration_due_that_day(qc) -> None:
    with qc.transaction() as s:
        pay(s, 2_999_900, "2026-02-10T15:00")  # 29,999.00 $ (an export: counted all the same)
    with qc.session() as s:
        before = quebec.small_supplier(s, 2026, MTL)
        meter = before.meter(date(2026, 3, 1), registered=False)
    assert before.mandatory_from is None
    # 29,999.00 / 30,000.00 = 99.99 % ≥ 80 %: a warning, not yet crossed (the test is "more
    # than 30,000 $")
    assert meter.level == "warning" and meter.amount_minor == 2_999_900
    with qc.transaction() as s:
        pay(s, 200, "2026-03-20T15:00")  # + 2.00 = 30,001.00 $ in Q1 alone
    with qc.session() as s:
        after = quebec.small_supplier(s, 2026, MTL)
    assert after.crossed_quarter == "2026-Q1" and after.crossed_by == "quarter"
    assert after.mandatory_from == date(2026, 3, 20)  # the supply that made it cross
    assert after.meter(date(2026, 3, 25), registered=False).level == "exceeded"


def test_meter_crossed_over_four_quarters_registration_from_the_second_month_after(qc) -> None:
    with qc.transaction() as s:
        for when in ("2025-05-10", "2025-08-10", "2025-11-10", "2026-02-10"):
            pay(s, 800_000, f"{when}T15:00")  # 8,000.00 $ a quarter, never 30,000 in one
    with qc.session() as s:
        sup = quebec.small_supplier(s, 2026, MTL)
    by_key = {q.key: q for q in sup.quarters}
    # four quarters ending 2025-Q4: 0 (Q1) + 8,000 + 8,000 + 8,000 = 24,000 ≤ 30,000
    assert by_key["2025-Q4"].four_quarters_minor == 2_400_000
    # ending 2026-Q1: 8,000 × 4 = 32,000 > 30,000 → no longer a small supplier at the end of
    # the month after the quarter (April 30): registration mandatory from May 1
    assert by_key["2026-Q1"].four_quarters_minor == 3_200_000
    assert (sup.crossed_quarter, sup.crossed_by) == ("2026-Q1", "four_quarters")
    assert sup.mandatory_from == date(2026, 5, 1)


def test_a_payment_late_on_march_31_local_time_counts_in_the_first_quarter(qc) -> None:
    with qc.transaction() as s:
        pay(s, 1_500_000, "2026-02-01T15:00")  # 15,000.00 $
        # 23:30 in Montréal (EDT, UTC-4) is already April 1, 03:30 UTC: still Q1 locally,
        # so Q1 = 15,000 + 15,001 = 30,001 > 30,000
        pay(s, 1_500_100, "2026-03-31T23:30:00-04:00")
    with qc.session() as s:
        sup = quebec.small_supplier(s, 2026, MTL)
    assert sup.crossed_by == "quarter" and sup.mandatory_from == date(2026, 3, 31)


def test_a_payment_on_april_1_local_time_falls_in_the_second_quarter(qc) -> None:
    with qc.transaction() as s:
        pay(s, 1_500_000, "2026-02-01T15:00")
        pay(s, 1_500_100, "2026-04-01T00:30:00-04:00")  # April 1 locally (04:30 UTC)
    with qc.session() as s:
        sup = quebec.small_supplier(s, 2026, MTL)
    by_key = {q.key: q for q in sup.quarters}
    # Q1 15,000, Q2 15,001: no single quarter over 30,000, and the four quarters ending Q2
    # hold 30,001 > 30,000 → crossed over four quarters: from the 1st of August
    assert by_key["2026-Q1"].amount_minor == 1_500_000
    assert by_key["2026-Q2"].amount_minor == 1_500_100
    assert (sup.crossed_by, sup.mandatory_from) == ("four_quarters", date(2026, 8, 1))


# --- (b) GST and QST ----------------------------------------------------------------------------


def registered(s, filing: str = "quarter", quick: str = "no", since: str = "") -> None:
    settings.put(s, "qc_gst", "registered")
    settings.put(s, "qc_filing", filing)
    settings.put(s, "qc_quick_method", quick)
    settings.put(s, "qc_registered_on", since)


def test_gst_and_qst_on_a_canadian_sale_exports_zero_rated(qc) -> None:
    with qc.transaction() as s:
        registered(s)
        pay(s, 100_000, "2026-02-10T15:00", country="CA")  # 1,000.00 $ to a Québec client
        pay(s, 50_000, "2026-02-11T15:00", country="US")  # an export: zero-rated
    with qc.session() as s:
        q1, q2, q3, q4 = quebec.gst_qst_periods(s, 2026, MTL)
    # GST 5 % of 1,000.00 = 50.00; QST 9.975 % of 1,000.00 = 99.75
    assert (q1.taxable_minor, q1.zero_rated_minor) == (100_000, 50_000)
    assert (q1.gst_minor, q1.qst_minor) == (5_000, 9_975)
    assert (q1.remit_gst_minor, q1.remit_qst_minor) == (5_000, 9_975)  # regular method
    assert [p.deadline for p in (q1, q2, q3, q4)] == [
        date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31), date(2027, 1, 31)]


def test_a_client_without_country_is_taxed_and_the_report_says_so(qc) -> None:
    with qc.transaction() as s:
        registered(s)
        pay(s, 100_000, "2026-02-10T15:00", country="")
    with qc.session() as s:
        report = quebec.quebec_report(s, 2026, MTL, today=date(2026, 3, 1))
    assert report.periods[0].gst_minor == 5_000
    assert report.periods[0].unknown_country_sales == 1
    assert any("no country" in w.message for w in report.warnings)


def test_quick_method_with_the_one_percent_reduction(qc) -> None:
    with qc.transaction() as s:
        registered(s, quick="yes")
        pay(s, 2_000_000, "2026-02-10T15:00", country="CA")  # 20,000.00 $ in Q1
        pay(s, 2_000_000, "2026-05-10T15:00", country="CA")  # 20,000.00 $ in Q2
        pay(s, 1_000_000, "2026-05-11T15:00", country="GB")  # export: outside the quick method
    with qc.session() as s:
        q1, q2, *_ = quebec.gst_qst_periods(s, 2026, MTL)
    # Q1: GST 1,000.00 → supplies with GST 21,000.00 × 3.6 % = 756.00, less 1 % of 21,000.00
    # (within the first 30,000 $) = 210.00 → 546.00.
    # QST 1,995.00 → supplies with QST 21,995.00 × 6.6 % = 1,451.67, less 1 % of 21,995.00
    # (within the first 31,421 $) = 219.95 → 1,231.72. (Revenu Québec's own example.)
    assert (q1.remit_gst_minor, q1.remit_qst_minor) == (54_600, 123_172)
    # Q2: the reduction has 30,000 − 21,000 = 9,000 $ left for GST: 756.00 − 90.00 = 666.00;
    # 31,421 − 21,995 = 9,426 $ for QST: 1,451.67 − 94.26 = 1,357.41
    assert (q2.remit_gst_minor, q2.remit_qst_minor) == (66_600, 135_741)
    assert q2.zero_rated_minor == 1_000_000


def test_annual_filer_pays_by_april_30_and_files_by_june_15(qc) -> None:
    with qc.transaction() as s:
        registered(s, filing="year")
    with qc.session() as s:
        (year,) = quebec.gst_qst_periods(s, 2026, MTL)
    assert (year.deadline, year.filing_deadline) == (date(2027, 4, 30), date(2027, 6, 15))


def test_periods_before_registration_carry_no_tax(qc) -> None:
    with qc.transaction() as s:
        registered(s, filing="month", since="2026-03-20")
        pay(s, 100_000, "2026-03-10T15:00", country="CA")  # before registration: no tax
        pay(s, 100_000, "2026-03-25T15:00", country="CA")
    with qc.session() as s:
        periods = quebec.gst_qst_periods(s, 2026, MTL)
    assert periods[0].key == "2026-03" and periods[0].taxable_minor == 100_000


# --- (c) instalments ----------------------------------------------------------------------------


def completed(s, price: int, when: str, currency: str = "CAD", country: str = "US"):
    o = order(s, price_minor=price, currency=currency, received=f"{when[:10]}T08:00",
              due=None, client_obj=client(s, f"C {price}", country=country))
    walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED,
         start=f"{when[:10]}T{when[11:16]}")
    return o


def test_instalment_reminders_when_last_years_estimate_passes_1800(qc) -> None:
    with qc.transaction() as s:
        completed(s, 1_200_000, "2025-06-10T15:00")  # 2025 net (accrual): 12,000.00 $
    with qc.session() as s:
        inst = quebec.instalments(s, 2026, MTL)
    # 12,000.00 × 20 % (the editable estimate rate) = 2,400.00 > 1,800.00: four reminders of
    # 2,400.00 / 4 = 600.00 each
    assert inst.required and inst.estimate_minor == 240_000
    assert inst.dates == [date(2026, 3, 15), date(2026, 6, 15), date(2026, 9, 15),
                          date(2026, 12, 15)]
    assert inst.amounts_minor == [60_000] * 4


def test_no_instalments_under_the_threshold(qc) -> None:
    with qc.transaction() as s:
        completed(s, 800_000, "2025-06-10T15:00")  # 8,000 × 20 % = 1,600 ≤ 1,800
    with qc.session() as s:
        assert not quebec.instalments(s, 2026, MTL).required


# --- (d) the year summary -----------------------------------------------------------------------


def test_order_completed_in_december_and_paid_in_january_accrual_beside_cash(qc) -> None:
    with qc.transaction() as s:
        # Friday Dec 18: 1 EUR = 1.05 USD = 1.47 CAD → 1 USD = 1.47 / 1.05 = 1.4 CAD
        s.add_all([ExchangeRate(day=date(2026, 12, 18), currency="USD", per_eur="1.05"),
                   ExchangeRate(day=date(2026, 12, 18), currency="CAD", per_eur="1.47")])
        o = completed(s, 100_000, "2026-12-20T15:00", currency="USD")  # Sunday: rate of Friday
        # paid January 5 at 1.38: 950.00 USD net + 50.00 USD fee → 1,311.00 + 69.00 CAD
        pay(s, 95_000, "2027-01-05T15:00", currency="USD", rate="1.38", fee=5_000,
            order_id=o.id)
        quebec.add_expense(s, spent_on="2026-12-18", amount="100.00", currency="USD",
                           category="software", description="Editor licence")
    with qc.session() as s:
        y26 = quebec.year_summary(s, 2026, MTL)
        y27 = quebec.year_summary(s, 2027, MTL)
    # 2026 accrual: 1,000.00 USD × 1.4 = 1,400.00 CAD earned; cash: nothing received
    assert (y26.accrual.gross_minor, y26.cash.gross_minor) == (140_000, 0)
    # the USD 100.00 expense at 1.4 = 140.00 CAD, in both views
    assert y26.accrual.expenses_minor["software"] == 14_000
    assert (y26.accrual.net_minor, y26.cash.net_minor) == (126_000, -14_000)
    # 2027 cash: 1,311.00 + 69.00 = 1,380.00 gross, 69.00 platform fees, net 1,311.00; the
    # accrual view counted the order in 2026 already
    assert (y27.cash.gross_minor, y27.cash.platform_fees_minor) == (138_000, 6_900)
    assert y27.cash.net_minor == 131_100
    assert (y27.accrual.gross_minor, y27.accrual.net_minor) == (0, -6_900)


def test_an_order_without_a_rate_uses_its_payment_rate_or_is_counted_apart(qc) -> None:
    with qc.transaction() as s:
        o = completed(s, 10_000, "2026-06-10T15:00", currency="EUR")
        pay(s, 10_000, "2026-06-12T15:00", currency="EUR", rate="1.5", order_id=o.id)
        completed(s, 10_000, "2026-06-11T15:00", currency="GBP")  # no rate at all
    with qc.session() as s:
        y = quebec.year_summary(s, 2026, MTL)
    assert y.accrual.gross_minor == 15_000  # 100.00 EUR × 1.5
    assert y.unconverted_orders == 1


# --- (e) expenses -------------------------------------------------------------------------------


@pytest.mark.parametrize(("fields", "field"), [
    ({"amount": "-5"}, "amount"),
    ({"amount": "0"}, "amount"),
    ({"amount": "abc"}, "amount"),
    ({"category": "yacht"}, "category"),
    ({"spent_on": "31/03/2026"}, "spent_on"),
    ({"spent_on": "1900-01-01"}, "spent_on"),
    ({"description": "x" * 501}, "description"),
    ({"currency": "ZZZ"}, "currency"),
])
def test_expense_validation_names_the_field_and_writes_nothing(qc, fields, field) -> None:
    values = {"spent_on": "2026-03-31", "amount": "12.50", "category": "office",
              "currency": "CAD", "description": "Paper", **fields}
    with qc.transaction() as s, pytest.raises(ValidationError) as err:
        quebec.add_expense(s, **values)
    assert err.value.field == field
    with qc.session() as s:
        assert s.scalar(select(func.count()).select_from(Expense)) == 0


def test_expenses_add_edit_list_delete(qc) -> None:
    with qc.transaction() as s:
        e = quebec.add_expense(s, spent_on="2026-03-31", amount="1 234,50", category="travel",
                               lang="fr")
        quebec.update_expense(s, e.id, {"amount": "99.99", "category": "advertising"})
        eid = e.id
    with qc.session() as s:
        (row,) = quebec.list_expenses(s, 2026)
        assert (row.amount_minor, row.category, row.currency) == (9_999, "advertising", "CAD")
        assert quebec.list_expenses(s, 2025) == []
    with qc.transaction() as s:
        quebec.delete_expense(s, eid)
        with pytest.raises(ValidationError):
            quebec.delete_expense(s, eid)


# --- (f) overview and refusals ------------------------------------------------------------------


def test_overview_lists_the_returns_not_done_and_the_meter(qc) -> None:
    with qc.transaction() as s:
        registered(s, since="2026-01-01")
        pay(s, 100_000, "2026-02-10T15:00", country="CA")
    with qc.session() as s:
        ov = quebec.overview(s, date(2026, 5, 10), MTL)
    # Q1 (deadline April 30, passed, not done) and Q2 (the next one, July 31)
    assert [(d.kind, d.period_key) for d in ov.declarations] == [
        ("gst_qst", "2026-Q1"), ("gst_qst", "2026-Q2")]
    assert ov.declarations[0].amounts["gst"] == 5_000
    assert [m.key for m in ov.meters] == ["qc_small_supplier"]
    with qc.transaction() as s:
        mark_done(s, ov.declarations[0], at("2026-05-10T12:00"))
    with qc.session() as s:
        ov = quebec.overview(s, date(2026, 5, 10), MTL)
    assert [d.period_key for d in ov.declarations] == ["2026-Q2"]


def test_a_home_currency_other_than_cad_is_refused_in_plain_words(store) -> None:
    with store.session() as s, pytest.raises(ValidationError) as err:
        quebec.quebec_report(s, 2026)
    assert "CAD" in str(err.value) and err.value.field == "home_currency"


def test_a_cancelled_order_paid_then_refunded_earns_nothing_on_accrual(qc) -> None:
    with qc.transaction() as s:
        o = order(s, price_minor=50_000, currency="CAD", received="2026-04-01T09:00",
                  due=None, client_obj=client(s, "Refunded", country="US"))
        pay(s, 50_000, "2026-04-02T15:00", order_id=o.id)
        walk(s, o, OrderStatus.CANCELLED, start="2026-04-03T10:00")
        pay(s, -50_000, "2026-04-04T15:00", order_id=o.id, kind=PaymentKind.REFUND)
    with qc.session() as s:
        y = quebec.year_summary(s, 2026, MTL)
    # cash: +500.00 − 500.00 = 0; accrual: the order was never earned, nor is its refund
    assert (y.cash.gross_minor, y.accrual.gross_minor) == (0, 0)


def test_all_instalments_done_shows_next_years_first(qc) -> None:
    with qc.transaction() as s:
        # 2025 and 2026: 100,000 $ net each → the estimate passes 1,800 $: instalments
        pay(s, 10_000_000, "2025-05-10T15:00", country="CA")
        pay(s, 10_000_000, "2026-05-10T15:00", country="CA")
    today = date(2026, 12, 7)
    with qc.transaction() as s:
        dues = quebec.overview(s, today, MTL).declarations
        assert [d.period_key for d in dues] == ["2026-I1", "2026-I2", "2026-I3", "2026-I4"]
        for d in dues:
            mark_done(s, d, at("2026-12-07T12:00"))
    with qc.session() as s:
        ov = quebec.overview(s, today, MTL)
    # the 15 March 2027 instalment shows as the next one
    assert [(d.kind, d.period_key, d.deadline) for d in ov.declarations] == [
        ("instalment", "2027-I1", date(2027, 3, 15))]
