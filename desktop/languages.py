"""Language names, in one place.

    language_name("fr")          # "French" ("Français" in the French interface)
    language_name("fr-CA")       # "French (CA)"
    native_language_name("fr")   # "Français": the language's own name (pickers of codes)
    language_names()             # the common ones, code → name in the interface's language

Names for a prompt, in a template's language ("anglais" inside a French sentence), are Qt-free
and live with the templates: ``storage.templates.language_name``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("languages", text)


# Marked for Qt Linguist: a name passed through a variable is not found by lupdate.
_COMMON = {
    "fr": QT_TRANSLATE_NOOP("languages", "French"),
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "es": QT_TRANSLATE_NOOP("languages", "Spanish"),
    "de": QT_TRANSLATE_NOOP("languages", "German"),
    "ar": QT_TRANSLATE_NOOP("languages", "Arabic"),
    "it": QT_TRANSLATE_NOOP("languages", "Italian"),
    "pt": QT_TRANSLATE_NOOP("languages", "Portuguese"),
    "nl": QT_TRANSLATE_NOOP("languages", "Dutch"),
}


def language_names() -> dict[str, str]:
    """The languages offered first, code → name in the interface's language, in this order."""
    return {code: _tr(name) for code, name in _COMMON.items()}


def language_name(code: str) -> str:
    """A language code as the person reads it: translated for the common languages, Qt's
    English name for the others, the code itself when Qt does not know it; a region is kept
    in brackets ("fr-CA" → "French (CA)"). "" for no code."""
    if not code:
        return ""
    base, _, region = code.partition("-")
    name = language_names().get(base.lower())
    if name is None:
        language = QLocale.codeToLanguage(base)
        if language == QLocale.Language.AnyLanguage:
            return code
        name = QLocale.languageToString(language)
    return f"{name} ({region})" if region else name


def native_language_name(code: str) -> str:
    """``fr`` → ``Français``: the language's own name, when Qt knows it ("" otherwise);
    English is "English", not "American English"."""
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ""
    if locale.language() == QLocale.Language.English:
        return "English"
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else ""
