"""`atelier invoice pdf ID -o FILE.pdf` on a store: an order invoiced and issued the way the
CLI and the Invoices page do it, written as a PDF/A-3 whose embedded factur-x.xml passes the
XSD and the EN 16931 schematron and whose text holds the French franchise mentions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import facturx
import pytest

from storage import settings
from storage.db import open_store
from storage.invoicing import documents as docs
from storage.invoicing.facturx_check import schematron_errors, xsd_errors
from storage.paths import store_path
from storage.tables import OrderStatus
from tests.cli_helpers import run
from tests.factories import client, order, walk
from tests.gui.test_invoice_pdf import pdf_text

TODAY = date(2026, 6, 15)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """`atelier invoice pdf ARGV...` through the command line's entry point."""
    return run(capsys, "invoice", "pdf", *argv)


@pytest.fixture
def issued(tmp_path: Path) -> tuple[Path, int, int]:
    """A French micro-entrepreneur's data dir with one issued invoice and one draft."""
    d = tmp_path / "data"
    with open_store(store_path(d)) as store:
        with store.transaction() as s:
            for key, value in {"status": "fr_micro", "setup_done": "yes",
                               "legal_name": "Camille Martin", "ei_mention": "yes",
                               "siret": "73282932000074",
                               "address": "3 rue des Lilas\n75011 Paris"}.items():
                settings.put(s, key, value)
            c = client(s, address="12 quai Est\n69002 Lyon", is_business=True,
                       company_number="552100554")
            o = order(s, client_obj=c, price_minor=45000)
            walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
            invoice = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
            o2 = order(s, client_obj=c, price_minor=12000)
            draft = docs.create_draft(s, "quote", today=TODAY, order_id=o2.id).id
        docs.issue(store, invoice, TODAY)
    return d, invoice, draft


def test_invoice_pdf_writes_a_valid_factur_x(qapp, issued, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    d, invoice, _ = issued
    out = tmp_path / "f.pdf"
    code, printed, err = _run(capsys, str(invoice), "-o", str(out), "--data-dir", str(d))
    assert code == 0, err
    assert "Facture N° 2026-0001 written to" in printed and "PDF/A-3" in printed
    name, xml = facturx.get_xml_from_pdf(out.read_bytes(), check_xsd=True)
    assert name == "factur-x.xml"
    assert xsd_errors(xml) == []
    assert schematron_errors(xml) == []
    text = pdf_text(out)
    for mention in ("Facture N° 2026-0001", "Camille Martin EI", "SIRET 73282932000074",
                    "75011 Paris", "TVA non applicable, art. 293 B du CGI", "450,00 €",
                    "40 €"):
        assert mention in text, mention


def test_a_quote_draft_is_printable_and_the_logo_setting_is_used(
        qapp, issued, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtGui import QColor, QImage

    d, _, draft = issued
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(d / "logo.png"))
    with open_store(store_path(d)) as store, store.transaction() as s:
        settings.put(s, "logo_path", "logo.png")  # relative to the data dir
    out = tmp_path / "q.pdf"
    code, printed, err = _run(capsys, str(draft), "-o", str(out), "--data-dir", str(d))
    assert code == 0, err
    assert printed.startswith("Devis (Brouillon) written to") and "PDF/A-3" not in printed
    import pikepdf

    with pikepdf.open(out) as pdf:
        assert any(x.get("/Subtype") == "/Image"
                   for x in pdf.pages[0].Resources.get("/XObject", {}).values())


def test_bad_arguments_are_named(qapp, issued, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    d, invoice, _ = issued
    code, _, err = _run(capsys, "999", "-o", str(tmp_path / "x.pdf"), "--data-dir", str(d))
    assert code == 2 and "There is no document #999." in err
    code, _, err = _run(capsys, str(invoice), "-o", str(tmp_path / "x.txt"), "--data-dir",
                        str(d))
    assert code == 2 and "name a .pdf file" in err
    code, _, err = _run(capsys, str(invoice), "-o", str(tmp_path / "no" / "x.pdf"),
                        "--data-dir", str(d))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "x.pdf").exists()


def test_create_issue_then_pdf_from_the_command_line(qapp, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's walk-through: `invoice create --order`, `invoice issue`, `invoice pdf`."""
    d = tmp_path / "data"
    with open_store(store_path(d)) as store, store.transaction() as s:
        for key, value in {"status": "fr_micro", "setup_done": "yes",
                           "legal_name": "Camille Martin", "siret": "73282932000074",
                           "address": "3 rue des Lilas\n75011 Paris"}.items():
            settings.put(s, key, value)
        c = client(s, address="12 quai Est\n69002 Lyon", is_business=True,
                   company_number="552100554")
        o = order(s, client_obj=c, price_minor=45000)
        walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
        order_id = o.id
    code, printed, err = run(capsys, "invoice", "create", "--order", str(order_id),
                             "--data-dir", str(d))
    assert code == 0, err
    doc_id = next(int(w.strip("#.,:")) for w in printed.split() if w.strip("#.,:").isdigit())
    code, printed, err = run(capsys, "invoice", "issue", str(doc_id), "--data-dir", str(d))
    assert code == 0, err
    out = tmp_path / "f.pdf"
    code, printed, err = _run(capsys, str(doc_id), "-o", str(out), "--data-dir", str(d))
    assert code == 0, err
    _, xml = facturx.get_xml_from_pdf(out.read_bytes(), check_xsd=True)
    assert xsd_errors(xml) == [] and schematron_errors(xml) == []
