"""Model output can never break a file: what a model emits is cleaned before it is saved (and
counted, so the person is told once), what a person typed or imported is flagged by the
checks and left out of the exported file with a warning, a memory target cannot add a
subtitle, and every real-world document pre-translated by a model that emits control
characters exports in its own format."""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from lxml import etree
from sqlalchemy import delete

from storage.cleantext import has_illegal
from storage.db import Store
from storage.documents import load_document
from storage.documents.srt import parse_cues
from storage.tables import TranslationSegment, TranslationUnit
from storage.translation import memory as sm
from storage.translation import projects as sp
from storage.translation import qa
from storage.translation.export import export_project_file
from storage.translation.pretranslate import pretranslate
from tests.unit.translation.conftest import make_project, real_documents

#: What a broken or hostile model may emit: C0 controls (NUL, bell, vertical tab, form feed,
#: escape), DEL and a C1 control (NEL), lone surrogates and the noncharacters.
NASTY = "\x00\x01\x07\x0b\x0c\x1b\x1f\x7f\x85\ud800\udfff\ufffe\uffff"


def hostile(texts: list[str]) -> list[str]:
    """A fake model whose every translation carries 13 characters no file can hold, a blank
    line and a subtitle of its own."""
    return [f"[FR]{NASTY} {t}\n\n99\n00:00:00,000 --> 00:00:01,000\nINJECTED \x08fin"
            for t in texts]


def test_model_characters_are_removed_before_saving_and_counted(tstore: Store) -> None:
    pid, _ = make_project(tstore, {"a.txt": "Le devis est prêt.\n\nLa facture part demain.\n"})
    result = pretranslate(tstore, pid, hostile)
    assert result.mt == 2 and result.removed_characters == 2 * (len(NASTY) + 1)
    with tstore.session() as s:
        for row in sp.segments(s, pid):
            assert not has_illegal(row.target) and not has_illegal(row.mt or "")
            assert row.target.startswith("[FR] ") and row.target.endswith("INJECTED fin")


def test_a_translate_batch_count_is_added(tstore: Store) -> None:
    class Counted(list[str]):
        removed_characters = 5

    pid, _ = make_project(tstore, {"a.txt": "Le devis est prêt.\n"})
    result = pretranslate(tstore, pid, lambda texts: Counted(["Ready\x07."]))
    assert result.removed_characters == 6


def test_a_memory_target_cannot_inject_a_subtitle(tstore: Store, tmp_path: Path) -> None:
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nBonjour à tous.\n\n"
           "2\n00:00:03,000 --> 00:00:04,000\nAu revoir.\n")
    pid, (fid,) = make_project(tstore, {"film.srt": srt})
    with tstore.transaction() as s:
        sm.add_unit(s, "fr", "en", "Bonjour à tous.",
                    "Hello all.\n\n99\n00:00:00,000 --> 00:00:01,000\nINJECTED CUE")
    assert pretranslate(tstore, pid, None).tm_exact == 1
    out = tmp_path / "film.en.srt"
    with tstore.session() as s:
        export_project_file(s, fid, out, allow_untranslated=True)
    cues = parse_cues(out.read_text(), out.name)
    assert [(c.start, c.end) for c in cues] == [("00:00:01,000", "00:00:02,000"),
                                               ("00:00:03,000", "00:00:04,000")]
    assert "INJECTED CUE" in " ".join(cues[0].lines)


def _set_target(store: Store, pid: int, text: str) -> int:
    with store.transaction() as s:
        seg = sp.segments(s, pid)[0]
        sp.set_target(s, seg.id, text)
        return int(seg.id)


def test_typed_characters_are_flagged_and_left_out_of_the_file_with_a_warning(
        tstore: Store, tmp_path: Path) -> None:
    pid, (fid,) = make_project(tstore, {"a.txt": "Le devis est prêt.\n"})
    seg_id = _set_target(tstore, pid, "The quote\x07 is\x0b ready.")
    with tstore.session() as s:
        issues = qa.check_project(s, pid)
    [issue] = [i for i in issues[seg_id] if i.code == "invisible_characters"]
    assert issue.data == {"count": "2", "characters": "U+0007, U+000B"}
    assert "U+0007" in issue.message

    out = tmp_path / "a.en.txt"
    with tstore.session() as s:
        result = export_project_file(s, fid, out)
    assert out.read_text() == "The quote is ready.\n"
    assert [(c.segment_id, c.location, c.removed) for c in result.cleaned] == [
        (seg_id, "Line 1", 2)]
    assert "Line 1" in result.cleaned_text() and "2 invisible" in result.cleaned_text()
    with tstore.session() as s:  # the person's text is not changed behind their back
        assert s.get(TranslationSegment, seg_id).target == "The quote\x07 is\x0b ready."


