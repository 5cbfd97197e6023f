"""`atelier invoice pdf ID -o FILE.pdf`: a quote, an invoice, a deposit invoice or a credit note
as a printable PDF in the client's language; an issued invoice, deposit or credit note is a
PDF/A-3 with its Factur-X XML (EN 16931) embedded as factur-x.xml.

The document comes from storage.invoicing.documents.to_data (the one shape every output reads);
the logo is the setting logo_path (an image file, relative to the data dir or absolute). The PDF
goes through Qt's PDF writer: an offscreen Qt application is started when none runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from desktop import cli


def _fail(message: str) -> int:
    print(f"atelier: {message}", file=sys.stderr)
    return 2


def logo_file(data_dir: Path, setting: str) -> Path | None:
    """The logo setting as a file path (relative to the data dir), or None when unset."""
    setting = setting.strip()
    if not setting:
        return None
    path = Path(setting).expanduser()
    return path if path.is_absolute() else data_dir / path


def cmd_invoice_pdf(args: argparse.Namespace) -> int:
    from storage import paths, settings
    from storage.errors import ValidationError
    from storage.invoicing.documents import to_data

    output = Path(args.output).expanduser()
    if output.suffix.lower() != ".pdf":
        return _fail(f"name a .pdf file (not “{args.output}”).")
    if not output.parent.is_dir():
        return _fail(f"the folder {output.parent} does not exist.")
    if output.is_dir():
        return _fail(f"{output} is a folder: name a file.")
    try:
        with cli._open(args) as store, store.transaction() as s:
            data = to_data(s, args.id)
            logo = logo_file(paths.data_dir(args.data_dir), settings.get(s, "logo_path"))
    except ValidationError as exc:
        return _fail(str(exc.message))
    if getattr(data, "external", False):
        return _fail(f"document {args.id} was issued by the platform: its file is the "
                     "platform's, Atelier prints no copy of it.")
    if logo is not None and not logo.is_file():
        print(f"atelier: the logo {logo} cannot be read; the PDF has no logo.", file=sys.stderr)
        logo = None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["atelier"])  # alive while writing
    from desktop.invoice_pdf import document_title, export_document_pdf

    try:
        xml = export_document_pdf(data, output, logo)
    except OSError as exc:
        from storage.files import write_problem

        problem = write_problem(exc, output)
        if problem is not None:
            template, where = problem
            return _fail(template.format(path=where))
        return _fail(f"cannot write {output}: {exc.strerror or exc}.")
    print(f"{document_title(data)} written to {output}"
          + (" (PDF/A-3 with factur-x.xml, EN 16931)." if xml else "."))
    return 0


def add_invoice_pdf_command(isub: Any, common: argparse.ArgumentParser) -> None:
    """`atelier invoice pdf ID -o FILE.pdf`, under the `invoice` command's subparsers."""
    p = isub.add_parser("pdf", parents=[common],
                        help="the document as a PDF (an issued invoice: PDF/A-3 with Factur-X)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_invoice_pdf)
