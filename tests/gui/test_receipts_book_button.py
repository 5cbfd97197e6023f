"""Income › "Receipts book…": the year, the format and the file, then the book written in the
job runner (storage/receipts.py, desktop/receipts_pdf.py) with its outcome in the status."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.ui.dialogs.receipts_book import ReceiptsBookDialog
from desktop.ui.pages.income import IncomePage
from storage.payments import record_payment
from storage.tables import PaymentKind
from tests.factories import at

TIMEOUT = 15_000


@pytest.fixture
def page(ctx, qtbot) -> Iterator[IncomePage]:
    with ctx.store.transaction() as s:
        for amount, when in ((10_000, "2026-01-10T10:00"), (2_550, "2026-03-11T10:00")):
            record_payment(s, kind=PaymentKind.PAYOUT, amount_minor=amount, currency="EUR",
                           received_at=at(when), note="Conseil")
    p = IncomePage(ctx)
    with qtbot.waitSignal(p.updated, timeout=TIMEOUT):
        p.refresh()
    yield p
    assert ctx.jobs.wait(TIMEOUT)
    QCoreApplication.sendPostedEvents()
    p.close()
    p.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_button_writes_the_book_in_the_background(page, qtbot, tmp_path: Path) -> None:
    assert page.book_button.text() == "Receipts book…"
    out = tmp_path / "book.csv"
    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT):
        page.book_button.start(2026, "csv", out)
    assert page.last_status.startswith("Receipts book written to book.csv: 2 line")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["date"], r["amount"]) for r in rows] == [("2026-01-10", "100.00"),
                                                        ("2026-03-11", "25.50")]
    assert page.book_button.isEnabled()
    pdf = tmp_path / "book.pdf"
    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT):
        page.book_button.start(2026, "pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_missing_folder_is_said_in_the_status(page, qtbot, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.status_message, timeout=TIMEOUT):
        page.book_button.start(2026, "csv", tmp_path / "missing" / "book.csv")
    assert page.last_status.startswith("The receipts book could not be written:")
    assert "Traceback" not in page.last_status


def test_the_dialog_asks_year_and_format(qtbot) -> None:
    dialog = ReceiptsBookDialog(2026)
    qtbot.addWidget(dialog)
    assert (dialog.year, dialog.fmt) == (2026, "pdf")
    dialog.format_combo.setCurrentIndex(1)
    dialog.year_spin.setValue(2025)
    assert (dialog.year, dialog.fmt) == (2025, "csv")
