"""DocumentData samples for the Factur-X and PDF tests: one per status and document type,
written as the freelancer would print them (identifiers with valid check digits)."""

from __future__ import annotations

from datetime import date

from storage.invoicing.model import DocumentData, Line, Party

FRANCHISE = "TVA non applicable, art. 293 B du CGI"
PENALTY = ("Pénalités de retard : trois fois le taux d’intérêt légal, exigibles dès le "
           "lendemain de l’échéance")
INDEMNITY = "Indemnité forfaitaire pour frais de recouvrement : 40 €"
NO_DISCOUNT = "Pas d’escompte pour paiement anticipé"

CAMILLE = Party("Camille Moreau", "12 rue des Lilas\n75011 Paris", "FR", ei_mention=True,
                siren="732829320", siret="73282932000074", email="camille@example.fr")
STUDIO = Party("Studio Nord SARL", "3 quai de la Loire\n69002 Lyon", "FR", siren="552100554",
               is_business=True)


def franchise_invoice(**changes: object) -> DocumentData:
    """A micro-entrepreneur's invoice: 450.00 + 2.5 h × 40.00 − 10.00 = 540.00, no VAT."""
    data = DocumentData(
        kind="invoice", number="2026-0042", issue_date=date(2026, 12, 7), currency="EUR",
        seller=CAMILLE, buyer=STUDIO,
        lines=(Line("Logo design, three proposals", "1", "C62", 45_000),
               Line("Revisions", "2.5", "HUR", 4_000, discount_minor=1_000)),
        language="fr", status="fr_micro",
        service_start=date(2026, 11, 2), service_end=date(2026, 11, 30),
        due_date=date(2027, 1, 6), payment_terms="30 jours à réception de facture",
        late_penalty_text=PENALTY, order_reference="ORD-7",
        notes=(INDEMNITY, NO_DISCOUNT),
        vat_exemption_reason=FRANCHISE, vat_exemption_code="VATEX-FR-FRANCHISE")
    return _with(data, changes)


def vat_invoice(**changes: object) -> DocumentData:
    """A VAT-registered French freelancer: 3 × 333.33 at 20 % and 1 × 80.00 at 5.5 %."""
    seller = Party("Camille Moreau", "12 rue des Lilas\n75011 Paris", "FR", ei_mention=True,
                   siren="732829320", siret="73282932000074",
                   vat_number="FR44732829320")
    data = DocumentData(
        kind="invoice", number="2026-0043", issue_date=date(2026, 12, 8), currency="EUR",
        seller=seller, buyer=STUDIO,
        lines=(Line("Développement web", "3", "DAY", 33_333, vat_category="S",
                    vat_rate_bp=2000),
               Line("Livre illustré", "1", "C62", 8_000, vat_category="S", vat_rate_bp=550)),
        language="fr", status="fr_micro", service_end=date(2026, 12, 5),
        due_date=date(2027, 1, 7), payment_terms="30 jours", late_penalty_text=PENALTY,
        notes=(INDEMNITY,))
    return _with(data, changes)


def credit_note(**changes: object) -> DocumentData:
    """The credit note that cancels the franchise invoice, its lines negative as a
    correction of the invoice."""
    inv = franchise_invoice()
    lines = tuple(Line(line.description, line.quantity, line.unit, -line.unit_price_minor,
                       discount_minor=-line.discount_minor) for line in inv.lines)
    return _with(franchise_invoice(kind="credit_note", number="2026-0044",
                                   issue_date=date(2026, 12, 9), lines=lines,
                                   corrects_number="2026-0042",
                                   corrects_date=date(2026, 12, 7), due_date=None),
                 changes)


def deposit_invoice(**changes: object) -> DocumentData:
    """A 30 % down payment on a 1,500.00 quote: 450.00."""
    return _with(franchise_invoice(
        kind="deposit", number="2026-0045",
        lines=(Line("Acompte de 30 % sur le devis D-2026-0012", "1", "C62", 45_000),),
        service_start=None, service_end=None), changes)


def moroccan_invoice(**changes: object) -> DocumentData:
    """A Moroccan auto-entrepreneur in MAD for a company client, with the EUR equivalent."""
    seller = Party("Youssef Alami", "45 boulevard Zerktouni\n20000 Casablanca", "MA",
                   ice="001525489000082", if_number="45123678")
    buyer = Party("Atlas Média SARL", "7 rue Ibn Batouta\n10000 Rabat", "MA",
                  ice="002233445000017", is_business=True)
    data = DocumentData(
        kind="invoice", number="2026-0007", issue_date=date(2026, 12, 7), currency="MAD",
        seller=seller, buyer=buyer,
        lines=(Line("Traduction arabe-français", "2400", "WRD", 80),
               Line("Relecture", "3", "HUR", 25_000)),
        language="fr", status="ma_auto", service_end=date(2026, 12, 1),
        due_date=date(2026, 12, 31), payment_terms="À réception",
        home_currency="EUR", home_rate="0.0921",
        vat_exemption_reason="Auto-entrepreneur : exonéré de TVA")
    return _with(data, changes)


def quebec_invoice(**changes: object) -> DocumentData:
    """A GST/QST-registered Québec freelancer, in English, two lines taxed 5 % + 9.975 %."""
    seller = Party("Émilie Tremblay", "1200 rue Sherbrooke Ouest\nMontréal QC H3A 1H6", "CA",
                   gst_number="123456782RT0001", qst_number="1234567890TQ0001",
                   email="emilie@example.ca")
    buyer = Party("Maple Studio Inc.", "400 Bay Street\nToronto ON M5H 2Y4", "CA",
                  is_business=True)
    data = DocumentData(
        kind="invoice", number="2026-0019", issue_date=date(2026, 12, 7), currency="CAD",
        seller=seller, buyer=buyer,
        lines=(Line("Illustration", "1", "C62", 123_456, vat_category="S",
                    gst_rate_pcm=5000, qst_rate_pcm=9975),
               Line("Colour study", "3", "HUR", 7_525, vat_category="S",
                    gst_rate_pcm=5000, qst_rate_pcm=9975)),
        language="en", status="qc_self", service_end=date(2026, 12, 4),
        due_date=date(2027, 1, 6), payment_terms="Net 30")
    return _with(data, changes)


def quote(**changes: object) -> DocumentData:
    return _with(franchise_invoice(kind="quote", number="D-2026-0012", due_date=None,
                                   valid_until=date(2027, 1, 6)), changes)


def _with(data: DocumentData, changes: dict[str, object]) -> DocumentData:
    from dataclasses import replace

    return replace(data, **changes) if changes else data
