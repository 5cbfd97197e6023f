"""Issue 18, point 4: a proposal to edit for a buyer request of the inbox, drafted by the local
model in the request's language from the chosen gig, its package and similar past
deliverables, kept through the writer's versions and provenance (storage/proposals.py,
assistants/proposals.py), run on the tiny random model the generation tests use."""

from __future__ import annotations

from typing import Any

import pytest

from assistants.generation import generate_text
from assistants.proposals import prepare_proposal
from storage import drafts, proposals
from storage.cleantext import has_illegal
from storage.errors import ValidationError
from storage.provenance import Authorship
from storage.tables import (
    Deliverable,
    Gig,
    GigPackage,
    Opportunity,
    Order,
    OrderStatus,
    Origin,
)
from tests.factories import order, platform, walk

REQUEST_FR = ("Bonjour, je cherche un logo minimaliste pour ma boulangerie de quartier, "
              "avec les fichiers vectoriels. Budget 80 euros.")
REQUEST_EN = "Hi, I need a minimalist logo for my bakery, with vector files."
REQUEST_AR = "مرحبا، أحتاج إلى شعار بسيط لمخبزي مع ملفات متجهة."
PAST_LOGO = ("Logo livré pour une pâtisserie : un croissant stylisé en trait fin, deux "
             "couleurs, fichiers SVG, PDF et PNG, charte d'une page.")
PAST_SEO = "Article SEO de 1200 mots sur le jardinage urbain."


def _gig(s) -> Gig:
    gig = Gig(title="Logo minimaliste pour commerce", platform=platform(s, "Fiverr"),
              description="Un logo simple et lisible, livré en fichiers vectoriels.")
    gig.packages = [GigPackage(tier="Standard", description="3 propositions, fichiers SVG",
                               price_minor=9000, currency="EUR", delivery_days=4,
                               revisions_included=2)]
    s.add(gig)
    s.flush()
    return gig


def _deliverable(s, gig_id: int | None, title: str, text: str) -> int:
    o = order(s, title=title, gig_id=gig_id)
    d = drafts.create_draft(s, title, order_id=o.id)
    drafts.record_save(s, d.id, "an older text")
    drafts.record_save(s, d.id, text)
    return o.id


def _opportunity(s, text: str, language: str, gig_id: int | None = None) -> int:
    opp = Opportunity(title=text.split(",")[0][:60], text=text, language=language,
                      platform_id=platform(s, "Fiverr").id, client_name="Boulangerie Martin",
                      gig_id=gig_id)
    s.add(opp)
    s.flush()
    return opp.id


@pytest.fixture
def shop(store) -> dict[str, int]:
    with store.transaction() as s:
        gig = _gig(s)
        other = Gig(title="Articles SEO", platform=platform(s, "Fiverr"))
        s.add(other)
        s.flush()
        logo_order = _deliverable(s, gig.id, "Logo pâtisserie", PAST_LOGO)
        _deliverable(s, other.id, "Article jardinage", PAST_SEO)
        return {"gig": gig.id, "package": gig.packages[0].id, "logo_order": logo_order,
                "fr": _opportunity(s, REQUEST_FR, "fr"),
                "en": _opportunity(s, REQUEST_EN, "en"),
                "ar": _opportunity(s, REQUEST_AR, "ar")}


def _content(messages: list[dict[str, str]]) -> str:
    return "\n".join(m["content"] for m in messages)


def test_the_prompt_holds_the_gig_package_and_a_similar_deliverable_in_french(
        store, shop) -> None:
    with store.session() as s:
        prepared = prepare_proposal(s, shop["fr"], gig_id=shop["gig"],
                                    package_id=shop["package"], lang="en")
    p, text = prepared.proposal, _content(prepared.proposal.messages)
    # a French request: French instructions, a French proposal (the app is in English)
    assert (p.language, p.prompt_language) == ("fr", "fr")
    assert "Rédige une proposition" in text and "Écris en français" in text
    assert "Write a proposal" not in text
    for expected in (REQUEST_FR, "Logo minimaliste pour commerce", "livré en fichiers vectoriels",
                     "« Standard » — 3 propositions, fichiers SVG", "90,00\u00a0€",
                     "livré en 4 jours", "2 retouches comprises", "Boulangerie Martin", "Fiverr"):
        assert expected in text, expected
    # the similar past deliverable: its latest text, from an order of the same gig
    assert [w.order_id for w in p.past_work] == [shop["logo_order"]]
    assert PAST_LOGO in text and "an older text" not in text and PAST_SEO not in text
    assert p.title == "Proposal — Bonjour" and p.package_id == shop["package"]
    assert prepared.request.max_new_tokens > 0 and prepared.request.kind == "generate"


