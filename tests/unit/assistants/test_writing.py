"""The writer's requests (assistants.writing): the prompts, the token budget and the temperature
of a template draft, a rewrite, a translation and Continue, without Qt or a model."""

from __future__ import annotations

import pytest

from assistants import writing
from assistants.writing import (
    continue_text,
    draft_request,
    prepare_template_draft,
    rewrite,
    split_selection,
    target_state,
    target_words,
    template_draft,
)
from storage.errors import ValidationError
from storage.templates import default_template, render
from tests.factories import client, order

FIVE_WORDS = "one two three four five"


def test_target_words_reads_the_length_variable() -> None:
    assert target_words("about 150 words") == 150
    assert target_words("120 to 180 words") == 180
    assert target_words("moins de 100 mots") == 100
    assert target_words("three paragraphs") == 0
    assert target_words("60 characters") == 0


def test_a_text_against_its_target_length() -> None:
    assert [target_state(w, 100) for w in (89, 90, 100, 110, 111)] == [
        "short", "met", "met", "met", "over"]


def test_a_template_draft_follows_the_target_length() -> None:
    template = default_template("seo-meta", "en")
    values = {"language": "English", "brief": "A bookshop in Brest", "keywords": "books"}
    request = template_draft(template, values)
    assert request.kind == "generate"
    assert request.messages == render(template, values)
    assert (request.max_new_tokens, request.temperature) == (600, 0.7)  # no target
    assert template_draft(template, values, target=150).max_new_tokens == 304
    assert template_draft(template, values, target=10).max_new_tokens == 80
    assert template_draft(template, values, target=20_000).max_new_tokens == 2048
    assert template_draft(template, values, target=150, max_new_tokens=24).max_new_tokens == 24
    # Regenerate: the same messages, written more freely
    again = draft_request(request.messages, target=150, again=True)
    assert (again.messages, again.max_new_tokens, again.temperature) == (
        request.messages, 304, 0.9)
    with pytest.raises(ValidationError) as exc:
        template_draft(template, {**values, "brief": " "})
    assert exc.value.field == "brief"


@pytest.mark.parametrize(("kind", "tokens", "temperature", "instruction"), [
    ("shorter", 40, 0.7, "Rewrite this text shorter, keeping its meaning and its language:"),
    ("longer", 56, 0.7, "Rewrite this text longer and more detailed"),
    ("formal", 44, 0.7, "Rewrite this text in a more formal tone"),
    ("friendly", 44, 0.7, "Rewrite this text in a friendlier, warmer tone"),
    ("grammar", 44, 0.3, "Correct the grammar, spelling and punctuation of this text."),
])
def test_rewrites_ask_for_the_kind_with_a_budget_from_the_words(
        kind: str, tokens: int, temperature: float, instruction: str) -> None:
    request = rewrite(kind, f"  {FIVE_WORDS}\n", "en")
    assert (request.kind, request.max_new_tokens, request.temperature) == (
        kind, tokens, temperature)
    system, user = request.messages
    assert system == {"role": "system", "content": writing.INSTRUCTIONS["en"]["system"]}
    assert user["role"] == "user"
    assert user["content"].startswith(instruction)
    assert user["content"].endswith(f"\n\n{FIVE_WORDS}")  # the words, without blank ends


def test_a_translation_names_the_language_in_the_interfaces_language() -> None:
    request = rewrite("translate", FIVE_WORDS, "fr", to="en")
    assert (request.kind, request.max_new_tokens, request.temperature) == (
        "translate-en", 48, 0.3)
    assert request.messages[1]["content"].startswith(
        "Traduis ce texte en anglais, en gardant son sens")
    assert request.messages[0]["content"] == writing.INSTRUCTIONS["fr"]["system"]
    # the page's kinds ("translate-fr") and language codes as a client's are written
    assert rewrite("translate-fr", FIVE_WORDS, "en").messages == rewrite(
        "translate", FIVE_WORDS, "en", to="FR-ca").messages
    assert "into French" in rewrite("translate-fr", FIVE_WORDS, "en").messages[1]["content"]
    # a language without instructions: English ones
    assert rewrite("shorter", FIVE_WORDS, "de").messages == rewrite(
        "shorter", FIVE_WORDS, "en").messages


@pytest.mark.parametrize(("kind", "text", "to", "field"), [
    ("translate", FIVE_WORDS, None, "to"),
    ("shorter", FIVE_WORDS, "fr", "to"),
    ("translate", FIVE_WORDS, "klingon", "to"),
    ("poem", FIVE_WORDS, None, "kind"),
    ("shorter", " \n ", None, "text"),
])
def test_a_rewrite_that_cannot_be_asked_is_refused_with_its_field(
        kind: str, text: str, to: str | None, field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        rewrite(kind, text, "en", to=to)
    assert exc.value.field == field
    assert exc.value.message.endswith(".")


def test_continue_writes_on_from_the_text() -> None:
    request = continue_text("Bonjour Martin,", "fr")
    assert (request.kind, request.max_new_tokens, request.temperature) == ("continue", 256, 0.7)
    assert request.messages[1]["content"] == (
        writing.INSTRUCTIONS["fr"]["continue"] + "\n\nBonjour Martin,")
    with pytest.raises(ValidationError):
        continue_text("  ", "en")


def test_a_selection_keeps_its_blank_ends() -> None:
    assert split_selection("  two words \n") == ("  ", "two words", " \n")
    assert split_selection("word") == ("", "word", "")


def test_a_template_draft_from_the_store(store) -> None:
    with store.transaction() as s:
        c = client(s, "Librairie Côté Mer", language="fr")
        order_id = order(s, title="Fiches produits", client_obj=c,
                         brief="Vingt fiches pour la boutique").id
    with store.session() as s:
        prepared = prepare_template_draft(s, "delivery-message", "fr", order_id=order_id,
                                          overrides={"tone": "chaleureux"},
                                          max_new_tokens=16, temperature=0.5)
        assert prepared.title == "Message de livraison — Fiches produits"
        assert prepared.values["tone"] == "chaleureux"
        assert prepared.values["language"] == "français"
        assert (prepared.request.max_new_tokens, prepared.request.temperature) == (16, 0.5)
        assert prepared.request.messages == render(prepared.template, prepared.values)
        with pytest.raises(ValidationError, match="has no variable budget"):
            prepare_template_draft(s, "article", "en", overrides={"budget": "5"})
        with pytest.raises(ValidationError, match=r"needs a value for \{brief\}"):
            prepare_template_draft(s, "article", "en")
