"""The UBL 2.1 form (Invoice, or CreditNote for a credit note) of the same EN 16931 invoice the
Factur-X XML states (storage/invoicing/facturx.py): the same encoding choices (franchise as
category E with VATEX-FR-FRANCHISE and BT-32 = SIREN, Québec's GST + QST as one S rate, a
credit note's amounts positive, no negative price), so the two forms never disagree.

In UBL, BT-32 is a PartyTaxScheme whose TaxScheme is not VAT (here "FC", as in CII)."""

from __future__ import annotations

from datetime import date

from lxml import etree

from storage.invoicing.facturx import (
    FRAMEWORKS,
    GUIDELINE,
    INVOICE_KINDS,
    REC20,
    FacturxError,
    amount,
    breakdown,
    default_reason,
    fiscal_id,
    for_xml,
    legal_id,
    line_category,
    line_rate,
    notes_of,
    party_name,
    split_address,
)
from storage.invoicing.model import DocumentData, Party

INV = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CN = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NS = {"cac": CAC, "cbc": CBC}


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str
         ) -> etree._Element:
    ns, name = tag.split(":")
    el = etree.SubElement(parent, f"{{{NS[ns]}}}{name}", attrs)
    if text is not None:
        el.text = text
    return el


def _day(day: date) -> str:
    return day.isoformat()


