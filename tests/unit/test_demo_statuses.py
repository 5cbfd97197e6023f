"""The demo of each status (atelier demo --status): a Moroccan auto-entrepreneur and a Québec
self-employed person beside the French micro-entrepreneur, each with its settings, identity,
home currency and a meter that warns."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import closing
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from stdnum.fr import siret
from stdnum.ma import ice

from storage.db import Store, open_store
from storage.demo import default_orders, generate
from storage.errors import ValidationError
from storage.money import convert
from storage.tables import db_time

AS_OF = datetime(2026, 11, 20, 10, 15, tzinfo=timezone(timedelta(hours=1)))
LIMIT = db_time(AS_OF)


def _build(path: Path, status: str, orders: int | None = None) -> Store:
    store = open_store(path)
    generate(store, orders=default_orders(status) if orders is None else orders, seed=5,
             as_of=AS_OF, status=status)
    return store


@pytest.fixture(scope="module")
def morocco(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("demo-ma") / "atelier.db"
    _build(path, "ma_auto").close()
    with closing(sqlite3.connect(path)) as conn:
        yield conn


@pytest.fixture(scope="module")
def quebec(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("demo-qc") / "atelier.db"
    _build(path, "qc_self").close()
    with closing(sqlite3.connect(path)) as conn:
        yield conn


def settings_of(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM settings"))


def gross_home(db: sqlite3.Connection, where: str = "1") -> list[tuple[str, int, int]]:
    """(received_at, client id, gross in the home currency: net + platform fee) per payment."""
    return db.execute(
        "SELECT p.received_at, o.client_id, p.home_amount_minor + p.home_fee_minor "
        f"FROM payments p JOIN orders o ON o.id = p.order_id WHERE {where}").fetchall()


def test_the_moroccan_demo_pins_its_status_and_identity(morocco: sqlite3.Connection) -> None:
    values = settings_of(morocco)
    assert values["status"] == "ma_auto" and values["setup_done"] == "yes"
    assert values["home_currency"] == "MAD" and values["timezone"] == "Africa/Casablanca"
    assert values["ma_activity"] == "services"
    assert values["legal_name"] and values["address"]
    assert ice.is_valid(values["ice"])  # 15 digits, 0 modulo 97
    assert values["if_number"].isdigit() and len(values["if_number"]) == 8
    assert values["siret"] == ""


def test_the_quebec_demo_pins_its_status_and_identity(quebec: sqlite3.Connection) -> None:
    values = settings_of(quebec)
    assert values["status"] == "qc_self" and values["setup_done"] == "yes"
    assert values["home_currency"] == "CAD" and values["timezone"] == "America/Toronto"
    assert values["qc_gst"] == "small_supplier"
    assert values["legal_name"] and values["address"]
    assert values["ice"] == values["siret"] == values["gst_number"] == ""


def test_the_french_demo_has_an_identity_with_a_valid_siret(tmp_path: Path) -> None:
    with _build(tmp_path / "fr.db", "fr_micro", orders=30) as store, \
            closing(sqlite3.connect(store.path)) as db:
        values = settings_of(db)
        currencies = {r[0] for r in db.execute("SELECT DISTINCT home_currency FROM payments")}
    assert values["status"] == "fr_micro" and values["setup_done"] == "yes"
    assert values["home_currency"] == "EUR" and currencies == {"EUR"}
    assert values["legal_name"] and values["ei_mention"] == "yes"
    assert siret.is_valid(values["siret"])  # Luhn on the SIREN and on the 14 digits


@pytest.mark.parametrize(("fixture", "home", "foreign"),
                         [("morocco", "MAD", {"EUR", "USD"}), ("quebec", "CAD", {"EUR", "USD"})])
def test_payments_are_converted_to_the_home_currency_at_the_days_rate(
        fixture: str, home: str, foreign: set[str], request: pytest.FixtureRequest) -> None:
    db: sqlite3.Connection = request.getfixturevalue(fixture)
    assert {r[0] for r in db.execute("SELECT DISTINCT home_currency FROM payments")} == {home}
    rows = db.execute("SELECT currency, amount_minor, fee_minor, rate, home_amount_minor, "
                      "home_fee_minor, received_at FROM payments").fetchall()
    assert foreign | {home} <= {r[0] for r in rows}
    rates_in_a_month: dict[tuple[str, str], set[str]] = defaultdict(set)
    for currency, amount, fee, rate, home_amount, home_fee, received in rows:
        assert received <= LIMIT
        if currency == home:
            assert rate == "1" and home_amount == amount
            continue
        assert home_amount == convert(amount, currency, home, rate)
        assert home_fee == convert(fee, currency, home, rate)
        rates_in_a_month[(currency, received[:7])].add(rate)
    # a rate per day, not per month: payments of one month show several rates
    assert any(len(rates) > 1 for rates in rates_in_a_month.values())


def test_one_moroccan_client_nears_the_single_client_limit(morocco: sqlite3.Connection) -> None:
    """Services above 80,000 MAD a year from one client: the excess is taxed 30 %. One client
    paid between 80 % (64,000 MAD) and 100 % of that this year; no other one is that close,
    and the year's turnover stays under the 200,000 MAD services ceiling."""
    per_client: dict[int, int] = defaultdict(int)
    for _, client, gross in gross_home(morocco, "substr(p.received_at, 1, 4) = '2026'"):
        per_client[client] += gross
    ranked = sorted(per_client.values(), reverse=True)
    assert 6_400_000 <= ranked[0] < 8_000_000, ranked[:3]
    assert ranked[1] < 6_400_000
    assert sum(ranked) < 20_000_000


