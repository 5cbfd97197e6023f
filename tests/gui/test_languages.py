"""One language-name helper (desktop/languages.py) for every page and dialog."""

from __future__ import annotations

from pathlib import Path

from desktop.languages import language_name, language_names, native_language_name

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_names_in_the_interface_language(qapp) -> None:
    assert language_name("fr") == "French"
    assert language_name("fr-CA") == "French (CA)"
    assert language_name("FR") == "French"
    assert language_name("sw") == "Swahili"  # Qt's name for a language not listed
    assert language_name("zz-top") == "zz-top"  # unknown: the code as typed
    assert language_name("") == ""
    assert list(language_names())[:2] == ["fr", "en"]


def test_native_names_for_pickers_of_codes(qapp) -> None:
    assert native_language_name("fr") == "Français"
    assert native_language_name("en") == "English"
    assert native_language_name("de") == "Deutsch"
    assert native_language_name("zz") == ""


def test_languages_are_named_in_one_module() -> None:
    places = [p.relative_to(DESKTOP).as_posix() for p in DESKTOP.rglob("*.py")
              if any(s in p.read_text(encoding="utf-8")
                     for s in ("nativeLanguageName", "languageToString",
                               "def language_name", "def language_names"))]
    assert places == ["languages.py"]


def test_names_are_french_in_the_french_interface(ctx) -> None:
    ctx.i18n.set_language("fr")
    try:
        names = language_names()
        assert language_name("fr") == "Français"
        assert language_name("en-GB") == "Anglais (GB)"
        # Every common name has its French, found by Qt Linguist.
        assert names["de"] == "Allemand" and names["ar"] == "Arabe"
    finally:
        ctx.i18n.set_language("en")
