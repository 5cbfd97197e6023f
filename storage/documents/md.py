"""Markdown (.md, .markdown): CommonMark and GitHub's tables, read line by line.

Structure: a paragraph (its hard-wrapped lines joined), a heading (ATX ``#`` or setext), a
list item's text, a block quote's paragraph and a table cell are units. Left alone: fenced
and indented code blocks, HTML blocks and comments, link reference definitions, thematic
breaks, YAML front matter. Inline markup is carried as placeholders: ``**strong**``,
``*emphasis*`` / ``_emphasis_``, ``~~strike~~`` and ``[link text](url)`` / ``[text][ref]``
pairs (the text translatable, the URL kept); inline code, images, autolinks, bare URLs and
inline HTML standalone (their content untouched). Backslash escapes and entities stay as
text.

Export replaces only the text of translated units in the original file: markers, indentation,
code, blank lines and line ends are byte-identical, and so is a file exported without
translations. A translated paragraph that was hard-wrapped is wrapped again at its original
width (never starting a line with something Markdown would read as a marker).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storage.documents._io import apply_edits, decode_text, encode_text, lines_with_offsets
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
    single_line,
    touched,
)
from storage.documents.errors import TranslationMismatchError
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "md"
EXTENSIONS = (".md", ".markdown")

_QUOTE_RE = re.compile(r"(?: {0,3}> ?)+")
_FENCE_RE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_ATX_RE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE_RE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_THEMATIC_RE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_LIST_RE = re.compile(r"^( *)([-+*]|\d{1,9}[.)])([ \t]+(?:\[[ xX]\][ \t]+)?|$)")
_REFDEF_RE = re.compile(r"^ {0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*\S")
_TABLE_DELIM_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_HTML_BLOCK_NAMES = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    "h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|"
    "noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|"
    "thead|title|tr|track|ul")
_ATTRS = r"""(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*"""
_HTML_START = [
    (re.compile(r"^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)", re.I),
     re.compile(r"</(?:script|pre|style|textarea)>", re.I)),
    (re.compile(r"^ {0,3}<!--"), re.compile(r"-->")),
    (re.compile(r"^ {0,3}<\?"), re.compile(r"\?>")),
    (re.compile(r"^ {0,3}<![A-Za-z]"), re.compile(r">")),
    (re.compile(r"^ {0,3}<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(rf"^ {{0,3}}</?(?:{_HTML_BLOCK_NAMES})(?:\s|/?>|$)", re.I), None),
]
_HTML_TYPE7 = re.compile(rf"^ {{0,3}}(?:<[A-Za-z][\w-]*{_ATTRS}\s*/?>|</[A-Za-z][\w-]*\s*>)\s*$")
_INLINE_HTML_RE = re.compile(
    rf"<[A-Za-z][\w-]*{_ATTRS}\s*/?>|</[A-Za-z][\w-]*\s*>|<!--.*?-->", re.S)
_AUTOLINK_RE = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+"
                          r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+)>")
_BARE_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?\"')\]*_~]")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_BLOCK_START_RE = re.compile(
    r"^(?:[#>=+|]|[-*_](?:\s|$)|[*_]{3}|\d{1,9}[.)](?:\s|$)|`{3}|~{3}|<)")


@dataclass
class _Para:
    unit: Unit
    start: int
    end: int
    width: int | None = None
    continuation: str = ""
    cell: bool = False


@dataclass
class _Builder:
    text: str
    defs: set[str]
    paras: list[_Para] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)  # (content start, line end)
    kind: str = "paragraph"

    def flush(self) -> None:
        if not self.lines:
            return
        lines, self.lines = self.lines, []
        text = self.text
        contents = [text[a:b] for a, b in lines]
        joined_parts: list[str] = []
        prefixes: list[str] = []
        for k in range(len(lines)):
            joined_parts.append(contents[k])
            if k + 1 < len(lines):
                line_start = text.rfind("\n", 0, lines[k + 1][0]) + 1
                prefixes.append(text[line_start:lines[k + 1][0]])
        pieces = inline("\n".join(joined_parts), self.defs, prefixes)
        start = lines[0][0]
        end = lines[-1][1]
        while end > start and text[end - 1] in " \t":
            end -= 1
        n = len(self.paras) + 1
        width = None
        continuation = ""
        if len(lines) > 1:
            width = max(b - (text.rfind("\n", 0, a) + 1) for a, b in lines)
            continuation = prefixes[0]
        line_no = text.count("\n", 0, start) + 1
        unit = Unit(f"p{n}", pieces, f"Line {line_no}, {self.kind}", context=self.kind)
        self.paras.append(_Para(unit, start, end, width, continuation))
        self.kind = "paragraph"

    def single(self, a: int, b: int, kind: str, *, cell: bool = False) -> None:
        """A one-line unit (heading, table cell) from ``a`` to ``b``."""
        self.flush()
        text = self.text
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a >= b:
            return
        n = len(self.paras) + 1
        line_no = text.count("\n", 0, a) + 1
        unit = Unit(f"p{n}", inline(text[a:b], self.defs, []),
                    f"Line {line_no}, {kind}", context=kind)
        self.paras.append(_Para(unit, a, b, cell=cell))


def _split_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cell spans of a table row (pipes inside code spans or escaped do not split)."""
    row = text[a:b]
    cells = []
    start = 0
    in_code = 0
    i = 0
    while i < len(row):
        ch = row[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            run = len(row[i:]) - len(row[i:].lstrip("`"))
            in_code = 0 if in_code == run else (in_code or run)
            i += run
            continue
        if ch == "|" and not in_code:
            cells.append((start, i))
            start = i + 1
        i += 1
    cells.append((start, len(row)))
    if cells and not row[cells[0][0]:cells[0][1]].strip() and row.lstrip().startswith("|"):
        cells.pop(0)
    if cells and not row[cells[-1][0]:cells[-1][1]].strip() and row.rstrip().endswith("|"):
        cells.pop()
    return [(a + s, a + e) for s, e in cells]


def parse_blocks(text: str) -> list[_Para]:
    lines = lines_with_offsets(text)
    defs = set()
    for a, b, _ in lines:
        m = _REFDEF_RE.match(_QUOTE_RE.sub("", text[a:b], count=1))
        if m:
            defs.add(_label(m.group(1)))
    builder = _Builder(text, defs)
    fence: tuple[str, int] | None = None
    html_end: re.Pattern[str] | bool | None = False  # False: not in an HTML block
    list_indent: int | None = None
    i = 0
    n = len(lines)
    # YAML front matter
    if n and text[lines[0][0]:lines[0][1]].rstrip() == "---":
        for k in range(1, n):
            if text[lines[k][0]:lines[k][1]].rstrip() in ("---", "..."):
                i = k + 1
                break
    previous_blank = True
    while i < n:
        a, b, _ = lines[i]
        raw = text[a:b]
        qm = _QUOTE_RE.match(raw)
        q = qm.end() if qm and qm.group(0).strip() else 0
        body = raw[q:]
        body_start = a + q
        i += 1
        if fence is not None:
            fm = _FENCE_RE.match(body)
            if fm and fm.group(2)[0] == fence[0] and len(fm.group(2)) >= fence[1] \
                    and not fm.group(3).strip():
                fence = None
            continue
        if html_end is not False:
            if html_end is None:
                if not body.strip():
                    html_end = False
                    previous_blank = True
                continue
            if html_end.search(body):
                html_end = False
            continue
        if not body.strip():
            builder.flush()
            previous_blank = True
            continue
        in_para = bool(builder.lines)
        indent = len(body) - len(body.lstrip(" "))
        fm = _FENCE_RE.match(body)
        if fm and not (fm.group(2)[0] == "`" and "`" in fm.group(3)):
            builder.flush()
            fence = (fm.group(2)[0], len(fm.group(2)))
            previous_blank = False
            continue
        if _ATX_RE.match(body):
            builder.flush()
            head = _ATX_RE.match(body)
            assert head is not None
            content = body[head.end():]
            close = _ATX_CLOSE_RE.search(content)
            end = head.end() + (close.start() if close else len(content))
            builder.single(body_start + head.end(), body_start + end, "heading")
            previous_blank = False
            list_indent = None
            continue
        if in_para and _SETEXT_RE.match(body):
            builder.kind = "heading"
            builder.flush()
            previous_blank = False
            continue
        if _THEMATIC_RE.match(body):
            builder.flush()
            previous_blank = False
            continue
        started_html = False
        for start_re, end_re in _HTML_START:
            if start_re.match(body):
                builder.flush()
                started_html = True
                html_end = end_re
                if end_re is not None and end_re.search(body):
                    html_end = False
                break
        if not started_html and not in_para and _HTML_TYPE7.match(body):
            started_html = True
            html_end = None
        if started_html:
            previous_blank = False
            continue
        if not in_para and _REFDEF_RE.match(body):
            previous_blank = False
            continue
        if ("|" in body and i < n and not in_para
                and _TABLE_DELIM_RE.match(text[lines[i][0]:lines[i][1]])
                and "-" in text[lines[i][0]:lines[i][1]]):
            builder.flush()
            for cs, ce in _split_cells(text, body_start, b):
                builder.single(cs, ce, "table cell", cell=True)
            i += 1  # the delimiter row
            while i < n:
                ra, rb, _ = lines[i]
                row = text[ra:rb]
                if not row.strip() or "|" not in row:
                    break
                for cs, ce in _split_cells(text, ra, rb):
                    builder.single(cs, ce, "table cell", cell=True)
                i += 1
            previous_blank = False
            continue
        in_list = list_indent is not None and indent >= list_indent
        if not in_para and indent >= 4 and not in_list and previous_blank:
            # An indented code block: skip it and its following indented lines.
            while i < n:
                na, nb, _ = lines[i]
                nxt = text[na:nb]
                if nxt.strip() and len(nxt) - len(nxt.lstrip(" ")) < 4:
                    break
                i += 1
            previous_blank = True
            continue
        lm = _LIST_RE.match(body)
        if lm and len(lm.group(1)) > 3 and not in_list:
            lm = None
        if lm and in_para and (not body[lm.end():].strip() or (
                lm.group(2)[0].isdigit() and lm.group(2)[:-1] != "1")):
            lm = None  # cannot interrupt a paragraph
        if lm:
            builder.flush()
            list_indent = lm.end()
            rest = body[lm.end():]
            if rest.strip():
                builder.kind = "list item"
                builder.lines.append((body_start + lm.end(), b))
            previous_blank = False
            continue
        if not in_para and list_indent is not None and not in_list and previous_blank:
            list_indent = None
        start = body_start + indent
        if not in_para:
            builder.kind = "block quote" if q else ("list item" if in_list else "paragraph")
        builder.lines.append((start, b))
        previous_blank = False
    builder.flush()
    return builder.paras


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


# -- inline -------------------------------------------------------------------------------------

@dataclass
class _Delim:
    char: str
    length: int
    can_open: bool
    can_close: bool
    raw: str


def _flanking(text: str, i: int, j: int) -> tuple[bool, bool]:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    left = not after.isspace() and (after not in _PUNCT or before.isspace() or before in _PUNCT)
    right = not before.isspace() and (before not in _PUNCT or after.isspace() or after in _PUNCT)
    return left, right


def _find_bracket_end(text: str, i: int) -> int:
    """Index of the ``]`` matching the ``[`` at ``i`` (or -1)."""
    depth = 0
    k = i
    while k < len(text):
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "`":
            run = len(text[k:]) - len(text[k:].lstrip("`"))
            close = text.find("`" * run, k + run)
            while close != -1 and text[close + run:close + run + 1] == "`":
                close = text.find("`" * run, close + run + 1)
            k = close + run if close != -1 else k + run
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _link_tail(text: str, j: int, defs: set[str], label: str) -> int:
    """End of a link's destination part after the ``]`` at ``j`` (or -1: not a link)."""
    k = j + 1
    if k < len(text) and text[k] == "(":
        depth = 0
        m = k
        while m < len(text):
            ch = text[m]
            if ch == "\\":
                m += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return m + 1
            elif ch == "\n" and text[k:m].count('"') % 2 == 0:
                return -1
            m += 1
        return -1
    if k < len(text) and text[k] == "[":
        end = text.find("]", k)
        if end != -1:
            ref = text[k + 1:end]
            if (ref and _label(ref) in defs) or (not ref and _label(label) in defs):
                return end + 1
        return -1
    return j + 1 if _label(label) in defs else -1


def inline(text: str, defs: set[str], prefixes: list[str]) -> list[Piece]:
    """The pieces of one paragraph's inline content (lines joined with ``\\n``)."""
    items = _scan(text, defs, prefixes, [0])
    return _resolve(items)


def _scan(text: str, defs: set[str], prefixes: list[str], line: list[int]) -> list:
    items: list = []
    buf: list[str] = []

    def flush_text() -> None:
        if buf:
            items.append("".join(buf))
            buf.clear()

    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in _PUNCT:
            buf.append(text[i:i + 2])
            i += 2
            continue
        if ch == "\n":
            line[0] += 1
            prefix = prefixes[line[0] - 1] if line[0] - 1 < len(prefixes) else ""
            spaces = len("".join(buf)) - len("".join(buf).rstrip(" "))
            if spaces >= 2 or (buf and "".join(buf).endswith("\\")):
                joined = "".join(buf)
                marker = "\\" if joined.endswith("\\") else joined[len(joined) - spaces:]
                kept = joined[:len(joined) - len(marker)]
                buf.clear()
                if kept:
                    buf.append(kept)
                flush_text()
                items.append(alone(marker + "\n" + prefix, "line break"))
            else:
                joined = "".join(buf).rstrip(" ")
                buf.clear()
                buf.append(joined + " ")
            i += 1
            continue
        if ch == "`":
            run = len(text[i:]) - len(text[i:].lstrip("`"))
            close = text.find("`" * run, i + run)
            while close != -1 and text[close + run:close + run + 1] == "`":
                close = text.find("`" * run, close + run + 1)
            if close == -1:
                buf.append("`" * run)
                i += run
                continue
            raw = text[i:close + run]
            line[0] += raw.count("\n")
            flush_text()
            code = raw.replace("\n", " ")
            items.append(alone(code, f"code: {code.strip('`').strip()[:40]}", content=True))
            i = close + run
            continue
        if ch == "<":
            m = _AUTOLINK_RE.match(text, i)
            if m:
                flush_text()
                items.append(alone(m.group(0), f"link {m.group(0)}", content=True))
                i = m.end()
                continue
            m = _INLINE_HTML_RE.match(text, i)
            if m:
                raw = m.group(0)
                line[0] += raw.count("\n")
                flush_text()
                if raw.startswith("<!--"):
                    items.append(alone(raw, "comment"))
                elif raw.startswith("</"):
                    items.append(("html-close", raw, raw[2:].strip(" >\n").lower()))
                elif raw.endswith("/>"):
                    items.append(alone(raw, raw, content=True))
                else:
                    name = re.match(r"<([A-Za-z][\w-]*)", raw)
                    items.append(("html-open", raw, name.group(1).lower() if name else ""))
                i = m.end()
                continue
        if ch == "!" and text.startswith("![", i):
            j = _find_bracket_end(text, i + 1)
            if j != -1:
                end = _link_tail(text, j, defs, text[i + 2:j])
                if end != -1:
                    raw = text[i:end]
                    line[0] += raw.count("\n")
                    flush_text()
                    items.append(alone(raw.replace("\n", " "), f"image {text[i + 2:j][:40]}",
                                       content=True))
                    i = end
                    continue
        if ch == "[":
            j = _find_bracket_end(text, i)
            if j != -1:
                end = _link_tail(text, j, defs, text[i + 1:j])
                if end != -1:
                    flush_text()
                    inner = _scan(text[i + 1:j], defs, prefixes, line)
                    tail = text[j:end]
                    line[0] += tail.count("\n")
                    target = tail[2:-1] if tail.startswith("](") else tail[1:]
                    o, c = pair("[", tail.replace("\n", " "), f"link → {target.strip('[]')}")
                    items.append(o)
                    items.extend(inner)
                    items.append(c)
                    i = end
                    continue
        if ch in "*_~":
            run = len(text[i:]) - len(text[i:].lstrip(ch))
            left, right = _flanking(text, i, i + run)
            if ch == "_":
                before = text[i - 1] if i > 0 else " "
                after = text[i + run] if i + run < n else " "
                can_open = left and (not right or before in _PUNCT)
                can_close = right and (not left or after in _PUNCT)
            else:
                can_open, can_close = left, right
            if (can_open or can_close) and not (ch == "~" and run > 2):
                flush_text()
                items.append(_Delim(ch, run, can_open, can_close, text[i:i + run]))
                i += run
                continue
            buf.append(text[i:i + run])
            i += run
            continue
        if ch in "hw" and (i == 0 or not text[i - 1].isalnum()):
            m = _BARE_URL_RE.match(text, i)
            if m:
                flush_text()
                items.append(alone(m.group(0), f"link {m.group(0)}", content=True))
                i = m.end()
                continue
        buf.append(ch)
        i += 1
    flush_text()
    return items


_EMPHASIS_LABELS = {("*", 1): "italic", ("_", 1): "italic", ("*", 2): "bold",
                    ("_", 2): "bold", ("~", 1): "strikethrough", ("~", 2): "strikethrough"}


def _resolve(items: list) -> list[Piece]:
    """Match emphasis delimiters and inline HTML tags into pairs; the rest becomes text."""
    out: list = list(items)
    # Emphasis: for each closer, the nearest opener of the same character and length.
    openers: list[int] = []
    for idx, item in enumerate(out):
        if not isinstance(item, _Delim):
            continue
        matched = False
        if item.can_close:
            for k in range(len(openers) - 1, -1, -1):
                op = out[openers[k]]
                if op.char == item.char and op.length == item.length:
                    label = _EMPHASIS_LABELS.get((item.char, min(item.length, 2)), "emphasis")
                    if item.length >= 3:
                        label = "bold italic"
                    o, c = pair(op.raw, item.raw, label)
                    out[openers[k]] = o
                    out[idx] = c
                    del openers[k:]
                    matched = True
                    break
        if not matched and item.can_open:
            openers.append(idx)
    # Inline HTML tags by name.
    stack: list[int] = []
    for idx, item in enumerate(out):
        if isinstance(item, tuple) and item[0] == "html-open":
            stack.append(idx)
        elif isinstance(item, tuple) and item[0] == "html-close":
            for k in range(len(stack) - 1, -1, -1):
                op = out[stack[k]]
                if op[2] == item[2]:
                    o, c = pair(op[1], item[1], f"<{item[2]}>")
                    out[stack[k]] = o
                    out[idx] = c
                    del stack[k:]
                    break
    pieces: list[Piece] = []
    for item in out:
        if isinstance(item, _Delim):
            _text(pieces, item.raw)
        elif isinstance(item, tuple):
            pieces.append(alone(item[1], item[1], content=False))
        elif isinstance(item, str):
            _text(pieces, item)
        else:
            pieces.append(item)
    return pieces


def _text(pieces: list[Piece], s: str) -> None:
    if pieces and isinstance(pieces[-1], str):
        pieces[-1] += s
    else:
        pieces.append(s)


# -- reading and writing ------------------------------------------------------------------------

def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    decoded = decode_text(data, name)
    paras = parse_blocks(decoded.text)
    segments, _ = segment_units([p.unit for p in paras], rules)
    return Document(FORMAT, name, data, tuple(segments), rules, decoded.encoding,
                    notes=tuple(n for n in [decoded.note] if n))


_MARKER_START_RE = re.compile(
    r"[ \t]*(?:(\d{1,9})(?=[.)](?:\s|$))"
    r"|(?=#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|(?:[-*_][ \t]*){3,}$|`{3}|~{3}|<[A-Za-z/!?]"
    r"|\[(?:[^\]\\]|\\.)+\]:))")


def _literal_start(pieces: list[Piece]) -> list[Piece]:
    """The unit's pieces with a leading text that Markdown would read as the start of a block
    (``# ``, ``> ``, ``- ``, ``1. ``, a fence, ``***``, ``<div>``, ``[x]: url``, indentation)
    made literal by a backslash, which renders the same character: a translation cannot
    turn a paragraph into a heading, a list, code or a link definition."""
    if not pieces or not isinstance(pieces[0], str):
        return pieces
    first = pieces[0]
    m = _MARKER_START_RE.match(first)
    if m is None:
        return [first.lstrip(" \t"), *pieces[1:]] if first[:1] in " \t" else pieces
    if m.group(1) is not None:  # "1." / "1)": escape the delimiter
        first = m.group(1) + "\\" + first[m.end():]
    else:
        first = "\\" + first[m.end():]
    return [first, *pieces[1:]]


def _wrap(pieces: list[Piece], width: int, first_prefix: int, continuation: str,
          newline: str) -> str:
    """Join pieces into lines of at most ``width`` columns, prefixes included (tags never
    broken, no line starting like a Markdown marker)."""
    words: list[str] = []
    current = ""
    for p in pieces:
        if isinstance(p, Tag):
            current += str(p.data)
            continue
        parts = p.split(" ")
        current += parts[0]
        for part in parts[1:]:
            words.append(current)
            current = part
    words.append(current)
    words = [w for w in words if w]
    lines: list[str] = []
    line = ""
    limit = width - first_prefix
    for w in words:
        if line and len(line) + 1 + len(w) > limit and not _BLOCK_START_RE.match(w):
            lines.append(line)
            line = w
            limit = width - len(continuation)
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return (newline + continuation).join(lines)


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    decoded = decode_text(document.data, document.name)
    text = decoded.text
    paras = parse_blocks(text)
    _, layouts = segment_units([p.unit for p in paras], document.rules)
    m = re.search(r"\r\n|\n|\r", text)
    newline = m.group(0) if m else "\n"
    problems = MismatchCollector()
    # A blank line ends a block and a line break inside a table row ends the table: a
    # translation's line breaks become spaces (a wrapped paragraph is wrapped again).
    translations = single_line(translations)
    edits = []
    for para in paras:
        layout = layouts[para.unit.id]
        if not touched(layout, translations):
            continue
        pieces, _ = realize(layout, translations, problems)
        if para.cell:
            pieces = [p.replace("|", "\\|") if isinstance(p, str) else p for p in pieces]
        else:
            pieces = _literal_start(pieces)
        if para.width:
            first_prefix = para.start - (text.rfind("\n", 0, para.start) + 1)
            rendered = _wrap(pieces, para.width, first_prefix, para.continuation, newline)
        else:
            rendered = "".join(p if isinstance(p, str) else str(p.data) for p in pieces)
        edits.append((para.start, para.end, rendered))
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)
    return encode_text(apply_edits(text, edits), options.encoding or decoded.encoding,
                       document.name)
