"""Loading and exporting documents whatever their format."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path
from types import ModuleType

from storage.documents import _io, docx, html, md, po, srt, txt, xliff
from storage.documents._units import ExportOptions, translation_for
from storage.documents.errors import (
    DocumentError,
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
        what = f"“{ext}” files are" if ext else "files without an extension are"
        raise UnsupportedFormatError(
            name, f"{what} not supported. Atelier translates "
                  f"{', '.join(SUPPORTED_EXTENSIONS)} files.")
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
    except RecursionError as exc:
        raise MalformedDocumentError(name, "is nested too deeply to be read.") from exc
    except Exception as exc:
        # A parser failing in a way this module did not foresee: still a clear refusal.
        raise MalformedDocumentError(
            name, f"could not be read as a {module.FORMAT} file ({type(exc).__name__}: "
                  f"{exc}).") from exc


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
    try:
        return module.write(document, dict(translations), options)
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(document.name, f"could not be exported ({type(exc).__name__}: "
                                           f"{exc}).") from exc


def export_document(document: Document, translations: Mapping[str, str],
                    path: str | os.PathLike[str], *, unconfirmed: Collection[str] = (),
                    target_language: str | None = None, encoding: str | None = None) -> None:
    """Write the translated document to ``path`` in its original format (see
    :func:`render_document`). The file is written whole or not at all."""
    path = Path(path)
    if format_of(path.name) != document.format:
        raise UnsupportedFormatError(
            path, f"a {document.format} document must be exported with its own extension "
                  f"({', '.join(_BY_FORMAT[document.format].EXTENSIONS)}).")
    data = render_document(document, translations, unconfirmed=unconfirmed,
                           target_language=target_language, encoding=encoding)
    _io.atomic_write(path, data)


def untranslated(document: Document, translations: Mapping[str, str]) -> list[Segment]:
    """Segments that export would leave in the source language: no translation given, and no
    finished translation in the file itself (a fuzzy or needs-translation target counts as
    none). The UI and CLI show them before export."""
    return [s for s in document.segments
            if translation_for(translations, s.id) is None and not s.has_target]
