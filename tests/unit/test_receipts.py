"""The receipts book: lines from payments, locking when a declaration is marked done, dated
correction lines, the CSV export, and its year total against URSSAF's declared turnover."""

from __future__ import annotations

import csv
import io
import os
import stat
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from storage import obligations, settings
from storage.payments import record_payment
from storage.receipts import book_csv, receipts_book, reconcile, write_book_csv
from storage.tables import Payment, PaymentKind, ReceiptEntry
from storage.urssaf import overview, urssaf_report
from tests.factories import at, order

NOW = datetime(2026, 5, 2, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)


def pay(s, amount, when, order_id=None, fee=0, kind=PaymentKind.PAYOUT, note="", **kw):
    """A payment in euros; `kw` sets the fields an import fills (payer, source, source_id)."""
    p = record_payment(s, kind=kind, amount_minor=amount, fee_minor=fee, currency="EUR",
                       received_at=at(when), order_id=order_id, note=note)
    for name, value in kw.items():
        setattr(p, name, value)
    s.flush()
    return p


def _q1_done(s, now=NOW):
    """Mark 2026-Q1's URSSAF declaration done (locks January–March)."""
    settings.put(s, "urssaf_period", "quarter")
    due = next(d for d in overview(s, date(2026, 4, 20), settings.local_zone(s)).declarations
               if d.period_key == "2026-Q1")
    return obligations.mark_done(s, due, now)


def _book(store, year=2026, now=LATER):
    with store.transaction() as s:
        return receipts_book(s, year, now)


def test_lines_in_date_order_with_client_nature_amount_method_reference(store) -> None:
    with store.transaction() as s:
        o = order(s, title="Logo pour Lumière", platform_name="Malt", external_ref="MALT-77")
        pay(s, 90_000, "2026-02-10T10:00", o.id, fee=10_000)  # client paid 1,000.00
        pay(s, 5_000, "2026-01-31T23:30:00+01:00", payer="Jean Dupont", source="paypal",
            source_id="TX-9", note="Conseil")
        pay(s, -2_000, "2026-03-01T10:00", o.id, kind=PaymentKind.REFUND)
    book = _book(store)
    assert [(line.received_on, line.client, line.nature, line.amount_minor, line.method,
             line.reference) for line in book.lines] == [
        (date(2026, 1, 31), "Jean Dupont", "Conseil", 5_000, "paypal", "TX-9"),  # Paris day
        (date(2026, 2, 10), "Agence Lumière", "Logo pour Lumière", 100_000, "Malt", "MALT-77"),
        (date(2026, 3, 1), "Agence Lumière", "Logo pour Lumière", -2_000, "Malt", "MALT-77"),
    ]
    # 50.00 + (900.00 + 100.00 fee) − 20.00 = 1,030.00
    assert book.total_minor == 103_000
    assert book.month_totals == {1: 5_000, 2: 100_000, 3: -2_000}


def test_year_total_equals_urssaf_declared_turnover(store) -> None:
    with store.transaction() as s:
        o = order(s, platform_name="Fiverr")
        pay(s, 8_000, "2026-04-10T10:00", o.id, fee=2_000)
        pay(s, 12_345, "2026-12-31T23:30:00+01:00", o.id)  # still 2026 in Paris
        pay(s, 999, "2027-01-01T00:30:00+01:00", o.id)  # 2027
    book = _book(store)
    with store.session() as s:
        declared = sum(urssaf_report(s, 2026, "quarter").year_declared_minor.values())
    assert book.total_minor == declared == 10_000 + 12_345


def test_marking_done_locks_the_period_lines(store) -> None:
    with store.transaction() as s:
        o = order(s)
        pay(s, 10_000, "2026-02-10T10:00", o.id)
        pay(s, 7_000, "2026-04-10T10:00", o.id)  # Q2: not locked
        _q1_done(s)
    with store.session() as s:
        rows = list(s.scalars(select(ReceiptEntry)))
    assert [(r.kind, r.received_on, r.amount_minor) for r in rows] == [
        ("receipt", date(2026, 2, 10), 10_000)]
    book = _book(store)
    assert [(line.locked, line.amount_minor) for line in book.lines] == [
        (True, 10_000), (False, 7_000)]


