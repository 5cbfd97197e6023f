"""Plain text (.txt).

Structure: a paragraph is a line, except in a block of hard-wrapped lines (several lines of
similar width, most not ending a sentence), which is one paragraph. Export replaces only the
text of translated paragraphs: everything else, line breaks (LF or CRLF), blank lines,
indentation, a missing final newline, the encoding and its BOM, is written back as it was; so a
file exported without translations is byte-identical. A translated hard-wrapped paragraph is
wrapped again at the original width.
"""

from __future__ import annotations

import re
import textwrap
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
    Unit,
    realize,
    segment_units,
    single_line,
    touched,
)
from storage.documents.errors import TranslationMismatchError
from storage.documents.model import Document
from storage.documents.segment import SegmentationRules

FORMAT = "txt"
EXTENSIONS = (".txt",)

_ENDS_SENTENCE = re.compile(r"[.!?:;…»\"”)]\s*$")


@dataclass
class _Para:
    unit: Unit
    start: int
    end: int
    wrap: int | None


def _looks_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3:
        return False
    lengths = [len(line.rstrip()) for line in lines]
    width = max(lengths)
    if not 30 <= width <= 100:
        return False
    body = lines[:-1]
    long_enough = sum(1 for line in body if len(line.rstrip()) >= 0.6 * width)
    ending = sum(1 for line in body if _ENDS_SENTENCE.search(line))
    return long_enough >= 0.75 * len(body) and ending < 0.5 * len(body)


def _paragraphs(text: str) -> list[_Para]:
    lines = lines_with_offsets(text)
    blocks: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    for line in lines:
        if text[line[0]:line[1]].strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    paras: list[_Para] = []
    for block in blocks:
        texts = [text[a:b] for a, b, _ in block]
        first_line = text.count("\n", 0, block[0][0]) + 1
        if _looks_wrapped(texts):
            joined = " ".join(t.strip() for t in texts)
            n = len(paras) + 1
            unit = Unit(f"p{n}", [joined],
                        f"Lines {first_line}–{first_line + len(block) - 1}")
            width = max(len(t.rstrip()) for t in texts)
            start = block[0][0] + len(texts[0]) - len(texts[0].lstrip())
            paras.append(_Para(unit, start, block[-1][1], width))
            continue
        for i, (a, b, _) in enumerate(block):
            n = len(paras) + 1
            paras.append(_Para(Unit(f"p{n}", [text[a:b]], f"Line {first_line + i}"), a, b, None))
    return paras


def read(data: bytes, name: str, rules: SegmentationRules) -> Document:
    decoded = decode_text(data, name)
    paras = _paragraphs(decoded.text)
    segments, _ = segment_units([p.unit for p in paras], rules)
    return Document(FORMAT, name, data, tuple(segments), rules, decoded.encoding,
                    notes=tuple(n for n in [decoded.note] if n))


def write(document: Document, translations: dict[str, str], options: ExportOptions) -> bytes:
    decoded = decode_text(document.data, document.name)
    text = decoded.text
    paras = _paragraphs(text)
    _, layouts = segment_units([p.unit for p in paras], document.rules)
    newline = newline_of(text)
    problems = MismatchCollector()
    # A paragraph is a line (or a wrapped block): a translation's line breaks become spaces,
    # so it cannot add paragraphs to the file.
    translations = single_line(translations)
    edits = []
    for para in paras:
        layout = layouts[para.unit.id]
        if not touched(layout, translations):
            continue
        pieces, _ = realize(layout, translations, problems)
        rendered = "".join(p for p in pieces if isinstance(p, str))
        if para.wrap:
            rendered = newline.join(textwrap.wrap(
                rendered.strip(), para.wrap, break_long_words=False, break_on_hyphens=False))
        edits.append((para.start, para.end, rendered))
    if problems.problems:
        raise TranslationMismatchError(document.name, problems.problems, problems.details)
    return encode_text(apply_edits(text, edits), options.encoding or decoded.encoding,
                       document.name)
