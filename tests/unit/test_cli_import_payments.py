"""`atelier import payments FILE... [--profile auto|NAME] [--dry-run] [--json]` and
`atelier rates update` (issue 15): the real sample exports recognised, a dry run that writes
no byte, Income moving by exactly the reported net, a second run adding nothing, and bad
input refused with a sentence (exit 2) and nothing written."""

from __future__ import annotations

import json
import shutil
import sqlite3
import urllib.error
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.cli import EXIT_BUSY
from storage import db
from storage.db import open_store
from storage.income import income_report
from storage.money import round_minor
from tests.cli_helpers import run

Capsys = pytest.CaptureFixture[str]

EXPORTS = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "exports"
SAMPLES = sorted(str(p) for p in EXPORTS.glob("*.csv"))
# Files in the store's own currency (EUR, the default home currency): Income moves by their
# reported net to the cent, with no rate involved.
EUR_SAMPLES = [str(EXPORTS / "paypal_activity_de_synthetic.csv"),
               str(EXPORTS / "paypal_statement_es.csv")]
STRIPE = str(EXPORTS / "stripe_balance_change_from_activity.csv")

pytestmark = pytest.mark.skipif(not SAMPLES, reason="../shared/testdata/exports is missing")


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("store")
    open_store(d / "atelier.db").close()
    return d


@pytest.fixture
def data_dir(empty_store: Path, tmp_path: Path) -> Path:
    d = tmp_path / "data"
    shutil.copytree(empty_store, d)
    return d


def atelier(capsys: Capsys, data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, *argv, "--data-dir", str(data_dir))


def import_json(capsys: Capsys, data_dir: Path, *argv: str) -> list[dict]:
    code, out, err = atelier(capsys, data_dir, "import", "payments", *argv, "--json")
    assert code == 0, err
    return json.loads(out)["files"]


def refused(capsys: Capsys, data_dir: Path, *argv: str) -> str:
    code, out, err = atelier(capsys, data_dir, *argv)
    assert code == 2, (out, err)
    assert "Traceback" not in err and "Error" not in err and "Exception" not in err
    return err