def test_editing_a_payment_in_a_locked_quarter_adds_a_correction_line(store) -> None:
    with store.transaction() as s:
        o = order(s)
        p = pay(s, 10_000, "2026-02-10T10:00", o.id)
        _q1_done(s)
        pid = p.id
    with store.transaction() as s:
        s.get(Payment, pid).home_amount_minor = 12_500  # edited after the declaration
    book = _book(store)
    receipt, correction = book.lines
    assert (receipt.kind, receipt.amount_minor) == ("receipt", 10_000)  # never rewritten
    assert correction.kind == "correction" and correction.amount_minor == 2_500  # 125 − 100
    assert correction.recorded_at == LATER and correction.received_on == date(2026, 2, 10)
    assert "changed" in correction.note and "€100.00 → €125.00" in correction.note
    assert book.total_minor == 12_500
    with store.session() as s:
        stored = s.scalars(select(ReceiptEntry).where(ReceiptEntry.kind == "receipt")).one()
        assert stored.amount_minor == 10_000 and stored.recorded_at == NOW
    # a second build finds nothing new
    with store.transaction() as s:
        assert reconcile(s, LATER) == 0
    assert len(_book(store).lines) == 2


def test_deleting_a_payment_in_a_locked_quarter_adds_a_negative_correction(store) -> None:
    with store.transaction() as s:
        o = order(s)
        keep = pay(s, 4_000, "2026-01-05T10:00", o.id)
        gone = pay(s, 10_000, "2026-02-10T10:00", o.id)
        _q1_done(s)
        gone_id, keep_id = gone.id, keep.id
    with store.transaction() as s:
        s.delete(s.get(Payment, gone_id))
    book = _book(store)
    assert [(line.kind, line.amount_minor) for line in book.lines] == [
        ("receipt", 4_000), ("receipt", 10_000), ("correction", -10_000)]
    assert "deleted" in book.lines[2].note
    assert book.total_minor == 4_000  # 40 + 100 − 100
    with store.transaction() as s:
        assert reconcile(s, LATER) == 0
        s.delete(s.get(Payment, keep_id))  # a second deletion: one more correction
    book = _book(store)
    assert [line.amount_minor for line in book.lines if line.kind == "correction"] == [
        -10_000, -4_000]
    assert book.total_minor == 0


def test_adding_or_moving_a_payment_in_a_locked_quarter(store) -> None:
    with store.transaction() as s:
        o = order(s)
        p = pay(s, 10_000, "2026-02-10T10:00", o.id)
        _q1_done(s)
        pid = p.id
    with store.transaction() as s:
        pay(s, 3_000, "2026-03-20T10:00", o.id)  # entered late
        s.get(Payment, pid).received_at = at("2026-04-02T10:00")  # moved to Q2 (open)
    book = _book(store)
    assert [(line.received_on, line.kind, line.amount_minor) for line in book.lines] == [
        (date(2026, 2, 10), "receipt", 10_000),
        (date(2026, 2, 10), "correction", -10_000),  # moved out: 0 − 100
        (date(2026, 3, 20), "correction", 3_000),  # added: 30 − 0
        (date(2026, 4, 2), "receipt", 10_000),  # an open period: computed
    ]
    assert "added" in book.lines[2].note and "moved out" in book.lines[1].note
    assert book.total_minor == 13_000
    with store.transaction() as s:
        assert reconcile(s, LATER) == 0


def test_csv_export_is_private_and_neutralises_formulas(store, tmp_path) -> None:
    with store.transaction() as s:
        pay(s, 5_000, "2026-03-01T10:00", payer="=HYPERLINK(\"x\")", note="+Conseil")
        pay(s, -1_050, "2026-03-02T10:00", payer="Ana", kind=PaymentKind.REFUND)
    book = _book(store)
    target = tmp_path / "book.csv"
    write_book_csv(book, target)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["client"] == "'=HYPERLINK(\"x\")" and rows[0]["nature"] == "'+Conseil"
    assert [r["amount"] for r in rows] == ["50.00", "-10.50"]  # numbers stay numbers
    assert sum(Decimal(r["amount"]) for r in rows) == Decimal("39.50")
    assert book_csv(book).startswith(b"date,client,nature,amount")
