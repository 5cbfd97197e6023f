"""How much of a text the person wrote, and the word diff with the model's draft.

The figure comes from who wrote each character (``Authorship``): an editor tracks it through
every change (typing, paste, a model's draft, rewrite or continuation, undo and redo, a version
put back) and each version keeps it. The share is that of the text's characters other than
whitespace whose origin is the person (``Authorship.share``): a model's text put back by Ctrl+Z
is the model's, a word the person typed is theirs even if the model had written the same.

Versions written before authorship was kept fall back to the word-level comparison with the
model's draft (``provenance``), as the figure was computed then. There, words are compared, not
characters: a changed comma, a new line or extra spaces change no
word, and a word the person typed counts once however long it is. The share is that of the
final text's words that are not the model's words left in place (``difflib.SequenceMatcher``
on the two word sequences): words the person wrote, replaced or moved count as theirs; words
they deleted make the text shorter and are not counted.
"""

from __future__ import annotations

import json
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
    total: int
    """Words (or characters other than whitespace, see ``unit``) in the final text."""
    model: int
    """Of those, the model's: words of its draft left as they were, or characters it wrote."""
    person: int
    """Of those, the person's: words they wrote or changed, or characters they typed."""
    model_id: str | None = None
    unit: Literal["words", "characters"] = "words"

    @property
    def percent(self) -> float:
        """The person's share of the final text, 0–100 (0 for an empty text)."""
        return 100.0 * self.person / self.total if self.total else 0.0

    @property
    def rounded_percent(self) -> int:
        """``percent`` rounded for people: never 0 when the person wrote something, never 100
        when something of the model's is left."""
        value = int(self.percent + 0.5)
        if self.person and value == 0:
            return 1
        if self.model and value == 100:
            return 99
        return value


def _matcher(a: list[str], b: list[str]) -> SequenceMatcher[str]:
    return SequenceMatcher(None, a, b, autojunk=False)


def provenance(model_text: str, final_text: str, model_id: str | None = None) -> Provenance:
    """The person's share of ``final_text`` against the model's draft ``model_text``, word by
    word (for versions without authorship; see the module doc)."""
    a, b = words(model_text), words(final_text)
    kept = sum(block.size for block in _matcher(a, b).get_matching_blocks())
    return Provenance(total=len(b), model=kept, person=len(b) - kept, model_id=model_id)


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


# --- authorship: who wrote each character ------------------------------------------------------

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

HUMAN, MODEL = "h", "m"
"""The two origins of a character: typed or pasted by the person, or written by a model."""
ORIGINS = (HUMAN, MODEL)
Run = tuple[int, str]


