"""Characters that break files: what a model, a client document or a paste may carry.

XML 1.0 (docx, XLIFF, TMX), HTML and most editors refuse or misread control characters,
lone surrogates and the noncharacters U+FFFE/U+FFFF. Text from a model is cleaned where it
enters the app (`clean_text`); text a person typed or imported is kept as it is but
flagged before export (`illegal_characters`), so nothing they wrote disappears unseen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Everything XML 1.0 forbids, plus the C1 controls and DEL (legal in XML, invisible and
# mangled by every program a freelancer sends files to). Tab, newline and carriage return
# stay: they are text structure.
_ILLEGAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


@dataclass(frozen=True)
class Cleaned:
    """Text with the illegal characters taken out, and how many there were."""

    text: str
    removed: int


def clean_text(text: str) -> Cleaned:
    """`text` without the characters that break files (see module doc)."""
    cleaned, removed = _ILLEGAL.subn("", text)
    return Cleaned(cleaned, removed)


def clean(text: str) -> str:
    """`clean_text(text).text`, for the places that only need the text."""
    return _ILLEGAL.sub("", text)


def has_illegal(text: str) -> bool:
    return _ILLEGAL.search(text) is not None


def illegal_characters(text: str) -> list[tuple[int, str]]:
    """(offset, character) of each illegal character in `text`, in order."""
    return [(m.start(), m.group()) for m in _ILLEGAL.finditer(text)]


def describe(char: str) -> str:
    """How a person reads an invisible character: "U+0007"."""
    return f"U+{ord(char):04X}"


__all__ = ["Cleaned", "clean", "clean_text", "describe", "has_illegal", "illegal_characters"]
