"""The Factur-X XML (UN/CEFACT CII D16B, profile EN 16931) of an invoice, a deposit invoice or a
credit note, built from a DocumentData only (never from the store or from widgets).

Encoding choices a validator checks:
- the document type is UNTDID 1001: 380 invoice, 386 deposit (prepayment) invoice, 381 credit
  note; a credit note's amounts are positive (the type code says it credits), so a DocumentData
  whose credit-note lines are negative is written with the signs turned; a line at a negative
  price (a deducted deposit) is a negative quantity at a positive price (BR-27);
- the French franchise (art. 293 B du CGI) is VAT category E at 0 % with the exemption reason
  and the code VATEX-FR-FRANCHISE in the VAT breakdown; the seller has no VAT number, so rule
  BR-E-02 is met by the seller's tax registration BT-32 with scheme "FC" holding the SIREN
  (the identifier the French tax administration registers a business under; FNFE-MPE's
  Factur-X guide uses it for sellers without a VAT number); a Moroccan seller's BT-32 is the
  IF (identifiant fiscal);
- the legal identifiers (SIREN, ICE, Canada's business number) are the legal registration BT-30
  (SIREN with scheme 0002);
- Québec's GST and QST have no place of their own in EN 16931 (one VAT per line): each line is
  category S at the sum of the two rates, and each breakdown's tax is the GST plus the QST, each
  rounded once per rate as DocumentData.sales_taxes computes them; a note gives the split;
- the late-penalty text is a note with subject code PMD, the 40 € recovery indemnity PMT, the
  early-payment discount mention AAB and the tax mention TXD (the codes the French CTC rules
  BR-FR-05/06 read); the payment terms are BT-20.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from lxml import etree

from storage.invoicing.model import DocumentData, Line, Party
from storage.money import exponent

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
NSMAP = {"rsm": RSM, "qdt": QDT, "ram": RAM, "udt": UDT}
GUIDELINE = "urn:cen.eu:en16931:2017"
XML_FILENAME = "factur-x.xml"
INVOICE_KINDS = ("invoice", "deposit", "credit_note")
FRAMEWORKS = {"goods": "B1", "services": "S1", "mixed": "M1"}
#: the app's unit names that are not UN/ECE Recommendation 20 codes: a word is D68
REC20 = {"WRD": "D68", "PG": "ZP"}

# A postcode at the start (France, Morocco: "75011 Paris") or at the end (Canada:
# "Montréal QC H2X 1Y4") of an address line.
_POSTCODE_FIRST = re.compile(r"^(\d{4,6})\s+(.+)$")
COUNTRY_LINES = frozenset(("france", "maroc", "morocco", "canada", "québec", "quebec",
                           "belgique", "belgium", "suisse", "switzerland", "luxembourg",
                           "united states", "usa", "united kingdom", "uk", "germany",
                           "allemagne", "spain", "espagne", "italy", "italie"))
_POSTCODE_LAST = re.compile(r"^(.+?)[\s,]+([A-Za-z]\d[A-Za-z]\s?\d[A-Za-z]\d)$")


class FacturxError(ValueError):
    """The document cannot be written as Factur-X (a quote, or no number yet)."""


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str
         ) -> etree._Element:
    ns, name = tag.split(":")
    el = etree.SubElement(parent, _q(NSMAP[ns], name), attrs)
    if text is not None:
        el.text = text
    return el


def amount(minor: int, currency: str) -> str:
    """Minor units as the decimal the XML writes: 12345 EUR → "123.45"."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    digits = str(abs(minor)).rjust(exp + 1, "0")
    return f"{sign}{digits[:-exp]}.{digits[-exp:]}" if exp else f"{sign}{digits}"


def percent(rate_bp: int) -> str:
    """Basis points as a percentage: 2000 → "20", 550 → "5.5"."""
    whole, frac = divmod(rate_bp, 100)
    return f"{whole}.{frac:02d}".rstrip("0").rstrip(".")


def percent_pcm(rate_pcm: int) -> str:
    """1/100,000 as a percentage: 14975 → "14.975"."""
    whole, frac = divmod(rate_pcm, 1000)
    return f"{whole}.{frac:03d}".rstrip("0").rstrip(".")


def _date(parent: etree._Element, tag: str, day: date, qualified: bool = False) -> None:
    holder = _sub(parent, tag)
    _sub(holder, "qdt:DateTimeString" if qualified else "udt:DateTimeString",
         day.strftime("%Y%m%d"), format="102")


