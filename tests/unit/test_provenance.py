"""The person's share of a text, word by word, against the model's draft; the word diff."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.provenance import (
    Provenance,
    count_words,
    diff,
    provenance,
    provenance_line,
    words,
)

DRAFT = ("Thank you for your order. The article is ready: it covers the new season, "
         "the authors to watch and three events in Brittany.")


def test_all_kept_is_zero() -> None:
    p = provenance(DRAFT, DRAFT, "qwen")
    assert (p.total_words, p.model_words, p.person_words) == (23, 23, 0)
    assert p.percent == 0.0 and p.rounded_percent == 0
    assert p.model_id == "qwen"


def test_all_rewritten_is_a_hundred() -> None:
    final = "Merci beaucoup ! Voici le texte, relu et corrigé selon vos remarques d'hier."
    p = provenance(DRAFT, final)
    assert p.person_words == p.total_words == 12
    assert p.percent == 100.0 and p.rounded_percent == 100


def test_half_changed_is_about_half() -> None:
    model = "one two three four five six seven eight nine ten"
    final = "one two three four five un deux trois quatre cinq"
    assert provenance(model, final).percent == 50.0
    # Every other word changed: still half.
    final = "one deux three quatre five six sept eight neuf ten"
    p = provenance(model, final)
    assert (p.person_words, p.total_words) == (4, 10)
    final = "one 2 three 4 five 6 seven 8 nine 10"
    assert provenance(model, final).percent == 50.0


def test_punctuation_and_spacing_change_no_word() -> None:
    final = ("Thank you for your order!\n\nThe article is ready — it covers the new season, "
             "the authors to watch, and three events in Brittany…  ")
    p = provenance(DRAFT, final)
    assert p.person_words == 0 and p.total_words == 23
    # A change of case is a change of the word.
    assert provenance("hello world", "Hello world").person_words == 1


def test_empty_texts() -> None:
    assert provenance("", "") == Provenance(0, 0, 0)
    assert provenance("", "").percent == 0.0
    assert provenance("", "All mine.").percent == 100.0
    assert provenance(DRAFT, "").total_words == 0
    assert provenance("   ", " ... ").percent == 0.0


def test_deleting_and_adding_words() -> None:
    # Deleted words shorten the text; what is left is still the model's.
    assert provenance(DRAFT, "Thank you for your order.").percent == 0.0
    # Added words are the person's; moved words count as rewritten where they landed.
    p = provenance("a b c d", "a b c d e f g h")
    assert p.percent == 50.0
    p = provenance("a b c d", "c d a b")
    assert (p.model_words, p.person_words) == (2, 2)


def test_rounding_is_honest_at_the_ends() -> None:
    model = " ".join(f"w{i}" for i in range(300))
    one_changed = model.replace("w150", "changed")
    assert provenance(model, one_changed).rounded_percent == 1
    all_but_one = " ".join(f"x{i}" for i in range(299)) + " w299"
    assert provenance(model, all_but_one).rounded_percent == 99
    assert provenance("a b c", "a b X").rounded_percent == 33


def test_words_keep_apostrophes_hyphens_and_accents() -> None:
    assert words("L'été, aujourd’hui : un e-mail à 9h30 !") == [
        "L'été", "aujourd’hui", "un", "e-mail", "à", "9h30"]
    assert count_words("  ") == 0
    assert count_words("Bonjour à tous, c'est prêt.") == 5


def test_diff_opcodes_for_a_known_edit() -> None:
    ops = diff("The quick brown fox jumps.", "The slow brown fox jumps high!")
    assert [(o.tag, o.old, o.new) for o in ops] == [
        ("equal", "The ", "The "),
        ("replace", "quick ", "slow "),
        ("equal", "brown fox jumps.", "brown fox jumps "),
        ("insert", "", "high!"),
    ]
    assert [(o.old_words, o.new_words) for o in ops] == [(1, 1), (1, 1), (3, 3), (0, 1)]
    assert diff("", "") == []
    assert [(o.tag, o.old, o.new) for o in diff("", "Hi")] == [("insert", "", "Hi")]
    assert [(o.tag, o.old, o.new) for o in diff("Hi", "")] == [("delete", "Hi", "")]
    assert [(o.tag, o.old, o.new) for o in diff("...", "!")] == [("replace", "...", "!")]
    assert [(o.tag, o.old, o.new) for o in diff(" - ", "  Hi")] == [("insert", " - ", "  Hi")]


text = st.text(alphabet=st.sampled_from(list("ab c,.\n'é-")), max_size=40)


@given(text, text)
def test_diff_gives_both_texts_back(model: str, final: str) -> None:
    ops = diff(model, final)
    assert "".join(o.old for o in ops) == model
    assert "".join(o.new for o in ops) == final
    p = provenance(model, final)
    assert sum(o.new_words for o in ops if o.tag != "equal") == p.person_words
    assert sum(o.new_words for o in ops) == p.total_words


def test_export_lines() -> None:
    p = provenance("a b c d", "a b x y")
    assert provenance_line(p, "en", "qwen2.5-1.5b") == (
        "AI-assisted: about 50 % of this text was written or changed by a person after a "
        "first draft by qwen2.5-1.5b.")
    p = provenance("a b c d", "a b c d", "mistral-7b")
    assert provenance_line(p, "fr") == (
        "Assisté par IA\u00a0: environ 0\u00a0% de ce texte a été écrit ou modifié par une "
        "personne après un premier jet de mistral-7b.")
    assert provenance_line(Provenance(1, 0, 1), "fr-CA").endswith("premier jet d’un modèle local.")
    assert provenance_line(Provenance(1, 0, 1), "de").startswith("AI-assisted: about 100 %")


@pytest.mark.parametrize("n", [0, 1, 5])
def test_count_words_matches_words(n: int) -> None:
    sample = " ".join(["mot"] * n)
    assert count_words(sample) == len(words(sample)) == n
