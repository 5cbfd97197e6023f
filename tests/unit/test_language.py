"""The language of a buyer request, from its script and its small words."""

from __future__ import annotations

import pytest

from storage.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("Bonjour, je cherche un logo pour ma boulangerie", "fr"),
    ("logo pour ma boulangerie", "fr"),
    ("Création d'un logo", "fr"),
    ("J'ai besoin d'une traduction de mon site, c'est urgent", "fr"),
    # Québec French: its own small words
    ("Allo, chu pressé pis j'ai besoin d'un logo pour mon char, tsé", "fr"),
    ("Envoie-moi ça par courriel icitte", "fr"),
    ("I need a minimalist logo for my bakery, vector files", "en"),
    ("need a logo", "en"),
    ("Hi! Looking for someone to write 5 SEO articles about hiking", "en"),
    ("أريد تصميم شعار لمخبزتي", "ar"),
    ("مرحبا، أحتاج إلى ترجمة موقعي من العربية إلى الفرنسية", "ar"),
])
def test_short_requests_get_their_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_a_mixed_request_takes_the_language_most_of_it_is_in() -> None:
    # Mostly French with an English phrase
    assert detect_language("Bonjour, je voudrais un logo pour ma boutique, something modern "
                           "svp, avec les fichiers vectoriels") == "fr"
    # Mostly English with a French word
    assert detect_language("Hi, I need a logo for my boulangerie, with the vector files "
                           "please") == "en"
    # Arabic with a Latin brand name is Arabic
    assert detect_language("أريد شعار لمتجر Nike الخاص بي") == "ar"


@pytest.mark.parametrize("text", ["", "   ", "12345", "logo SEO", "!!!"])
def test_no_sign_either_way_is_no_language(text: str) -> None:
    assert detect_language(text) == ""
