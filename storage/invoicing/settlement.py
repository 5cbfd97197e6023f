"""Invoices and the payments that settle them: paid, partially paid or overdue, computed from
the allocations (document_payments), the issued credit notes against the invoice and the due
date, never stored: what is owed = total − issued credit notes − allocated payments.
`overdue(s, today)` is what Today lists. A payment (typed, or imported from PayPal/Stripe/a
bank) is linked to an issued invoice with `link_payment`; the receipts book then cites the
invoice's number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.errors import ValidationError
from storage.invoicing.documents import (  # noqa: F401  (link_order_payments: issue's)
    credited_minor,
    get,
    link_order_payments,
    owed_minor,
    paid_minor,
    to_data,
)
from storage.phrases import Phrase
from storage.tables import Client, Document, DocumentPayment, Order, Payment

#: unpaid (not due yet), partial, paid, overdue (due date passed, not fully paid)
STATES = ("unpaid", "partial", "paid", "overdue")


@dataclass(frozen=True)
class Settlement:
    document_id: int
    number: str
    client: str
    currency: str
    total_minor: int
    paid_minor: int
    due_date: date | None
    state: str
    language: str
    credited_minor: int = 0  # issued credit notes against it

    @property
    def remaining_minor(self) -> int:
        """What is still owed: total − credit notes − payments."""
        return max(self.total_minor - self.credited_minor - self.paid_minor, 0)


def settlement(s: Session, document_id: int, today: date) -> Settlement:
    doc = get(s, document_id)
    total = to_data(s, document_id).total_minor
    paid = paid_minor(s, document_id)
    credited = credited_minor(s, document_id)
    if paid + credited >= total:
        state = "paid"
    elif doc.due_date is not None and doc.due_date < today:
        state = "overdue"
    elif paid > 0:
        state = "partial"
    else:
        state = "unpaid"
    client = s.get(Client, doc.client_id)
    return Settlement(doc.id, doc.number or "", client.name if client else "", doc.currency,
                      total, paid, doc.due_date, state, doc.language, credited)


def link_payment(s: Session, document_id: int, payment_id: int,
                 amount_minor: int | None = None) -> DocumentPayment:
    """Allocate (part of) a payment to an issued invoice or deposit invoice of the same
    currency: by default what is left of both."""
    doc = get(s, document_id)
    if doc.kind not in ("invoice", "deposit") or doc.state != "issued":
        raise ValidationError("document", Phrase(
            "Payments settle issued invoices; {number} is not one.",
            number=doc.number or f"#{doc.id}"))
    payment = s.get(Payment, payment_id)
    if payment is None:
        raise ValidationError("payment", Phrase("There is no payment #{id}.", id=payment_id))
    if payment.currency != doc.currency:
        raise ValidationError("payment", Phrase(
            "The payment is in {paid_in} and the invoice in {currency}: link a payment in "
            "{currency}.", paid_in=payment.currency, currency=doc.currency))
    if s.scalar(select(DocumentPayment.id).where(DocumentPayment.document_id == doc.id,
                                                 DocumentPayment.payment_id == payment.id)):
        raise ValidationError("payment", "This payment is already linked to this invoice.")
    received = payment.amount_minor + payment.fee_minor  # what the client paid
    used = s.scalar(select(func.coalesce(func.sum(DocumentPayment.amount_minor), 0)).where(
        DocumentPayment.payment_id == payment.id)) or 0
    left_on_payment = received - used
    left_on_invoice = owed_minor(s, doc.id)
    if amount_minor is None:
        amount_minor = min(left_on_payment, left_on_invoice)
    if amount_minor <= 0 or amount_minor > left_on_payment:
        raise ValidationError("amount", "Nothing of this payment is left to link to this "
                              "invoice.")
    link = DocumentPayment(document_id=doc.id, payment_id=payment.id, amount_minor=amount_minor)
    s.add(link)
    s.flush()
    return link


def _link(s: Session, document_id: int, payment_id: int) -> DocumentPayment:
    link = s.scalar(select(DocumentPayment).where(DocumentPayment.document_id == document_id,
                                                  DocumentPayment.payment_id == payment_id))
    if link is None:
        doc = get(s, document_id)
        raise ValidationError("payment", Phrase(
            "Payment #{id} is not linked to {number}.", id=payment_id,
            number=doc.number or f"#{doc.id}"))
    return link


def change_link(s: Session, document_id: int, payment_id: int,
                amount_minor: int) -> DocumentPayment:
    """Correct the part of a payment counted for an invoice: above zero, at most what is left
    of the payment (its other links aside) and what the invoice still owes (this link aside)."""
    link = _link(s, document_id, payment_id)
    payment = s.get(Payment, payment_id)
    assert payment is not None
    others = s.scalar(select(func.coalesce(func.sum(DocumentPayment.amount_minor), 0)).where(
        DocumentPayment.payment_id == payment_id, DocumentPayment.id != link.id)) or 0
    if amount_minor <= 0:
        raise ValidationError("amount", "Enter an amount above zero, or unlink the payment.")
    if amount_minor > payment.amount_minor + payment.fee_minor - others:
        raise ValidationError("amount", "This is more than what is left of the payment.")
    if amount_minor > owed_minor(s, document_id) + link.amount_minor:
        raise ValidationError("amount", "This is more than what is owed on the invoice.")
    link.amount_minor = amount_minor
    s.flush()
    return link


def unlink_payment(s: Session, document_id: int, payment_id: int) -> None:
    s.delete(_link(s, document_id, payment_id))
    s.flush()


def links(s: Session, document_id: int) -> list[tuple[Payment, int]]:
    """The payments linked to an invoice, with the part counted for it, oldest first."""
    return [(p, amount) for p, amount in s.execute(
        select(Payment, DocumentPayment.amount_minor).join(
            DocumentPayment, DocumentPayment.payment_id == Payment.id).where(
            DocumentPayment.document_id == document_id).order_by(
            Payment.received_at, Payment.id)).all()]


def overdue(s: Session, today: date) -> list[Settlement]:
    """Issued invoices past their due date and not fully paid, the oldest due first (Today)."""
    ids = s.scalars(select(Document.id).where(
        Document.kind.in_(("invoice", "deposit")), Document.state == "issued",
        Document.external.is_(False), Document.due_date < today).order_by(
        Document.due_date, Document.id))
    out = [settlement(s, i, today) for i in ids]
    return [x for x in out if x.state == "overdue"]


def candidate_payments(s: Session, document_id: int) -> list[tuple[Payment, int]]:
    """Payments that may settle an issued invoice, with what is left of each: those of its
    order or its client (typed or imported), in its currency, not fully linked yet; the
    order's first, then by date."""
    doc = get(s, document_id)
    used = (select(func.coalesce(func.sum(DocumentPayment.amount_minor), 0))
            .where(DocumentPayment.payment_id == Payment.id).correlate(Payment)
            .scalar_subquery())
    linked = select(DocumentPayment.payment_id).where(DocumentPayment.document_id == doc.id)
    owner = (Payment.client_id == doc.client_id)
    if doc.order_id is not None:
        owner = owner | (Payment.order_id == doc.order_id)
    owner = owner | Payment.order_id.in_(select(Order.id).where(
        Order.client_id == doc.client_id))
    rows = s.execute(select(Payment, Payment.amount_minor + Payment.fee_minor - used).where(
        owner, Payment.currency == doc.currency, Payment.amount_minor > 0,
        Payment.id.not_in(linked)).order_by(
        (Payment.order_id == doc.order_id).desc() if doc.order_id else Payment.received_at,
        Payment.received_at, Payment.id)).all()
    return [(payment, left) for payment, left in rows if left > 0]
