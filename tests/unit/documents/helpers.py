"""Helpers for the document tests: the shared real-world documents and fake translators."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from storage.documents import Document, strip_placeholders
from storage.documents.placeholders import PLACEHOLDER_RE

# tests/unit/documents/conftest.py → the repository's parent holds shared/.
DOCS_DIR = Path(__file__).resolve().parents[4] / "shared" / "testdata" / "docs"


def real_documents() -> list[Path]:
    if not DOCS_DIR.is_dir():
        return []
    return sorted(p for p in DOCS_DIR.iterdir() if p.is_file() and p.name != "SOURCES.md")


def real_document(name: str) -> Path:
    path = DOCS_DIR / name
    if not path.is_file():
        pytest.skip(f"the shared real-world document {name} is not there ({DOCS_DIR})")
    return path


def prefix_translator(prefix: str = "[EN] ") -> Callable[[str], str]:
    """A fake translator: the source with a prefix, placeholders kept."""
    return lambda source: prefix + source


def upper_translator(source: str) -> str:
    """A fake translator: text upper-cased, placeholders left as they are."""
    out = []
    pos = 0
    for m in PLACEHOLDER_RE.finditer(source):
        out.append(source[pos:m.start()].upper())
        out.append(m.group(0))
        pos = m.end()
    out.append(source[pos:].upper())
    return "".join(out)


def translate(document: Document, fn: Callable[[str], str]) -> dict[str, str]:
    return {s.id: fn(s.source) for s in document.segments}


def normalised(texts: Iterable[str]) -> str:
    """Texts joined, placeholders and white-space differences left out."""
    return " ".join(" ".join(strip_placeholders(t).split()) for t in texts).strip()


def unit_of(segment_id: str) -> str:
    return re.sub(r"\.s\d+$", "", segment_id)


def by_unit(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``(segment id, text)`` grouped per structural unit, each unit's text normalised."""
    grouped: dict[str, list[str]] = {}
    for sid, text in pairs:
        grouped.setdefault(unit_of(sid), []).append(text)
    return {unit: normalised(texts) for unit, texts in grouped.items()}
