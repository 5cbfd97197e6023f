"""Quotes, invoices, deposit invoices and credit notes: drafts, issuing, credit notes, quotes
accepted, the series check, and `to_data` (the one shape the PDF and the Factur-X XML read).

A draft has no number and may be edited or deleted. `issue(store, id, today)` gives it the
next number of its year's continuous series, snapshots the seller and the buyer, and checks
the mentions its status requires, all in ONE write transaction (`BEGIN IMMEDIATE`): two issues
at once never share or skip a number, and a document missing a mention is not issued (nothing
is written, the number is not used). Once issued, the database refuses any change to it
(triggers in storage/tables.py); only a credit note (type 381) corrects it.

Numbering (storage/invoicing/numbering.py): invoices, deposit invoices and credit notes share
one series per year (`invoice_number_format`, 2026-0042); quotes have their own. Orders from
a platform that invoices the client itself (Malt, ComeUp, Fiverr, Upwork: mentions.json) get
no invoice from Atelier: `record_platform_document` keeps the platform's number and file.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import rules, settings
from storage.db import Store
from storage.errors import ValidationError
from storage.invoicing import mentions
from storage.invoicing.model import DocumentData, Line, Party
from storage.invoicing.numbering import format_number, next_seq
from storage.phrases import Joined, Phrase
from storage.status import current as current_status
from storage.tables import (
    Client,
    Document,
    DocumentLine,
    DocumentPayment,
    ExchangeRate,
    Order,
    OrderStatus,
    Payment,
    Platform,
    utcnow,
)

KINDS = ("quote", "invoice", "deposit", "credit_note")
#: the kinds that take a number of the invoice series
INVOICE_KINDS = ("invoice", "deposit", "credit_note")
EDITABLE = ("service_start", "service_end", "due_date", "valid_until", "payment_terms",
            "late_penalty_text", "category", "language", "notes")
CATEGORIES = ("goods", "services", "mixed")
STATUS_COUNTRY = {"fr_micro": "FR", "ma_auto": "MA", "qc_self": "CA"}


class MissingMentions(ValidationError):
    """A document lacks mentions its status requires: `missing` names them (Phrases)."""

    def __init__(self, missing: list[Phrase]) -> None:
        super().__init__("mentions", Phrase(
            "This document cannot be issued: it lacks {missing}.",
            missing=Joined(missing, "; ")))
        self.missing = missing


@dataclass(frozen=True)
class LineInput:
    """A line as typed or taken from an order (the rates come from the status)."""

    description: str
    unit_price_minor: int
    quantity: str = "1"
    unit: str = "C62"
    discount_minor: int = 0


# --- reading ---------------------------------------------------------------------------------


def get(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise ValidationError("document", Phrase("There is no document #{id}.", id=document_id))
    return doc


def _draft(s: Session, document_id: int) -> Document:
    doc = get(s, document_id)
    if doc.state != "draft":
        raise ValidationError("document", Phrase(
            "Document {number} is issued: it cannot be changed or deleted; a credit note "
            "corrects an invoice.", number=doc.number or f"#{doc.id}"))
    return doc


def vat_registered(s: Session, status: str) -> bool:
    if status == "fr_micro":
        return settings.get(s, "vat_regime") == "registered"
    if status == "qc_self":
        return settings.get(s, "qc_gst") == "registered"
    return False


def _seller(s: Session, status: str) -> Party:
    siret = settings.get(s, "siret").replace(" ", "")
    return Party(
        name=settings.get(s, "legal_name").strip(), address=settings.get(s, "address").strip(),
        country=STATUS_COUNTRY.get(status, ""),
        ei_mention=status == "fr_micro" and settings.get(s, "ei_mention") == "yes",
        siren=siret[:9], siret=siret, vat_number=settings.get(s, "vat_number").strip(),
        ice=settings.get(s, "ice").strip(), if_number=settings.get(s, "if_number").strip(),
        gst_number=settings.get(s, "gst_number").strip(),
        qst_number=settings.get(s, "qst_number").strip(),
        email=settings.get(s, "email").strip())


def _buyer(client: Client, status: str) -> Party:
    number = client.company_number.replace(" ", "")
    # A company number is a SIREN/SIRET for a French client and an ICE for a Moroccan one
    # (no country: the seller's own); a foreign company's number is neither.
    country = (client.country or "").upper()
    french = status == "fr_micro" and country in ("FR", "")
    moroccan = status == "ma_auto" and country in ("MA", "")
    return Party(
        name=client.name.strip(), address=client.address.strip(), country=client.country or "",
        siren=number[:9] if french else "",
        siret=number if french and len(number) == 14 else "",
        ice=number if moroccan else "", vat_number=client.vat_number.strip(),
        email=client.email, is_business=client.is_business)


def _legal(status: str, registered: bool, buyer: Party, language: str) -> dict[str, object]:
    """The legal texts printed as written, from mentions.json: kept in the snapshot at issue."""
    notes: list[str] = []
    reason = code = ""
    if status == "fr_micro":
        if not registered:
            reason = mentions.legal_text("fr_franchise", language)
            code = mentions.rules_data()["texts"]["fr_franchise"]["code"]
        if buyer.is_business:
            notes.append(mentions.legal_text("fr_recovery_indemnity", language))
            notes.append(mentions.legal_text("fr_no_early_discount", language))
    elif status == "ma_auto":
        reason = mentions.legal_text("ma_franchise", language)
        code = mentions.rules_data()["texts"]["ma_franchise"]["code"]
    return {"notes": notes, "vat_exemption_reason": reason, "vat_exemption_code": code,
            "vat_registered": registered, "status": status}


def _lines(doc: Document) -> tuple[Line, ...]:
    return tuple(Line(
        description=line.description, quantity=line.quantity, unit=line.unit,
        unit_price_minor=line.unit_price_minor, discount_minor=line.discount_minor,
        vat_category=line.vat_category, vat_rate_bp=line.vat_rate_bp,
        gst_rate_pcm=line.gst_rate_pcm, qst_rate_pcm=line.qst_rate_pcm) for line in doc.lines)


def to_data(s: Session, document_id: int) -> DocumentData:
    """The document as the PDF, the XML and the mention checks read it: an issued one from
    its snapshot (what it said the day it was issued), a draft from today's identity."""
    doc = get(s, document_id)
    if doc.state != "draft" and doc.seller:
        snap = json.loads(doc.seller)
        seller = Party(**snap["party"])
        buyer = Party(**json.loads(doc.buyer))
        legal = snap["legal"]
    else:
        status = current_status(s) or "other"
        seller = _seller(s, status)
        client = s.get(Client, doc.client_id)
        assert client is not None
        buyer = _buyer(client, status)
        legal = _legal(status, vat_registered(s, status), buyer, doc.language)
        if doc.currency != settings.home_currency(s):  # its rate is taken at issue
            legal["home_currency"] = settings.home_currency(s)
    corrected = s.get(Document, doc.corrects_id) if doc.corrects_id else None
    order = s.get(Order, doc.order_id) if doc.order_id else None
    person_notes = tuple(n for n in doc.notes.splitlines() if n.strip())
    return DocumentData(
        kind=doc.kind, number=doc.number or "", issue_date=doc.issue_date,
        currency=doc.currency, seller=seller, buyer=buyer, lines=_lines(doc),
        language=doc.language, status=str(legal["status"]),
        service_start=doc.service_start, service_end=doc.service_end,
        # a credit note asks for no payment: no due date, no terms
        due_date=None if doc.kind == "credit_note" else doc.due_date,
        payment_terms="" if doc.kind == "credit_note" else doc.payment_terms,
        late_penalty_text=doc.late_penalty_text,
        valid_until=doc.valid_until,
        corrects_number=(corrected.number or "") if corrected else "",
        corrects_date=corrected.issue_date if corrected else None,
        home_currency=str(legal.get("home_currency", "")),
        home_rate=str(legal.get("home_rate", "")),
        order_reference=(order.external_ref or f"#{order.id}") if order else "",
        notes=tuple(legal["notes"]) + person_notes,  # type: ignore[operator]
        vat_exemption_reason=str(legal["vat_exemption_reason"]),
        vat_exemption_code=str(legal["vat_exemption_code"]),
        operation_category=doc.category, external=doc.external)


