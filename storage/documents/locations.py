"""Where a segment is, as templates: so that the app can say it in the person's language.

A segment's ``location`` is English text (``Subtitle 12 (00:01:02,000 → 00:01:04,000)``,
``Line 4, heading``, ``Table 1, row 2, cell 3 › table 1, row 1, cell 2``): projects store it
as such. :func:`parse_location` finds the templates it is made of, with their values, so
that desktop.jobs can translate each template and put the values back. Every location the
format modules write is one of WHOLE, or a sequence of PARTS joined by ``, `` or `` › ``
(Word documents); a location that matches none is shown as it is.

Both lists are listed for translation in desktop/document_messages.py.
"""

from __future__ import annotations

import re
from functools import cache

#: Locations matched as a whole (most specific first).
WHOLE: tuple[str, ...] = (
    "Subtitle {label} ({start} → {end})",
    "Lines {first}–{last}",
    "Line {line}, paragraph",
    "Line {line}, heading",
    "Line {line}, list item",
    "Line {line}, block quote",
    "Line {line}, table cell",
    "Line {line}, <{tag}>",
    "Line {line}, {attribute} of <{tag}>",
    "Line {line}",
    "Entry {number} ({references}), plural",
    "Entry {number}, plural",
    "Entry {number} ({references})",
    "Entry {number}",
    "trans-unit {id} in {original}",
    "trans-unit {id}",
)

#: The parts of a Word document's locations (``Footnote 2, table 1, row 1, cell 2``).
PARTS: tuple[str, ...] = (
    "Table {table}, row {row}, cell {cell}",
    "table {table}, row {row}, cell {cell}",
    "Paragraph {number}",
    "paragraph {number}",
    "Text box",
    "text box",
    "Footnote {number}",
    "Endnote {number}",
    "Header ({file})",
    "Footer ({file})",
    "Footnotes ({file})",
    "Endnotes ({file})",
)

SEPARATORS = (", ", " › ")
_NUMBERS = {"line", "first", "last", "number", "table", "row", "cell"}
_FIELD = re.compile(r"\{(\w+)\}")

Piece = str | tuple[str, dict[str, str]]


@cache
def _pattern(template: str, tail: str) -> re.Pattern[str]:
    out, pos = [], 0
    for m in _FIELD.finditer(template):
        out.append(re.escape(template[pos:m.start()]))
        name = m.group(1)
        out.append(rf"(?P<{name}>\d+)" if name in _NUMBERS else rf"(?P<{name}>.+?)")
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out) + tail, re.DOTALL)


_PART_END = "(?=" + "|".join(re.escape(s) for s in SEPARATORS) + "|$)"


def parse_location(text: str) -> list[Piece] | None:
    """The location as templates with their values and the separators between them
    (``[("Line {line}", {"line": "4"})]``), or None when it is not one Atelier writes."""
    for template in WHOLE:
        m = _pattern(template, "$").match(text)
        if m:
            return [(template, m.groupdict())]
    pieces: list[Piece] = []
    pos = 0
    while pos < len(text):
        for template in PARTS:
            m = _pattern(template, _PART_END).match(text, pos)
            if m:
                pieces.append((template, m.groupdict()))
                pos = m.end()
                break
        else:
            return None
        if pos < len(text):
            sep = next(s for s in SEPARATORS if text.startswith(s, pos))
            pieces.append(sep)
            pos += len(sep)
            if pos == len(text):
                return None
    return pieces or None
