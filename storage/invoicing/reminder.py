"""The plain payment reminder of an overdue invoice, in the invoice's language (the client's),
for the person to copy and edit before sending it (Today's overdue card). The local model can
draft a warmer one (storage/invoicing/drafting.payment_reminder_request); this one needs no
model and is always there.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from storage import settings
from storage.invoicing.documents import get
from storage.invoicing.drafting import written_date
from storage.invoicing.settlement import settlement
from storage.money import format_money
from storage.tables import Client

#: the letter, in the invoice's language (text for the client, not the interface)
TEMPLATES = {
    "fr": ("Bonjour {client},\n\n"
           "Sauf erreur de ma part, la facture {number} du {issued}, arrivée à échéance le "
           "{due}, reste impayée : il reste {amount} à régler.\n\n"
           "Pourriez-vous procéder au paiement dans les meilleurs délais ? Si le règlement "
           "est déjà parti, merci de ne pas tenir compte de ce message.\n\n"
           "Bien cordialement,\n{seller}"),
    "en": ("Hello {client},\n\n"
           "Unless I am mistaken, invoice {number} of {issued}, due on {due}, is still "
           "unpaid: {amount} remains to be paid.\n\n"
           "Could you please settle it at your earliest convenience? If the payment is "
           "already on its way, please disregard this message.\n\n"
           "Best regards,\n{seller}"),
}


def reminder_text(s: Session, document_id: int, today: date) -> str:
    """The reminder of an issued invoice not fully paid: its number, dates and what is left,
    in the invoice's language."""
    doc = get(s, document_id)
    state = settlement(s, document_id, today)
    language = doc.language if doc.language in TEMPLATES else "en"
    client = s.get(Client, doc.client_id)
    seller = settings.get(s, "legal_name").strip()
    return TEMPLATES[language].format(
        client=client.name if client else "", number=doc.number or "",
        issued=written_date(doc.issue_date, language) if doc.issue_date else "",
        due=written_date(doc.due_date, language) if doc.due_date else "",
        amount=format_money(state.remaining_minor, doc.currency, language),
        seller=seller).rstrip()