def missing_mentions(s: Session, document_id: int, today: date) -> list[Phrase]:
    """What the document would lack if issued today (its number and date given at issue)."""
    doc = get(s, document_id)
    data = to_data(s, document_id)
    if doc.state == "draft":
        day = today
        days = int(mentions.rules_data()["texts"]["payment_terms"]["days"])
        data = replace(data, number=data.number or "…", issue_date=day,
                       due_date=data.due_date or (None if doc.kind in ("quote", "credit_note")
                                                  else day + timedelta(days=days)))
        if data.home_currency:  # the rate is taken at issue: the one it would take today
            data = replace(data, home_rate=equivalent_rate(s, doc, day))
    missing = mentions.missing(data, bool(_legal_registered(s, doc)))
    if doc.state == "draft":
        missing += franchise_lost(s, doc, today)
    return missing


def franchise_lost(s: Session, doc: Document, day: date) -> list[Phrase]:
    """A French franchise seller's document dated on or after the day VAT became due (the
    VAT-franchise meters, storage/urssaf.vat_due_from) would print “TVA non applicable, art.
    293 B du CGI” wrongly: named as a missing mention until the VAT regime is registered."""
    status = current_status(s) or "other"
    if doc.kind == "credit_note" or doc.external or status != "fr_micro" or \
            vat_registered(s, status):
        return []
    from storage.phrase_values import Day
    from storage.urssaf import vat_due_from

    due = vat_due_from(s, day)
    if due is None:
        return []
    return [Phrase(
        "VAT: your VAT franchise ended on {day} (your turnover went over its threshold, see "
        "the VAT franchise meter), so “TVA non applicable, art. 293 B du CGI” no longer "
        "applies; set the VAT regime to registered with your VAT number (Settings › Status "
        "and identity), then the document carries VAT", day=Day(due))]


