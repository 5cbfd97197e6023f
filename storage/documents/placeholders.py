"""Inline formatting carried through a segment as numbered placeholders.

The convention
--------------
A segment's text is plain text in which every piece of inline markup that must survive
translation stands as a placeholder, numbered from 1 in order of appearance in the segment:

- ``⟨1⟩…⟨/1⟩`` a *paired* tag around text: bold/italic/underline runs, a hyperlink, ``<b>``,
  ``<a href>``, ``**strong**``, ``[link](url)``, XLIFF ``<g>``…
- ``⟨2/⟩`` a *standalone* tag: an image, a field (page number), a footnote reference, inline
  code (`` `cargo new` ``), ``<br>``, XLIFF ``<x/>`` / ``<ph>``, an ASS override ``{\\an8}``…

The brackets are U+27E8 and U+27E9 (mathematical angle brackets), which real documents do not
use, so ``{0}``, ``%s``, ``{{ limit }}`` or ``<b>`` written as text stay text. (Should a source
ever contain ``⟨1⟩`` literally, it is carried as a standalone placeholder itself and written
back unchanged.)

A translation may move placeholders and may leave some out, which :func:`check_placeholders`
reports: a left-out pair loses its formatting; a left-out standalone placeholder that stands
for content (inline code, an image, a field, a footnote reference, an XLIFF code) is put back
at the end of the segment rather than lost, one that is mere formatting (a line break) is
dropped. It may not invent one, repeat one, or break the nesting of pairs: export refuses
those (see ``TranslationMismatchError``).
``Segment.tags`` describes each number for the editor ("bold", "link → https://…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storage.phrases import Phrase

OPEN_MARK = "⟨"
CLOSE_MARK = "⟩"

#: One placeholder: ``⟨1⟩`` (opening), ``⟨/1⟩`` (closing) or ``⟨1/⟩`` (standalone).
PLACEHOLDER_RE = re.compile(r"⟨(?:(?P<open>\d+)|/(?P<close>\d+)|(?P<alone>\d+)/)⟩")


@dataclass(frozen=True)
class Token:
    """A placeholder found in a text: its kind ('open', 'close', 'alone'), number and span."""

    kind: str
    number: int
    start: int
    end: int

    @property
    def text(self) -> str:
        return render_token(self.kind, self.number)


def render_token(kind: str, number: int) -> str:
    if kind == "open":
        return f"⟨{number}⟩"
    if kind == "close":
        return f"⟨/{number}⟩"
    return f"⟨{number}/⟩"


def tokens(text: str) -> list[Token]:
    """Every placeholder in ``text``, in order."""
    out = []
    for m in PLACEHOLDER_RE.finditer(text):
        kind = "open" if m.group("open") else "close" if m.group("close") else "alone"
        out.append(Token(kind, int(m.group(kind)), m.start(), m.end()))
    return out


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` in order: ``["⟨1⟩", "⟨/1⟩", "⟨2/⟩"]``."""
    return [m.group(0) for m in PLACEHOLDER_RE.finditer(text)]


def strip_placeholders(text: str) -> str:
    """``text`` without its placeholders (for translation-memory matching, word counts, MT)."""
    return PLACEHOLDER_RE.sub("", text)


@dataclass(frozen=True)
class PlaceholderIssue:
    """One way a translation's placeholders differ from its source's.

    ``kind`` is ``missing`` (in the source, not in the translation: its formatting is lost),
    ``extra`` (not in the source), ``duplicate`` (used twice), ``kind`` (``⟨1/⟩`` written for
    the pair ``⟨1⟩…⟨/1⟩`` or the reverse) or ``nesting`` (a pair opened and not closed, closed
    before it was opened, or overlapping another).
    """

    kind: str
    placeholder: str
    message: str  # a Phrase (its template listed in desktop/storage_messages.py)

    @property
    def blocking(self) -> bool:
        """Whether export refuses the translation (everything but a missing placeholder)."""
        return self.kind != "missing"


def check_placeholders(source: str, translation: str) -> list[PlaceholderIssue]:
    """How ``translation``'s placeholders differ from ``source``'s (empty when they match)."""
    issues: list[PlaceholderIssue] = []
    src_kinds: dict[int, str] = {}
    for tok in tokens(source):
        src_kinds[tok.number] = "pair" if tok.kind in ("open", "close") else "alone"

    seen: dict[tuple[str, int], int] = {}
    stack: list[int] = []
    for tok in tokens(translation):
        text = tok.text
        expected = src_kinds.get(tok.number)
        if expected is None:
            issues.append(PlaceholderIssue(
                "extra", text, Phrase("{token} is not in the source", token=text)))
            continue
        actual = "pair" if tok.kind in ("open", "close") else "alone"
        if actual != expected:
            want = (render_token("alone", tok.number) if expected == "alone"
                    else f"{render_token('open', tok.number)}…{render_token('close', tok.number)}")
            issues.append(PlaceholderIssue(
                "kind", text, Phrase("{token} should be {want}", token=text, want=want)))
            continue
        key = (tok.kind, tok.number)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            issues.append(PlaceholderIssue(
                "duplicate", text, Phrase("{token} appears more than once", token=text)))
            continue
        if seen[key] > 2:
            continue
        if tok.kind == "open":
            stack.append(tok.number)
        elif tok.kind == "close":
            if stack and stack[-1] == tok.number:
                stack.pop()
            elif tok.number in stack:
                inner = stack[-1]
                issues.append(PlaceholderIssue(
                    "nesting", text,
                    Phrase("{token} closes before {other}: the pairs overlap", token=text,
                           other=render_token('close', inner))))
                stack.remove(tok.number)
            else:
                issues.append(PlaceholderIssue(
                    "nesting", text,
                    Phrase("{token} comes before its {other}", token=text,
                           other=render_token('open', tok.number))))

    for number, kind in src_kinds.items():
        if kind == "alone":
            if ("alone", number) not in seen:
                text = render_token("alone", number)
                issues.append(PlaceholderIssue("missing", text,
                                               Phrase("{token} is missing", token=text)))
        else:
            has_open = ("open", number) in seen
            has_close = ("close", number) in seen
            if not has_open and not has_close:
                text = f"{render_token('open', number)}…{render_token('close', number)}"
                issues.append(PlaceholderIssue("missing", text,
                                               Phrase("{token} is missing", token=text)))
            elif has_open != has_close:
                text = render_token("close" if has_open else "open", number)
                issues.append(PlaceholderIssue(
                    "nesting", text, Phrase("{token} is missing while its partner is there",
                                            token=text)))
    return issues


def same_placeholders(source: str, translation: str) -> bool:
    """True when the translation has exactly the source's placeholders, properly nested."""
    return not check_placeholders(source, translation)
