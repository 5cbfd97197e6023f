"""Loading and exporting documents whatever their format."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path
from types import ModuleType

from storage.cleantext import clean_text
from storage.documents import _io, docx, html, md, po, srt, txt, xliff
from storage.documents._io import CANNOT_ENCODE, cannot_encode
from storage.documents._units import ExportOptions, TooManySegments, translation_for
from storage.documents.errors import (
    DocumentEncodingError,
    DocumentError,
    DocumentTooLargeError,
    MalformedDocumentError,
    UnsupportedFormatError,
)
from storage.documents.model import Document, Segment
from storage.documents.segment import DEFAULT_RULES, SegmentationRules

_MODULES: tuple[ModuleType, ...] = (docx, txt, md, srt, po, xliff, html)
_BY_EXTENSION = {ext: m for m in _MODULES for ext in m.EXTENSIONS}
_BY_FORMAT = {m.FORMAT: m for m in _MODULES}

#: Every extension Atelier imports, sorted.
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(_BY_EXTENSION))
#: Every format name (``Document.format``).
FORMATS: tuple[str, ...] = tuple(m.FORMAT for m in _MODULES)


def format_of(name: str | os.PathLike[str]) -> str:
    """The format a file name's extension means (``report.DOCX`` → ``docx``), or
    UnsupportedFormatError listing the supported extensions."""
    return _module_for(name).FORMAT


def _module_for(name: str | os.PathLike[str]) -> ModuleType:
    ext = Path(os.fspath(name)).suffix.lower()
    module = _BY_EXTENSION.get(ext)
    if module is None:
        supported = {"extensions": ", ".join(SUPPORTED_EXTENSIONS)}
        if ext:
            raise UnsupportedFormatError(
                name, "“{extension}” files are not supported. Atelier translates {extensions} "
                      "files.", {"extension": ext, **supported})
        raise UnsupportedFormatError(
            name, "files without an extension are not supported. Atelier translates "
                  "{extensions} files.", supported)
    return module


def load_document(path: str | os.PathLike[str],
                  rules: SegmentationRules | None = None) -> Document:
    """Read a file into a Document, or raise DocumentError (nothing is half-imported)."""
    path = Path(path)
    _module_for(path.name)  # refuse an unsupported extension before reading anything
    return read_document(_io.read_file(path), path.name, rules)


def read_document(data: bytes, name: str, rules: SegmentationRules | None = None) -> Document:
    """Read a file's bytes (``name`` gives the format and is used in messages)."""
    module = _module_for(name)
    _io.check_size(name, len(data))
    try:
        return module.read(data, name, rules or DEFAULT_RULES)
    except DocumentError:
        raise
    except TooManySegments as exc:
        raise DocumentTooLargeError(name, exc.TEMPLATE, exc.values) from None
    except RecursionError as exc:
        raise MalformedDocumentError(name, "is nested too deeply to be read.") from exc
    except Exception as exc:
        # A parser failing in a way this module did not foresee: still a clear refusal.
        raise MalformedDocumentError(
            name, "could not be read as a {format} file ({kind}: {reason}).",
            {"format": module.FORMAT, "kind": type(exc).__name__, "reason": exc}) from exc


def render_document(document: Document, translations: Mapping[str, str], *,
                    unconfirmed: Collection[str] = (), target_language: str | None = None,
                    encoding: str | None = None) -> bytes:
    """The translated file's bytes, in the document's own format.

    ``translations`` maps segment ids to translated text (placeholders included); missing or
    blank ones leave the segment in the source language (see :func:`untranslated`).
    ``unconfirmed`` names segments whose translation is a draft (machine translation not yet
    reviewed): .po marks them fuzzy, XLIFF ``state="needs-review-translation"``.
    ``target_language`` (``fr``, ``en-GB``) fills .po ``Language``/``Plural-Forms``, XLIFF
    ``target-language`` and ``<html lang>`` where the file has them. ``encoding`` overrides a
    text file's encoding (use ``utf-8`` when a legacy encoding cannot hold the translation).
    Raises TranslationMismatchError when placeholders do not fit their source.
    """
    module = _BY_FORMAT[document.format]
    options = ExportOptions(frozenset(unconfirmed), target_language, encoding)
    cleaned, _ = clean_translations(translations)
    try:
        return module.write(document, cleaned, options)
    except DocumentEncodingError as exc:
        raise _encoding_error(document, cleaned, exc, encoding) from exc
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(document.name, "is nested too deeply to be written again. "
                                           "Nothing was written.") from exc
    except Exception as exc:
        # A writer failing in a way its module did not foresee: still a sentence (the
        # exception stays chained for the log), and no file is written.
        raise DocumentError(document.name, "could not be exported: Atelier's {format} "
                            "writer met something it does not handle. Nothing was "
                            "written.", {"format": module.FORMAT}) from exc


def clean_translations(translations: Mapping[str, str]) -> tuple[dict[str, str], dict[str, int]]:
    """The translations without the characters no file may hold (control characters, lone
    surrogates, U+FFFE/U+FFFF: :mod:`storage.cleantext`), and how many each segment lost.

    Export always writes cleaned text: XML formats cannot hold those characters at all and
    text formats would carry invisible garbage to the client. The caller's own text (the
    project's segments) is left as it is, so nothing a person wrote changes unseen: the
    quality checks flag it and export reports it (see ``storage.translation.export``)."""
    out: dict[str, str] = {}
    removed: dict[str, int] = {}
    for key, text in translations.items():
        result = clean_text(str(text))
        out[key] = result.text
        if result.removed:
            removed[key] = result.removed
    return out, removed


def _encoding_error(document: Document, translations: Mapping[str, str],
                    exc: DocumentEncodingError, encoding: str | None) -> DocumentEncodingError:
    """The encoding error again, naming the first segment whose translation holds the
    character (in document order)."""
    char = exc.character
    if not char:
        return exc
    for seg in document.segments:
        if char in (translations.get(seg.id) or ""):
            error = DocumentEncodingError(
                document.name, CANNOT_ENCODE,
                cannot_encode(char, encoding or document.encoding or "utf-8"),
                where=seg.location)
            error.character = char
            return error
    return exc


def export_document(document: Document, translations: Mapping[str, str],
                    path: str | os.PathLike[str], *, unconfirmed: Collection[str] = (),
                    target_language: str | None = None, encoding: str | None = None) -> None:
    """Write the translated document to ``path`` in its original format (see
    :func:`render_document`). The file is written whole or not at all."""
    path = Path(path)
    if format_of(path.name) != document.format:
        extensions = ", ".join(_BY_FORMAT[document.format].EXTENSIONS)
        raise UnsupportedFormatError(
            path, "a {format} document must be exported with its own extension "
                  "({extensions}).", {"format": document.format, "extensions": extensions})
    data = render_document(document, translations, unconfirmed=unconfirmed,
                           target_language=target_language, encoding=encoding)
    _io.atomic_write(path, data)


def untranslated(document: Document, translations: Mapping[str, str]) -> list[Segment]:
    """Segments that export would leave in the source language: no translation given, and no
    finished translation in the file itself (a fuzzy or needs-translation target counts as
    none). The UI and CLI show them before export."""
    return [s for s in document.segments
            if translation_for(translations, s.id) is None and not s.has_target]