def _legal_registered(s: Session, doc: Document) -> bool:
    if doc.state != "draft" and doc.seller:
        return bool(json.loads(doc.seller)["legal"]["vat_registered"])
    return vat_registered(s, current_status(s) or "other")


# --- drafts ----------------------------------------------------------------------------------


def _platform_name(s: Session, order: Order) -> str:
    platform = s.get(Platform, order.platform_id)
    return platform.name if platform else ""


def refuse_platform_order(s: Session, order: Order) -> None:
    name = _platform_name(s, order)
    if mentions.platform_invoiced(name):
        raise ValidationError("order", Phrase(
            "{platform} invoices the client for order #{id} itself: record the platform's "
            "invoice (its number and file) instead of issuing a second one.",
            platform=name, id=order.id))


def _open_invoice(s: Session, order_id: int, but: int | None = None) -> Document | None:
    """An issued invoice of the order that no credit note cancelled."""
    query = select(Document).where(Document.order_id == order_id, Document.kind == "invoice",
                                   Document.state == "issued")
    if but is not None:
        query = query.where(Document.id != but)
    return s.scalars(query.limit(1)).first()


def _rated(s: Session, line: LineInput, status: str, registered: bool,
           year: int) -> DocumentLine:
    _check_line(line)
    row = DocumentLine(description=line.description.strip(), quantity=line.quantity,
                       unit=line.unit, unit_price_minor=line.unit_price_minor,
                       discount_minor=line.discount_minor, vat_category="E", vat_rate_bp=0)
    if status == "fr_micro" and registered:
        row.vat_category, row.vat_rate_bp = "S", mentions.figure("fr_vat_standard_bp")
    elif status == "qc_self" and registered:
        row.vat_category = "S"
        row.gst_rate_pcm = rules.figure(s, "QC", "gst_rate_pcm", year)
        row.qst_rate_pcm = rules.figure(s, "QC", "qst_rate_pcm", year)
    elif status == "other":
        row.vat_category = "O"
    return row


def _check_line(line: LineInput) -> None:
    if not line.description.strip():
        raise ValidationError("lines", "Each line needs a description.")
    try:
        quantity = Decimal(line.quantity)
    except (InvalidOperation, ValueError):
        raise ValidationError("lines", Phrase("The quantity “{quantity}” is not a number.",
                                              quantity=line.quantity)) from None
    if not quantity.is_finite() or quantity <= 0 or quantity > 1_000_000:
        raise ValidationError("lines", Phrase(
            "The quantity “{quantity}” must be above zero.", quantity=line.quantity))
    if abs(line.unit_price_minor) > 10**11 or line.discount_minor < 0:
        raise ValidationError("lines", "A line's price or discount is out of range.")


#: words Atelier writes into a document's lines, in the document's language
LINE_WORDS = {
    "fr": {"extras": "Suppléments : {title}", "deposit": "Acompte : {title}",
           "deducted": "Facture d'acompte {number}"},
    "en": {"extras": "Extras: {title}", "deposit": "Deposit: {title}",
           "deducted": "Deposit invoice {number}"},
}


def _order_lines(order: Order, language: str) -> list[LineInput]:
    """The order's lines: its gig package at the package's price and, when the order cost
    more, the extras; else one line at the order's price."""
    package = order.package
    if package is not None and package.currency == order.currency and \
            0 < package.price_minor <= order.price_minor:
        gig = order.gig.title if order.gig else order.title
        lines = [LineInput(f"{gig} — {package.tier}", package.price_minor)]
        if order.price_minor > package.price_minor:
            lines.append(LineInput(LINE_WORDS[language]["extras"].format(title=order.title),
                                   order.price_minor - package.price_minor))
        return lines
    return [LineInput(order.title, order.price_minor)]


