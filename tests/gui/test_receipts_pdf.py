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
