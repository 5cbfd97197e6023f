"""A quote, an invoice, a deposit invoice or a credit note (storage/invoicing DocumentData) as a
printable PDF in the client's language (French or English), with the freelancer's logo when one
is set; an issued invoice, deposit or credit note is a PDF/A-3b with its Factur-X XML
(storage/invoicing/facturx.py) embedded as factur-x.xml.

How the PDF/A-3 is made: Qt's QPdfWriter writes PDF/A-1b (every font embedded, an sRGB output
intent, XMP metadata, no transparency); the factur-x library then attaches the XML
(/AFRelationship /Data, listed in the catalogue's /AF) and replaces the XMP with its own
(pdfaid:part 3, conformance B, the Factur-X extension schema: DocumentType INVOICE, DocumentFileName
factur-x.xml, ConformanceLevel EN 16931). PDF/A-3 accepts everything PDF/A-1b does.
Needs a Qt GUI application (the CLI starts an offscreen one); no widgets."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from desktop.ui import style
from storage.files import PRIVATE_FILE
from storage.invoicing.facturx import INVOICE_KINDS, build_xml, percent, percent_pcm
from storage.invoicing.model import DocumentData, Party
from storage.money import convert, format_money

# The client's language, not the app's: both are written here.
LABELS = {
    "en": {
        "invoice": "Invoice", "deposit": "Down-payment invoice", "credit_note": "Credit note",
        "quote": "Quote", "draft": "Draft", "number": "No.", "issue_date": "Date of issue",
        "service": "Service dates", "due_date": "Payment due", "valid_until": "Valid until",
        "corrects": "Corrects invoice", "of": "of", "order": "Order", "seller": "From",
        "buyer": "Bill to", "description": "Description", "quantity": "Qty", "unit": "Unit",
        "unit_price": "Unit price", "discount": "Discount", "tax": "Tax", "amount": "Amount",
        "net": "Total before tax", "vat": "VAT", "total": "Total", "siren": "SIREN",
        "siret": "SIRET", "vat_number": "VAT no.", "ice": "ICE", "if": "IF",
        "gst": "GST no.", "qst": "QST no.", "payment_terms": "Payment terms",
        "equivalent": "Equivalent in {currency}: {amount} (1 {from_cur} = {rate} {currency})",
        "acceptance": "Accepted on ____________  Signature:",
        "embedded": "This PDF carries its Factur-X e-invoice (factur-x.xml, EN 16931).",
    },
    "fr": {
        "invoice": "Facture", "deposit": "Facture d’acompte", "credit_note": "Avoir",
        "quote": "Devis", "draft": "Brouillon", "number": "N°", "issue_date": "Date d’émission",
        "service": "Date de la prestation", "due_date": "Échéance",
        "valid_until": "Valable jusqu’au", "corrects": "Rectifie la facture", "of": "du",
        "order": "Commande", "seller": "Émetteur", "buyer": "Client",
        "description": "Désignation", "quantity": "Qté", "unit": "Unité",
        "unit_price": "Prix unitaire HT", "discount": "Remise", "tax": "Taxe",
        "amount": "Montant HT", "net": "Total HT", "vat": "TVA", "total": "Total TTC",
        "siren": "SIREN", "siret": "SIRET", "vat_number": "N° TVA", "ice": "ICE",
        "if": "IF", "gst": "N° TPS", "qst": "N° TVQ",
        "payment_terms": "Conditions de paiement",
        "equivalent": "Contre-valeur en {currency} : {amount} (1 {from_cur} = {rate} {currency})",
        "acceptance": "Bon pour accord, le ____________  Signature :",
        "embedded": "Ce PDF contient sa facture électronique Factur-X (factur-x.xml, EN 16931).",
    },
}
QUEBEC_FR_LABELS = {"unit_price": "Prix unitaire", "amount": "Montant",
                    "net": "Total avant taxes", "total": "Total"}
UNITS = {
    "en": {"C62": "unit", "HUR": "hour", "DAY": "day", "WRD": "word", "MIN": "minute",
           "MON": "month", "WEE": "week", "LS": "lump sum", "PG": "page"},
    "fr": {"C62": "unité", "HUR": "heure", "DAY": "jour", "WRD": "mot", "MIN": "minute",
           "MON": "mois", "WEE": "semaine", "LS": "forfait", "PG": "page"},
}
SALES_TAX_NAMES = {"en": {"GST": "GST", "QST": "QST"}, "fr": {"GST": "TPS", "QST": "TVQ"}}


def _lang(data: DocumentData) -> str:
    return "fr" if data.language.startswith("fr") else "en"


def _day(day: date | None, lang: str) -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def _quantity(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "fr" else text


def _rate(rate: str, lang: str) -> str:
    return (rate.replace(".", ",") + "\u202f%") if lang == "fr" else rate + " %"


def _party_html(party: Party, labels: dict[str, str], *, seller: bool) -> str:
    name = party.name
    if seller and party.ei_mention and " EI" not in f" {name} ".replace(",", " "):
        name = f"{name} EI"
    parts = [f"<b>{escape(name)}</b>"]
    parts += [escape(line) for line in party.address.splitlines() if line.strip()]
    for key, value in (("siren", "" if party.siret else party.siren), ("siret", party.siret),
                       ("vat_number", party.vat_number), ("ice", party.ice),
                       ("if", party.if_number), ("gst", party.gst_number),
                       ("qst", party.qst_number)):
        if value:
            parts.append(f"{escape(labels[key])} {escape(value)}")
    if party.email:
        parts.append(escape(party.email))
    return "<br>".join(parts)


def document_title(data: DocumentData) -> str:
    labels = LABELS[_lang(data)]
    title = labels[data.kind]
    if data.number:
        return f"{title} {labels['number']} {data.number}"
    return f"{title} ({labels['draft']})"


def document_html(data: DocumentData, *, logo: bool = False) -> str:
    """The document as HTML for QTextDocument; `logo` shows the image resource "logo"."""
    lang = _lang(data)
    labels = LABELS[lang]
    if lang == "fr" and data.status == "qc_self":  # HT/TTC are France's words, not Québec's
        labels = {**labels, **QUEBEC_FR_LABELS}

    def money(minor: int) -> str:
        return escape(format_money(minor, data.currency, lang))

    head_left = "<img src='logo' height='70'><br>" if logo else ""
    head_left += _party_html(data.seller, labels, seller=True)
    facts = [(labels["issue_date"], _day(data.issue_date, lang))]
    if data.service_start or data.service_end:
        start, end = data.service_start or data.service_end, data.service_end
        span = _day(start, lang) if start == end or end is None else \
            f"{_day(start, lang)} – {_day(end, lang)}"
        facts.append((labels["service"], span))
    if data.due_date and data.kind not in ("quote", "credit_note"):
        facts.append((labels["due_date"], _day(data.due_date, lang)))
    if data.valid_until and data.kind == "quote":
        facts.append((labels["valid_until"], _day(data.valid_until, lang)))
    if data.corrects_number:
        corrected = data.corrects_number
        if data.corrects_date:
            corrected += f" {labels['of']} {_day(data.corrects_date, lang)}"
        facts.append((labels["corrects"], corrected))
    if data.order_reference:
        facts.append((labels["order"], data.order_reference))
    facts_html = "".join(f"<tr><td style='white-space: nowrap'>{escape(k)}</td>"
                         f"<td align='right'>{escape(v)}</td></tr>"
                         for k, v in facts if v)
    out = [
        "<html><body>",
        "<table width='100%' cellpadding='0' cellspacing='0'><tr>"
        f"<td width='50%' valign='top'>{head_left}</td>"
        f"<td width='50%' valign='top'><h2>{escape(document_title(data))}</h2>"
        f"<table width='100%' cellpadding='1'>{facts_html}</table></td></tr></table>",
        "<p></p><table width='100%' cellpadding='0'><tr><td width='50%'></td>"
        f"<td width='50%' valign='top'><i>{escape(labels['buyer'])}</i><br>"
        f"{_party_html(data.buyer, labels, seller=False)}</td></tr></table><p></p>",
    ]
    any_discount = any(line.discount_minor for line in data.lines)
    taxed = any(line.vat_rate_bp or line.gst_rate_pcm or line.qst_rate_pcm
                for line in data.lines)
    cols = [(labels["description"], "left", 0), (labels["quantity"], "right", 6),
            (labels["unit"], "left", 9), (labels["unit_price"], "right", 14)]
    if any_discount:
        cols.append((labels["discount"], "right", 11))
    if taxed:
        cols.append((labels["tax"], "right", 9))
    cols.append((labels["amount"], "right", 14))
    # the description keeps what the figures leave (it shrank to four lines beside Tax)
    cols[0] = (labels["description"], "left", 100 - sum(w for _c, _a, w in cols))
    rows = [f"<tr style='background-color:{style.PRINT_HEADER_BACKGROUND}'>" + "".join(
        f"<th align='{align}'" + (f" width='{w}%'" if w else "")
        + f" style='white-space: nowrap'>{escape(c)}</th>"
        for c, align, w in cols) + "</tr>"]
    for line in data.lines:
        cells = [(escape(line.description).replace("\n", "<br>"), "left"),
                 (escape(_quantity(line.quantity, lang)), "right"),
                 (escape(UNITS[lang].get(line.unit, line.unit)), "left"),
                 (money(line.unit_price_minor), "right")]
        if any_discount:
            cells.append((money(line.discount_minor) if line.discount_minor else "", "right"))
        if taxed:
            rate = (percent_pcm(line.gst_rate_pcm + line.qst_rate_pcm)
                    if line.gst_rate_pcm or line.qst_rate_pcm else percent(line.vat_rate_bp))
            cells.append((escape(_rate(rate, lang)), "right"))
        cells.append((money(line.net_minor), "right"))
        rows.append("<tr>" + "".join(
            f"<td align='{a}'" + (" style='white-space: nowrap'" if a == "right" else "")
            + f">{c}</td>" for c, a in cells) + "</tr>")
    out.append("<table width='100%' cellspacing='0' cellpadding='4' border='0.5'>"
               + "".join(rows) + "</table>")

    totals = [(labels["net"], money(data.net_minor))]
    for (category, rate_bp), (_, tax) in sorted(data.vat_by_rate().items()):
        if category == "S" or rate_bp:
            totals.append((f"{labels['vat']} {_rate(percent(rate_bp), lang)}", money(tax)))
    for (name, rate), (_, tax) in sorted(data.sales_taxes().items()):
        totals.append((f"{SALES_TAX_NAMES[lang][name]} {_rate(percent_pcm(rate), lang)}",
                       money(tax)))
    totals.append((f"<b>{escape(labels['total'])}</b>", f"<b>{money(data.total_minor)}</b>"))
    out.append("<p></p><table width='100%' cellpadding='3'>" + "".join(
        f"<tr><td width='55%'></td><td>{label if label.startswith('<b>') else escape(label)}"
        f"</td><td align='right' style='white-space: nowrap'>{value}</td></tr>"
        for label, value in totals) + "</table>")
    if data.home_currency and data.home_rate and data.home_currency != data.currency:
        home = convert(data.total_minor, data.currency, data.home_currency, data.home_rate)
        out.append("<p>" + escape(labels["equivalent"].format(
            currency=data.home_currency, from_cur=data.currency,
            rate=data.home_rate.replace(".", ",") if lang == "fr" else data.home_rate,
            amount=format_money(home, data.home_currency, lang))) + "</p>")

    mentions = []
    if data.vat_exemption_reason:
        mentions.append(f"<b>{escape(data.vat_exemption_reason)}</b>")
    if data.payment_terms and data.kind != "credit_note":
        mentions.append(f"{escape(labels['payment_terms'])}: {escape(data.payment_terms)}"
                        if lang == "en" else
                        f"{escape(labels['payment_terms'])}\u202f: {escape(data.payment_terms)}")
    if data.late_penalty_text:
        mentions.append(escape(data.late_penalty_text))
    mentions += [escape(note).replace("\n", "<br>") for note in data.notes]
    if data.kind == "quote":
        mentions.append(escape(labels["acceptance"]))
    elif data.number:
        mentions.append(f"<i>{escape(labels['embedded'])}</i>")
    out.append("<p></p>" + "".join(f"<p>{m}</p>" for m in mentions))
    out.append("</body></html>")
    return "".join(out)


def _qt_pdf(data: DocumentData, logo_path: Path | None) -> bytes:
    """The printable document as PDF/A-1b bytes, written by Qt."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(document_title(data))
    writer.setCreator("Atelier")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    image = QImage(str(logo_path)) if logo_path else QImage()
    if not image.isNull():
        # no transparency in PDF/A-1b: the logo is drawn on white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(0xFFFFFF)
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("logo"), flat)
    doc.setHtml(document_html(data, logo=not image.isNull()))
    doc.print_(writer)
    del writer  # the PDF is finished when the writer goes
    buffer.close()
    return bytes(array.data())