def _language(client: Client, status: str) -> str:
    lang = (client.language or "").lower()
    if lang.startswith("en"):
        return "en"
    if lang.startswith("fr") or status in ("fr_micro", "ma_auto"):
        return "fr"
    return "en"


def create_draft(s: Session, kind: str, *, today: date, order_id: int | None = None,
                 client_id: int | None = None, currency: str | None = None,
                 lines: list[LineInput] | None = None) -> Document:
    """A draft quote, invoice or deposit invoice, from an order (its client, currency, dates
    and lines) or for a client with typed lines. Refused for an order a platform invoices, and
    for an order that already has an invoice no credit note cancelled."""
    if kind not in ("quote", "invoice", "deposit"):
        raise ValidationError("kind", Phrase("Unknown document kind “{kind}”.", kind=kind))
    order = None
    if order_id is not None:
        order = s.get(Order, order_id)
        if order is None:
            raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
        if kind != "quote":
            refuse_platform_order(s, order)
        if kind == "invoice":
            existing = _open_invoice(s, order.id)
            if existing is not None:
                raise ValidationError("order", Phrase(
                    "Order #{id} already has invoice {number}: issue a credit note for it "
                    "before invoicing again.", id=order.id, number=existing.number))
        client_id = order.client_id
        currency = order.currency
    if client_id is None or s.get(Client, client_id) is None:
        raise ValidationError("client", "Choose a client for this order.")
    client = s.get(Client, client_id)
    assert client is not None
    status = current_status(s) or "other"
    registered = vat_registered(s, status)
    currency = currency or client.currency or settings.home_currency(s)
    language = _language(client, status)
    if lines is None:
        lines = _order_lines(order, language) if order is not None else []
    doc = Document(kind=kind, state="draft", series="quote" if kind == "quote" else "invoice",
                   client_id=client_id, order_id=order.id if order else None,
                   currency=currency, language=language, category="services",
                   created_at=utcnow())
    if order is not None and kind != "quote":
        doc.service_start = order.received_at.date()
        done = order.completed_at or order.delivered_at
        doc.service_end = done.date() if done else None
    if kind == "quote":
        doc.valid_until = today + timedelta(days=mentions.figure("quote_validity_days"))
    else:
        terms = mentions.rules_data()["texts"]["payment_terms"]
        doc.payment_terms = mentions.legal_text("payment_terms", language).format(
            days=terms["days"])
        if status == "fr_micro":
            doc.late_penalty_text = mentions.legal_text("fr_late_penalty", language)
    for position, line in enumerate(lines):
        row = _rated(s, line, status, registered, today.year)
        row.position = position
        doc.lines.append(row)
    if kind == "invoice" and order is not None:
        _deduct_deposits(s, doc, order, status, registered, today)
    s.add(doc)
    s.flush()
    return doc


def _deduct_deposits(s: Session, doc: Document, order: Order, status: str, registered: bool,
                     today: date) -> None:
    """A final invoice deducts the deposit invoices issued for its order."""
    for deposit in s.scalars(select(Document).where(
            Document.order_id == order.id, Document.kind == "deposit",
            Document.state == "issued").order_by(Document.seq)):
        data = DocumentData(kind="deposit", number="", issue_date=None,
                            currency=deposit.currency, seller=Party(""), buyer=Party(""),
                            lines=_lines(deposit))
        row = _rated(s, LineInput(LINE_WORDS[doc.language]["deducted"].format(
            number=deposit.number), -data.net_minor), status, registered, today.year)
        row.position = len(doc.lines)
        doc.lines.append(row)


def create_deposit(s: Session, order_id: int, amount_minor: int, today: date) -> Document:
    """A draft deposit invoice (type 386) of `amount_minor` for an order."""
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    if amount_minor <= 0:
        raise ValidationError("amount", "A deposit is an amount above zero.")
    client = s.get(Client, order.client_id)
    assert client is not None
    language = _language(client, current_status(s) or "other")
    return create_draft(s, "deposit", today=today, order_id=order_id, lines=[
        LineInput(LINE_WORDS[language]["deposit"].format(title=order.title), amount_minor)])


def update_draft(s: Session, document_id: int, changes: dict[str, object],
                 lines: list[LineInput] | None = None, year: int | None = None) -> Document:
    """Edit a draft's fields (EDITABLE) and, when given, replace its lines."""
    doc = _draft(s, document_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "This field cannot be edited.")
    if "category" in changes and changes["category"] not in CATEGORIES:
        raise ValidationError("category", "The category is goods, services or mixed.")
    if "language" in changes and changes["language"] not in ("fr", "en"):
        raise ValidationError("language", "A document is written in French or English.")
    if lines is not None:
        for line in lines:
            _check_line(line)
    for key, value in changes.items():
        setattr(doc, key, value)
    if lines is not None:
        status = current_status(s) or "other"
        registered = vat_registered(s, status)
        doc.lines.clear()
        s.flush()
        for position, line in enumerate(lines):
            row = _rated(s, line, status, registered, year or doc.created_at.year)
            row.position = position
            doc.lines.append(row)
    s.flush()
    return doc


