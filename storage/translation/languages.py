"""Language codes of translation projects, the translation memory and the glossary.

A project keeps the codes the user typed, normalised (``fr``, ``fr-ca``, ``en-gb``: lower case,
``-`` between subtags). The translation memory and the glossary are shared per *language pair*
of primary subtags (:func:`language_key`: ``fr-CA`` → ``fr``), so a French-Canadian project
uses the French memory too.
"""

from __future__ import annotations

import re

from storage.errors import ValidationError

_CODE_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$")

#: Languages that write 3,5 for three and a half (and 1 000 or 1.000 for a thousand).
DECIMAL_COMMA = frozenset({
    "fr", "de", "es", "it", "pt", "nl", "ru", "pl", "tr", "sv", "da", "fi", "nb", "nn", "no",
    "cs", "sk", "ro", "hu", "el", "uk", "bg", "hr", "sl", "sr", "lt", "lv", "et", "ca", "eu",
    "gl", "id", "vi", "az", "kk", "be", "is", "sq", "mk", "bs", "af",
})


def normalize_language(code: str | None, field: str = "language") -> str:
    """``"fr_FR"`` → ``"fr-fr"``; ValidationError(field) for something that is not a code."""
    text = (code or "").strip().replace("_", "-").lower()
    if not text:
        raise ValidationError(field, "Enter a language code, for example fr or en.")
    if len(text) > 16 or not _CODE_RE.match(text):
        raise ValidationError(field, "This is not a language code: write it like fr, en or fr-CA.")
    return text


def language_key(code: str) -> str:
    """The primary subtag that names a memory or glossary language: ``fr-CA`` → ``fr``."""
    return normalize_language(code).split("-", 1)[0]


def uses_decimal_comma(code: str | None) -> bool:
    """Whether numbers in this language are written 3,5 (French, German…) rather than 3.5."""
    if not code:
        return False
    return code.strip().replace("_", "-").lower().split("-", 1)[0] in DECIMAL_COMMA


def bcp47(code: str) -> str:
    """The usual spelling of a normalised code: ``fr-ca`` → ``fr-CA``, ``zh-hant`` →
    ``zh-Hant`` (what documents write in ``Language`` or ``lang``)."""
    parts = normalize_language(code).split("-")
    out = [parts[0]]
    for p in parts[1:]:
        if len(p) == 2 and p.isalpha():
            out.append(p.upper())
        elif len(p) == 4 and p.isalpha():
            out.append(p.title())
        else:
            out.append(p)
    return "-".join(out)
