"""The Moroccan auto-entrepreneur helper: turnover received, tax, deadlines, AMO, the ceiling and
the single-client rule, each on a hand-worked example."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from storage import rules, settings
from storage.db import open_store
from storage.errors import ValidationError
from storage.morocco import amo_band, morocco_report, next_declaration, overview
from storage.obligations import mark_done
from storage.paths import store_path
from storage.payments import record_payment
from storage.tables import PaymentKind
from tests.cli_helpers import run
from tests.factories import at, client, order

CASA = ZoneInfo("Africa/Casablanca")


def setup_morocco(s, activity: str = "services", period: str = "quarter") -> None:
    settings.put(s, "status", "ma_auto")
    settings.put(s, "setup_done", "yes")
    settings.put(s, "home_currency", "MAD")
    settings.put(s, "timezone", "Africa/Casablanca")
    settings.put(s, "ma_activity", activity)
    settings.put(s, "ma_period", period)


def pay(s, amount, when, order_id=None, fee=0, currency="MAD", rate=None,
        kind=PaymentKind.PAYOUT, client_id=None):
    p = record_payment(s, kind=kind, amount_minor=amount, fee_minor=fee, currency=currency,
                       received_at=at(when), order_id=order_id, rate=rate)
    if client_id is not None:
        p.client_id = client_id
    return p


@pytest.fixture
def ma(store):
    with store.transaction() as s:
        setup_morocco(s)
    return store


def report(store, year=2026, period=None, activity=None):
    with store.session() as s:
        if activity:
            settings.put(s, "ma_activity", activity)
        return morocco_report(s, year, period, zone=CASA)


def test_figures_ship_with_their_sources(ma) -> None:
    with ma.session() as s:
        for key in ("tax_services_bp", "single_client_limit_minor", "amo_band_8_minor"):
            row = rules.figure_row(s, "MA", key, 2026)
            assert row.source and row.checked_on is not None
        assert rules.figure(s, "MA", "tax_services_bp", 2026) == 100  # 1 %
        assert rules.figure(s, "MA", "tax_commerce_bp", 2026) == 50  # 0.5 %
        assert rules.figure(s, "MA", "ceiling_services_minor", 2026) == 20_000_000
        assert rules.figure(s, "MA", "ceiling_commerce_minor", 2026) == 50_000_000


def test_tax_at_one_percent_on_the_price_before_platform_fees(ma) -> None:
    with ma.transaction() as s:
        o = order(s, currency="MAD", price_minor=1_334_567)
        # received 12,345.67 MAD net of a 1,000.00 MAD platform fee: turnover 13,345.67 MAD
        pay(s, 1_234_567, "2026-02-10T12:00", o.id, fee=100_000)
    rep = report(ma)
    q1 = rep.periods[0]
    assert q1.key == "2026-Q1" and q1.turnover_minor == 1_334_567
    # 1 % of 1,334,567 centimes = 13,345.67 → half up → 13,346 centimes (133.46 MAD)
    assert q1.tax_minor == 13_346
    assert rep.rate_bp == 100 and rep.tax_minor == 13_346


def test_tax_at_half_a_percent_for_commerce(ma) -> None:
    with ma.transaction() as s:
        pay(s, 1_334_567, "2026-02-10T12:00")
    rep = report(ma, activity="commerce")
    # 0.5 % of 1,334,567 centimes = 6,672.835 → half up → 6,673 centimes (66.73 MAD)
    assert rep.periods[0].tax_minor == 6_673
    assert rep.clients == [] and [m.key for m in rep.meters] == ["ma_ceiling"]
    assert rep.meters[0].limit_minor == 50_000_000  # 500,000 MAD for commerce


def test_quarters_and_months_with_their_deadlines(ma) -> None:
    with ma.transaction() as s:
        # 23:30 on 31 December in Casablanca (UTC+1): still December locally
        pay(s, 100_000, "2026-12-31T23:30:00+01:00")
        pay(s, 50_000, "2026-01-15T12:00")
    quarters = report(ma, period="quarter")
    assert [p.key for p in quarters.periods] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    # the last day of the month after each quarter (CGI art. 82 bis): Q4 → 31 January
    assert [p.deadline for p in quarters.periods] == [
        date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31), date(2027, 1, 31)]
    assert quarters.periods[3].turnover_minor == 100_000
    months = report(ma, period="month")
    assert len(months.periods) == 12
    jan, dec = months.periods[0], months.periods[11]
    assert jan.key == "2026-01" and jan.deadline == date(2026, 2, 28)  # 2026 is not a leap year
    assert dec.key == "2026-12" and dec.deadline == date(2027, 1, 31)
    assert (jan.turnover_minor, dec.turnover_minor) == (50_000, 100_000)
    # 1 % of 500.00 = 5.00 and of 1,000.00 = 10.00 MAD
    assert (jan.tax_minor, dec.tax_minor) == (500, 1_000)


def test_foreign_income_counts_as_converted_on_the_day_received(ma) -> None:
    with ma.transaction() as s:
        # 100.00 USD at 10.05 MAD per USD on the day received = 1,005.00 MAD
        pay(s, 10_000, "2026-04-02T12:00", currency="USD", rate="10.05")
        # recorded while the home currency was EUR: not dirhams, not counted
        settings.put(s, "home_currency", "EUR")
        pay(s, 99_900, "2026-04-03T12:00", currency="EUR")
        settings.put(s, "home_currency", "MAD")
    q2 = report(ma).periods[1]
    assert q2.turnover_minor == 100_500
    assert q2.tax_minor == 1_005  # 1 % of 1,005.00 MAD = 10.05 MAD


def test_refunds_lower_the_turnover(ma) -> None:
    with ma.transaction() as s:
        o = order(s, currency="MAD", price_minor=1_000_000)
        pay(s, 1_000_000, "2026-05-02T12:00", o.id)  # 10,000 MAD
        pay(s, -200_000, "2026-05-20T12:00", o.id, kind=PaymentKind.REFUND)  # −2,000 MAD
        pay(s, -50_000, "2026-08-20T12:00", o.id, kind=PaymentKind.REFUND)  # −500 MAD in Q3
    rep = report(ma)
    q2, q3 = rep.periods[1], rep.periods[2]
    assert q2.turnover_minor == 800_000 and q2.tax_minor == 8_000  # 1 % of 8,000 = 80 MAD
    # refunds only: turnover −500 MAD, and the tax is 0, never negative
    assert q3.turnover_minor == -50_000 and q3.tax_minor == 0
    assert rep.turnover_minor == 750_000
    assert rep.clients[0].amount_minor == 750_000  # the client's year, net of refunds


@pytest.mark.parametrize(("tax", "band", "quarter"), [
    (0, 1, 30_000),
    (49_999, 1, 30_000),  # 499.99 MAD < 500 → 300 MAD
    (50_000, 2, 39_000),  # 500 → 390
    (100_000, 2, 39_000),  # 1,000 → 390
    (100_001, 3, 57_000),  # 1,000.01 is above the 500–1,000 band → 570
    (100_100, 3, 57_000),  # 1,001 → 570
    (250_000, 3, 57_000),  # 2,500 → 570
    (250_100, 4, 72_000),  # 2,501 → 720
    (500_000, 4, 72_000),  # 5,000 → 720
    (1_000_000, 5, 105_000),  # 10,000 → 1,050
    (2_500_000, 6, 150_000),  # 25,000 → 1,500
    (5_000_000, 7, 225_000),  # 50,000 → 2,250
    (5_000_100, 8, 360_000),  # 50,001 → 3,600
])
def test_amo_band_edges(ma, tax, band, quarter) -> None:
    with ma.session() as s:
        figures = rules.figures(s, "MA", 2026)
    assert amo_band(figures, tax) == (band, quarter)


def test_amo_of_the_year_from_the_years_tax(ma) -> None:
    with ma.transaction() as s:
        pay(s, 2_500_000, "2026-03-01T12:00")  # 25,000 MAD
        pay(s, 2_500_000, "2026-07-01T12:00")  # 25,000 MAD
    rep = report(ma)
    # tax 1 % of 50,000 MAD = 500 MAD (250 + 250) → band 2: 390 MAD a quarter, 1,560 a year
    assert rep.tax_minor == 50_000
    assert (rep.amo_band, rep.amo_quarter_minor, rep.amo_year_minor) == (2, 39_000, 156_000)


@pytest.mark.parametrize(("mad", "level"), [
    (159_999, "ok"),  # 79.99 % of 200,000
    (160_000, "warning"),  # 80 %
    (200_000, "warning"),  # at the ceiling, not over it
    (200_001, "exceeded"),
])
def test_ceiling_warns_at_80_percent_and_when_exceeded(ma, mad, level) -> None:
    with ma.transaction() as s:
        pay(s, mad * 100, "2026-06-01T12:00")
    ceiling = next(m for m in report(ma).meters if m.key == "ma_ceiling")
    assert ceiling.limit_minor == 20_000_000 and ceiling.level == level
    assert ceiling.rule and ceiling.source.startswith("https://")
    if level == "exceeded":
        assert "over the auto-entrepreneur ceiling" in ceiling.message


@pytest.mark.parametrize(("mad", "level", "excess", "withheld"), [
    (63_999, "ok", 0, 0),
    (64_000, "warning", 0, 0),  # 80 % of 80,000: warned early
    (79_999, "warning", 0, 0),
    (80_000, "warning", 0, 0),  # 80,000 is not above 80,000
    (80_001, "exceeded", 100, 30),  # 1 MAD above: 30 % of 1.00 = 0.30 MAD withheld
    (90_000, "exceeded", 1_000_000, 300_000),  # 10,000 above: 30 % = 3,000 MAD
])
def test_single_client_rule(ma, mad, level, excess, withheld) -> None:
    with ma.transaction() as s:
        c = client(s, "Studio Atlas", country="MA")
        o = order(s, currency="MAD", client_obj=c)
        # half through the order, half paid directly (an imported payment with its client)
        half = mad * 100 // 2
        pay(s, half, "2026-03-01T12:00", o.id)
        pay(s, mad * 100 - half, "2026-09-01T12:00", client_id=c.id)
        other = client(s, "Other")
        pay(s, 100_000, "2026-09-02T12:00", client_id=other.id)
        cid = c.id
    rep = report(ma)
    meter = next(m for m in rep.meters if m.key == f"ma_single_client:{cid}")
    assert meter.amount_minor == mad * 100 and meter.limit_minor == 8_000_000
    assert meter.level == level
    share = next(c for c in rep.clients if c.client_id == cid)
    assert (share.excess_minor, share.withheld_minor) == (excess, withheld)
    assert "Studio Atlas" in meter.message
    if level == "exceeded":
        assert "withholds 30 % of the excess" in meter.message
        assert f"{withheld // 100:,}.{withheld % 100:02d}" in meter.message
    if level == "warning":
        assert "Above it, the client withholds 30 %" in meter.message
    assert (meter in rep.warnings) == (level != "ok")


def test_refused_in_plain_words_when_the_home_currency_is_not_mad(ma) -> None:
    with ma.transaction() as s:
        settings.put(s, "home_currency", "EUR")
    with ma.session() as s, pytest.raises(ValidationError) as exc:
        morocco_report(s, 2026)
    assert exc.value.field == "home_currency"
    assert "dirhams" in str(exc.value.message) and "EUR" in str(exc.value.message)


def test_overview_lists_the_next_declaration_and_past_ones_not_done(ma) -> None:
    with ma.transaction() as s:
        pay(s, 300_000, "2026-05-10T12:00")  # Q2: 3,000 MAD, the first payment
        pay(s, 500_000, "2026-11-10T12:00")  # Q4: 5,000 MAD
    today = date(2027, 1, 15)
    with ma.session() as s:
        ov = overview(s, today, CASA)
    assert ov.status == "ma_auto"
    assert [(d.period_key, d.deadline) for d in ov.declarations] == [
        # Q1 ended before the first payment: nothing to declare
        ("2026-Q2", date(2026, 7, 31)),  # past, not done
        ("2026-Q3", date(2026, 10, 31)),  # past, not done, declared even with no turnover
        ("2026-Q4", date(2027, 1, 31)),  # the next one
    ]
    assert ov.declarations[1].amounts == {"turnover": 0, "tax": 0}
    q4 = ov.declarations[2]
    assert q4.kind == "dgi" and q4.title == "DGI declaration, Q4 2026"
    assert q4.amounts == {"turnover": 500_000, "tax": 5_000} and q4.currency == "MAD"
    assert q4.rule == "CGI art. 82 bis"
    assert [m.key for m in ov.meters] == ["ma_ceiling"]  # 2027's, no client warns
    with ma.transaction() as s:
        for d in ov.declarations:
            mark_done(s, d, datetime(2027, 1, 14, tzinfo=UTC))
    with ma.session() as s:
        nxt = next_declaration(s, today, CASA)
        rep = morocco_report(s, 2026, zone=CASA)
    # both done: the next is Q1 2027, started, due 30 April
    assert nxt is not None and nxt.period_key == "2027-Q1" and nxt.deadline == date(2027, 4, 30)
    assert [p.done for p in rep.periods] == [False, True, True, True]


def test_overview_is_empty_when_the_home_currency_is_not_mad(ma) -> None:
    with ma.transaction() as s:
        pay(s, 300_000, "2026-05-10T12:00")
        settings.put(s, "home_currency", "EUR")
    with ma.session() as s:
        ov = overview(s, date(2026, 6, 1), CASA)
    assert ov.declarations == [] and ov.meters == []


def test_monthly_declaration_title(ma) -> None:
    with ma.transaction() as s:
        settings.put(s, "ma_period", "month")
    with ma.session() as s:
        ov = overview(s, date(2026, 3, 10), CASA)
    # no payment yet: February (due 31 March) is the next; March has started but comes after
    assert [d.title for d in ov.declarations] == ["DGI declaration, 02/2026"]


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def ma_dir(tmp_path: Path) -> Path:
    with open_store(store_path(tmp_path)) as store, store.transaction() as s:
        setup_morocco(s)
        c = client(s, "Studio Atlas", country="MA")
        pay(s, 8_000_100, "2026-02-01T12:00", client_id=c.id)  # 80,001 MAD
    return tmp_path


def test_cli_report_text(capsys, ma_dir: Path) -> None:
    code, out, err = run(capsys, "report", "morocco", "--year", "2026", "--data-dir", str(ma_dir))
    assert code == 0, err
    assert "DGI declarations 2026, by quarter" in out
    assert "2026-Q1" in out and "2027-01-31" in out
    # 80,001 MAD from one client: 1.00 MAD above 80,000 is withheld at 30 % (final), so the
    # 1 % is on 80,000 MAD = 800.00 MAD; tax 800.00 → band 2: 390 MAD a quarter
    assert "MAD\u00a0800.00" in out and "800.01" not in out
    assert "AMO: band 2, MAD\u00a0390.00 per quarter (MAD\u00a01,560.00 for the year)" in out
    # the single-client warning, with the rule and its source
    assert "! Studio Atlas: MAD\u00a080,001.00 received in 2026" in out
    assert "MAD\u00a00.30" in out and "CGI art. 73-II-G-8°" in out


def test_cli_report_json_in_minor_units(capsys, ma_dir: Path) -> None:
    code, out, err = run(capsys, "report", "morocco", "--year", "2026", "--period", "month",
                         "--json", "--data-dir", str(ma_dir))
    assert code == 0, err
    data = json.loads(out)
    assert data["currency"] == "MAD" and data["period"] == "month"
    assert len(data["periods"]) == 12
    assert data["periods"][1]["turnover_minor"] == 8_000_100
    # 1 % of (80,001 - 1 withheld at 30 %) = 1 % of 80,000 MAD = 800.00 MAD
    assert data["periods"][1]["excess_minor"] == 100
    assert data["periods"][1]["tax_base_minor"] == 8_000_000
    assert data["periods"][1]["tax_minor"] == 80_000
    assert data["periods"][1]["deadline"] == "2026-03-31"
    assert data["amo"] == {"band": 2, "quarter_minor": 39_000, "year_minor": 156_000}
    assert data["clients"][0]["withheld_minor"] == 30
    warning = data["warnings"][0]
    assert warning["level"] == "exceeded" and warning["rule"] and warning["source"]


def test_cli_refuses_another_home_currency(capsys, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "report", "morocco", "--year", "2026",
                          "--data-dir", str(tmp_path))
    assert code == 2 and "dirhams" in err and "Traceback" not in err


def test_a_sum_too_large_to_count_is_refused_in_words(ma) -> None:
    from sqlalchemy import text

    with ma.transaction() as s:
        p = pay(s, 100, "2026-02-01T12:00")
        q = pay(s, 100, "2026-02-02T12:00")
        # written wrongly behind the app's back: 2 × 2^62 overflows SQLite's 64-bit SUM
        s.execute(text("UPDATE payments SET home_amount_minor = :v WHERE id IN (:a, :b)"),
                  {"v": 2**62, "a": p.id, "b": q.id})
    with ma.session() as s, pytest.raises(ValidationError) as exc:
        morocco_report(s, 2026, zone=CASA)
    assert "more than Atelier can count" in str(exc.value.message)


def test_the_excess_withheld_at_30_percent_leaves_the_1_percent_base_and_the_amo(ma) -> None:
    """LF 2023 (note circulaire 733): the surplus above 80,000 MAD from one client 'est soumis à
    l'IR, par voie de retenue à la source ... au taux libératoire de 30 %'. Libératoire: that
    withholding is the whole income tax on the surplus, so the 1 % (also IR, CGI art. 73 II)
    is not charged on it again, and the AMO band follows the 1 % tax actually due."""
    with ma.transaction() as s:
        atlas = client(s, "Studio Atlas", country="MA")
        other = client(s, "Other", country="MA")
        pay(s, 5_000_000, "2026-02-10T12:00", client_id=atlas.id)  # Q1: 50,000 MAD
        pay(s, 5_000_000, "2026-05-10T12:00", client_id=atlas.id)  # Q2: 50,000 MAD
        pay(s, 1_000_000, "2026-05-11T12:00", client_id=other.id)  # Q2: 10,000 MAD
    rep = report(ma)
    q1, q2 = rep.periods[0], rep.periods[1]
    # Q1: Studio Atlas at 50,000 of its 80,000: no excess; 1 % of 50,000 = 500.00 MAD
    assert (q1.turnover_minor, q1.excess_minor, q1.tax_minor) == (5_000_000, 0, 50_000)
    # Q2: Atlas reaches 100,000, 20,000 above 80,000 (withheld by the client: 30 % = 6,000);
    # 1 % base = 60,000 - 20,000 = 40,000 → 400.00 MAD (not 1 % of 60,000 = 600.00)
    assert (q2.turnover_minor, q2.excess_minor, q2.tax_minor) == (6_000_000, 2_000_000, 40_000)
    # the ceiling still counts every dirham received: 110,000 MAD
    assert rep.turnover_minor == 11_000_000
    # year tax 500 + 400 = 900.00 MAD → AMO band 2 (500–1,000): 390 MAD a quarter
    # (counting the excess: 1,100.00 MAD → band 3, 570 MAD)
    assert rep.tax_minor == 90_000
    assert (rep.amo_band, rep.amo_quarter_minor) == (2, 39_000)
    share = next(c for c in rep.clients if c.client == "Studio Atlas")
    assert (share.excess_minor, share.withheld_minor) == (2_000_000, 600_000)
    assert rep.to_json()["periods"][1]["excess_minor"] == 2_000_000
    meter = next(m for m in rep.meters if m.key == f"ma_single_client:{share.client_id}")
    assert "That withholding is final: the excess is left out of your 1 % tax." in \
        meter.message


def test_the_excess_is_not_left_out_for_commerce(ma) -> None:
    """The single-client rule is for services: a trader's 0.5 % is on all the turnover."""
    with ma.transaction() as s:
        atlas = client(s, "Studio Atlas", country="MA")
        pay(s, 10_000_000, "2026-02-10T12:00", client_id=atlas.id)  # 100,000 MAD
    rep = report(ma, activity="commerce")
    # 0.5 % of 100,000 = 500.00 MAD
    assert (rep.periods[0].excess_minor, rep.periods[0].tax_minor) == (0, 50_000)


def test_current_quarter_marked_done_early_leaves_the_next_one_upcoming(ma) -> None:
    with ma.transaction() as s:
        pay(s, 500_000, "2026-11-10T12:00")
    today = date(2026, 12, 7)  # Q4 2026 is not over yet
    with ma.transaction() as s:
        (q4,) = overview(s, today, CASA).declarations
        assert q4.period_key == "2026-Q4"
        mark_done(s, q4, datetime(2026, 12, 7, tzinfo=UTC))
    with ma.session() as s:
        ov = overview(s, today, CASA)
    # Q1 2027 (1 January to 31 March, due before the end of April) shows, not started yet
    assert [(d.period_key, d.first_day, d.deadline) for d in ov.declarations] == [
        ("2027-Q1", date(2027, 1, 1), date(2027, 4, 30))]