def delete_draft(s: Session, document_id: int) -> None:
    s.delete(_draft(s, document_id))
    s.flush()


def credit_note(s: Session, invoice_id: int, today: date,
                lines: list[LineInput] | None = None) -> Document:
    """A draft credit note (type 381) for an issued invoice or deposit invoice: the whole
    invoice when `lines` is None (issuing it cancels the invoice), else the lines given
    (a correction). It is numbered in the invoices' series when issued."""
    invoice = get(s, invoice_id)
    if invoice.kind not in ("invoice", "deposit") or invoice.state != "issued" or \
            invoice.external:
        raise ValidationError("document", Phrase(
            "Only an issued invoice of yours can be credited; {number} cannot.",
            number=invoice.number or f"#{invoice.id}"))
    status = current_status(s) or "other"
    doc = Document(kind="credit_note", state="draft", series="invoice",
                   client_id=invoice.client_id, order_id=invoice.order_id,
                   corrects_id=invoice.id, currency=invoice.currency,
                   language=invoice.language, category=invoice.category,
                   service_start=invoice.service_start, service_end=invoice.service_end,
                   late_penalty_text=invoice.late_penalty_text, created_at=utcnow())
    if lines is None:
        for line in invoice.lines:
            doc.lines.append(DocumentLine(
                position=line.position, description=line.description, quantity=line.quantity,
                unit=line.unit, unit_price_minor=line.unit_price_minor,
                discount_minor=line.discount_minor, vat_category=line.vat_category,
                vat_rate_bp=line.vat_rate_bp, gst_rate_pcm=line.gst_rate_pcm,
                qst_rate_pcm=line.qst_rate_pcm))
    else:
        registered = vat_registered(s, status)
        for position, line in enumerate(lines):
            row = _rated(s, line, status, registered, today.year)
            row.position = position
            doc.lines.append(row)
    s.add(doc)
    s.flush()
    return doc


# --- issuing ---------------------------------------------------------------------------------


RATE_LOOKBACK_DAYS = mentions.RATE_LOOKBACK_DAYS


def home_rate(s: Session, currency: str, home: str, day: date) -> str:
    """1 `currency` in `home` from the reference rates (ECB, or entered) of `day` or the
    last days before it; "" when none is known."""
    if currency == home:
        return ""

    def per_eur(code: str) -> dict[date, Decimal]:
        if code == "EUR":
            return {day - timedelta(days=n): Decimal(1) for n in range(RATE_LOOKBACK_DAYS + 1)}
        out: dict[date, Decimal] = {}
        for d, value in s.execute(select(ExchangeRate.day, ExchangeRate.per_eur).where(
                ExchangeRate.currency == code, ExchangeRate.day <= day,
                ExchangeRate.day >= day - timedelta(days=RATE_LOOKBACK_DAYS))):
            try:
                rate = Decimal(value)
            except InvalidOperation:
                continue
            if rate.is_finite() and rate > 0:
                out[d] = rate
        return out

    ours, theirs = per_eur(home), per_eur(currency)
    for back in range(RATE_LOOKBACK_DAYS + 1):
        d = day - timedelta(days=back)
        if d in ours and d in theirs:
            return str((ours[d] / theirs[d]).quantize(Decimal("0.000001")).normalize())
    return ""


def equivalent_rate(s: Session, doc: Document, day: date) -> str:
    """The rate of a document's home-currency equivalent on `day`: the reference rate (ECB, or
    entered) of that day or the RATE_LOOKBACK_DAYS before, else the rate of a payment of its
    order (or linked to it) in its currency, the one received closest to `day`; "" when none
    is known."""
    home = settings.home_currency(s)
    rate = home_rate(s, doc.currency, home, day)
    if rate or doc.currency == home:
        return rate
    linked = select(DocumentPayment.payment_id).where(DocumentPayment.document_id == doc.id)
    owner = Payment.id.in_(linked)
    if doc.order_id is not None:
        owner = owner | (Payment.order_id == doc.order_id)
    payments = [p for p in s.scalars(select(Payment).where(
        owner, Payment.currency == doc.currency, Payment.home_currency == home))
        if _positive(p.rate)]
    if not payments:
        return ""
    closest = min(payments, key=lambda p: (abs((p.received_at.date() - day).days), p.id))
    return str(Decimal(closest.rate).normalize())


