"""How much of a text the person wrote: word-level comparison with the model's draft.

Words are compared, not characters: a changed comma, a new line or extra spaces change no
word, and a word the person typed counts once however long it is. The share is that of the
final text's words that are not the model's words left in place (``difflib.SequenceMatcher``
on the two word sequences): words the person wrote, replaced or moved count as theirs; words
they deleted make the text shorter and are not counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, cast

# A word: letters or digits, with inner apostrophes or hyphens ("aujourd'hui", "e-mail").
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")

Tag = Literal["equal", "insert", "delete", "replace"]


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text or ""))


@dataclass(frozen=True)
class Provenance:
    total_words: int
    """Words in the final text."""
    model_words: int
    """Of those, words of the model's draft left as they were."""
    person_words: int
    """Of those, words the person wrote or changed."""
    model_id: str | None = None

    @property
    def percent(self) -> float:
        """The person's share of the final words, 0–100 (0 for an empty text)."""
        return 100.0 * self.person_words / self.total_words if self.total_words else 0.0

    @property
    def rounded_percent(self) -> int:
        """``percent`` rounded for people: never 0 when the person changed a word, never 100
        when a word of the model's is left."""
        value = int(self.percent + 0.5)
        if self.person_words and value == 0:
            return 1
        if self.model_words and value == 100:
            return 99
        return value


def _matcher(a: list[str], b: list[str]) -> SequenceMatcher[str]:
    return SequenceMatcher(None, a, b, autojunk=False)


def provenance(model_text: str, final_text: str, model_id: str | None = None) -> Provenance:
    """The person's share of ``final_text`` against the model's draft ``model_text``."""
    a, b = words(model_text), words(final_text)
    kept = sum(block.size for block in _matcher(a, b).get_matching_blocks())
    return Provenance(total_words=len(b), model_words=kept, person_words=len(b) - kept,
                      model_id=model_id)


@dataclass(frozen=True)
class DiffOp:
    """One stretch of a word diff. ``old`` is the model's text, ``new`` the final text;
    joined in order, the ``old`` parts give the model's draft back and the ``new`` parts the
    final text, exactly (spaces and punctuation go with the word before them; text before
    the first word goes with the first stretch)."""

    tag: Tag
    old: str
    new: str
    old_words: int
    new_words: int


def _starts(text: str) -> list[int]:
    """Where each word's stretch starts (the first at 0), and the end of the text."""
    starts = [m.start() for m in _WORD.finditer(text)]
    if starts:
        starts[0] = 0
    return [*starts, len(text)]


def diff(model_text: str, final_text: str) -> list[DiffOp]:
    """The word diff of the model's draft and the final text, for a page to render
    (``equal`` stretches plain, ``delete`` struck out, ``insert`` marked, ``replace`` both).
    Punctuation and spacing changes ride with an ``equal`` stretch: ``new`` shows them."""
    model_text, final_text = model_text or "", final_text or ""
    a, b = words(model_text), words(final_text)
    sa, sb = _starts(model_text), _starts(final_text)
    ops = []
    for tag, i1, i2, j1, j2 in _matcher(a, b).get_opcodes():
        old = model_text[sa[i1]:sa[i2]] if i2 > i1 else ""
        new = final_text[sb[j1]:sb[j2]] if j2 > j1 else ""
        ops.append(DiffOp(cast(Tag, tag), old, new, i2 - i1, j2 - j1))
    if not a and not b and (model_text or final_text):
        # No words on either side: only spacing or punctuation.
        tag: Tag = "equal" if model_text == final_text else "replace"
        ops.append(DiffOp(tag, model_text, final_text, 0, 0))
    elif ops:
        # A side with no words in the first stretch still owns the text before its 1st word.
        first = ops[0]
        if not a and model_text:
            ops[0] = DiffOp(first.tag, model_text, first.new, 0, first.new_words)
        if not b and final_text:
            ops[0] = DiffOp(first.tag, first.old, final_text, first.old_words, 0)
    return ops


PROVENANCE_LINES = {
    "en": "AI-assisted: about {percent} % of this text was written or changed by a person "
          "after a first draft by {model}.",
    "fr": "Assisté par IA\u00a0: environ {percent}\u00a0% de ce texte a été écrit ou modifié "
          "par une personne après un premier jet de {model}.",
}
_NO_MODEL_NAME = {"en": ("by {model}", "by a local model"),
                  "fr": ("de {model}", "d’un modèle local")}


def provenance_line(prov: Provenance, lang: str = "en", model: str | None = None) -> str:
    """The line an export may carry ("AI-assisted: about 35 % of this text was written or
    changed by a person after a first draft by qwen2.5-1.5b."), in English or French."""
    lang = (lang or "en")[:2].lower()
    lang = lang if lang in PROVENANCE_LINES else "en"
    line = PROVENANCE_LINES[lang]
    name = model or prov.model_id
    if not name:
        line = line.replace(*_NO_MODEL_NAME[lang])
    return line.format(percent=prov.rounded_percent, model=name)
