"""The engine shared by every format: structural units → segments, and translations → pieces.

A format module reads its file into :class:`Unit` s: a paragraph, a cell, a subtitle, an entry,
each a list of *pieces*: text (``str``) and :class:`Tag` s for inline markup (a run's
formatting, a hyperlink, ``<b>``, an image). :func:`segment_units` cuts every unit into
segments (sentences) and returns, per unit, a *layout*: the unit again, with each segment's
pieces replaced by a :class:`Slot`. On export the format module reads its file again (same
units, same layouts), :func:`realize` fills each slot with the translation parsed back into
pieces (or the source's pieces when there is none) and the module writes the pieces back into
its structure. A tag's ``data`` is the format's own business.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from storage.documents.model import Segment
from storage.documents.placeholders import PLACEHOLDER_RE, render_token, tokens
from storage.documents.segment import SegmentationRules, sentence_cuts

OPEN, CLOSE, ALONE = "open", "close", "alone"
_WORD_RE = re.compile(r"\w")


@dataclass(eq=False)
class Tag:
    """Inline markup inside a unit.

    ``content``: a standalone tag that stands for content (inline code, a field, an image):
    it stays inside its sentence even at the edges, where formatting-only tags (a line break
    marker, a bookmark) are left outside the segment. ``boundary``: a forced segment boundary
    (a dialogue line break in a subtitle), always outside segments. ``literal``: text of the
    source that looks like a placeholder, carried as one. ``key``: how a tag of an existing
    target is matched with the source's (XLIFF ``id``). ``keep``: a standalone tag a
    translation leaves out is put back at the end of its segment rather than lost (content
    tags are always kept so: inline code, an image, a field, a footnote reference).
    """

    kind: str
    data: Any = None
    label: str = ""
    content: bool = False
    partner: Tag | None = None
    key: Any = None
    boundary: bool = False
    literal: str | None = None
    keep: bool = False


Piece = str | Tag


def pair(open_data: Any, close_data: Any, label: str, key: Any = None) -> tuple[Tag, Tag]:
    """An opening and a closing tag that belong together."""
    o = Tag(OPEN, open_data, label, key=key)
    c = Tag(CLOSE, close_data, label, key=key)
    o.partner, c.partner = c, o
    return o, c


def alone(data: Any, label: str, *, content: bool = False, key: Any = None,
          keep: bool = False) -> Tag:
    return Tag(ALONE, data, label, content=content, key=key, keep=keep)


def boundary(data: Any) -> Tag:
    return Tag(ALONE, data, "break", boundary=True)


@dataclass
class Unit:
    """A structural unit: ``whole`` units (.po and XLIFF entries) give exactly one segment whose
    id is the unit's, kept with its white space (unless the rules split entries and this one is
    ``splittable`` and has no target yet); others are cut into sentences and trimmed."""

    id: str
    pieces: list[Piece]
    location: str
    context: str = ""
    note: str = ""
    whole: bool = False
    splittable: bool = True
    plural_of: str | None = None
    max_length: int | None = None
    target: list[Piece] | None = None
    target_state: str | None = None


@dataclass
class Slot:
    """Where a segment sits in its unit's layout: its id, source pieces and placeholder map."""

    segment_id: str
    pieces: list[Piece]
    tags: dict[int, Tag] = field(default_factory=dict)


Layout = list[Piece | Slot]


def plain_text(pieces: Iterable[Piece]) -> str:
    return "".join(p if isinstance(p, str) else (p.literal or "") for p in pieces)


# -- reading ------------------------------------------------------------------------------------

def _normalise(pieces: list[Piece]) -> list[Piece]:
    """Merge text, carry placeholder-looking text as literal tags, demote unmatched pairs."""
    out: list[Piece] = []
    for p in pieces:
        if isinstance(p, str):
            if not p:
                continue
            pos = 0
            for m in PLACEHOLDER_RE.finditer(p):
                if m.start() > pos:
                    _append_text(out, p[pos:m.start()])
                out.append(Tag(ALONE, None, "text", content=True, literal=m.group(0)))
                pos = m.end()
            if pos < len(p):
                _append_text(out, p[pos:])
        else:
            out.append(p)
    # Pairs must nest within the unit; a tag whose partner is missing or crosses another pair
    # becomes standalone (its data renders the same way).
    stack: list[Tag] = []
    for p in out:
        if not isinstance(p, Tag):
            continue
        if p.kind == OPEN:
            stack.append(p)
        elif p.kind == CLOSE:
            if stack and stack[-1] is p.partner:
                stack.pop()
            else:
                if p.partner in stack:
                    stack.remove(p.partner)
                    _demote(p.partner)
                _demote(p)
    for p in stack:
        _demote(p)
    return out


