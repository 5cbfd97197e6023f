"""Loading, exporting, reporting untranslated segments; clear errors, nothing half-done."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from storage.documents import (
    SUPPORTED_EXTENSIONS,
    DocumentEncodingError,
    DocumentError,
    DocumentTooLargeError,
    MalformedDocumentError,
    TranslationMismatchError,
    UnsupportedFormatError,
    export_document,
    format_of,
    load_document,
    read_document,
    untranslated,
)
from storage.documents import _io as doc_io
from storage.errors import AtelierError


def test_supported_formats() -> None:
    assert SUPPORTED_EXTENSIONS == (".docx", ".htm", ".html", ".markdown", ".md", ".po",
                                    ".pot", ".srt", ".txt", ".xlf", ".xliff")
    assert format_of("Report.DOCX") == "docx"
    assert format_of("ui.pot") == "po"
    with pytest.raises(UnsupportedFormatError) as caught:
        format_of("slides.pptx")
    assert str(caught.value) == (
        "slides.pptx: “.pptx” files are not supported. Atelier translates .docx, .htm, .html, "
        ".markdown, .md, .po, .pot, .srt, .txt, .xlf, .xliff files.")
    assert isinstance(caught.value, AtelierError)


def test_missing_folder_and_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DocumentError, match=r"^gone\.txt: file not found\.$"):
        load_document(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path / "folder.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 1000)
    monkeypatch.setattr(doc_io, "MAX_FILE_BYTES", 1024)
    with pytest.raises(DocumentTooLargeError, match=r"big\.txt: is 5 KB; Atelier imports "
                                                    r"documents up to 1 KB"):
        load_document(big)
    with pytest.raises(DocumentTooLargeError):
        read_document(b"x" * 2048, "big.srt")


def test_unexpected_parser_failures_are_clear_refusals(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ValueError("unexpected")

    monkeypatch.setattr("storage.documents.txt.read", broken)
    with pytest.raises(MalformedDocumentError, match=r"notes\.txt: could not be read as a txt "
                                                     r"file \(ValueError: unexpected\)"):
        read_document(b"Hello.", "notes.txt")


def test_untranslated_and_document_basics() -> None:
    doc = read_document(b"One. Two.\nThree.", "notes.txt")
    assert len(doc) == 3 and "p1.s2" in doc
    assert doc.segment("p2.s1").source == "Three."
    assert [s.id for s in untranslated(doc, {"p1.s1": "Un.", "p1.s2": "  "})] == [
        "p1.s2", "p2.s1"]
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_export_is_atomic_and_keeps_the_extension(tmp_path: Path) -> None:
    doc = read_document(b"<p>Hello <b>you</b>.</p>", "page.html")
    target = tmp_path / "page.fr.html"
    target.write_text("previous version")
    with pytest.raises(TranslationMismatchError):
        export_document(doc, {doc.segments[0].id: "Bonjour ⟨2⟩toi⟨/2⟩."}, target)
    assert target.read_text() == "previous version"
    with pytest.raises(UnsupportedFormatError, match="must be exported with its own extension"):
        export_document(doc, {}, tmp_path / "page.txt")
    export_document(doc, {doc.segments[0].id: "Bonjour ⟨1⟩toi⟨/1⟩."}, target)
    assert target.read_text() == "<p>Bonjour <b>toi</b>.</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.fr.html"]


def test_legacy_encoding_cannot_hold_every_translation(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Réunion à 10 h.".encode("cp1252"))
    doc = load_document(path)
    assert doc.encoding == "cp1252" and "Windows-1252" in doc.notes[0]
    out = tmp_path / "new.txt"
    export_document(doc, {"p1.s1": "Meeting at 10 — “sharp”."}, out)
    assert out.read_bytes() == "Meeting at 10 — “sharp”.".encode("cp1252")
    with pytest.raises(DocumentEncodingError, match=r"“会議”.*Windows-1252.*UTF-8"):
        export_document(doc, {"p1.s1": "会議"}, out)
    export_document(doc, {"p1.s1": "会議"}, out, encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "会議"


@pytest.mark.parametrize("name", ["notes.txt", "guide.md", "page.html", "film.srt",
                                  "ui.po", "page.xlf", "report.docx"])
def test_binary_junk_is_refused_clearly(name: str) -> None:
    junk = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    with pytest.raises(DocumentError) as caught:
        read_document(junk, name)
    message = str(caught.value)
    assert re.match(rf"{re.escape(name)}(, line \d+)?: ", message)
    assert any(words in message for words in (
        "not a text file", "not well-formed XML", "not a Word document", "not valid UTF-8"))
