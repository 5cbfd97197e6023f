"""Every real-world document in ../shared/testdata/docs: import → export unchanged, and
import → translate → export → import again with the translation and the structure in place.

What "unchanged" means per format, when nothing is translated:
- .txt, .md, .html, .srt: byte-identical;
- .docx: byte-identical, and the same paragraphs, runs, tables, headers and footers as
  python-docx reads them;
- .po/.pot: the same entries, header, comments and flags as polib reads them (polib re-wraps
  long lines, so the bytes may differ);
- XLIFF: the same trans-units, sources and targets; a unit without a target gets one holding
  its source with ``state="needs-translation"``.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import polib
import pytest
from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

from storage.documents import export_document, load_document, untranslated
from tests.unit.documents.helpers import (
    by_unit,
    prefix_translator,
    real_documents,
    translate,
)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"

_DOCS = real_documents()
PARAMS = [pytest.param(p, id=p.name) for p in _DOCS] or [
    pytest.param(None, marks=pytest.mark.skip(reason="../shared/testdata/docs is not there"))]


# -- structure readers (independent of storage.documents) ---------------------------------------

def docx_structure(path: Path) -> dict:
    d = docx.Document(str(path))

    def paragraph(p) -> tuple:
        runs = [Run(r, p) for r in p._p.iter(qn("w:r"))]
        return (p.style.name if p.style is not None else None, p.text,
                [(r.text, r.bold, r.italic, r.underline) for r in runs])

    def table(t) -> list:
        return [[([paragraph(p) for p in c.paragraphs], [table(n) for n in c.tables])
                 for c in row.cells] for row in t.rows]

    sections = []
    for s in d.sections:
        parts = []
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            parts.append((hf.is_linked_to_previous, [paragraph(p) for p in hf.paragraphs],
                          [table(t) for t in hf.tables]))
        sections.append(parts)
    return {"body": [paragraph(p) for p in d.paragraphs],
            "tables": [table(t) for t in d.tables], "sections": sections}


def formatting_signature(path: Path) -> list[dict]:
    """Per paragraph: for each (bold, italic, underline) mix, its text without white space
    or the fake translator's prefix. Translation by prefix must leave it unchanged."""
    d = docx.Document(str(path))
    out = []
    paragraphs = list(d.paragraphs)
    for t in d.tables:
        paragraphs.extend(p for row in t.rows for c in row.cells for p in c.paragraphs)
    for p in paragraphs:
        sig: dict = {}
        for r in p._p.iter(qn("w:r")):
            run = Run(r, p)
            key = (run.bold, run.italic, run.underline)
            text = "".join(run.text.replace("[EN]", "").split())
            if text:
                sig[key] = sig.get(key, "") + text
        out.append(sig)
    return out


def po_structure(path: Path) -> tuple:
    po = polib.pofile(str(path))
    entries = [(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, dict(e.msgstr_plural), e.comment,
                e.tcomment, sorted(e.flags), e.occurrences, e.obsolete, e.previous_msgid)
               for e in po]
    return entries, po.metadata, po.header, bool(po.metadata_is_fuzzy)


def xliff_units(path: Path) -> list[tuple]:
    root = etree.parse(str(path)).getroot()
    out = []
    for tu in root.iter(f"{{{XLIFF_NS}}}trans-unit"):
        source = tu.find(f"{{{XLIFF_NS}}}source")
        target = tu.find(f"{{{XLIFF_NS}}}target")
        out.append((tu.get("id"), "".join(source.itertext()),
                    None if target is None else "".join(target.itertext()),
                    None if target is None else target.get("state")))
    return out


def inline_code(markdown: str) -> list[str]:
    """Inline code spans outside fenced blocks, white space normalised (a span may have been
    hard-wrapped over two lines)."""
    prose = " ".join(re.sub(r"```.*?```", " ", markdown, flags=re.S).split())
    return re.findall(r"`[^`]+`", prose)


_TIMING_RE = re.compile(r"^\s*\d+:\d+:\d+[,.]\d+\s*-->.*$", re.M)