def _demote(tag: Tag | None) -> None:
    if tag is not None:
        tag.kind = ALONE
        tag.partner = None


def _append_text(out: list[Piece], text: str) -> None:
    if out and isinstance(out[-1], str):
        out[-1] += text
    else:
        out.append(text)


def _chunks(pieces: list[Piece]) -> list[list[Piece] | Tag]:
    """Split at boundary tags (outside any pair)."""
    result: list[list[Piece] | Tag] = []
    current: list[Piece] = []
    depth = 0
    for p in pieces:
        if isinstance(p, Tag):
            if p.kind == OPEN:
                depth += 1
            elif p.kind == CLOSE:
                depth -= 1
            elif p.boundary and depth == 0:
                result.append(current)
                result.append(p)
                current = []
                continue
        current.append(p)
    result.append(current)
    return result


def _as_string(pieces: list[Piece]) -> tuple[str, list[tuple[int, int, Piece]]]:
    numbers: dict[int, int] = {}
    parts: list[str] = []
    spans: list[tuple[int, int, Piece]] = []
    pos = 0
    n = 0
    for p in pieces:
        if isinstance(p, str):
            s = p
        else:
            if p.kind == CLOSE:
                num = numbers.get(id(p.partner), 0)
            else:
                n += 1
                num = numbers[id(p)] = n
            s = render_token(p.kind, num)
        parts.append(s)
        spans.append((pos, pos + len(s), p))
        pos += len(s)
    return "".join(parts), spans


def _slice(spans: list[tuple[int, int, Piece]], a: int, b: int) -> list[Piece]:
    out: list[Piece] = []
    for start, end, p in spans:
        if end <= a or start >= b:
            continue
        if isinstance(p, str):
            piece = p[max(a, start) - start:min(b, end) - start]
            if piece:
                out.append(piece)
        elif start >= a and end <= b:
            out.append(p)
    return out


def _trim(pieces: list[Piece]) -> tuple[list[Piece], list[Piece], list[Piece]]:
    """Move white space and formatting-only edge tags (and a pair around everything) out."""
    prefix: list[Piece] = []
    suffix: list[Piece] = []
    core = list(pieces)
    changed = True
    while changed and core:
        changed = False
        first = core[0]
        if isinstance(first, str):
            stripped = first.lstrip()
            if stripped != first:
                prefix.append(first[:len(first) - len(stripped)])
                if stripped:
                    core[0] = stripped
                else:
                    core.pop(0)
                changed = True
        elif first.kind == ALONE and not first.content:
            prefix.append(core.pop(0))
            changed = True
        if not core:
            break
        last = core[-1]
        if isinstance(last, str):
            stripped = last.rstrip()
            if stripped != last:
                suffix.insert(0, last[len(stripped):])
                if stripped:
                    core[-1] = stripped
                else:
                    core.pop()
                changed = True
        elif last.kind == ALONE and not last.content:
            suffix.insert(0, core.pop())
            changed = True
        if not changed and len(core) >= 2:
            first, last = core[0], core[-1]
            if (isinstance(first, Tag) and first.kind == OPEN and first.partner is last):
                prefix.append(core.pop(0))
                suffix.insert(0, core.pop())
                changed = True
    return prefix, core, suffix


def _has_words(pieces: list[Piece]) -> bool:
    return any(isinstance(p, str) and _WORD_RE.search(p) for p in pieces)


def _numbered(pieces: list[Piece]) -> tuple[str, dict[int, Tag]]:
    numbers: dict[int, int] = {}
    tags: dict[int, Tag] = {}
    parts = []
    n = 0
    for p in pieces:
        if isinstance(p, str):
            parts.append(p)
            continue
        if p.kind == CLOSE:
            parts.append(render_token(CLOSE, numbers[id(p.partner)]))
            continue
        n += 1
        numbers[id(p)] = n
        tags[n] = p
        parts.append(render_token(p.kind, n))
    return "".join(parts), tags


def _target_text(target: list[Piece], tags: dict[int, Tag]) -> str:
    """An existing target as placeholder text, its tags matched to the source's by key."""
    by_key = {(t.kind, t.key): n for n, t in tags.items() if t.key is not None}
    parts = []
    for p in _normalise(list(target)):
        if isinstance(p, str):
            parts.append(p)
            continue
        if p.literal is not None:
            parts.append(p.literal)
            continue
        kind = OPEN if p.kind == CLOSE else p.kind
        n = by_key.get((kind, p.key))
        if n is None:
            return plain_text(target)
        parts.append(render_token(p.kind, n))
    return "".join(parts)