def test_an_english_request_gets_english_and_an_arabic_one_the_apps_language(
        store, shop) -> None:
    with store.session() as s:
        en = proposals.proposal_request(s, shop["en"], gig_id=shop["gig"], lang="fr")
        ar_fr = proposals.proposal_request(s, shop["ar"], gig_id=shop["gig"], lang="fr")
        ar_en = proposals.proposal_request(s, shop["ar"], gig_id=shop["gig"], lang="en")
    assert (en.prompt_language, en.language) == ("en", "en")
    assert "Write a proposal" in _content(en.messages) and "Write in English" in \
        _content(en.messages)
    assert "“Standard” — 3 propositions, fichiers SVG; €90.00; delivered in 4 days; " \
           "2 revisions included" in _content(en.messages)
    # the only package of the gig is taken when none is chosen
    assert en.package_id == shop["package"]
    # Arabic: the instructions in the app's language, the proposal asked for in Arabic
    assert (ar_fr.prompt_language, ar_fr.language) == ("fr", "ar")
    assert "Écris en arabe" in _content(ar_fr.messages) and REQUEST_AR in \
        _content(ar_fr.messages)
    assert (ar_en.prompt_language, ar_en.language) == ("en", "ar")
    assert "Write in Arabic" in _content(ar_en.messages)
    assert ar_fr.title.startswith("Proposition — ")


def test_the_similar_orders_of_the_match_come_first_and_texts_are_shortened(
        store, shop) -> None:
    long_text = "Une charte graphique complète. " * 60
    with store.transaction() as s:
        matched = _deliverable(s, None, "Charte graphique", long_text)
        works = proposals.similar_past_work(s, REQUEST_FR, shop["gig"],
                                            similar_order_ids=[matched])
    assert [w.order_id for w in works] == [matched, shop["logo_order"]]
    assert len(works[0].text) <= proposals.PAST_WORK_CHARS + 1 and works[0].text.endswith("…")


def test_without_similar_orders_given_the_match_finds_them(store, shop) -> None:
    from storage import match_index

    with store.transaction() as s:
        o = order(s, title="Logo minimaliste pour une boulangerie",
                  brief="Logo minimaliste, boulangerie, fichiers vectoriels")
        walk(s, o, OrderStatus.IN_PROGRESS, OrderStatus.DELIVERED, OrderStatus.COMPLETED)
        d = drafts.create_draft(s, "Logo boulangerie", order_id=o.id)
        drafts.record_save(s, d.id, "Logo livré : une miche stylisée, fichiers SVG.")
        match_index.refresh(s)
    with store.session() as s:
        prepared = prepare_proposal(s, shop["fr"], gig_id=shop["gig"])
    # the match's similar order first (another gig), then the gig's own past order
    assert [w.order_id for w in prepared.proposal.past_work] == [o.id, shop["logo_order"]]
    assert "une miche stylisée" in _content(prepared.proposal.messages)


def test_a_wrong_gig_or_package_is_refused_in_words(store, shop) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError, match="Choose the gig"):
            proposals.proposal_request(s, shop["fr"])
        with pytest.raises(ValidationError, match="There is no opportunity #999"):
            proposals.proposal_request(s, 999, gig_id=shop["gig"])
        other = proposals.proposal_request(s, shop["fr"], gig_id=shop["gig"]).package_id
        seo_gig = s.query(Gig).filter(Gig.title == "Articles SEO").one().id
        with pytest.raises(ValidationError, match="This package belongs to another gig"):
            proposals.proposal_request(s, shop["fr"], gig_id=seo_gig, package_id=other)