def _quarter(received: str) -> tuple[int, int]:
    return int(received[:4]), (int(received[5:7]) - 1) // 3 + 1


def test_the_quebec_four_quarter_turnover_nears_the_small_supplier_threshold(
        quebec: sqlite3.Connection) -> None:
    """30,000 $ over four calendar quarters: the four quarters before today's (2025-Q4 to
    2026-Q3) and the four ending with it (2026-Q1 to 2026-Q4, to 20 November) each come to
    between 80 % (24,000 $) and 100 % of it."""
    per_quarter: dict[tuple[int, int], int] = defaultdict(int)
    for received, _, gross in gross_home(quebec):
        per_quarter[_quarter(received)] += gross
    before = sum(per_quarter[q] for q in ((2025, 4), (2026, 1), (2026, 2), (2026, 3)))
    ending = sum(per_quarter[q] for q in ((2026, 1), (2026, 2), (2026, 3), (2026, 4)))
    assert 2_400_000 <= before <= 3_000_000, before
    assert 2_400_000 <= ending <= 3_000_000, ending
    assert max(per_quarter.values()) < 3_000_000  # no single quarter above 30,000 $ either


def test_the_quebec_demo_has_expenses_in_cad(quebec: sqlite3.Connection) -> None:
    rows = quebec.execute("SELECT spent_on, amount_minor, currency, category, description "
                          "FROM expenses").fetchall()
    assert len(rows) >= 10
    assert {r[2] for r in rows} == {"CAD"}
    assert all(r[1] > 0 and r[3] and r[4] for r in rows)
    assert max(r[0] for r in rows) <= AS_OF.date().isoformat()
    assert len({r[3] for r in rows}) >= 4
    # Each is on a T2125 line the Québec summary knows ("telephone_utilities" was not).
    from storage.quebec import CATEGORIES

    assert {r[3] for r in rows} <= set(CATEGORIES)


def test_the_same_inputs_give_the_same_moroccan_store(tmp_path: Path,
                                                      morocco: sqlite3.Connection) -> None:
    with _build(tmp_path / "again.db", "ma_auto") as store, \
            closing(sqlite3.connect(store.path)) as db:
        for table in ("clients", "orders", "payments", "settings"):
            query = f"SELECT * FROM {table} ORDER BY 1"
            assert db.execute(query).fetchall() == morocco.execute(query).fetchall(), table


def test_an_unknown_status_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "x.db") as store:
        with pytest.raises(ValidationError) as err:
            generate(store, orders=5, seed=1, as_of=AS_OF, status="be_indep")
        assert err.value.field == "status"
        with closing(sqlite3.connect(store.path)) as db:
            assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 0


