"""The printable invoice: a PDF/A-3b whose embedded factur-x.xml is the generated XML (and
passes the XSD and the EN 16931 schematron again once read back out of the PDF), whose text
holds every mention the document carries, in the client's language. The PDF/A-3 structure is
checked with pikepdf, rule by rule, since no PDF/A validator installs from the registries
(veraPDF is Java)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import facturx
import pikepdf
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument

from desktop.invoice_pdf import document_pdf, export_document_pdf
from storage.invoicing.facturx import build_xml
from storage.invoicing.facturx_check import schematron_errors, xsd_errors
from tests import invoice_samples as samples

FX = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"


def pdf_text(path: Path) -> str:
    """Every page's text as Qt's PDF reader extracts it, white space collapsed."""
    doc = QPdfDocument()
    doc.load(str(path))
    assert doc.status() == QPdfDocument.Status.Ready
    try:
        text = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    finally:
        doc.close()
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _fonts(pdf: pikepdf.Pdf) -> list[tuple[str, bool]]:
    found = []
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            desc = font.get("/FontDescriptor")
            if desc is None:
                desc = font.DescendantFonts[0].FontDescriptor
            found.append((str(font.get("/BaseFont")),
                          any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))))
    return found


def test_invoice_pdf_is_pdfa3_with_its_factur_x(qapp, tmp_path: Path) -> None:
    data = samples.franchise_invoice()
    out = tmp_path / "f.pdf"
    xml = export_document_pdf(data, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF-1.7")
    with pikepdf.open(out) as pdf:
        root = pdf.Root
        # output intent: sRGB ICC profile, PDF/A subtype
        (intent,) = root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        assert intent.DestOutputProfile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        # XMP: PDF/A-3 conformance B, the Factur-X extension schema and its properties
        meta = pdf.open_metadata()
        assert meta.get("pdfaid:part") == "3"
        assert meta.get("pdfaid:conformance") == "B"
        assert meta.get(f"{{{FX}}}DocumentType") == "INVOICE"
        assert meta.get(f"{{{FX}}}DocumentFileName") == "factur-x.xml"
        assert meta.get(f"{{{FX}}}ConformanceLevel") == "EN 16931"
        raw_xmp = root.Metadata.read_bytes()
        assert b"pdfaExtension:schemas" in raw_xmp and FX.encode() in raw_xmp
        # the document information dictionary agrees with the XMP (PDF/A 6.6.2.3)
        info = pdf.docinfo
        assert str(info.Title) == meta.get("dc:title") == "Facture N° 2026-0042"
        assert str(info.Producer) == meta.get("pdf:Producer")
        assert str(info.Creator) == meta.get("xmp:CreatorTool")
        assert "/Keywords" not in info
        assert pdf.trailer.ID  # a file identifier
        # the attachment: listed in /AF with /AFRelationship /Data, an XML embedded file
        (spec,) = root.AF
        assert spec.AFRelationship == "/Data"
        assert str(spec.F) == str(spec.UF) == "factur-x.xml"
        embedded = spec.EF.F
        assert embedded.Subtype == "/text/xml"
        assert "/ModDate" in embedded.Params
        assert embedded.read_bytes() == xml
        names = root.Names.EmbeddedFiles.Names
        assert str(names[0]) == "factur-x.xml"
        # every font embedded
        fonts = _fonts(pdf)
        assert fonts and all(embedded for _, embedded in fonts), fonts
        assert str(root.Lang) == "fr"
    # read back with factur-x: the XML is the one generated, and valid again
    name, back = facturx.get_xml_from_pdf(out.read_bytes(), check_xsd=True)
    assert name == "factur-x.xml"
    assert back == xml == build_xml(data)
    assert xsd_errors(back) == [] and schematron_errors(back) == []


def test_french_franchise_invoice_text_holds_every_mention(qapp, tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    export_document_pdf(samples.franchise_invoice(), out)
    text = pdf_text(out)
    for mention in ("Facture N° 2026-0042", "Date d’émission 07/12/2026",
                    "Date de la prestation 02/11/2026 – 30/11/2026", "Échéance 06/01/2027",
                    "Camille Moreau EI", "12 rue des Lilas", "75011 Paris",
                    "SIRET 73282932000074", "Studio Nord SARL", "69002 Lyon",
                    "SIREN 552100554", "Logo design, three proposals", "Revisions",
                    "2,5 heure 40,00 € 10,00 € 90,00 €", "Total HT 540,00 €",
                    "Total TTC 540,00 €", samples.FRANCHISE,
                    "Conditions de paiement : 30 jours à réception de facture",
                    samples.INDEMNITY, samples.NO_DISCOUNT, "Commande ORD-7"):
        assert mention in text, mention
    assert " ".join(samples.PENALTY.split()) in text


def test_vat_invoice_shows_the_vat_per_rate(qapp, tmp_path: Path) -> None:
    out = tmp_path / "v.pdf"
    export_document_pdf(samples.vat_invoice(), out)
    text = pdf_text(out)
    # 999.99 at 20 % → 200.00; 80.00 at 5.5 % → 4.40; total 1,079.99 + 204.40 = 1,284.39
    for mention in ("N° TVA FR44732829320", "TVA 20 % 200,00 €", "TVA 5,5 % 4,40 €",
                    "Total HT 1 079,99 €", "Total TTC 1 284,39 €"):
        assert mention in text, mention
    assert "293 B" not in text


def test_quebec_invoice_in_english_with_gst_and_qst(qapp, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    export_document_pdf(samples.quebec_invoice(), out)
    text = pdf_text(out)
    for mention in ("Invoice No. 2026-0019", "Date of issue 2026-12-07", "GST no. 123456782RT0001",
                    "QST no. 1234567890TQ0001", "Bill to", "Maple Studio Inc.",
                    "Total before tax CAD 1,460.31", "GST 5 % CAD 73.02",
                    "QST 9.975 % CAD 145.67", "Total CAD 1,679.00",
                    "Payment terms: Net 30"):
        assert mention in text, mention


def test_moroccan_invoice_with_ice_if_and_the_euro_equivalent(qapp, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    export_document_pdf(samples.moroccan_invoice(), out)
    text = pdf_text(out)
    # 2,670.00 MAD × 0.0921 = 245.907 → 245.91 EUR
    for mention in ("ICE 001525489000082", "IF 45123678", "ICE 002233445000017",
                    "2400 mot", "Total TTC 2 670,00 DH",
                    "Contre-valeur en EUR : 245,91 € (1 MAD = 0,0921 EUR)",
                    "Auto-entrepreneur : exonéré de TVA"):
        assert mention in text, mention


def test_credit_note_and_deposit_titles(qapp, tmp_path: Path) -> None:
    out = tmp_path / "a.pdf"
    xml = export_document_pdf(samples.credit_note(), out)
    text = pdf_text(out)
    assert "Avoir N° 2026-0044" in text
    assert "Rectifie la facture 2026-0042 du 07/12/2026" in text
    assert b"<ram:TypeCode>381</ram:TypeCode>" in xml
    export_document_pdf(samples.deposit_invoice(), out)
    assert "Facture d’acompte N° 2026-0045" in pdf_text(out)


def test_a_quote_is_printable_without_an_e_invoice(qapp, tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    assert export_document_pdf(samples.quote(), out) == b""
    text = pdf_text(out)
    assert "Devis N° D-2026-0012" in text and "Valable jusqu’au 06/01/2027" in text
    assert "Bon pour accord" in text
    with pikepdf.open(out) as pdf:
        assert "/AF" not in pdf.Root
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})


def test_a_draft_says_so_and_has_no_e_invoice(qapp) -> None:
    pdf, xml = document_pdf(samples.franchise_invoice(number=""))
    assert xml == b"" and pdf.startswith(b"%PDF")


def test_the_logo_is_drawn_at_the_top(qapp, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d2691e"))
    assert image.save(str(logo))
    out = tmp_path / "l.pdf"
    export_document_pdf(samples.franchise_invoice(), out, logo_path=logo)
    with pikepdf.open(out) as pdf:
        images = [x for x in pdf.pages[0].Resources.get("/XObject", {}).values()
                  if x.get("/Subtype") == "/Image"]
        assert images
        assert all("/SMask" not in x for x in images)  # no transparency in PDF/A-1b/3b
    without = tmp_path / "n.pdf"
    export_document_pdf(samples.franchise_invoice(), without, logo_path=tmp_path / "none.png")
    with pikepdf.open(without) as pdf:
        assert not [x for x in pdf.pages[0].Resources.get("/XObject", {}).values()
                    if x.get("/Subtype") == "/Image"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_title_follows_the_clients_language(qapp, lang: str) -> None:
    from desktop.invoice_pdf import document_title

    assert document_title(samples.franchise_invoice(language=lang)) == \
        {"fr": "Facture N° 2026-0042", "en": "Invoice No. 2026-0042"}[lang]
