r"""SubRip subtitles (.srt).

Structure: a subtitle (cue) is a unit; its lines are joined with spaces and cut into
sentences, except a dialogue cue (every line starts with a dash), whose lines stay apart.
Inline markup is carried as placeholders: ``<i>…</i>``, ``<b>``, ``<u>``, ``<s>``,
``<font …>`` (pairs when they match, standalone otherwise), ASS overrides ``{\an8}``, and the
``\N`` / ``\h`` codes (standalone).

Export replaces only the text of translated cues: numbers, timings (and SubRip coordinates),
blank lines, line breaks (CRLF or LF), the encoding and BOM are written back untouched, so a
file exported without translations is byte-identical. A translated cue is wrapped again into as
many lines as it had (balanced), a dialogue cue keeps one line per speaker.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from storage.documents._io import (
    apply_edits,
    decode_text,
    encode_text,
    lines_with_offsets,
    newline_of,
)
from storage.documents._units import (
    ExportOptions,
    MismatchCollector,
    Piece,
    Tag,
    Unit,
    alone,
    boundary,
    pair,
    realize,
    segment_units,
    single_line,
    touched,
)
from storage.documents.errors import MalformedDocumentError, TranslationMismatchError
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "srt"
EXTENSIONS = (".srt",)

_TIME = r"\d{1,3}:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?"
TIMING_RE = re.compile(rf"^\s*(?P<start>{_TIME})\s*-->\s*(?P<end>{_TIME})(?P<rest>.*)$")
_INDEX_RE = re.compile(r"^\s*\d+\s*$")
_MARKUP_RE = re.compile(r"</?[A-Za-z][^<>]*>|\{\\[^{}]*\}|\\[Nnh]")
_TAG_NAME_RE = re.compile(r"</?\s*([A-Za-z][\w-]*)")
_DASH_RE = re.compile(r"^\s*(?:<[^>]*>|\{[^}]*\})*\s*[-–—]")


@dataclass
class Cue:
    """One subtitle as the file has it (line numbers are 1-based)."""

    ordinal: int
    number: str
    start: str
    end: str
    rest: str
    text_start: int
    text_end: int
    lines: list[str]
    line: int


def _shown(line: str) -> str:
    line = line.strip()
    return line if len(line) <= 60 else line[:57] + "…"


def parse_cues(text: str, name: str) -> list[Cue]:
    """The cues of an .srt text; MalformedDocumentError naming the line of a problem."""
    lines = lines_with_offsets(text)
    cues: list[Cue] = []
    i = 0
    n = len(lines)

    def content(k: int) -> str:
        a, b, _ = lines[k]
        return text[a:b]

    while i < n:
        if not content(i).strip():
            i += 1
            continue
        number = ""
        if _INDEX_RE.match(content(i)) and not TIMING_RE.match(content(i)):
            if i + 1 < n and TIMING_RE.match(content(i + 1)):
                number = content(i).strip()
                i += 1
            else:
                bad = i + 1 if i + 1 < n else i
                raise MalformedDocumentError(
                    name, "not a valid SubRip subtitle file: expected a timing line such as "
                          "“00:00:01,000 --> 00:00:04,000” after subtitle {number}, found "
                          "“{found}”.", {"number": content(i).strip(),
                                         "found": _shown(content(bad))}, line=bad + 1)
        m = TIMING_RE.match(content(i))
        if not m:
            raise MalformedDocumentError(
                name, "not a valid SubRip subtitle file: expected a subtitle number followed "
                      "by a timing line (“00:00:01,000 --> 00:00:04,000”), found “{found}”.",
                {"found": _shown(content(i))}, line=i + 1)
        timing_line = i
        i += 1
        text_lines = []
        while i < n and content(i).strip():
            # A number directly followed by a timing line starts the next cue.
            if _INDEX_RE.match(content(i)) and i + 1 < n and TIMING_RE.match(content(i + 1)):
                break
            if TIMING_RE.match(content(i)):
                break
            text_lines.append(i)
            i += 1
        if text_lines:
            start, end = lines[text_lines[0]][0], lines[text_lines[-1]][1]
        else:
            start = end = lines[timing_line][2]
        cues.append(Cue(len(cues) + 1, number, m.group("start"), m.group("end"),
                        m.group("rest"), start, end, [content(k) for k in text_lines],
                        timing_line + 1))
    return cues


def _inline(line: str) -> list[Piece]:
    """One line's pieces: text and markup tags (paired later, per cue)."""
    out: list[Piece] = []
    pos = 0
    for m in _MARKUP_RE.finditer(line):
        if m.start() > pos:
            out.append(line[pos:m.start()])
        raw = m.group(0)
        if raw.startswith("<"):
            name = _TAG_NAME_RE.match(raw)
            out.append(Tag("pending", raw, (name.group(1).lower() if name else "tag"),
                           key=raw.startswith("</")))
        elif raw.startswith("{"):
            out.append(alone(raw, f"subtitle code {raw}"))
        elif raw in ("\\N", "\\n"):
            out.append(alone(raw, "line break"))
        else:
            out.append(alone(raw, "hard space"))
        pos = m.end()
    if pos < len(line):
        out.append(line[pos:])
    return out


