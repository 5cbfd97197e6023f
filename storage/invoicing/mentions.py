"""The mentions a document must carry, by the freelancer's status, checked before issue.

Which mentions each status requires, from which day, and the legal texts printed as written
live in storage/data/invoicing/mentions.json (dated, with their sources), never in code: here
only how each mention is seen on a `DocumentData`. `missing(data)` returns the missing ones
as Phrases, so the dialog and `atelier invoice issue` name them; a document missing one is
not issued (storage/invoicing/documents.issue).

Statuses: fr_micro (with `vat_regime` registered, the fr_vat mentions too), ma_auto, qc_self
(with `qc_gst` registered, the qc_registered mentions too), other; a quote has its own list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from storage.invoicing.model import DocumentData
from storage.phrase_values import Day
from storage.phrases import Phrase


@cache
def rules_data() -> dict[str, Any]:
    """storage/data/invoicing/mentions.json."""
    text = resources.files("storage").joinpath("data/invoicing/mentions.json").read_text(
        encoding="utf-8")
    return json.loads(text)


def legal_text(key: str, language: str) -> str:
    """A legal text printed as written ("TVA non applicable, art. 293 B du CGI"), in the
    document's language (French when the language has none)."""
    entry = rules_data()["texts"][key]
    return entry.get(language) or entry["fr"]


def figure(key: str) -> int:
    return int(rules_data()["figures"][key]["value"])


def platform_invoiced(platform: str) -> bool:
    """Whether this platform issues the invoice of its orders itself (Malt, ComeUp, Fiverr,
    Upwork): Atelier then records the platform's document and never issues a second one."""
    return platform in rules_data()["platform_invoiced"]


# What the person is told is missing: the name of each mention.
NAMES: dict[str, Phrase] = {
    "title": Phrase("the document's title (Invoice, Credit note)"),
    "number": Phrase("the document number"),
    "issue_date": Phrase("the issue date"),
    "service_date": Phrase("the date of the service (its start or end)"),
    "seller_name": Phrase("your legal name (Settings › Status and identity)"),
    "seller_ei": Phrase("the “EI” after your name (Settings › Status and identity)"),
    "seller_siret": Phrase("your SIRET (Settings › Status and identity)"),
    "seller_address": Phrase("your address (Settings › Status and identity)"),
    "buyer_name": Phrase("the client's name"),
    "buyer_address": Phrase("the client's address"),
    "lines": Phrase("at least one line with a description"),
    "vat_exemption": Phrase("the VAT exemption mention"),
    "payment_terms": Phrase("the payment due date or terms"),
    "late_penalty": Phrase("the late-payment penalty rate"),
    "recovery_indemnity": Phrase("the 40 € recovery indemnity (business client)"),
    "early_discount": Phrase("the early-payment discount terms (business client)"),
    "buyer_siren": Phrase("the client's SIREN (business client)"),
    "operation_category": Phrase("the category of operation (goods, services or both)"),
    "seller_vat_number": Phrase("your VAT number (Settings)"),
    "vat_rates": Phrase("a VAT rate on every line"),
    "seller_ice": Phrase("your ICE (Settings › Status and identity)"),
    "seller_if": Phrase("your tax identifier IF (Settings › Status and identity)"),
    "buyer_ice": Phrase("the client's ICE (business client)"),
    "gst_qst_numbers": Phrase("your GST and QST numbers (Settings › Status and identity)"),
    "line_taxes": Phrase("the GST and QST of every line"),
    "valid_until": Phrase("how long the quote is valid"),
    "home_equivalent": Phrase("the euro equivalent"),
}


#: the days before the issue day whose reference rate may give a document's home equivalent
RATE_LOOKBACK_DAYS = 7


def _no_rate(d: DocumentData) -> Phrase:
    return Phrase("the euro equivalent: no exchange rate for {currency} on {day} or the "
                  "{days} days before — run “atelier rates update”, or record the client's "
                  "payment with its rate", currency=d.currency,
                  day=Day(d.issue_date) if d.issue_date else "—", days=RATE_LOOKBACK_DAYS)


#: mentions whose name says what is missing from the document itself
DETAILS: dict[str, Callable[[DocumentData], Phrase]] = {"home_equivalent": _no_rate}

