"""Documents to translate: import a client's file, cut it into segments, export the translation
in the same format with its structure and formatting.

Pure Python (no Qt, no model stack, no database): translation projects, the translation memory,
the glossary and the editor build on this API::

    doc = load_document("contract.docx")              # DocumentError if it can't be read
    for seg in doc.segments:                           # Segment(id, source, location, …)
        ...
    missing = untranslated(doc, translations)          # warn before export
    export_document(doc, translations, "contract.fr.docx", target_language="fr")

Formats: .docx, .txt, .md, .srt, .po/.pot, XLIFF 1.2 (.xlf/.xliff), .html/.htm; one module
each, whose docstring says what is kept and what is not. Inline formatting travels as
placeholders (``⟨1⟩bold⟨/1⟩``, ``⟨2/⟩``): see :mod:`storage.documents.placeholders`.
Segmentation rules: :mod:`storage.documents.segment`.
"""

from storage.documents.api import (
    FORMATS,
    SUPPORTED_EXTENSIONS,
    export_document,
    format_of,
    load_document,
    read_document,
    render_document,
    untranslated,
)
from storage.documents.errors import (
    DocumentEncodingError,
    DocumentError,
    DocumentTooLargeError,
    MalformedDocumentError,
    TranslationMismatchError,
    UnsupportedFormatError,
)
from storage.documents.model import Document, Segment
from storage.documents.placeholders import (
    PLACEHOLDER_RE,
    PlaceholderIssue,
    check_placeholders,
    placeholders,
    same_placeholders,
    strip_placeholders,
)
from storage.documents.segment import SegmentationRules, sentence_spans, split_sentences

__all__ = [
    "FORMATS",
    "PLACEHOLDER_RE",
    "SUPPORTED_EXTENSIONS",
    "Document",
    "DocumentEncodingError",
    "DocumentError",
    "DocumentTooLargeError",
    "MalformedDocumentError",
    "PlaceholderIssue",
    "Segment",
    "SegmentationRules",
    "TranslationMismatchError",
    "UnsupportedFormatError",
    "check_placeholders",
    "export_document",
    "format_of",
    "load_document",
    "placeholders",
    "read_document",
    "render_document",
    "same_placeholders",
    "sentence_spans",
    "split_sentences",
    "strip_placeholders",
    "untranslated",
]