def _positive(text: str) -> bool:
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return False
    return value.is_finite() and value > 0


def _snapshot(s: Session, doc: Document) -> None:
    status = current_status(s) or "other"
    client = s.get(Client, doc.client_id)
    assert client is not None
    buyer = _buyer(client, status)
    registered = vat_registered(s, status)
    legal = _legal(status, registered, buyer, doc.language)
    home = settings.home_currency(s)
    if doc.currency != home:  # the home-currency equivalent, at the rate of the issue day
        legal["home_currency"] = home
        legal["home_rate"] = equivalent_rate(s, doc, doc.issue_date or date.min)
    doc.seller = json.dumps({"party": asdict(_seller(s, status)), "legal": legal},
                            ensure_ascii=False, sort_keys=True)
    doc.buyer = json.dumps(asdict(buyer), ensure_ascii=False, sort_keys=True)
    doc.status = status


def issue(store: Store, document_id: int, today: date, now: datetime | None = None) -> Document:
    """Issue a draft in one write transaction: the next number of its year's series, the
    parties' snapshot, the mention check. Raises MissingMentions naming what is missing (then
    nothing is written and no number is used), ValidationError for a platform's order."""
    with store.transaction() as s:
        return issue_in(s, document_id, today, now)


def issue_in(s: Session, document_id: int, today: date,
             now: datetime | None = None) -> Document:
    """`issue` inside the caller's write transaction (`BEGIN IMMEDIATE` already taken: the
    demo store's). On an exception the caller must roll back, as `issue` does."""
    doc = _draft(s, document_id)
    if doc.order_id is not None and doc.kind in ("invoice", "deposit"):
        order = s.get(Order, doc.order_id)
        assert order is not None
        refuse_platform_order(s, order)
        existing = _open_invoice(s, order.id, but=doc.id) if doc.kind == "invoice" \
            else None
        if existing is not None:
            raise ValidationError("order", Phrase(
                "Order #{id} already has invoice {number}: issue a credit note for it "
                "before invoicing again.", id=order.id, number=existing.number))
    if doc.kind == "credit_note":
        corrected = get(s, doc.corrects_id or 0)
        if corrected.state != "issued":
            raise ValidationError("document", Phrase(
                "Invoice {number} is already cancelled.", number=corrected.number))
    year = today.year
    fmt = settings.get(s, "quote_number_format" if doc.kind == "quote"
                       else "invoice_number_format")
    seq = next_seq(s, doc.series, year)
    doc.issue_date = today
    if doc.kind not in ("quote", "credit_note") and doc.due_date is None:
        days = mentions.rules_data()["texts"]["payment_terms"]["days"]
        doc.due_date = today + timedelta(days=int(days))
    _snapshot(s, doc)
    missing = mentions.missing(replace(
        to_data(s, doc.id), number=format_number(fmt, year, seq), issue_date=today,
        home_rate=str(json.loads(doc.seller)["legal"].get("home_rate", ""))),
        _legal_registered_from(doc))
    missing += franchise_lost(s, doc, today)
    if missing:
        raise MissingMentions(missing)
    doc.year, doc.seq, doc.number = year, seq, format_number(fmt, year, seq)
    doc.state = "issued"
    doc.issued_at = now or datetime.now(UTC)
    s.flush()
    if doc.kind == "credit_note":
        _cancel_when_fully_credited(s, doc)
    elif doc.kind in ("invoice", "deposit"):  # the order's payments already received
        link_order_payments(s, doc.id)
    return doc


def paid_minor(s: Session, document_id: int) -> int:
    return s.scalar(select(func.coalesce(func.sum(DocumentPayment.amount_minor), 0)).where(
        DocumentPayment.document_id == document_id)) or 0


def credited_minor(s: Session, document_id: int) -> int:
    """The total of the issued credit notes that correct this invoice."""
    return sum(to_data(s, n).total_minor for n in s.scalars(select(Document.id).where(
        Document.corrects_id == document_id, Document.kind == "credit_note",
        Document.state == "issued")))


def owed_minor(s: Session, document_id: int) -> int:
    """total − issued credit notes − allocated payments (never below zero)."""
    return max(to_data(s, document_id).total_minor - credited_minor(s, document_id)
               - paid_minor(s, document_id), 0)


