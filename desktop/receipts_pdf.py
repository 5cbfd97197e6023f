"""The receipts book (storage/receipts.py) as a printable PDF through Qt's PDF writer: the
identity at the top, one line per receipt or correction, a total per month and for the year.
Needs a Qt GUI application (the CLI starts an offscreen one); no widgets."""

from __future__ import annotations

import contextlib
import os
import secrets
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from storage.files import PRIVATE_FILE
from storage.money import format_money
from storage.receipts import ReceiptsBook, write_book_csv

MONTHS = (QT_TRANSLATE_NOOP("ReceiptsPdf", "January"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "February"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "March"), QT_TRANSLATE_NOOP("ReceiptsPdf", "April"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "May"), QT_TRANSLATE_NOOP("ReceiptsPdf", "June"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "July"), QT_TRANSLATE_NOOP("ReceiptsPdf", "August"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "September"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "October"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "November"),
          QT_TRANSLATE_NOOP("ReceiptsPdf", "December"))
FONT_POINTS = 8.5
CELL_PADDING = 3  # the table's cellpadding, in the document's pixels
PAGE = QPageSize(QPageSize.PageSizeId.A4)
MARGINS_MM = 14
FOOTER_PX = 24  # the page number's line, in the document's 96-dpi pixels
#: the identity lines at the top, by status: the Moroccan book shows the ICE and IF, the
#: French one the SIRET
IDENTIFIERS = {"ma_auto": ("ice", "if_number")}
DEFAULT_IDENTIFIERS = ("siret",)
translate = QCoreApplication.translate  # lupdate reads translate("ReceiptsPdf", "…")


def _t(text: str) -> str:
    """A string already marked with QT_TRANSLATE_NOOP("ReceiptsPdf", …)."""
    return QCoreApplication.translate("ReceiptsPdf", text)


def _columns() -> list[str]:
    return [translate("ReceiptsPdf", "Date"), translate("ReceiptsPdf", "Client"),
            translate("ReceiptsPdf", "Nature of the work"), translate("ReceiptsPdf", "Amount"),
            translate("ReceiptsPdf", "Payment method"),
            translate("ReceiptsPdf", "Invoice or order")]


def column_percents(book: ReceiptsBook, lang: str, device: QPaintDevice | None = None,
                    font: QFont | None = None) -> list[int]:
    """Each column's share of the page's width, in percent, from the widest text it holds
    (font metrics): the date, the amounts (totals in bold) and the references never wrap;
    the client and the nature share what is left, the nature the larger part."""
    font = QFont(font) if font is not None else QFont()
    font.setPointSizeF(FONT_POINTS)
    bold = QFont(font)
    bold.setBold(True)
    plain_m = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    bold_m = QFontMetricsF(bold, device) if device is not None else QFontMetricsF(bold)
    dpi = device.logicalDpiX() if device is not None else 96
    page_mm = PAGE.size(QPageSize.Unit.Millimeter).width() - 2 * MARGINS_MM
    page = page_mm / 25.4 * dpi
    pad = (2 * CELL_PADDING + 6) * dpi / 96  # the cell's padding and borders, and a margin

    def widest(texts: list[str], metrics: QFontMetricsF = plain_m) -> float:
        return max((metrics.horizontalAdvance(x) for x in texts if x), default=0.0) + pad

    def word(header: str) -> float:
        return widest(header.split(), bold_m)

    heads = _columns()
    money = [format_money(line.amount_minor, book.currency, lang) for line in book.lines]
    totals = [format_money(m, book.currency, lang)
              for m in (*book.month_totals.values(), book.total_minor)]
    fixed = {0: max(widest(["2026-12-31"]), word(heads[0])),
             3: max(widest(money), widest(totals, bold_m), word(heads[3])),
             4: max(widest([line.method for line in book.lines]), word(heads[4])),
             5: max(widest([line.reference for line in book.lines]), word(heads[5]))}
    # the client and the nature keep at least 25 % of the page between them; a reference
    # that leaves them less wraps (a method, past a fifth of the page); the date and the
    # amounts never do
    fixed[4] = min(fixed[4], page * 0.2)
    fixed[5] = min(fixed[5], max(page * 0.15, page * 0.75 - fixed[0] - fixed[3] - fixed[4]))
    used = sum(fixed.values())
    rest = max(page - used, page * 0.25)
    client = max(widest([line.client for line in book.lines], plain_m), word(heads[1]))
    client = min(client, rest * 0.4)
    widths = [fixed[0], client, rest - client, fixed[3], fixed[4], fixed[5]]
    total = sum(widths)
    percents = [max(1, round(w * 100 / total)) for w in widths]
    percents[2] += 100 - sum(percents)  # the nature takes the rounding
    return percents