def _pair_tags(pieces: list[Piece]) -> list[Piece]:
    """Turn <x>…</x> into pairs when they match; anything else is standalone."""
    out: list[Piece] = list(pieces)
    stack: list[tuple[int, str]] = []
    closing: dict[int, int] = {}
    for i, p in enumerate(out):
        if not (isinstance(p, Tag) and p.kind == "pending"):
            continue
        if not p.key:  # an opening tag
            if not p.data.rstrip().endswith("/>"):
                stack.append((i, p.label))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][1] == p.label:
                closing[stack[depth][0]] = i
                del stack[depth:]
                break
    for i, p in enumerate(out):
        if not (isinstance(p, Tag) and p.kind == "pending"):
            continue
        if i in closing:
            close = out[closing[i]]
            assert isinstance(close, Tag)
            o, c = pair(p.data, close.data, _label(p.label, p.data))
            out[i], out[closing[i]] = o, c
    for i, p in enumerate(out):
        if isinstance(p, Tag) and p.kind == "pending":
            out[i] = alone(p.data, f"tag {p.data}")
    return out


def _label(name: str, raw: str) -> str:
    return {"i": "italic", "b": "bold", "u": "underline", "s": "strikethrough"}.get(
        name, f"<{raw.strip('<>')}>")


def _is_dialogue(lines: list[str]) -> bool:
    return len(lines) >= 2 and all(_DASH_RE.match(line) for line in lines)


def _unit(cue: Cue) -> Unit:
    pieces: list[Piece] = []
    dialogue = _is_dialogue(cue.lines)
    for k, line in enumerate(cue.lines):
        if k:
            pieces.append(boundary("\n") if dialogue else " ")
        pieces.extend(_inline(line))
    label = cue.number or str(cue.ordinal)
    return Unit(f"cue{cue.ordinal}", _pair_tags(pieces),
                f"Subtitle {label} ({cue.start} → {cue.end})",
                context=f"{cue.start} --> {cue.end}")


def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    decoded = decode_text(data, name)
    cues = parse_cues(decoded.text, name)
    segments, _ = segment_units([_unit(c) for c in cues], rules)
    return Document(FORMAT, name, data, tuple(segments), rules, decoded.encoding,
                    notes=tuple(n for n in [decoded.note] if n))


def _visible_len(s: str) -> int:
    return len(_MARKUP_RE.sub("", s))


def rewrap(text: str, lines: int) -> list[str]:
    """``text`` in at most ``lines`` balanced lines, never breaking inside markup."""
    if lines <= 1:
        return [text]
    # Words: break only at spaces outside markup.
    words: list[str] = []
    current = ""
    pos = 0
    for m in _MARKUP_RE.finditer(text):
        chunk = text[pos:m.start()]
        parts = chunk.split(" ")
        current += parts[0]
        for part in parts[1:]:
            words.append(current)
            current = part
        current += m.group(0)
        pos = m.end()
    parts = text[pos:].split(" ")
    current += parts[0]
    for part in parts[1:]:
        words.append(current)
        current = part
    words.append(current)
    words = [w for w in words if w]
    total = sum(_visible_len(w) for w in words) + max(0, len(words) - 1)
    # The narrowest width that fits in `lines` lines: balanced lines.
    for width in range(max(1, math.ceil(total / lines)), total + 1):
        out = _fill(words, width)
        if len(out) <= lines:
            return out
    return [" ".join(words)]


def _fill(words: list[str], width: int) -> list[str]:
    out: list[str] = []
    line = ""
    for w in words:
        if line and _visible_len(line) + 1 + _visible_len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        out.append(line)
    return out


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    decoded = decode_text(document.data, document.name)
    text = decoded.text
    cues = parse_cues(text, document.name)
    units = [_unit(c) for c in cues]
    _, layouts = segment_units(units, document.rules)
    newline = newline_of(text)
    problems = MismatchCollector()
    # A blank line ends a subtitle: a translation's line breaks become spaces (a cue's lines
    # are wrapped again anyway; a dialogue cue's speakers stay one per line).
    translations = single_line(translations)
    edits = []
    for cue, unit in zip(cues, units, strict=True):
        layout = layouts[unit.id]
        if not touched(layout, translations):
            continue
        pieces, _ = realize(layout, translations, problems)
        rendered = "".join(p if isinstance(p, str) else str(p.data) for p in pieces)
        if _is_dialogue(cue.lines):
            out_lines = [line.strip() for line in rendered.split("\n")]
            out_lines = [line for line in out_lines if line] or [""]
        else:
            out_lines = rewrap(rendered.strip(), len(cue.lines))
        # A line that reads as a timing would start a new subtitle, and SubRip has no escape:
        # its arrow is written as "→", which reads the same and is no timing.
        out_lines = [line.replace("-->", "→", 1) if TIMING_RE.match(line) else line
                     for line in out_lines]
        edits.append((cue.text_start, cue.text_end, newline.join(out_lines)))
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)
    return encode_text(apply_edits(text, edits), options.encoding or decoded.encoding,
                       document.name)