def test_tmx_export_of_a_unit_with_control_characters_reads_back(
        tstore: Store, tmp_path: Path) -> None:
    with tstore.transaction() as s:
        sm.add_unit(s, "fr", "en", "Le devis\x01 est prêt.", "The quote\x07 is ready.",
                    origin="project\x1b")
    out = tmp_path / "memory.tmx"
    with tstore.session() as s:
        assert sm.export_tmx(s, "fr", "en", out) == 1
    etree.fromstring(out.read_bytes())  # well-formed XML
    with tstore.transaction() as s:
        s.execute(delete(TranslationUnit))
        result = sm.import_tmx(s, out, "fr", "en")
    assert result.added + result.updated + result.unchanged == 1


# --- Done when: every real document, pre-translated by a hostile model, exports ------------

_DOCS = real_documents()
PARAMS = [pytest.param(p, id=p.name) for p in _DOCS] or [
    pytest.param(None, marks=pytest.mark.skip(reason="../shared/testdata/docs is not there"))]


def _parts(path: Path) -> list[str]:
    """The exported file's text (each XML part of a .docx)."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [z.read(n).decode("utf-8") for n in z.namelist()
                    if n.endswith((".xml", ".rels"))]
    document = load_document(path)
    return [data.decode(document.encoding or "utf-8")]


@pytest.mark.parametrize("path", PARAMS)
def test_every_document_translated_by_a_hostile_model_exports(
        path: Path, tstore: Store, tmp_path: Path) -> None:
    with tstore.transaction() as s:
        project = sp.create_project(s, path.name, "en", "fr")
        fid = sp.import_file(s, project.id, path).id
        pid = project.id
    result = pretranslate(tstore, pid, hostile, chunk_size=64)
    assert result.remaining == 0 and result.removed_characters >= result.mt * len(NASTY)

    out = tmp_path / path.name
    with tstore.session() as s:
        exported = export_project_file(s, fid, out)
    assert exported.untranslated == []
    for part in _parts(out):
        assert not has_illegal(part)

    original = load_document(path)
    again = load_document(out)  # Atelier reads it back
    fmt = original.format
    if fmt == "docx":
        import docx

        assert any("[FR]" in p.text for p in docx.Document(str(out)).paragraphs)
    elif fmt == "xliff":
        etree.fromstring(out.read_bytes())
        assert len(again.segments) == len(original.segments)
    elif fmt == "po":
        catalogue = polib.pofile(out.read_text(encoding="utf-8"))
        assert [e.msgid for e in catalogue] == [
            e.msgid for e in polib.pofile(path.read_text(encoding="utf-8"))]
    elif fmt == "srt":
        cues = parse_cues(out.read_text(encoding=original.encoding or "utf-8"), out.name)
        before = parse_cues(path.read_text(encoding=original.encoding or "utf-8"), path.name)
        assert [(c.start, c.end) for c in cues] == [(c.start, c.end) for c in before]
    elif fmt == "html":
        HTMLParser().feed(out.read_text(encoding=original.encoding or "utf-8"))
    if fmt in ("srt", "txt", "md"):
        # No translation added a paragraph, a block or a subtitle.
        assert {(s.id.split(".")[0], s.context) for s in again.segments} == {
            (s.id.split(".")[0], s.context) for s in original.segments}


def test_export_failures_are_sentences_naming_the_file(tstore: Store, tmp_path: Path) -> None:
    from storage.documents import DocumentError
    from storage.translation import glossary as sg

    pid, (fid,) = make_project(tstore, {"a.txt": "Le devis est prêt.\n"})
    pretranslate(tstore, pid, hostile)
    with tstore.transaction() as s:
        sm.add_unit(s, "fr", "en", "Bonjour.", "Hello.")
        sg.add_term(s, "fr", "en", "devis", "quote")
    missing = tmp_path / "no such folder"
    with tstore.session() as s:
        for write, name in ((lambda p: export_project_file(s, fid, p), "a.en.txt"),
                            (lambda p: sm.export_tmx(s, "fr", "en", p), "memory.tmx"),
                            (lambda p: sg.export_csv(s, "fr", "en", p), "glossary.csv")):
            with pytest.raises(DocumentError) as info:
                write(missing / name)
            message = str(info.value)
            assert message.startswith(f"{name}: cannot be written") and "Error" not in message
