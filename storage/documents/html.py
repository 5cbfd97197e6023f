"""HTML pages and fragments (.html, .htm), read with the standard library's tolerant parser.

Structure: the text of a block element (``<p>``, ``<h1>``…, ``<li>``, ``<td>``, ``<title>``,
``<figcaption>``, text directly in a ``<div>``…) is a unit, its white space collapsed. Inline
elements are placeholders: ``<a>``, ``<b>``, ``<em>``, ``<span>``… pairs (standalone when
unclosed), ``<br>``, ``<img>`` standalone, and inline code (``<code>``, ``<kbd>``, ``<samp>``)
a standalone placeholder holding the code untouched. ``<script>``, ``<style>``, ``<pre>``,
``<textarea>``, ``<svg>``, ``<math>``, ``<template>``, ``<noscript>``, comments and the
doctype are left alone. These attributes are units of their own: ``title``, ``alt``,
``placeholder``, ``aria-label``, ``label`` of ``<option>`` / ``<track>``, ``value`` of
buttons, ``content`` of description / keywords / Open Graph / Twitter ``<meta>``.

Export replaces only translated units and attributes in the original text: everything else is
byte-identical (a file exported without translations is byte-identical). Inside a translated
unit, white space is collapsed and text re-escaped; tags are written back as they were in the
source. With ``target_language``, ``<html lang>`` (and ``xml:lang``) is updated when
present. The encoding (BOM, ``<meta charset>``) is kept; characters it cannot store become
character references.
"""

from __future__ import annotations

import html as htmllib
import itertools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from storage.documents._io import apply_edits, decode_text
from storage.documents._units import (
    ExportOptions,
    MismatchCollector,
    Piece,
    Tag,
    Unit,
    alone,
    pair,
    realize,
    segment_units,
    touched,
)
from storage.documents.errors import MalformedDocumentError, TranslationMismatchError
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "html"
EXTENSIONS = (".html", ".htm")

BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "legend",
    "li", "main", "menu", "nav", "ol", "optgroup", "option", "p", "section", "select",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "button",
    "label", "frameset", "frame", "meta", "link", "base",
})
SKIP_BLOCK = frozenset({"script", "style", "pre", "textarea", "template", "svg", "math",
                        "noscript", "iframe", "object", "video", "audio", "canvas", "xmp",
                        "listing", "plaintext"})