class Authorship:
    """Who wrote each character of a text, as runs ``(length, origin)``; immutable.

    An editor keeps one beside its text and applies to it every change of the text
    (``apply_edit``): what the person types or pastes is ``HUMAN``, what a model streams in
    (a draft, a rewrite, a continuation) is ``MODEL``. Undo and redo put back the authorship
    the text had (see ``AuthorshipHistory``). The share the person wrote is computed from it
    (``share``): the characters other than whitespace whose origin is ``HUMAN``, out of all
    the characters other than whitespace.
    """

    __slots__ = ("_length", "_runs")

    def __init__(self, runs: tuple[Run, ...] | list[Run] = ()) -> None:
        merged: list[Run] = []
        for length, origin in runs:
            if origin not in ORIGINS:
                raise ValueError(f"unknown origin {origin!r}")
            if length < 0:
                raise ValueError("a run cannot be of negative length")
            if not length:
                continue
            if merged and merged[-1][1] == origin:
                merged[-1] = (merged[-1][0] + length, origin)
            else:
                merged.append((length, origin))
        self._runs: tuple[Run, ...] = tuple(merged)
        self._length = sum(length for length, _ in merged)

    @classmethod
    def of(cls, length: int, origin: str) -> Authorship:
        """``length`` characters, all of ``origin``."""
        return cls(((length, origin),))

    @property
    def runs(self) -> tuple[Run, ...]:
        return self._runs

    def __len__(self) -> int:
        return self._length

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Authorship) and self._runs == other._runs

    def __hash__(self) -> int:
        return hash(self._runs)

    def __repr__(self) -> str:
        return f"Authorship({list(self._runs)!r})"

    def __add__(self, other: Authorship) -> Authorship:
        return Authorship(self._runs + other._runs)

    def origins(self) -> str:
        """One origin letter per character (for tests and debugging)."""
        return "".join(origin * length for length, origin in self._runs)

    def slice(self, start: int, end: int | None = None) -> Authorship:
        """The authorship of ``text[start:end]`` (bounds clamped like a str slice)."""
        start, end, _ = slice(start, end).indices(self._length)
        out: list[Run] = []
        offset = 0
        for length, origin in self._runs:
            lo, hi = max(start, offset), min(end, offset + length)
            if lo < hi:
                out.append((hi - lo, origin))
            offset += length
            if offset >= end:
                break
        return Authorship(out)

    def apply_edit(self, pos: int, removed: int, added: int, origin: str) -> Authorship:
        """After ``removed`` characters at ``pos`` were replaced by ``added`` characters
        written by ``origin``. Out-of-range figures are clamped to the text."""
        pos = min(max(pos, 0), self._length)
        removed = min(max(removed, 0), self._length - pos)
        return self.slice(0, pos) + Authorship.of(max(added, 0), origin) \
            + self.slice(pos + removed)

    def counts(self, text: str) -> tuple[int, int]:
        """(characters of the person, characters in all) in ``text``, whitespace left out.
        ``text`` is the text this authorship describes (same length)."""
        person = total = 0
        offset = 0
        for length, origin in self._runs:
            n = len("".join(text[offset:offset + length].split()))
            total += n
            if origin == HUMAN:
                person += n
            offset += length
        return person, total

    def share(self, text: str, model_id: str | None = None) -> Provenance:
        """The person's share of ``text``, character by character (whitespace left out)."""
        person, total = self.counts(text)
        return Provenance(total=total, model=total - person, person=person,
                          model_id=model_id, unit="characters")

    @property
    def has_model(self) -> bool:
        return any(origin == MODEL for _, origin in self._runs)

    def to_json(self) -> str:
        """Compact form for the store: ``[[12,"m"],[3,"h"]]``."""
        return json.dumps([[length, origin] for length, origin in self._runs],
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str | None, length: int) -> Authorship | None:
        """The authorship stored as ``data`` for a text of ``length`` characters; None when
        there is none, or it does not fit the text (a damaged or foreign value)."""
        if not data:
            return None
        try:
            runs = json.loads(data)
            auth = cls([(int(n), str(o)) for n, o in runs])
        except (ValueError, TypeError):
            return None
        if any(not isinstance(n, int) or isinstance(n, bool) for n, _ in runs):
            return None
        return auth if len(auth) == length else None

    def carried(self, old: str, new: str) -> Authorship:
        """This authorship of ``old``, carried over to ``new``: the same text after a small
        change that no editor reported (line endings normalised by an editor). Characters
        that came in take the origin of those they replace, or the person's."""
        if old == new and len(self) == len(new):
            return self
        runs: list[Run] = []
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                runs.extend(self.slice(i1, i2).runs)
            elif j2 > j1:
                replaced = self.slice(i1, i1 + 1).runs if i2 > i1 else ()
                runs.append((j2 - j1, replaced[0][1] if replaced else HUMAN))
        return Authorship(runs)

    def to_utf16(self, text: str) -> Authorship:
        """The same authorship counted in UTF-16 code units, as Qt counts positions (a
        character beyond U+FFFF is two units there, one in Python)."""
        if len(self) != len(text):
            raise ValueError("the authorship does not describe this text")
        if not _ASTRAL.search(text):
            return self
        runs: list[Run] = []
        offset = 0
        for length, origin in self._runs:
            wide = len(_ASTRAL.findall(text, offset, offset + length))
            runs.append((length + wide, origin))
            offset += length
        return Authorship(runs)

    def from_utf16(self, text: str) -> Authorship | None:
        """The authorship in characters of ``text`` from one counted in UTF-16 code units;
        None when it does not describe ``text``."""
        if not _ASTRAL.search(text):
            return self if len(self) == len(text) else None
        runs: list[Run] = []
        i = 0
        for units, origin in self._runs:
            start = i
            while units > 0 and i < len(text):
                units -= 2 if ord(text[i]) > 0xFFFF else 1
                i += 1
            if units < 0:
                return None  # a run ends inside a character
            runs.append((i - start, origin))
        auth = Authorship(runs)
        return auth if len(auth) == len(text) else None

    @classmethod
    def from_diff(cls, model_text: str, text: str) -> Authorship:
        """What the word diff says of ``text`` against the model's draft: the words left as
        the model wrote them (with the spacing that rides with them) are the model's, the
        rest the person's. For versions written before authorship was kept."""
        runs = [(len(op.new), MODEL if op.tag == "equal" else HUMAN)
                for op in diff(model_text, text)]
        auth = cls(runs)
        return auth if len(auth) == len(text) else cls.of(len(text), HUMAN)


class AuthorshipHistory:
    """The authorship of each state of an editor's undo stack.

    An editor's undo stack gives the text of an earlier state back, but not who wrote it:
    re-inserted text is not the person's because Ctrl+Z typed it. So each state is kept by its
    undo step (the number of undo steps available in it): a new edit records the state it
    leaves at its step and forgets the steps after it (the redo steps it discarded); an undo
    or a redo that lands on a step takes the state recorded there.
    """

    def __init__(self, current: Authorship | None = None, step: int = 0) -> None:
        self.current = current or Authorship()
        self._steps: dict[int, Authorship] = {step: self.current}

    def reset(self, current: Authorship, step: int = 0) -> Authorship:
        """A new text with no undo history (a draft opened)."""
        self.current = current
        self._steps = {step: current}
        return current

    def _record(self, step: int, auth: Authorship) -> Authorship:
        self._steps = {k: v for k, v in self._steps.items() if k < step}
        self._steps[step] = auth
        self.current = auth
        return auth

    def edited(self, step: int, pos: int, removed: int, added: int, origin: str) -> Authorship:
        """A new edit (typing, paste, a model's text, a version put back) that leaves the
        undo stack at ``step``."""
        return self._record(step, self.current.apply_edit(pos, removed, added, origin))

    def replaced(self, step: int, auth: Authorship) -> Authorship:
        """The whole authorship is known (a version put back): ``auth`` at ``step``."""
        return self._record(step, auth)

    def moved(self, step: int, pos: int, removed: int, added: int, length: int) -> Authorship:
        """An undo or a redo that leaves the undo stack at ``step`` with a text of ``length``
        characters: the state recorded there. Without one that fits (it should not happen),
        the re-inserted characters count as the person's."""
        known = self._steps.get(step)
        if known is None or len(known) != length:
            known = self.current.apply_edit(pos, removed, added, HUMAN)
            self._steps[step] = known
        self.current = known
        return known
