"""Sentence segmentation: French and English abbreviations, numbers, quotes, rules overrides."""

from __future__ import annotations

import pytest

from storage.documents import SegmentationRules, read_document, split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    # English abbreviations and titles
    ("Dr. Smith arrived. He was late.", ["Dr. Smith arrived.", "He was late."]),
    ("Mr. and Mrs. Brown left. Then it rained.",
     ["Mr. and Mrs. Brown left.", "Then it rained."]),
    ("Use a tool, e.g. Python. It works.", ["Use a tool, e.g. Python.", "It works."]),
    ("Some fruits, i.e. Apples, are red.", ["Some fruits, i.e. Apples, are red."]),
    ("He lives on St. James Street. Nice.", ["He lives on St. James Street.", "Nice."]),
    ("Acme Inc. makes tools. They sell well.", ["Acme Inc. makes tools.", "They sell well."]),
    ("He works for Acme Inc. The pay is good.", ["He works for Acme Inc.", "The pay is good."]),
    ("Apples, pears, etc. and more.", ["Apples, pears, etc. and more."]),
    ("Apples, pears, etc. The rest is gone.", ["Apples, pears, etc.", "The rest is gone."]),
    ("See Prof. Jones, cf. Chapter 2.", ["See Prof. Jones, cf. Chapter 2."]),
    # Initials and dotted abbreviations
    ("J. K. Rowling wrote it. Everyone read it.",
     ["J. K. Rowling wrote it.", "Everyone read it."]),
    ("The U.S. Army came at 5 a.m. Sharp.", ["The U.S. Army came at 5 a.m. Sharp."]),
    # Numbers never break
    ("It costs 3.5 dollars. Cheap.", ["It costs 3.5 dollars.", "Cheap."]),
    ("Le total est de 1 000,50 €. Merci.", ["Le total est de 1 000,50 €.", "Merci."]),
    ("Rendez-vous le 12.03.2025 à Paris. Ne soyez pas en retard.",
     ["Rendez-vous le 12.03.2025 à Paris.", "Ne soyez pas en retard."]),
    ("Version 2.0. Next release soon.", ["Version 2.0.", "Next release soon."]),
    ("See p. 12 for details.", ["See p. 12 for details."]),
    ("1. Introduction to the topic", ["1. Introduction to the topic"]),
    ("Il est né en 1950. 2 ans plus tard, il partit.",
     ["Il est né en 1950. 2 ans plus tard, il partit."]),
    # French abbreviations
    ("M. Dupont est arrivé. Il était en retard.", ["M. Dupont est arrivé.", "Il était en retard."]),
    ("Mme Durand et Mlle Martin sont là. Bienvenue.",
     ["Mme Durand et Mlle Martin sont là.", "Bienvenue."]),
    ("Des fruits, p. ex. Pommes et poires. Voilà.",
     ["Des fruits, p. ex. Pommes et poires.", "Voilà."]),
    ("Voir l'art. 3 du contrat. Il s'applique.", ["Voir l'art. 3 du contrat.", "Il s'applique."]),
    ("Consultez le n° 5, c.-à-d. Le dernier.", ["Consultez le n° 5, c.-à-d. Le dernier."]),
    ("Le Dr. Martin consulte. Prenez rendez-vous.",
     ["Le Dr. Martin consulte.", "Prenez rendez-vous."]),
    ("Il vécut en 52 av. J.-C. Rome était puissante.",
     ["Il vécut en 52 av. J.-C.", "Rome était puissante."]),
    # French spacing before ? ! : ; and guillemets
    ("Vraiment ? Oui, vraiment !", ["Vraiment ?", "Oui, vraiment !"]),
    ("Quoi ? dit-il. Rien.", ["Quoi ? dit-il.", "Rien."]),
    ("« Il fait beau ! », dit-il. Elle sourit.", ["« Il fait beau ! », dit-il.", "Elle sourit."]),
    ("Il dit : « Bonjour. » Puis il partit.", ["Il dit : « Bonjour. »", "Puis il partit."]),
    ("Il dit\u00a0: «\u00a0Entrez\u00a0!\u00a0» Elle entra.",
     ["Il dit\u00a0: «\u00a0Entrez\u00a0!\u00a0»", "Elle entra."]),
    ("Attention : ceci ; cela. Fin.", ["Attention : ceci ; cela.", "Fin."]),
    # Ellipses and quotes
    ("Il hésita... Puis il partit.", ["Il hésita...", "Puis il partit."]),
    ("Attends… je réfléchis.", ["Attends… je réfléchis."]),
    ("Wait… What?! No.", ["Wait…", "What?!", "No."]),
    ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ("He left. “Where?” she asked.", ["He left.", "“Where?” she asked."]),
    ("— Bonjour. — Salut.", ["— Bonjour.", "— Salut."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_placeholders_are_looked_through_and_pairs_never_cut() -> None:
    text = "⟨1⟩Notice of Intent⟨/1⟩. The Department will ⟨2⟩act⟨/2⟩. ⟨3⟩Now.⟨/3⟩ Done."
    assert split_sentences(text) == [
        "⟨1⟩Notice of Intent⟨/1⟩.", "The Department will ⟨2⟩act⟨/2⟩.", "⟨3⟩Now.⟨/3⟩", "Done."]
    # A bold phrase spanning two sentences keeps them together.
    assert split_sentences("⟨1⟩One. Two.⟨/1⟩ Three.") == ["⟨1⟩One. Two.⟨/1⟩", "Three."]


def test_rules_can_be_overridden_per_project() -> None:
    text = "La Cie. Dupont livre. Le Dr. Martin signe. Fin."
    assert split_sentences(text) == ["La Cie. Dupont livre.", "Le Dr. Martin signe.", "Fin."]
    rules = SegmentationRules(abbreviations=frozenset({"livre"}),
                              not_abbreviations=frozenset({"Dr."}))
    assert split_sentences(text, rules) == [
        "La Cie. Dupont livre. Le Dr.", "Martin signe.", "Fin."]
    assert split_sentences(text, SegmentationRules(split_sentences=False)) == [text]
    assert SegmentationRules.from_dict(rules.to_dict()) == rules
    assert SegmentationRules.from_dict(None) == SegmentationRules()


def test_structure_first_then_sentences() -> None:
    data = "Première phrase. Deuxième phrase.\nUne autre ligne.".encode()
    doc = read_document(data, "notes.txt")
    assert [(s.id, s.source) for s in doc.segments] == [
        ("p1.s1", "Première phrase."), ("p1.s2", "Deuxième phrase."),
        ("p2.s1", "Une autre ligne.")]
    whole = read_document(data, "notes.txt", SegmentationRules(split_sentences=False))
    assert [s.source for s in whole.segments] == [
        "Première phrase. Deuxième phrase.", "Une autre ligne."]


def test_entries_stay_whole_unless_the_rules_split_them() -> None:
    po = (b'msgid "First sentence. Second sentence."\nmsgstr ""\n\n'
          b'msgid "Done. Really."\nmsgstr "Fait. Vraiment."\n')
    doc = read_document(po, "ui.po")
    assert [s.source for s in doc.segments] == ["First sentence. Second sentence.",
                                                "Done. Really."]
    split = read_document(po, "ui.po", SegmentationRules(split_entries=True))
    # The untranslated entry is cut; the translated one keeps its target whole.
    assert [s.source for s in split.segments] == ["First sentence.", "Second sentence.",
                                                  "Done. Really."]
    assert split.segments[2].target == "Fait. Vraiment."
