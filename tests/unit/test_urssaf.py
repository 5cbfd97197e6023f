"""The French micro-entrepreneur helper: declared cash, contributions, deadlines, ceilings."""

from __future__ import annotations

from datetime import date

import pytest

from storage import settings
from storage.errors import ValidationError
from storage.payments import record_payment
from storage.tables import Activity, PaymentKind, UrssafYear
from storage.urssaf import next_declaration, urssaf_report
from tests.factories import at, gig_with_packages, order


def pay(s, amount, when, order_id=None, fee=0):
    return record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, fee_minor=fee,
                          currency="EUR", received_at=at(when), order_id=order_id)


def test_declared_cash_is_gross_of_platform_fees_and_split_by_activity(store) -> None:
    with store.transaction() as s:
        services = order(s, platform_name="Malt")  # default activity: services BIC
        gig = gig_with_packages(s, "Conseil", activity=Activity.LIBERAL_BNC)
        bnc = order(s, gig_id=gig.id, client_obj=services.client)
        sale = order(s, activity=Activity.SALES_BIC, client_obj=services.client)
        pay(s, 90_000, "2026-02-10T10:00", services.id, fee=10_000)  # declared: 1,000.00
        pay(s, 50_000, "2026-03-10T10:00", bnc.id)
        pay(s, 20_000, "2026-05-10T10:00", sale.id)
    with store.session() as s:
        report = urssaf_report(s, 2026, "quarter")
    q1, q2, q3, q4 = report.periods
    assert q1.key == "2026-Q1"
    assert q1.declared_minor == {"sales_bic": 0, "services_bic": 100_000, "liberal_bnc": 50_000}
    # 2026: 21.2 % services BIC, 25.6 % BNC (SSI), 12.3 % sales.
    assert q1.contributions_minor == {"sales_bic": 0, "services_bic": 21_200,
                                      "liberal_bnc": 12_800}
    assert q2.declared_minor["sales_bic"] == 20_000
    assert q2.contributions_minor["sales_bic"] == 2_460
    assert q3.total_declared_minor == 0 and q4.total_due_minor == 0
    assert [p.deadline for p in report.periods] == [
        date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31), date(2027, 1, 31)]
    assert report.year_declared_minor == {"sales_bic": 20_000, "services_bic": 100_000,
                                          "liberal_bnc": 50_000}


def test_monthly_periods_cipav_and_versement_liberatoire(store) -> None:
    with store.transaction() as s:
        settings.put(s, "activity", "liberal_bnc")
        settings.put(s, "urssaf_bnc_fund", "cipav")
        settings.put(s, "versement_liberatoire", "yes")
        pay(s, 100_000, "2026-01-31T23:30:00+01:00")  # January in Paris
    with store.session() as s:
        report = urssaf_report(s, 2026, "month")
    jan = report.periods[0]
    assert len(report.periods) == 12
    assert jan.key == "2026-01" and jan.deadline == date(2026, 2, 28)
    assert jan.contributions_minor["liberal_bnc"] == 23_200  # CIPAV 23.2 %
    assert jan.versement_liberatoire_minor["liberal_bnc"] == 2_200  # 2.2 %
    assert jan.total_due_minor == 25_400


@pytest.mark.parametrize(("euros", "level"), [
    (60_000, "ok"), (66_880, "warning"), (83_600, "warning"), (83_601, "exceeded"),
])
def test_services_ceiling_warns_at_80_percent_and_when_exceeded(store, euros, level) -> None:
    with store.transaction() as s:
        pay(s, euros * 100, "2026-06-01T10:00")
    with store.session() as s:
        report = urssaf_report(s, 2026)
    ceiling = next(t for t in report.thresholds if t.name == "ceiling_services")
    assert ceiling.limit_minor == 8_360_000
    assert ceiling.level == level
    assert (ceiling in report.warnings) == (level != "ok")


def test_vat_franchise_tolerance(store) -> None:
    with store.transaction() as s:
        pay(s, 4_200_000, "2026-06-01T10:00")  # 42,000 € of services
    with store.session() as s:
        vat = next(t for t in urssaf_report(s, 2026).thresholds if t.name == "vat_services")
    assert (vat.limit_minor, vat.tolerance_minor) == (3_750_000, 4_125_000)
    assert vat.level == "over_tolerance"
    assert "VAT is due" in vat.message


def test_figures_are_editable_per_year(store) -> None:
    with store.transaction() as s:
        s.get(UrssafYear, 2026).rate_services_bic_bp = 2000
        pay(s, 100_000, "2026-02-10T10:00")
    with store.session() as s:
        assert urssaf_report(s, 2026).periods[0].contributions_minor["services_bic"] == 20_000