def _party(parent: etree._Element, tag: str, party: Party, *, seller: bool) -> None:
    el = _sub(_sub(parent, tag), "cac:Party")
    if party.email:
        _sub(el, "cbc:EndpointID", party.email, schemeID="EM")
    _sub(_sub(el, "cac:PartyName"), "cbc:Name", party_name(party, seller=seller))
    addr = _sub(el, "cac:PostalAddress")
    street, postcode, city, country = split_address(party)
    for tag_name, text in zip(("cbc:StreetName", "cbc:AdditionalStreetName"), street,
                              strict=False):
        _sub(addr, tag_name, text)
    if city:
        _sub(addr, "cbc:CityName", city)
    if postcode:
        _sub(addr, "cbc:PostalZone", postcode)
    if len(street) > 2:
        _sub(_sub(addr, "cac:AddressLine"), "cbc:Line", street[2])
    _sub(_sub(addr, "cac:Country"), "cbc:IdentificationCode", country)
    if party.vat_number:
        scheme = _sub(el, "cac:PartyTaxScheme")
        _sub(scheme, "cbc:CompanyID", party.vat_number)
        _sub(_sub(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    if seller and (fiscal := fiscal_id(party)):
        scheme = _sub(el, "cac:PartyTaxScheme")
        _sub(scheme, "cbc:CompanyID", fiscal)
        _sub(_sub(scheme, "cac:TaxScheme"), "cbc:ID", "FC")
    legal = _sub(el, "cac:PartyLegalEntity")
    _sub(legal, "cbc:RegistrationName", party_name(party, seller=seller))
    ident, scheme_id = legal_id(party)
    if ident:
        _sub(legal, "cbc:CompanyID", ident, **({"schemeID": scheme_id} if scheme_id else {}))
    if party.email:
        _sub(_sub(el, "cac:Contact"), "cbc:ElectronicMail", party.email)


def build_ubl(data: DocumentData) -> bytes:
    """The UBL 2.1 Invoice (380, 386) or CreditNote (381) of an issued document, EN 16931.
    Raises FacturxError for a quote or a draft."""
    if data.kind not in INVOICE_KINDS:
        raise FacturxError("A quote has no e-invoice form: only invoices, deposit invoices "
                           "and credit notes have one.")
    if not data.number or data.issue_date is None:
        raise FacturxError("A draft has no number yet: issue it first.")
    data = for_xml(data)
    cur = data.currency
    credit = data.kind == "credit_note"
    root = etree.Element(f"{{{CN if credit else INV}}}{'CreditNote' if credit else 'Invoice'}",
                         nsmap={None: CN if credit else INV, "cac": CAC, "cbc": CBC})
    _sub(root, "cbc:CustomizationID", GUIDELINE)
    if data.seller.country.upper() in ("", "FR"):
        _sub(root, "cbc:ProfileID", FRAMEWORKS.get(getattr(data, "operation_category", ""),
                                                   "S1"))
    _sub(root, "cbc:ID", data.number)
    _sub(root, "cbc:IssueDate", _day(data.issue_date))
    if data.due_date and not credit:
        _sub(root, "cbc:DueDate", _day(data.due_date))
    _sub(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", data.type_code)
    for text, code in notes_of(data):
        _sub(root, "cbc:Note", f"#{code}#{text}" if code else text)
    _sub(root, "cbc:DocumentCurrencyCode", cur)
    if data.service_start:
        period = _sub(root, "cac:InvoicePeriod")
        _sub(period, "cbc:StartDate", _day(data.service_start))
        _sub(period, "cbc:EndDate", _day(data.service_end or data.service_start))
    if data.order_reference:
        _sub(_sub(root, "cac:OrderReference"), "cbc:ID", data.order_reference)
    if data.corrects_number:
        ref = _sub(_sub(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        _sub(ref, "cbc:ID", data.corrects_number)
        if data.corrects_date:
            _sub(ref, "cbc:IssueDate", _day(data.corrects_date))
    _party(root, "cac:AccountingSupplierParty", data.seller, seller=True)
    _party(root, "cac:AccountingCustomerParty", data.buyer, seller=False)
    if data.service_end or data.service_start:
        _sub(_sub(root, "cac:Delivery"), "cbc:ActualDeliveryDate",
             _day(data.service_end or data.service_start))  # type: ignore[arg-type]
    if data.payment_terms:
        _sub(_sub(root, "cac:PaymentTerms"), "cbc:Note", data.payment_terms)
    total = _sub(root, "cac:TaxTotal")
    _sub(total, "cbc:TaxAmount", amount(data.tax_minor, cur), currencyID=cur)
    for (category, rate), (base, tax) in sorted(breakdown(data).items()):
        sub = _sub(total, "cac:TaxSubtotal")
        _sub(sub, "cbc:TaxableAmount", amount(base, cur), currencyID=cur)
        _sub(sub, "cbc:TaxAmount", amount(tax, cur), currencyID=cur)
        cat = _sub(sub, "cac:TaxCategory")
        _sub(cat, "cbc:ID", category)
        if category != "O":
            _sub(cat, "cbc:Percent", rate)
        if category not in ("S", "Z", "L", "M"):
            if data.vat_exemption_code:
                _sub(cat, "cbc:TaxExemptionReasonCode", data.vat_exemption_code)
            _sub(cat, "cbc:TaxExemptionReason",
                 data.vat_exemption_reason or default_reason(category, data.language))
        _sub(_sub(cat, "cac:TaxScheme"), "cbc:ID", "VAT")
    money = _sub(root, "cac:LegalMonetaryTotal")
    for tag, value in (("LineExtensionAmount", data.net_minor),
                       ("TaxExclusiveAmount", data.net_minor),
                       ("TaxInclusiveAmount", data.total_minor),
                       ("PayableAmount", data.total_minor)):
        _sub(money, f"cbc:{tag}", amount(value, cur), currencyID=cur)
    for i, line in enumerate(data.lines, start=1):
        item_line = _sub(root, "cac:CreditNoteLine" if credit else "cac:InvoiceLine")
        _sub(item_line, "cbc:ID", str(i))
        _sub(item_line, "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity",
             line.quantity, unitCode=REC20.get(line.unit, line.unit or "C62"))
        _sub(item_line, "cbc:LineExtensionAmount", amount(line.net_minor, cur), currencyID=cur)
        if line.discount_minor:
            allowance = _sub(item_line, "cac:AllowanceCharge")
            _sub(allowance, "cbc:ChargeIndicator", "false")
            _sub(allowance, "cbc:AllowanceChargeReasonCode", "95")
            _sub(allowance, "cbc:AllowanceChargeReason",
                 "Discount" if data.language == "en" else "Remise")
            _sub(allowance, "cbc:Amount", amount(line.discount_minor, cur), currencyID=cur)
        item = _sub(item_line, "cac:Item")
        _sub(item, "cbc:Name", line.description)
        cat = _sub(item, "cac:ClassifiedTaxCategory")
        _sub(cat, "cbc:ID", line_category(line))
        if line_category(line) != "O":
            _sub(cat, "cbc:Percent", line_rate(line))
        _sub(_sub(cat, "cac:TaxScheme"), "cbc:ID", "VAT")
        _sub(_sub(item_line, "cac:Price"), "cbc:PriceAmount", amount(line.unit_price_minor, cur),
             currencyID=cur)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