def for_xml(data: DocumentData) -> DocumentData:
    """The document as the XML states it: a credit note's amounts positive, and no negative
    price (BR-27): a line at a negative price (a deducted deposit) is a negative quantity at
    the positive price, its total unchanged."""
    lines = data.lines
    if data.kind == "credit_note" and data.net_minor < 0:
        lines = tuple(replace(line, unit_price_minor=-line.unit_price_minor,
                              discount_minor=-line.discount_minor) for line in lines)
    lines = tuple(replace(line, quantity=_negated(line.quantity),
                          unit_price_minor=-line.unit_price_minor)
                  if line.unit_price_minor < 0 else line for line in lines)
    return data if lines == data.lines else replace(data, lines=lines)


def _negated(quantity: str) -> str:
    return quantity[1:] if quantity.startswith("-") else f"-{quantity}"


def line_rate(line: Line) -> str:
    if line.gst_rate_pcm or line.qst_rate_pcm:
        return percent_pcm(line.gst_rate_pcm + line.qst_rate_pcm)
    return percent(line.vat_rate_bp)


def line_category(line: Line) -> str:
    if line.gst_rate_pcm or line.qst_rate_pcm:
        return "S"
    return line.vat_category


def split_address(party: Party) -> tuple[list[str], str, str, str]:
    """(street lines, postcode, city, country) of a party's free-text address."""
    lines = [x.strip() for x in party.address.splitlines() if x.strip()]
    postcode = city = ""
    if len(lines) > 1 and lines[-1].casefold() in COUNTRY_LINES:
        lines.pop()  # "France", "Maroc", "Canada": the country is CountryID
    if lines:
        last = lines[-1]
        if m := _POSTCODE_FIRST.match(last):
            postcode, city = m.group(1), m.group(2)
            lines.pop()
        elif m := _POSTCODE_LAST.match(last):
            city, postcode = m.group(1).strip(" ,"), m.group(2).upper()
            lines.pop()
        elif len(lines) > 1:
            city = lines.pop()
    # at most two street lines and a third: a fourth and more join the third
    street = lines[:2] + ([", ".join(lines[2:])] if lines[2:] else [])
    return street, postcode, city, (party.country or "FR").upper()


def _address(parent: etree._Element, party: Party) -> None:
    addr = _sub(parent, "ram:PostalTradeAddress")
    street, postcode, city, country = split_address(party)
    if postcode:
        _sub(addr, "ram:PostcodeCode", postcode)
    for tag, text in zip(("ram:LineOne", "ram:LineTwo", "ram:LineThree"), street,
                         strict=False):
        _sub(addr, tag, text)
    if city:
        _sub(addr, "ram:CityName", city)
    _sub(addr, "ram:CountryID", country)


def party_name(party: Party, *, seller: bool) -> str:
    if seller and party.ei_mention and not re.search(r"\bEI\b", party.name):
        return f"{party.name} EI"
    return party.name


def legal_id(party: Party) -> tuple[str, str]:
    """BT-30 / BT-47 and its scheme: the SIREN (0002), the ICE, or Canada's business number
    (the first nine digits of the GST number); ("", "") when none."""
    siren = party.siren or party.siret[:9]
    if siren:
        return siren, "0002"
    if party.ice:
        return party.ice, ""
    if party.gst_number[:9].isdigit():
        return party.gst_number[:9], ""
    return "", ""


def fiscal_id(party: Party) -> str:
    """BT-32, the seller's tax registration (scheme FC): the IF in Morocco, the SIREN of a
    French seller without a VAT number, the GST number in Canada; "" when none."""
    if party.if_number:
        return party.if_number
    if party.vat_number:
        return ""
    return party.siren or party.siret[:9] or party.gst_number or party.qst_number


def _party(parent: etree._Element, tag: str, party: Party, *, seller: bool) -> None:
    el = _sub(parent, tag)
    _sub(el, "ram:Name", party_name(party, seller=seller))
    ident, scheme = legal_id(party)
    if ident:
        legal = _sub(el, "ram:SpecifiedLegalOrganization")
        _sub(legal, "ram:ID", ident, **({"schemeID": scheme} if scheme else {}))
    _address(el, party)
    if party.email:
        uri = _sub(el, "ram:URIUniversalCommunication")
        _sub(uri, "ram:URIID", party.email, schemeID="EM")
    if party.vat_number:
        reg = _sub(el, "ram:SpecifiedTaxRegistration")
        _sub(reg, "ram:ID", party.vat_number, schemeID="VA")
    if seller and (fiscal := fiscal_id(party)):
        reg = _sub(el, "ram:SpecifiedTaxRegistration")
        _sub(reg, "ram:ID", fiscal, schemeID="FC")