def test_the_demo_command_takes_a_status(tmp_path: Path) -> None:
    from desktop.cli import main

    assert main(["demo", "--data-dir", str(tmp_path), "--status", "ma_auto", "--orders", "40",
                 "--as-of", "2026-11-20"]) == 0
    with closing(sqlite3.connect(tmp_path / "atelier.db")) as db:
        values = settings_of(db)
        assert (values["status"], values["home_currency"]) == ("ma_auto", "MAD")
        assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] >= 40


@pytest.mark.parametrize(("fixture", "kind"), [("morocco", "dgi"), ("quebec", "instalment")])
def test_past_declarations_are_marked_done_before_their_deadline(
        fixture: str, kind: str, request: pytest.FixtureRequest) -> None:
    """The demo's person declared on time: every declaration whose deadline is before today
    is marked done (Today shows the next one, not a list of overdue ones); none is done
    after its deadline or after today."""
    db: sqlite3.Connection = request.getfixturevalue(fixture)
    rows = db.execute("SELECT kind, period_key, deadline, done_at FROM declarations").fetchall()
    assert rows and {r[0] for r in rows} == {kind}
    for _, _, deadline, done_at in rows:
        assert done_at[:10] < deadline < AS_OF.date().isoformat()
        assert done_at <= LIMIT


def test_no_declaration_of_a_demo_is_overdue(tmp_path: Path) -> None:
    # The French demo listed eight overdue URSSAF quarters on Today (2025-Q1 onwards).
    from zoneinfo import ZoneInfo

    from storage import status

    zones = {"fr_micro": "Europe/Paris", "ma_auto": "Africa/Casablanca",
             "qc_self": "America/Toronto"}
    for name, zone_name in zones.items():
        with _build(tmp_path / f"{name}.db", name) as store, store.session() as s:
            zone = ZoneInfo(zone_name)
            overview = status.overview(s, AS_OF.astimezone(zone).date(), zone)
            assert overview is not None and overview.declarations
            assert all(d.deadline >= AS_OF.date() for d in overview.declarations if not d.done)


def test_the_days_rates_are_also_reference_rates(quebec: sqlite3.Connection) -> None:
    """Reports that convert orders and expenses at the rate of their day (the Québec accrual
    summary) find one for every day of the demo, the same as its payments used: 1 USD is
    per_eur(CAD) / per_eur(USD) CAD, the rate of a USD payment that day."""
    per_eur = {(day, cur): Decimal(v) for day, cur, v in quebec.execute(
        "SELECT day, currency, per_eur FROM exchange_rates WHERE source = 'demo'")}
    days = {r[0][:10] for r in quebec.execute("SELECT received_at FROM orders")}
    assert all((day, cur) in per_eur for day in days for cur in ("CAD", "USD", "MAD"))
    for currency, rate, received in quebec.execute(
            "SELECT currency, rate, received_at FROM payments WHERE currency != 'CAD'"):
        day = received[:10]
        via_eur = Decimal(1) if currency == "EUR" else per_eur[(day, currency)]
        # 1 unit of `currency` = per_eur(CAD) / per_eur(currency) CAD
        assert abs(per_eur[(day, "CAD")] / via_eur - Decimal(rate)) < Decimal("0.0001")


@pytest.mark.parametrize("fixture", ["morocco", "quebec"])
def test_a_demo_ticks_the_platforms_it_sells_on(fixture: str,
                                                request: pytest.FixtureRequest) -> None:
    """Re-running the set-up on a demo shows its platforms ticked (none were)."""
    db = request.getfixturevalue(fixture)
    used = {int(p) for p in settings_of(db)["platforms_used"].split(",")}
    selling = {pid for (pid,) in db.execute("SELECT DISTINCT platform_id FROM orders")}
    assert selling and selling <= used
    names = {name for (name,) in db.execute(
        f"SELECT name FROM platforms WHERE id IN ({','.join(map(str, used))})")}
    assert {"Fiverr", "Upwork"} <= names
