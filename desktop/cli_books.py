"""`atelier books receipts --year Y [--format pdf|csv] -o FILE`: the receipts book (livre des
recettes) of a year, as the Income page's "Receipts book…" writes it.

The workflow is storage.receipts' (the book, reconciled with the locked periods inside one
write transaction); here only the arguments and the printing. The PDF goes through Qt's PDF
writer: an offscreen Qt application is started when none runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import cli

FORMATS = ("csv", "pdf")


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return 2


def book_format(path: Path, given: str | None) -> str | None:
    """The format asked for, else the file's suffix (.csv, .pdf); None when neither says."""
    if given:
        return given
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def cmd_books_receipts(args: argparse.Namespace) -> int:
    from storage.receipts import receipts_book

    output = Path(args.output).expanduser()
    fmt = book_format(output, args.format)
    if fmt is None:
        return _fail(f"say the format with --format csv or --format pdf, or name a .csv or "
                     f".pdf file (not “{args.output}”).")
    if not output.parent.is_dir():
        return _fail(f"the folder {output.parent} does not exist.")
    if output.is_dir():
        return _fail(f"{output} is a folder: name a file.")
    with cli._open(args) as store, store.transaction() as s:
        book = receipts_book(s, args.year, datetime.now(UTC))
    if fmt == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication(["atelier"])  # alive while writing
    from desktop.receipts_pdf import export_book

    try:
        export_book(book, output, fmt, cli._lang())
    except OSError as exc:
        from storage.files import write_problem

        problem = write_problem(exc, output)
        if problem is not None:
            template, where = problem
            return _fail(template.format(path=where))
        return _fail(f"cannot write {output}: {exc.strerror or exc}.")
    receipts = sum(1 for line in book.lines if line.kind == "receipt")
    corrections = len(book.lines) - receipts
    print(f"Receipts book {book.year} written to {output}: {receipts} receipts"
          + (f", {corrections} corrections" if corrections else "")
          + f", total {cli._money(book.total_minor, book.currency)}.")
    return 0


def add_books_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier books receipts`."""
    books = sub.add_parser("books", parents=[common], help="the books a status must keep")
    bsub = books.add_subparsers(title="books", metavar="BOOK", required=True)
    p = bsub.add_parser("receipts", parents=[common],
                        help="the receipts book (livre des recettes) of a year, PDF or CSV")
    p.add_argument("--year", type=cli._year, required=True)
    p.add_argument("--format", choices=FORMATS,
                   help="csv or pdf (default: from the file's suffix)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_books_receipts)
