"""Amounts the store cannot add up and dates time zones cannot convert are refused where they
enter (forms' rules, the CLI, CSV import) with a message naming the field; the store is left
unchanged, and the URSSAF figures are exact integers."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.cli import main
from storage.csvio import export_csv, import_csv
from storage.db import Store
from storage.errors import CsvImportError, ValidationError
from storage.money import MAX_AMOUNT, parse_amount
from storage.orders import OrderFields, create_order
from storage.payments import record_payment
from storage.tables import Order, Payment, PaymentKind
from storage.urssaf import urssaf_report
from tests.factories import at, client, order, platform

WHEN = datetime(2026, 3, 10, 12, tzinfo=UTC)


def pay(s, amount: int, *, fee: int = 0, currency: str = "EUR", rate: str | None = None,
        when: datetime = WHEN) -> Payment:
    return record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, currency=currency,
                          received_at=when, fee_minor=fee, rate=rate)


def count(store: Store, entity: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(entity)) or 0


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize("amount", [2**63 - 1, 2**62, MAX_AMOUNT * 100 + 1])
def test_a_payment_beyond_one_billion_is_refused_and_nothing_is_written(
    store: Store, amount: int
) -> None:
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        pay(s, amount)
    assert e.value.field == "amount" and "one billion" in e.value.message
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        pay(s, 100, fee=amount)
    assert e.value.field == "fee"
    assert count(store, Payment) == 0


def test_one_billion_is_accepted(store: Store) -> None:
    with store.transaction() as s:
        pay(s, MAX_AMOUNT * 100)
        pay(s, MAX_AMOUNT, currency="JPY", rate="0.0061")
    assert count(store, Payment) == 2


def test_a_rate_that_makes_the_home_amount_too_large_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        pay(s, 100_000, currency="USD", rate="1e12")
    assert e.value.field == "rate"
    assert count(store, Payment) == 0


def test_typed_amounts_beyond_one_billion_are_refused() -> None:
    assert parse_amount("1 000 000 000,00", "EUR", lang="fr") == MAX_AMOUNT * 100
    for typed in ("1000000000,01", "9223372036854775808", "1e30"):
        with pytest.raises(ValidationError) as e:
            parse_amount(typed, "EUR", "price")
        assert e.value.field == "price"


def test_an_order_price_beyond_one_billion_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        order(s, price_minor=2**62)
    assert e.value.field == "price" and "one billion" in e.value.message
    assert count(store, Order) == 0


def _csv_with(store: Store, tmp_path: Path, file: str, column: str, value: str) -> Path:
    out = tmp_path / "csv"
    export_csv(store, out)
    path = out / file
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    records[1][records[0].index(column)] = value
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(records)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    return out


@pytest.fixture
def one_payment(store: Store) -> Store:
    with store.transaction() as s:
        o = order(s)
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=9000, currency="EUR",
                       received_at=WHEN, fee_minor=1000, order_id=o.id)
    return store


@pytest.mark.parametrize(("column", "value"), [
    ("amount_minor", str(2**62)), ("fee_minor", str(2**62)),
    ("home_amount_minor", str(2**62)), ("home_fee_minor", "-" + str(2**62)),
])
def test_csv_import_refuses_amounts_the_store_cannot_sum(
    one_payment: Store, tmp_path: Path, column: str, value: str
) -> None:
    from storage.db import open_store

    folder = _csv_with(one_payment, tmp_path, "payments.csv", column, value)
    with open_store(tmp_path / "new.db") as target:
        with pytest.raises(CsvImportError) as e:
            import_csv(target, folder)
        assert (e.value.file, e.value.line, e.value.field) == ("payments.csv", 2, column)
        assert "one billion" in str(e.value) or "home currency" in str(e.value)
        assert count(target, Payment) == 0


def test_urssaf_figures_are_exact_integers_never_floats(store: Store) -> None:
    """A store written before amounts were bounded: SQLite's integer addition overflowed into
    a float and the declaration showed a rounded figure. Now the figure is exact, and a sum
    SQLite itself cannot hold is a clear refusal."""
    with store.transaction() as s:
        p = pay(s, 100)
        s.flush()
        s.execute(text("UPDATE payments SET home_amount_minor = :a, home_fee_minor = :f "
                       "WHERE id = :id"), {"a": 2**62 + 1, "f": 2**62, "id": p.id})
    with store.session() as s:
        report = urssaf_report(s, 2026, "quarter")
    assert sum(report.periods[0].declared_minor.values()) == 2**63 + 1
    with store.transaction() as s:
        p = pay(s, 100)
        s.flush()
        s.execute(text("UPDATE payments SET home_amount_minor = :a WHERE id = :id"),
                  {"a": 2**63 - 1, "id": p.id})
    with store.session() as s, pytest.raises(ValidationError) as e:
        urssaf_report(s, 2026, "quarter")
    assert e.value.field == "amount"


def test_urssaf_sums_large_amounts_exactly(store: Store) -> None:
    with store.transaction() as s:
        for _ in range(3):
            pay(s, MAX_AMOUNT * 100 - 1, fee=MAX_AMOUNT * 100 - 3)
    with store.session() as s:
        report = urssaf_report(s, 2026, "quarter")
    declared = report.periods[0].declared_minor
    assert sum(declared.values()) == 3 * (2 * MAX_AMOUNT * 100 - 4)
    assert all(isinstance(v, int) for v in declared.values())
    assert all(isinstance(v, int) for v in report.periods[0].contributions_minor.values())


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("when", [datetime(1, 1, 1, tzinfo=UTC),
                                  datetime(9999, 12, 31, 23, tzinfo=UTC),
                                  datetime(1969, 12, 31, tzinfo=UTC),
                                  datetime(2200, 1, 1, tzinfo=UTC)])
def test_dates_outside_1970_to_2199_are_refused(store: Store, when: datetime) -> None:
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        pay(s, 100, when=when)
    assert e.value.field == "received_at" and "1970" in e.value.message
    with pytest.raises(ValidationError) as e, store.transaction() as s:
        c = client(s)
        create_order(s, OrderFields(client_id=c.id, platform_id=platform(s, "Direct").id,
                                    title="t", price_minor=100, currency="EUR",
                                    received_at=at("2026-03-02T09:00"), due_at=when))
    assert e.value.field == "due_at"
    assert count(store, Payment) == 0 and count(store, Order) == 0


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+00:00", "9999-12-31T00:00:00+00:00",
                                   "9999-12-31T23:59:59-05:00"])
def test_csv_import_refuses_dates_outside_the_range(
    one_payment: Store, tmp_path: Path, value: str
) -> None:
    from storage.db import open_store

    folder = _csv_with(one_payment, tmp_path, "payments.csv", "received_at", value)
    with open_store(tmp_path / "new.db") as target:
        with pytest.raises(CsvImportError) as e:
            import_csv(target, folder)
        assert (e.value.file, e.value.field) == ("payments.csv", "received_at")
        assert "1970 to 2199" in str(e.value)
        assert count(target, Payment) == 0


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31T23:00:00+00:00"])
def test_the_cli_refuses_a_date_out_of_range_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, as_of: str
) -> None:
    with pytest.raises(SystemExit) as e:
        main(["demo", "--data-dir", str(tmp_path), "--orders", "3", "--as-of", as_of])
    err = capsys.readouterr().err
    assert e.value.code == 2
    assert "--as-of" in err and "1970 to 2199" in err and "Traceback" not in err
    assert not (tmp_path / "atelier.db").exists()


def test_the_cli_names_the_file_and_field_of_a_huge_amount(
    capsys: pytest.CaptureFixture[str], one_payment: Store, tmp_path: Path
) -> None:
    folder = _csv_with(one_payment, tmp_path, "payments.csv", "amount_minor", str(2**63 - 1))
    code = main(["import", "csv", str(folder), "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 2
    assert "payments.csv, line 2" in err and "amount_minor" in err and "one billion" in err
