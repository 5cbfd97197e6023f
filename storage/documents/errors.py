"""Errors raised while reading or writing a client's document, with messages a user can read.

Every message names the file first (its name, not the whole path) and then the problem:
``report.docx: not a Word document (.docx): it is not a zip archive…`` or, when the problem sits
on one line, ``notes.po, line 12: syntax error…``. Loading either returns a complete
:class:`~storage.documents.model.Document` or raises one of these: nothing is half-imported.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import PurePath

from storage.errors import AtelierError

#: The longest problem shown; a longer one (quoting a damaged file) is cut.
MAX_PROBLEM = 600
_LONG_WORD = re.compile(r"[^\s“”'\"]{81,}")
_LONG_QUOTE = re.compile(r"“([^”]{101,})”")


def shorten(problem: str) -> str:
    """The problem with very long runs cut: a message may quote a line of the file, and a
    hostile file's line can be one word of megabytes."""
    problem = _LONG_QUOTE.sub(lambda m: f"“{m.group(1)[:80]}…”", problem)
    problem = _LONG_WORD.sub(lambda m: m.group(0)[:60] + "…", problem)
    return problem if len(problem) <= MAX_PROBLEM else problem[:MAX_PROBLEM - 1] + "…"


def file_label(file: str | os.PathLike[str] | None) -> str:
    """The name shown in messages: the file's name without its folders."""
    if file is None:
        return "document"
    name = PurePath(os.fspath(file)).name
    return name or os.fspath(file)


#: How the file, its line and the segment come before the problem (``{problem}``), per case:
#: ``(has a line, has a segment)``. Listed for translation in desktop/document_messages.py.
PLACES: dict[tuple[bool, bool], str] = {
    (False, False): "{file}: {problem}",
    (True, False): "{file}, line {line}: {problem}",
    (False, True): "{file}, {where}: {problem}",
    (True, True): "{file}, line {line}, {where}: {problem}",
}


def render(template: str, values: Mapping[str, object] | None) -> str:
    """A message template with its values put in (a template without values is literal)."""
    return template.format(**values) if values else template


class DocumentError(AtelierError):
    """A document cannot be imported or exported; ``str(error)`` is the message for the user.

    ``file`` is the name of the file, ``problem`` the sentence that follows it, ``line`` the
    1-based line the problem is on when it is known, ``where`` the segment's location when
    the problem is in one translation (``Subtitle 12 (…)``, ``Line 4``, ``trans-unit 42``).

    The problem is given as a fixed English ``template`` (``"cannot be written: {reason}."``)
    with its ``values``, so that the app can word it in the person's language
    (desktop.jobs.document_error_text translates the template, then puts the values in);
    ``str(error)`` is the English sentence. ``where`` stays the segment's English location
    (projects store it as text): the app words it with storage.documents.locations.
    """

    def __init__(self, file: str | os.PathLike[str] | None, problem: str,
                 values: Mapping[str, object] | None = None, *,
                 line: int | None = None, where: str | None = None) -> None:
        self.file = file_label(file)
        self.template = problem
        self.values: dict[str, object] = dict(values or {})
        self.problem = problem = shorten(render(problem, self.values))
        self.line = line
        self.where = where
        super().__init__(PLACES[line is not None, bool(where)].format(
            file=self.file, line=line, where=where, problem=problem))

    @property
    def message(self) -> str:
        return str(self)


class UnsupportedFormatError(DocumentError):
    """The file's extension is not one Atelier reads (the message lists those it does)."""


class DocumentTooLargeError(DocumentError):
    """The file, or what a compressed .docx would unpack to, is over the limits."""


class MalformedDocumentError(DocumentError):
    """The file claims a format but its content is broken (bad XML, not a zip, bad .po…)."""


class DocumentEncodingError(DocumentError):
    """The text cannot be decoded, or a translation cannot be written in the file's encoding
    (``character`` is then the first character the encoding cannot store)."""

    character: str | None = None


class TranslationMismatchError(DocumentError):
    """A translation's placeholders do not fit its source: unknown, repeated or mis-nested.

    ``segments`` lists ``(segment id, problem)`` for every segment concerned; the message
    names the first few. ``details`` lists ``(segment id, template, values)`` of the same
    problems (see :class:`storage.documents._units.PlaceholderMismatch`), for wording them in
    another language.
    """

    TEMPLATE = ("{count} translation(s) do not match their source's inline formatting "
                "placeholders, so nothing was written. {segments}{more}.")
    SEGMENT = "segment {segment}: {problem}"
    SEPARATOR = "; "
    MORE = " (and {count} more)"
    SHOWN = 3

    def __init__(self, file: str | os.PathLike[str] | None,
                 segments: list[tuple[str, str]],
                 details: list[tuple[str, str, dict[str, object]]] | None = None) -> None:
        self.segments = segments
        self.details = details if details is not None else [
            (sid, why, {}) for sid, why in segments]
        shown = self.SEPARATOR.join(self.SEGMENT.format(segment=sid, problem=why)
                                    for sid, why in segments[:self.SHOWN])
        more = (self.MORE.format(count=len(segments) - self.SHOWN)
                if len(segments) > self.SHOWN else "")
        super().__init__(file, self.TEMPLATE,
                         {"count": len(segments), "segments": shown, "more": more})