def test_the_proposal_is_kept_as_a_model_version_linked_to_the_opportunity(
        store, shop, loaded_causal: Any) -> None:
    with store.session() as s:
        prepared = prepare_proposal(s, shop["fr"], gig_id=shop["gig"], lang="fr")
    written, _ = generate_text(loaded_causal.model, loaded_causal.tokenizer,
                               prepared.request.messages, max_new_tokens=24, temperature=0.8,
                               seed=3)
    assert written.strip()
    hostile = "\x07" + written.replace(" ", " \x1b", 2) + "\x00\ufffe"
    with store.transaction() as s:
        kept = proposals.keep_proposal(s, shop["fr"], hostile, "tiny-llama", lang="fr")
        # the model's control characters are cleaned before they are kept
        assert not has_illegal(kept.text) and kept.removed == 5 and kept.created
        assert kept.text == written.strip()
        draft = drafts.get_draft(s, kept.draft_id)
        assert draft.order_id is None and draft.title == "Proposition — Bonjour"
        assert s.get(Opportunity, shop["fr"]).proposal_id == kept.draft_id
        version = drafts.latest_version(s, kept.draft_id)
        assert (version.origin, version.text, version.model_id) == (
            Origin.AI, kept.text, "tiny-llama")
        # the person edits it: the provenance says how much is theirs
        edited = kept.text + " Livraison en deux jours."
        drafts.record_save(s, kept.draft_id, edited,
                           authorship=Authorship.from_diff(kept.text, edited))
        share = drafts.draft_provenance(s, kept.draft_id)
        assert share is not None and share.model > 0
        assert share.person == len("Livraisonendeuxjours.")
    with store.transaction() as s, pytest.raises(ValidationError, match="nothing"):
        proposals.keep_proposal(s, shop["fr"], "\x07\x00 ", "tiny-llama")


def test_a_second_proposal_adds_a_version_to_the_same_draft(store, shop) -> None:
    with store.transaction() as s:
        first = proposals.keep_proposal(s, shop["en"], "First proposal.", "tiny-llama")
        drafts.autosave(s, first.draft_id, "First proposal, my edits.")  # not yet a version
    with store.transaction() as s:
        second = proposals.keep_proposal(s, shop["en"], "Second proposal.", "tiny-llama")
        assert second.draft_id == first.draft_id and not second.created
        assert s.query(Deliverable).filter(Deliverable.order_id.is_(None)).count() == 1
        history = [(v.origin, v.text) for v in drafts.list_versions(s, first.draft_id)]
        assert history == [(Origin.AI, "First proposal."),
                           (Origin.HUMAN, "First proposal, my edits."),
                           (Origin.AI, "Second proposal.")]
        assert drafts.open_text(s, first.draft_id) == "Second proposal."


def test_a_proposal_for_a_server_leaves_out_the_past_work_of_kept_local_clients(
        store, shop) -> None:
    """Routed to an inference server, the prompt holds no deliverable of a client kept on this
    computer (neither a match's similar order nor one of the gig's own); locally it does."""
    from storage import privacy
    from tests.factories import client

    with store.transaction() as s:
        kept = client(s, "Pâtisserie Secrète")
        privacy.set_keep_local(s, kept.id, True)
        s.get(Order, shop["logo_order"]).client_id = kept.id
        matched = _deliverable(s, None, "Charte graphique", "Une charte graphique complète.")
        s.get(Order, matched).client_id = kept.id
    with store.session() as s:
        local = prepare_proposal(s, shop["fr"], gig_id=shop["gig"], lang="fr",
                                 similar_order_ids=[matched])
        sent = prepare_proposal(s, shop["fr"], gig_id=shop["gig"], lang="fr",
                                similar_order_ids=[matched], for_server=True)
    assert [w.order_id for w in local.proposal.past_work] == [matched, shop["logo_order"]]
    assert sent.proposal.past_work == []
    text = _content(sent.proposal.messages)
    assert PAST_LOGO not in text and "charte graphique" not in text.lower()
