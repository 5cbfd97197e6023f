"""`atelier gigs|clients|orders|payments …`: the daily objects from the command line, with the
forms' rules (storage), the CSV export's keys in JSON, and a refused value changing nothing."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from tests.cli_helpers import run

Capsys = pytest.CaptureFixture[str]


def ok(capsys: Capsys, data_dir: Path, *argv: str) -> str:
    code, out, err = run(capsys, *argv, "--data-dir", str(data_dir))
    assert code == 0, err
    return out


def js(capsys: Capsys, data_dir: Path, *argv: str) -> dict | list:
    return json.loads(ok(capsys, data_dir, *argv, "--json"))


def refused(capsys: Capsys, data_dir: Path, *argv: str) -> str:
    code, out, err = run(capsys, *argv, "--data-dir", str(data_dir))
    assert code == 2, (out, err)
    assert "Traceback" not in err and "Error" not in err
    return err


def dump(data_dir: Path) -> list[str]:
    """Everything the store holds, as SQL text."""
    con = sqlite3.connect(data_dir / "atelier.db")
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with a three-package gig, two clients whose names share a word, an order."""
    d = tmp_path_factory.mktemp("objects")
    a = ["--data-dir", str(d)]
    for argv in (
        ["gigs", "add", "--title", "Logo design", "--platform", "fiverr", "--currency", "EUR",
         "--package", "basic:25:2", "--package", "standard:45.00:3:2",
         "--package", "premium:90:5:3"],
        ["clients", "add", "--name", "Acme", "--country", "fr"],
        ["clients", "add", "--name", "Acme Corp"],
        ["clients", "add", "--name", "Studio Nord"],
        ["clients", "add", "--name", "studio  NORD"],
        ["orders", "add", "--client", "Acme Corp", "--title", "Flyer", "--price", "30",
         "--received", "2026-11-02T09:00:00+00:00"],
        ["payments", "add", "--order", "1", "--amount", "24.00", "--fee", "6",
         "--received", "2026-11-20T10:00:00+00:00"],
    ):
        assert main(argv + a) == 0, argv
    return d


@pytest.fixture
def data_dir(template: Path, tmp_path: Path, capsys: Capsys) -> Path:
    d = tmp_path / "store"
    shutil.copytree(template, d, ignore=shutil.ignore_patterns("logs", "backups"))
    capsys.readouterr()
    return d


def csv_columns(capsys: Capsys, data_dir: Path, tmp_path: Path) -> dict[str, list[str]]:
    out = tmp_path / "csv"
    ok(capsys, data_dir, "export", "csv", str(out))
    headers = {}
    for name in ("orders", "clients", "gigs", "gig_packages", "payments", "time_entries"):
        with (out / f"{name}.csv").open(newline="", encoding="utf-8") as f:
            headers[name] = next(csv.reader(f))
    return headers


# --- the done-when pair ------------------------------------------------------------------------


def test_add_an_order_from_a_package_then_start_it(capsys: Capsys, data_dir: Path) -> None:
    order = js(capsys, data_dir, "orders", "add", "--client", "acme", "--gig", "logo design",
               "--package", "standard")
    assert isinstance(order, dict)
    assert order["client_id"] == 1 and order["gig_id"] == 1  # "acme" is Acme, not Acme Corp
    assert (order["price_minor"], order["currency"]) == (4500, "EUR")
    assert order["title"] == "Logo design" and order["status"] == "awaiting_requirements"
    received = datetime.fromisoformat(order["received_at"])
    assert datetime.fromisoformat(order["due_at"]) - received == timedelta(days=3)
    gig = js(capsys, data_dir, "gigs", "show", "1")
    assert isinstance(gig, dict)
    assert order["platform_id"] == gig["platform_id"]  # the gig's platform, as the form does
    out = ok(capsys, data_dir, "orders", "move", str(order["id"]), "in_progress")
    assert "awaiting requirements → in progress" in out
    shown = js(capsys, data_dir, "orders", "show", str(order["id"]))
    assert isinstance(shown, dict) and shown["status"] == "in_progress"


def test_the_done_when_commands_in_a_real_process(data_dir: Path) -> None:
    def atelier(*argv: str) -> subprocess.CompletedProcess[str]:
        code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
        return subprocess.run([sys.executable, "-c", code, *argv, "--data-dir", str(data_dir)],
                              capture_output=True, text=True, timeout=120, check=False)

    added = atelier("orders", "add", "--client", "Acme", "--gig", "Logo design",
                    "--package", "standard", "--json")
    assert added.returncode == 0, added.stderr
    moved = atelier("orders", "move", str(json.loads(added.stdout)["id"]), "in_progress")
    assert moved.returncode == 0, moved.stderr
    bad = atelier("orders", "add", "--client", "Nobody", "--gig", "Logo design",
                  "--package", "standard")
    assert bad.returncode == 2
    assert bad.stderr.strip() == "atelier: --client: no client named “Nobody”."