SKIP_INLINE = frozenset({"code", "kbd", "samp", "var", "tt"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"})
_CONTENT_VOID = frozenset({"img", "input", "embed", "area"})
_LABELS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
           "s": "strikethrough", "del": "deleted", "ins": "inserted", "sup": "superscript",
           "sub": "subscript", "mark": "highlight", "small": "small", "br": "line break",
           "img": "image"}
_META_NAMES = frozenset({"description", "keywords", "twitter:title", "twitter:description",
                         "og:title", "og:description", "og:site_name", "application-name",
                         "author"})
_WS_RE = re.compile(r"[ \t\n\r\f]+")
_HTML_WS = " \t\n\r\f"
_ATTR_RE = re.compile(
    r"""(?P<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<uq>[^\s"'=<>`]+)))?""")
_TAG_NAME_RE = re.compile(r"<\s*[^\s/>]+")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass
class _Event:
    kind: str
    start: int
    tag: str = ""
    attrs: list[tuple[str, str | None]] = field(default_factory=list)
    data: str = ""
    end: int = 0


class _Tokenizer(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0]
        for m in re.finditer("\n", text):
            self.line_starts.append(m.end())
        self.events: list[_Event] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("start", self._pos(), tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(_Event("startend", self._pos(), tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self.events.append(_Event("end", self._pos(), tag))

    def handle_data(self, data: str) -> None:
        self.events.append(_Event("data", self._pos(), data=data))

    def handle_comment(self, data: str) -> None:
        self.events.append(_Event("comment", self._pos()))

    def handle_decl(self, decl: str) -> None:
        self.events.append(_Event("other", self._pos()))

    def handle_pi(self, data: str) -> None:
        self.events.append(_Event("other", self._pos()))

    def unknown_decl(self, data: str) -> None:
        self.events.append(_Event("other", self._pos()))


class BadMarkup(Exception):
    """A declaration the standard parser gives up on (``<![i]…``, ``<!x y``); ``line`` 1-based."""

    def __init__(self, problem: str, line: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def tokenize(text: str) -> list[_Event]:
    parser = _Tokenizer(text)
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as exc:  # how html.parser (_markupbase) reports what it cannot read
        raise BadMarkup(str(exc), parser.getpos()[0]) from exc
    events = parser.events
    for ev, nxt in itertools.pairwise(events):
        ev.end = nxt.start
    if events:
        events[-1].end = len(text)
    return events


@dataclass
class _Attr:
    unit: Unit
    start: int
    end: int
    quote: str


@dataclass
class _Block:
    unit: Unit
    start: int
    end: int


@dataclass
class _Page:
    blocks: list[_Block]
    attrs: list[_Attr]
    lang: list[tuple[int, int, str]]


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _attr_spans(text: str, ev: _Event) -> list[tuple[str, int, int, str]]:
    """``(name, value start, value end, quote)`` of each attribute in a start tag's source."""
    raw = text[ev.start:ev.end]
    m = _TAG_NAME_RE.match(raw)
    pos = m.end() if m else 1
    out = []
    for am in _ATTR_RE.finditer(raw, pos):
        for group, quote in (("dq", '"'), ("sq", "'"), ("uq", "")):
            if am.group(group) is not None:
                out.append((am.group("name").lower(), ev.start + am.start(group),
                            ev.start + am.end(group), quote))
                break
    return out


def _translatable_attr(tag: str, attrs: dict[str, str | None], name: str) -> bool:
    if name in ("title", "placeholder", "aria-label", "aria-description"):
        return True
    if name == "alt":
        return tag in ("img", "area", "input")
    if name == "label":
        return tag in ("option", "optgroup", "track")
    if name == "value":
        return tag == "input" and (attrs.get("type") or "").lower() in ("button", "submit",
                                                                        "reset")
    if name == "content" and tag == "meta":
        key = (attrs.get("name") or attrs.get("property") or "").lower()
        return key in _META_NAMES
    return False


def _tag_label(tag: str, attrs: dict[str, str | None]) -> str:
    if tag == "a":
        href = attrs.get("href")
        return f"link → {href}" if href else "link"
    return _LABELS.get(tag, f"<{tag}>")


def _parse(text: str) -> _Page:
    events = tokenize(text)
    blocks: list[_Block] = []
    attrs: list[_Attr] = []
    lang: list[tuple[int, int, str]] = []
    current: list[tuple[Piece, int, int]] = []
    block_stack: list[str] = []
    context = [""]

    def flush() -> None:
        nonlocal current
        items = current
        current = []
        if not any(isinstance(p, str) and re.search(r"\w", p) for p, _, _ in items):
            return
        # Leave white space at the edges out of the unit's span.
        while items and isinstance(items[0][0], str) and not items[0][0].strip(_HTML_WS):
            items.pop(0)
        while items and isinstance(items[-1][0], str) and not items[-1][0].strip(_HTML_WS):
            items.pop()
        start, end = items[0][1], items[-1][2]
        first = items[0][0]
        if isinstance(first, str):
            raw = text[items[0][1]:items[0][2]]
            start += len(raw) - len(raw.lstrip(_HTML_WS))
            items[0] = (first.lstrip(_HTML_WS), items[0][1], items[0][2])
        last = items[-1][0]
        if isinstance(last, str):
            raw = text[items[-1][1]:items[-1][2]]
            end -= len(raw) - len(raw.rstrip(_HTML_WS))
            items[-1] = (last.rstrip(_HTML_WS), items[-1][1], items[-1][2])
        pieces = _pair([p for p, _, _ in items])
        n = len(blocks) + 1
        tag = context[0] or "text"
        unit = Unit(f"p{n}", pieces, f"Line {_line(text, start)}, <{tag}>", context=tag)
        blocks.append(_Block(unit, start, end))

    def add_attrs(ev: _Event) -> None:
        values = dict(ev.attrs)
        for name, a, b, quote in _attr_spans(text, ev):
            if ev.tag == "html" and name in ("lang", "xml:lang"):
                lang.append((a, b, quote))
                continue
            if not _translatable_attr(ev.tag, values, name):
                continue
            value = htmllib.unescape(text[a:b])
            if not re.search(r"\w", value):
                continue
            n = len(attrs) + 1
            unit = Unit(f"attr{n}", [_WS_RE.sub(" ", value)],
                        f"Line {_line(text, a)}, {name} of <{ev.tag}>", context=f"{ev.tag}@{name}")
            attrs.append(_Attr(unit, a, b, quote))

    i = 0
    while i < len(events):
        ev = events[i]
        if ev.kind in ("start", "startend"):
            add_attrs(ev)
        tag = ev.tag
        if ev.kind == "start" and (tag in SKIP_BLOCK or tag in SKIP_INLINE):
            j = _matching_end(events, i)
            if tag in SKIP_INLINE:
                if not current:
                    context[0] = block_stack[-1] if block_stack else ""
                current.append((alone((ev.start, events[j].end), f"code: {_text_of(events, i, j)}",
                                      content=True), ev.start, events[j].end))
            else:
                flush()
            i = j + 1
            continue
        if tag in BLOCK and ev.kind in ("start", "end", "startend"):
            flush()
            if ev.kind == "start" and tag not in VOID:
                block_stack.append(tag)
            elif ev.kind == "end" and tag in block_stack:
                while block_stack and block_stack.pop() != tag:
                    pass
            i += 1
            continue
        if not current:
            context[0] = block_stack[-1] if block_stack else ""
        if ev.kind == "data":
            current.append((_WS_RE.sub(" ", ev.data), ev.start, ev.end))
        elif ev.kind in ("start", "startend"):
            values = dict(ev.attrs)
            if ev.kind == "startend" or tag in VOID:
                current.append((alone((ev.start, ev.end), _tag_label(tag, values),
                                      content=tag in _CONTENT_VOID), ev.start, ev.end))
            else:
                current.append((Tag("pending", (ev.start, ev.end), tag,
                                    key=_tag_label(tag, values)), ev.start, ev.end))
        elif ev.kind == "end":
            current.append((Tag("pending-end", (ev.start, ev.end), tag), ev.start, ev.end))
        else:
            current.append((alone((ev.start, ev.end), "comment"), ev.start, ev.end))
        i += 1
    flush()
    return _Page(blocks, attrs, lang)


def _text_of(events: list[_Event], i: int, j: int) -> str:
    text = " ".join(e.data for e in events[i:j + 1] if e.kind == "data").strip()
    text = _WS_RE.sub(" ", text)
    return text if len(text) <= 40 else text[:39] + "…"


def _matching_end(events: list[_Event], i: int) -> int:
    tag = events[i].tag
    depth = 0
    for j in range(i, len(events)):
        ev = events[j]
        if ev.tag != tag:
            continue
        if ev.kind == "start":
            depth += 1
        elif ev.kind == "end":
            depth -= 1
            if depth == 0:
                return j
    return i


def _pair(pieces: list[Piece]) -> list[Piece]:
    """Pending opening/closing inline tags become pairs when they match, standalone if not."""
    out = list(pieces)
    stack: list[int] = []
    closing: dict[int, int] = {}
    for i, p in enumerate(out):
        if not isinstance(p, Tag):
            continue
        if p.kind == "pending":
            stack.append(i)
        elif p.kind == "pending-end":
            for depth in range(len(stack) - 1, -1, -1):
                opener = out[stack[depth]]
                assert isinstance(opener, Tag)
                if opener.label == p.label:
                    closing[stack[depth]] = i
                    del stack[depth:]
                    break
    for i, p in enumerate(out):
        if isinstance(p, Tag) and p.kind == "pending" and i in closing:
            close = out[closing[i]]
            assert isinstance(close, Tag)
            o, c = pair(p.data, close.data, str(p.key))
            out[i], out[closing[i]] = o, c
    for i, p in enumerate(out):
        if isinstance(p, Tag) and p.kind in ("pending", "pending-end"):
            label = f"<{'/' if p.kind == 'pending-end' else ''}{p.label}>"
            out[i] = alone(p.data, label)
    return out


def _charset(data: bytes) -> str | None:
    m = _CHARSET_RE.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    decoded = decode_text(data, name, declared=_charset(data))
    try:
        page = _parse(decoded.text)
    except BadMarkup as exc:
        raise MalformedDocumentError(name, "is not valid HTML: {reason}.",
                                     {"reason": exc.problem}, line=exc.line) from exc
    placed = [(b.start, b.unit) for b in page.blocks] + [(a.start, a.unit) for a in page.attrs]
    placed.sort(key=lambda item: item[0])
    segments, _ = segment_units([u for _, u in placed], rules)
    lang = decoded.text[page.lang[0][0]:page.lang[0][1]] if page.lang else None
    return Document(FORMAT, name, data, tuple(segments), rules, decoded.encoding,
                    source_language=lang or None,
                    notes=tuple(n for n in [decoded.note] if n))


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    decoded = decode_text(document.data, document.name, declared=_charset(document.data))
    text = decoded.text
    page = _parse(text)
    units = [b.unit for b in page.blocks] + [a.unit for a in page.attrs]
    _, layouts = segment_units(units, document.rules)
    problems = MismatchCollector()

    attr_edits: list[tuple[int, int, str]] = []
    for attr in page.attrs:
        layout = layouts[attr.unit.id]
        if not touched(layout, translations):
            continue
        pieces, _ = realize(layout, translations, problems)
        value = "".join(p for p in pieces if isinstance(p, str))
        escaped = htmllib.escape(value, quote=True)
        if attr.quote:
            attr_edits.append((attr.start, attr.end, escaped))
        else:
            attr_edits.append((attr.start, attr.end, f'"{escaped}"'))
    for a, b, quote in page.lang if options.target_language else []:
        attr_edits.append((a, b, options.target_language if quote
                           else f'"{options.target_language}"'))

    def tag_source(span: tuple[int, int]) -> str:
        a, b = span
        inner = [(s - a, e - a, r) for s, e, r in attr_edits if s >= a and e <= b]
        return apply_edits(text[a:b], inner)

    edits = []
    covered: list[tuple[int, int]] = []
    for block in page.blocks:
        layout = layouts[block.unit.id]
        if not touched(layout, translations):
            continue
        pieces, _ = realize(layout, translations, problems)
        rendered = "".join(htmllib.escape(p, quote=False) if isinstance(p, str)
                           else tag_source(p.data) for p in pieces)
        edits.append((block.start, block.end, rendered))
        covered.append((block.start, block.end))
    for s, e, r in attr_edits:
        if not any(a <= s and e <= b for a, b in covered):
            edits.append((s, e, r))
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)
    out = apply_edits(text, edits)
    return out.encode(options.encoding or decoded.encoding, errors="xmlcharrefreplace")
