"""The receipts book (storage/receipts.py) as a printable PDF through Qt's PDF writer: the
identity at the top, one line per receipt or correction, a total per month and for the year.
Needs a Qt GUI application (the CLI starts an offscreen one); no widgets."""

from __future__ import annotations

import contextlib
import os
import secrets
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from storage.files import PRIVATE_FILE
from storage.money import format_money
from storage.receipts import ReceiptsBook, write_book_csv

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _t(text: str) -> str:
    return QCoreApplication.translate("ReceiptsPdf", text)


def book_html(book: ReceiptsBook, lang: str = "en") -> str:
    """The book as HTML for QTextDocument: a table, months apart, totals in bold."""

    def money(minor: int) -> str:
        return escape(format_money(minor, book.currency, lang))

    ident = book.identity
    head = [f"<h2>{escape(_t('Receipts book'))} {book.year}</h2>"]
    for key in ("legal_name", "siret", "address"):
        value = ident.get(key, "")
        if value:
            label = {"legal_name": "", "siret": _t("SIRET") + " "}.get(key, "")
            head.append(f"<div>{escape(label)}{escape(value).replace(chr(10), '<br>')}</div>")
    cols = [_t("Date"), _t("Client"), _t("Nature of the work"), _t("Amount"),
            _t("Payment method"), _t("Invoice or order")]
    widths = (13, 16, 31, 12, 13, 15)  # percent of the page's width
    rows = ["<tr>" + "".join(f"<th width='{w}%' align='{'right' if i == 3 else 'left'}'>"
                             f"{escape(c)}</th>"
                             for i, (c, w) in enumerate(zip(cols, widths, strict=True)))
            + "</tr>"]
    totals = book.month_totals
    month = None
    for line in [*book.lines, None]:
        if month is not None and (line is None or line.received_on.month != month):
            rows.append(
                f"<tr><td colspan='3'><b>{escape(_t('Total'))} "
                f"{escape(_t(MONTHS[month - 1]))}</b></td>"
                f"<td align='right'><b>{money(totals[month])}</b></td>"
                "<td colspan='2'></td></tr>")
        if line is None:
            break
        month = line.received_on.month
        nature = escape(line.nature)
        if line.kind == "correction":
            when = line.recorded_at.date().isoformat() if line.recorded_at else ""
            nature = (f"<i>{escape(_t('Correction'))} ({escape(when)}): "
                      f"{escape(line.note)}</i><br>{nature}")
        rows.append(
            f"<tr><td style='white-space: nowrap'>{line.received_on.isoformat()}</td>"
            f"<td>{escape(line.client)}</td>"
            f"<td>{nature}</td><td align='right'>{money(line.amount_minor)}</td>"
            f"<td>{escape(line.method)}</td><td>{escape(line.reference)}</td></tr>")
    rows.append(f"<tr><td colspan='3'><b>{escape(_t('Total'))} {book.year}</b></td>"
                f"<td align='right'><b>{money(book.total_minor)}</b></td>"
                "<td colspan='2'></td></tr>")
    table = ("<table width='100%' cellspacing='0' cellpadding='3' border='0.5'>"
             + "".join(rows) + "</table>")
    return "<html><body>" + "".join(head) + table + "</body></html>"


def write_book_pdf(path: str | Path, book: ReceiptsBook, lang: str = "en") -> int:
    """Write the book as an A4 PDF; returns the number of pages. Raises OSError when the
    file cannot be written (the caller writes to a temporary file and renames it)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{_t('Receipts book')} {book.year}")
    writer.setCreator("Atelier")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(14, 14, 14, 14), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setHtml(book_html(book, lang))
    doc.print_(writer)
    pages = doc.pageCount()
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return pages


def export_book(book: ReceiptsBook, path: str | Path, fmt: str, lang: str = "en") -> None:
    """Write the book as "csv" or "pdf" at `path`, whole or not at all, private to the user
    (0600). Raises OSError."""
    path = Path(path)
    if fmt == "csv":
        write_book_csv(book, path)
        return
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        write_book_pdf(tmp, book, lang)
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