def store_bytes(data_dir: Path) -> dict[str, bytes]:
    """The store and its companions (-wal, -shm), byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(data_dir.glob("atelier.db*"))}


def income_net(data_dir: Path) -> int:
    with open_store(data_dir / "atelier.db") as store, store.session() as s:
        return income_report(s, "year").total.net_minor


def imported_payments(data_dir: Path) -> list[tuple[str, int, int]]:
    """(currency, amount_minor, home_amount_minor) of the payments an import added."""
    con = sqlite3.connect(data_dir / "atelier.db")
    try:
        return con.execute("SELECT currency, amount_minor, home_amount_minor FROM payments "
                           "WHERE source != ''").fetchall()
    finally:
        con.close()


def profile_names() -> list[str]:
    from storage.imports.profiles import PROFILES

    return [p.name for p in PROFILES]


# --- the done-when commands -----------------------------------------------------------------


def test_dry_run_recognises_every_sample_and_writes_no_byte(capsys: Capsys,
                                                            data_dir: Path) -> None:
    before = store_bytes(data_dir)
    files = import_json(capsys, data_dir, *SAMPLES, "--dry-run")
    assert [f["file"] for f in files] == SAMPLES
    for f in files:
        assert f["profile"] in profile_names(), f
        assert f["rows"] > 0, f
        assert set(f) == {"file", "profile", "rows", "added", "duplicates", "transfers",
                          "needs_attention", "totals"}
        for t in f["totals"].values():
            assert set(t) == {"gross_minor", "fee_minor", "net_minor"}
    assert sum(f["added"] for f in files) > 0
    assert store_bytes(data_dir) == before


def test_dry_run_without_a_store_creates_none(capsys: Capsys, tmp_path: Path) -> None:
    files = import_json(capsys, tmp_path, *EUR_SAMPLES, "--dry-run")
    assert len(files) == 2
    assert not list(tmp_path.glob("atelier.db*"))


def test_import_moves_income_by_exactly_the_reported_net_in_the_home_currency(
        capsys: Capsys, data_dir: Path) -> None:
    before = income_net(data_dir)
    files = import_json(capsys, data_dir, *EUR_SAMPLES)
    reported = sum(f["totals"].get("EUR", {}).get("net_minor", 0) for f in files)
    assert {c for f in files for c in f["totals"]} <= {"EUR"}
    assert reported != 0
    assert income_net(data_dir) - before == reported


def reference_rates(path: Path) -> Path:
    """An eurofxref-hist.csv with a rate every day over the samples' years, chosen so that a
    unit of each currency is an exact decimal of euros (1 USD = 0.8 EUR, 1 AUD = 0.625 EUR,
    1 GBP = 1.25 EUR, 1 CAD = 0.5 EUR)."""
    day, end = date(2015, 1, 1), date(2025, 12, 31)
    lines = ["Date,USD,AUD,GBP,CAD,"]
    while day <= end:
        lines.append(f"{day.isoformat()},1.25,1.6,0.8,2,")
        day += timedelta(days=1)
    path.write_text("\n".join([lines[0], *reversed(lines[1:])]) + "\n", encoding="utf-8")
    return path


EUR_PER = {"EUR": Decimal(1), "USD": Decimal("0.8"), "AUD": Decimal("0.625"),
           "GBP": Decimal("1.25"), "CAD": Decimal("0.5")}


def test_import_of_every_sample_moves_income_by_the_reported_net_after_rates(
        capsys: Capsys, data_dir: Path, tmp_path: Path) -> None:
    """With rates: each added payment keeps its net in its own currency to the cent (the
    reported totals), and its home amount is that net at its rate, rounded to the cent once
    per payment; Income moves by exactly the sum of those home amounts, which is the reported
    net at the rates to within half a cent per payment."""
    ecb = reference_rates(tmp_path / "eurofxref-hist.csv")
    code, _out, err = atelier(capsys, data_dir, "rates", "update", "--ecb-file", str(ecb))
    assert code == 0, err
    before = income_net(data_dir)
    preview = import_json(capsys, data_dir, *SAMPLES, "--dry-run")
    files = import_json(capsys, data_dir, *SAMPLES)
    assert files == preview  # the preview is what was written
    reported: dict[str, int] = {}
    for f in files:
        for currency, t in f["totals"].items():
            reported[currency] = reported.get(currency, 0) + t["net_minor"]
    assert set(reported) > {"EUR"}  # other currencies were converted, not left waiting
    payments = imported_payments(data_dir)
    assert len(payments) == sum(f["added"] for f in files)
    stored: dict[str, int] = {}
    for currency, amount, home in payments:
        stored[currency] = stored.get(currency, 0) + amount
        assert home == round_minor(amount * EUR_PER[currency]), (currency, amount, home)
    assert stored == reported
    delta = income_net(data_dir) - before
    assert delta == sum(home for _c, _a, home in payments)
    exact = sum(net * EUR_PER[c] for c, net in reported.items())
    assert abs(delta - exact) <= Decimal("0.5") * len(payments)
    assert delta - reported["EUR"] == sum(h for c, _a, h in payments if c != "EUR")


def test_a_second_run_adds_nothing(capsys: Capsys, data_dir: Path) -> None:
    first = import_json(capsys, data_dir, *SAMPLES)
    income = income_net(data_dir)
    rows = imported_payments(data_dir)
    again = import_json(capsys, data_dir, *SAMPLES)
    assert [f["added"] for f in again] == [0] * len(SAMPLES)
    assert sum(f["duplicates"] for f in again) >= sum(f["added"] for f in first)
    assert income_net(data_dir) == income
    assert imported_payments(data_dir) == rows


def test_the_readable_summary_names_each_file_its_profile_and_totals(
        capsys: Capsys, data_dir: Path) -> None:
    code, out, err = atelier(capsys, data_dir, "import", "payments", *EUR_SAMPLES, "--dry-run")
    assert code == 0, err
    for name in EUR_SAMPLES:
        assert name in out
    assert "to add" in out and "duplicates" in out and "need your decision" in out
    assert "EUR: gross" in out and "fees" in out and "net" in out
    assert "Dry run: nothing was written" in out


# --- profiles -------------------------------------------------------------------------------


def test_an_unrecognised_file_exits_2_naming_its_header(capsys: Capsys, data_dir: Path,
                                                        tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Colour,Flavour,Mood\nred,mint,calm\nblue,lime,happy\n", encoding="utf-8")
    before = store_bytes(data_dir)
    err = refused(capsys, data_dir, "import", "payments", STRIPE, str(odd))
    assert "odd.csv" in err
    assert "“Colour”, “Flavour”, “Mood”" in err
    assert "--profile" in err
    assert store_bytes(data_dir) == before  # the recognised file before it was not imported


def test_profile_forces_a_format(capsys: Capsys, data_dir: Path) -> None:
    auto = import_json(capsys, data_dir, STRIPE, "--dry-run")
    name = auto[0]["profile"]
    forced = import_json(capsys, data_dir, STRIPE, "--dry-run", "--profile", name)
    assert forced == auto
    other = next(n for n in profile_names() if n.startswith("upwork"))
    before = store_bytes(data_dir)
    err = refused(capsys, data_dir, "import", "payments", STRIPE, "--profile", other)
    assert Path(STRIPE).name in err
    assert store_bytes(data_dir) == before


def test_a_mapping_saved_in_the_window_reads_a_file_no_profile_knows(
        capsys: Capsys, data_dir: Path, tmp_path: Path) -> None:
    from storage.imports.profiles.custom import CustomProfile, export_profile, save_profile

    odd = tmp_path / "club.csv"
    odd.write_text("When,Who,Paid\n2024-03-05,Acme,120.50\n2024-03-06,Nord,80.00\n",
                   encoding="utf-8")
    mapping = CustomProfile("Club ledger", {"date": "When", "payer": "Who", "amount": "Paid"},
                            ".", "YMD", "EUR")
    assert not mapping.problems()
    exported = tmp_path / "club-ledger.json"
    export_profile(mapping, exported)
    by_file = import_json(capsys, data_dir, str(odd), "--dry-run", "--profile", str(exported))
    assert by_file[0]["profile"] == "Club ledger"
    assert by_file[0]["totals"]["EUR"]["net_minor"] == 20050
    refused(capsys, data_dir, "import", "payments", str(odd), "--dry-run")  # not saved yet
    save_profile(data_dir, mapping)
    auto = import_json(capsys, data_dir, str(odd), "--dry-run")
    by_name = import_json(capsys, data_dir, str(odd), "--dry-run", "--profile", "Club ledger")
    assert auto == by_name == by_file


def test_an_unknown_profile_name_exits_2_listing_the_names(capsys: Capsys,
                                                           data_dir: Path) -> None:
    err = refused(capsys, data_dir, "import", "payments", SAMPLES[0], "--profile", "paypl")
    assert "“paypl” is not a profile" in err
    for name in profile_names():
        assert name in err


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [
    None,  # missing
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,  # not a CSV
    b"",  # empty
])
def test_a_file_that_cannot_be_read_exits_2_with_a_sentence(
        capsys: Capsys, data_dir: Path, tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "export.csv"
    if content is not None:
        path.write_bytes(content)
    before = store_bytes(data_dir)
    err = refused(capsys, data_dir, "import", "payments", str(path))
    assert "export.csv" in err
    assert err.strip().endswith((".", ")"))
    assert store_bytes(data_dir) == before


def test_a_busy_store_exits_with_exit_busy(capsys: Capsys, data_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    conn = sqlite3.connect(data_dir / "atelier.db", isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        code, _out, err = atelier(capsys, data_dir, "import", "payments", STRIPE)
    finally:
        conn.close()
    assert code == EXIT_BUSY
    assert "The store is busy" in err and "Traceback" not in err
    assert imported_payments(data_dir) == []


# --- rates ----------------------------------------------------------------------------------

ECB_CSV = ("Date,USD,JPY,GBP,CAD,\n"
           "2024-03-05,1.0857,162.85,0.85405,1.4727,\n"
           "2024-03-04,1.0849,162.87,0.8558,N/A,\n")


@contextmanager
def rates(data_dir: Path) -> Iterator[list[tuple]]:
    con = sqlite3.connect(data_dir / "atelier.db")
    try:
        yield con.execute("SELECT day, currency, per_eur FROM exchange_rates "
                          "ORDER BY day, currency").fetchall()
    finally:
        con.close()


def test_rates_update_from_an_ecb_file(capsys: Capsys, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(ECB_CSV, encoding="utf-8")
    code, out, err = atelier(capsys, data_dir, "rates", "update", "--ecb-file", str(path))
    assert code == 0, err
    assert "Reference rates updated" in out
    with rates(data_dir) as rows:
        assert ("2024-03-05", "USD", "1.0857") in rows
        assert len(rows) == 7  # CAD of the 4th is N/A


def test_rates_update_from_the_ecb_zip(capsys: Capsys, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("eurofxref-hist.csv", ECB_CSV)
    code, _out, err = atelier(capsys, data_dir, "rates", "update", "--ecb-file", str(path))
    assert code == 0, err
    with rates(data_dir) as rows:
        assert len(rows) == 7


def test_rates_download_offline_says_so_and_changes_nothing(
        capsys: Capsys, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*_a: object, **_k: object) -> None:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    monkeypatch.setattr("urllib.request.urlopen", offline)
    before = store_bytes(data_dir)
    err = refused(capsys, data_dir, "rates", "update", "--download")
    assert "Could not download the ECB reference rates" in err
    assert "offline" in err and "--ecb-file" in err
    assert store_bytes(data_dir) == before


def test_rates_update_of_a_missing_file_exits_2(capsys: Capsys, data_dir: Path,
                                                tmp_path: Path) -> None:
    err = refused(capsys, data_dir, "rates", "update", "--ecb-file", str(tmp_path / "no.csv"))
    assert "no.csv: there is no such file." in err


def test_a_formula_payer_is_counted_under_needs_attention(capsys: Capsys, data_dir: Path,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "paypal.csv"
    path.write_text(
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
        '"From Email Address","To Email Address","Transaction ID","Reference Txn ID",'
        '"Invoice Number","Balance","Subject","Balance Impact"\n'
        '"01/03/2024","10:00:00","UTC","=HYPERLINK(""http://x"",""y"")","General Payment",'
        '"Completed","EUR","10.00","-0.50","9.50","x@example.com","me@example.com","T1","",'
        '"","9.50","","Credit"\n', encoding="utf-8")
    (f,) = import_json(capsys, data_dir, str(path))
    assert (f["added"], f["needs_attention"]) == (0, 1)
    assert imported_payments(data_dir) == []


def _one_payment(tmp_path: Path) -> Path:
    path = tmp_path / "one.csv"
    path.write_text(
        '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net",'
        '"From Email Address","To Email Address","Transaction ID","Reference Txn ID",'
        '"Invoice Number","Balance","Subject","Balance Impact"\n'
        '"01/03/2024","10:00:00","UTC","Zoé","General Payment","Completed","EUR","10.00",'
        '"-0.50","9.50","zoe@example.com","me@example.com","T1","","","9.50","","Credit"\n',
        encoding="utf-8")
    return path


def test_one_row_and_one_payment_are_said_in_the_singular(capsys: Capsys, data_dir: Path,
                                                          tmp_path: Path) -> None:
    path = str(_one_payment(tmp_path))
    code, out, err = atelier(capsys, data_dir, "import", "payments", path, "--dry-run")
    assert code == 0, err
    assert "  1 row: 1 to add, 0 duplicates" in out
    assert "1 payment would be added" in out and "1 payments" not in out
    code, out, err = atelier(capsys, data_dir, "import", "payments", path)
    assert code == 0, err
    assert "Imported 1 payment." in out and "1 rows" not in out


def test_an_ambiguous_date_order_is_said_and_can_be_forced(capsys: Capsys,
                                                           data_dir: Path) -> None:
    """paypal_statement_es.csv writes 2/1/2020: the order chosen is said, with how to force
    the other one (--date-order)."""
    es = str(EXPORTS / "paypal_statement_es.csv")
    code, out, err = atelier(capsys, data_dir, "import", "payments", es, "--dry-run")
    assert code == 0, err
    assert "paypal_statement_es.csv" in err and "day first (DMY)" in err
    assert "--date-order MDY" in err
    code, out, err = atelier(capsys, data_dir, "import", "payments", es, "--dry-run",
                             "--date-order", "MDY", "--json")
    assert code == 0, err
    assert "--date-order" not in err
    assert json.loads(out)["files"][0]["rows"] > 0