#: The most segments a document may have (a 500-page book has about 15,000 sentences). Each
#: segment costs about a kilobyte while the file is read and stored: the limit keeps that
#: bounded (a 40 MB line of short sentences was 1.4 million segments and gigabytes).
MAX_SEGMENTS = 200_000


class TooManySegments(Exception):
    """More than MAX_SEGMENTS segments; ``str()`` is the end of a sentence about the file
    (TEMPLATE with ``values``)."""

    TEMPLATE = ("has more than {limit} segments (sentences, cells, subtitles…); Atelier "
                "translates documents of up to {limit} segments. Split it into smaller files.")

    def __init__(self) -> None:
        self.values = {"limit": f"{MAX_SEGMENTS:,}"}
        super().__init__(self.TEMPLATE.format(**self.values))


def segment_units(units: Iterable[Unit], rules: SegmentationRules
                  ) -> tuple[list[Segment], dict[str, Layout]]:
    """Cut every unit into segments; returns the segments and each unit's layout. Raises
    TooManySegments as soon as there are more than MAX_SEGMENTS."""
    segments: list[Segment] = []
    layouts: dict[str, Layout] = {}
    for unit in units:
        layout: Layout = []
        pieces = _normalise(unit.pieces)
        split = not unit.whole or (rules.split_entries and unit.splittable and not (
            unit.target and plain_text(unit.target).strip()))
        if unit.whole and not split:
            if pieces:
                _room_for_one_more(segments)
                text, tags = _numbered(pieces)
                layout.append(Slot(unit.id, pieces, tags))
                segments.append(_segment(unit, unit.id, text, tags))
            layouts[unit.id] = layout
            continue
        count = 0
        for chunk in _chunks(pieces):
            if isinstance(chunk, Tag):
                layout.append(chunk)
                continue
            # A pair around the whole unit (a paragraph in <small>, a hyperlink…) is left out
            # first, so that it does not keep the sentences inside it together.
            outer_prefix, chunk, outer_suffix = _trim(chunk)
            layout.extend(outer_prefix)
            text, spans = _as_string(chunk)
            bounds = [0, *sentence_cuts(text, rules), len(text)]
            for a, b in itertools.pairwise(bounds):
                sub = _slice(spans, a, b)
                prefix, core, suffix = _trim(sub)
                layout.extend(prefix)
                if _has_words(core):
                    _room_for_one_more(segments)
                    count += 1
                    sid = f"{unit.id}.s{count}"
                    seg_text, tags = _numbered(core)
                    layout.append(Slot(sid, core, tags))
                    segments.append(_segment(unit, sid, seg_text, tags, whole_target=False))
                else:
                    layout.extend(core)
                layout.extend(suffix)
            layout.extend(outer_suffix)
        layouts[unit.id] = layout
    return segments, layouts


def _room_for_one_more(segments: list[Segment]) -> None:
    if len(segments) >= MAX_SEGMENTS:
        raise TooManySegments


def _segment(unit: Unit, sid: str, text: str, tags: dict[int, Tag], *,
             whole_target: bool = True) -> Segment:
    target = None
    if whole_target and unit.target is not None:
        target = _target_text(unit.target, tags)
    return Segment(
        id=sid,
        source=text,
        location=unit.location,
        context=unit.context,
        note=unit.note,
        plural_of=unit.plural_of,
        max_length=unit.max_length,
        target=target,
        target_state=unit.target_state if target is not None else None,
        tags={str(n): t.label for n, t in tags.items()},
    )


# -- writing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportOptions:
    """How export writes: ``unconfirmed`` segment ids hold drafts (machine translation not yet
    checked: .po marks them fuzzy, XLIFF ``needs-review-translation``); ``target_language``
    fills the file's language fields where it has them; ``encoding`` overrides the text
    encoding of text formats."""

    unconfirmed: frozenset[str] = frozenset()
    target_language: str | None = None
    encoding: str | None = None


class PlaceholderMismatch(ValueError):
    """A translation's placeholder does not fit its source: ``str()`` is the English
    sentence, ``template`` and ``values`` what it is made of (for wording it elsewhere)."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


#: The problems parse_translation reports (listed for translation in
#: desktop/document_messages.py).
NOT_IN_SOURCE = "{placeholder} is not in the source"
WRONG_KIND = "{placeholder} does not match the source's ⟨{number}…⟩"
TWICE = "{placeholder} appears twice"
BAD_CLOSE = "{placeholder} does not close the pair opened last"
NEVER_CLOSED = "{placeholder} is never closed"


class MismatchCollector:
    """Collects placeholder problems across a whole export, raised together at the end."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, str]] = []
        self.details: list[tuple[str, str, dict[str, object]]] = []

    def add(self, segment_id: str, problem: str | PlaceholderMismatch) -> None:
        self.problems.append((segment_id, str(problem)))
        if isinstance(problem, PlaceholderMismatch):
            self.details.append((segment_id, problem.template, dict(problem.values)))
        else:
            self.details.append((segment_id, str(problem), {}))


