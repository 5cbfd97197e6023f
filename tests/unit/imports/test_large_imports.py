"""Large payment exports (issue 15, the 100,000-row benchmark): apply_plan writes payments and
imported_rows through the driver in bulk (the stored text must be what SQLAlchemy's own insert
stores, every column written), a plan shares its repeated reasons, and a PayPal file is read
twice (conventions and conversion legs in one pass, then the rows), not three times."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import insert, text

from storage.imports.ledger import _LEDGER_COLUMNS, _PAYMENT_COLUMNS, apply_plan, plan_import
from storage.imports.model import RowKind, SourceRow
from storage.payments import record_payment
from storage.tables import ImportedRow, Payment, PaymentKind

NOW = datetime(2026, 12, 7, 12, 0, 0, 123456, tzinfo=UTC)
WHEN = datetime(2024, 3, 5, 10, 0, 7, 250000, tzinfo=UTC)
MONEY = ("kind", "amount_minor", "fee_minor", "currency", "received_at", "home_currency",
         "home_amount_minor", "home_fee_minor", "rate", "note")


def test_the_bulk_writes_name_every_column_of_both_tables() -> None:
    assert set(_PAYMENT_COLUMNS) == {c.name for c in Payment.__table__.columns}
    assert set(_LEDGER_COLUMNS) == {c.name for c in ImportedRow.__table__.columns} - {"id"}


def test_an_imported_payment_is_stored_as_record_payment_stores_it(store) -> None:
    row = SourceRow(line=2, source="paypal", occurred_at=WHEN, kind=RowKind.INCOME,
                    currency="USD", gross_minor=10000, fee_minor=400, net_minor=9600,
                    source_id="TX1", rate=Decimal("0.9125"), rate_to="EUR", memo="Logo")
    with store.transaction() as s:
        plan = plan_import(s, [("a.csv", "paypal-activity", [row])], home="EUR")
        apply_plan(s, plan, accept={}, now=NOW)
        # The same payment entered by hand (after: before, the import would ask about it).
        record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=9600, currency="USD",
                       received_at=WHEN, fee_minor=400, rate=Decimal("0.9125"), note="Logo")
        # The ledger row as SQLAlchemy's insert writes it, for comparison.
        s.execute(insert(ImportedRow.__table__), [{
            "identity": "orm", "source": "paypal", "file_name": "a.csv", "line": 2,
            "occurred_at": WHEN, "outcome": "added", "currency": "USD", "net_minor": 9600,
            "payment_id": None, "linked_identity": "", "imported_at": NOW}])
    with store.engine.connect() as conn:
        imported, hand = conn.execute(text(
            f"SELECT {', '.join(MONEY)}, source, source_id, rate_source FROM payments "
            "ORDER BY id")).all()
        bulk, orm = conn.execute(text(
            "SELECT occurred_at, imported_at, outcome, currency, net_minor, payment_id "
            "FROM imported_rows ORDER BY id")).all()
    assert tuple(imported)[:len(MONEY)] == tuple(hand)[:len(MONEY)]
    assert tuple(imported)[len(MONEY):] == ("paypal", "TX1", "export")
    assert tuple(bulk)[:-1] == tuple(orm)[:-1]
    assert bulk.payment_id == 1


def test_rows_with_the_same_reason_share_one_phrase(store) -> None:
    """100,000 rows held 45 MB of identical reasons: the plan shares them (memory bound)."""
    from storage.imports.model import RowStatus

    rows = [SourceRow(line=i, source="paypal", occurred_at=WHEN, kind=RowKind.INCOME,
                      currency="EUR", gross_minor=100 * i, net_minor=100 * i,
                      source_id=f"P{i}", status=RowStatus.PENDING) for i in range(2, 5)]
    with store.transaction() as s:
        plan = plan_import(s, [("a.csv", "paypal-activity", rows)], home="EUR")
    reasons = [r.reason for r in plan.files[0].rows]
    assert reasons[0] == "pending: imported once it completes"
    assert reasons[0].template == "pending: imported once it completes"
    assert all(r is reasons[0] for r in reasons)


def test_a_paypal_export_is_read_in_two_passes_with_its_conversion_rates() -> None:
    from pathlib import Path

    from storage.imports.profiles import recognise
    from storage.imports.reading import read_table

    exports = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "exports"
    table = read_table(exports / "paypal_activity_download_en.csv")
    profile = recognise(table)
    passes = []
    records = table.records

    def counted():  # type: ignore[no-untyped-def]
        passes.append(1)
        return records()  # type: ignore[operator]

    table.records = counted
    rows = list(profile.rows(table))
    assert len(passes) == 2
    converted = [r for r in rows if r.kind is RowKind.CONVERSION and r.rate is not None]
    assert converted, "the conversion legs kept their rates"


@given(st.text(max_size=30))
def test_fold_drops_case_and_combining_marks_as_before(text: str) -> None:
    """catalog.fold drops the marks through a translate table (faster on long memos)."""
    import unicodedata

    from storage.catalog import fold

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))
    assert fold("Québec — Ñandú") == "quebec — nandu"


def test_the_collector_is_paused_only_while_a_bulk_step_runs(store, tmp_path) -> None:
    import gc

    import pytest

    from storage.imports.bulk import paused_gc
    from storage.imports.model import ImportProblem
    from storage.imports.profiles import recognise
    from storage.imports.reading import read_table

    rows = [SourceRow(line=2, source="paypal", occurred_at=WHEN, kind=RowKind.INCOME,
                      currency="EUR", gross_minor=100, net_minor=100, source_id="G1")]
    with store.transaction() as s:
        plan = plan_import(s, [("a.csv", "paypal-activity", rows)], home="EUR")
        assert gc.isenabled()
        apply_plan(s, plan, accept={}, now=NOW)
    assert gc.isenabled()
    bad = tmp_path / "bad.csv"
    bad.write_text('"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee",'
                   '"Net","Transaction ID"\n"05/03/2024","10:00:00","PST","A","Website Payment",'
                   '"Completed","EUR","12.00","0.00","12.00","T1"\n"05/03/2024","10:00:00",'
                   '"PST","B","Website Payment","Completed","EUR","abc","0.00","12.00","T2"\n',
                   encoding="utf-8")
    table = read_table(bad)
    with pytest.raises(ImportProblem):
        list(recognise(table).rows(table))
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()