def book_html(book: ReceiptsBook, lang: str = "en", widths: list[int] | None = None) -> str:
    """The book as HTML for QTextDocument: a table, months apart, totals in bold. `widths`:
    each column's percent of the page (column_percents)."""

    def money(minor: int) -> str:
        return escape(format_money(minor, book.currency, lang))

    ident = book.identity
    title = translate("ReceiptsPdf", "Receipts book")
    total_word = escape(translate("ReceiptsPdf", "Total"))
    correction_word = escape(translate("ReceiptsPdf", "Correction"))
    head = [f"<h2>{escape(title)} {book.year}</h2>"]
    labels = {"siret": translate("ReceiptsPdf", "SIRET"), "ice": translate("ReceiptsPdf", "ICE"),
              "if_number": translate("ReceiptsPdf", "IF")}
    for key in ("legal_name", *IDENTIFIERS.get(ident.get("status", ""), DEFAULT_IDENTIFIERS),
                "address"):
        value = ident.get(key, "")
        if value:
            label = labels[key] + " " if key in labels else ""
            head.append(f"<div>{escape(label)}{escape(value).replace(chr(10), '<br>')}</div>")
    cols = _columns()
    widths = widths or column_percents(book, lang)
    rows = ["<tr>" + "".join(f"<th width='{w}%' align='{'right' if i == 3 else 'left'}'>"
                             f"{escape(c)}</th>"
                             for i, (c, w) in enumerate(zip(cols, widths, strict=True)))
            + "</tr>"]
    totals = book.month_totals
    month = None
    for line in [*book.lines, None]:
        if month is not None and (line is None or line.received_on.month != month):
            rows.append(
                f"<tr><td colspan='3'><b>{total_word} "
                f"{escape(_t(MONTHS[month - 1]))}</b></td>"
                f"<td align='right' style='white-space: nowrap'><b>{money(totals[month])}</b>"
                "</td>"
                "<td colspan='2'></td></tr>")
        if line is None:
            break
        month = line.received_on.month
        nature = escape(line.nature)
        if line.kind == "correction":
            when = line.recorded_at.date().isoformat() if line.recorded_at else ""
            nature = (f"<i>{correction_word} ({escape(when)}): "
                      f"{escape(line.note)}</i><br>{nature}")
        rows.append(
            f"<tr><td style='white-space: nowrap'>{line.received_on.isoformat()}</td>"
            f"<td>{escape(line.client)}</td>"
            f"<td>{nature}</td>"
            f"<td align='right' style='white-space: nowrap'>{money(line.amount_minor)}</td>"
            f"<td>{escape(line.method)}</td><td>{escape(line.reference)}</td></tr>")
    rows.append(f"<tr><td colspan='3'><b>{total_word} "
                f"{book.year}</b></td>"
                f"<td align='right' style='white-space: nowrap'><b>{money(book.total_minor)}</b>"
                "</td>"
                "<td colspan='2'></td></tr>")
    table = ("<table width='100%' cellspacing='0' cellpadding='3' border='0.5'>"
             + "".join(rows) + "</table>")
    return "<html><body>" + "".join(head) + table + "</body></html>"


def write_book_pdf(path: str | Path, book: ReceiptsBook, lang: str = "en") -> int:
    """Write the book as an A4 PDF; returns the number of pages. Raises OSError when the
    file cannot be written (the caller writes to a temporary file and renames it)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    title = translate("ReceiptsPdf", "Receipts book")
    writer.setTitle(f"{title} {book.year}")
    writer.setCreator("Atelier")
    writer.setResolution(300)
    m = MARGINS_MM
    writer.setPageLayout(QPageLayout(PAGE, QPageLayout.Orientation.Portrait,
                                     QMarginsF(m, m, m, m), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(FONT_POINTS)
    doc.setDefaultFont(font)
    # laid out on the printable area itself (in the document's 96-dpi pixels, the page
    # number below), so the columns measured by column_percents are the printed ones
    # (QTextDocument.print_ would add its own 2 cm margins and shrink the table)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(area.width() / 25.4 * 96, area.height() / 25.4 * 96 - FOOTER_PX))
    doc.setHtml(book_html(book, lang, column_percents(book, lang, None, font)))
    page = doc.pageSize()
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        painter.scale(writer.logicalDpiX() / 96, writer.logicalDpiY() / 96)
        number_font = QFont(font)
        number_font.setPixelSize(round(FONT_POINTS * 96 / 72))  # the painter is in 96-dpi px
        painter.setFont(number_font)
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * page.height())
            doc.drawContents(painter, QRectF(0, n * page.height(), page.width(), page.height()))
            painter.restore()
            painter.drawText(QRectF(0, page.height(), page.width(), FOOTER_PX),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             str(n + 1))
    finally:
        painter.end()
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