def note_subject(text: str) -> str:
    """The UNTDID 4451 subject code of a legal mention printed as a note, or ""."""
    low = text.lower()
    if "indemnit" in low or "recovery" in low or "recouvrement" in low:
        return "PMT"
    if "escompte" in low or "early payment" in low:
        return "AAB"
    if "pénalit" in low or "penalt" in low:
        return "PMD"
    if "293 b" in low or "tva non applicable" in low or "vat not applicable" in low:
        return "TXD"
    return ""


def notes_of(data: DocumentData) -> list[tuple[str, str]]:
    notes: list[tuple[str, str]] = []
    used: set[str] = set()

    def add(text: str, code: str) -> None:
        text = text.strip()
        if not text or any(text == t for t, _ in notes):
            return
        if code in used:
            code = ""  # each subject code once (BR-FR-06)
        used.add(code)
        notes.append((text, code))

    if data.late_penalty_text:
        add(data.late_penalty_text, "PMD")
    for note in data.notes:
        add(note, note_subject(note))
    if data.vat_exemption_reason:
        add(data.vat_exemption_reason, "TXD")
    split = sales_tax_note(data)
    if split:
        add(split, "")
    return notes


def sales_tax_note(data: DocumentData) -> str:
    """Québec: "GST 5 %: 10.00 CAD; QST 9.975 %: 19.95 CAD", the split the XML cannot hold."""
    taxes = data.sales_taxes()
    if not taxes:
        return ""
    return "; ".join(f"{name} {percent_pcm(rate)} %: {amount(tax, data.currency)} "
                     f"{data.currency}" for (name, rate), (_, tax) in sorted(taxes.items()))