def test_shipped_ceilings(store) -> None:
    with store.session() as s:
        for year, services, sales in [(2023, 77_700, 188_700), (2025, 77_700, 188_700),
                                      (2026, 83_600, 203_100), (2028, 83_600, 203_100)]:
            row = s.get(UrssafYear, year)
            assert (row.ceiling_services_minor, row.ceiling_sales_minor) == (
                services * 100, sales * 100)
        fig = s.get(UrssafYear, 2026)
        assert (fig.rate_sales_bp, fig.rate_services_bic_bp, fig.rate_bnc_ssi_bp,
                fig.rate_bnc_cipav_bp) == (1230, 2120, 2560, 2320)
        assert (fig.vl_sales_bp, fig.vl_services_bic_bp, fig.vl_bnc_bp) == (100, 170, 220)
        assert (fig.vat_sales_minor, fig.vat_sales_tolerance_minor) == (8_500_000, 9_350_000)


def test_unknown_year_and_non_euro_home_currency_are_explained(store) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError, match="no URSSAF figures for 2031"):
            urssaf_report(s, 2031)
        settings.put(s, "home_currency", "MAD")
        with pytest.raises(ValidationError, match="in euros") as err:
            urssaf_report(s, 2026)
        assert err.value.field == "home_currency"


@pytest.mark.parametrize(("today", "period", "key", "deadline"), [
    (date(2026, 11, 23), "quarter", "2026-Q4", date(2027, 1, 31)),
    (date(2026, 10, 15), "quarter", "2026-Q3", date(2026, 10, 31)),
    (date(2026, 11, 23), "month", "2026-10", date(2026, 11, 30)),
    (date(2026, 12, 1), "month", "2026-11", date(2026, 12, 31)),
])
def test_next_declaration(store, today, period, key, deadline) -> None:
    with store.transaction() as s:
        settings.put(s, "urssaf_period", period)
        # from July on: every period in these cases has something to declare (next_declaration
        # follows Today's overview, which skips the periods before the first payment)
        pay(s, 10_000, "2026-07-05T10:00")
    with store.session() as s:
        nxt = next_declaration(s, today)
    assert (nxt.key, nxt.deadline) == (key, deadline)


def test_vat_sales_threshold_counts_all_turnover_like_the_meter(store) -> None:
    """Mixed activity (CGI art. 293 B I): the franchise holds while ALL the turnover stays under
    the sales threshold (85,000 €) and the services part under 37,500 €. One rule for the report's
    `thresholds` and the VAT-franchise meter."""
    with store.transaction() as s:
        sale = order(s, activity=Activity.SALES_BIC)
        services = order(s, client_obj=sale.client)  # default activity: services BIC
        pay(s, 6_000_000, "2026-02-10T10:00", sale.id)  # 60,000 € of sales
        pay(s, 3_000_000, "2026-03-10T10:00", services.id)  # 30,000 € of services
    with store.session() as s:
        report = urssaf_report(s, 2026, "quarter")
    vat_sales = next(t for t in report.thresholds if t.name == "vat_sales")
    # 60,000 + 30,000 = 90,000 € > 85,000 € (≤ 93,500 €): exceeded, not 60,000 € "ok" (70 %)
    assert vat_sales.amount_minor == 9_000_000
    assert vat_sales.level == "exceeded"
    meter = next(m for m in report.meters if m.key == "fr_vat_sales")
    assert meter.amount_minor == vat_sales.amount_minor
    # the services part: 30,000 € of 37,500 € = 80 %: a warning on both
    vat_services = next(t for t in report.thresholds if t.name == "vat_services")
    assert vat_services.amount_minor == 3_000_000 and vat_services.level == "warning"
    data = report.to_json()
    assert {t["name"] for t in data["thresholds"]} == {
        "ceiling_services", "ceiling_total", "vat_services", "vat_sales"}


def test_current_quarter_marked_done_early_leaves_next_years_first_upcoming(store) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from storage.obligations import mark_done
    from storage.urssaf import overview

    paris = ZoneInfo("Europe/Paris")
    today = date(2026, 12, 7)  # Q4 2026 is not over yet
    with store.transaction() as s:
        settings.put(s, "urssaf_period", "quarter")
        pay(s, 10_000, "2026-10-05T10:00")
        (q4,) = overview(s, today, paris).declarations
        assert q4.period_key == "2026-Q4"
        mark_done(s, q4, datetime(2026, 12, 7, tzinfo=UTC))
    with store.session() as s:
        ov = overview(s, today, paris)
    assert [(d.period_key, d.deadline) for d in ov.declarations] == [
        ("2027-Q1", date(2027, 4, 30))]