TAXED = ("S", "AA", "AB")

CHECKS: dict[str, Callable[[DocumentData], bool]] = {
    "title": lambda d: d.kind in ("invoice", "deposit", "credit_note", "quote"),
    "number": lambda d: bool(d.number.strip()),
    "issue_date": lambda d: d.issue_date is not None,
    "service_date": lambda d: d.service_start is not None or d.service_end is not None,
    "seller_name": lambda d: bool(d.seller.name.strip()),
    "seller_ei": lambda d: d.seller.ei_mention,
    "seller_siret": lambda d: bool(d.seller.siret.strip() or d.seller.siren.strip()),
    "seller_address": lambda d: bool(d.seller.address.strip()),
    "buyer_name": lambda d: bool(d.buyer.name.strip()),
    "buyer_address": lambda d: bool(d.buyer.address.strip()),
    "lines": lambda d: bool(d.lines) and all(line.description.strip() for line in d.lines),
    "vat_exemption": lambda d: bool(d.vat_exemption_reason.strip()),
    "payment_terms": lambda d: d.due_date is not None or bool(d.payment_terms.strip()),
    "late_penalty": lambda d: bool(d.late_penalty_text.strip()),
    "recovery_indemnity": lambda d: legal_text("fr_recovery_indemnity", d.language) in d.notes,
    "early_discount": lambda d: legal_text("fr_no_early_discount", d.language) in d.notes,
    "buyer_siren": lambda d: bool(d.buyer.siren.strip()),
    "operation_category": lambda d: d.operation_category in ("goods", "services", "mixed"),
    "seller_vat_number": lambda d: bool(d.seller.vat_number.strip()),
    "vat_rates": lambda d: all(line.vat_category in TAXED and line.vat_rate_bp > 0
                               for line in d.lines),
    "seller_ice": lambda d: bool(d.seller.ice.strip()),
    "seller_if": lambda d: bool(d.seller.if_number.strip()),
    "buyer_ice": lambda d: bool(d.buyer.ice.strip()),
    "gst_qst_numbers": lambda d: bool(d.seller.gst_number.strip() and d.seller.qst_number.strip()),
    "line_taxes": lambda d: all(line.gst_rate_pcm > 0 and line.qst_rate_pcm > 0
                                for line in d.lines),
    "valid_until": lambda d: d.valid_until is not None,
    "home_equivalent": lambda d: (not d.home_currency or d.home_currency == d.currency
                                  or bool(d.home_rate)),
}


def lists_for(data: DocumentData, vat_registered: bool = False) -> tuple[str, ...]:
    """The names of the lists of required mentions that apply to `data`."""
    if data.kind == "quote":
        return ("quote",)
    if data.status == "fr_micro":
        return ("fr_micro", "fr_vat") if vat_registered else ("fr_micro",)
    if data.status == "qc_self":
        return ("qc_self", "qc_registered") if vat_registered else ("qc_self",)
    if data.status == "ma_auto":
        return ("ma_auto",)
    return ("other",)


def required(data: DocumentData, vat_registered: bool = False) -> list[str]:
    """The keys of the mentions `data` must carry on its issue day (every mention known for a
    document not dated yet)."""
    day = data.issue_date or date.max
    keys: list[str] = []
    for name in lists_for(data, vat_registered):
        for entry in rules_data()["required"][name]:
            if date.fromisoformat(entry["from"]) > day:
                continue
            if entry.get("business_only") and not data.buyer.is_business:
                continue
            country = entry.get("buyer_country")
            if country and data.buyer.country not in (country, ""):
                continue
            # a VAT-registered seller shows VAT instead of the exemption mention
            if vat_registered and entry["key"] == "vat_exemption":
                continue
            # a credit note asks for no payment: no due date or terms
            if data.kind == "credit_note" and entry["key"] == "payment_terms":
                continue
            if entry["key"] not in keys:
                keys.append(entry["key"])
    return keys


def missing(data: DocumentData, vat_registered: bool = False) -> list[Phrase]:
    """The mentions `data` lacks, named for the person; empty when it can be issued."""
    return [DETAILS[key](data) if key in DETAILS else NAMES[key]
            for key in required(data, vat_registered) if not CHECKS[key](data)]