def srt_timings(path: Path) -> list[str]:
    return _TIMING_RE.findall(path.read_bytes().decode("utf-8-sig"))


# -- the tests ----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", PARAMS)
def test_export_without_translations_is_unchanged(path: Path, tmp_path: Path) -> None:
    doc = load_document(path)
    assert doc.segments, "every shared document has text to translate"
    assert len({s.id for s in doc.segments}) == len(doc.segments)
    out = tmp_path / path.name
    export_document(doc, {}, out)

    if doc.format == "po":
        assert po_structure(out) == po_structure(path)
    elif doc.format == "xliff":
        before, after = xliff_units(path), xliff_units(out)
        assert [u[:2] for u in after] == [u[:2] for u in before]
        for (_, src, tgt, state), (_, _, new_tgt, new_state) in zip(before, after, strict=True):
            if tgt is None:
                assert (new_tgt, new_state) == (src, "needs-translation")
            else:
                assert (new_tgt, new_state) == (tgt, state)
    else:
        assert out.read_bytes() == path.read_bytes()
        if doc.format == "docx":
            assert docx_structure(out) == docx_structure(path)

    # Whatever is not translated in the file itself is reported before export.
    assert untranslated(doc, {}) == [s for s in doc.segments if not s.has_target]


@pytest.mark.parametrize("path", PARAMS)
def test_translated_round_trip(path: Path, tmp_path: Path) -> None:
    doc = load_document(path)
    translations = translate(doc, prefix_translator())
    out = tmp_path / path.name
    export_document(doc, translations, out, target_language="fr")
    again = load_document(out)
    assert untranslated(doc, translations) == []

    if doc.format in ("po", "xliff"):
        # Entries keep their ids; each now holds its translation, marked translated.
        for seg in doc.segments:
            new = again.segment(seg.id)
            assert new.source == seg.source
            assert new.target == translations[seg.id]
            assert new.target_state == "translated"
        assert untranslated(again, {}) == []
    else:
        # Re-segmenting the translation may cut it differently; each unit holds its text.
        expected = by_unit((sid, text) for sid, text in translations.items())
        assert by_unit((s.id, s.source) for s in again.segments) == expected

    if doc.format == "srt":
        assert srt_timings(out) == srt_timings(path)
    elif doc.format == "docx":
        before, after = docx_structure(path), docx_structure(out)
        assert len(after["body"]) == len(before["body"])
        assert [len(t) for t in after["tables"]] == [len(t) for t in before["tables"]]
        assert [[(linked, len(ps)) for linked, ps, _ in s] for s in after["sections"]] == [
            [(linked, len(ps)) for linked, ps, _ in s] for s in before["sections"]]
        assert formatting_signature(out) == formatting_signature(path)
    elif doc.format == "po":
        po = polib.pofile(str(out))
        assert po.metadata["Language"] == "fr"
        for entry in po:
            if entry.msgid_plural and not entry.obsolete:
                assert entry.msgstr_plural[0].startswith("[EN] ")
                assert entry.msgstr_plural[1].startswith("[EN] ")
                assert "fuzzy" not in entry.flags
    elif doc.format == "html":
        source = path.read_text(encoding="utf-8")
        written = out.read_text(encoding="utf-8")
        for tag in ("<a ", "<code>", "<pre", "<script", "<strong>", "<em>"):
            assert written.count(tag) == source.count(tag), tag
        assert re.findall(r"<pre.*?</pre>", written, re.S) == re.findall(
            r"<pre.*?</pre>", source, re.S)
    elif doc.format == "md":
        source = path.read_text(encoding="utf-8")
        written = out.read_text(encoding="utf-8")
        assert re.findall(r"```.*?```", written, re.S) == re.findall(r"```.*?```", source, re.S)
        assert re.findall(r"^\[[^\]]+\]: .*$", written, re.M) == re.findall(
            r"^\[[^\]]+\]: .*$", source, re.M)
        assert inline_code(written) == inline_code(source)