#: Every character a reader may take for the end of a line, with the blanks around it.
_LINE_BREAKS_RE = re.compile(r"(?:[ \t]*(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])[ \t]*)+")


def single_line(translations: Mapping[str, str]) -> dict[str, str]:
    """The translations with their line breaks turned into spaces, for formats where a line
    is structure (a subtitle's lines, a .txt paragraph, a Markdown block): no segment of
    those formats holds a line break, so a translation that does (a model's blank line, a
    pasted block) must not add a subtitle, a paragraph or a heading to the file."""
    return {key: _LINE_BREAKS_RE.sub(" ", str(text)) for key, text in translations.items()}


def translation_for(translations: Mapping[str, str], segment_id: str) -> str | None:
    """The translation of a segment, or None when it has none (missing or blank)."""
    text = translations.get(segment_id)
    if text is None or not str(text).strip():
        return None
    return str(text)


def parse_translation(text: str, tags: dict[int, Tag]) -> list[Piece]:
    """A translation's placeholders mapped back to the source's tags; ValueError if they do
    not fit (an unknown, repeated or mis-nested placeholder). Missing ones are allowed: a
    missing pair loses its formatting, a missing standalone content (or ``keep``) tag is put
    back at the end, others are dropped."""
    out: list[Piece] = []
    used: set[tuple[str, int]] = set()
    stack: list[int] = []
    pos = 0
    for tok in tokens(text):
        if tok.start > pos:
            out.append(text[pos:tok.start])
        pos = tok.end
        tag = tags.get(tok.number)
        shown = render_token(tok.kind, tok.number)
        if tag is None:
            raise PlaceholderMismatch(NOT_IN_SOURCE, placeholder=shown)
        if (tok.kind == ALONE) != (tag.kind == ALONE):
            raise PlaceholderMismatch(WRONG_KIND, placeholder=shown, number=tok.number)
        if (tok.kind, tok.number) in used:
            raise PlaceholderMismatch(TWICE, placeholder=shown)
        used.add((tok.kind, tok.number))
        if tok.kind == OPEN:
            stack.append(tok.number)
            out.append(tag)
        elif tok.kind == CLOSE:
            if not stack or stack[-1] != tok.number:
                raise PlaceholderMismatch(BAD_CLOSE, placeholder=shown)
            stack.pop()
            assert tag.partner is not None
            out.append(tag.partner)
        else:
            out.append(tag)
    if pos < len(text):
        out.append(text[pos:])
    if stack:
        raise PlaceholderMismatch(NEVER_CLOSED, placeholder=render_token(OPEN, stack[-1]))
    for number, tag in sorted(tags.items()):
        if tag.kind == ALONE and (tag.content or tag.keep) and (ALONE, number) not in used:
            out.append(tag)
    return out


def realize(layout: Layout, translations: Mapping[str, str],
            problems: MismatchCollector) -> tuple[list[Piece], bool]:
    """The unit's pieces with translations in place; and whether any segment was translated."""
    out: list[Piece] = []
    changed = False
    for item in layout:
        if isinstance(item, Slot):
            text = translation_for(translations, item.segment_id)
            if text is None:
                out.extend(item.pieces)
                continue
            try:
                out.extend(parse_translation(text, item.tags))
            except ValueError as exc:
                problems.add(item.segment_id, exc if isinstance(exc, PlaceholderMismatch)
                             else str(exc))
                out.extend(item.pieces)
                continue
            changed = True
        else:
            out.append(item)
    result: list[Piece] = []
    for p in out:
        if isinstance(p, Tag) and p.literal is not None:
            _append_text(result, p.literal)
        elif isinstance(p, str):
            _append_text(result, p)
        else:
            result.append(p)
    return result, changed


def touched(layout: Layout, translations: Mapping[str, str]) -> bool:
    """Whether any segment of the layout has a translation."""
    return any(isinstance(i, Slot) and translation_for(translations, i.segment_id) is not None
               for i in layout)


def render_flat(pieces: Iterable[Piece], text: Callable[[str], str],
                tag: Callable[[Tag], str]) -> str:
    """Pieces as a string, for formats whose tags are raw markup."""
    return "".join(text(p) if isinstance(p, str) else tag(p) for p in pieces)
