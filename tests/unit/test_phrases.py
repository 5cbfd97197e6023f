"""A message that carries values is worded in the person's language, values included."""

from __future__ import annotations

from desktop.jobs import error_text, phrase_text
from storage.errors import ValidationError
from storage.phrases import Joined, Phrase

FRENCH = {
    "The folder {folder} cannot be used: {why}.": "Le dossier {folder} est inutilisable : {why}.",
    "{file} is {what}": "{file} est {what}",
    "a link": "un lien",
    "“{text}” is not an amount.": "« {text} » n’est pas un montant.",
}


def french(_context: str, text: str) -> str:
    return FRENCH.get(text, text)


def test_a_phrase_is_its_english_sentence() -> None:
    p = Phrase("The folder {folder} cannot be used: {why}.", folder="m",
               why=Phrase("{file} is {what}", file="x.bin", what=Phrase("a link")))
    assert p == "The folder m cannot be used: x.bin is a link."
    assert str(ValidationError("price", Phrase("“{text}” is not an amount.", text="1,2,3"))) \
        == "price: “1,2,3” is not an amount."


def test_nested_phrases_and_lists_are_worded_part_by_part() -> None:
    entries = Joined([Phrase("{file} is {what}", file="a.bin", what=Phrase("a link")),
                      Phrase("{file} is {what}", file="b.bin", what=Phrase("a link"))])
    p = Phrase("The folder {folder} cannot be used: {why}.", folder="a link", why=entries)
    # The folder's name is a value, never translated even when it reads like a phrase.
    assert phrase_text(p, "assistants", french) == (
        "Le dossier a link est inutilisable : a.bin est un lien, b.bin est un lien.")


def test_a_plain_message_is_looked_up_whole_and_an_unknown_one_stays() -> None:
    assert phrase_text("a link", "assistants", french) == "un lien"
    assert phrase_text("Something new.", "assistants", french) == "Something new."


def test_error_text_words_a_validation_phrase_in_english_by_default() -> None:
    error = ValidationError("price", Phrase("“{text}” is not an amount.", text="abc"))
    assert error_text(error) == "“abc” is not an amount."


def test_amounts_and_days_in_a_phrase_are_written_the_languages_way() -> None:
    from datetime import date

    from PySide6.QtCore import QLocale

    from storage.phrase_values import Day, Money

    p = Phrase("{amount} received by {day}.", amount=Money(8_000_000, "MAD"),
               day=Day(date(2026, 5, 4)))
    assert p == "MAD\u00a080,000.00 received by 2026-05-04."  # the CLI and logs
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        assert phrase_text(p, "storage", french) == "80\u202f000,00\u00a0DH received by 04/05/2026."
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert phrase_text(p, "storage", french) == "MAD\u00a080,000.00 received by May 4, 2026."
    finally:
        QLocale.setDefault(before)