# --- JSON keys are the CSV export's columns ----------------------------------------------------


def test_json_keys_are_the_csv_columns(capsys: Capsys, data_dir: Path, tmp_path: Path) -> None:
    ok(capsys, data_dir, "orders", "timer", "start", "1")
    columns = csv_columns(capsys, data_dir, tmp_path)
    for noun, table in (("orders", "orders"), ("clients", "clients"),
                        ("payments", "payments")):
        listed = js(capsys, data_dir, noun, "list")
        assert listed and all(list(item) == columns[table] for item in listed), noun
        shown = js(capsys, data_dir, noun, "show", "1")
        assert list(shown) == columns[table], noun
    for gig in (js(capsys, data_dir, "gigs", "show", "1"), *js(capsys, data_dir, "gigs", "list")):
        assert isinstance(gig, dict)
        assert [k for k in gig if k != "packages"] == columns["gigs"]
        assert gig["packages"] and all(list(p) == columns["gig_packages"]
                                       for p in gig["packages"])
    entry = js(capsys, data_dir, "orders", "timer", "stop", "1")
    assert list(entry) == columns["time_entries"]


# --- refused values: exit 2, the option named, nothing written -----------------------------------

BAD = [
    (["orders", "add", "--client", "Nobody", "--price", "10", "--title", "x"],
     "--client: no client named “Nobody”."),
    (["orders", "add", "--client", "acme c", "--price", "10", "--title", "x"],
     "--client: no client named “acme c”. Did you mean: #2 Acme Corp?"),
    (["orders", "add", "--client", "studio nord", "--price", "10", "--title", "x"],
     "--client: 2 clients are named “studio nord”: #3 Studio Nord, #4 studio NORD. "
     "Give the id."),
    (["orders", "add", "--client", "99", "--price", "10", "--title", "x"],
     "--client: there is no client #99."),
    (["orders", "add", "--client", "Acme", "--gig", "Website"], "--gig: no gig named"),
    (["orders", "add", "--client", "Acme", "--gig", "Logo design", "--package", "gold"],
     "--package: the gig “Logo design” has no package “gold”: its packages are basic, "
     "standard, premium."),
    (["orders", "add", "--client", "Acme", "--package", "basic", "--price", "3"],
     "--package: choose the gig (--gig)"),
    (["orders", "add", "--client", "Acme", "--title", "x"], "--price: enter the price"),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "abc"],
     "--price: “abc” is not an amount."),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "-5"],
     "--price: The price cannot be negative."),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5.123"],
     "--price: EUR amounts have at most 2 decimal places."),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5", "--currency", "XYZ"],
     "--currency:"),
    (["orders", "add", "--client", "Acme", "--price", "5"], "--title: An order needs a title."),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5", "--due", "soon"],
     "--due: “soon” is not a date"),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5",
      "--received", "2026-12-05", "--due", "2026-12-01"],
     "--due: The due date cannot be before the order was received."),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5",
      "--received", "2350-01-01"], "--received: “2350-01-01” is outside the years"),
    (["orders", "add", "--client", "Acme", "--title", "x", "--price", "5",
      "--platform", "Etsy"], "--platform: no platform named “Etsy”."),
    (["orders", "edit", "1", "--price", "1,2345"], "--price:"),
    (["orders", "edit", "1", "--title", " "], "--title: An order needs a title."),
    (["orders", "edit", "9", "--title", "y"], "ID: there is no order #9."),
    (["orders", "list", "--status", "finished"],
     "--status: “finished” is not an order status: use one of awaiting_requirements,"),
    (["orders", "move", "1", "shipped"], "STATUS: “shipped” is not an order status"),
    (["clients", "add", "--name", "Zed", "--country", "ZZ"],
     "--country: “ZZ” is not a country code."),
    (["clients", "add", "--name", "Zed", "--email", "zed-at-example"],
     "--email: “zed-at-example” is not an email address"),
    (["clients", "add", "--name", " "], "--name: A client needs a name."),
    (["clients", "add", "--name", "Zed", "--currency", "EURO"], "--currency:"),
    (["clients", "edit", "1", "--language", "français"], "--language:"),
    (["gigs", "add", "--title", "Banner", "--package", "basic:-1:3"],
     "--package: Package 1: The price cannot be negative."),
    (["gigs", "add", "--title", "Banner", "--package", "basic:10:soon"],
     "--package: Package 1: Enter a whole number."),
    (["gigs", "add", "--title", "Banner", "--package", "basic:10:0"],
     "--package: Package 1: The delivery time is at least one day."),
    (["gigs", "add", "--title", " ", "--package", "basic:10:2"], "--title: A gig needs a title."),
    (["gigs", "edit", "1", "--status", "sleeping"], "--status: “sleeping” is not a gig status"),
    (["gigs", "edit", "1", "--remove-package", "gold"], "--remove-package: the gig has no"),
    (["payments", "add", "--order", "1", "--amount", "0"],
     "--amount: A payout is money received: enter an amount above zero."),
    (["payments", "add", "--order", "1", "--kind", "refund", "--amount", "5"],
     "--amount: A refund is money paid back"),
    (["payments", "add", "--order", "1", "--amount", "5", "--currency", "USD"],
     "--rate: Enter the rate used: how many EUR for 1 USD."),
    (["payments", "add", "--order", "1", "--amount", "5", "--kind", "bonus"],
     "--kind: “bonus” is not a payment kind"),
    (["payments", "add", "--order", "7", "--amount", "5"], "--order: there is no order #7."),
    (["payments", "add", "--order", "1", "--amount", "5", "--received", "yesterday"],
     "--received: “yesterday” is not a date"),
    (["payments", "edit", "1", "--fee", "-2"], "--fee: The fee cannot be negative."),
    (["payments", "edit", "1", "--currency", "CAD"], "--rate: Enter the rate used"),
    (["payments", "list", "--year", "2026", "--from", "2026-01-01"],
     "--year: give either --year or --from/--to, not both."),
]