def build_xml(data: DocumentData) -> bytes:
    """The Factur-X EN 16931 XML of an issued invoice, deposit invoice or credit note.
    Raises FacturxError for a quote or a draft (no number)."""
    if data.kind not in INVOICE_KINDS:
        raise FacturxError("A quote has no e-invoice form: only invoices, deposit invoices "
                           "and credit notes have one.")
    if not data.number or data.issue_date is None:
        raise FacturxError("A draft has no number yet: issue it first.")
    data = for_xml(data)
    cur = data.currency

    root = etree.Element(_q(RSM, "CrossIndustryInvoice"), nsmap=NSMAP)
    ctx = _sub(root, "rsm:ExchangedDocumentContext")
    if data.seller.country.upper() in ("", "FR"):
        # BT-23, the French reform's billing framework: B1 goods, S1 services, M1 mixed
        frame = FRAMEWORKS.get(getattr(data, "operation_category", ""), "S1")
        _sub(_sub(ctx, "ram:BusinessProcessSpecifiedDocumentContextParameter"), "ram:ID", frame)
    _sub(_sub(ctx, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", GUIDELINE)

    doc = _sub(root, "rsm:ExchangedDocument")
    _sub(doc, "ram:ID", data.number)
    _sub(doc, "ram:TypeCode", data.type_code)
    _date(doc, "ram:IssueDateTime", data.issue_date)
    for text, code in notes_of(data):
        note = _sub(doc, "ram:IncludedNote")
        _sub(note, "ram:Content", text)
        if code:
            _sub(note, "ram:SubjectCode", code)

    trade = _sub(root, "rsm:SupplyChainTradeTransaction")
    for i, line in enumerate(data.lines, start=1):
        item = _sub(trade, "ram:IncludedSupplyChainTradeLineItem")
        _sub(_sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(i))
        _sub(_sub(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.description)
        agreement = _sub(item, "ram:SpecifiedLineTradeAgreement")
        price = _sub(agreement, "ram:NetPriceProductTradePrice")
        _sub(price, "ram:ChargeAmount", amount(line.unit_price_minor, cur))
        delivery = _sub(item, "ram:SpecifiedLineTradeDelivery")
        _sub(delivery, "ram:BilledQuantity", line.quantity,
             unitCode=REC20.get(line.unit, line.unit or "C62"))
        settle = _sub(item, "ram:SpecifiedLineTradeSettlement")
        tax = _sub(settle, "ram:ApplicableTradeTax")
        _sub(tax, "ram:TypeCode", "VAT")
        _sub(tax, "ram:CategoryCode", line_category(line))
        _sub(tax, "ram:RateApplicablePercent", line_rate(line))
        if line.discount_minor:
            allowance = _sub(settle, "ram:SpecifiedTradeAllowanceCharge")
            _sub(_sub(allowance, "ram:ChargeIndicator"), "udt:Indicator", "false")
            _sub(allowance, "ram:ActualAmount", amount(line.discount_minor, cur))
            _sub(allowance, "ram:ReasonCode", "95")  # UNTDID 5189: discount
            _sub(allowance, "ram:Reason", "Discount" if data.language == "en" else "Remise")
        summ = _sub(settle, "ram:SpecifiedTradeSettlementLineMonetarySummation")
        _sub(summ, "ram:LineTotalAmount", amount(line.net_minor, cur))

    agreement = _sub(trade, "ram:ApplicableHeaderTradeAgreement")
    _party(agreement, "ram:SellerTradeParty", data.seller, seller=True)
    _party(agreement, "ram:BuyerTradeParty", data.buyer, seller=False)
    if data.order_reference:
        ref = _sub(agreement, "ram:BuyerOrderReferencedDocument")
        _sub(ref, "ram:IssuerAssignedID", data.order_reference)

    delivery = _sub(trade, "ram:ApplicableHeaderTradeDelivery")
    if data.service_end or data.service_start:  # BT-72, the day the service was delivered
        event = _sub(delivery, "ram:ActualDeliverySupplyChainEvent")
        _date(event, "ram:OccurrenceDateTime", data.service_end or data.service_start)

    settlement = _sub(trade, "ram:ApplicableHeaderTradeSettlement")
    _sub(settlement, "ram:InvoiceCurrencyCode", cur)
    for (category, rate), (base, tax_minor) in sorted(breakdown(data).items()):
        tax = _sub(settlement, "ram:ApplicableTradeTax")
        _sub(tax, "ram:CalculatedAmount", amount(tax_minor, cur))
        _sub(tax, "ram:TypeCode", "VAT")
        exempt = category not in ("S", "Z", "L", "M")
        if exempt:
            _sub(tax, "ram:ExemptionReason", data.vat_exemption_reason or default_reason(
                category, data.language))
        _sub(tax, "ram:BasisAmount", amount(base, cur))
        _sub(tax, "ram:CategoryCode", category)
        if exempt and data.vat_exemption_code:
            _sub(tax, "ram:ExemptionReasonCode", data.vat_exemption_code)
        if category != "O":
            _sub(tax, "ram:RateApplicablePercent", rate)
    if data.service_start:
        period = _sub(settlement, "ram:BillingSpecifiedPeriod")
        _date(period, "ram:StartDateTime", data.service_start)
        _date(period, "ram:EndDateTime", data.service_end or data.service_start)
    if data.payment_terms or data.due_date:
        terms = _sub(settlement, "ram:SpecifiedTradePaymentTerms")
        if data.payment_terms:
            _sub(terms, "ram:Description", data.payment_terms)
        if data.due_date:
            _date(terms, "ram:DueDateDateTime", data.due_date)
    summ = _sub(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(summ, "ram:LineTotalAmount", amount(data.net_minor, cur))
    _sub(summ, "ram:TaxBasisTotalAmount", amount(data.net_minor, cur))
    _sub(summ, "ram:TaxTotalAmount", amount(data.tax_minor, cur), currencyID=cur)
    _sub(summ, "ram:GrandTotalAmount", amount(data.total_minor, cur))
    _sub(summ, "ram:DuePayableAmount", amount(data.total_minor, cur))
    if data.corrects_number:
        ref = _sub(settlement, "ram:InvoiceReferencedDocument")
        _sub(ref, "ram:IssuerAssignedID", data.corrects_number)
        if data.corrects_date:
            _date(ref, "ram:FormattedIssueDateTime", data.corrects_date, qualified=True)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def default_reason(category: str, language: str) -> str:
    en = {"E": "Exempt from VAT", "O": "Not subject to VAT"}
    fr = {"E": "Exonéré de TVA", "O": "Hors du champ de la TVA"}
    return (en if language == "en" else fr).get(category, en.get(category, "Exempt"))


def breakdown(data: DocumentData) -> dict[tuple[str, str], tuple[int, int]]:
    """(category, rate as the XML writes it) → (base, tax): VAT from vat_by_rate, and for
    Québec lines one S breakdown per combined rate whose tax is the GST plus the QST."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for (category, rate_bp), (base, tax) in data.vat_by_rate().items():
        out[(category, percent(rate_bp))] = (base, tax)
    for key, (base, tax) in data.combined_sales_taxes().items():
        out[("S", percent_pcm(key))] = (base, tax)
    return out