def link_order_payments(s: Session, document_id: int) -> list[DocumentPayment]:
    """At issue: link the payments already received for the invoice's order (in its
    currency, received by the end of its issue day in the person's time zone, the oldest
    first), each for what is left of it, until the invoice is settled (total − credit notes
    − payments). Here rather than in settlement.py, which reads this module."""
    doc = get(s, document_id)
    if doc.order_id is None or doc.kind not in ("invoice", "deposit") or doc.external or \
            doc.state != "issued" or doc.issue_date is None:
        return []
    zone = settings.local_zone(s)
    used = (select(func.coalesce(func.sum(DocumentPayment.amount_minor), 0))
            .where(DocumentPayment.payment_id == Payment.id).correlate(Payment)
            .scalar_subquery())
    linked = select(DocumentPayment.payment_id).where(DocumentPayment.document_id == doc.id)
    out: list[DocumentPayment] = []
    for payment, left in s.execute(select(
            Payment, Payment.amount_minor + Payment.fee_minor - used).where(
            Payment.order_id == doc.order_id, Payment.currency == doc.currency,
            Payment.amount_minor > 0, Payment.id.not_in(linked)).order_by(
            Payment.received_at, Payment.id)).all():
        when = payment.received_at
        received = (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(zone).date()
        owed = owed_minor(s, doc.id)
        if received > doc.issue_date or left <= 0:
            continue
        if owed <= 0:
            break
        link = DocumentPayment(document_id=doc.id, payment_id=payment.id,
                               amount_minor=min(left, owed))
        s.add(link)
        s.flush()
        out.append(link)
    return out


def _legal_registered_from(doc: Document) -> bool:
    return bool(json.loads(doc.seller)["legal"]["vat_registered"])


def _cancel_when_fully_credited(s: Session, note: Document) -> None:
    invoice = get(s, note.corrects_id or 0)
    credited = sum(to_data(s, n).total_minor for n in s.scalars(
        select(Document.id).where(Document.corrects_id == invoice.id,
                                  Document.kind == "credit_note",
                                  Document.state == "issued")))
    if credited >= to_data(s, invoice.id).total_minor:
        invoice.state = "cancelled"
        s.flush()


# --- quotes ----------------------------------------------------------------------------------


def accept_quote(s: Session, quote_id: int, today: date) -> Document:
    """The client accepted an issued quote: it is marked accepted, an order is made when it had
    none (Direct), and a draft invoice with the quote's lines is returned."""
    quote = get(s, quote_id)
    if quote.kind != "quote" or quote.state != "issued":
        raise ValidationError("document", Phrase(
            "Only an issued quote can be accepted; {number} cannot.",
            number=quote.number or f"#{quote.id}"))
    if quote.valid_until is not None and quote.valid_until < today:
        raise ValidationError("document", Phrase(
            "Quote {number} expired on {day}: make a new one.", number=quote.number,
            day=quote.valid_until.isoformat()))
    data = to_data(s, quote.id)
    order_id = quote.order_id
    if order_id is None:
        from storage import orders as order_rules

        direct = s.scalar(select(Platform.id).where(Platform.name == "Direct"))
        platform_id = direct or s.scalar(select(Platform.id).order_by(Platform.id).limit(1))
        title = quote.lines[0].description if quote.lines else str(quote.number)
        order = order_rules.create_order(s, order_rules.OrderFields(
            client_id=quote.client_id, platform_id=platform_id,  # type: ignore[arg-type]
            title=title[:300], price_minor=max(data.net_minor, 0), currency=quote.currency,
            received_at=datetime.combine(today, time(12), tzinfo=UTC),
            external_ref=quote.number or ""), status=OrderStatus.IN_PROGRESS)
        order_id = order.id
    quote.state = "accepted"
    s.flush()
    lines = [LineInput(line.description, line.unit_price_minor, line.quantity, line.unit,
                       line.discount_minor) for line in quote.lines]
    invoice = create_draft(s, "invoice", today=today, order_id=order_id, lines=lines)
    invoice.quote_id = quote.id
    s.flush()
    return invoice


def decline_quote(s: Session, quote_id: int) -> None:
    quote = get(s, quote_id)
    if quote.kind != "quote" or quote.state != "issued":
        raise ValidationError("document", Phrase(
            "Only an issued quote can be declined; {number} cannot.",
            number=quote.number or f"#{quote.id}"))
    quote.state = "declined"
    s.flush()


# --- platform documents ----------------------------------------------------------------------


MAX_PLATFORM_FILE_BYTES = 50 * 2**20


def record_platform_document(s: Session, order_id: int, number: str, source: Path | None,
                             data_dir: Path, issue_date: date) -> Document:
    """Record the invoice a platform issued for an order (Malt, ComeUp, Fiverr, Upwork): its
    number and, when the person chose one, a copy of its file kept in
    <data dir>/invoices/platform/ (the file chosen is read once, here, and never again)."""
    order = s.get(Order, order_id)
    if order is None:
        raise ValidationError("order", Phrase("There is no order #{id}.", id=order_id))
    number = (number or "").strip()
    if not number or len(number) > 120:
        raise ValidationError("number", "Enter the number of the platform's invoice.")
    stored = ""
    if source is not None:
        from storage.files import make_private_dir
        from storage.inputs import check_regular_file

        try:
            size = check_regular_file(source)
        except OSError as exc:  # NotARegularFile too: a folder, a device…
            raise ValidationError("file", Phrase(
                "Atelier cannot read {file}: {error}", file=source,
                error=exc.strerror or exc)) from None
        if size > MAX_PLATFORM_FILE_BYTES:
            raise ValidationError("file", Phrase(
                "{file} is larger than {limit} MB: choose the platform's invoice itself.",
                file=source, limit=MAX_PLATFORM_FILE_BYTES // 2**20))
        folder = data_dir / "invoices" / "platform"
        make_private_dir(folder)
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in number)
        target = folder / f"order-{order.id}-{safe}{source.suffix.lower()[:8]}"
        shutil.copyfile(source, target)
        target.chmod(0o600)
        stored = str(target)
    client = s.get(Client, order.client_id)
    assert client is not None
    doc = Document(kind="invoice", state="draft", series="external", client_id=client.id,
                   order_id=order.id, currency=order.currency, language=client.language[:8]
                   or "en", issue_date=issue_date, external=True, platform_number=number,
                   file_path=stored, status=current_status(s),
                   buyer=json.dumps(asdict(_buyer(client, "other")), ensure_ascii=False),
                   issued_at=datetime.now(UTC), created_at=utcnow())
    doc.lines.append(DocumentLine(position=0, description=order.title,
                                  unit_price_minor=order.price_minor, vat_category="O"))
    s.add(doc)
    s.flush()  # lines go in while a draft, then the document is recorded as issued
    doc.state, doc.number = "issued", number
    s.flush()
    return doc


# --- listing and the series check ------------------------------------------------------------


@dataclass(frozen=True)
class SeriesProblem:
    series: str
    year: int
    kind: str  # gap, duplicate
    numbers: tuple[str, ...]

    @property
    def text(self) -> Phrase:
        if self.kind == "gap":
            return Phrase("{year}: numbers missing from the series: {numbers}.",
                          year=self.year, numbers=Joined(self.numbers))
        return Phrase("{year}: numbers given twice: {numbers}.", year=self.year,
                      numbers=Joined(self.numbers))


def series_check(s: Session) -> list[SeriesProblem]:
    """Gaps and duplicates in the invoice series (and the quotes'), year by year."""
    problems: list[SeriesProblem] = []
    for series in ("invoice", "quote"):
        fmt = settings.get(s, "quote_number_format" if series == "quote"
                           else "invoice_number_format")
        rows = s.execute(select(Document.year, Document.seq, Document.number).where(
            Document.series == series, Document.state != "draft").order_by(
            Document.year, Document.seq)).all()
        years: dict[int, list[tuple[int, str]]] = {}
        for year, seq, number in rows:
            if year is not None and seq is not None:
                years.setdefault(year, []).append((seq, number))
        for year, items in sorted(years.items()):
            seqs = {seq for seq, _ in items}
            gaps = [format_number(fmt, year, n) for n in range(1, max(seqs) + 1)
                    if n not in seqs]
            if gaps:
                problems.append(SeriesProblem(series, year, "gap", tuple(gaps)))
            counts: dict[str, int] = {}
            for _, number in items:
                counts[number] = counts.get(number, 0) + 1
            twice = tuple(n for n, c in counts.items() if c > 1)
            if twice:
                problems.append(SeriesProblem(series, year, "duplicate", twice))
    return problems


def drafts_missing_mentions(s: Session, today: date) -> list[tuple[Document, list[Phrase]]]:
    """Every draft that could not be issued today, with what it lacks."""
    out = []
    for doc in s.scalars(select(Document).where(Document.state == "draft")
                         .order_by(Document.id)):
        missing = missing_mentions(s, doc.id, today)
        if missing:
            out.append((doc, missing))
    return out


def list_documents(s: Session, kind: str | None = None) -> list[Document]:
    """Series by series (the invoices and their credit notes, the quotes, the platforms'
    documents), each in number order, then the drafts by id."""
    from sqlalchemy import case

    series = case((Document.issue_date.is_(None), 0), (Document.series == "invoice", 0),
                  (Document.series == "quote", 1), else_=2)
    query = select(Document).order_by(Document.issue_date.is_(None), series, Document.year,
                                      Document.seq, Document.id)
    if kind:
        query = query.where(Document.kind == kind)
    return list(s.scalars(query))


def count_documents(s: Session) -> int:
    return s.scalar(select(func.count(Document.id))) or 0