@pytest.mark.parametrize(("argv", "message"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_a_bad_value_is_refused_naming_the_option_and_nothing_is_written(
        capsys: Capsys, data_dir: Path, argv: list[str], message: str) -> None:
    before = dump(data_dir)
    err = refused(capsys, data_dir, *argv)
    assert err.startswith("atelier: " + message), err
    assert err.count("\n") == 1  # one sentence
    assert dump(data_dir) == before


def test_a_forbidden_move_is_refused_with_the_orders_page_rules(
        capsys: Capsys, data_dir: Path) -> None:
    before = dump(data_dir)
    err = refused(capsys, data_dir, "orders", "move", "1", "completed")
    assert err == ("atelier: STATUS: An order cannot go from “awaiting requirements” to "
                   "“completed”. From “awaiting requirements” it can go to: in progress, "
                   "cancelled, disputed.\n")
    assert dump(data_dir) == before
    for status in ("in_progress", "delivered", "revision_requested", "delivered", "completed"):
        ok(capsys, data_dir, "orders", "move", "1", status)  # a revision is delivered directly
    order = js(capsys, data_dir, "orders", "show", "1")
    assert isinstance(order, dict)
    assert order["status"] == "completed" and order["revisions_used"] == 1
    err = refused(capsys, data_dir, "orders", "move", "1", "in-progress")
    assert "“completed” is final." in err


# --- edits change only the given fields ---------------------------------------------------------


def test_edit_changes_only_the_given_fields(capsys: Capsys, data_dir: Path) -> None:
    before = js(capsys, data_dir, "orders", "show", "1")
    after = js(capsys, data_dir, "orders", "edit", "1", "--title", "Flyer A5", "--notes", "rush")
    assert isinstance(before, dict) and isinstance(after, dict)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"title", "notes", "updated_at"}
    client = js(capsys, data_dir, "clients", "edit", "2", "--email", "hello@acme.example")
    assert isinstance(client, dict)
    assert (client["name"], client["email"]) == ("Acme Corp", "hello@acme.example")


def test_edit_a_gig_package_keeps_its_orders_linked(capsys: Capsys, data_dir: Path) -> None:
    order = js(capsys, data_dir, "orders", "add", "--client", "1", "--gig", "1",
               "--package", "premium")
    assert isinstance(order, dict)
    gig = js(capsys, data_dir, "gigs", "edit", "1", "--package", "premium:99.50:6",
             "--remove-package", "basic", "--tags", "logo, brand")
    assert isinstance(gig, dict)
    assert [(p["tier"], p["price_minor"], p["delivery_days"], p["revisions_included"])
            for p in gig["packages"]] == [("standard", 4500, 3, 2), ("premium", 9950, 6, 3)]
    assert gig["tags"] == "logo, brand"
    shown = js(capsys, data_dir, "orders", "show", str(order["id"]))
    assert isinstance(shown, dict) and shown["package_id"] == order["package_id"]


def test_payments_edit_and_list_by_year(capsys: Capsys, data_dir: Path) -> None:
    ok(capsys, data_dir, "payments", "add", "--order", "1", "--kind", "tip", "--amount", "5",
       "--currency", "USD", "--rate", "0.9", "--received", "2025-12-31T23:30:00+00:00")
    edited = js(capsys, data_dir, "payments", "edit", "2", "--amount", "10")
    assert isinstance(edited, dict)
    assert (edited["amount_minor"], edited["home_amount_minor"], edited["rate"]) == (
        1000, 900, "0.9")  # the stored rate, applied again
    assert [p["id"] for p in js(capsys, data_dir, "payments", "list", "--year", "2026")] == [1]
    assert [p["id"] for p in js(capsys, data_dir, "payments", "list",
                                "--from", "2025-12-01", "--to", "2025-12-31")] == [2]
    table = ok(capsys, data_dir, "payments", "list")
    assert "#2" in table and "$10.00" in table and "€24.00" in table


def test_a_payment_with_a_client_and_no_order_is_listed_with_its_client(
        capsys: Capsys, data_dir: Path) -> None:
    """An imported payment names its client without an order: `payments list` shows that
    client (an order's payment, the order's client) and `clients list` counts it."""
    from storage.db import open_store
    from storage.tables import Payment, PaymentKind

    store = open_store(data_dir / "atelier.db")
    try:
        with store.transaction() as s:
            s.add(Payment(client_id=3, kind=PaymentKind.PAYOUT, amount_minor=4200,
                          currency="EUR", received_at=datetime.fromisoformat(
                              "2026-11-25T10:00:00+00:00"), home_currency="EUR",
                          home_amount_minor=4200, source="paypal", source_id="X1"))
    finally:
        store.close()
    table = ok(capsys, data_dir, "payments", "list").splitlines()
    assert table[0].split() == ["Id", "Received", "Kind", "Amount", "Fee", "Home", "Order",
                                "Client", "Note"]
    rows = {line.split()[0]: line for line in table[1:]}
    assert "Studio Nord" in rows["#2"] and "—" in rows["#2"]
    assert "Acme Corp" in rows["#1"]
    clients = ok(capsys, data_dir, "clients", "list").splitlines()
    assert "€42.00" in next(line for line in clients if line.startswith("#3 "))


def test_lists_read_as_tables_and_filter(capsys: Capsys, data_dir: Path) -> None:
    ok(capsys, data_dir, "orders", "add", "--client", "Acme", "--gig", "Logo design",
       "--package", "basic")
    ok(capsys, data_dir, "orders", "move", "2", "in_progress")
    table = ok(capsys, data_dir, "orders", "list", "--status", "in progress")
    assert table.splitlines()[0].split() == ["Id", "Received", "Status", "Client", "Title",
                                             "Price", "Due"]
    assert "#2" in table and "#1 " not in table and "€25.00" in table
    assert [o["id"] for o in js(capsys, data_dir, "orders", "list", "--client", "acme corp")] == [1]
    assert "Logo design" in ok(capsys, data_dir, "gigs", "list")
    assert "Studio Nord" in ok(capsys, data_dir, "clients", "list")


def test_a_clients_currency_prices_the_package_as_the_form_does(
        capsys: Capsys, data_dir: Path) -> None:
    ok(capsys, data_dir, "clients", "add", "--name", "Atlas Média", "--currency", "MAD")
    before = dump(data_dir)
    err = refused(capsys, data_dir, "orders", "add", "--client", "atlas media", "--gig", "1",
                  "--package", "basic")
    assert "--price: no exchange rate from EUR to MAD is recorded yet" in err
    assert dump(data_dir) == before
    # a MAD payment records the rate (1 MAD = 0.092 EUR): the package is converted with it
    ok(capsys, data_dir, "payments", "add", "--amount", "100", "--currency", "MAD",
       "--rate", "0.092")
    order = js(capsys, data_dir, "orders", "add", "--client", "atlas media", "--gig", "1",
               "--package", "basic")
    assert isinstance(order, dict)
    assert (order["currency"], order["price_minor"]) == ("MAD", 27174)  # 25 € / 0.092


# --- the timer ----------------------------------------------------------------------------------


def test_timer_start_and_stop(capsys: Capsys, data_dir: Path) -> None:
    assert "Timer started on order #1" in ok(capsys, data_dir, "orders", "timer", "start", "1")
    before = dump(data_dir)
    err = refused(capsys, data_dir, "orders", "timer", "start", "1")
    assert err.startswith("atelier: ID: the timer of order #1 is already running")
    assert dump(data_dir) == before
    ok(capsys, data_dir, "orders", "add", "--client", "Acme", "--title", "Card", "--price", "9")
    # one timer at a time, as on the order panel: starting another stops this one
    out = ok(capsys, data_dir, "orders", "timer", "start", "2")
    assert "the timer of order #1 stopped" in out
    stopped = js(capsys, data_dir, "orders", "timer", "stop", "2")
    assert isinstance(stopped, dict) and stopped["order_id"] == 2 and stopped["ended_at"]
    before = dump(data_dir)
    err = refused(capsys, data_dir, "orders", "timer", "stop", "2")
    assert err == "atelier: ID: no timer runs on order #2.\n"
    assert dump(data_dir) == before
    assert refused(capsys, data_dir, "orders", "timer", "stop", "8").startswith(
        "atelier: ID: there is no order #8.")
