"""Writing templates: shipped defaults in two languages, the person's edits, variables."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage import templates as tpl
from storage.errors import ValidationError
from storage.tables import PromptTemplate
from tests.factories import client, gig_with_packages, order

IDS = ("gig-description", "proposal", "client-reply", "delivery-message", "article",
       "product-description", "seo-meta", "quote-description", "payment-reminder",
       "inbox-proposal")


def rows(s) -> int:
    return s.scalar(select(func.count(PromptTemplate.id)))


def test_the_shipped_templates_in_english_and_french(store) -> None:
    assert tpl.builtin_ids() == IDS
    with store.session() as s:
        en, fr = tpl.list_templates(s, "en"), tpl.list_templates(s, "fr")
    assert [t.id for t in en] == [t.id for t in fr] == list(IDS)
    assert en[1].title == "Proposal (cover letter)"
    assert fr[1].title == "Proposition (lettre de motivation)"
    assert fr[6].title == "Titre SEO et méta-description"
    for t_en, t_fr in zip(en, fr, strict=True):
        assert t_en.builtin and not t_en.edited
        assert (t_en.language, t_fr.language) == ("en", "fr")
        # Both languages ask for the same things, and each one names the output language.
        assert set(t_en.variables) == set(t_fr.variables)
        assert "language" in t_en.variables
        assert set(t_en.variables) <= set(tpl.known_variables())
        assert t_en.description and t_fr.description
    article = next(t for t in en if t.id == "article")
    assert article.variables == ("language", "brief", "keywords", "tone", "length")
    assert tpl.variable_label("keywords", "fr") == "Mots-clés"
    assert tpl.variable_label("budget", "fr") == "budget"


def test_variables_come_from_the_order_its_client_and_gig(store) -> None:
    with store.transaction() as s:
        c = client(s, "Librairie Côté Mer", language="fr")
        g = gig_with_packages(s, "Rédaction web SEO", tags="librairie, Bretagne, livres")
        o = order(s, title="Article sur la rentrée littéraire", client_obj=c, gig_id=g.id,
                  brief="Un article de blog sur les nouveautés de septembre.")
        order_id = o.id
    with store.session() as s:
        values = tpl.variables_for_order(s, order_id)
        assert values == {
            "brief": "Un article de blog sur les nouveautés de septembre.",
            "order_title": "Article sur la rentrée littéraire",
            "client_name": "Librairie Côté Mer", "language": "French", "platform": "Fiverr",
            "gig_title": "Rédaction web SEO", "keywords": "librairie, Bretagne, livres",
        }
        assert tpl.variables_for_order(s, order_id, lang="fr")["language"] == "français"

        article = tpl.get_template(s, "article", "en")
        filled = tpl.resolve_variables(s, article, order_id=order_id,
                                       overrides={"tone": "warm"})
    assert filled == {"language": "French",
                      "brief": "Un article de blog sur les nouveautés de septembre.",
                      "keywords": "librairie, Bretagne, livres", "tone": "warm",
                      "length": "about 800 words"}
    system, user = tpl.render(article, filled)
    assert system["role"] == "system" and "Write in French." in system["content"]
    assert user["role"] == "user"
    assert "Un article de blog sur les nouveautés de septembre." in user["content"]
    assert "Keywords to include naturally: librairie, Bretagne, livres. Tone: warm." \
        in user["content"]
    assert "{" not in system["content"] + user["content"]


def test_an_order_without_gig_takes_the_templates_defaults(store) -> None:
    with store.transaction() as s:
        order_id = order(s, brief="Relire 40 pages").id
    with store.session() as s:
        t = tpl.get_template(s, "delivery-message", "fr")
        values = tpl.resolve_variables(s, t, order_id=order_id)
    assert values["tone"] == "professionnel et chaleureux"
    assert values["length"] == "moins de 100 mots"
    assert values["platform"] == "Direct"
    assert "Relire 40 pages" in tpl.render(t, values)[-1]["content"]


def test_a_missing_variable_is_named(store) -> None:
    with store.session() as s:
        t = tpl.get_template(s, "client-reply", "en")
        values = tpl.resolve_variables(s, t, overrides={"client_name": "Ana"})
    assert tpl.missing_variables(t, values) == ["order_title", "message"]
    with pytest.raises(ValidationError) as exc:
        tpl.render(t, values)
    assert exc.value.field == "order_title"
    assert "{order_title}, {message}" in exc.value.message
    # A blank value typed by the person counts as missing too.
    with store.session() as s:
        values = tpl.resolve_variables(s, t, overrides={
            "client_name": "Ana", "order_title": "Logo", "message": "Hi", "tone": "  "})
    with pytest.raises(ValidationError) as exc:
        tpl.render(t, values)
    assert exc.value.field == "tone"


def test_unknown_template_and_order(store) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError) as exc:
            tpl.get_template(s, "sonnet", "en")
        assert exc.value.field == "template" and "gig-description" in exc.value.message
        with pytest.raises(ValidationError) as exc:
            tpl.variables_for_order(s, 999)
        assert exc.value.field == "order" and "#999" in exc.value.message


def test_editing_a_shipped_template_and_resetting_it(store) -> None:
    with store.transaction() as s:
        edited = tpl.save_template(s, "proposal", "fr", title="Ma proposition",
                                   system="Écris en {language}.",
                                   prompt="Réponds à {client_name} : {brief}")
    assert edited.edited and edited.builtin and edited.variables == (
        "language", "client_name", "brief")
    with store.session() as s:
        assert tpl.get_template(s, "proposal", "fr").title == "Ma proposition"
        assert tpl.get_template(s, "proposal", "en").title == "Proposal (cover letter)"
        listed = {t.id: t for t in tpl.list_templates(s, "fr")}
        assert listed["proposal"].edited and listed["proposal"].prompt.startswith("Réponds")
        # The shipped defaults stay with an edited template.
        assert listed["proposal"].defaults["length"] == "120 à 180 mots"
    with store.transaction() as s:
        tpl.save_template(s, "proposal", "fr", title="Encore", system="", prompt="{brief}")
        assert rows(s) == 1
        tpl.reset_template(s, "proposal")
    with store.session() as s:
        assert tpl.get_template(s, "proposal", "fr") == tpl.default_template("proposal", "fr")
        assert rows(s) == 0


def test_own_templates(store) -> None:
    with store.transaction() as s:
        a = tpl.add_template(s, "fr", title="Newsletter mensuelle",
                             prompt="Une newsletter sur {brief}, ton {tone}.")
        b = tpl.add_template(s, "fr", title="Newsletter mensuelle !", prompt="{brief}")
    assert (a.id, b.id) == ("my-newsletter-mensuelle", "my-newsletter-mensuelle-2")
    assert not a.builtin and not a.edited
    assert a.variables == ("language", "brief", "tone")  # the shipped system message
    with store.session() as s:
        assert [t.id for t in tpl.list_templates(s, "en")] == [*IDS, a.id, b.id]
        # Only in French: listed and found in French whatever language is asked.
        assert tpl.get_template(s, a.id, "en").language == "fr"
        values = tpl.resolve_variables(s, a, overrides={"brief": "les salons du livre"})
        assert values == {"language": "français", "brief": "les salons du livre",
                          "tone": "professionnel et chaleureux"}
    with store.transaction() as s:
        assert tpl.save_template(s, a.id, "en", title="Monthly newsletter",
                                 system="", prompt="{brief}").language == "en"
        with pytest.raises(ValidationError) as exc:
            tpl.reset_template(s, a.id)
        assert "delete it instead" in exc.value.message
        with pytest.raises(ValidationError):
            tpl.delete_template(s, "article")
        tpl.delete_template(s, a.id)
        assert [t.id for t in tpl.list_templates(s, "en")][-1] == b.id
        with pytest.raises(ValidationError):
            tpl.delete_template(s, a.id)


@pytest.mark.parametrize(("fields", "field"), [
    ({"title": "  ", "prompt": "{brief}"}, "title"),
    ({"title": "x" * 301, "prompt": "{brief}"}, "title"),
    ({"title": "Mine", "prompt": " \n"}, "prompt"),
    ({"title": "Mine", "prompt": "y" * 20_001}, "prompt"),
])
def test_bad_template_text_writes_nothing(store, fields: dict, field: str) -> None:
    with store.session() as s, s.begin():
        for call in (lambda: tpl.add_template(s, "en", **fields),
                     lambda: tpl.save_template(s, "article", "en", system="", **fields)):
            with pytest.raises(ValidationError) as exc:
                call()
            assert exc.value.field == field
        assert rows(s) == 0
    with store.session() as s, s.begin(), pytest.raises(ValidationError) as exc:
        tpl.add_template(s, "de", title="Mine", prompt="{brief}")
    assert exc.value.field == "language"
    with store.session() as s, s.begin(), pytest.raises(ValidationError) as exc:
        tpl.save_template(s, "nope", "en", title="Mine", system="", prompt="{brief}")
    assert exc.value.field == "template"


def test_filling_is_one_pass_and_leaves_other_braces_alone() -> None:
    t = tpl.Template(id="t", language="en", title="T", description="", system="",
                     prompt="Brief: {brief}. JSON: {\"a\": 1} {1} { brief }")
    assert t.variables == ("brief",)
    messages = tpl.render(t, {"brief": "  about {tone}  "})
    assert messages == [{"role": "user",
                         "content": "Brief: about {tone}. JSON: {\"a\": 1} {1} { brief }"}]


@pytest.mark.parametrize(("value", "lang", "name"), [
    ("fr", "en", "French"), ("fr-CA", "en", "French"), ("FR", "fr", "français"),
    ("en_GB", "fr", "anglais"), ("ar", "fr", "arabe"), ("Wolof", "en", "Wolof"), ("", "en", ""),
])
def test_language_names(value: str, lang: str, name: str) -> None:
    assert tpl.language_name(value, lang) == name


def test_variables_without_the_store_are_the_defaults_and_what_was_typed() -> None:
    article = tpl.default_template("article", "en")
    values = tpl.resolve_variables_offline(article, {"brief": "A bookshop", "tone": ""})
    assert list(values) == list(article.variables)
    assert values["brief"] == "A bookshop"
    assert values["tone"] == ""  # a blank typed value stays blank
    assert values["language"] == article.defaults.get("language", "")
    assert tpl.resolve_variables_offline(article)["brief"] == ""
