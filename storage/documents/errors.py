"""Errors raised while reading or writing a client's document, with messages a user can read.

Every message names the file first (its name, not the whole path) and then the problem:
``report.docx: not a Word document (.docx): it is not a zip archive…`` or, when the problem sits
on one line, ``notes.po, line 12: syntax error…``. Loading either returns a complete
:class:`~storage.documents.model.Document` or raises one of these: nothing is half-imported.
"""

from __future__ import annotations

import os
import re
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


class DocumentError(AtelierError):
    """A document cannot be imported or exported; ``str(error)`` is the message for the user.

    ``file`` is the name of the file, ``problem`` the sentence that follows it, ``line`` the
    1-based line the problem is on when it is known, ``where`` the segment's location when
    the problem is in one translation (``Subtitle 12 (…)``, ``Line 4``, ``trans-unit 42``).
    """

    def __init__(self, file: str | os.PathLike[str] | None, problem: str, *,
                 line: int | None = None, where: str | None = None) -> None:
        self.file = file_label(file)
        self.problem = problem = shorten(problem)
        self.line = line
        self.where = where
        place = self.file if line is None else f"{self.file}, line {line}"
        if where:
            place = f"{place}, {where}"
        super().__init__(f"{place}: {problem}")

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
    names the first few.
    """

    def __init__(self, file: str | os.PathLike[str] | None,
                 segments: list[tuple[str, str]]) -> None:
        self.segments = segments
        shown = "; ".join(f"segment {sid}: {why}" for sid, why in segments[:3])
        more = f" (and {len(segments) - 3} more)" if len(segments) > 3 else ""
        super().__init__(
            file,
            f"{len(segments)} translation(s) do not match their source's inline formatting "
            f"placeholders, so nothing was written. {shown}{more}.",
        )
