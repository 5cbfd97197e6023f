"""Point 8 of issue 17: a quote's description and a payment reminder drafted by the local model
from the gig and the brief, in the client's language, kept as a draft the person edits
(storage/invoicing/drafting.py), run on the tiny random model the generation tests use."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistants.generation import generate_text
from storage import drafts
from storage.cleantext import has_illegal
from storage.errors import ValidationError
from storage.invoicing import documents as docs
from storage.invoicing import drafting
from storage.provenance import Authorship
from storage.tables import Document, Gig, OrderStatus
from tests.factories import client, order, platform, walk
from tests.unit.test_invoicing import france

TODAY = date(2026, 6, 15)
BRIEF = "Vingt fiches produits pour la boutique de thés, ton chaleureux"


@pytest.fixture
def fr(store):
    with store.transaction() as s:
        france(s)
    return store


def _order(s, language: str = "fr", title: str = "Fiches produits — thés"):
    gig = Gig(title="Rédaction de fiches produits", platform=platform(s, "Direct"))
    s.add(gig)
    s.flush()
    c = client(s, "Maison Théière" if language == "fr" else "Teapot Ltd",
               language=language, address="12 quai Est\n69002 Lyon")
    return order(s, client_obj=c, title=title, price_minor=45000, brief=BRIEF, gig_id=gig.id)


def _content(request: drafting.DocumentDraftRequest) -> str:
    return "\n".join(m["content"] for m in request.messages)


def test_the_quote_description_request_carries_the_gig_the_brief_and_the_amount(fr) -> None:
    with fr.transaction() as s:
        quote = docs.create_draft(s, "quote", today=TODAY, order_id=_order(s).id)
        request = drafting.quote_description_request(s, quote.id)
    text = _content(request)
    assert request.kind == "quote-description" and request.language == "fr"
    for expected in ("Rédaction de fiches produits", BRIEF, "Fiches produits — thés",
                     "Maison Théière", "450,00\u00a0€", "15 juillet 2026", "français"):
        assert expected in text, expected
    assert request.title == "Description du devis — Fiches produits — thés"


def test_the_reminder_request_carries_the_number_amount_due_date_gig_and_brief(fr) -> None:
    with fr.transaction() as s:
        o = _order(s, language="en", title="Product pages — teas")
        walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
        invoice_id = docs.create_draft(s, "invoice", today=TODAY, order_id=o.id).id
    docs.issue(fr, invoice_id, TODAY)
    with fr.session() as s:
        request = drafting.payment_reminder_request(s, invoice_id, date(2026, 8, 1))
        with pytest.raises(ValidationError, match="Only an issued invoice"):
            quote = docs.create_draft(s, "quote", today=TODAY, client_id=s.get(
                Document, invoice_id).client_id, lines=[docs.LineInput("Étude", 1000)])
            drafting.payment_reminder_request(s, quote.id, TODAY)
        s.rollback()
    text = _content(request)
    assert request.language == "en"  # the client's language
    for expected in ("2026-0001", "€450.00", "15 July 2026", "Rédaction de fiches produits",
                     BRIEF, "Product pages — teas", "Teapot Ltd", "English"):
        assert expected in text, expected


def test_the_model_text_is_cleaned_and_kept_as_a_draft_the_person_edits(
        fr, loaded_causal: Any) -> None:
    with fr.transaction() as s:
        o = _order(s)
        quote_id = docs.create_draft(s, "quote", today=TODAY, order_id=o.id).id
        request = drafting.quote_description_request(s, quote_id)
    written, _ = generate_text(loaded_causal.model, loaded_causal.tokenizer, request.messages,
                               max_new_tokens=24, temperature=0.8, seed=3)
    assert written.strip()
    hostile = "\x07" + written.replace(" ", " \x1b", 2) + "\x00\ufffe"
    with fr.transaction() as s:
        kept = drafting.keep_model_text(s, request, hostile, "tiny-llama")
        assert not has_illegal(kept.text) and kept.removed == 5
        assert kept.text == written.strip()
        draft = drafts.get_draft(s, kept.draft_id)
        assert (draft.order_id, draft.title) == (o.id, request.title)
        version = drafts.latest_version(s, kept.draft_id)
        assert (version.text, version.model_id) == (kept.text, "tiny-llama")
        # the person edits it: their share is known, as for every draft
        edited = kept.text + " Livraison en deux lots."
        authorship = Authorship.from_diff(kept.text, edited)
        drafts.record_save(s, kept.draft_id, edited, authorship=authorship)
        share = drafts.draft_provenance(s, kept.draft_id)
        assert share is not None and share.model > 0
        assert (share.unit, share.person) == ("characters", len("Livraisonendeuxlots."))
        doc = drafting.use_quote_description(s, quote_id, edited + "\x07")
        assert doc.notes == edited
    with fr.transaction() as s, pytest.raises(ValidationError, match="nothing"):
        drafting.keep_model_text(s, request, "\x07\x00 ", "tiny-llama")
