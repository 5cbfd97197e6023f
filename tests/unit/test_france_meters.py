"""France, micro-entrepreneur (issue 16): the VAT-franchise meters over this calendar year and
the previous one, the ceiling meters, and the URSSAF declarations of the status overview.

Rules (CGI art. 293 B since 1 January 2025, 2024 finance law art. 82; checked 2026-12-07):
the franchise holds while last year's turnover is at most the base threshold (37,500 €
services) and this year's at most the higher one (41,250 €). Over the base last year → VAT
from 1 January this year; over it this year → from 1 January next year; over the higher one
→ from the day it is crossed. Ceilings (CGI art. 50-0, 102 ter): over two years running →
out of the micro regime on 1 January of the year after."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from storage import obligations, settings
from storage.payments import record_payment
from storage.tables import PaymentKind
from storage.urssaf import france_meters, overview
from tests.factories import at

PARIS = ZoneInfo("Europe/Paris")


def pay(s, euros: int, when: str) -> None:
    record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=euros * 100, currency="EUR",
                   received_at=at(when))


def meters(store, today=date(2026, 7, 1)) -> dict[str, obligations.Meter]:
    with store.session() as s:
        return {m.key: m for m in france_meters(s, today, PARIS)}


def test_last_year_over_the_base_threshold_means_vat_from_1_january(store) -> None:
    with store.transaction() as s:
        pay(s, 38_000, "2025-06-10T10:00")  # 2025: 38,000 € > 37,500 €
        pay(s, 10_000, "2026-02-10T10:00")  # 2026: 10,000 €, 27 % of 37,500 €
    vat = meters(store)["fr_vat_services"]
    assert vat.level == "exceeded"
    assert vat.amount_minor == 1_000_000 and vat.limit_minor == 3_750_000
    assert "lost the VAT franchise on 1 January 2026" in vat.message
    assert vat.rule.startswith("CGI art. 293 B") and vat.source.startswith("https://")


def test_this_year_over_the_higher_threshold_vat_from_the_day_crossed(store) -> None:
    with store.transaction() as s:
        pay(s, 30_000, "2026-03-01T10:00")
        pay(s, 11_250, "2026-06-14T10:00")  # 41,250 €: at the higher threshold, not over
        pay(s, 1, "2026-06-15T10:00")  # 41,251 € > 41,250 € on 15 June
    vat = meters(store)["fr_vat_services"]
    assert vat.level == "exceeded" and vat.amount_minor == 4_125_100
    assert "on 2026-06-15: VAT is due from that day" in vat.message


def test_this_year_over_the_base_only_vat_from_next_1_january(store) -> None:
    with store.transaction() as s:
        pay(s, 37_501, "2026-03-01T10:00")  # 37,501 € > 37,500 €, ≤ 41,250 €
    vat = meters(store)["fr_vat_services"]
    assert vat.level == "exceeded"
    assert "VAT is due from 1 January 2027" in vat.message


def test_warning_from_80_percent_of_the_base_threshold(store) -> None:
    with store.transaction() as s:
        pay(s, 29_999, "2026-03-01T10:00")  # 29,999 / 37,500 = 79.997 %
    assert meters(store)["fr_vat_services"].level == "ok"
    with store.transaction() as s:
        pay(s, 1, "2026-03-02T10:00")  # 30,000 / 37,500 = 80 %
    vat = meters(store)["fr_vat_services"]
    assert vat.level == "warning" and vat.message.startswith("80 % of the VAT franchise")


def test_ceiling_two_years_running_ends_the_micro_regime(store) -> None:
    with store.transaction() as s:
        pay(s, 84_000, "2026-03-01T10:00")  # 84,000 € > 83,600 € (2026 services ceiling)
    ceiling = meters(store)["fr_ceiling_services"]
    assert ceiling.level == "exceeded" and ceiling.limit_minor == 8_360_000
    assert "you stay a micro-entrepreneur in 2027" in ceiling.message
    with store.transaction() as s:
        pay(s, 78_000, "2025-03-01T10:00")  # 78,000 € > 77,700 € (2025 ceiling)
    ceiling = meters(store)["fr_ceiling_services"]
    assert "in 2025 and again in 2026: you leave the micro-entrepreneur regime on " \
           "1 January 2027" in ceiling.message


def test_ceiling_exceeded_last_year_warns_this_year(store) -> None:
    with store.transaction() as s:
        pay(s, 78_000, "2025-03-01T10:00")
        pay(s, 1_000, "2026-03-01T10:00")
    ceiling = meters(store)["fr_ceiling_services"]
    assert ceiling.level == "warning"
    assert "if 2026 goes over €83,600.00 too" in ceiling.message


def test_sales_meters_show_for_a_seller_only(store) -> None:
    assert set(meters(store)) == {"fr_vat_services", "fr_ceiling_services", "fr_ceiling_total"}
    with store.transaction() as s:
        settings.put(s, "activity", "sales_bic")
        pay(s, 86_000, "2026-03-01T10:00")  # 86,000 € > 85,000 €, ≤ 93,500 €
    got = meters(store)
    assert set(got) == {"fr_vat_sales", "fr_ceiling_total"}
    assert got["fr_vat_sales"].level == "exceeded" and "1 January 2027" in got[
        "fr_vat_sales"].message


def test_overview_lists_undone_declarations_with_amounts(store) -> None:
    with store.transaction() as s:
        settings.put(s, "urssaf_period", "quarter")
        pay(s, 1_000, "2026-02-10T10:00")  # Q1: 1,000 € → 21.2 % = 212 €
        pay(s, 500, "2026-05-10T10:00")
    with store.session() as s:
        ov = overview(s, date(2026, 7, 10), PARIS)
    assert ov.status == "fr_micro"
    assert [(d.period_key, d.deadline) for d in ov.declarations] == [
        ("2026-Q1", date(2026, 4, 30)),  # past, not done
        ("2026-Q2", date(2026, 7, 31)),  # the next one
    ]
    q1 = ov.declarations[0]
    assert q1.kind == "urssaf" and q1.title == "URSSAF declaration, 2026-Q1"
    assert q1.amounts == {"declared": 100_000, "contributions": 21_200,
                          "versement_liberatoire": 0}
    assert {m.key for m in ov.meters} >= {"fr_vat_services", "fr_ceiling_services"}
    with store.transaction() as s:
        obligations.mark_done(s, q1, datetime(2026, 7, 11, tzinfo=UTC))
    with store.session() as s:
        ov = overview(s, date(2026, 7, 12), PARIS)
    assert [d.period_key for d in ov.declarations] == ["2026-Q2"]


def test_overview_of_a_store_without_payments_lists_no_declaration(store) -> None:
    with store.session() as s:
        ov = overview(s, date(2026, 11, 23), PARIS)
    assert ov.declarations == []  # a new store: Today points to the first steps instead
    assert all(m.level == "ok" and m.amount_minor == 0 for m in ov.meters)


def test_last_year_is_measured_against_the_threshold_in_force_this_year(store) -> None:
    """CGI art. 293 B since 1 January 2025 (2024 finance law, art. 82): the franchise of year N
    holds while the turnover of N-1 is at most the base threshold of that article *in N*
    (service-public and the DGFiP: 2024's turnover against 37,500 €). For 2025 that is
    37,500 €, even though 2024's own (old) threshold was 36,800 €: 37,000 € in 2024 keeps the
    franchise in 2025 (37,000 ≤ 37,500)."""
    with store.transaction() as s:
        pay(s, 37_000, "2024-06-10T10:00")  # 2024: 37,000 € (> 36,800, ≤ 37,500)
        pay(s, 5_000, "2025-02-10T10:00")  # 2025: 5,000 €, 13 % of 37,500 €
    vat = meters(store, today=date(2025, 7, 1))["fr_vat_services"]
    assert vat.level == "ok"
    assert "lost the VAT franchise" not in vat.message
    assert vat.amount_minor == 500_000 and vat.limit_minor == 3_750_000
    # the rule named beside the meter is the law that made it (LF 2024 art. 82), not the 2025
    # law whose single 25,000 € threshold never applied
    assert vat.rule == "CGI art. 293 B (loi n° 2023-1322, art. 82)"


def test_the_sales_vat_meter_says_it_counts_all_the_turnover(store) -> None:
    """A mixed activity's sales threshold is judged on the whole turnover (CGI art. 293 B I):
    the meter's name says so (it read 'VAT franchise, sales' over sales and services)."""
    with store.transaction() as s:
        settings.put(s, "activity", "sales_bic")
        pay(s, 1_000, "2026-02-10T10:00")
    labels = {key: m.label for key, m in meters(store).items()}
    sales = next(label for key, label in labels.items() if key.startswith("fr_vat")
                 and key != "fr_vat_services")
    assert sales == "VAT franchise, all turnover (sales and services)"


def test_the_crossing_day_is_the_first_payment_past_the_limit_among_the_counted_ones(
        store) -> None:
    """A sale does not count towards the services threshold; a refund brings the running sum
    back under it, and the day is the first one over, not the last."""
    import random

    from storage.tables import Activity
    from storage.urssaf import crossing_day
    from tests.factories import order

    rng = random.Random(5)
    rows: list[tuple[str, int, bool]] = []
    with store.transaction() as s:
        sale = order(s, title="Vente", activity=Activity.SALES_BIC)
        service = order(s, title="Service", activity=Activity.SERVICES_BIC)
        for day in range(1, 200):
            when = f"2026-{1 + day // 31:02d}-{1 + day % 28:02d}T{8 + day % 10:02d}:00"
            euros = rng.choice([-300, 150, 200, 400, 900])
            counted = rng.random() < 0.7
            record_payment(s, kind=PaymentKind.REFUND if euros < 0 else PaymentKind.PAYOUT,
                           amount_minor=euros * 100, currency="EUR", received_at=at(when),
                           order_id=(service if counted else sale).id)
            rows.append((when, euros * 100, counted))

    def expected(limit: int, services_only: bool) -> date | None:
        running = 0
        for when, amount, counted in sorted(rows, key=lambda r: r[0]):  # then by id
            if services_only and not counted:
                continue
            running += amount
            if running > limit:
                return at(when).astimezone(PARIS).date()
        return None

    with store.session() as s:
        for limit in (5_000_00, 20_000_00, 40_000_00, 10**9):
            for services_only in (True, False):
                assert crossing_day(s, 2026, PARIS, limit, services_only=services_only) == \
                    expected(limit, services_only), (limit, services_only)
