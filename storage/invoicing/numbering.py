"""Document numbers: a continuous series per year, formatted by a setting.

`invoice_number_format` (default ``{year}-{n:04d}``: 2026-0042) numbers invoices, deposit
invoices and credit notes in ONE series per year: a credit note takes the next number like an
invoice (French law asks for one continuous chronological series; a credit note is an invoice
document, type 381). Quotes have their own series (`quote_number_format`, ``D{year}-{n:04d}``).
Documents a platform issued keep the platform's number (series "external"), outside both.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.tables import Document, DocumentSeries


def format_number(fmt: str, year: int, n: int) -> str:
    return fmt.format(year=year, n=n)


def next_seq(s: Session, series: str, year: int) -> int:
    """Take the next number of `series` in `year` (call inside the issuing write transaction:
    Store.transaction() holds the write lock, so no other writer takes the same one)."""
    row = s.scalar(select(DocumentSeries).where(DocumentSeries.series == series,
                                                DocumentSeries.year == year))
    if row is None:
        row = DocumentSeries(series=series, year=year, last=0)
        s.add(row)
    used = s.scalar(select(func.max(Document.seq)).where(
        Document.series == series, Document.year == year)) or 0
    row.last = max(row.last, used) + 1
    s.flush()
    return row.last
