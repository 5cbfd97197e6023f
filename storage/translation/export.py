"""Export a project's file translated, in its original format — never silently untranslated.

::

    missing = untranslated_segments(s, file_id)        # show these before export
    result = export_project_file(s, file_id, "contract.en.docx")   # UntranslatedError if any
    result = export_project_file(s, file_id, out, allow_untranslated=True)  # they stay source

The translations written are the targets of ``confirmed``, ``edited``, ``tm`` and ``mt``
segments; ``tm`` and ``mt`` ones go as unconfirmed drafts (.po ``fuzzy``, XLIFF
``needs-review-translation``: see ``storage.documents.render_document``). A segment without a
translation (and without a finished one in the file itself) is reported *before* anything is
written: :class:`UntranslatedError` lists how many and the first few, unless
``allow_untranslated=True``, in which case they stay in the source language and the result
lists them. Placeholders that do not fit their source make export refuse the file
(``TranslationMismatchError``, naming the segments); the quality checks report them earlier.
The target language of the project goes into the file where the format has a place for it.

A translation holding characters no file may hold (control characters, lone surrogates,
U+FFFE/U+FFFF: typed, pasted or imported; the model's are removed before they are saved) is
written without them, and the result lists those segments (``ExportResult.cleaned``) so the
person is told which ones. Refusing instead would block the delivery over characters that are
invisible and that XML formats cannot hold at all, for no gain: the project's text is left as
it is (nothing the person wrote changes), and the quality checks name the segment
(``invisible_characters``) so it can be corrected.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.documents import export_document, untranslated
from storage.documents.api import clean_translations
from storage.errors import AtelierError
from storage.tables import SegmentStatus, TranslationSegment
from storage.translation.languages import bcp47
from storage.translation.projects import (
    DRAFT_STATUSES,
    TRANSLATED_STATUSES,
    file_document,
    get_file,
)

#: How many untranslated segments the error message names.
SHOWN = 3


@dataclass(frozen=True)
class Untranslated:
    """A segment export would leave in the source language."""

    segment_id: int  # TranslationSegment.id (0 when the row is missing)
    key: str
    location: str
    source: str


class UntranslatedError(AtelierError):
    """Export stopped before writing anything: segments have no translation."""

    #: The message, its parts (listed for translation in desktop/document_messages.py).
    TEMPLATE = ("{file}: {count} segment(s) are not translated yet, so nothing was written "
                "({segments}{more}). Translate them, or export anyway to leave them in the "
                "source language.")
    SEGMENT = "{where}: “{source}”"
    SEPARATOR = "; "
    MORE = " and {count} more"
    SHOWN = SHOWN

    @staticmethod
    def shown_source(text: str) -> str:
        """The source as the message quotes it (one line, cut at 60 characters)."""
        return _short(text)

    def __init__(self, file_name: str, segments: list[Untranslated]) -> None:
        self.file_name = file_name
        self.segments = segments
        shown = self.SEPARATOR.join(
            self.SEGMENT.format(where=u.location or u.key, source=_short(u.source))
            for u in segments[:self.SHOWN])
        more = (self.MORE.format(count=len(segments) - self.SHOWN)
                if len(segments) > self.SHOWN else "")
        super().__init__(self.TEMPLATE.format(file=file_name, count=len(segments),
                                              segments=shown, more=more))

    @property
    def message(self) -> str:
        return str(self)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True)
class Cleaned:
    """A segment whose translation went into the file without its invisible characters."""

    segment_id: int  # TranslationSegment.id
    key: str
    location: str
    removed: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    segments: int
    translated: int
    unconfirmed: int  # drafts written (tm, mt)
    untranslated: list[Untranslated] = field(default_factory=list)
    cleaned: list[Cleaned] = field(default_factory=list)

    @property
    def removed_characters(self) -> int:
        return sum(c.removed for c in self.cleaned)

    def cleaned_text(self) -> str:
        """One English sentence for the log and the CLI ("" when nothing was cleaned)."""
        if not self.cleaned:
            return ""
        shown = "; ".join(c.location or c.key for c in self.cleaned[:SHOWN])
        more = f" and {len(self.cleaned) - SHOWN} more" if len(self.cleaned) > SHOWN else ""
        return (f"{self.path.name}: {self.removed_characters} invisible character(s) that "
                f"files cannot hold were left out of {len(self.cleaned)} segment(s) "
                f"({shown}{more}); the project keeps them: see the quality checks.")


def _translations(s: Session, file_id: int) -> tuple[dict[str, str], set[str],
                                                      dict[str, TranslationSegment]]:
    rows = {seg.key: seg for seg in s.scalars(
        select(TranslationSegment).where(TranslationSegment.file_id == file_id))}
    translations: dict[str, str] = {}
    unconfirmed: set[str] = set()
    for key, seg in rows.items():
        status = SegmentStatus(seg.status)
        if status in TRANSLATED_STATUSES and seg.target.strip():
            translations[key] = seg.target
            if status in DRAFT_STATUSES:
                unconfirmed.add(key)
    return translations, unconfirmed, rows


def untranslated_segments(s: Session, file_id: int) -> list[Untranslated]:
    """The segments export would leave in the source language, in document order."""
    document = file_document(s, file_id)
    translations, _, rows = _translations(s, file_id)
    return [Untranslated(rows[seg.id].id if seg.id in rows else 0, seg.id, seg.location,
                         seg.source)
            for seg in untranslated(document, translations)]


def export_project_file(s: Session, file_id: int, path: str | os.PathLike[str], *,
                        allow_untranslated: bool = False,
                        encoding: str | None = None) -> ExportResult:
    """Write the file translated to ``path`` (same format: its extension must match). See the
    module docstring; ``encoding`` overrides a text file's (``utf-8`` when the original
    encoding cannot hold the translation)."""
    row = get_file(s, file_id)
    document = file_document(s, file_id)
    translations, unconfirmed, rows = _translations(s, file_id)
    missing = [Untranslated(rows[seg.id].id if seg.id in rows else 0, seg.id, seg.location,
                            seg.source)
               for seg in untranslated(document, translations)]
    if missing and not allow_untranslated:
        raise UntranslatedError(row.name, missing)
    project = row.project
    _, removed = clean_translations(translations)
    export_document(document, translations, path, unconfirmed=unconfirmed,
                    target_language=bcp47(project.target_lang), encoding=encoding)
    cleaned = [Cleaned(rows[seg.id].id, seg.id, seg.location, removed[seg.id])
               for seg in document.segments if seg.id in removed and seg.id in rows]
    return ExportResult(Path(path), len(document.segments), len(translations),
                        len(unconfirmed), missing, cleaned)
