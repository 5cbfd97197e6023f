"""The receipts book as PDF (`atelier books receipts --format pdf`): a printable file with the
identity at the top, one line per receipt or correction, totals per month and for the year."""

from __future__ import annotations

import os
import re
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from storage import obligations, settings
from storage.db import open_store
from storage.paths import store_path
from storage.payments import record_payment
from storage.tables import Payment, PaymentKind
from storage.urssaf import overview
from tests.cli_helpers import run
from tests.factories import at, order


def pdf_text(path: Path) -> str:
    """Every page's text, as Qt's PDF reader extracts it."""
    doc = QPdfDocument()
    doc.load(str(path))
    assert doc.status() == QPdfDocument.Status.Ready
    try:
        return "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount())).replace(
            "\r\n", "\n")
    finally:
        doc.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    with open_store(store_path(d)) as store, store.transaction() as s:
        settings.put(s, "timezone", "Europe/Paris")
        settings.put(s, "urssaf_period", "quarter")
        settings.put(s, "legal_name", "Camille Moreau EI")
        settings.put(s, "siret", "73282932000074")
        o = order(s, title="Logo Lumière", platform_name="Malt", external_ref="MALT-1")
        for amount, when in ((10_000, "2026-01-10T10:00"), (20_000, "2026-02-11T10:00"),
                             (30_000, "2026-02-12T10:00"), (4_000, "2026-05-01T10:00")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, currency="EUR",
                           received_at=at(when), order_id=o.id)
        due = next(d for d in overview(s, date(2026, 4, 20), settings.local_zone(s)).declarations
                   if d.period_key == "2026-Q1")
        obligations.mark_done(s, due, datetime(2026, 4, 25, tzinfo=UTC))
    with open_store(store_path(d)) as store, store.transaction() as s:
        first = s.query(Payment).order_by(Payment.id).first()
        first.home_amount_minor = 11_000  # edited after Q1 was declared: a correction line
    return d


def test_pdf_has_identity_one_line_per_receipt_and_totals(
        qapp, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "book.pdf"
    code, printed, err = run(capsys, "books", "receipts", "--year", "2026", "-o", str(out),
                             "--data-dir", str(data_dir))
    assert code == 0, err
    assert "4 receipts, 1 corrections" in printed
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    text = pdf_text(out)
    assert "Camille Moreau EI" in text and "73282932000074" in text
    # 4 receipts + 1 correction, one line each, each starting with its date
    assert len(re.findall(r"^2026-\d\d-\d\d", text, re.MULTILINE)) == 5
    assert "Correction (" in text and "€100.00 → €110.00" in text
    assert "Total January €110.00" in text  # 100 + 10 (correction)
    assert "Total February €500.00" in text  # 200 + 300
    assert "Total May €40.00" in text
    assert "Total 2026 €650.00" in text  # 110 + 500 + 40


@pytest.fixture
def ma_book(tmp_path: Path):
    """A Moroccan book: amounts of four to six digits, a long platform reference."""
    from storage.receipts import receipts_book

    d = tmp_path / "ma"
    with open_store(store_path(d)) as store, store.transaction() as s:
        settings.put(s, "timezone", "Africa/Casablanca")
        settings.put(s, "home_currency", "MAD")
        settings.put(s, "status", "ma_auto")
        settings.put(s, "legal_name", "Youssef Alaoui")
        settings.put(s, "siret", "73282932000074")  # a French number left from before
        settings.put(s, "ice", "001525430000075")
        settings.put(s, "if_number", "45123456")
        o = order(s, title="Traduction technique", platform_name="Upwork",
                  external_ref="UPWORK-CONTRACT-123456")
        for amount, when in ((150_000, "2026-01-10T10:00"), (1_234_567, "2026-02-11T10:00"),
                             (99_999_999, "2026-02-12T10:00")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, currency="MAD",
                           received_at=at(when), order_id=o.id)
        return receipts_book(s, 2026, datetime(2026, 12, 7, tzinfo=UTC))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_amounts_and_references_never_break(qapp, ma_book, tmp_path: Path,
                                                lang: str) -> None:
    from desktop.receipts_pdf import write_book_pdf
    from storage.money import format_money

    out = tmp_path / f"book-{lang}.pdf"
    write_book_pdf(out, ma_book, lang)
    def spaced(text: str) -> str:  # the PDF's text has plain spaces for the no-break ones
        return text.replace("\u00a0", " ").replace("\u202f", " ")

    text = spaced(pdf_text(out))
    # each amount whole on its line (the column wrapped "MAD 1,50" / "0.00"), the months'
    # and the year's totals too: 1,500.00; 12,345.67 + 999,999.99 = 1,012,345.66;
    # 1,500.00 + 1,012,345.66 = 1,013,845.66
    for minor in (150_000, 1_234_567, 99_999_999, 101_234_566, 101_384_566):
        assert spaced(format_money(minor, "MAD", lang)) in text, minor
    assert ma_book.total_minor == 101_384_566
    assert text.count("UPWORK-CONTRACT-123456") == 3
    # the Moroccan identity: ICE and IF, not the French SIRET
    assert "ICE 001525430000075" in text and "IF 45123456" in text
    assert "73282932000074" not in text


def test_every_pdf_string_reaches_the_translators(tmp_path: Path) -> None:
    from tests.gui.test_income_quebec import _lupdate_sources

    found = _lupdate_sources(tmp_path, "desktop/receipts_pdf.py").get("ReceiptsPdf", set())
    # the title, the totals and the corrections were in f-strings (lupdate skips those),
    # the rest behind a helper: the French book printed English
    assert {"Receipts book", "Total", "Correction", "Amount", "Payment method", "March",
            "ICE", "IF", "SIRET"} <= found
