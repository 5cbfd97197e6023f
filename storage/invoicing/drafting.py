"""The texts a writing model drafts for quotes and invoices (issue 17, point 8): a quote's
description and the payment reminder of an unpaid invoice, from the order, its gig and the
client's brief, in the client's language (the document's), for the person to edit.

One home for the Invoices page, Today's overdue card and any command (no Qt, no model here):

- :func:`quote_description_request` / :func:`payment_reminder_request` build a
  :class:`DocumentDraftRequest`: the writing template (``quote-description``,
  ``payment-reminder``: storage/data/templates.json, editable by the person like every
  template) in the document's language, its variables filled from the document, and the
  chat messages for the model. The page turns them into a model request with
  ``assistants.writing.draft_request(req.messages, target=target_words(req.values["length"]))``
  and runs it on the model thread.
- :func:`keep_model_text` keeps what the model wrote, cleaned where it enters (model text is
  untrusted: control characters and the like go, ``storage.cleantext``), as a draft of the
  order (``storage.drafts``: a model version with the model's name). The person edits it in the
  draft editor; ``drafts.record_save`` keeps their edits with who wrote each character, and
  ``drafts.draft_provenance`` says how much of it is theirs, as for every draft.
- :func:`use_quote_description` puts the person's text on the draft quote (its notes, printed
  on the quote).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from storage import drafts
from storage.cleantext import clean_text
from storage.errors import ValidationError
from storage.invoicing.documents import get, to_data, update_draft
from storage.money import format_money
from storage.phrases import Phrase
from storage.tables import Client, Document, Order
from storage.templates import get_template, language_name, render

QUOTE_TEMPLATE = "quote-description"
REMINDER_TEMPLATE = "payment-reminder"

# Dates written in the prompt, in the document's language (prompt text, not interface text).
_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


@dataclass(frozen=True)
class DocumentDraftRequest:
    """What to ask a writing model for a document's text, and where its answer goes."""

    kind: str  # quote-description, payment-reminder (the template's id)
    document_id: int
    order_id: int | None
    language: str  # the document's: the model writes in it
    title: str  # the title of the draft that keeps the model's text
    values: dict[str, str] = field(default_factory=dict)
    messages: list[dict[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class KeptText:
    """The model's text as kept: the draft it went into, the text, the characters removed."""

    draft_id: int
    text: str
    removed: int


def written_date(day: date, language: str) -> str:
    """7 décembre 2026 / 7 December 2026."""
    months = _MONTHS.get(language, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _context(s: Session, doc: Document) -> dict[str, str]:
    """What the document's order, gig and client say: the service, the order, the brief."""
    order = s.get(Order, doc.order_id) if doc.order_id is not None else None
    client = s.get(Client, doc.client_id)
    lines = " ; ".join(line.description for line in doc.lines if line.description.strip())
    order_title = (order.title if order else "") or lines
    gig_title = (order.gig.title if order and order.gig else "") or order_title
    brief = (order.brief if order else "") or lines
    return {"client_name": client.name if client else "", "gig_title": gig_title,
            "order_title": order_title, "brief": brief,
            "language": language_name(doc.language, doc.language)}


def _request(s: Session, doc: Document, template_id: str, values: dict[str, str],
             subject: str) -> DocumentDraftRequest:
    template = get_template(s, template_id, doc.language)
    filled = {**template.defaults, **{k: v.strip() for k, v in values.items() if v.strip()}}
    filled = {name: filled.get(name, "") for name in template.variables}
    return DocumentDraftRequest(
        kind=template_id, document_id=doc.id, order_id=doc.order_id, language=doc.language,
        title=f"{template.title} — {subject}"[:300], values=filled,
        messages=render(template, filled))


def quote_description_request(s: Session, document_id: int) -> DocumentDraftRequest:
    """The request for a quote's description: the gig, the order and the brief, the quote's
    amount and how long it holds, in the quote's language. Refused for anything but a quote."""
    doc = get(s, document_id)
    if doc.kind != "quote":
        raise ValidationError("document", Phrase(
            "Only a quote gets a drafted description; {number} is not one.",
            number=doc.number or f"#{doc.id}"))
    data = to_data(s, doc.id)
    values = _context(s, doc)
    values["amount"] = format_money(data.total_minor, doc.currency, doc.language)
    if doc.valid_until is not None:
        values["valid_until"] = written_date(doc.valid_until, doc.language)
    return _request(s, doc, QUOTE_TEMPLATE, values, values["order_title"])


def payment_reminder_request(s: Session, document_id: int,
                             today: date) -> DocumentDraftRequest:
    """The request for a payment reminder of an issued invoice not fully paid: its number,
    what is left to pay, its due date, the gig, the order and the brief, in the invoice's
    language (the client's)."""
    from storage.invoicing.settlement import settlement

    doc = get(s, document_id)
    if doc.kind not in ("invoice", "deposit") or doc.state != "issued" or doc.external:
        raise ValidationError("document", Phrase(
            "Only an issued invoice of yours gets a payment reminder; {number} is not one.",
            number=doc.number or f"#{doc.id}"))
    state = settlement(s, doc.id, today)
    if state.remaining_minor <= 0:
        raise ValidationError("document", Phrase(
            "Invoice {number} is paid: there is nothing to remind.", number=doc.number))
    values = _context(s, doc)
    values.update(number=doc.number or "",
                  amount=format_money(state.remaining_minor, doc.currency, doc.language),
                  due_date=written_date(doc.due_date, doc.language) if doc.due_date else "")
    return _request(s, doc, REMINDER_TEMPLATE, values, doc.number or f"#{doc.id}")


def keep_model_text(s: Session, request: DocumentDraftRequest, text: str, model_id: str, *,
                    now: datetime | None = None) -> KeptText:
    """Keep what the model wrote for `request` as a new draft of the document's order (or on
    its own), cleaned of the characters a file cannot hold; the person edits it from there.
    ValidationError when nothing is left to keep."""
    cleaned = clean_text(text or "")
    kept = cleaned.text.strip()
    if not kept:
        raise ValidationError("text", "The model wrote nothing: there is no draft to keep.")
    draft = drafts.create_draft(s, request.title, order_id=request.order_id, now=now)
    drafts.record_model_version(s, draft.id, kept, model_id, note=f"template {request.kind}",
                                now=now)
    return KeptText(draft.id, kept, cleaned.removed)


def use_quote_description(s: Session, document_id: int, text: str) -> Document:
    """The person's description (the draft's text as they edited it) on a draft quote: its
    notes, printed on the quote. An issued quote is not changed (ValidationError)."""
    doc = get(s, document_id)
    if doc.kind != "quote":
        raise ValidationError("document", Phrase(
            "Only a quote gets a drafted description; {number} is not one.",
            number=doc.number or f"#{doc.id}"))
    return update_draft(s, document_id, {"notes": clean_text(text or "").text.strip()})