def document_pdf(data: DocumentData, logo_path: Path | None = None) -> tuple[bytes, bytes]:
    """(PDF bytes, Factur-X XML bytes or b""): an issued invoice, deposit or credit note is a
    PDF/A-3b with factur-x.xml embedded; a quote or a draft is the printable PDF/A-1b alone."""
    pdf = _qt_pdf(data, logo_path)
    if data.kind not in INVOICE_KINDS or not data.number:
        return pdf, b""
    import facturx

    xml = build_xml(data)
    out = facturx.generate_from_binary(
        pdf, xml, flavor="factur-x", level="en16931", check_xsd=True,
        pdf_metadata={"author": data.seller.name,
                      "title": document_title(data),
                      "subject": f"{document_title(data)} – {data.buyer.name}"},
        lang=data.language, afrelationship="data")
    return _tidy_pdfa(out), xml


def _tidy_pdfa(pdf: bytes) -> bytes:
    """The document information dictionary made equal to the XMP that factur-x wrote (PDF/A
    wants the two to agree: Qt left its Producer there), and the header at PDF 1.7, the
    version PDF/A-3 is based on."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        producer = meta.get("pdf:Producer", "")
        info = doc.docinfo
        for key in ("/Keywords", "/Trapped"):
            if key in info:
                del info[key]
        if producer:
            info[pikepdf.Name.Producer] = producer
        out = io.BytesIO()
        doc.save(out, min_version="1.7")
        return out.getvalue()


def export_document_pdf(data: DocumentData, path: str | Path,
                        logo_path: Path | None = None) -> bytes:
    """Write the document's PDF at `path`, whole or not at all, private to the user (0600);
    returns the embedded XML (b"" for a quote or a draft). Raises OSError."""
    path = Path(path)
    pdf, xml = document_pdf(data, logo_path)
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        with open(tmp, "wb") as fh:
            fh.write(pdf)
        os.chmod(tmp, PRIVATE_FILE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return xml

