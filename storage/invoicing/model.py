"""The plain shape of a document as the PDF, the Factur-X XML and the mention checks read it,
built from the store by storage/invoicing (documents.py) and never from widgets.

Money is minor units of `currency`; quantities are decimal strings ("1", "2.5"); rates are
basis points. A document's totals are computed here, once, the same for every output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

#: UNTDID 1001 document type codes used by Factur-X
TYPE_CODES = {"invoice": "380", "credit_note": "381", "deposit": "386", "quote": "310"}


@dataclass(frozen=True)
class Party:
    """The seller (the freelancer, from the set-up's identity) or the buyer (the client)."""

    name: str
    address: str = ""  # lines separated by "\n"
    country: str = ""  # ISO 3166 alpha-2
    ei_mention: bool = False  # France: "EI" after the seller's name
    siren: str = ""  # France: 9 digits (the first 9 of the SIRET)
    siret: str = ""
    vat_number: str = ""  # intra-EU VAT number when VAT-registered
    ice: str = ""  # Morocco
    if_number: str = ""  # Morocco
    gst_number: str = ""  # Canada
    qst_number: str = ""  # Québec
    email: str = ""
    is_business: bool = False  # a company (B2B): the 40 € indemnity, the client's ICE…


@dataclass(frozen=True)
class Line:
    description: str
    quantity: str  # decimal string
    unit: str  # UN/ECE rec. 20 code: "C62" (unit), "HUR" (hour), "DAY", "WRD"…
    unit_price_minor: int
    discount_minor: int = 0  # on the line, before tax
    vat_category: str = "E"  # UNCL 5305: S standard, E exempt (franchise), Z, O…
    vat_rate_bp: int = 0
    gst_rate_pcm: int = 0  # Québec: GST and QST per line when registered (1/100,000)
    qst_rate_pcm: int = 0

    @property
    def net_minor(self) -> int:
        """quantity × unit price − discount, rounded half up to the minor unit."""
        gross = Decimal(self.quantity) * self.unit_price_minor
        return int(gross.quantize(Decimal(1), rounding=ROUND_HALF_UP)) - self.discount_minor


@dataclass(frozen=True)
class DocumentData:
    kind: str  # quote, invoice, deposit, credit_note
    number: str  # "" for a draft
    issue_date: date | None
    currency: str
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    language: str = "fr"  # the client's language: fr or en
    status: str = "fr_micro"  # the seller's status (storage/status.py)
    service_start: date | None = None
    service_end: date | None = None
    due_date: date | None = None
    payment_terms: str = ""
    late_penalty_text: str = ""
    valid_until: date | None = None  # quotes
    corrects_number: str = ""  # credit notes: the invoice corrected
    corrects_date: date | None = None
    home_currency: str = ""  # the home-currency equivalent, where the law asks for it
    home_rate: str = ""  # decimal string: 1 `currency` in `home_currency`
    order_reference: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)  # legal mentions printed as written
    vat_exemption_reason: str = ""  # "TVA non applicable, art. 293 B du CGI"
    vat_exemption_code: str = ""  # "VATEX-FR-FRANCHISE"
    operation_category: str = ""  # goods, services or mixed (France, 2026 reform)
    external: bool = False  # issued by a platform (Malt, ComeUp…): its number is the platform's

    @property
    def type_code(self) -> str:
        return TYPE_CODES[self.kind]

    @property
    def net_minor(self) -> int:
        return sum(line.net_minor for line in self.lines)

    def vat_by_rate(self) -> dict[tuple[str, int], tuple[int, int]]:
        """(category, rate bp) → (taxable base, tax), each rounded half up once per rate.
        Lines taxed with GST/QST (Québec) are in sales_taxes(), not here."""
        bases: dict[tuple[str, int], int] = {}
        for line in self.lines:
            if line.gst_rate_pcm or line.qst_rate_pcm:
                continue
            key = (line.vat_category, line.vat_rate_bp)
            bases[key] = bases.get(key, 0) + line.net_minor
        return {k: (base, int((Decimal(base) * k[1] / 10_000).quantize(
            Decimal(1), rounding=ROUND_HALF_UP))) for k, base in bases.items()}

    def sales_taxes(self) -> dict[tuple[str, int], tuple[int, int]]:
        """Québec: ("GST" or "QST", rate pcm) → (taxable base, tax), each rounded half up once
        per tax and rate."""
        return _sales_taxes(self.lines)

    def combined_sales_taxes(self) -> dict[int, tuple[int, int]]:
        """Québec: GST + QST rate pcm → (taxable base, GST + QST), for outputs that hold one
        tax per line (Factur-X); each tax is still rounded once per rate, as in sales_taxes()."""
        out: dict[int, tuple[int, int]] = {}
        for key in sorted({ln.gst_rate_pcm + ln.qst_rate_pcm for ln in self.lines
                           if ln.gst_rate_pcm or ln.qst_rate_pcm}):
            group = [ln for ln in self.lines if (ln.gst_rate_pcm or ln.qst_rate_pcm)
                     and ln.gst_rate_pcm + ln.qst_rate_pcm == key]
            out[key] = (sum(ln.net_minor for ln in group),
                        sum(tax for _, tax in _sales_taxes(group).values()))
        return out

    @property
    def tax_minor(self) -> int:
        return (sum(tax for _, tax in self.vat_by_rate().values())
                + sum(tax for _, tax in self.combined_sales_taxes().values()))

    @property
    def total_minor(self) -> int:
        return self.net_minor + self.tax_minor


def _sales_taxes(lines: tuple[Line, ...] | list[Line]) -> dict[tuple[str, int], tuple[int, int]]:
    bases: dict[tuple[str, int], int] = {}
    for line in lines:
        for name, rate in (("GST", line.gst_rate_pcm), ("QST", line.qst_rate_pcm)):
            if rate:
                bases[(name, rate)] = bases.get((name, rate), 0) + line.net_minor
    return {k: (base, int((Decimal(base) * k[1] / 100_000).quantize(
        Decimal(1), rounding=ROUND_HALF_UP))) for k, base in bases.items()}
